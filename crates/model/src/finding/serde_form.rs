//! How a finding is written to and read from JSON.
//!
//! Written: `severity`, `code`, `unit`, `file`, `sheet`, `cell` and
//! `message` in the output language (the JSON contract; worded by the
//! [`Wording`] the writer passes, the message catalogue's), and in a stored
//! report also `args`, the code with its arguments, so that a later run can
//! word it in another language. Read: with `args` the typed code; without
//! (older reports and `--json` output) the code and sentence as written.
use super::{Finding, FindingCode, Severity, Wording};
use crate::Lang;
use serde::{Deserialize, Deserializer, Serialize};

/// A finding as written, worded in one language.
#[derive(Serialize)]
pub(crate) struct FindingOut<'a> {
    severity: Severity,
    code: &'a str,
    unit: &'a str,
    file: &'a str,
    sheet: &'a str,
    cell: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    message: Option<String>,
    /// The reader's own text of a file it could not read: for whoever
    /// looks into it, never in the sentence the secretary reads.
    #[serde(skip_serializing_if = "Option::is_none")]
    detail: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    args: Option<&'a FindingCode>,
}

impl<'a> FindingOut<'a> {
    /// `finding` worded in `lang` by `words` (without a wording, only a
    /// recorded finding keeps its sentence); with its typed arguments when
    /// `with_args`.
    pub(crate) fn new(
        finding: &'a Finding,
        lang: Lang,
        words: Option<Wording>,
        with_args: bool,
    ) -> Self {
        let typed = !matches!(finding.code, FindingCode::Recorded { .. });
        let message = match (words, &finding.code) {
            (Some(words), code) => Some(words(code, lang)),
            (None, FindingCode::Recorded { message, .. }) => Some(message.clone()),
            (None, _) => None,
        };
        FindingOut {
            severity: finding.severity,
            code: finding.code.code(),
            unit: &finding.unit,
            file: &finding.file,
            sheet: &finding.sheet,
            cell: &finding.cell,
            message,
            detail: finding.code.reader_detail(),
            args: (with_args && typed).then_some(&finding.code),
        }
    }
}

#[derive(Deserialize)]
struct FindingIn {
    severity: Severity,
    code: String,
    #[serde(default)]
    unit: String,
    #[serde(default)]
    file: String,
    #[serde(default)]
    sheet: String,
    #[serde(default)]
    cell: String,
    #[serde(default)]
    message: String,
    #[serde(default)]
    args: Option<FindingCode>,
}

impl<'de> Deserialize<'de> for Finding {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let read = FindingIn::deserialize(deserializer)?;
        let code = match read.args {
            Some(args) if args.code() == read.code => args,
            Some(args) => {
                return Err(serde::de::Error::custom(format!(
                    "finding code {:?} does not match its arguments ({:?})",
                    read.code,
                    args.code()
                )));
            }
            None => FindingCode::Recorded {
                code: read.code,
                message: read.message,
            },
        };
        Ok(Finding {
            severity: read.severity,
            code,
            unit: read.unit,
            file: read.file,
            sheet: read.sheet,
            cell: read.cell,
        })
    }
}

/// A finding on its own (e.g. inside a [`crate::UnitResponse`]) is written
/// in its stored form: its code with its arguments, to be worded when
/// shown (a recorded finding with its sentence as written).
impl Serialize for Finding {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        FindingOut::new(self, Lang::Fi, None, true).serialize(serializer)
    }
}

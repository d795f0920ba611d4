//! The report as written: worded in one language for `--json`, and with
//! its findings' codes and arguments in the hidden sheet of a consolidated
//! workbook ([`crate::EMBEDDED_REPORT_SHEET`]), read back by `koonti
//! appendix`.
use crate::finding::{FindingOut, Wording};
use crate::stored_answers::LeanAnswers;
use crate::{
    Feedback, Finding, History, Lang, Programme, ProgrammeRef, Report, ReportPeriod, ResponseEntry,
    SourceFile, SupportRequest, Unmatched,
};
use serde::{Serialize, Serializer};
use std::fmt;

/// A report worded in one language: serialises as the JSON contract of
/// `koonti merge --json` (docs/json-contract.md), each finding's `message`
/// in `lang`.
#[derive(Debug, Clone, Copy)]
pub struct WordedReport<'a> {
    /// The report.
    pub report: &'a Report,
    /// The language of the findings' messages.
    pub lang: Lang,
    /// Whether each finding also keeps its typed `args` (the stored report
    /// does; the `--json` contract does not).
    pub with_args: bool,
    /// How the findings are worded (the message catalogue's
    /// `koonti_messages::finding_code`).
    pub words: Wording,
}

/// The fields of [`Report`] in their order, borrowed.
#[derive(Serialize)]
struct ReportOut<'a, A> {
    programme: &'a ProgrammeRef,
    period: &'a ReportPeriod,
    responses: &'a [ResponseEntry],
    missing_units: &'a [String],
    answers: A,
    feedback: &'a [Feedback],
    unmatched: &'a [Unmatched],
    findings: FindingsOut<'a>,
    support_requests: &'a [SupportRequest],
    sources: &'a [SourceFile],
    #[serde(skip_serializing_if = "Option::is_none")]
    history: &'a Option<History>,
}

struct FindingsOut<'a> {
    findings: &'a [Finding],
    lang: Lang,
    with_args: bool,
    words: Wording,
}

impl Serialize for FindingsOut<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_seq(
            self.findings
                .iter()
                .map(|f| FindingOut::new(f, self.lang, Some(self.words), self.with_args)),
        )
    }
}

impl Serialize for WordedReport<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.serialize_with(&self.report.answers, serializer)
    }
}

impl WordedReport<'_> {
    /// The report with `answers` serialised in place of its answers.
    fn serialize_with<S: Serializer>(
        &self,
        answers: impl Serialize,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        // Destructured so that a new field of `Report` fails to compile here
        // rather than silently going missing from the JSON.
        let Report {
            programme,
            period,
            responses,
            missing_units,
            answers: _,
            feedback,
            unmatched,
            findings,
            support_requests,
            sources,
            history,
        } = self.report;
        ReportOut {
            programme,
            period,
            responses,
            missing_units,
            answers,
            feedback,
            unmatched,
            findings: FindingsOut {
                findings,
                lang: self.lang,
                with_args: self.with_args,
                words: self.words,
            },
            support_requests,
            sources,
            history,
        }
        .serialize(serializer)
    }
}

impl Report {
    /// This report worded in `lang` by `words`, as `koonti merge --json`
    /// writes it.
    pub fn worded(&self, lang: Lang, words: Wording) -> WordedReport<'_> {
        WordedReport {
            report: self,
            lang,
            with_args: false,
            words,
        }
    }
}

/// A report written earlier, read back: the JSON of `koonti merge --json`,
/// or the envelope `{"report": …, "programme": …}` a consolidated workbook
/// keeps in its hidden sheet (which has the programme, and each finding's
/// code with its arguments so it can be worded again in any language).
#[derive(Debug, Clone, PartialEq)]
pub struct StoredReport {
    /// The report.
    pub report: Report,
    /// The programme, when stored with the report.
    pub programme: Option<Programme>,
}

/// Why stored report JSON could not be read.
#[derive(Debug)]
pub enum StoredReportError {
    /// The text is not JSON.
    NotJson(serde_json::Error),
    /// JSON, but not a koonti report.
    NotAReport(serde_json::Error),
}

impl fmt::Display for StoredReportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            StoredReportError::NotJson(e) => write!(f, "not JSON: {e}"),
            StoredReportError::NotAReport(e) => write!(f, "not a koonti report: {e}"),
        }
    }
}

impl std::error::Error for StoredReportError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            StoredReportError::NotJson(e) | StoredReportError::NotAReport(e) => Some(e),
        }
    }
}

#[derive(Serialize)]
struct EnvelopeOut<'a> {
    report: LeanReport<'a>,
    programme: &'a Programme,
}

/// The report in the envelope: its answers without what the programme
/// beside them and their items already say ([`LeanAnswers`]).
struct LeanReport<'a> {
    worded: WordedReport<'a>,
    programme: &'a Programme,
}

impl Serialize for LeanReport<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let answers = LeanAnswers {
            answers: &self.worded.report.answers,
            programme: self.programme,
        };
        self.worded.serialize_with(answers, serializer)
    }
}

impl StoredReport {
    /// Writes the envelope a consolidated workbook keeps into `out` as it
    /// is made: the report (findings worded in `lang` by `words`, with
    /// their codes' arguments) and its programme, as compact JSON. The
    /// hidden sheet cuts it into cells as it comes, so a national merge's
    /// megabytes are never held whole.
    ///
    /// # Errors
    /// The error `out` returns, or serde_json's (as
    /// [`std::io::ErrorKind::InvalidData`]).
    pub fn write_json(
        report: &Report,
        programme: &Programme,
        lang: Lang,
        words: Wording,
        out: impl std::io::Write,
    ) -> std::io::Result<()> {
        let worded = WordedReport {
            report,
            lang,
            with_args: true,
            words,
        };
        let report = LeanReport { worded, programme };
        Ok(serde_json::to_writer(
            out,
            &EnvelopeOut { report, programme },
        )?)
    }

    /// Parses JSON that is either a plain report (`koonti merge --json`) or
    /// the envelope of a consolidated workbook.
    pub fn from_json(text: &str) -> Result<StoredReport, StoredReportError> {
        let value: serde_json::Value =
            serde_json::from_str(text).map_err(StoredReportError::NotJson)?;
        let invalid = StoredReportError::NotAReport;
        match value.get("report") {
            Some(report) => {
                let programme: Option<Programme> = match value.get("programme") {
                    Some(p) if !p.is_null() => {
                        Some(serde_json::from_value(p.clone()).map_err(invalid)?)
                    }
                    _ => None,
                };
                let mut report = report.clone();
                crate::stored_answers::restore(&mut report, programme.as_ref())
                    .map_err(|why| invalid(serde::de::Error::custom(why)))?;
                Ok(StoredReport {
                    report: serde_json::from_value(report).map_err(invalid)?,
                    programme,
                })
            }
            None => Ok(StoredReport {
                report: serde_json::from_value(value).map_err(invalid)?,
                programme: None,
            }),
        }
    }
}

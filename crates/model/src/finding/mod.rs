//! Findings: what koonti noticed, as a typed code with its arguments, worded
//! in the output language only when shown.
//!
//! The wording lives in the message catalogue (`koonti-messages`, its
//! `findings` module): one table per language, each an exhaustive `match`,
//! so a new code without a wording in some language does not compile.
mod code;
mod english;
mod problem;
mod serde_form;

use crate::{Lang, Source};
use serde::{Deserialize, Serialize};

pub use code::FindingCode;
pub use english::{ENGLISH_WORDS, english_words};
pub use problem::{FileKind, FileProblem, Limit, ReaderFault, SheetKind};
pub(crate) use serde_form::FindingOut;

/// How a finding's code is worded in a language: the message catalogue's
/// `koonti_messages::finding_code`, passed by whoever writes the JSON.
pub type Wording = fn(&FindingCode, Lang) -> String;

/// How serious a finding is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Severity {
    /// Something could not be read; data may be missing from the report.
    Error,
    /// Read, but a human should look (ambiguous, unexpected).
    Warning,
    /// Worth knowing; nothing is wrong.
    Info,
}

/// Something koonti noticed, traced to its place.
///
/// Serialised (in the JSON of `koonti merge --json`) as `severity`, `code`
/// (the stable string of [`FindingCode::code`]), `unit`, `file`, `sheet`,
/// `cell` and `message` worded in the output language; see
/// [`crate::WordedReport`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    /// How serious it is.
    pub severity: Severity,
    /// What was noticed, with its arguments.
    pub code: FindingCode,
    /// The unit, when known.
    pub unit: String,
    /// The input file ("" for findings about the whole merge).
    pub file: String,
    /// The sheet, when the finding is about one.
    pub sheet: String,
    /// The cell, when the finding is about one.
    pub cell: String,
}

impl Finding {
    /// A finding about a whole file.
    pub fn file(severity: Severity, code: FindingCode, file: &str) -> Self {
        Finding {
            severity,
            code,
            unit: String::new(),
            file: file.to_string(),
            sheet: String::new(),
            cell: String::new(),
        }
    }

    /// A finding about one cell.
    pub fn at(severity: Severity, code: FindingCode, source: &Source) -> Self {
        Finding {
            severity,
            code,
            unit: String::new(),
            file: source.file.clone(),
            sheet: source.sheet.clone(),
            cell: source.cell.clone(),
        }
    }
}

#[cfg(test)]
mod tests;

//! Writers of a merge [`Report`]: the committee workbook
//! ([`WorkbookWriter`]), the appendix ([`AppendixXlsxWriter`],
//! [`AppendixHtmlWriter`]) and JSON ([`JsonWriter`]), with labels in Finnish,
//! Swedish or English and the generated [`summary_paragraph`]. Each output
//! is a [`ReportWriter`] that renders bytes; putting them in a file is the
//! front end's work (no file system here: the crate builds for wasm32).

#![warn(missing_docs)]

mod appendix;
mod appendix_html;
mod appendix_xlsx;
pub mod highlights;
mod html;
mod html_text;
mod json;
mod labels;
mod local_time;
pub mod readback;
mod stats;
mod status_words;
mod summary;
#[cfg(test)]
mod test_support;
mod workbook;

/// What the appendix shows, for the renderers outside this crate (the
/// committee's slides, koonti-slides): the same sentences and counts.
pub use appendix::{Action, Appendix, MeasureLine, Progress};
pub use appendix_html::AppendixHtmlWriter;
pub use appendix_xlsx::AppendixXlsxWriter;
pub use html::escape_html;
pub use json::JsonWriter;
pub use labels::{Labels, status_label, status_symbol, status_word};
pub use stats::{Highlight, Tally, nothing_to_comment};
pub use summary::percent;

/// The statuses a programme's scale counts, in column order (its options or
/// the four marks, then "unanswered").
pub fn counted_statuses_of(programme: &koonti_model::Programme) -> Vec<koonti_model::Status> {
    stats::counted_statuses(programme)
}
pub use summary::{STALLED_QUARTERS, progress_paragraph, summary_paragraph, total_progress};

/// The date of `made` (an ISO 8601 instant) in Finland, as `lang` writes
/// dates ("2.12.2026", "2 December 2026"); empty when `made` is none.
pub fn local_date(made: &str, lang: koonti_model::Lang) -> String {
    local_time::finnish_local_date(made, lang)
}
pub use workbook::{EXCEL_CELL_LIMIT, EXCEL_ROW_LIMIT, TABLE_ROW_LIMIT, WorkbookWriter};

use koonti_model::{Programme, Report};
use std::fmt;

/// A renderer of one output format.
pub trait ReportWriter {
    /// The format's name in messages, e.g. `xlsx`.
    fn name(&self) -> &'static str;
    /// Renders the report; `programme` supplies labels and measure texts.
    fn render(&self, report: &Report, programme: &Programme) -> Result<Vec<u8>, WriteError>;
}

/// Why an output could not be written.
#[derive(Debug)]
pub enum WriteError {
    /// rust_xlsxwriter refused the workbook (an Excel limit was hit).
    Xlsx(rust_xlsxwriter::XlsxError),
    /// The report could not be serialised.
    Json(serde_json::Error),
}

impl fmt::Display for WriteError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            WriteError::Xlsx(err) => write!(f, "could not build the workbook: {err}"),
            WriteError::Json(err) => write!(f, "could not build the JSON: {err}"),
        }
    }
}

impl std::error::Error for WriteError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            WriteError::Xlsx(err) => Some(err),
            WriteError::Json(err) => Some(err),
        }
    }
}

impl From<rust_xlsxwriter::XlsxError> for WriteError {
    fn from(err: rust_xlsxwriter::XlsxError) -> Self {
        WriteError::Xlsx(err)
    }
}

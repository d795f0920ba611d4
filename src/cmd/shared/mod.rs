//! What the commands share: how outputs are rendered, the one-line
//! summary of a merge, and the reports of earlier periods read for
//! `koonti compare` and `koonti merge --previous`. The commands use each
//! other's parts only through here, never by importing one another.

pub mod reports;

use crate::messages::Message;
use koonti_engine::{Lang, Merged, RenderOptions, Severity};
use std::path::Path;

/// Rendering in `lang`, made now.
pub fn render_options(lang: Lang) -> RenderOptions {
    let made = koonti_ingest::iso_utc(std::time::SystemTime::now())
        .map(|t| t.replacen('T', " ", 1).replace('Z', " UTC"))
        .unwrap_or_default();
    RenderOptions { lang, made }
}

/// The one-line summary of a merge written to `output` (and the programme
/// definition inferred from the files, written to `inferred`).
pub fn summary(merged: &Merged, output: &Path, replaced: bool, inferred: Option<&Path>) -> Message {
    let report = &merged.report;
    let count = |severity| {
        report
            .findings
            .iter()
            .filter(|f| f.severity == severity)
            .count()
    };
    Message::MergeSummary {
        programme: merged.programme.id.clone(),
        responses: report.responses.len(),
        expected: merged.programme.units.len(),
        missing: report.missing_units.len(),
        findings: [
            count(Severity::Error),
            count(Severity::Warning),
            count(Severity::Info),
        ],
        output: output.display().to_string(),
        replaced,
        inferred: inferred.map(|p| p.display().to_string().into_boxed_str()),
    }
}

//! English wording of the check's console texts.
use super::CheckText;
use crate::{Noun, Worded, count};
use koonti_model::{Lang, Severity};

const L: Lang = Lang::En;

/// `text` in English.
pub(super) fn text(text: &CheckText) -> String {
    match text {
        CheckText::WholeMerge => "All inputs".into(),
        CheckText::InOrder => "OK".into(),
        CheckText::AllUnanswered { measures } => format!("unanswered: all {measures} measures"),
        CheckText::Unanswered { id, text } => format!("unanswered: {id} {text}"),
        CheckText::UnitNameMissing => "the unit's name is missing".into(),
        CheckText::Finding(finding) => {
            format!("{}: {}", severity(finding.severity), finding.message(L))
        }
        CheckText::Totals {
            responses,
            counts: [errors, warnings, infos],
        } => format!(
            "Checked {}: {}, {}, {}.",
            count(L, *responses, Noun::Response),
            count(L, *errors, Noun::Error),
            count(L, *warnings, Noun::Warning),
            count(L, *infos, Noun::Info)
        ),
    }
}

/// The word for a severity.
pub(super) fn severity(severity: Severity) -> &'static str {
    match severity {
        Severity::Error => "ERROR",
        Severity::Warning => "warning",
        Severity::Info => "note",
    }
}

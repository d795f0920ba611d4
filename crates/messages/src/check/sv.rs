//! Swedish wording of the check's console texts.
use super::CheckText;
use crate::{Noun, Worded, count};
use koonti_model::{Lang, Severity};

const L: Lang = Lang::Sv;

/// `text` in Swedish.
pub(super) fn text(text: &CheckText) -> String {
    match text {
        CheckText::WholeMerge => "Hela materialet".into(),
        CheckText::InOrder => "i ordning".into(),
        CheckText::AllUnanswered { measures } => format!("obesvarade: alla {measures} åtgärder"),
        CheckText::Unanswered { id, text } => format!("obesvarad: {id} {text}"),
        CheckText::UnitNameMissing => "enhetens namn saknas".into(),
        CheckText::Finding(finding) => {
            format!("{}: {}", severity(finding.severity), finding.message(L))
        }
        CheckText::Totals {
            responses,
            counts: [errors, warnings, infos],
        } => format!(
            "Kontrollerade {}: {}, {}, {}.",
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
        Severity::Error => "FEL",
        Severity::Warning => "varning",
        Severity::Info => "info",
    }
}

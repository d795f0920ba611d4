//! Finnish wording of the check's console texts.
use super::CheckText;
use crate::{Noun, Worded, count};
use koonti_model::{Lang, Severity};

const L: Lang = Lang::Fi;

/// `text` in Finnish.
pub(super) fn text(text: &CheckText) -> String {
    match text {
        CheckText::WholeMerge => "Koko aineisto".into(),
        CheckText::InOrder => "kunnossa".into(),
        CheckText::AllUnanswered { measures } => {
            format!("vastaamatta: kaikki {measures} toimenpidettä")
        }
        CheckText::Unanswered { id, text } => format!("vastaamatta: {id} {text}"),
        CheckText::UnitNameMissing => "yksikön nimi puuttuu".into(),
        CheckText::Finding(finding) => {
            format!("{}: {}", severity(finding.severity), finding.message(L))
        }
        CheckText::Totals {
            responses,
            counts: [errors, warnings, infos],
        } => format!(
            "Tarkistettu {}: {}, {}, {}.",
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
        Severity::Error => "VIRHE",
        Severity::Warning => "huomio",
        Severity::Info => "tieto",
    }
}

//! The check's console texts worded (`koonti check`, and the per-file
//! lines of the command line and the exe): what a file has left to fill,
//! each finding with its severity, and the closing count; one table per
//! language. The engine lays the lines out; every word is here.
mod en;
mod fi;
mod sv;

use crate::Worded;
use koonti_model::{Finding, Lang, Severity};

/// A piece of the check as the secretary reads it.
#[derive(Debug, Clone, Copy)]
pub enum CheckText<'a> {
    /// The heading of the findings about the whole merge (no file).
    WholeMerge,
    /// After a file's heading: nothing left to fill, nothing found.
    InOrder,
    /// Every measure of the programme left unanswered.
    AllUnanswered {
        /// How many measures the programme has.
        measures: usize,
    },
    /// One measure left unanswered.
    Unanswered {
        /// The measure id.
        id: &'a str,
        /// The measure text.
        text: &'a str,
    },
    /// No unit name was found in the file.
    UnitNameMissing,
    /// A finding with its severity word, after its sheet and cell.
    Finding(&'a Finding),
    /// The closing line: how many responses, and findings of each
    /// severity (errors, warnings, notes).
    Totals {
        /// The responses checked.
        responses: usize,
        /// The findings of each severity: errors, warnings, notes.
        counts: [usize; 3],
    },
}

impl Worded for CheckText<'_> {
    fn message(&self, lang: Lang) -> String {
        match lang {
            Lang::Fi => fi::text(self),
            Lang::Sv => sv::text(self),
            Lang::En => en::text(self),
        }
    }
}

/// The word for a severity, as the secretary reads it ("VIRHE", "huomio").
pub fn severity_word(severity: Severity, lang: Lang) -> &'static str {
    match lang {
        Lang::Fi => fi::severity(severity),
        Lang::Sv => sv::severity(severity),
        Lang::En => en::severity(severity),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use koonti_model::{FindingCode, english_words};

    fn every_text(finding: &Finding) -> Vec<CheckText<'_>> {
        vec![
            CheckText::WholeMerge,
            CheckText::InOrder,
            CheckText::AllUnanswered { measures: 12 },
            CheckText::Unanswered {
                id: "1.1",
                text: "Osallisuusohjelma laaditaan",
            },
            CheckText::UnitNameMissing,
            CheckText::Finding(finding),
            CheckText::Totals {
                responses: 1,
                counts: [1, 2, 0],
            },
        ]
    }

    #[test]
    fn every_check_text_is_worded_and_fi_sv_hold_no_english() {
        let finding = Finding::file(Severity::Warning, FindingCode::NoTable, "a.xlsx");
        for text in every_text(&finding) {
            let [fi, sv, en] = [Lang::Fi, Lang::Sv, Lang::En].map(|l| text.message(l));
            assert!(fi != sv && sv != en, "{text:?}: {fi} / {sv} / {en}");
            for (lang, said) in [("fi", &fi), ("sv", &sv)] {
                let english = english_words(said);
                assert!(english.is_empty(), "{lang}: {english:?} in {said}");
            }
        }
    }

    #[test]
    fn the_closing_count_takes_the_right_forms() {
        let totals = CheckText::Totals {
            responses: 1,
            counts: [1, 2, 0],
        };
        assert_eq!(
            totals.message(Lang::Fi),
            "Tarkistettu 1 vastaus: 1 virhe, 2 huomiota, 0 tietoa."
        );
        let totals = CheckText::Totals {
            responses: 2,
            counts: [0, 1, 1],
        };
        assert_eq!(
            totals.message(Lang::Sv),
            "Kontrollerade 2 svar: 0 fel, 1 varning, 1 upplysning."
        );
        assert_eq!(
            totals.message(Lang::En),
            "Checked 2 responses: 0 errors, 1 warning, 1 note."
        );
    }
}

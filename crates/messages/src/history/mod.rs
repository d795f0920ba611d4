//! Why reports cannot be followed across periods (`koonti compare`,
//! `--previous`) worded: [`HistoryError`], one table per language.
mod en;
mod fi;
mod sv;

use crate::Worded;
use koonti_history::HistoryError;
use koonti_model::Lang;

impl Worded for HistoryError {
    /// The reason as one line.
    fn message(&self, lang: Lang) -> String {
        match lang {
            Lang::Fi => fi::message(self),
            Lang::Sv => sv::message(self),
            Lang::En => en::message(self),
        }
    }
}

/// The inputs given, or a dash when none.
fn shown(names: &[String]) -> String {
    if names.is_empty() {
        "–".to_string()
    } else {
        names.join(", ")
    }
}

/// A period as written in a report, in quotes after a space; nothing when
/// it is empty.
fn written(period: &str) -> String {
    if period.trim().is_empty() {
        String::new()
    } else {
        format!(" (”{period}”)")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use koonti_model::{Period, english_words};

    #[test]
    fn every_history_error_is_worded_and_fi_sv_hold_no_english() {
        let s = |t: &str| t.to_string();
        let errors = [
            HistoryError::TooFew { names: vec![] },
            HistoryError::NoPeriod {
                name: s("a.json"),
                period: s("kevät"),
            },
            HistoryError::SamePeriod {
                period: Period::of_year(2024),
                names: vec![s("a.json"), s("b.json")],
            },
            HistoryError::OtherProgramme {
                name: s("a.json"),
                programme: s("p1"),
                expected: s("p2"),
            },
            HistoryError::NotEarlier {
                name: s("a.json"),
                period: Period::of_year(2025),
                current: Period::of_year(2024),
            },
        ];
        for err in errors {
            let [fi, sv, en] = [Lang::Fi, Lang::Sv, Lang::En].map(|l| err.message(l));
            assert!(fi != sv && sv != en && fi != en, "{err:?}");
            for (lang, text) in [("fi", &fi), ("sv", &sv)] {
                let english = english_words(text);
                assert!(english.is_empty(), "{lang}: {english:?} in {text}");
            }
        }
        let too_few = HistoryError::TooFew { names: vec![] };
        assert!(too_few.message(Lang::Fi).ends_with("annettu vain –"));
    }
}

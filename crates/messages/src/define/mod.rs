//! A definition read from a spreadsheet or a form (`koonti_define`) worded:
//! what it left to a guess ([`Guess`]) and why a spreadsheet gives no
//! programme ([`DefineError`]), one table per language.
mod en;
mod fi;
mod sv;

use crate::Worded;
use koonti_define::{DefineError, Guess};
use koonti_model::Lang;
use koonti_programme::{ProgrammeError, Rule};

impl Worded for DefineError {
    /// The reason as one line.
    fn message(&self, lang: Lang) -> String {
        match lang {
            Lang::Fi => fi::error(self),
            Lang::Sv => sv::error(self),
            Lang::En => en::error(self),
        }
    }
}

impl Worded for Guess {
    /// The guess as a sentence.
    fn message(&self, lang: Lang) -> String {
        match lang {
            Lang::Fi => fi::guess(self),
            Lang::Sv => sv::guess(self),
            Lang::En => en::guess(self),
        }
    }
}

/// A definition that breaks a rule of the format: its name and the rule.
fn invalid(err: &ProgrammeError, lang: Lang) -> String {
    match err {
        ProgrammeError::Invalid { name, reason } => format!("{name}: {}", reason.message(lang)),
        other => other.to_string(),
    }
}

/// The rule a scale of `options` breaks, and the options listed.
fn scale_size(options: &[String]) -> (Rule, String) {
    let rule = Rule::ScaleSize {
        options: options.len(),
    };
    (rule, options.join("; "))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A scale of too few or too many options is refused with where it
    /// is, the rule and what to write, in each language.
    #[test]
    fn a_scale_of_the_wrong_size_is_worded_with_its_place() {
        for n in [1, 7] {
            let err = DefineError::ScaleSize {
                file: "oma.xlsx".into(),
                at: "Ohjelma!A3".into(),
                options: (0..n).map(|i| format!("V{i}")).collect(),
            };
            for (lang, words) in [
                (Lang::Fi, "vaihtoehtoa; vaihtoehtoja pitää olla 2–6"),
                (Lang::Sv, "alternativ; den ska ha 2–6 alternativ"),
                (Lang::En, "options; it must have 2 to 6"),
            ] {
                let message = err.message(lang);
                assert!(message.starts_with("oma.xlsx, Ohjelma!A3: "), "{message}");
                assert!(message.contains(words), "{lang}: {message}");
            }
        }
    }

    /// A rule the definition breaks is worded in the language asked, with
    /// the file's name (the reader's own checks keep a spreadsheet from
    /// breaking one; a rule is the last guard).
    #[test]
    fn a_broken_rule_is_worded_in_each_language() {
        let err = DefineError::Invalid(Box::new(ProgrammeError::Invalid {
            name: "oma.xlsx".into(),
            reason: Rule::DuplicateUnitName("Etelä".into()),
        }));
        for (lang, said) in [
            (
                Lang::Fi,
                "oma.xlsx: yksikön nimi ”Etelä” on annettu kahdesti",
            ),
            (
                Lang::Sv,
                "oma.xlsx: enhetsnamnet ”Etelä” förekommer två gånger",
            ),
            (Lang::En, "oma.xlsx: unit name \"Etelä\" is used twice"),
        ] {
            assert_eq!(err.message(lang), said);
        }
    }
}

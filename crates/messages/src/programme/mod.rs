//! A programme definition's problems worded (`koonti_programme`): the rules
//! a definition breaks ([`Rule`]) and what the definition check finds on
//! each line ([`Problem`]), one table per language.
mod en;
mod fi;
mod sv;

use crate::Worded;
use koonti_model::Lang;
use koonti_programme::{Problem, ProblemKind, Rule};

impl Worded for Rule {
    /// The rule broken, as a clause.
    fn message(&self, lang: Lang) -> String {
        match lang {
            Lang::Fi => fi::rule(self),
            Lang::Sv => sv::rule(self),
            Lang::En => en::rule(self),
        }
    }
}

impl Worded for ProblemKind {
    /// The problem as a clause.
    fn message(&self, lang: Lang) -> String {
        match lang {
            Lang::Fi => fi::problem(self),
            Lang::Sv => sv::problem(self),
            Lang::En => en::problem(self),
        }
    }
}

impl Worded for Problem {
    /// The problem as one line, starting with its line.
    fn message(&self, lang: Lang) -> String {
        let at = match (self.line, lang) {
            (0, _) => String::new(),
            (n, Lang::Fi) => fi::line(n),
            (n, Lang::Sv) => sv::line(n),
            (n, Lang::En) => en::line(n),
        };
        format!("{at}{}", self.kind.message(lang))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use koonti_model::english_words;

    #[test]
    fn every_rule_is_worded_in_each_language() {
        let rules = [
            Rule::EmptyId,
            Rule::NoMeasures,
            Rule::DuplicateMeasureId("1.1".into()),
            Rule::EmptyMeasureText("1.1".into()),
            Rule::DuplicateSectionId("1".into()),
            Rule::DuplicateUnitName("A".into()),
            Rule::ScaleSize { options: 7 },
            Rule::DuplicateOptionId("done".into()),
            // The argument is as the definition wrote it; a neutral one
            // here, so that the scan for English reads only the wording.
            Rule::ReservedOptionId("z9".into()),
        ];
        for rule in rules {
            let [fi, sv, en] = [Lang::Fi, Lang::Sv, Lang::En].map(|l| rule.message(l));
            assert!(fi != en && sv != en && fi != sv, "{rule:?}");
            for (lang, text) in [("fi", &fi), ("sv", &sv)] {
                let english = english_words(text);
                assert!(english.is_empty(), "{lang}: {english:?} in {text}");
            }
        }
        assert!(
            Rule::ScaleSize { options: 1 }
                .message(Lang::Sv)
                .contains("2–6")
        );
    }

    /// Every problem is worded in each language: none falls back to English
    /// in Finnish or Swedish.
    #[test]
    fn every_problem_is_worded_in_each_language() {
        let kinds = [
            ProblemKind::NotUtf8,
            // A parser's own (English) reason, as toml gives it.
            ProblemKind::Syntax("invalid table header, expected `.`, `]`".into()),
            ProblemKind::MissingKey {
                table: "[scale]".into(),
                key: "kind",
            },
            ProblemKind::UnknownKey {
                table: "[scale]".into(),
                key: "knid".into(),
                nearest: Some("kind"),
            },
            ProblemKind::UnknownKey {
                table: "[scale]".into(),
                key: "x".into(),
                nearest: None,
            },
            ProblemKind::WrongType {
                key: "version".into(),
                expected: "luku",
            },
            ProblemKind::EmptyId {
                table: "[[sections]]".into(),
            },
            ProblemKind::EmptyText { id: "1.1".into() },
            ProblemKind::DuplicateId {
                id: "1.1".into(),
                first: 3,
            },
            ProblemKind::DuplicateText {
                text: "A".into(),
                first: 3,
            },
            ProblemKind::BundledId("keusote-2020-2025".into()),
            ProblemKind::Rule(Rule::ScaleSize { options: 7 }),
            ProblemKind::Format("missing field `title`".into()),
        ];
        for kind in kinds {
            let [fi, sv, en] = [Lang::Fi, Lang::Sv, Lang::En].map(|l| kind.message(l));
            assert!(fi != en && sv != en && fi != sv, "{kind:?}: {sv} / {en}");
            for (lang, text) in [("fi", &fi), ("sv", &sv)] {
                let english = english_words(text);
                assert!(english.is_empty(), "{lang}: {english:?} in {text}");
            }
        }
    }

    #[test]
    fn a_problem_starts_with_its_line() {
        let problem = Problem {
            line: 3,
            kind: ProblemKind::EmptyText { id: "1.1".into() },
        };
        assert_eq!(
            problem.message(Lang::Fi),
            "rivi 3: toimenpiteellä 1.1 ei ole tekstiä; kirjoita text = \"…\""
        );
        assert!(problem.message(Lang::Sv).starts_with("rad 3: "));
        assert!(problem.message(Lang::En).starts_with("line 3: "));
    }
}

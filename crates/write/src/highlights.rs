//! What the appendix lifts from the answers, as the committees present it
//! (seed 002's "Nostoja raportista" and "Tulossa"): per measure a few
//! whole sentences of what was done, per action what is coming. The rule
//! proposes; the secretary decides on the committee workbook's *Nostot*
//! sheet (keep, drop or edit each), which `koonti appendix koonti.xlsx`
//! reads back.
//!
//! The rule, in order:
//! 1. **Boilerplate is skipped**: an item (bullet) whose words appear in the
//!    answers of two or more units is no unit's own account.
//! 2. **Whole sentences only**: an item is taken whole up to
//!    [`HIGHLIGHT_CHARS`] characters, else as many of its first sentences as
//!    fit; an item whose first sentence is longer is not proposed. Nothing
//!    is cut mid-sentence and nothing is added.
//! 3. **Highlights** (*Nosto*): per measure, each unit's first such item of
//!    an answer marked done (implemented, a status scale's last option),
//!    then of one marked partly (both marks, a middle option), in the order
//!    of the units; the first [`MAX_HIGHLIGHTS`] are kept, the others
//!    listed on *Nostot* as not kept.
//! 4. **Coming** (*Tulossa*): items of answers not (yet) done — not
//!    implemented, partly, or a status before the last — that speak of a
//!    plan: a word of plan or future ([`PLAN_WORDS`], Finnish, Swedish and
//!    English) or a year after the report's period. Per action the first
//!    [`MAX_COMING`] are kept. Such an item is never also a highlight.
use crate::stats::{counted_by_measure, done_status};
use koonti_model::{AnswerScale, Programme, Report, ReportPeriod, Status, StatusClass};
use std::collections::HashMap;

mod boilerplate;
use boilerplate::Boilerplate;

/// The most highlights kept per measure by the rule.
pub const MAX_HIGHLIGHTS: usize = 3;

/// The most "coming" items kept per action by the rule.
pub const MAX_COMING: usize = 4;

/// The longest text proposed; longer items give their first sentences.
pub const HIGHLIGHT_CHARS: usize = 240;

/// Words that say an item is a plan or under way, matched at a word start,
/// case-insensitively.
pub const PLAN_WORDS: &[&str] = &[
    // Finnish
    "tulossa",
    "tullaan",
    "suunnitteil",
    "suunnitel",
    "työn alla",
    "valmisteil",
    "selvitet",
    "selvittä",
    "käynnistet",
    "aloitet",
    "otetaan käyttöön",
    "jatkossa",
    "tarkoitus",
    "tavoitteena",
    // Swedish
    "planer",
    "kommer att",
    "ska ",
    "påbörjas",
    "pågår",
    // English
    "will ",
    "plan",
    "under way",
    "in progress",
];

/// Which list of the appendix an item is on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum HighlightKind {
    /// What was done (*Nosto*), shown under its measure.
    Highlight,
    /// What is planned (*Tulossa*), shown under its action.
    Coming,
}

/// One proposed item and the secretary's decision on it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HighlightChoice {
    /// Highlight or coming.
    pub kind: HighlightKind,
    /// The measure id the answer is of.
    pub measure: String,
    /// The unit whose words these are.
    pub unit: String,
    /// Whether the appendix shows it.
    pub keep: bool,
    /// The text shown (the unit's words, or the secretary's edit).
    pub text: String,
}

/// Where a status stands: done, partly, or not (yet) done.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Standing {
    Done,
    Partly,
    NotDone,
}

fn standing(status: &Status, programme: &Programme) -> Option<Standing> {
    if *status == done_status(programme) {
        return Some(Standing::Done);
    }
    // By what the option means, where the scale says.
    match status.class(&programme.scale) {
        Some(StatusClass::Done) => return Some(Standing::Done),
        Some(StatusClass::Partly | StatusClass::InProgress) => return Some(Standing::Partly),
        Some(StatusClass::NotStarted | StatusClass::NotDone) => return Some(Standing::NotDone),
        Some(StatusClass::NotApplicable) => return None,
        None => {}
    }
    match (status, &programme.scale) {
        (Status::Partial, _) => Some(Standing::Partly),
        (Status::NotImplemented, _) => Some(Standing::NotDone),
        (Status::Option(id), AnswerScale::Status { options, .. }) => {
            match options.iter().position(|o| &o.id == id) {
                Some(0) => Some(Standing::NotDone),
                Some(_) => Some(Standing::Partly),
                None => None,
            }
        }
        _ => None,
    }
}

/// The statuses the rule takes highlights from, in the order it prefers
/// them: the done option first, then the scale's partly and under-way
/// options in the scale's order. The appendix's rule names exactly these.
pub fn highlight_statuses(programme: &Programme) -> Vec<Status> {
    let mut taken: Vec<(Standing, Status)> = programme
        .scale
        .choices()
        .into_iter()
        .filter_map(|c| Some((standing(&c.status, programme)?, c.status)))
        .filter(|(standing, _)| *standing != Standing::NotDone)
        .collect();
    taken.sort_by_key(|(standing, _)| *standing);
    taken.into_iter().map(|(_, status)| status).collect()
}

/// The item whole when it is short enough, else its first whole sentences
/// within `max` characters; `None` when even the first is longer.
pub fn whole_sentences(text: &str, max: usize) -> Option<String> {
    let text = text.trim();
    if text.chars().count() <= max {
        return Some(text.to_string());
    }
    let mut end = None;
    for (i, c) in text.char_indices() {
        if text[..i].chars().count() >= max {
            break;
        }
        let next = text[i + c.len_utf8()..].chars().next();
        if matches!(c, '.' | '!' | '?') && next.is_none_or(char::is_whitespace) {
            end = Some(i + c.len_utf8());
        }
    }
    end.map(|end| text[..end].to_string())
}

/// Whether `text` speaks of a plan: a plan word at a word start, or a year
/// after `period_year`.
pub fn is_plan(text: &str, period_year: Option<u32>) -> bool {
    let lower = format!(" {}", text.to_lowercase());
    let word_start = PLAN_WORDS.iter().any(|word| {
        lower.match_indices(word).any(|(i, _)| {
            lower[..i]
                .chars()
                .next_back()
                .is_none_or(|c| !c.is_alphanumeric())
        })
    });
    word_start || period_year.is_some_and(|period| years_in(text).any(|year| year > period))
}

/// Four-digit years 2000–2099 standing alone in a text.
fn years_in(text: &str) -> impl Iterator<Item = u32> + '_ {
    text.split(|c: char| !c.is_ascii_digit())
        .filter(|digits| digits.len() == 4 && digits.starts_with("20"))
        .filter_map(|digits| digits.parse().ok())
}

/// The year of the report's period ("2024", "Q3/2024"), else the first
/// year in its name ("2024 (kevät)").
fn period_year(report: &Report) -> Option<u32> {
    match &report.period {
        ReportPeriod::Period(period) => Some(u32::from(period.year())),
        ReportPeriod::Named(name) => years_in(name).next(),
        ReportPeriod::Unknown => None,
    }
}

/// The items the rule proposes, each marked kept or not, in the order the
/// appendix shows them (programme order of measures, then units).
pub fn highlight_candidates(report: &Report, programme: &Programme) -> Vec<HighlightChoice> {
    let repeated = Boilerplate::of(report);
    let year = period_year(report);
    let mut highlights = Vec::new();
    let mut coming: Vec<(String, HighlightChoice)> = Vec::new();
    let by_measure = counted_by_measure(report);
    for (section, measure) in programme.measures() {
        let mut proposed: Vec<(Standing, HighlightChoice)> = Vec::new();
        let answers = by_measure.get(measure.id.as_str()).into_iter().flatten();
        for answer in answers {
            let Some(standing) = standing(&answer.status, programme) else {
                continue;
            };
            let usable = answer
                .items
                .iter()
                .filter(|item| !repeated.contains(item))
                .filter_map(|item| whole_sentences(item, HIGHLIGHT_CHARS));
            let mut highlight_taken = false;
            for text in usable {
                let plan = standing != Standing::Done && is_plan(&text, year);
                let choice = |kind| HighlightChoice {
                    kind,
                    measure: measure.id.clone(),
                    unit: answer.unit.clone(),
                    keep: false,
                    text: text.clone(),
                };
                if plan {
                    coming.push((section.id.clone(), choice(HighlightKind::Coming)));
                } else if standing != Standing::NotDone && !highlight_taken {
                    highlight_taken = true;
                    proposed.push((standing, choice(HighlightKind::Highlight)));
                }
            }
        }
        // Done before partly, each in the order of the units.
        proposed.sort_by_key(|(standing, _)| *standing);
        for (i, (_, mut choice)) in proposed.into_iter().enumerate() {
            choice.keep = i < MAX_HIGHLIGHTS;
            highlights.push(choice);
        }
    }
    let mut kept_per_section: HashMap<String, usize> = HashMap::new();
    for (section, choice) in &mut coming {
        let kept = kept_per_section.entry(section.clone()).or_default();
        choice.keep = *kept < MAX_COMING;
        *kept += 1;
    }
    highlights.extend(coming.into_iter().map(|(_, choice)| choice));
    highlights
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::labels::Labels;
    use crate::test_support::{report_with, siun};
    use koonti_model::Lang;
    use std::collections::BTreeSet;

    /// The appendix's rule names the options highlights are taken from,
    /// and only those: on a status scale done and under way (not "not
    /// started"), on three marks done and partly (not "not done").
    #[test]
    fn the_rule_names_exactly_the_options_highlights_come_from() {
        let keusote = koonti_programme::load("keusote-2020-2025").expect("bundled");
        for (programme, took) in [
            (keusote, ["Valmis", "Kesken"]),
            (siun(), ["Toteutunut", "Osittain"]),
        ] {
            let choices = programme.scale.choices();
            // Every unit answers with one of the scale's options in turn.
            let report = report_with(&programme, 6, |unit, _| {
                choices[unit % choices.len()].status.clone()
            });
            let sources: BTreeSet<String> = highlight_candidates(&report, &programme)
                .iter()
                .filter(|c| c.kind == HighlightKind::Highlight)
                .map(|c| {
                    let answer = report
                        .answers
                        .iter()
                        .find(|a| a.unit == c.unit && a.measure == c.measure)
                        .expect("its answer");
                    crate::status_word(&answer.status, &programme, Lang::Fi)
                })
                .collect();
            assert_eq!(
                sources,
                took.iter().map(|w| w.to_string()).collect(),
                "{}",
                programme.id
            );
            let statuses: Vec<String> = highlight_statuses(&programme)
                .iter()
                .map(|s| crate::status_word(s, &programme, Lang::Fi))
                .collect();
            assert_eq!(statuses, took, "{}", programme.id);
            let rule = Labels(Lang::Fi).highlight_rule(&programme);
            assert!(
                rule.contains(&format!(
                    "merkitty \u{201d}{}\u{201d} tai \u{201d}{}\u{201d}, ensin \u{201d}{}\u{201d},",
                    took[0], took[1], took[0]
                )),
                "{rule}"
            );
            for choice in &choices {
                let word = crate::status_word(&choice.status, &programme, Lang::Fi);
                assert_eq!(
                    rule.contains(&format!("\u{201d}{word}\u{201d}")),
                    took.contains(&word.as_str()),
                    "{rule}"
                );
            }
            let sv = Labels(Lang::Sv).highlight_rule(&programme);
            assert!(
                sv.starts_with("Axplocken är hela meningar ur svar markerade \u{201d}"),
                "{sv}"
            );
        }
    }

    #[test]
    fn sentences_are_whole_or_not_proposed() {
        assert_eq!(whole_sentences("Lyhyt.", 10).as_deref(), Some("Lyhyt."));
        let two = "Ensimmäinen lause on tässä. Toinen lause jatkuu pitkään";
        assert_eq!(
            whole_sentences(two, 40).as_deref(),
            Some("Ensimmäinen lause on tässä.")
        );
        assert_eq!(whole_sentences("sana sana sana sana", 12), None);
        // "esim. 3.5" is no sentence end: the full stop must be followed by
        // a space or the end.
        assert_eq!(
            whole_sentences("Klo 3.5 alkoi. Sitten jatkui pitkään", 20).as_deref(),
            Some("Klo 3.5 alkoi.")
        );
    }

    #[test]
    fn plans_are_told_by_words_and_later_years() {
        assert!(is_plan("Hyte-palvelutarjotin työn alla.", None));
        assert!(is_plan("Tulossa myös järjestöjen palveluja.", None));
        assert!(is_plan("Otetaan käyttöön vuonna 2025.", Some(2024)));
        assert!(!is_plan("Otettiin käyttöön vuonna 2024.", Some(2024)));
        // A plan word inside another word is none.
        assert!(!is_plan("Asiakasplanetaario", None));
    }

    #[test]
    fn boilerplate_partial_answers_and_plans() {
        let programme = siun();
        let mut report = report_with(&programme, 5, |unit, _| match unit {
            0 | 1 => Status::Implemented,
            2 => Status::Partial,
            _ => Status::NotImplemented,
        });
        for answer in &mut report.answers {
            match answer.unit.as_str() {
                // The same sentence from two units is boilerplate.
                u if u == report.responses[0].unit || u == report.responses[1].unit => {
                    answer.items.insert(0, "Yhteinen lause kaikille.".into());
                }
                u if u == report.responses[3].unit => {
                    answer.items = vec!["Verkkosivu on suunnitteilla.".into()];
                }
                _ => {}
            }
        }
        let all = highlight_candidates(&report, &programme);
        let of_measure: Vec<&HighlightChoice> = all
            .iter()
            .filter(|c| c.measure == "1.1" && c.kind == HighlightKind::Highlight)
            .collect();
        assert!(
            of_measure
                .iter()
                .all(|c| c.text != "Yhteinen lause kaikille.")
        );
        // Done units first, then the partly one; all three kept.
        let units: Vec<&str> = of_measure.iter().map(|c| c.unit.as_str()).collect();
        let r = &report.responses;
        assert_eq!(units, [r[0].unit.as_str(), &r[1].unit, &r[2].unit]);
        assert!(of_measure.iter().all(|c| c.keep));
        let coming: Vec<&HighlightChoice> = all
            .iter()
            .filter(|c| c.kind == HighlightKind::Coming)
            .collect();
        assert!(coming.iter().all(|c| c.unit == r[3].unit));
        // Four kept per action, the rest listed as not kept.
        let first_action: Vec<&&HighlightChoice> = coming
            .iter()
            .filter(|c| c.measure.starts_with("1."))
            .collect();
        assert_eq!(
            first_action.iter().filter(|c| c.keep).count(),
            3.min(MAX_COMING)
        );
    }
}

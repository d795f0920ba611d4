//! An answer option's phrase read by its parts: a core word, with
//! negations and qualifiers deciding which option it is.
use crate::status::FILLERS;
use crate::status::lexicon::{
    DONE, IN_PROGRESS, NEGATION_WORDS, NOT_APPLICABLE, NOT_STARTED, PARTLY, QUALIFIERS, STARTED,
};
use koonti_model::StatusClass;
use koonti_normalise::{clean, match_key};
use std::sync::LazyLock;

/// Words that say nothing of the option in a header: its subject and
/// auxiliaries ("Toimenpide on toteutunut", "Åtgärden är genomförd",
/// "Measure has been implemented"), and a mark's hint ("x").
const SUBJECTS: [&str; 24] = [
    "toimenpide",
    "toimenpiteet",
    "toimenpiteen",
    "ole",
    "olla",
    "ollut",
    "åtgärd",
    "åtgärden",
    "åtgärder",
    "åtgärderna",
    "har",
    "blivit",
    "measure",
    "measures",
    "action",
    "the",
    "has",
    "have",
    "been",
    "was",
    "were",
    "are",
    "x",
    "merkitse",
];

/// What a core phrase says before negations and qualifiers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Core {
    Done,
    Started,
    InProgress,
    Partly,
    NotStarted,
    NotApplicable,
}

/// Every core phrase as its words, longest first.
static CORES: LazyLock<Vec<(Vec<String>, Core)>> = LazyLock::new(|| {
    let lists: [(&[&str], Core); 6] = [
        (DONE, Core::Done),
        (STARTED, Core::Started),
        (IN_PROGRESS, Core::InProgress),
        (PARTLY, Core::Partly),
        (NOT_STARTED, Core::NotStarted),
        (NOT_APPLICABLE, Core::NotApplicable),
    ];
    let mut cores: Vec<(Vec<String>, Core)> = lists
        .iter()
        .flat_map(|(list, core)| list.iter().map(move |w| (words(w), *core)))
        .filter(|(w, _)| !w.is_empty())
        .collect();
    cores.sort_by_key(|(w, _)| std::cmp::Reverse(w.len()));
    cores
});

/// The words of a text's match key, without fillers, subjects and numbers.
fn words(text: &str) -> Vec<String> {
    match_key(text)
        .split(' ')
        .filter(|w| !w.is_empty())
        .filter(|w| !FILLERS.contains(w) && !SUBJECTS.contains(w))
        .filter(|w| !w.chars().any(|c| c.is_ascii_digit()))
        .map(str::to_string)
        .collect()
}

/// The text without what is in parentheses or brackets ("Toteutunut (x)").
fn without_brackets(text: &str) -> String {
    let mut depth = 0usize;
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '(' | '[' | '{' => depth += 1,
            ')' | ']' | '}' => depth = depth.saturating_sub(1),
            _ if depth == 0 => out.push(c),
            _ => {}
        }
    }
    out
}

/// What the option phrase `text` means, or `None` when it is no option
/// phrase: every word must be a core word, a negation, a qualifier or a
/// filler, with one core at most. "Toteutunut" → done, "Osittain
/// toteutunut" / "Delvis genomförd" → partly, "Ei toteutunut" / "Inte
/// genomförd" → not done, "Inte påbörjad" → not started, "Pågår" → in
/// progress, "Ej aktuell" → not applicable. A question ("Hur har det
/// genomförts?") or a phrase with other words ("Toteutunut vuonna 2024
/// kokonaisuudessaan hyvin") is none.
pub fn option_class(text: &str) -> Option<StatusClass> {
    let cleaned = clean(text);
    if cleaned.contains(['?', '？']) || cleaned.len() > 80 {
        return None;
    }
    let words = words(&without_brackets(&cleaned));
    let (mut negations, mut qualified, mut core) = (0usize, false, None);
    let mut at = 0;
    while at < words.len() {
        if let Some((len, found)) = CORES
            .iter()
            .find(|(w, _)| words[at..].starts_with(w))
            .map(|(w, c)| (w.len(), *c))
        {
            if core.is_some() {
                return None; // two options named: "valmis / kesken"
            }
            core = Some(found);
            at += len;
            continue;
        }
        let word = words[at].as_str();
        if NEGATION_WORDS.contains(&word) {
            negations += 1;
        } else if QUALIFIERS.contains(&word) {
            qualified = true;
        } else {
            return None;
        }
        at += 1;
    }
    let negated = negations % 2 == 1;
    match (core, negated, qualified) {
        (Some(Core::Done), true, false) => Some(StatusClass::NotDone),
        (Some(Core::Done), false, true) => Some(StatusClass::Partly),
        (Some(Core::Done), false, false) => Some(StatusClass::Done),
        (Some(Core::Started), true, _) => Some(StatusClass::NotStarted),
        (Some(Core::Started), false, _) => Some(StatusClass::InProgress),
        (Some(Core::InProgress), false, _) => Some(StatusClass::InProgress),
        (Some(Core::Partly), false, _) => Some(StatusClass::Partly),
        (Some(Core::NotStarted), false, false) => Some(StatusClass::NotStarted),
        (Some(Core::NotApplicable), false, false) => Some(StatusClass::NotApplicable),
        (None, false, true) => Some(StatusClass::Partly),
        _ => None,
    }
}

/// True when `text` is a qualifier alone ("osin", "delvis"): partly, but
/// no option word of its own.
pub fn is_qualifier(text: &str) -> bool {
    let words = words(text);
    !words.is_empty() && words.iter().all(|w| QUALIFIERS.contains(&w.as_str()))
}

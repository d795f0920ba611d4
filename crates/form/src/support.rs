//! The support-request area of koonti's response template: a heading, a box
//! to tick ("Tarvitsemme tukea osallisuuden kehittämisessä") and a
//! description ("Millaista tukea?"); and the live answer counter at the
//! top of the answer sheet ("Vastattu 9 / 13").
use crate::lang_index;
use koonti_model::Lang;
use koonti_normalise::{Keyed, match_key};
use regex::Regex;
use std::sync::LazyLock;

/// The heading of the support area, in Finnish, Swedish and English.
pub const SUPPORT_HEADING: [&str; 3] = ["Tukipyyntö", "Begäran om stöd", "Support request"];

/// Other headings units give the support area: their own words for it
/// ("Tuen tarve", seed 000's "Avunpyyntö").
const OTHER_HEADINGS: [&str; 12] = [
    "Tuen tarve",
    "Tuen tarpeet",
    "Tukitarve",
    "Avunpyyntö",
    "Avun tarve",
    "Tukipyynnöt",
    "Stödbehov",
    "Behov av stöd",
    "Begäran om hjälp",
    "Support needed",
    "Need for support",
    "Request for support",
];

/// The label of the box a unit ticks to ask for support.
pub const SUPPORT_NEED: [&str; 3] = [
    "Tarvitsemme tukea osallisuuden kehittämisessä",
    "Vi behöver stöd i utvecklingen av delaktigheten",
    "We need support in developing participation",
];

/// The label of the description of the support asked for.
pub const SUPPORT_DETAILS: [&str; 3] = [
    "Millaista tukea?",
    "Vilket slags stöd?",
    "What kind of support?",
];

/// The live answer counter at the top of a template sheet, e.g.
/// "Vastattu 9 / 13": a formula's result, structure rather than an answer.
pub const COUNTER_LABEL: [&str; 3] = ["Vastattu", "Besvarade", "Answered"];

/// The counter's pattern, made from [`COUNTER_LABEL`].
static COUNTER: LazyLock<Regex> = LazyLock::new(|| {
    let words: Vec<String> = COUNTER_LABEL.iter().map(|w| regex::escape(w)).collect();
    Regex::new(&format!(
        r"(?i)^\s*({})\s+\d+\s*/\s*\d+\s*$",
        words.join("|")
    ))
    .expect("COUNTER is a valid regex: its words are escaped")
});

/// The heading of the support area in `lang`.
pub fn heading(lang: Lang) -> &'static str {
    SUPPORT_HEADING[lang_index(lang)]
}

/// The label of the tick box in `lang`.
pub fn need(lang: Lang) -> &'static str {
    SUPPORT_NEED[lang_index(lang)]
}

/// The label of the description in `lang`.
pub fn details(lang: Lang) -> &'static str {
    SUPPORT_DETAILS[lang_index(lang)]
}

/// The word of the answer counter in `lang` ("Vastattu").
pub fn counter_word(lang: Lang) -> &'static str {
    COUNTER_LABEL[lang_index(lang)]
}

/// The counter's text: "Vastattu 9 / 13".
pub fn counter_text(lang: Lang, answered: usize, total: usize) -> String {
    format!("{} {answered} / {total}", counter_word(lang))
}

/// A cell of the support area, by its label.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SupportField {
    /// The tick box: the next cell holds the mark.
    Need,
    /// The description: the next cell holds the text.
    Details,
}

/// The match keys of the labels in their three languages, made once.
type LabelKeys = LazyLock<[String; 3]>;

static HEADING_KEYS: LazyLock<Vec<String>> = LazyLock::new(|| {
    SUPPORT_HEADING
        .iter()
        .chain(&OTHER_HEADINGS)
        .map(|h| match_key(h))
        .collect()
});
static NEED_KEYS: LabelKeys = LazyLock::new(|| SUPPORT_NEED.map(match_key));
static DETAILS_KEYS: LabelKeys = LazyLock::new(|| SUPPORT_DETAILS.map(match_key));

/// Labels are a line long: a longer cell is an answer, whose key is not
/// worth making. Every row's first cell is checked against the heading.
const LABEL_MAX_BYTES: usize = 160;

fn matches_any(text: &str, labels: &[String]) -> bool {
    matches_any_keyed(text, &Keyed::new(text), labels)
}

/// [`matches_any`] with the text's key at hand.
fn matches_any_keyed(text: &str, key: &Keyed<'_>, labels: &[String]) -> bool {
    if text.len() > LABEL_MAX_BYTES {
        return false;
    }
    let key = key.key();
    !key.is_empty() && labels.iter().any(|label| label == key)
}

/// True when `text` is the heading of the support area.
pub fn is_support_heading(text: &str) -> bool {
    is_support_heading_keyed(text, &Keyed::new(text))
}

/// [`is_support_heading`] with the text's key at hand: `key` is `text`'s,
/// or that of the same text with other whitespace.
pub fn is_support_heading_keyed(text: &str, key: &Keyed<'_>) -> bool {
    matches_any_keyed(text, key, &HEADING_KEYS)
}

/// The field a label cell of the support area names, if any.
pub fn support_field(text: &str) -> Option<SupportField> {
    if matches_any(text, &NEED_KEYS[..]) {
        Some(SupportField::Need)
    } else if matches_any(text, &DETAILS_KEYS[..]) {
        Some(SupportField::Details)
    } else {
        None
    }
}

/// Words that ask for support in a label: a need verb, then within a few
/// words what is needed ("Tarvitsemme tukea", "Tarvitsetteko tukea …?",
/// "Behöver ni stöd", "Do you need support").
static NEED_LABEL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^(?:(?:me|te|vi|ni|we|you|do you|does the unit|yksikkö|yksikkömme) )?(?:tarvi\w*|behöv\w*|need\w*)(?: \w+){0,2}? (?:tuke\w*|tuen|apua|avu\w*|stöd\w*|hjälp|support|help)(?: |$)",
    )
    .expect("NEED_LABEL is a valid regex")
});

/// Words that ask what support is needed ("Millaista tukea?", "Mihin
/// tarvitsette tukea?", "Vilket stöd behövs?", "What support do you need?").
static DETAILS_LABEL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^(?:millai\w*|minkälai\w*|mitä|mihin|missä|vilke[nt]|vilka|vad|what|which)(?: \w+){0,3}? (?:tuke\w*|tuen|apua|avu\w*|stöd\w*|hjälp|support|help)(?: |$)",
    )
    .expect("DETAILS_LABEL is a valid regex")
});

/// The words of support [`NEED_LABEL`] and [`DETAILS_LABEL`] each need
/// one of (their last group), as they are written in a key.
const SUPPORT_WORDS: [&str; 8] = [
    "tuke", "tuen", "apua", "avu", "stöd", "hjälp", "support", "help",
];

/// True when one of [`SUPPORT_WORDS`] is in `key`, anywhere, as
/// `SUPPORT_WORDS.iter().any(|w| key.contains(w))` tells, in one pass over
/// the key's bytes instead of eight searches (each set up anew): every row's
/// first cells are asked.
fn has_support_word(key: &str) -> bool {
    let bytes = key.as_bytes();
    (0..bytes.len()).any(|at| {
        let rest = &bytes[at..];
        // A word's first letter before the word: most letters start none.
        SUPPORT_WORDS
            .iter()
            .any(|w| w.as_bytes()[0] == rest[0] && rest.starts_with(w.as_bytes()))
    })
}

/// A label of the support area as units write it: the field, and what
/// follows a colon in the same cell ("Tarvitsemme tukea …: x").
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SupportLabel {
    /// The heading, when the cell is one ("Tuen tarve: …").
    pub heading: bool,
    /// The field it labels; a heading with a value is the tick box.
    pub field: SupportField,
    /// What follows the colon, when anything does.
    pub value: Option<String>,
    /// A sentence in the unit's own words that asks for support by itself
    /// ("Tarvitsemme tukea viestintään."): no template label, no question,
    /// nothing after a colon. With no answer beside it, it is the request.
    pub statement: bool,
}

/// The support label `text` is, if it is one: the template's labels, the
/// headings units use, or a label in their own words (a need verb and
/// "tukea"; a question word and "tukea"), with the answer after a colon.
pub fn support_label(text: &str) -> Option<SupportLabel> {
    support_label_keyed(text, &Keyed::new(text))
}

/// [`support_label`] with the text's key at hand: `key` is `text`'s, or
/// that of the same text with other whitespace (used when the text has no
/// colon, so that the label is the whole text).
pub fn support_label_keyed(text: &str, key: &Keyed<'_>) -> Option<SupportLabel> {
    if text.len() > LABEL_MAX_BYTES * 4 {
        return None;
    }
    let (label, value) = match crate::split_at_colon(text) {
        Some((label, value)) => (label, Some(value.trim()).filter(|v| !v.is_empty())),
        None => (text, None),
    };
    if label.len() > LABEL_MAX_BYTES {
        return None;
    }
    let label_key;
    let key = if label.len() == text.len() {
        key.key()
    } else {
        label_key = match_key(label);
        label_key.as_str()
    };
    if key.is_empty() {
        return None;
    }
    let is_one_of = |labels: &[String]| labels.iter().any(|label| label == key);
    // Both patterns need one of the support words: most keys have none,
    // and are not searched.
    let asks = has_support_word(key);
    let own_words = asks && NEED_LABEL.is_match(key) && !is_one_of(&NEED_KEYS[..]);
    let (heading, field) = if is_one_of(&HEADING_KEYS) {
        (true, SupportField::Need)
    } else if is_one_of(&NEED_KEYS[..]) || own_words {
        (false, SupportField::Need)
    } else if is_one_of(&DETAILS_KEYS[..]) || (asks && DETAILS_LABEL.is_match(key)) {
        (false, SupportField::Details)
    } else {
        return None;
    };
    let question = label.contains(['?', '？'])
        || key
            .split(' ')
            .any(|w| w.starts_with("tarvi") && (w.ends_with("ko") || w.ends_with("kö")));
    Some(SupportLabel {
        heading,
        field,
        statement: own_words && value.is_none() && !question && names_what(key),
        value: value.map(str::to_string),
    })
}

/// The first letters of the words every support label has: the need verb,
/// the support, what it is for in general ("osallisuuden kehittämisessä").
const GENERIC_WORDS: [&str; 24] = [
    "me",
    "te",
    "vi",
    "ni",
    "we",
    "you",
    "do",
    "yksikkö",
    "tarvi",
    "behöv",
    "need",
    "tuke",
    "tuen",
    "apu",
    "avu",
    "stöd",
    "hjälp",
    "support",
    "help",
    "osallisuu",
    "delaktighet",
    "participation",
    "kehittämi",
    "utveckl",
];

/// True when a sentence asking for support says what for, beyond the
/// label's own words: "Tarvitsemme tukea viestintään" does, "Tarvitsemme
/// tukea osallisuuden kehittämiseen" (a label left unanswered) does not.
fn names_what(key: &str) -> bool {
    key.split(' ').any(|w| {
        w.chars().count() > 3
            && !GENERIC_WORDS.iter().any(|g| w.starts_with(g))
            && !w.starts_with("develop")
    })
}

/// What a unit wrote as the answer to a support label.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SupportAnswer {
    /// A mark or a yes ("x", "Kyllä").
    Yes,
    /// A no ("Ei", "Ei tarvetta", "-", "Nej"): no request.
    No,
    /// A yes with what is needed ("Kyllä, koulutusta").
    YesWith(String),
    /// Words that describe the support (more than one word).
    Text(String),
    /// One word that is neither ("ehkä"): kept as unmatched.
    Unclear(String),
}

/// Words that answer no, as match keys ("ei", "ei tarvetta", "nej").
const NO_WORDS: [&str; 9] = [
    "ei", "e", "no", "nej", "inte", "not", "0", "false", "epätosi",
];

/// Words that answer yes, as match keys.
const YES_WORDS: [&str; 4] = ["kyllä", "ja", "yes", "x"];

/// Reads the answer `text` to a support label; a description keeps its
/// line breaks (its items are split later).
pub fn support_answer(text: &str) -> SupportAnswer {
    let cleaned = koonti_normalise::clean(text);
    let key = match_key(&cleaned);
    if key.is_empty() {
        return if cleaned.chars().all(|c| "-–—".contains(c)) {
            SupportAnswer::No
        } else {
            SupportAnswer::Unclear(cleaned)
        };
    }
    let words: Vec<&str> = key.split(' ').collect();
    // "Kyllä / Ei" as the form printed it: neither.
    if words.iter().any(|w| YES_WORDS.contains(w)) && words.iter().any(|w| NO_WORDS.contains(w)) {
        return SupportAnswer::Unclear(cleaned);
    }
    if NO_WORDS.contains(&words[0]) {
        return SupportAnswer::No;
    }
    if let Some((head, rest)) = text.trim().split_once([',', ';', ':', '–', '—', '-'])
        && koonti_normalise::parse_mark(head) == koonti_normalise::Mark::Marked
        && !rest.trim().is_empty()
    {
        return SupportAnswer::YesWith(rest.trim().to_string());
    }
    match koonti_normalise::parse_mark(&cleaned) {
        koonti_normalise::Mark::Marked => SupportAnswer::Yes,
        _ if key.contains(' ') => SupportAnswer::Text(text.trim().to_string()),
        _ => SupportAnswer::Unclear(cleaned),
    }
}

/// True when `text` is the template's answer counter ("Vastattu 9 / 13").
pub fn is_counter(text: &str) -> bool {
    COUNTER.is_match(text)
}

#[cfg(test)]
mod tests;

//! The support-request area of koonti's response template: a heading, a box
//! to tick ("Tarvitsemme tukea osallisuuden kehittämisessä") and a
//! description ("Millaista tukea?"); and the live answer counter at the
//! top of the answer sheet ("Vastattu 9 / 13").
use crate::lang_index;
use koonti_model::Lang;
use koonti_normalise::match_key;
use regex::Regex;
use std::sync::LazyLock;

/// The heading of the support area, in Finnish, Swedish and English.
pub const SUPPORT_HEADING: [&str; 3] = ["Tukipyyntö", "Begäran om stöd", "Support request"];

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

static HEADING_KEYS: LabelKeys = LazyLock::new(|| SUPPORT_HEADING.map(match_key));
static NEED_KEYS: LabelKeys = LazyLock::new(|| SUPPORT_NEED.map(match_key));
static DETAILS_KEYS: LabelKeys = LazyLock::new(|| SUPPORT_DETAILS.map(match_key));

/// Labels are a line long: a longer cell is an answer, whose key is not
/// worth making. Every row's first cell is checked against the heading.
const LABEL_MAX_BYTES: usize = 160;

fn matches_any(text: &str, labels: &LabelKeys) -> bool {
    if text.len() > LABEL_MAX_BYTES {
        return false;
    }
    let key = match_key(text);
    !key.is_empty() && labels.contains(&key)
}

/// True when `text` is the heading of the support area.
pub fn is_support_heading(text: &str) -> bool {
    matches_any(text, &HEADING_KEYS)
}

/// The field a label cell of the support area names, if any.
pub fn support_field(text: &str) -> Option<SupportField> {
    if matches_any(text, &NEED_KEYS) {
        Some(SupportField::Need)
    } else if matches_any(text, &DETAILS_KEYS) {
        Some(SupportField::Details)
    } else {
        None
    }
}

/// True when `text` is the template's answer counter ("Vastattu 9 / 13").
pub fn is_counter(text: &str) -> bool {
    COUNTER.is_match(text)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn recognises_labels_in_every_language() {
        for i in 0..3 {
            assert!(is_support_heading(SUPPORT_HEADING[i]));
            assert_eq!(support_field(SUPPORT_NEED[i]), Some(SupportField::Need));
            assert_eq!(
                support_field(SUPPORT_DETAILS[i]),
                Some(SupportField::Details)
            );
            assert!(is_counter(&format!("{} 9 / 13", COUNTER_LABEL[i])));
        }
        for lang in crate::LANGS {
            assert!(is_support_heading(heading(lang)));
            assert_eq!(support_field(need(lang)), Some(SupportField::Need));
            assert_eq!(support_field(details(lang)), Some(SupportField::Details));
            assert!(is_counter(&counter_text(lang, 0, 13)));
        }
        assert!(is_support_heading("TUKIPYYNTÖ"));
        assert!(!is_support_heading("Tukipyyntö lähetetty 2.5."));
        assert!(support_field("Tarvitsemme tukea").is_none());
        assert!(!is_counter("Vastattu kaikkiin"));
    }
}

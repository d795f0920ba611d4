//! The header of a status column as units write it: a status word ("TILA",
//! "Tilanne", "Status", "Läge"), perhaps after a genitive ("Toteutumisen
//! tila", "Åtgärdens status"), followed only by qualifiers — a period or a
//! date ("TILA Q3/2025", "Tila 31.3.2025"), another status word ("TILA /
//! STATUS"), the options ("TILA (Ei aloitettu / Kesken / Valmis)") or
//! anything in parentheses. Any other word after it makes it another column
//! ("Tilanne ja arvio").
use super::StatusLexicon;
use koonti_normalise::{clean, match_key};

/// The words a status header is built on.
const STATUS_WORDS: [&str; 13] = [
    "tila",
    "tilanne",
    "tilatieto",
    "vaihe",
    "edistyminen",
    "eteneminen",
    "toteutumisaste",
    "status",
    "statusläge",
    "läge",
    "state",
    "progress",
    "stage",
];

/// Compounds ending in these are status words too ("Toteutumistilanne",
/// "Genomförandestatus").
const STATUS_SUFFIXES: [&str; 2] = ["tilanne", "status"];

/// Words that qualify the status word without making another column: the
/// words of periods, dates and reporting rounds, joiners, and words of
/// an option list.
const QUALIFIERS: [&str; 34] = [
    "q",
    "i",
    "ii",
    "iii",
    "iv",
    "neljännes",
    "vuosineljännes",
    "osavuosikatsaus",
    "katsaus",
    "raportti",
    "kvartal",
    "kvartalet",
    "quarter",
    "vuonna",
    "vuosi",
    "år",
    "year",
    "per",
    "pvm",
    "mennessä",
    "lopussa",
    "alussa",
    "ja",
    "tai",
    "och",
    "eller",
    "and",
    "or",
    "vs",
    "valitse",
    "välj",
    "choose",
    "select",
    "x",
];

/// Question words: "Miten tila on …" is a text column's header.
const QUESTION_WORDS: [&str; 6] = ["miten", "kuinka", "millainen", "hur", "vilken", "how"];

/// Month names in fi, sv and en (first letters), as in "Tilanne kesäkuu 2025".
const MONTHS: [&str; 27] = [
    "tammi",
    "helmi",
    "maalis",
    "huhti",
    "touko",
    "kesä",
    "heinä",
    "elo",
    "syys",
    "loka",
    "marras",
    "joulu",
    "januari",
    "februari",
    "mars",
    "april",
    "maj",
    "juni",
    "juli",
    "augusti",
    "september",
    "oktober",
    "november",
    "december",
    "january",
    "february",
    "march",
];

fn is_status_word(word: &str) -> bool {
    STATUS_WORDS.contains(&word) || STATUS_SUFFIXES.iter().any(|s| word.ends_with(s))
}

/// A word before the status word: a genitive ("toteutumisen",
/// "toimenpiteen", "åtgärdens") or "nykyinen" / "current".
fn is_modifier(word: &str) -> bool {
    let genitive = word.chars().count() >= 4 && (word.ends_with('n') || word.ends_with('s'));
    (genitive && !QUESTION_WORDS.contains(&word))
        || matches!(word, "nykyinen" | "current" | "nuvarande" | "aktuell")
}

fn is_qualifier(word: &str, lexicon: &StatusLexicon) -> bool {
    word.chars().any(|c| c.is_ascii_digit())
        || QUALIFIERS.contains(&word)
        || is_status_word(word)
        || MONTHS.iter().any(|m| word.starts_with(m))
        || lexicon.is_option_word(word)
}

/// The text without what is in parentheses or brackets.
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

/// True when the header cell `text` heads a status column, by the rule
/// above. `lexicon` gives the option words a header may list.
pub fn is_status_header(text: &str, lexicon: &StatusLexicon) -> bool {
    if text.len() > 120 {
        return false;
    }
    let key = match_key(&without_brackets(&clean(text)));
    let words: Vec<&str> = key.split(' ').filter(|w| !w.is_empty()).collect();
    let Some(head) = words.iter().position(|w| is_status_word(w)) else {
        return false;
    };
    // Before the word, a genitive or a period ("Q1/2025 TILA").
    head <= 3
        && words[..head]
            .iter()
            .all(|w| is_modifier(w) || w.chars().any(|c| c.is_ascii_digit()) || *w == "q")
        && words[head + 1..].iter().all(|w| is_qualifier(w, lexicon))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn keusote() -> StatusLexicon {
        StatusLexicon::new(&koonti_programme::load("keusote-2020-2025").expect("bundled"))
    }

    #[test]
    fn a_status_word_with_qualifiers_heads_a_status_column() {
        let lexicon = keusote();
        for text in [
            "TILA",
            "TILA (Ei aloitettu / Kesken / Valmis)",
            "TILA Q3/2025",
            "Tila 31.3.2025",
            "TILA / STATUS",
            "Tilanne",
            "Toteutumisen tila",
            "Tilanne 30.6.",
            "TILA: ei aloitettu / kesken / valmis",
            "Tila (valitse listasta)",
            "Status Q1 2025",
            "Åtgärdens status",
            "Läge 2025",
            "Toteutumistilanne kesäkuu 2025",
            "TILA 1. osavuosikatsaus 2025",
            "Nykyinen tila",
            "Q1/2025 TILA",
        ] {
            assert!(is_status_header(text, &lexicon), "{text}");
        }
    }

    #[test]
    fn other_words_after_the_status_word_make_another_column() {
        let lexicon = keusote();
        for text in [
            "Tilanne ja arvio",
            "Toteutumisen tilanne ja arvio",
            "Tilan kuvaus",
            "Miten tila on edennyt?",
            "Kommentit tilasta",
            "Tila-arvion perustelut",
            "Toimenpide",
            "Tilat ja laitteet",
            "",
        ] {
            assert!(!is_status_header(text, &lexicon), "{text}");
        }
    }
}

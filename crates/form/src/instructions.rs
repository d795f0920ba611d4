//! The guidance lines a response form shows beside its tables ("Merkitse x
//! oikeaan sarakkeeseen …"): template structure, not answers.
//!
//! Only these exact lines are structure (up to case, whitespace and
//! punctuation). A unit's own note that merely starts like guidance —
//! "Huom! Toimenpiteen 2.3 pilotti siirtyi syksyyn", "Vastaa: Liisa
//! Virtanen" — is the unit's text and is kept.
use koonti_normalise::match_key;
use std::sync::LazyLock;

/// The guidance lines of the committee's form (seed 004's layout, and the
/// forms built on it), with their Swedish and English wording.
const LINES: [[&str; 3]; 4] = [
    [
        "Merkitse x oikeaan sarakkeeseen ja kuvaa toteutus.",
        "Markera x i rätt kolumn och beskriv genomförandet.",
        "Mark x in the right column and describe how it was done.",
    ],
    [
        "Merkitse x oikeaan sarakkeeseen.",
        "Markera x i rätt kolumn.",
        "Mark x in the right column.",
    ],
    [
        "Merkitse x tai jätä solu tyhjäksi.",
        "Markera x eller lämna cellen tom.",
        "Enter x or leave the cell empty.",
    ],
    [
        "Merkitse vain toinen sarakkeista.",
        "Markera bara den ena kolumnen.",
        "Mark only one of the two columns.",
    ],
];

static KEYS: LazyLock<Vec<String>> =
    LazyLock::new(|| LINES.iter().flatten().map(|line| match_key(line)).collect());

/// True when `text` is one of the form's guidance lines.
pub fn is_instruction(text: &str) -> bool {
    if text.len() > 200 {
        return false;
    }
    let key = match_key(text);
    !key.is_empty() && KEYS.contains(&key)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_the_forms_own_lines_are_guidance() {
        assert!(is_instruction(
            "Merkitse x oikeaan sarakkeeseen ja kuvaa toteutus."
        ));
        assert!(is_instruction("MERKITSE X OIKEAAN SARAKKEESEEN"));
        assert!(is_instruction("Mark x in the right column."));
        for kept in [
            "Huom! Toimenpiteen 2.3 pilotti siirtyi syksyyn 2025, koska rahoitus viivästyi.",
            "Vastaa: Liisa Virtanen, puh. 040 123 4567",
            "Note: the figures are preliminary",
            "Merkitse x oikeaan sarakkeeseen, paitsi 2.1 jota ei tehty",
            "Ohje",
            "Select",
        ] {
            assert!(!is_instruction(kept), "{kept}");
        }
    }
}

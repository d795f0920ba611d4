use crate::clean;

/// What a cell in a mark column holds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Mark {
    /// Nothing (or only whitespace).
    Empty,
    /// A mark: x, X, ✓, ✔, kyllä, k, 1, TRUE, … in any case.
    Marked,
    /// Something that is not a mark; kept as text and reported.
    Text(String),
}

/// Words and symbols that count as a mark, compared after trimming and
/// lower-casing. Swedish and English equivalents are included because the
/// templates are also sent out in those languages.
const MARKS: &[&str] = &[
    "x", "✓", "✔", "☑", "✅", "×", "kyllä", "k", "1", "true", "tosi", "ja", "j", "yes", "y",
];

/// Classifies a mark-column cell's text. Numbers and booleans should be
/// passed in their displayed form ("1", "TRUE").
pub fn parse_mark(text: &str) -> Mark {
    let cleaned = clean(text);
    if cleaned.is_empty() {
        return Mark::Empty;
    }
    let lower = cleaned.to_lowercase();
    let key = lower.trim_end_matches(['.', '!']);
    if MARKS.contains(&key) || key.chars().all(|c| c == 'x') {
        Mark::Marked
    } else {
        Mark::Text(cleaned)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn recognises_every_documented_mark() {
        for text in [
            "x", "X", " x", "x ", "✓", "✔", "kyllä", "Kyllä", "K", "k", "1", "TRUE", "xx",
        ] {
            assert_eq!(parse_mark(text), Mark::Marked, "{text:?}");
        }
    }

    #[test]
    fn empty_and_text_are_told_apart() {
        assert_eq!(parse_mark(""), Mark::Empty);
        assert_eq!(parse_mark(" \u{00A0}"), Mark::Empty);
        assert_eq!(parse_mark("osittain"), Mark::Text("osittain".into()));
        assert_eq!(parse_mark("0"), Mark::Text("0".into()));
    }
}

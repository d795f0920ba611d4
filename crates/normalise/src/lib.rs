//! Normalisation of what units type into response templates.
//!
//! * [`parse_mark`]: is a mark-column cell a mark ("x", "✓", "kyllä", …)?
//! * [`split_items`]: free text → items, one per bullet or number.
//! * [`clean`]: whitespace (NBSP too) collapsed, nothing else touched.
//! * [`match_key`] and [`similarity_at_least`]: compare measure texts and headers
//!   tolerating case, punctuation, line breaks and small edits.
//! * [`find_period`], [`parse_period`] and [`period_label`]: reporting periods (years, quarters).
#![warn(missing_docs)]

mod distance;
mod items;
mod marks;
mod matching;
mod memo;
mod period;

pub use items::split_items;
pub use marks::{Mark, parse_mark};
pub use matching::{Keyed, match_key, similarity_at_least};
pub use period::{
    Period, ReportPeriod, find_period, is_period_label, parse_period, period_label, report_period,
};

/// Collapses every run of whitespace (spaces, tabs, line breaks, NBSP and the
/// other Unicode spaces) into one space and trims the ends.
pub fn clean(text: &str) -> String {
    cleaned(text).into_owned()
}

/// [`clean`] without a copy of a text that is clean already, as most
/// cells are: for a caller that only looks at the result.
pub fn cleaned(text: &str) -> std::borrow::Cow<'_, str> {
    // One pass to tell.
    if is_clean(text) {
        return std::borrow::Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    for word in text.split(is_space).filter(|w| !w.is_empty()) {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    std::borrow::Cow::Owned(out)
}

/// True when [`clean`] would give `text` back unchanged: no whitespace at
/// either end, and none between words but single ordinary spaces.
fn is_clean(text: &str) -> bool {
    // By bytes: a cell is mostly ASCII, and every whitespace character
    // [`is_space`] knows outside ASCII starts with one of five lead bytes
    // (U+0085 and U+00A0: C2; U+1680: E1; U+2000…U+206F: E2; U+3000: E3;
    // U+FEFF: EF), so only those are decoded.
    let mut after_space = true;
    for (at, &byte) in text.as_bytes().iter().enumerate() {
        match byte {
            b' ' if after_space => return false,
            b' ' => after_space = true,
            b'\t'..=b'\r' => return false,
            0xC2 | 0xE1 | 0xE2 | 0xE3 | 0xEF if text[at..].chars().next().is_some_and(is_space) => {
                return false;
            }
            _ => after_space = false,
        }
    }
    !after_space || text.is_empty()
}

/// Whitespace in the Unicode sense, plus the zero-width characters Word and
/// Excel leave behind when text is pasted.
pub(crate) fn is_space(c: char) -> bool {
    c.is_whitespace() || matches!(c, '\u{200B}' | '\u{FEFF}' | '\u{2060}')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clean_collapses_all_whitespace() {
        assert_eq!(clean("  a\u{00A0}\u{00A0}b\n\tc \u{200B}"), "a b c");
        assert_eq!(clean(""), "");
    }

    #[test]
    fn clean_texts_are_told_without_rebuilding_them() {
        for clean_text in ["", "a", "a b", "ä ö å", "1.2 Toimenpide: kyllä"] {
            assert!(is_clean(clean_text), "{clean_text:?}");
            assert_eq!(clean(clean_text), clean_text);
        }
        for text in [
            " ",
            "a ",
            " a",
            "a  b",
            "a\tb",
            "a\u{00A0}b",
            "a\u{200B}",
            "a\nb",
        ] {
            assert!(!is_clean(text), "{text:?}");
            assert_ne!(clean(text), text);
        }
    }

    /// What `is_clean` said when it went by characters, the oracle for
    /// the byte-wise one.
    fn is_clean_by_chars(text: &str) -> bool {
        let mut after_space = true;
        for c in text.chars() {
            if is_space(c) {
                if c != ' ' || after_space {
                    return false;
                }
                after_space = true;
            } else {
                after_space = false;
            }
        }
        !after_space || text.is_empty()
    }

    #[test]
    fn clean_texts_are_told_by_bytes_as_by_characters() {
        for c in (0..=0x10FFFF_u32).filter_map(char::from_u32) {
            let code = c as u32;
            for text in [format!("{c}"), format!("a{c}b"), format!("a {c}")] {
                assert_eq!(is_clean(&text), is_clean_by_chars(&text), "{code:#x}");
                assert_eq!(cleaned(&text), clean(&text));
            }
        }
    }
}

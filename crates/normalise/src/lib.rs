//! Normalisation of what units type into response templates.
//!
//! * [`parse_mark`]: is a mark-column cell a mark ("x", "✓", "kyllä", …)?
//! * [`split_items`]: free text → items, one per bullet or number.
//! * [`clean`]: whitespace (NBSP too) collapsed, nothing else touched.
//! * [`match_key`] and [`similarity_at_least`]: compare measure texts and headers
//!   tolerating case, punctuation, line breaks and small edits.
//! * [`find_period`], [`parse_period`] and [`period_label`]: reporting periods (years, quarters).
#![warn(missing_docs)]

mod items;
mod marks;
mod matching;
mod period;

pub use items::split_items;
pub use marks::{Mark, parse_mark};
pub use matching::{match_key, similarity_at_least};
pub use period::{
    Period, ReportPeriod, find_period, is_period_label, parse_period, period_label, report_period,
};

/// Collapses every run of whitespace (spaces, tabs, line breaks, NBSP and the
/// other Unicode spaces) into one space and trims the ends.
pub fn clean(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for word in text.split(is_space).filter(|w| !w.is_empty()) {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
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
}

//! The words of a response form, shared by the template writer and the
//! reader, in Finnish, Swedish and English.
//!
//! A template writes exactly the words this crate gives it, and the reader
//! looks for them through a [`Form`] built from the same functions for the
//! programme at hand: its own column labels, status options, section and
//! unit labels and feedback heading come first, then the fixed vocabulary
//! every language of every template uses, then the looser words units use
//! when they rebuild a form of their own. What a template writes is
//! therefore by construction what the reader finds.
//!
//! - [`sheets`]: sheet names and the keys of the hidden metadata sheet;
//! - [`headers`]: the header row of an answer table and what each header
//!   cell is about ([`Role`]);
//! - [`words`]: the programme-dependent words (title, section and unit
//!   labels, feedback heading, status options);
//! - [`status`]: status words and status-column headers as units type them;
//! - [`support`]: the support-request area and the answer counter;
//! - [`instructions`]: the guidance lines beside the tables;
//! - [`programme_sheet`]: the programme spreadsheet's labels, headers and
//!   sheet names in each language;
//! - [`signature`]: the respondent and date fields at the end of the form;
//! - [`grammar`]: what a header, heading or label line is, by the built-in
//!   words (one grammar for every reader);
//! - [`Form`]: all of that prepared for the reader.
#![warn(missing_docs)]

mod form;
pub mod grammar;
pub mod headers;
pub mod instructions;
pub mod programme_sheet;
pub mod sheets;
pub mod signature;
pub mod status;
pub mod support;
pub mod words;

pub use form::{Form, UnitLabel};
pub use headers::{Column, Role};
pub use sheets::{METADATA_SHEET, MetaKey};
pub use status::{StatusLexicon, StatusReading};
pub use support::SupportField;

use koonti_model::Lang;

/// The languages a form is written in, Finnish first: where two languages'
/// words collide, the Finnish meaning wins.
pub const LANGS: [Lang; 3] = [Lang::Fi, Lang::Sv, Lang::En];

/// The index of `lang` in the (fi, sv, en) label arrays of this crate.
pub fn lang_index(lang: Lang) -> usize {
    match lang {
        Lang::Fi => 0,
        Lang::Sv => 1,
        Lang::En => 2,
    }
}

/// `text.split_once([':', '：'])`: at the first colon, ASCII or full-width.
/// Found by two searches for one character (memchr on its bytes) instead of
/// a pattern of two, which decodes every character before the colon: each
/// row's first cells are tested for labels.
pub(crate) fn split_at_colon(text: &str) -> Option<(&str, &str)> {
    let ascii = text.find(':');
    let before = ascii.map_or(text, |at| &text[..at]);
    let (at, width) = match (before.find('：'), ascii) {
        (Some(wide), _) => (wide, '：'.len_utf8()),
        (None, Some(at)) => (at, 1),
        (None, None) => return None,
    };
    Some((&text[..at], &text[at + width..]))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn colons_split_as_the_two_character_pattern_does() {
        for text in [
            "",
            ":",
            "：",
            "a:b",
            "a：b",
            "a：b:c",
            "a:b：c",
            "Tuen tarve： apua: lisää",
            "ääkköset ilman kaksoispistettä",
            "€：€",
        ] {
            assert_eq!(split_at_colon(text), text.split_once([':', '：']), "{text}");
        }
    }
}

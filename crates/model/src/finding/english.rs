//! A test aid shared by every catalogue's tests (findings, the engine's
//! refusals, the command line's messages, the page's texts and the
//! workbook's visible cells): the English words of a text that should be
//! Finnish or Swedish. One list, so that a word added for one catalogue
//! checks them all.

/// English words that are no Finnish or Swedish words ("cell" is also
/// Swedish, so it is not here): one of them in a
/// Finnish or Swedish sentence means English leaked (the engine's own, a
/// reader's error text, a forgotten wording).
pub const ENGLISH_WORDS: &[&str] = &[
    "the",
    "an",
    "and",
    "of",
    "with",
    "from",
    "to",
    "it",
    "is",
    "are",
    "was",
    "were",
    "this",
    "that",
    "which",
    "no",
    "not",
    "none",
    "could",
    "cannot",
    "should",
    "given",
    "give",
    "choose",
    "name",
    "found",
    "read",
    "merge",
    "missing",
    "skipped",
    "empty",
    "both",
    "marked",
    "error",
    "warning",
    "failed",
    "invalid",
    "expecting",
    "expected",
    "syntax",
    "closed",
    "broken",
    "damaged",
    "file",
    "files",
    "sheet",
    "workbook",
    "row",
    "rows",
    "column",
    "header",
    "table",
    "cells",
    "unit",
    "units",
    "programme",
    "response",
    "responses",
    "answer",
    "answers",
    "measure",
    "measures",
    "unanswered",
    "implemented",
    "partial",
];

/// The English words of `text`, lowercased, leaving out what is no
/// wording: options (`--programme`), commands (`koonti programme`), file
/// names and ids (a word with a dot or a hyphen) and single letters
/// (an "a" that is a cell's column).
pub fn english_words(text: &str) -> Vec<String> {
    let words: Vec<&str> = text
        .split(|c: char| c.is_whitespace() || ",;:()”“\"".contains(c))
        .filter(|w| !w.is_empty())
        .collect();
    words
        .iter()
        .enumerate()
        .filter(|(i, w)| {
            let command = *i > 0 && words[i - 1] == "koonti";
            !command && !w.starts_with("--") && !w.contains('.') && !w.contains('-')
        })
        .map(|(_, w)| {
            w.trim_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase()
        })
        .filter(|w| w.chars().count() > 1 && ENGLISH_WORDS.contains(&w.as_str()))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn english_is_found_and_names_are_not() {
        assert_eq!(
            english_words("Tiedostoa ei voitu avata (Xml error: tag not closed)."),
            ["error", "not", "closed"]
        );
        assert!(
            english_words("Anna --programme the.toml, koonti merge, siun-sote-2023").is_empty()
        );
        assert!(english_words("Välilehti A sarake B: Tiedostoa ei voitu lukea.").is_empty());
    }
}

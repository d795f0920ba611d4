//! Text for the appendix page that no browser breaks where a reader would
//! not (issue 21): words joined by a hyphen or slash and numbers with their
//! "%" kept on one line, and the programme's Finnish names in a sentence of
//! another language marked `lang="fi"`.
use crate::escape_html as esc;
use std::fmt::Write;

/// The longest word joined by a hyphen or a slash ("elo-syyskuussa",
/// "3/2024") that is kept on one line: longer ones may break at their
/// hyphen rather than run out of a phone's screen.
const WHOLE_WORD_CHARS: usize = 32;

/// `text` escaped, with its words joined by a hyphen or a slash kept on
/// one line (a browser breaks "-verkkosivusto" after its hyphen) and a
/// number's percent sign kept with it ("53 %").
pub(crate) fn words(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 16);
    let mut rest = text;
    while !rest.is_empty() {
        let end = rest.find(char::is_whitespace).unwrap_or(rest.len());
        let (word, after) = rest.split_at(end);
        // A hyphen or slash with a letter or digit after it: a place the
        // browser would break at.
        let joined = word.chars().count() <= WHOLE_WORD_CHARS
            && word
                .char_indices()
                .filter(|(_, c)| matches!(c, '-' | '/'))
                .any(|(i, _)| word[i + 1..].starts_with(char::is_alphanumeric));
        if joined {
            let _ = write!(out, "<span class=\"w\">{}</span>", esc(word));
        } else {
            out.push_str(&esc(word));
        }
        let space = after
            .find(|c: char| !c.is_whitespace())
            .unwrap_or(after.len());
        let (gap, next) = after.split_at(space);
        if next.starts_with('%') && word.ends_with(|c: char| c.is_ascii_digit()) && gap == " " {
            out.push('\u{a0}');
        } else {
            out.push_str(gap);
        }
        rest = next;
    }
    out
}

/// Marks every Finnish `names` in the escaped `html` with `lang="fi"`,
/// longest first, none inside another: a sentence of a Swedish or English
/// page names actions and units in the programme's Finnish.
pub(crate) fn mark_finnish(html: &str, names: &[String]) -> String {
    let mut escaped: Vec<String> = names
        .iter()
        .filter(|n| n.chars().count() > 2)
        .map(|n| words(n))
        .collect();
    escaped.sort_by_key(|n| std::cmp::Reverse(n.len()));
    escaped.dedup();
    let mut out = String::with_capacity(html.len() + 64);
    let mut at = 0;
    while at < html.len() {
        let rest = &html[at..];
        let starts_word = html[..at]
            .chars()
            .next_back()
            .is_none_or(|c| !c.is_alphanumeric());
        match escaped
            .iter()
            .find(|name| starts_word && rest.starts_with(name.as_str()))
        {
            Some(name) => {
                let _ = write!(out, "<span lang=\"fi\">{name}</span>");
                at += name.len();
            }
            None => {
                let c = rest.chars().next().unwrap_or(' ');
                out.push(c);
                at += c.len_utf8();
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_keep_numbers_and_hyphenated_words_whole() {
        assert_eq!(words("53 %"), "53\u{a0}%");
        assert_eq!(
            words("vaikuta -verkkosivusto ja elo-syyskuussa"),
            "vaikuta <span class=\"w\">-verkkosivusto</span> ja <span class=\"w\">elo-syyskuussa</span>"
        );
        assert_eq!(words("a <b>"), "a &lt;b&gt;");
        let marked = mark_finnish("x Pelastuslaitos ja y", &["Pelastuslaitos".into()]);
        assert_eq!(marked, "x <span lang=\"fi\">Pelastuslaitos</span> ja y");
        // Not inside a longer word.
        assert_eq!(mark_finnish("xAb", &["Ab".into(), "xyz".into()]), "xAb");
    }
}

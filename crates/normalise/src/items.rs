use crate::{cleaned, is_space};
use regex::Regex;
use std::borrow::Cow;
use std::sync::LazyLock;

/// A line that starts an item: a bullet character, or a dash or star
/// followed by a space, or a number such as "1)" or "1." followed by a space.
static ITEM_START: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:[•▪◦●○■□►▸‣⁃·]\s*|[-–—*]\s+|\(?\d{1,2}[).]\s+)")
        .expect("ITEM_START is a valid regex")
});

/// Splits free text into items and normalises each.
///
/// Items start at bullets (•, ▪, -, –, *) and numbers ("1)", "1."). A line
/// without a bullet continues the item before it: in a returned answer such
/// lines are wraps (typed hard breaks or lines copied from a PDF), and joining
/// them is what the reader of the committee report expects. Text before the
/// first bullet is an item of its own. A wrap right after a hyphen that ends
/// a word part ("pela-" + "yhteistyönä") is joined without a space.
/// Whitespace, NBSP included, is collapsed; no word is dropped.
///
/// When the text has no bullets at all, lines that end a sentence and are
/// followed by a line starting with a capital letter are separate items
/// (Alt+Enter lines); other lines are wraps.
pub fn split_items(text: &str) -> Vec<String> {
    let lines: Vec<&str> = raw_lines(text)
        .map(|line| line.trim_matches(is_space))
        .filter(|line| !line.is_empty())
        .collect();
    // Each line's bullet, searched once: the end of the bullet, if any.
    let bullets: Vec<Option<usize>> = lines
        .iter()
        .map(|line| {
            may_start_item(line)
                .then(|| ITEM_START.find(line).map(|bullet| bullet.end()))
                .flatten()
        })
        .collect();
    let has_bullets = bullets.iter().any(Option::is_some);
    let mut items: Vec<String> = Vec::new();
    for (line, bullet) in lines.into_iter().zip(bullets) {
        let starts_item = match bullet {
            Some(end) => {
                items.push(String::new());
                let rest = &line[end..];
                append_line(items.last_mut(), rest);
                continue;
            }
            None => items.is_empty() || (!has_bullets && ends_sentence_before(items.last(), line)),
        };
        if starts_item {
            items.push(String::new());
        }
        append_line(items.last_mut(), line);
    }
    // Most items are clean already: kept as they are, not copied.
    items
        .into_iter()
        .map(|item| match cleaned(&item) {
            Cow::Borrowed(_) => item,
            Cow::Owned(clean) => clean,
        })
        .filter(|item| !item.is_empty())
        .collect()
}

/// `text` split at the line breaks a cell's lines are typed with (`\n`,
/// `\r`, U+2028, U+2029, U+000B), as `text.split` at those characters
/// splits it, but by bytes: a character pattern decodes every character of an answer,
/// most of splitting it into items. U+2028 and U+2029 are the only breaks
/// outside ASCII, both E2 80 A8/A9 in UTF-8; no other character's bytes
/// contain those three in a row, nor the ASCII breaks.
fn raw_lines(text: &str) -> impl Iterator<Item = &str> {
    let bytes = text.as_bytes();
    let mut from = 0;
    let mut at = 0;
    let mut done = false;
    std::iter::from_fn(move || {
        if done {
            return None;
        }
        while at < bytes.len() {
            let width = match bytes[at] {
                b'\n' | b'\r' | 0x0B => 1,
                0xE2 if matches!(bytes.get(at + 1..at + 3), Some([0x80, 0xA8 | 0xA9])) => 3,
                _ => {
                    at += 1;
                    continue;
                }
            };
            let line = &text[from..at];
            at += width;
            from = at;
            return Some(line);
        }
        done = true;
        Some(&text[from..])
    })
}

/// Whether `line` can start as [`ITEM_START`] does: with a bullet, a dash,
/// a star, a parenthesis or a digit (`\d` is any Unicode digit, each of
/// which `is_numeric`). Most lines do not, and skip the search.
fn may_start_item(line: &str) -> bool {
    line.chars().next().is_some_and(|c| {
        matches!(
            c,
            '•' | '▪'
                | '◦'
                | '●'
                | '○'
                | '■'
                | '□'
                | '►'
                | '▸'
                | '‣'
                | '⁃'
                | '·'
                | '-'
                | '–'
                | '—'
                | '*'
                | '('
        ) || c.is_numeric()
    })
}

fn ends_sentence_before(previous: Option<&String>, line: &str) -> bool {
    let ends = previous
        .and_then(|p| p.trim_end().chars().last())
        .is_some_and(|c| matches!(c, '.' | '!' | '?' | ':' | ';'));
    let starts_capital = line
        .chars()
        .next()
        .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit() || c == '"' || c == '”');
    ends && starts_capital
}

fn append_line(item: Option<&mut String>, line: &str) {
    let Some(item) = item else { return };
    let line = line.trim_matches(is_space);
    if item.is_empty() {
        item.push_str(line);
        return;
    }
    let hyphen_wrap = item.ends_with('-')
        && item.chars().rev().nth(1).is_some_and(char::is_alphabetic)
        && line.chars().next().is_some_and(char::is_lowercase);
    if !hyphen_wrap {
        item.push(' ');
    }
    item.push_str(line);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_line_the_bullet_pattern_matches_may_start_an_item() {
        for c in (0..=0x10FFFF_u32).filter_map(char::from_u32) {
            let code = c as u32;
            for line in [format!("{c} x"), format!("{c}) x"), format!("{c}{c}. x")] {
                if ITEM_START.is_match(&line) {
                    assert!(may_start_item(&line), "{code:#x}");
                }
            }
        }
    }

    /// The characters [`raw_lines`] splits at.
    const LINE_BREAKS: [char; 5] = ['\n', '\r', '\u{2028}', '\u{2029}', '\u{000B}'];

    #[test]
    fn lines_split_by_bytes_as_by_characters() {
        fn by_chars(text: &str) -> Vec<&str> {
            text.split(LINE_BREAKS).collect()
        }
        for c in (0..=0x10FFFF_u32).filter_map(char::from_u32) {
            let code = c as u32;
            for text in [
                format!("{c}"),
                format!("a{c}b"),
                format!("{c}\u{2028}{c}\r\n"),
                format!("\u{2029}ä{c}\u{000B}"),
            ] {
                let lines: Vec<&str> = raw_lines(&text).collect();
                assert_eq!(lines, by_chars(&text), "{code:#x}");
            }
        }
        assert_eq!(raw_lines("").collect::<Vec<_>>(), [""]);
    }

    #[test]
    fn splits_at_bullets_and_joins_wraps() {
        let text = "• Laatuportin palaute on käytössä. \n\n• Lastensuojelussa on käytössä Roidu-\nasiakaspalautejärjestelmä, jonka\navulla kerätään palautetta.";
        assert_eq!(
            split_items(text),
            vec![
                "Laatuportin palaute on käytössä.",
                "Lastensuojelussa on käytössä Roidu-asiakaspalautejärjestelmä, jonka avulla kerätään palautetta.",
            ]
        );
    }

    #[test]
    fn numbers_dashes_and_stars_start_items() {
        let text = "1) Ensimmäinen\n2. Toinen\n- Kolmas\n– Neljäs\n* Viides";
        assert_eq!(
            split_items(text),
            vec!["Ensimmäinen", "Toinen", "Kolmas", "Neljäs", "Viides"]
        );
    }

    #[test]
    fn dates_amounts_and_inner_hyphens_are_not_bullets() {
        let text = "• Avustuksia jaettiin.\n200 000 € toiminta-avustuksia\n10.6.2024 alkaen, Osallistu ja vaikuta -verkkosivusto";
        assert_eq!(
            split_items(text),
            vec![
                "Avustuksia jaettiin. 200 000 € toiminta-avustuksia 10.6.2024 alkaen, Osallistu ja vaikuta -verkkosivusto"
            ]
        );
    }

    #[test]
    fn text_before_first_bullet_is_kept() {
        assert_eq!(split_items("Johdanto:\n• yksi"), vec!["Johdanto:", "yksi"]);
    }

    #[test]
    fn unbulleted_lines_split_at_sentences_only() {
        let text = "Käyttäjäkysely on tehty.\nToimenpiteitä jatketaan\n2024 aikana.";
        assert_eq!(
            split_items(text),
            vec![
                "Käyttäjäkysely on tehty.",
                "Toimenpiteitä jatketaan 2024 aikana."
            ]
        );
    }

    #[test]
    fn whitespace_and_nbsp_collapse_without_losing_words() {
        assert_eq!(
            split_items("\u{00A0} ”Lainaus”\u{00A0}\u{00A0}ja  euro 5 € \r\n"),
            vec!["”Lainaus” ja euro 5 €"]
        );
        assert!(split_items(" \n\u{00A0}").is_empty());
    }
}

//! How much room a text takes, estimated without a font engine: each
//! character's advance from DejaVu Sans (the widest of the fonts a slide
//! may be shown in: LibreOffice falls back to it where Arial is missing;
//! Arial and Liberation Sans are narrower), words wrapped greedily, and a
//! safety margin on top. Overestimating costs a continuation slide;
//! underestimating puts text outside its box, which is never allowed.

/// Extra room on every width, for kerning, hinting and font differences
/// (Verdana, the widest font a county theme is likely to bring, is within
/// it of DejaVu Sans).
const SAFETY: f64 = 1.06;

/// Bold text is wider than regular (DejaVu Sans Bold is about 9 % wider).
const BOLD: f64 = 1.12;

/// The height of one line as a multiple of the font size (DejaVu Sans'
/// line gap is 1.164 of its size; 1.2 is what the slides ask for).
pub(crate) const LINE: f64 = 1.2;

/// A character's advance in ems (DejaVu Sans Book, rounded up).
fn advance(c: char) -> f64 {
    match c {
        ' ' | '\u{a0}' => 0.32,
        'i' | 'j' | 'l' | 'I' | 'J' | '\'' | '|' | '!' => 0.30,
        '.' | ',' | ':' | ';' => 0.32,
        'f' | 't' | '(' | ')' | '[' | ']' | '/' | '-' => 0.40,
        'r' => 0.42,
        's' | 'z' | 'c' => 0.56,
        'k' | 'v' | 'x' | 'y' => 0.60,
        'm' => 0.98,
        'w' => 0.82,
        'W' => 0.99,
        'M' => 0.87,
        '%' | '@' | '—' | '…' => 1.0,
        '"' | '*' | '–' => 0.5,
        '0'..='9' => 0.64,
        c if c.is_uppercase() => 0.80,
        c if c.is_lowercase() => 0.64,
        _ => 0.80,
    }
}

/// The width of `text` at `size` points, in points.
pub(crate) fn width(text: &str, size: f64, bold: bool) -> f64 {
    let ems: f64 = text.chars().map(advance).sum();
    ems * size * SAFETY * if bold { BOLD } else { 1.0 }
}

/// `text` wrapped into lines no wider than `room` points at `size`: at
/// spaces, a word wider than the line broken between characters, a line
/// break kept.
pub(crate) fn wrap(text: &str, size: f64, bold: bool, room: f64) -> Vec<String> {
    let mut lines = Vec::new();
    for hard in text.split('\n') {
        let mut line = String::new();
        for word in hard.split_whitespace() {
            let candidate = if line.is_empty() {
                word.to_string()
            } else {
                format!("{line} {word}")
            };
            if width(&candidate, size, bold) <= room {
                line = candidate;
                continue;
            }
            if !line.is_empty() {
                lines.push(std::mem::take(&mut line));
            }
            // A word longer than the line is broken where it must be.
            for c in word.chars() {
                let mut next = line.clone();
                next.push(c);
                if !line.is_empty() && width(&next, size, bold) > room {
                    lines.push(std::mem::take(&mut line));
                    line.push(c);
                } else {
                    line = next;
                }
            }
        }
        lines.push(line);
    }
    lines
}

/// The height of `lines` lines at `size` points.
pub(crate) fn lines_height(lines: usize, size: f64) -> f64 {
    lines as f64 * size * LINE
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wraps_at_spaces_within_the_room() {
        let text = "Luomme osallisuuden verkkosivun ja painettavan oppaan, joilla teemme osallistumisen mahdollisuudet näkyviksi.";
        let lines = wrap(text, 18.0, false, 300.0);
        assert!(lines.len() > 2, "{lines:?}");
        for line in &lines {
            assert!(width(line, 18.0, false) <= 300.0, "{line}");
        }
        assert_eq!(lines.join(" "), text);
    }

    #[test]
    fn a_word_longer_than_the_line_is_broken() {
        let lines = wrap(&"a".repeat(200), 18.0, false, 100.0);
        assert!(lines.len() > 5);
        assert!(lines.iter().all(|l| width(l, 18.0, false) <= 100.0));
        assert_eq!(lines.concat(), "a".repeat(200));
    }

    #[test]
    fn hard_breaks_and_empty_text_keep_their_lines() {
        assert_eq!(wrap("a\nb", 18.0, false, 500.0), ["a", "b"]);
        assert_eq!(wrap("", 18.0, false, 500.0), [""]);
    }
}

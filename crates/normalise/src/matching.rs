/// The form in which texts are compared: lower case, every run of
/// punctuation and whitespace turned into one space, trimmed.
///
/// "Viestimme osallistumisen\nvaikutuksista. " and
/// "viestimme  osallistumisen vaikutuksista" have the same key.
pub fn match_key(text: &str) -> String {
    let mut key = String::with_capacity(text.len());
    let mut pending_space = false;
    let bytes = text.as_bytes();
    let mut at = 0;
    while at < bytes.len() {
        // A span the key has as it is (but for ASCII case) is copied whole:
        // most of a Finnish text is such spans, a character at a time was
        // most of keying a cell.
        let end = key_span_end(bytes, at);
        if end > at {
            if pending_space && !key.is_empty() {
                key.push(' ');
            }
            pending_space = false;
            key.push_str(&text[at..end]);
            at = end;
            continue;
        }
        // Spaces and ASCII punctuation only mark that a space is due.
        if bytes[at].is_ascii() {
            pending_space = true;
            at += 1;
            continue;
        }
        let Some(c) = text[at..].chars().next() else {
            break;
        };
        at += c.len_utf8();
        // Latin-1's letters next (Ä, Ö, Å): the Unicode tables are the
        // slow part of lower-casing and of telling letters.
        if let Some((lower, is_word)) = latin_key_char(c) {
            push_key_char(&mut key, &mut pending_space, lower, is_word);
            continue;
        }
        for lower in c.to_lowercase() {
            push_key_char(&mut key, &mut pending_space, lower, lower.is_alphanumeric());
        }
    }
    // The spans' ASCII capitals, all at once; every other character went
    // in lower-cased, and no byte of a character outside ASCII is touched.
    key.make_ascii_lowercase();
    key
}

/// Where the span of `bytes` from `at` that a key keeps as it is ends:
/// ASCII letters and digits, Latin-1's small letters (ß, à…ÿ but ÷: C3 9F
/// to C3 BF in UTF-8), and single spaces between them. `at` itself when
/// the text there is none of those.
fn key_span_end(bytes: &[u8], at: usize) -> usize {
    let mut end = at;
    while let Some(&byte) = bytes.get(end) {
        if byte.is_ascii_alphanumeric() {
            end += 1;
            continue;
        }
        match (byte, bytes.get(end + 1)) {
            (b' ', Some(next)) if end > at && next.is_ascii_alphanumeric() => end += 2,
            (0xC3, Some(&next)) if (0x9F..=0xBF).contains(&next) && next != 0xB7 => end += 2,
            _ => break,
        }
    }
    end
}

/// A text's [`match_key`], made the first time a test asks for it: a cell
/// that several tests look at is keyed once (the reader tests each row's
/// first cell for a feedback heading, a support heading and label, and a
/// section heading).
#[derive(Debug)]
pub struct Keyed<'a> {
    text: &'a str,
    key: std::cell::OnceCell<String>,
}

impl<'a> Keyed<'a> {
    /// `text`, not keyed yet.
    pub fn new(text: &'a str) -> Self {
        Keyed {
            text,
            key: std::cell::OnceCell::new(),
        }
    }

    /// The match key of the text.
    pub fn key(&self) -> &str {
        self.key.get_or_init(|| match_key(self.text))
    }
}

/// A character of ASCII or of Latin-1's letters block (U+00C0…U+00FF),
/// lower-cased, and whether it is a word character: what
/// `c.to_lowercase()` and `is_alphanumeric` give, without their tables.
/// `None` for every other character.
fn latin_key_char(c: char) -> Option<(char, bool)> {
    match c {
        _ if c.is_ascii() => Some((c.to_ascii_lowercase(), c.is_ascii_alphanumeric())),
        // × and ÷: the block's two symbols.
        '\u{D7}' | '\u{F7}' => Some((c, false)),
        // À…Þ: capitals, one code point below their small letters.
        '\u{C0}'..='\u{DE}' => char::from_u32(c as u32 + 0x20).map(|l| (l, true)),
        // ß, à…ÿ: small letters already.
        '\u{DF}'..='\u{FF}' => Some((c, true)),
        _ => None,
    }
}

/// Adds one lower-cased character to a key: a word character after one
/// space if punctuation or whitespace came before it, anything else only
/// marks that a space is due.
fn push_key_char(key: &mut String, pending_space: &mut bool, c: char, is_word: bool) {
    if !is_word {
        *pending_space = true;
        return;
    }
    if *pending_space && !key.is_empty() {
        key.push(' ');
    }
    *pending_space = false;
    key.push(c);
}

/// How alike two match keys are — one minus the edit distance over the
/// longer length, in characters — when that is at least `min`, else `None`.
///
/// "näkyviksi" against "näkyväksi" in a 120-character measure is about 0.98;
/// two different measures of one programme stay well below 0.8. Cheap for
/// texts that are far apart, which is most pairs: the length difference
/// alone often rules a pair out; the edit distance is computed a column of
/// 64 characters at a time ([`crate::distance`]), stopping early.
pub fn similarity_at_least(a: &str, b: &str, min: f64) -> Option<f64> {
    if a == b {
        return Some(1.0);
    }
    // The cheap bounds first, without allocating: most pairs end here.
    let (len_a, len_b) = (a.chars().count(), b.chars().count());
    let longest = len_a.max(len_b);
    if longest == 0 {
        return Some(1.0);
    }
    let budget = ((1.0 - min) * longest as f64).floor() as usize;
    if len_a.abs_diff(len_b) > budget || histogram_distance(a, b) > 2 * budget {
        return None;
    }
    let distance = crate::distance::edit_distance_within(a, len_a, b, len_b, budget)?;
    let score = 1.0 - distance as f64 / longest as f64;
    (score >= min).then_some(score)
}

/// A lower bound of twice the edit distance: each edit changes the counts
/// of at most two characters by one. Counted in 64 buckets, which keeps it
/// a bound and costs one pass over each text.
fn histogram_distance(a: &str, b: &str) -> usize {
    let mut counts = [0i32; 64];
    for c in a.chars() {
        counts[c as usize % 64] += 1;
    }
    for c in b.chars() {
        counts[c as usize % 64] -= 1;
    }
    counts.iter().map(|n| n.unsigned_abs() as usize).sum()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::distance::tests::levenshtein;

    /// The full edit-distance similarity, the oracle the bounded one is
    /// checked against.
    fn similarity(a: &str, b: &str) -> f64 {
        let a: Vec<char> = a.chars().collect();
        let b: Vec<char> = b.chars().collect();
        let longest = a.len().max(b.len());
        if longest == 0 {
            return 1.0;
        }
        // Too different in length to reach 0.5: skip the quadratic part.
        if a.len().min(b.len()) * 2 < longest {
            return 0.0;
        }
        1.0 - levenshtein(&a, &b) as f64 / longest as f64
    }

    /// The key as it was made before the Latin-1 shortcut: every
    /// non-ASCII character through the Unicode tables.
    fn slow_key(text: &str) -> String {
        let mut key = String::new();
        let mut pending_space = false;
        for c in text.chars() {
            for lower in c.to_lowercase() {
                push_key_char(&mut key, &mut pending_space, lower, lower.is_alphanumeric());
            }
        }
        key
    }

    #[test]
    fn the_latin_shortcut_keys_as_the_unicode_tables_do() {
        for c in (0..=0x2FF_u32).filter_map(char::from_u32) {
            let code = c as u32;
            for text in [
                format!("{c}"),
                format!("a{c}b"),
                format!(" {c}{c} x{c}"),
                format!("Ab {c}ä {c} ÖÄ{c}ß x"),
            ] {
                assert_eq!(match_key(&text), slow_key(&text), "{code:#x}");
            }
        }
        let text = "Ääni ÖLJY – Åbo, İstanbul ΣΑΣ K Straße ½ ×÷ ÿŸ";
        assert_eq!(match_key(text), slow_key(text));
    }

    #[test]
    fn a_keyed_text_gives_its_match_key() {
        for text in [
            "",
            " Tuen tarve: ",
            "Viestimme osallistumisen\nvaikutuksista. ",
        ] {
            let keyed = Keyed::new(text);
            assert_eq!(keyed.key(), match_key(text));
            assert_eq!(keyed.key(), match_key(text));
        }
    }

    #[test]
    fn key_ignores_case_punctuation_and_breaks() {
        assert_eq!(
            match_key("Viestimme osallistumisen\nvaikutuksista. "),
            match_key("viestimme  osallistumisen VAIKUTUKSISTA")
        );
        assert_eq!(match_key("Pol.is – työkalu"), "pol is työkalu");
    }

    #[test]
    fn bounded_similarity_agrees_with_the_full_one() {
        let texts = [
            "viestimme osallistumisen vaikutuksista",
            "viestime osallistumisen vaikutuksista",
            "kehitämme vapaaehtoistoimintaa soteympäristössä",
            "kehitämme palautteenanto menetelmiä eri kanavien kautta",
            "asiakasohjaus",
            "",
        ];
        for a in texts {
            for b in texts {
                for min in [0.5, 0.8, 0.85, 0.95] {
                    let full = similarity(a, b);
                    let bounded = similarity_at_least(a, b, min);
                    if full >= min {
                        assert!(
                            bounded.is_some_and(|s| (s - full).abs() < 1e-9),
                            "{a:?} {b:?} {min}"
                        );
                    } else {
                        assert_eq!(bounded, None, "{a:?} {b:?} {min}");
                    }
                }
            }
        }
    }

    #[test]
    fn small_edits_score_high_and_other_measures_low() {
        let a = match_key(
            "Luomme osallisuuden verkkosivun ja painettavan oppaan, joilla teemme osallistumisen mahdollisuudet näkyväksi.",
        );
        let b = match_key(
            "Luomme osallisuuden verkkosivun ja painettavan oppaan, joilla teemme osallistumisen mahdollisuudet näkyviksi",
        );
        assert!(similarity(&a, &b) > 0.95);
        let c = match_key("Kehitämme palautteenanto menetelmiä eri kanavien kautta.");
        let d = match_key("Kehitämme vapaaehtoistoimintaa soteympäristössä.");
        assert!(similarity(&c, &d) < 0.7);
        assert_eq!(similarity("", ""), 1.0);
        assert_eq!(similarity("abc", "abcdefghij"), 0.0);
    }
}

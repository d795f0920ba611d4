//! Boilerplate (rule 1): an item whose words appear in the answers of two
//! or more units is no unit's own account.
use koonti_model::Report;
use rustc_hash::{FxBuildHasher, FxHashMap, FxHashSet};
use std::collections::hash_map::Entry;
use std::ops::Range;
use std::sync::OnceLock;

/// The items of one report that two or more units wrote (by their
/// [`push_words_key`]).
pub(super) struct Boilerplate(FxHashSet<usize>);

impl Boilerplate {
    /// Each item of every answer keyed once, here. The keys go one after
    /// another into one text rather than a `String` each, and each unit
    /// count is a first unit and whether another wrote the same, rather
    /// than a set of units: tens of thousands of items in a national merge.
    pub(super) fn of(report: &Report) -> Self {
        // Sized once: grown by doubling, the megabyte of keys of a
        // national merge was copied and took fresh memory at each step. A
        // key is no longer than its item but for the few letters whose
        // small form is longer (the space then grows as it must).
        let all_items = report.answers.iter().flat_map(|a| &a.items);
        let (count, bytes) = all_items.fold((0, 0), |(n, b), item| (n + 1, b + item.len()));
        let mut keys: Vec<u8> = Vec::with_capacity(bytes);
        let mut items: Vec<(usize, Range<usize>, &str)> = Vec::with_capacity(count);
        for answer in &report.answers {
            for item in &answer.items {
                let start = keys.len();
                push_words_key(item, &mut keys);
                items.push((address(item), start..keys.len(), answer.unit.as_str()));
            }
        }
        // Per key: the first unit that wrote it, and whether another did.
        // Hashed a word at a time: SipHash over every item's words was a
        // quarter of this function.
        let mut ids: FxHashMap<&[u8], usize> =
            FxHashMap::with_capacity_and_hasher(items.len(), FxBuildHasher);
        let mut writers: Vec<(&str, bool)> = Vec::new();
        let mut id_of = Vec::with_capacity(items.len());
        for (_, range, unit) in &items {
            let id = match ids.entry(&keys[range.clone()]) {
                Entry::Occupied(entry) => {
                    let id = *entry.get();
                    let (first, others) = &mut writers[id];
                    *others |= first != unit;
                    id
                }
                Entry::Vacant(entry) => {
                    writers.push((unit, false));
                    *entry.insert(writers.len() - 1)
                }
            };
            id_of.push(id);
        }
        Boilerplate(
            items
                .iter()
                .zip(id_of)
                .filter(|((_, range, _), id)| !range.is_empty() && writers[*id].1)
                .map(|((address, _, _), _)| *address)
                .collect(),
        )
    }

    /// Whether `item`, an item of the report's answers, is boilerplate.
    pub(super) fn contains(&self, item: &str) -> bool {
        self.0.contains(&address(item))
    }
}

/// An item told by where its text is: each of a report's items is a text
/// of its own (only empty ones may share an address, and an empty item is
/// never boilerplate). Hashing the address rather than the text spares
/// hashing every item's words twice more.
fn address(item: &str) -> usize {
    item.as_ptr() as usize
}

/// Appends the words of `text`, lower case and one space apart, to `key`
/// as UTF-8 (for telling repeated texts); what `key` held before is left
/// as it is.
pub(super) fn push_words_key(text: &str, key: &mut Vec<u8>) {
    // Lower-cased a character at a time into the key, rather than into a
    // lower-case copy that is split again. The same as the whole text's
    // `to_lowercase` for every character but the capital sigma, whose
    // small form depends on the next letter: a text with one takes the
    // longer way.
    if text.contains('Σ') {
        return push_words_of_lower(&text.to_lowercase(), key);
    }
    let start = key.len();
    key.reserve(text.len());
    // Whether a separator is due before the next word's character.
    let mut gap = false;
    // ASCII letters and digits a run at a time (most of a text), other
    // ASCII a byte at a time, the rest a character at a time: decoding
    // each character and pushing it as a `char` was most of the time
    // spent keying.
    let bytes = text.as_bytes();
    let mut at = 0;
    while let Some(&byte) = bytes.get(at) {
        if ASCII_ALNUM[usize::from(byte)] {
            let rest = &bytes[at..];
            let run = rest
                .iter()
                .position(|&b| !ASCII_ALNUM[usize::from(b)])
                .unwrap_or(rest.len());
            if gap && key.len() > start {
                key.push(b' ');
            }
            gap = false;
            // Copied lower-cased in one pass: an ASCII letter or digit
            // is in lower case with bit 5 set (digits have it already).
            key.extend(rest[..run].iter().map(|b| b | 0x20));
            at += run;
            continue;
        }
        if byte.is_ascii() {
            gap = true;
            at += 1;
            continue;
        }
        let Some(c) = text.get(at..).and_then(|rest| rest.chars().next()) else {
            break;
        };
        at += c.len_utf8();
        if let Some((lower, alphanumeric)) = latin(c) {
            if alphanumeric {
                push_letter(key, start, &mut gap, lower);
            } else {
                gap = true;
            }
            continue;
        }
        for lower in c.to_lowercase() {
            if lower.is_alphanumeric() {
                push_letter(key, start, &mut gap, lower);
            } else {
                gap = true;
            }
        }
    }
}

/// Whether each byte is an ASCII letter or digit, looked up rather than
/// told by three range tests a byte.
static ASCII_ALNUM: [bool; 256] = {
    let mut table = [false; 256];
    let mut byte = 0;
    while byte < 256 {
        table[byte] = (byte as u8).is_ascii_alphanumeric();
        byte += 1;
    }
    table
};

/// Appends a word's character to the key that starts at `start`, after a
/// space when a separator is due (`gap`).
fn push_letter(key: &mut Vec<u8>, start: usize, gap: &mut bool, lower: char) {
    if *gap && key.len() > start {
        key.push(b' ');
    }
    *gap = false;
    key.extend_from_slice(lower.encode_utf8(&mut [0; 4]).as_bytes());
}

/// A character of Latin-1 or Latin Extended-A (U+0080–U+017F: ä, ö, å,
/// š, ž …) lower-cased and told alphanumeric, from a table made once from
/// the same Unicode tables as `to_lowercase` and `is_alphanumeric`, which
/// look each character up by a binary search (a Finnish text has an ä or
/// ö in most words). `None` past the table, and for a character whose
/// small form is more than one (İ): those take the general way.
fn latin(c: char) -> Option<(char, bool)> {
    static TABLE: OnceLock<Vec<Option<(char, bool)>>> = OnceLock::new();
    let table = TABLE.get_or_init(|| {
        (0x80..0x180)
            .map(|code| {
                let mut lower = char::from_u32(code)?.to_lowercase();
                match (lower.next(), lower.next()) {
                    (Some(one), None) => Some((one, one.is_alphanumeric())),
                    _ => None,
                }
            })
            .collect()
    });
    *table.get((c as usize).checked_sub(0x80)?)?
}

/// [`push_words_key`] of a text already in lower case.
fn push_words_of_lower(lower: &str, key: &mut Vec<u8>) {
    let start = key.len();
    for word in lower
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
    {
        if key.len() > start {
            key.push(b' ');
        }
        key.extend_from_slice(word.as_bytes());
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::test_support::{report_with, siun};
    use koonti_model::Status;
    use std::collections::BTreeSet;
    use std::collections::HashMap;

    /// The words of a text, lower case, for telling repeated texts.
    fn words_key(text: &str) -> String {
        let mut key = Vec::new();
        push_words_key(text, &mut key);
        String::from_utf8(key).expect("UTF-8")
    }

    /// [`words_key`] of a text already in lower case.
    fn words_key_of_lower(lower: &str) -> String {
        let mut key = Vec::new();
        push_words_of_lower(lower, &mut key);
        String::from_utf8(key).expect("UTF-8")
    }

    #[test]
    fn words_key_is_the_lower_case_words() {
        for text in [
            "",
            "  ",
            "Yhteinen lause, kaikille!",
            "ÄÄKKÖSET  ja   Åland—2025",
            "İstanbul ΣΟΦΙΑ ΟΔΟΣ",
            "a-b_c d1 ½ Ⅻ",
            "--alku ja loppu--",
        ] {
            assert_eq!(
                words_key(text),
                words_key_of_lower(&text.to_lowercase()),
                "{text:?}"
            );
        }
        assert_eq!(
            words_key("Yhteinen  lause, KAIKILLE."),
            "yhteinen lause kaikille"
        );
    }

    /// Every character of the table's range and around it keys as by
    /// `to_lowercase` and `is_alphanumeric` (between words, in a word,
    /// after a space).
    #[test]
    fn latin_letters_key_as_by_the_unicode_tables() {
        for code in 0x20..0x300 {
            let Some(c) = char::from_u32(code) else {
                continue;
            };
            for text in [format!("a{c}b"), format!("a {c}"), format!("{c}{c} x")] {
                assert_eq!(
                    words_key(&text),
                    words_key_of_lower(&text.to_lowercase()),
                    "U+{code:04X} in {text:?}"
                );
            }
        }
    }

    /// Appended after other keys, a key is the same as on its own.
    #[test]
    fn keys_in_one_text_are_each_as_alone() {
        let texts = ["", " Alku, ", "ΣΟΦΙΑ ja muut", "--", "b", "Äiti  ja ISÄ!"];
        let mut keys = b"edellinen".to_vec();
        for text in texts {
            let start = keys.len();
            push_words_key(text, &mut keys);
            assert_eq!(&keys[start..], words_key(text).as_bytes(), "{text:?}");
        }
    }

    /// The items two or more units wrote, as this module found them before
    /// keeping its keys in one text: a key each and a set of units per key.
    fn boilerplate_by_sets(report: &Report) -> BTreeSet<usize> {
        let keyed: Vec<(&str, String, &str)> = report
            .answers
            .iter()
            .flat_map(|answer| {
                answer
                    .items
                    .iter()
                    .map(|item| (item.as_str(), words_key(item), answer.unit.as_str()))
            })
            .collect();
        let mut units_of: HashMap<&str, BTreeSet<&str>> = HashMap::new();
        for (_, key, unit) in &keyed {
            units_of.entry(key.as_str()).or_default().insert(unit);
        }
        keyed
            .iter()
            .filter(|(_, key, _)| {
                !key.is_empty() && units_of.get(key.as_str()).is_some_and(|u| u.len() > 1)
            })
            .map(|(item, _, _)| address(item))
            .collect()
    }

    #[test]
    fn boilerplate_is_as_found_by_sets_of_units() {
        let programme = siun();
        let mut report = report_with(&programme, 4, |_, _| Status::Implemented);
        let texts = [
            "Yhteinen lause kaikille.",
            "yhteinen LAUSE, kaikille",
            "Oma lause.",
            "",
            "--",
            "Vain yksi yksikkö, kahdesti.",
        ];
        for (i, answer) in report.answers.iter_mut().enumerate() {
            let unit = i % 4;
            answer.items = match unit {
                // The same words twice from one unit are its own.
                0 => vec![texts[5].into(), texts[5].into(), texts[3].into()],
                1 => vec![texts[0].into(), texts[4].into()],
                2 => vec![texts[1].into(), texts[2].into(), texts[4].into()],
                _ => vec![format!("Oma {i}"), texts[3].into()],
            };
        }
        let found = Boilerplate::of(&report);
        let by_sets = boilerplate_by_sets(&report);
        assert!(!by_sets.is_empty());
        for answer in &report.answers {
            for item in &answer.items {
                assert_eq!(
                    found.contains(item),
                    by_sets.contains(&address(item)),
                    "{item:?} of {}",
                    answer.unit
                );
            }
        }
        assert_eq!(found.0.iter().copied().collect::<BTreeSet<_>>(), by_sets);
    }
}

//! The edit distance of two texts by Myers' bit-parallel algorithm (Myers
//! 1999, "A fast bit-vector algorithm for approximate string matching",
//! in blocks of 64 characters): one column of the distance table a few
//! word operations per block, where the band of a table row by row cost a
//! step per cell. A measure text that reaches the comparison is compared
//! with every measure of its section, each pair over a hundred characters.

/// Which row of the pattern's match masks a character has: row 0 for a
/// character not in the pattern.
struct Alphabet {
    /// Rows of the characters below U+0100 (most of a key), 0 for none.
    latin: [u16; 256],
    /// Rows of the other characters of the pattern.
    others: Vec<(char, usize)>,
    rows: usize,
}

impl Alphabet {
    fn row(&self, c: char) -> usize {
        // A character below U+0100 is among the others only past row
        // u16::MAX, in a pattern of that many distinct characters.
        match self.latin.get(c as usize) {
            Some(&row) if row != 0 => usize::from(row),
            _ => self
                .others
                .iter()
                .find(|(other, _)| *other == c)
                .map_or(0, |(_, row)| *row),
        }
    }

    /// The row of `c`, a new one when the pattern had none for it yet.
    fn row_or_new(&mut self, c: char) -> usize {
        let row = self.row(c);
        if row != 0 {
            return row;
        }
        self.rows += 1;
        match u16::try_from(self.rows) {
            Ok(row) if (c as usize) < 256 => self.latin[c as usize] = row,
            _ => self.others.push((c, self.rows)),
        }
        self.rows
    }
}

/// The edit distance of `pattern` (`pattern_len` characters long) and
/// `text` when it is at most `budget`, else `None`: the same distance a
/// full table gives.
pub(crate) fn edit_distance_within(
    pattern: &str,
    pattern_len: usize,
    text: &str,
    text_len: usize,
    budget: usize,
) -> Option<usize> {
    if pattern_len == 0 {
        return (text_len <= budget).then_some(text_len);
    }
    let words = pattern_len.div_ceil(64);
    let mut alphabet = Alphabet {
        latin: [0; 256],
        others: Vec::new(),
        rows: 0,
    };
    // Row 0, all zero, is every character the pattern does not have.
    let mut masks = vec![0u64; words];
    for (i, c) in pattern.chars().enumerate() {
        let row = alphabet.row_or_new(c);
        if masks.len() < (row + 1) * words {
            masks.resize((row + 1) * words, 0);
        }
        masks[row * words + i / 64] |= 1 << (i % 64);
    }
    // The vertical deltas of column 0 (+1 each: D[i][0] = i).
    let mut positive = vec![!0u64; words];
    let mut negative = vec![0u64; words];
    let last = 1u64 << ((pattern_len - 1) % 64);
    let mut distance = pattern_len;
    for (column, c) in text.chars().enumerate() {
        let row = alphabet.row(c);
        let matches = &masks[row * words..(row + 1) * words];
        // Row 0's horizontal delta: D[0][j] = j.
        let mut carry = 1;
        for word in 0..words {
            let high = if word + 1 == words { last } else { 1 << 63 };
            carry = advance(
                &mut positive[word],
                &mut negative[word],
                matches[word],
                carry,
                high,
            );
        }
        distance = distance.checked_add_signed(carry as isize)?;
        // Each column left can lower the distance by one at most.
        if distance > budget + (text_len - column - 1) {
            return None;
        }
    }
    (distance <= budget).then_some(distance)
}

/// One block of one column (Myers' `advance_block`): the block's vertical
/// deltas updated for a text character whose matches in the block are
/// `matches`, from the horizontal delta `carry` (-1, 0 or +1) above the
/// block; the delta below its bit `high` returned.
fn advance(positive: &mut u64, negative: &mut u64, matches: u64, carry: i8, high: u64) -> i8 {
    let (pv, mv) = (*positive, *negative);
    let xv = matches | mv;
    let eq = if carry < 0 { matches | 1 } else { matches };
    let xh = ((eq & pv).wrapping_add(pv) ^ pv) | eq;
    let mut ph = mv | !(xh | pv);
    let mut mh = pv & xh;
    let out = if ph & high != 0 {
        1
    } else if mh & high != 0 {
        -1
    } else {
        0
    };
    ph <<= 1;
    mh <<= 1;
    if carry < 0 {
        mh |= 1;
    } else if carry > 0 {
        ph |= 1;
    }
    *positive = mh | !(xv | ph);
    *negative = ph & xv;
    out
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    /// The full table, the oracle (also of `matching`'s tests).
    pub(crate) fn levenshtein(a: &[char], b: &[char]) -> usize {
        let mut previous: Vec<usize> = (0..=b.len()).collect();
        let mut current = vec![0; b.len() + 1];
        for (i, ca) in a.iter().enumerate() {
            current[0] = i + 1;
            for (j, cb) in b.iter().enumerate() {
                let substitution = previous[j] + usize::from(ca != cb);
                current[j + 1] = substitution.min(previous[j + 1] + 1).min(current[j] + 1);
            }
            std::mem::swap(&mut previous, &mut current);
        }
        previous[b.len()]
    }

    /// A text of `len` characters drawn from `letters` by a small LCG.
    fn text(seed: &mut u64, len: usize, letters: &[char]) -> String {
        (0..len)
            .map(|_| {
                *seed = seed
                    .wrapping_mul(6364136223846793005)
                    .wrapping_add(1442695040888963407);
                letters[(*seed >> 33) as usize % letters.len()]
            })
            .collect()
    }

    fn check(a: &str, b: &str) {
        let (ca, cb): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
        let full = levenshtein(&ca, &cb);
        for budget in [0, full.saturating_sub(1), full, full + 3, usize::MAX / 4] {
            let want = (full <= budget).then_some(full);
            let got = edit_distance_within(a, ca.len(), b, cb.len(), budget);
            assert_eq!(got, want, "{a:?} {b:?} {budget}");
        }
    }

    #[test]
    fn the_bit_parallel_distance_is_the_full_tables() {
        let letters: Vec<char> = "ab äö€x ΣΣ".chars().collect();
        let mut seed = 7;
        for len_a in [0, 1, 2, 5, 63, 64, 65, 127, 128, 129, 200] {
            for len_b in [0, 1, 3, 60, 64, 66, 130, 190] {
                for round in 0..3 {
                    let a = text(&mut seed, len_a, &letters[..2 + round * 4]);
                    let b = text(&mut seed, len_b, &letters[..2 + round * 4]);
                    check(&a, &b);
                    // An edited copy: the pairs the matching cares about.
                    let mut edited: Vec<char> = a.chars().collect();
                    for at in (0..edited.len()).step_by(17) {
                        edited[at] = 'ö';
                    }
                    check(&a, &edited.into_iter().collect::<String>());
                }
            }
        }
    }

    #[test]
    fn many_distinct_characters_get_rows_of_their_own() {
        let a: String = (0..300u32)
            .filter_map(|c| char::from_u32(0x20 + c))
            .collect();
        let b: String = a.chars().rev().collect();
        check(&a, &b);
        check(&a, &a[..200]);
    }
}

//! How many lines a text wraps to in a column: the count behind every
//! row height, over the answers' texts on Vastaukset and again on the
//! action sheets (megabytes in a national merge).
//!
//! The bytes are read 64 at a time as two bit masks, of the separators
//! (space, line break) and of the bytes that start a character (all but
//! UTF-8 continuation bytes); a word's characters are then the set bits
//! of the second mask between two separators. A byte at a time, each
//! byte took about eleven instructions.

/// Lines of `text` wrapped at `per_line` characters: each line break
/// starts a line; words are separated by single spaces (runs of spaces
/// separate no empty words), a word that does not fit starts a line and
/// a word longer than a line is broken.
pub(super) fn line_count(text: &[u8], per_line: usize) -> usize {
    let mut lines = Lines::new(per_line);
    let mut blocks = text.chunks_exact(64);
    for block in blocks.by_ref() {
        match <&[u8; 64]>::try_from(block) {
            Ok(block) => lines.block(block),
            // Not met: every block of `chunks_exact` is 64 bytes.
            Err(_) => block.iter().for_each(|&byte| lines.byte(byte)),
        }
    }
    for &byte in blocks.remainder() {
        lines.byte(byte);
    }
    lines.end()
}

/// Whether `byte` starts a character in UTF-8 (is no continuation byte,
/// 0b10xx_xxxx).
fn starts_char(byte: u8) -> bool {
    (byte as i8) >= -0x40
}

/// Bit `i` set for each byte `i` of `block` that is a separator, and for
/// each that starts a character: eight bytes at a time in a `u64` (a
/// byte-at-a-time loop was not turned into vector code by the compiler).
fn masks(block: &[u8; 64]) -> (u64, u64) {
    let (mut separators, mut starts) = (0u64, 0u64);
    for (i, word) in block.chunks_exact(8).enumerate() {
        let mut eight = [0; 8];
        eight.copy_from_slice(word);
        let x = u64::from_le_bytes(eight);
        let separator = bytes_equal(x, b' ') | bytes_equal(x, b'\n');
        // Not a continuation byte: bit 7 clear, or bit 6 set.
        let start = !(x & !(x << 1)) & HIGH;
        separators |= gather(separator) << (8 * i);
        starts |= gather(start) << (8 * i);
    }
    (separators, starts)
}

/// The high bit of each of a word's eight bytes.
const HIGH: u64 = 0x8080_8080_8080_8080;

/// The high bit set in each byte of `x` that is `byte`, and no other:
/// exact (no borrow runs from one byte into the next).
fn bytes_equal(x: u64, byte: u8) -> u64 {
    const LOW7: u64 = 0x7F7F_7F7F_7F7F_7F7F;
    let y = x ^ (u64::from(byte) * 0x0101_0101_0101_0101);
    !(((y & LOW7) + LOW7) | y | LOW7)
}

/// The high bits of a word's eight bytes as the low eight bits, byte `k`'s
/// as bit `k`: the multiply moves each to the top byte without carries.
fn gather(high: u64) -> u64 {
    ((high >> 7).wrapping_mul(0x0102_0408_1020_4080)) >> 56
}

/// The characters among bits `from..to` of `starts`.
fn characters(starts: u64, from: u32, to: u32) -> usize {
    let below = |bit: u32| 1u64.checked_shl(bit).map_or(u64::MAX, |b| b - 1);
    let span = below(to) & !below(from);
    // The span's bits, told without counting them (`count_ones` is a
    // dozen instructions without the popcnt instruction).
    let all = to - from;
    // Most words are ASCII or nearly: counting the bits that are not set
    // (continuation bytes) is skipped when there are none.
    let missing = span & !starts;
    (if missing == 0 {
        all
    } else {
        all - missing.count_ones()
    }) as usize
}

/// The lines counted so far of a text read from its start.
struct Lines {
    per_line: usize,
    /// The lines of the paragraphs before the current one.
    total: usize,
    /// The current paragraph's lines and the characters on its last.
    lines: usize,
    used: usize,
    /// The characters of the word being read.
    word: usize,
}

impl Lines {
    fn new(per_line: usize) -> Self {
        Lines {
            per_line,
            total: 0,
            lines: 1,
            used: 0,
            word: 0,
        }
    }

    /// Reads a block of 64 bytes.
    fn block(&mut self, block: &[u8; 64]) {
        let (mut separators, starts) = masks(block);
        let mut from = 0;
        while separators != 0 {
            let at = separators.trailing_zeros();
            self.word += characters(starts, from, at);
            self.separator(block[at as usize % 64]);
            from = at + 1;
            separators &= separators - 1;
        }
        self.word += characters(starts, from, 64);
    }

    fn byte(&mut self, byte: u8) {
        if byte == b' ' || byte == b'\n' {
            self.separator(byte);
        } else {
            self.word += usize::from(starts_char(byte));
        }
    }

    /// A space or line break ends the word; a line break the paragraph.
    fn separator(&mut self, byte: u8) {
        self.place_word();
        if byte == b'\n' {
            self.total += self.lines;
            (self.lines, self.used) = (1, 0);
        }
    }

    fn end(mut self) -> usize {
        self.place_word();
        self.total + self.lines
    }

    /// Puts the word read after the characters used on the paragraph's
    /// last line, as a spreadsheet program wraps: a word that does not
    /// fit starts a new line; a word longer than a line is broken over as
    /// many as it needs.
    fn place_word(&mut self) {
        let mut length = std::mem::take(&mut self.word);
        if length == 0 {
            return;
        }
        let needed = if self.used == 0 {
            length
        } else {
            self.used + 1 + length
        };
        if needed <= self.per_line {
            self.used = needed;
            return;
        }
        if self.used > 0 {
            self.lines += 1;
        }
        while length > self.per_line {
            self.lines += 1;
            length -= self.per_line;
        }
        self.used = length;
    }
}

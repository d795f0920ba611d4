//! A hasher for the maps of texts koonti builds for itself while writing
//! (never from what an attacker chooses to collide: a merge's own answers),
//! where the standard library's SipHash, made to resist such collisions,
//! cost more than the work around it: a word of eight bytes at a time,
//! rotated, mixed and multiplied (the Firefox/rustc "Fx" hash).
use std::hash::{BuildHasherDefault, Hasher};

/// A `HashMap`/`HashSet` hasher; see the module's note.
pub(crate) type FastHash = BuildHasherDefault<FxHasher>;

/// The hasher of [`FastHash`].
#[derive(Default, Clone, Copy)]
pub(crate) struct FxHasher(u64);

/// An odd constant with well spread bits (from rustc's FxHasher).
const SEED: u64 = 0x51_7c_c1_b7_27_22_0a_95;

impl FxHasher {
    fn add(&mut self, word: u64) {
        self.0 = (self.0.rotate_left(5) ^ word).wrapping_mul(SEED);
    }
}

impl Hasher for FxHasher {
    fn write(&mut self, bytes: &[u8]) {
        let mut words = bytes.chunks_exact(8);
        for word in words.by_ref() {
            let mut eight = [0; 8];
            eight.copy_from_slice(word);
            self.add(u64::from_le_bytes(eight));
        }
        let rest = words.remainder();
        if !rest.is_empty() {
            let mut eight = [0; 8];
            eight[..rest.len()].copy_from_slice(rest);
            self.add(u64::from_le_bytes(eight));
        }
    }

    fn write_u8(&mut self, n: u8) {
        self.add(u64::from(n));
    }

    fn write_u32(&mut self, n: u32) {
        self.add(u64::from(n));
    }

    fn write_u64(&mut self, n: u64) {
        self.add(n);
    }

    fn write_usize(&mut self, n: usize) {
        self.add(n as u64);
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::hash::BuildHasher;

    /// Texts that differ only in their last bytes, or in their length,
    /// hash apart (the length goes in before a slice's bytes).
    #[test]
    fn near_texts_hash_apart() {
        let hash = |bytes: &[u8]| FastHash::default().hash_one(bytes);
        let texts: [&[u8]; 6] = [b"", b"a", b"a\0", b"abcdefgh", b"abcdefgi", b"abcdefgh1"];
        for (i, a) in texts.iter().enumerate() {
            for b in &texts[i + 1..] {
                assert_ne!(hash(a), hash(b), "{a:?} {b:?}");
            }
        }
    }
}

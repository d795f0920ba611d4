//! Byte-for-byte copies among a merge's files: [`crate::finish`] keeps one
//! file of each content (the name it prefers, [`preferred`]) and says the
//! others are its copies, using nothing of them but their names and
//! digests. So a share of the files ([`crate::Files`]) notes each file's
//! digest as it is loaded, and a file whose content it has already seen
//! under a name `finish` prefers is neither read into cells nor
//! interpreted: `finish` will not keep it, wherever the other shares' files
//! are. (A third of the bench's thousand responses are such copies.)
use crate::input::Digest;
use std::collections::HashMap;
use std::sync::Mutex;

/// Of two names of one content, whether `name` is the one to keep rather
/// than `other`: the shorter ("Hallintopalvelut.xlsx" rather than its
/// "Hallintopalvelut (2).xlsx" or "Kopio - …"), then the first by name.
pub(crate) fn preferred(name: &str, other: &str) -> bool {
    (name.chars().count(), name) < (other.chars().count(), other)
}

/// The preferred name noted so far for each content (SHA-256) of a share.
#[derive(Default)]
pub(crate) struct Copies {
    best: Mutex<HashMap<String, String>>,
}

impl Copies {
    /// Notes `name` as a file of content `digest`. True when a name
    /// [`preferred`] to it was noted before: the file is a copy `finish`
    /// will not keep. An empty file is no copy (`finish` keeps every one).
    pub(crate) fn note(&self, (sha256, size): &Digest, name: &str) -> bool {
        if *size == 0 {
            return false;
        }
        // A poisoned lock only means another file's read panicked: the
        // names noted are still whole.
        let mut best = self.best.lock().unwrap_or_else(|e| e.into_inner());
        match best.get_mut(sha256) {
            Some(kept) if preferred(kept, name) => true,
            Some(kept) => {
                if preferred(name, kept) {
                    *kept = name.to_string();
                }
                false
            }
            None => {
                best.insert(sha256.clone(), name.to_string());
                false
            }
        }
    }

    /// True when a name [`preferred`] to `name` has been noted for its
    /// content `digest`: a file read before the others (to settle the
    /// programme) that need not be interpreted.
    pub(crate) fn noted_better(&self, (sha256, size): &Digest, name: &str) -> bool {
        let best = self.best.lock().unwrap_or_else(|e| e.into_inner());
        *size != 0 && best.get(sha256).is_some_and(|kept| preferred(kept, name))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn digest(sha: &str, size: u64) -> Digest {
        (sha.to_string(), size)
    }

    #[test]
    fn a_copy_is_one_whose_preferred_name_was_noted_first() {
        let copies = Copies::default();
        let a = digest("aa", 10);
        assert!(!copies.note(&a, "Hallinto (2).xlsx"));
        // A preferred name noted after: both are read (the first was).
        assert!(!copies.note(&a, "Hallinto.xlsx"));
        assert!(copies.note(&a, "Kopio - Hallinto.xlsx"));
        assert!(copies.note(&a, "Hallinto (3).xlsx"));
        assert!(copies.noted_better(&a, "Hallinto (2).xlsx"));
        assert!(!copies.noted_better(&a, "Hallinto.xlsx"));
        // The same name twice (never kept apart): no copy.
        assert!(!copies.note(&a, "Hallinto.xlsx"));
        // Another content, and an empty file.
        assert!(!copies.note(&digest("bb", 10), "Kopio - Hallinto.xlsx"));
        let empty = digest("e3", 0);
        assert!(!copies.note(&empty, "a.xlsx"));
        assert!(!copies.note(&empty, "b.xlsx"));
        assert!(!copies.noted_better(&empty, "b.xlsx"));
    }

    #[test]
    fn the_shorter_name_then_the_first_is_preferred() {
        assert!(preferred("b.xlsx", "aa.xlsx"));
        assert!(preferred("a.xlsx", "b.xlsx"));
        assert!(!preferred("a.xlsx", "a.xlsx"));
        // Characters, not bytes: "ä" is one.
        assert!(preferred("ä.xlsx", "ab.xlsx"));
    }
}

//! The periods of short texts already searched, per thread: the same
//! titles and headings come back in every response of a merge, and each
//! would go through up to a dozen regular expressions again.
use koonti_model::Period;
use std::cell::RefCell;
use std::collections::HashMap;

/// The longest text whose period is remembered (titles and headings; an
/// answer's text is seldom seen twice).
const MEMO_TEXT_BYTES: usize = 200;

/// The most texts remembered on one thread before all are forgotten.
const MEMO_TEXTS: usize = 4096;

thread_local! {
    /// The period of each short text searched on this thread.
    static FOUND: RefCell<HashMap<String, Option<Period>>> = RefCell::new(HashMap::new());
}

/// `search(text)`, remembered for a short `text` on this thread.
pub(crate) fn remembered(text: &str, search: fn(&str) -> Option<Period>) -> Option<Period> {
    if text.len() > MEMO_TEXT_BYTES {
        return search(text);
    }
    FOUND.with(|found| {
        if let Some(period) = found.borrow().get(text) {
            return *period;
        }
        let period = search(text);
        let mut found = found.borrow_mut();
        if found.len() >= MEMO_TEXTS {
            found.clear();
        }
        found.insert(text.to_owned(), period);
        period
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_text_is_searched_once_and_a_long_one_every_time() {
        use std::sync::atomic::{AtomicUsize, Ordering};
        static SEARCHES: AtomicUsize = AtomicUsize::new(0);
        fn counting(text: &str) -> Option<Period> {
            SEARCHES.fetch_add(1, Ordering::SeqCst);
            (text == "Q3/2025")
                .then(|| Period::of_quarter(2025, 3))
                .flatten()
        }
        let quarter = Period::of_quarter(2025, 3);
        assert_eq!(remembered("Q3/2025", counting), quarter);
        assert_eq!(remembered("Q3/2025", counting), quarter);
        assert_eq!(SEARCHES.load(Ordering::SeqCst), 1);
        let long = "x".repeat(MEMO_TEXT_BYTES + 1);
        assert_eq!(remembered(&long, counting), None);
        assert_eq!(remembered(&long, counting), None);
        assert_eq!(SEARCHES.load(Ordering::SeqCst), 3);
    }
}

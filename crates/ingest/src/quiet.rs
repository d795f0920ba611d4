//! Keeps standard error for koonti's own words: a panic inside calamine,
//! caught at the file's boundary and reported as a finding, would
//! otherwise print its message and a backtrace there.
//!
//! The hook is process-wide, but the silence is per thread: files are read
//! in parallel (rayon), and a panic elsewhere — a real bug in koonti —
//! must still be printed by the hook that was installed before.
use std::cell::Cell;
use std::panic::{self, AssertUnwindSafe};
use std::sync::Once;

thread_local! {
    /// True while this thread runs a read whose panics are caught.
    static QUIET: Cell<bool> = const { Cell::new(false) };
}

static INSTALL: Once = Once::new();

/// Installs (once) a hook that says nothing for panics on a thread inside
/// [`catch_quietly`] and hands every other panic to the previous hook.
fn install() {
    INSTALL.call_once(|| {
        let previous = panic::take_hook();
        panic::set_hook(Box::new(move |info| {
            if !QUIET.with(Cell::get) {
                previous(info);
            }
        }));
    });
}

/// Runs `read`, catching a panic without a word on standard error; the
/// thread's earlier state is restored afterwards, also when nested.
pub(crate) fn catch_quietly<T>(
    read: impl FnOnce() -> T,
) -> Result<T, Box<dyn std::any::Any + Send>> {
    install();
    let was = QUIET.with(|q| q.replace(true));
    let result = panic::catch_unwind(AssertUnwindSafe(read));
    QUIET.with(|q| q.set(was));
    result
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_caught_panic_is_returned_and_the_thread_is_loud_again() {
        let caught = catch_quietly(|| -> u8 { panic!("calamine fell over") });
        let message = caught
            .expect_err("caught")
            .downcast_ref::<&str>()
            .map(|s| s.to_string());
        assert_eq!(message.as_deref(), Some("calamine fell over"));
        assert!(!QUIET.with(Cell::get), "silence ends with the read");
        assert_eq!(catch_quietly(|| 7).expect("no panic"), 7);
    }
}

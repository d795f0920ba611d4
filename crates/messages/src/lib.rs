//! The message catalogue: every finding, error and refusal a person reads,
//! worded in Finnish, Swedish and English in one place.
//!
//! The things themselves are typed values in the crates that find them
//! (`koonti_model::FindingCode`, the engine's refusals, the definition
//! reader's and the follow-up's errors); this crate words them when they
//! are shown, for the command line, koonti.exe and the browser page alike.
//! Each kind has a module with one table per language (`fi.rs`, `sv.rs`,
//! `en.rs`), each an exhaustive `match`: a new variant without a wording in
//! some language does not compile, and the tests here render every variant
//! in every language and fail on English words in Finnish or Swedish.
//!
//! - [`findings`](finding_code): what koonti noticed in the files;
//! - [`lists`]: the secretary's lists (skipped files, missing units, the
//!   merge in one line) and [`letters`] (what to send each unit);
//! - `define`: what a definition read from a spreadsheet guessed, and why
//!   a spreadsheet gives no programme;
//! - `programme`, `history`: a definition's broken rules and problems, and
//!   why reports cannot be followed across periods;
//! - [`Refusal`]: why the engine could not do what it was asked, for the
//!   command line or the page ([`Front`]);
//! - [`CheckText`]: the check's console lines (`koonti check`);
//! - [`cli`]: what the command line and koonti.exe print ([`cli::Message`]),
//!   with the operating system's reasons worded ([`system`]);
//! - [`count`]: a number with its noun in the right form ("1 vastaus",
//!   "2 vastausta").
#![warn(missing_docs)]

mod check;
pub mod cli;
mod count;
mod define;
mod findings;
mod history;
pub mod letters;
pub mod lists;
mod programme;
mod refusals;
pub mod system;

pub use check::{CheckText, severity_word};
pub use count::{Noun, count, list, some_of};
pub use findings::finding_code;
pub use koonti_model::Lang;
pub use refusals::{Edited, Front, Refusal};
pub use system::{SystemCause, SystemReason};

/// A typed value worded as a sentence (or a few words) in a language.
pub trait Worded {
    /// The value in `lang`, as the person using koonti reads it.
    fn message(&self, lang: Lang) -> String;
}

/// A kind named in a few fixed words ("PDF-tiedosto, ei Excel-taulukko").
pub trait Words {
    /// The words in `lang`.
    fn words(self, lang: Lang) -> &'static str;
}

//! The engine's and the system's errors as [`Message`]s: what went wrong in
//! the user's words, naming the file, with the system's own text only as a
//! detail (never a temporary file's name).

use super::{Message, SystemReason};
use koonti_engine::{EngineError, Front, Lang};

/// The operating system's reason for `err`, typed so that each language
/// words it ([`SystemReason::of`]).
pub fn os_text(err: &std::io::Error) -> SystemReason {
    SystemReason::of(err)
}

/// An error of the engine, worded by the engine's own catalogue for the
/// command line.
pub fn engine_error(err: EngineError) -> Message {
    engine_error_at(err, Front::CommandLine)
}

/// [`engine_error`] for `front` (the exe's drops are told what to do
/// without options).
pub fn engine_error_at(err: EngineError, front: Front) -> Message {
    match err {
        // Kept as the command line's own: they name the file, and the
        // tests of `koonti compare` tell them apart.
        EngineError::NotStored { name } => Message::NotStored { file: name },
        EngineError::History(err) => Message::History(err),
        err => Message::Engine {
            texts: Box::new([Lang::Fi, Lang::Sv, Lang::En].map(|lang| err.message(lang, front))),
        },
    }
}

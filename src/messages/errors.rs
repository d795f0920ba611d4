//! The engine's and the system's errors as [`Message`]s: what went wrong in
//! the user's words, naming the file, with the system's own text only as a
//! detail (never a temporary file's name).

use super::Message;
use koonti_engine::{EngineError, Front, Lang};

/// The operating system's own text for `err`, without any path it carries
/// (tempfile adds the temporary file's name to its errors): the text of
/// the OS error code when there is one, else the error's kind.
pub fn os_text(err: &std::io::Error) -> String {
    match err.raw_os_error() {
        Some(code) => std::io::Error::from_raw_os_error(code).to_string(),
        None if err.kind() == std::io::ErrorKind::InvalidData => err.kind().to_string(),
        None => match err.get_ref() {
            // A custom error (tempfile's PathError) names a path: keep its kind.
            Some(_) => err.kind().to_string(),
            None => err.to_string(),
        },
    }
}

/// An error of the engine, worded by the engine's own catalogue for the
/// command line (and the exe, whose drops run the same merge).
pub fn engine_error(err: EngineError) -> Message {
    match err {
        // Kept as the command line's own: they name the file, and the
        // tests of `koonti compare` tell them apart.
        EngineError::NotStored { name } => Message::NotStored { file: name },
        EngineError::History(err) => Message::History(err),
        err => Message::Engine {
            texts: Box::new(
                [Lang::Fi, Lang::Sv, Lang::En].map(|lang| err.message(lang, Front::CommandLine)),
            ),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_system_text_never_carries_a_path() {
        let with_path = std::io::Error::new(
            std::io::ErrorKind::NotFound,
            "No such file or directory at path \"/tmp/.koonti-x1\"",
        );
        assert!(!os_text(&with_path).contains(".koonti-"));
        let raw = std::io::Error::from_raw_os_error(2);
        assert_eq!(os_text(&raw), raw.to_string());
    }
}

//! The engine's and the system's errors as [`Message`]s: what went wrong in
//! the user's words, naming the file, with the system's own text only as a
//! detail (never a temporary file's name).

use super::Message;
use koonti_engine::EngineError;
use koonti_engine::Lang;
use koonti_ingest::StoredError;
use koonti_model::StoredReportError;
use koonti_programme::{Misfit, ProgrammeError};

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

/// A programme definition that could not be loaded.
fn programme_error(err: ProgrammeError) -> Message {
    match err {
        ProgrammeError::Io { path, source } => {
            let file = path.display().to_string();
            if source.kind() == std::io::ErrorKind::InvalidData {
                Message::NotText { file }
            } else {
                Message::InputUnreadable {
                    file,
                    os: os_text(&source),
                }
            }
        }
        ProgrammeError::Parse { name, source } => {
            // toml's text draws the line with a caret over several lines:
            // keep where ("… at line 2, column 12") and what.
            let shown = source.to_string();
            let place = shown.lines().next().unwrap_or_default().trim().to_string();
            Message::ProgrammeNotToml {
                file: name,
                detail: format!("{place}: {}", source.message().trim()),
            }
        }
        ProgrammeError::Invalid { name, reason } => {
            Message::ProgrammeInvalid { file: name, reason }
        }
        ProgrammeError::Unknown { name, known } => Message::ProgrammeUnknown { name, known },
    }
}

/// An error of the engine.
pub fn engine_error(err: EngineError) -> Message {
    match err {
        EngineError::NoInputs => Message::NoSpreadsheets { paths: Vec::new() },
        EngineError::History(err) => Message::History(err),
        EngineError::Define(err) => Message::Define {
            texts: Box::new([Lang::Fi, Lang::Sv, Lang::En].map(|lang| err.message(lang))),
        },
        EngineError::Definition { name, problems } => Message::Definition { name, problems },
        EngineError::Serialise(detail) => Message::RenderFailed { detail },
        EngineError::NoProgrammeDetected { bundled } => Message::NoProgrammeDetected { bundled },
        EngineError::Programme(err) => programme_error(err),
        EngineError::Write(err) => Message::RenderFailed {
            detail: err.to_string(),
        },
        EngineError::Template(err) => Message::RenderFailed {
            detail: err.to_string(),
        },
        EngineError::Slides(err) => Message::RenderFailed {
            detail: err.to_string(),
        },
        EngineError::Zip(err) => Message::RenderFailed {
            detail: err.to_string(),
        },
        EngineError::Stored { name, source } => stored_error(name, *source),
        EngineError::WrongProgramme(misfit) => match *misfit {
            Misfit::Better {
                chosen,
                answers,
                hits,
            } => Message::WrongProgramme {
                chosen,
                answers,
                hits,
            },
            Misfit::Unknown { declared } => Message::UnknownDeclaredProgramme { declared },
        },
        EngineError::MixedPeriods(mixed) => Message::MixedPeriods {
            periods: mixed
                .periods
                .into_iter()
                .map(|(period, files)| (period.to_string(), files))
                .collect(),
        },
        EngineError::OwnWorkbooksOnly { files } => Message::OwnWorkbooksOnly { files },
        EngineError::EditedWorkbook { name, cells } => {
            Message::EditedWorkbook { file: name, cells }
        }
        EngineError::NotStored { name } => Message::NotStored { file: name },
    }
}

/// A stored report that could not be read: no report at all, or a broken one.
fn stored_error(file: String, err: StoredError) -> Message {
    match err {
        StoredError::Report(StoredReportError::NotJson(_) | StoredReportError::NotAReport(_)) => {
            Message::NotStored { file }
        }
        other => Message::StoredBroken {
            file,
            detail: other.to_string(),
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

//! What the operating system said went wrong, typed so that each language
//! words it: the system's own text is English (or the Windows language),
//! never shown in Finnish or Swedish messages.

/// What kind of failure the system reported, as far as koonti words it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum SystemCause {
    /// The file or folder does not exist.
    NotFound,
    /// The user may not read or write it.
    Denied,
    /// Another program holds the file (Excel keeping it open on Windows).
    InUse,
    /// The disk is full.
    Full,
    /// A part of the path is a file, not a folder.
    NotAFolder,
    /// The disk or share is read-only.
    ReadOnly,
    /// Anything else: worded only in English, by the system's text.
    #[default]
    Other,
}

/// The system's reason for a failure: its kind, and its own text (for the
/// English message and for developers).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct SystemReason {
    /// What kind of failure it was.
    pub cause: SystemCause,
    /// The system's own text, without any path.
    pub text: String,
}

impl SystemReason {
    /// The reason `err` gives, without any path it carries (tempfile adds
    /// the temporary file's name to its errors): the text of the OS error
    /// code when there is one, else the error's kind.
    pub fn of(err: &std::io::Error) -> SystemReason {
        let text = match err.raw_os_error() {
            Some(code) => std::io::Error::from_raw_os_error(code).to_string(),
            None if err.kind() == std::io::ErrorKind::InvalidData => err.kind().to_string(),
            None => match err.get_ref() {
                // A custom error (tempfile's PathError) names a path: keep its kind.
                Some(_) => err.kind().to_string(),
                None => err.to_string(),
            },
        };
        SystemReason {
            cause: cause(err),
            text,
        }
    }

    /// The reason whose text is `text`, as Rust words an OS error (a failed
    /// `print!` or the engine's listing say only that): its cause is found
    /// by the OS error code that words it so; otherwise it is
    /// [`SystemCause::Other`].
    pub fn from_text(text: &str) -> SystemReason {
        (1..=300)
            .map(std::io::Error::from_raw_os_error)
            .find(|err| err.to_string() == text)
            .map(|err| SystemReason::of(&err))
            .unwrap_or_else(|| SystemReason {
                cause: SystemCause::Other,
                text: text.to_string(),
            })
    }
}

fn cause(err: &std::io::Error) -> SystemCause {
    use std::io::ErrorKind as K;
    match err.kind() {
        K::NotFound => SystemCause::NotFound,
        K::PermissionDenied => SystemCause::Denied,
        K::StorageFull => SystemCause::Full,
        K::NotADirectory => SystemCause::NotAFolder,
        K::ReadOnlyFilesystem => SystemCause::ReadOnly,
        K::ResourceBusy => SystemCause::InUse,
        // ERROR_SHARING_VIOLATION and ERROR_LOCK_VIOLATION: a workbook
        // open in Excel on Windows.
        _ if cfg!(windows) && matches!(err.raw_os_error(), Some(32 | 33)) => SystemCause::InUse,
        _ => SystemCause::Other,
    }
}

/// The reason in parentheses after a Finnish message; nothing when the
/// system's text is all there is (it would be English).
pub fn fi(reason: &SystemReason) -> &'static str {
    match reason.cause {
        SystemCause::NotFound => " (tiedostoa tai kansiota ei löydy)",
        SystemCause::Denied => " (ei käyttöoikeutta)",
        SystemCause::InUse => " (toinen ohjelma käyttää tiedostoa; sulje se ensin)",
        SystemCause::Full => " (levy on täynnä)",
        SystemCause::NotAFolder => " (polun osa on tiedosto eikä kansio)",
        SystemCause::ReadOnly => " (levylle ei voi kirjoittaa)",
        SystemCause::Other => "",
    }
}

/// The reason in parentheses after a Swedish message; as [`fi`].
pub fn sv(reason: &SystemReason) -> &'static str {
    match reason.cause {
        SystemCause::NotFound => " (filen eller mappen finns inte)",
        SystemCause::Denied => " (behörighet saknas)",
        SystemCause::InUse => " (ett annat program använder filen; stäng det först)",
        SystemCause::Full => " (disken är full)",
        SystemCause::NotAFolder => " (en del av sökvägen är en fil, inte en mapp)",
        SystemCause::ReadOnly => " (det går inte att skriva på disken)",
        SystemCause::Other => "",
    }
}

/// The reason in parentheses after an English message: the system's text.
pub fn en(reason: &SystemReason) -> String {
    if reason.text.is_empty() {
        String::new()
    } else {
        format!(" ({})", reason.text)
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
        let reason = SystemReason::of(&with_path);
        assert!(!reason.text.contains(".koonti-"));
        assert_eq!(reason.cause, SystemCause::NotFound);
        let raw = std::io::Error::from_raw_os_error(2);
        assert_eq!(SystemReason::of(&raw).text, raw.to_string());
    }

    #[test]
    fn a_reason_known_only_by_its_text_keeps_its_cause() {
        let denied =
            std::io::Error::from_raw_os_error(if cfg!(windows) { 5 } else { 13 }).to_string();
        assert_eq!(SystemReason::from_text(&denied).cause, SystemCause::Denied);
        let odd = SystemReason::from_text("something odd");
        assert_eq!(odd.cause, SystemCause::Other);
        assert_eq!(fi(&odd), "");
        assert_eq!(sv(&odd), "");
        assert_eq!(en(&odd), " (something odd)");
    }
}

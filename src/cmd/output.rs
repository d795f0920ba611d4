//! What an output file name asks for: the format follows the extension, and
//! an extension koonti cannot write is a bad argument (exit 2), never an
//! xlsx under another name.

use super::Failure;
use crate::messages::{Message, OutputKind};
use std::path::Path;

/// A format koonti writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// An Excel workbook (`.xlsx`).
    Xlsx,
    /// The JSON report (`.json`).
    Json,
    /// A self-contained HTML page (`.html`, `.htm`).
    Html,
    /// A presentation (`.pptx`).
    Pptx,
}

impl Format {
    fn of_extension(extension: &str) -> Option<Format> {
        match extension.to_ascii_lowercase().as_str() {
            "xlsx" => Some(Format::Xlsx),
            "json" => Some(Format::Json),
            "html" | "htm" => Some(Format::Html),
            "pptx" => Some(Format::Pptx),
            _ => None,
        }
    }

    fn kind(self) -> OutputKind {
        match self {
            Format::Xlsx => OutputKind::Xlsx,
            Format::Json => OutputKind::Json,
            Format::Html => OutputKind::Html,
            Format::Pptx => OutputKind::Pptx,
        }
    }
}

/// The format `path` (given with `option`) names, if it is one of `allowed`.
pub fn format_of(path: &Path, option: &str, allowed: &[Format]) -> Result<Format, Failure> {
    let extension = path.extension().and_then(|e| e.to_str());
    match extension.and_then(Format::of_extension) {
        Some(format) if allowed.contains(&format) => Ok(format),
        _ => Err(Failure::BadArgument(Message::BadExtension {
            option: option.to_string(),
            file: path.display().to_string(),
            asked: extension.map(str::to_string),
            allowed: allowed.iter().map(|f| f.kind()).collect(),
        })),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_extension_decides_and_unknown_ones_are_refused() {
        let both = [Format::Xlsx, Format::Json];
        let of = |name: &str| format_of(Path::new(name), "-o", &both);
        assert_eq!(of("koonti.xlsx").ok(), Some(Format::Xlsx));
        assert_eq!(of("KOONTI.JSON").ok(), Some(Format::Json));
        for bad in ["koonti.pdf", "koonti.csv", "koonti", "liite.html"] {
            match of(bad) {
                Err(Failure::BadArgument(message)) => {
                    let message = message.text(koonti_engine::Lang::En);
                    assert!(
                        message.contains(".xlsx") && message.contains(".json"),
                        "{message}"
                    )
                }
                _ => panic!("{bad} accepted"),
            }
        }
    }
}

//! What a file really is, decided from its bytes, and the limits that keep
//! a hostile file from exhausting memory.
use koonti_model::{FileProblem, FindingCode, Limit};
use std::fmt;
use std::io::Cursor;
#[cfg(not(target_arch = "wasm32"))]
use std::path::Path;
use std::path::PathBuf;

/// Limits on what one input may cost. The defaults fit a response workbook
/// with a wide margin (a real one is tens of kilobytes and a few hundred
/// cells) and keep a merge of a thousand hostile files within memory.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limits {
    /// Largest input file read at all, in bytes (default 64 MiB).
    pub max_file_bytes: u64,
    /// Largest total the zip entries of an xlsx/ods may claim once
    /// uncompressed (default 256 MiB): a zip bomb is refused before it is
    /// inflated.
    pub max_uncompressed_bytes: u64,
    /// Most non-empty cells read from one sheet (default 100,000; a
    /// response has hundreds). Past it a sheet is read in part: its cells
    /// up to the limit, in the order the file stores them, the rest counted
    /// ([`crate::Workbook::cut`], a `cells_not_read` finding). A sheet is
    /// limited by its cells, never by the area they span.
    pub max_cells: usize,
    /// Most non-empty cells read from one workbook, all its sheets together
    /// (default 150,000): a file of many large sheets is read sheet by
    /// sheet up to it, and the cells of the sheets past it counted
    /// ([`crate::CutBy::File`], a `file_cells_not_read` finding). Every
    /// cell of a file that is no response is listed as unmatched, in the
    /// JSON and on a sheet of the committee workbook, at about 2 KiB a
    /// cell in all: this keeps the merge of any one file within 512 MiB.
    pub max_file_cells: usize,
    /// Most grid cells calamine may lay out for the sheets of an .xls or
    /// .ods, which it fills over the area between a sheet's first and last
    /// cell (default 2,000,000: about 200 MiB at worst).
    pub max_grid_cells: u64,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            max_file_bytes: 64 << 20,
            max_uncompressed_bytes: 256 << 20,
            max_cells: 100_000,
            max_file_cells: 150_000,
            max_grid_cells: 2_000_000,
        }
    }
}

pub use koonti_model::FileKind;

/// Why a workbook could not be read.
#[derive(Debug)]
pub enum ReadError {
    /// The file could not be read from disk.
    Io {
        /// The file.
        path: PathBuf,
        /// What the system said.
        source: std::io::Error,
    },
    /// The file is something other than a workbook.
    NotAWorkbook {
        /// The file.
        path: PathBuf,
        /// What its bytes say it is.
        kind: FileKind,
    },
    /// The file exceeds a [`Limits`] value; `what` says which, in Finnish.
    TooLarge {
        /// The file.
        path: PathBuf,
        /// Which limit, and by how much.
        limit: Limit,
    },
    /// calamine could not open the workbook (corrupt or unsupported).
    Open {
        /// The file.
        path: PathBuf,
        /// calamine's reason.
        source: calamine::Error,
    },
    /// One sheet could not be read.
    Sheet {
        /// The file.
        path: PathBuf,
        /// The sheet's name.
        sheet: String,
        /// calamine's reason.
        source: calamine::Error,
    },
    /// The reader failed inside (a panic caught at the file's boundary).
    Internal {
        /// The file.
        path: PathBuf,
        /// The panic's message.
        message: String,
    },
}

impl ReadError {
    /// The same error about another path (the file on disk rather than
    /// its display name).
    #[cfg(not(target_arch = "wasm32"))]
    pub(crate) fn at(self, file: &Path) -> ReadError {
        let path = file.to_path_buf();
        match self {
            ReadError::Io { source, .. } => ReadError::Io { path, source },
            ReadError::NotAWorkbook { kind, .. } => ReadError::NotAWorkbook { path, kind },
            ReadError::TooLarge { limit, .. } => ReadError::TooLarge { path, limit },
            ReadError::Open { source, .. } => ReadError::Open { path, source },
            ReadError::Sheet { sheet, source, .. } => ReadError::Sheet {
                path,
                sheet,
                source,
            },
            ReadError::Internal { message, .. } => ReadError::Internal { path, message },
        }
    }

    /// The finding this error is for the committee secretary (without the
    /// file name, which findings carry separately).
    pub fn finding_code(&self) -> FindingCode {
        let problem = match self {
            ReadError::TooLarge { limit, .. } => {
                return FindingCode::FileTooLarge {
                    limit: limit.clone(),
                };
            }
            ReadError::Io { source, .. } => FileProblem::Io {
                detail: source.to_string(),
            },
            ReadError::NotAWorkbook { kind, .. } => FileProblem::NotAWorkbook { file_kind: *kind },
            ReadError::Open { source, .. } => FileProblem::Open {
                detail: source.to_string(),
            },
            ReadError::Sheet { sheet, source, .. } => FileProblem::Sheet {
                sheet: sheet.clone(),
                detail: source.to_string(),
            },
            ReadError::Internal { message, .. } => FileProblem::Internal {
                detail: message.clone(),
            },
        };
        FindingCode::UnreadableFile { problem }
    }
}

impl fmt::Display for ReadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ReadError::Io { path, source } => write!(f, "{}: {source}", path.display()),
            ReadError::NotAWorkbook { path, kind } => {
                write!(f, "{}: not a workbook ({kind:?})", path.display())
            }
            ReadError::TooLarge { path, limit } => {
                write!(f, "{}: too large ({limit:?})", path.display())
            }
            ReadError::Open { path, source } => write!(f, "{}: {source}", path.display()),
            ReadError::Sheet {
                path,
                sheet,
                source,
            } => write!(f, "{}, sheet {sheet:?}: {source}", path.display()),
            ReadError::Internal { path, message } => {
                write!(f, "{}: reader failed: {message}", path.display())
            }
        }
    }
}

impl std::error::Error for ReadError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            ReadError::Io { source, .. } => Some(source),
            ReadError::Open { source, .. } | ReadError::Sheet { source, .. } => Some(source),
            ReadError::NotAWorkbook { .. }
            | ReadError::TooLarge { .. }
            | ReadError::Internal { .. } => None,
        }
    }
}

/// The compound-file (OLE2) signature of .xls files and of encrypted
/// Office Open XML files.
const CFB_MAGIC: [u8; 8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

/// Decides what `bytes` are. A zip whose entries claim more than the
/// limit once uncompressed is refused (`Err` says why).
pub fn sniff(bytes: &[u8], limits: &Limits) -> Result<FileKind, Limit> {
    sniff_keeping_zip(bytes, limits).map(|(kind, _)| kind)
}

/// A zip package as [`sniff`] opened it, to read a part from without
/// parsing its directory again.
pub(crate) type SniffedZip<'b> = zip::ZipArchive<Cursor<&'b [u8]>>;

/// [`sniff`], with the zip package it opened (for a kind read from a zip).
pub(crate) fn sniff_keeping_zip<'b>(
    bytes: &'b [u8],
    limits: &Limits,
) -> Result<(FileKind, Option<SniffedZip<'b>>), Limit> {
    if bytes.is_empty() {
        return Ok((FileKind::Empty, None));
    }
    if bytes.starts_with(b"PK\x03\x04") || bytes.starts_with(b"PK\x05\x06") {
        return sniff_zip(bytes, limits);
    }
    sniff_other(bytes).map(|kind| (kind, None))
}

/// [`sniff`] of what is no zip package.
fn sniff_other(bytes: &[u8]) -> Result<FileKind, Limit> {
    if bytes.starts_with(&CFB_MAGIC) {
        return Ok(sniff_cfb(bytes));
    }
    if bytes.starts_with(b"%PDF") {
        return Ok(FileKind::Pdf);
    }
    if is_image(bytes) {
        return Ok(FileKind::Image);
    }
    Ok(sniff_text(bytes))
}

fn sniff_zip<'b>(
    bytes: &'b [u8],
    limits: &Limits,
) -> Result<(FileKind, Option<SniffedZip<'b>>), Limit> {
    let Ok(mut archive) = zip::ZipArchive::new(Cursor::new(bytes)) else {
        return Ok((FileKind::CorruptZip, None));
    };
    let mut total: u64 = 0;
    let mut names = Vec::with_capacity(archive.len());
    for i in 0..archive.len() {
        let Ok(entry) = archive.by_index_raw(i) else {
            return Ok((FileKind::CorruptZip, None));
        };
        total = total.saturating_add(entry.size());
        names.push(entry.name().map(|n| n.to_string()).unwrap_or_default());
    }
    if total > limits.max_uncompressed_bytes {
        return Err(Limit::Unpacked {
            packed: bytes.len() as u64,
            unpacked: total,
            max: limits.max_uncompressed_bytes,
        });
    }
    // Declared sizes are enough: the zip reader stops an entry that
    // inflates past its declared size ("File is larger than its declared
    // uncompressed size"), so calamine never holds more than this.
    let has = |name: &str| names.iter().any(|n| n.eq_ignore_ascii_case(name));
    let kind = if has("xl/workbook.xml") {
        FileKind::Xlsx
    } else if has("xl/workbook.bin") {
        FileKind::Xlsb
    } else if has("content.xml") && has("mimetype") {
        FileKind::Ods
    } else if has("word/document.xml") {
        FileKind::Word
    } else {
        FileKind::OtherZip
    };
    Ok((kind, Some(archive)))
}

/// An OLE2 file is an .xls, an encrypted OOXML file (its streams are named
/// EncryptionInfo and EncryptedPackage) or a Word 97 document. The
/// container's own streams decide first: an .xls with a Word document
/// embedded in it (an OLE object) has a Workbook stream at its root and the
/// WordDocument only inside the object's storage.
fn sniff_cfb(bytes: &[u8]) -> FileKind {
    if let Some(ole) = crate::ole::Ole::open(bytes) {
        if ole.has_root_stream("EncryptedPackage") {
            return FileKind::Encrypted;
        }
        if ole.has_root_stream("Workbook") || ole.has_root_stream("Book") {
            return FileKind::Xls;
        }
        if ole.has_root_stream("WordDocument") {
            return FileKind::Word;
        }
        if ole.has_root_stream(OUTLOOK_PROPERTIES) {
            return FileKind::OutlookMessage;
        }
    }
    sniff_cfb_bytes(bytes)
}

/// The container could not be opened: its names, searched in its bytes.
fn sniff_cfb_bytes(bytes: &[u8]) -> FileKind {
    let utf16 = |name: &str| {
        name.encode_utf16()
            .flat_map(u16::to_le_bytes)
            .collect::<Vec<u8>>()
    };
    let contains = |needle: &[u8]| bytes.windows(needle.len()).any(|w| w == needle);
    if contains(&utf16("EncryptedPackage")) {
        FileKind::Encrypted
    } else if contains(&utf16("WordDocument")) {
        FileKind::Word
    } else if contains(&utf16(OUTLOOK_PROPERTIES)) {
        FileKind::OutlookMessage
    } else {
        FileKind::Xls
    }
}

/// The stream every Outlook message (.msg) holds at its root.
const OUTLOOK_PROPERTIES: &str = "__properties_version1.0";

/// A picture, by its format's signature: PNG, JPEG, GIF, BMP, TIFF, and
/// the ISO media formats (HEIC, AVIF) and WebP phones and screenshots make.
fn is_image(bytes: &[u8]) -> bool {
    const SIGNATURES: [&[u8]; 7] = [
        b"\x89PNG",
        b"\xFF\xD8\xFF",
        b"GIF87a",
        b"GIF89a",
        b"II*\x00",
        b"MM\x00*",
        b"BM",
    ];
    let iso_media = bytes.len() > 12
        && &bytes[4..8] == b"ftyp"
        && [&b"heic"[..], b"heix", b"mif1", b"avif", b"msf1"].contains(&&bytes[8..12]);
    let webp = bytes.len() > 12 && bytes.starts_with(b"RIFF") && &bytes[8..12] == b"WEBP";
    // "BM" alone is two letters a text file may begin with: a bitmap's
    // header follows it with its size and two reserved zero words.
    let bitmap = |sig: &[u8]| sig != b"BM" || (bytes.len() > 14 && bytes[6..10] == [0, 0, 0, 0]);
    iso_media
        || webp
        || SIGNATURES
            .iter()
            .any(|sig| bytes.starts_with(sig) && bitmap(sig))
}

/// An e-mail saved as a file (.eml): a block of header lines that names
/// the sender and the message's date, subject or MIME version.
fn is_email(text: &str) -> bool {
    let head = text.split("\n\n").next().unwrap_or_default();
    // Header names, without the folded lines that continue one.
    let names: Vec<String> = head
        .lines()
        .filter(|line| !line.starts_with([' ', '\t']))
        .map(|line| match line.split_once(':') {
            Some((name, _)) if !name.is_empty() && !name.contains(' ') => name.to_ascii_lowercase(),
            _ => String::new(),
        })
        .collect();
    let has = |name: &str| names.iter().any(|n| n == name);
    names.first().is_some_and(|n| !n.is_empty())
        && has("from")
        && (has("date") || has("subject") || has("mime-version"))
}

fn sniff_text(bytes: &[u8]) -> FileKind {
    let head = &bytes[..bytes.len().min(4096)];
    let text = String::from_utf8_lossy(head);
    let start = text
        .trim_start_matches('\u{feff}')
        .trim_start()
        .to_ascii_lowercase();
    if [
        "<!doctype html",
        "<html",
        "<table",
        "<?xml",
        "<head",
        "<meta",
    ]
    .iter()
    .any(|t| start.starts_with(t))
    {
        return FileKind::Html;
    }
    if is_email(&text.replace("\r\n", "\n")) {
        return FileKind::Email;
    }
    let printable = text
        .chars()
        .filter(|c| !c.is_control() || c.is_whitespace())
        .count();
    if printable * 10 >= text.chars().count() * 9 {
        FileKind::Text
    } else {
        FileKind::Unknown
    }
}

#[cfg(test)]
mod tests;

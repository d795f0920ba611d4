//! What a finding's code carries about a file that could not be read
//! whole: the problem, the limit passed, the kinds of sheet and file, and
//! the reader's fault.
use serde::{Deserialize, Serialize};

/// Why a file could not be read as a workbook.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum FileProblem {
    /// The file could not be read from disk.
    Io {
        /// The system's reason.
        detail: String,
    },
    /// The bytes are something else than a workbook.
    NotAWorkbook {
        /// What they are.
        file_kind: FileKind,
    },
    /// The workbook could not be opened (corrupt or unsupported).
    Open {
        /// The reader's reason.
        detail: String,
    },
    /// One sheet could not be read.
    Sheet {
        /// The sheet.
        sheet: String,
        /// The reader's reason.
        detail: String,
    },
    /// The reader failed inside.
    Internal {
        /// The reader's reason.
        detail: String,
    },
}

/// Which safety limit a file passed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Limit {
    /// The file itself is too large.
    FileBytes {
        /// Its size in bytes.
        size: u64,
        /// The limit in bytes.
        max: u64,
    },
    /// The packed file unpacks to too much.
    Unpacked {
        /// The packed size in bytes.
        packed: u64,
        /// The declared unpacked size in bytes.
        unpacked: u64,
        /// The limit in bytes.
        max: u64,
    },
    /// A sheet has too many cells.
    Cells {
        /// The sheet.
        sheet: String,
        /// The limit in cells.
        max: u64,
    },
    /// The reader would lay out a grid over the area between a sheet's
    /// cells (xls, ods), larger than memory allows.
    Grid {
        /// The largest sheet.
        sheet: String,
        /// Its rows, first to last cell.
        rows: u64,
        /// Its columns, first to last cell.
        cols: u64,
        /// The limit, in grid cells over the whole workbook.
        max: u64,
    },
}

/// A sheet of a workbook that is no worksheet.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SheetKind {
    /// A chart on a sheet of its own.
    Chart,
    /// An Excel 4 macro sheet.
    Macro,
    /// An Excel 5 dialog sheet.
    Dialog,
    /// A Visual Basic module sheet.
    Vba,
}

/// What a file's bytes say it is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FileKind {
    /// Office Open XML workbook (.xlsx, .xlsm).
    Xlsx,
    /// Excel binary workbook (.xlsb).
    Xlsb,
    /// OpenDocument spreadsheet (.ods).
    Ods,
    /// Excel 97–2003 workbook (.xls).
    Xls,
    /// A password-protected (encrypted) Office file.
    Encrypted,
    /// A Word document (.docx or .doc).
    Word,
    /// A zip archive that is no workbook.
    OtherZip,
    /// A zip archive that cannot be opened (truncated or corrupt).
    CorruptZip,
    /// A PDF document.
    Pdf,
    /// An HTML page (survey tools export these as "xls").
    Html,
    /// Plain text or CSV.
    Text,
    /// A 0-byte file.
    Empty,
    /// Anything else.
    Unknown,
    // --- issue 21: every input accounted for ---
    /// A picture (PNG, JPEG, GIF, BMP, TIFF, HEIC, WebP).
    Image,
    /// An e-mail saved as a file (.eml) that holds no spreadsheet.
    Email,
    /// An Outlook message (.msg): its attachments are saved from Outlook.
    OutlookMessage,
    /// An Excel lock file (`~$…`), which Excel leaves beside an open
    /// workbook: told by its name, never read.
    ExcelLock,
    /// A workbook without a single filled cell (a new workbook saved as it
    /// was).
    EmptyWorkbook,
}

/// What is wrong with a file the reader could not open, told from the
/// reader's own (English) text: the secretary reads these words, and the
/// reader's text stays in the JSON (`detail`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReaderFault {
    /// The container of an old Excel file (.xls, OLE) is broken.
    Container,
    /// The content (XML) is broken or incomplete.
    Content,
    /// The zip packing of an .xlsx or .ods is broken.
    Package,
    /// The file ends too early.
    CutShort,
}

impl ReaderFault {
    /// The fault the reader's `detail` names, when it names one koonti
    /// knows (calamine, zip, quick-xml and the OLE reader).
    pub fn of(detail: &str) -> Option<Self> {
        let said = detail.to_lowercase();
        let says = |words: &[&str]| words.iter().any(|w| said.contains(w));
        if says(&["cfb", "ole container", "sector", "xls error"]) {
            Some(ReaderFault::Container)
        } else if says(&["xml", "tag not closed", "attribute", "utf-8", "utf8"]) {
            Some(ReaderFault::Content)
        } else if says(&["zip", "archive", "central directory", "deflate", "crc"]) {
            Some(ReaderFault::Package)
        } else if says(&["eof", "unexpected end", "truncated", "too short"]) {
            Some(ReaderFault::CutShort)
        } else {
            None
        }
    }
}

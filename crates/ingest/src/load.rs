//! A workbook file read from disk in two steps: its bytes loaded (with
//! their size, time and SHA-256), then read into cells. Between the two a
//! merge can tell from the digest that the file is a byte-for-byte copy of
//! one it reads anyway, and pass over reading it.
use crate::sniff::{Limits, ReadError};
use crate::workbook::{Workbook, read_bytes};
use koonti_model::Timestamp;
use std::path::{Path, PathBuf};

/// Opens `path` and reads the non-empty cells of every sheet. `display` is
/// the name the file goes by in outputs. The format is decided by the
/// file's content, not its name: an "xls" that is really an xlsx is read,
/// and an "xlsx" that is really a PDF, a Word file or HTML is named as such.
pub fn open(path: &Path, display: &str) -> Result<Workbook, ReadError> {
    open_with(path, display, &Limits::default())
}

/// [`open`] with explicit limits.
pub fn open_with(path: &Path, display: &str, limits: &Limits) -> Result<Workbook, ReadError> {
    load(path, limits)?.read(display, limits)
}

/// A file's bytes as [`load`] read them, not yet read as a workbook.
#[derive(Debug)]
pub struct Loaded {
    path: PathBuf,
    bytes: Vec<u8>,
    /// The size the file system gave (the limit was checked against it).
    size: u64,
    file_time: Option<Timestamp>,
    sha256: String,
}

/// Reads the bytes of the file at `path`, refusing one larger than
/// [`Limits::max_file_bytes`] before reading it.
pub fn load(path: &Path, limits: &Limits) -> Result<Loaded, ReadError> {
    let io_error = |source| ReadError::Io {
        path: path.to_path_buf(),
        source,
    };
    // One open for the size, the time and the bytes: a thousand files
    // opened and looked up twice each were a per cent of a large merge.
    let mut file = std::fs::File::open(path).map_err(io_error)?;
    let metadata = file.metadata().map_err(io_error)?;
    let size = metadata.len();
    if size > limits.max_file_bytes {
        return Err(ReadError::TooLarge {
            path: path.to_path_buf(),
            limit: koonti_model::Limit::FileBytes {
                size,
                max: limits.max_file_bytes,
            },
        });
    }
    let mut bytes = Vec::with_capacity(usize::try_from(size).unwrap_or(0));
    std::io::Read::read_to_end(&mut file, &mut bytes).map_err(io_error)?;
    Ok(Loaded {
        path: path.to_path_buf(),
        size,
        file_time: metadata.modified().ok().and_then(crate::time::file_time),
        sha256: crate::digest::bytes_digest(&bytes),
        bytes,
    })
}

impl Loaded {
    /// The SHA-256 of the bytes, as [`crate::bytes_digest`] gives it.
    pub fn sha256(&self) -> &str {
        &self.sha256
    }

    /// The size of the file in bytes.
    pub fn size(&self) -> u64 {
        self.size
    }

    /// Reads the bytes as a workbook shown as `display` (errors name the
    /// file on disk); the document's modified time, else the file's.
    pub fn read(self, display: &str, limits: &Limits) -> Result<Workbook, ReadError> {
        let path = self.path;
        let mut workbook = read_bytes(self.bytes, display, limits).map_err(|e| e.at(&path))?;
        workbook.sha256 = self.sha256;
        workbook.size = self.size;
        if workbook.modified.is_none() {
            workbook.modified = self.file_time;
        }
        Ok(workbook)
    }
}

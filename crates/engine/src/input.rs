//! One file to merge: a name and its bytes, or (not on wasm) a path whose
//! bytes are read only when the file's turn comes.
use koonti_ingest::{Limits, ReadError, Workbook};
use koonti_model::{Limit, Timestamp};
#[cfg(not(target_arch = "wasm32"))]
use std::path::{Path, PathBuf};

/// File endings koonti reads (in a folder, other files are passed over).
pub const SPREADSHEET_EXTENSIONS: &[&str] = &["xlsx", "xlsm", "xls", "xlsb", "ods"];

/// One input file of a merge.
#[derive(Debug, Clone)]
pub struct Input {
    /// The name the file goes by in outputs and findings (e.g. its path
    /// relative to the folder it was found in).
    pub name: String,
    data: Data,
    /// The file's own modified time for bytes from memory (a browser's
    /// `File.lastModified`): used, as on disk, when the document records
    /// none.
    file_time: Option<Timestamp>,
}

#[derive(Debug, Clone)]
enum Data {
    Bytes(Vec<u8>),
    #[cfg(not(target_arch = "wasm32"))]
    Path(PathBuf),
}

impl Input {
    /// A file already in memory (an upload in the browser).
    ///
    /// ```
    /// let input = koonti_engine::Input::from_bytes("Hallintopalvelut.xlsx", vec![0x50, 0x4b]);
    /// assert_eq!(input.name, "Hallintopalvelut.xlsx");
    /// ```
    pub fn from_bytes(name: impl Into<String>, bytes: Vec<u8>) -> Self {
        Input {
            name: name.into(),
            data: Data::Bytes(bytes),
            file_time: None,
        }
    }

    /// The file's modified time (as a file system or a browser's
    /// `File.lastModified` gives it), used when the document records none:
    /// of two files of one unit the newer is used.
    ///
    /// ```
    /// use koonti_engine::Input;
    /// let time = koonti_engine::Timestamp::from_unix(1_714_550_400, 0);
    /// let input = Input::from_bytes("a.xlsx", Vec::new()).with_file_time(time);
    /// assert_eq!(input.name, "a.xlsx");
    /// ```
    pub fn with_file_time(mut self, time: Timestamp) -> Self {
        self.file_time = Some(time);
        self
    }

    /// A file on disk, shown as `shown`; read when its turn comes, so a
    /// merge of a thousand files never holds them all in memory. Not on
    /// wasm.
    #[cfg(not(target_arch = "wasm32"))]
    pub fn from_path(path: impl Into<PathBuf>, shown: impl Into<String>) -> Self {
        Input {
            name: shown.into(),
            data: Data::Path(path.into()),
            file_time: None,
        }
    }

    /// The file on disk, for an input made by [`Input::from_path`].
    #[cfg(not(target_arch = "wasm32"))]
    pub fn path(&self) -> Option<&Path> {
        match &self.data {
            Data::Path(path) => Some(path),
            Data::Bytes(_) => None,
        }
    }

    /// The file's modified time as given with [`Input::with_file_time`].
    pub(crate) fn file_time(&self) -> Option<Timestamp> {
        self.file_time
    }

    /// The file's bytes (read from disk for a path).
    pub(crate) fn load(&self) -> std::io::Result<Vec<u8>> {
        match &self.data {
            Data::Bytes(bytes) => Ok(bytes.clone()),
            #[cfg(not(target_arch = "wasm32"))]
            Data::Path(path) => std::fs::read(path),
        }
    }

    /// The file's own name: the last part of its shown name (after a
    /// folder or the archive it came in).
    pub(crate) fn file_name(&self) -> &str {
        let name = self
            .name
            .rsplit(crate::unpack::INSIDE)
            .next()
            .unwrap_or_default();
        name.rsplit(['/', '\\']).next().unwrap_or(name)
    }

    /// The ending of the file's name, lower case ("" when it has none).
    pub(crate) fn extension(&self) -> String {
        self.file_name()
            .rsplit_once('.')
            .map(|(_, ext)| ext.to_ascii_lowercase())
            .unwrap_or_default()
    }

    /// Reads the workbook, and gives the file's SHA-256 and size whenever
    /// they could be had, also when the workbook could not be read.
    #[cfg(test)]
    pub(crate) fn read(self, limits: &Limits) -> (Result<Workbook, ReadError>, Option<Digest>) {
        match self.read_unless(limits, &|_| false) {
            (Some(read), digest) => (read, digest),
            (None, _) => unreachable!("no file is a copy here"),
        }
    }

    /// [`Input::read`] unless `is_copy` says, from the file's digest, that
    /// it is a copy not to read (then `None`, and the digest).
    pub(crate) fn read_unless(
        self,
        limits: &Limits,
        is_copy: &dyn Fn(&Digest) -> bool,
    ) -> (Option<Result<Workbook, ReadError>>, Option<Digest>) {
        match self.data {
            Data::Bytes(bytes) => {
                let (read, digest) = read_bytes(bytes, &self.name, limits, is_copy);
                let read = read.map(|read| {
                    read.map(|mut workbook| {
                        if workbook.modified.is_none() {
                            workbook.modified = self.file_time;
                        }
                        workbook
                    })
                });
                (read, digest)
            }
            #[cfg(not(target_arch = "wasm32"))]
            Data::Path(path) => match koonti_ingest::load(&path, limits) {
                Ok(loaded) => {
                    let digest = (loaded.sha256().to_string(), loaded.size());
                    if is_copy(&digest) {
                        return (None, Some(digest));
                    }
                    (Some(loaded.read(&self.name, limits)), Some(digest))
                }
                // Hashed apart, in blocks: a file too large to read whole.
                Err(err) => (Some(Err(err)), koonti_ingest::file_digest(&path).ok()),
            },
        }
    }
}

/// True for a file the system keeps beside the user's files, no return
/// and not worth a line: hidden files (`.…`, also in a folder on the
/// way), a Mac's `__MACOSX` copies in a zip, and Windows' `Thumbs.db` and
/// `desktop.ini`. `path` is `/`- or `\`-separated.
pub fn is_system_file(path: &str) -> bool {
    let parts: Vec<&str> = path.split(['/', '\\']).filter(|p| !p.is_empty()).collect();
    let name = parts
        .last()
        .copied()
        .unwrap_or_default()
        .to_ascii_lowercase();
    parts
        .iter()
        .any(|part| part.starts_with('.') || *part == "__MACOSX")
        || name == "thumbs.db"
        || name == "desktop.ini"
}

/// True for an Excel lock file (`~$…`), which Excel keeps beside a
/// workbook while it is open: listed as skipped, never read.
pub fn is_lock_file(name: &str) -> bool {
    name.rsplit(['/', '\\'])
        .next()
        .is_some_and(|n| n.starts_with("~$"))
}

/// SHA-256 (hex) and size in bytes.
pub(crate) type Digest = (String, u64);

fn read_bytes(
    bytes: Vec<u8>,
    name: &str,
    limits: &Limits,
    is_copy: &dyn Fn(&Digest) -> bool,
) -> (Option<Result<Workbook, ReadError>>, Option<Digest>) {
    let size = bytes.len() as u64;
    let digest = (koonti_ingest::bytes_digest(&bytes), size);
    if size > limits.max_file_bytes {
        let err = ReadError::TooLarge {
            path: name.into(),
            limit: Limit::FileBytes {
                size,
                max: limits.max_file_bytes,
            },
        };
        return (Some(Err(err)), Some(digest));
    }
    if is_copy(&digest) {
        return (None, Some(digest));
    }
    let read = koonti_ingest::read_bytes(bytes, name, limits).map(|mut workbook| {
        workbook.sha256 = digest.0.clone();
        workbook.size = size;
        workbook
    });
    (Some(read), Some(digest))
}

/// An input argument that could not be used (it does not exist, or a
/// folder cannot be listed); it becomes an error finding of the merge.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InputProblem {
    /// The argument as given.
    pub name: String,
    /// Why it could not be used.
    pub reason: String,
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A file read from disk and the same bytes from memory are one and
    /// the same input: cells, digest and size.
    #[cfg(not(target_arch = "wasm32"))]
    #[test]
    fn bytes_and_paths_read_alike() {
        let path = concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../../samples/siun-sote-2024/Pelastuslaitos.xlsx"
        );
        let bytes = std::fs::read(path).expect("sample");
        let limits = Limits::default();
        let (from_path, path_digest) = Input::from_path(path, "P.xlsx").read(&limits);
        let (from_bytes, bytes_digest) = Input::from_bytes("P.xlsx", bytes).read(&limits);
        let (from_path, from_bytes) = (from_path.expect("read"), from_bytes.expect("read"));
        assert_eq!(path_digest, bytes_digest);
        assert_eq!(from_path.sha256, from_bytes.sha256);
        assert_eq!(from_path.sheets, from_bytes.sheets);
        assert_eq!(from_path.modified, from_bytes.modified);
    }

    #[test]
    fn too_large_bytes_are_refused_but_still_digested() {
        let limits = Limits {
            max_file_bytes: 3,
            ..Limits::default()
        };
        let (read, digest) = Input::from_bytes("iso.xlsx", b"PK\x03\x04".to_vec()).read(&limits);
        assert!(matches!(read, Err(ReadError::TooLarge { .. })));
        assert_eq!(digest.map(|d| d.1), Some(4));
    }
}

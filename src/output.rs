//! Putting an output in place: through a temporary file in the same folder
//! that is renamed over the target only when complete, so a failed run
//! never leaves half a file behind and never touches an input. Errors name
//! the target, never the temporary file.

use crate::messages::{Message, os_text};
use std::io::Write;
use std::path::{Path, PathBuf};

/// Why an output could not be put in place.
#[derive(Debug)]
pub enum OutputError {
    /// The output's folder does not exist (koonti does not guess that a
    /// mistyped folder should be made).
    MissingFolder {
        /// The folder.
        folder: PathBuf,
        /// The output file.
        path: PathBuf,
    },
    /// No file can be made in the output's folder.
    Folder {
        /// The folder.
        folder: PathBuf,
        /// The output file.
        path: PathBuf,
        /// What the system said.
        source: std::io::Error,
    },
    /// The output file could not be written or moved into place.
    Io {
        /// The output file.
        path: PathBuf,
        /// What the system said.
        source: std::io::Error,
    },
    /// The output is open in another program (Excel keeps it locked).
    Locked(PathBuf),
    /// The output path is one of the inputs.
    WouldOverwriteInput(PathBuf),
    /// The output file exists and is read-only; koonti does not replace it.
    ReadOnly(PathBuf),
}

impl OutputError {
    /// What to tell the user.
    pub fn message(&self) -> Message {
        let shown = |p: &Path| p.display().to_string();
        match self {
            OutputError::MissingFolder { folder, path } => Message::FolderMissing {
                folder: shown(folder),
                file: shown(path),
            },
            OutputError::Folder {
                folder,
                path,
                source,
            } => Message::FolderNotWritable {
                folder: shown(folder),
                file: shown(path),
                os: os_text(source),
            },
            OutputError::Io { path, source } => Message::OutputFailed {
                file: shown(path),
                os: os_text(source),
            },
            OutputError::Locked(path) => Message::OutputLocked { file: shown(path) },
            OutputError::WouldOverwriteInput(path) => Message::OutputIsInput { file: shown(path) },
            OutputError::ReadOnly(path) => Message::OutputReadOnly { file: shown(path) },
        }
    }
}

impl std::fmt::Display for OutputError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message().text(koonti_engine::Lang::En))
    }
}

impl std::error::Error for OutputError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            OutputError::Folder { source, .. } | OutputError::Io { source, .. } => Some(source),
            OutputError::Locked(_)
            | OutputError::MissingFolder { .. }
            | OutputError::WouldOverwriteInput(_)
            | OutputError::ReadOnly(_) => None,
        }
    }
}

impl From<OutputError> for Message {
    fn from(err: OutputError) -> Message {
        err.message()
    }
}

/// Writes `bytes` to `path` through a temporary file in the same folder
/// that is renamed over `path` only when complete. Refuses a missing
/// folder, a path that is one of `inputs`, a read-only file and
/// one open in another program.
pub fn write_atomic(path: &Path, bytes: &[u8], inputs: &[PathBuf]) -> Result<(), OutputError> {
    write_atomic_with(path, inputs, |file| file.write_all(bytes))
}

/// [`write_atomic`] of what `write` writes into the temporary file: a
/// large JSON report goes to the disk as it is made instead of being held
/// whole first (the writer buffers its own small pieces).
pub fn write_atomic_with(
    path: &Path,
    inputs: &[PathBuf],
    write: impl FnOnce(&mut dyn Write) -> std::io::Result<()>,
) -> Result<(), OutputError> {
    if is_input(path, inputs) {
        return Err(OutputError::WouldOverwriteInput(path.to_path_buf()));
    }
    // A rename replaces a read-only file without asking; refuse instead,
    // as an editor would.
    if std::fs::metadata(path).is_ok_and(|m| m.permissions().readonly()) {
        return Err(OutputError::ReadOnly(path.to_path_buf()));
    }
    let dir = match path.parent() {
        Some(dir) if !dir.as_os_str().is_empty() => dir,
        _ => Path::new("."),
    };
    if !dir.is_dir() {
        return Err(OutputError::MissingFolder {
            folder: dir.to_path_buf(),
            path: path.to_path_buf(),
        });
    }
    let mut temp = tempfile::Builder::new()
        .prefix(".koonti-")
        .tempfile_in(dir)
        .map_err(|source| OutputError::Folder {
            folder: dir.to_path_buf(),
            path: path.to_path_buf(),
            source,
        })?;
    let io_error = |source| OutputError::Io {
        path: path.to_path_buf(),
        source,
    };
    write(temp.as_file_mut()).map_err(io_error)?;
    temp.as_file().sync_all().map_err(io_error)?;
    readable_by_others(temp.path()).map_err(io_error)?;
    temp.persist(path).map_err(|err| {
        if is_in_use(&err.error, path) {
            OutputError::Locked(path.to_path_buf())
        } else {
            io_error(err.error)
        }
    })?;
    Ok(())
}

/// Whether replacing `path` failed because another program has it open:
/// Windows says so with a sharing or lock violation (32, 33), or denies
/// access (5) to a file another program holds — Excel holds the workbooks
/// it shows so. A denied rename is asked again by opening the file for
/// writing, which another program's hold refuses with a sharing violation
/// while a mere lack of rights (a network share) does not.
#[cfg(windows)]
fn is_in_use(err: &std::io::Error, path: &Path) -> bool {
    const ACCESS_DENIED: i32 = 5;
    const SHARING_VIOLATION: i32 = 32;
    const LOCK_VIOLATION: i32 = 33;
    let held = |code| matches!(code, Some(SHARING_VIOLATION | LOCK_VIOLATION));
    match err.raw_os_error() {
        code if held(code) => true,
        Some(ACCESS_DENIED) => std::fs::OpenOptions::new()
            .append(true)
            .open(path)
            .is_err_and(|probe| held(probe.raw_os_error())),
        _ => false,
    }
}

#[cfg(not(windows))]
fn is_in_use(_err: &std::io::Error, _path: &Path) -> bool {
    false // a rename replaces a file other programs have open
}

/// Temporary files are created private (0600); the report is an ordinary
/// document, so it gets the usual 0644.
#[cfg(unix)]
fn readable_by_others(path: &Path) -> std::io::Result<()> {
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o644))
}

#[cfg(not(unix))]
fn readable_by_others(_path: &Path) -> std::io::Result<()> {
    Ok(())
}

fn is_input(path: &Path, inputs: &[PathBuf]) -> bool {
    let Ok(target) = path.canonicalize() else {
        return false; // does not exist yet, so it is no input
    };
    let same_file = maybe_same_file(&target);
    inputs
        .iter()
        .filter(|input| same_file(input))
        .any(|input| input.canonicalize().is_ok_and(|i| i == target))
}

/// A quick test that may pass files which are not `target` but never
/// fails it: on Unix the same device and inode (one `stat` rather than
/// resolving every folder of the path, for each of a thousand inputs).
#[cfg(unix)]
fn maybe_same_file(target: &Path) -> impl Fn(&PathBuf) -> bool {
    use std::os::unix::fs::MetadataExt;
    let id = std::fs::metadata(target).ok().map(|m| (m.dev(), m.ino()));
    move |input| match (id, std::fs::metadata(input)) {
        (Some(id), Ok(m)) => (m.dev(), m.ino()) == id,
        // Cannot tell: let the full test decide.
        _ => true,
    }
}

#[cfg(not(unix))]
fn maybe_same_file(_target: &Path) -> impl Fn(&PathBuf) -> bool {
    |_| true
}

/// The files `names` (stem, extension) in `folder`, with " (2)", " (3)", …
/// after each stem when one of them exists: the first number free for all
/// of them, so a workbook and its appendix keep the same number.
pub fn free_names(folder: &Path, names: &[(&str, &str)]) -> Vec<PathBuf> {
    let numbered = |n: usize| -> Vec<PathBuf> {
        names
            .iter()
            .map(|(stem, ext)| match n {
                1 => folder.join(format!("{stem}.{ext}")),
                n => folder.join(format!("{stem} ({n}).{ext}")),
            })
            .collect()
    };
    (1..)
        .map(numbered)
        .find(|paths| paths.iter().all(|p| std::fs::symlink_metadata(p).is_err()))
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn atomic_write_refuses_inputs_and_leaves_no_temp_files() {
        let dir = tempfile::tempdir().expect("tempdir");
        let input = dir.path().join("vastaus.xlsx");
        std::fs::write(&input, b"alkuperainen").expect("write");
        let err = write_atomic(&input, b"uusi", std::slice::from_ref(&input)).expect_err("refused");
        assert!(matches!(err, OutputError::WouldOverwriteInput(_)));
        assert_eq!(std::fs::read(&input).expect("read"), b"alkuperainen");

        let out = dir.path().join("koonti.xlsx");
        write_atomic(&out, b"tulos", &[input]).expect("written");
        assert_eq!(std::fs::read(&out).expect("read"), b"tulos");
        let names: Vec<_> = std::fs::read_dir(dir.path())
            .expect("list")
            .filter_map(|e| e.ok())
            .collect();
        assert_eq!(names.len(), 2, "no temporary file left behind");
    }

    #[test]
    fn a_missing_folder_is_named_and_nothing_is_made() {
        let dir = tempfile::tempdir().expect("tempdir");
        let out = dir.path().join("uusi kansio/ä ö/koonti.xlsx");
        let err = write_atomic(&out, b"tulos", &[]).expect_err("refused");
        let text = err.message().text(koonti_engine::Lang::Fi);
        assert!(text.contains("uusi kansio/ä ö"), "{text}");
        assert!(!dir.path().join("uusi kansio").exists());
    }

    #[test]
    fn free_names_count_up_until_every_extension_is_free() {
        let dir = tempfile::tempdir().expect("tempdir");
        let names = [("V - koonti", "xlsx"), ("V - liite", "html")];
        let first = free_names(dir.path(), &names);
        assert_eq!(first[0], dir.path().join("V - koonti.xlsx"));
        std::fs::write(dir.path().join("V - liite.html"), b"").expect("write");
        let second = free_names(dir.path(), &names);
        assert_eq!(second[0], dir.path().join("V - koonti (2).xlsx"));
        assert_eq!(second[1], dir.path().join("V - liite (2).html"));
    }
}

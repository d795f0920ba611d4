//! Putting an output in place: through a temporary file in the same folder
//! that is renamed over the target only when complete, so a failed run
//! never leaves half a file behind and never touches an input.

use std::fmt;
use std::io::Write;
use std::path::{Path, PathBuf};

/// Why an output could not be put in place.
#[derive(Debug)]
pub enum OutputError {
    /// The output file could not be created or moved into place.
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
    /// The output path is one of the inputs.
    WouldOverwriteInput(PathBuf),
    /// The output file exists and is read-only; koonti does not replace it.
    ReadOnly(PathBuf),
}

impl fmt::Display for OutputError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            OutputError::Io { path, source } => write!(f, "{}: {source}", path.display()),
            OutputError::WouldOverwriteInput(path) => {
                write!(
                    f,
                    "{}: the output would overwrite an input file",
                    path.display()
                )
            }
            OutputError::ReadOnly(path) => write!(
                f,
                "{}: the output file is read-only; remove it or choose another name with -o",
                path.display()
            ),
        }
    }
}

impl std::error::Error for OutputError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            OutputError::Io { source, .. } => Some(source),
            OutputError::WouldOverwriteInput(_) | OutputError::ReadOnly(_) => None,
        }
    }
}

/// Writes `bytes` to `path` through a temporary file in the same folder
/// that is renamed over `path` only when complete. Refuses a path that is
/// one of `inputs`.
pub fn write_atomic(path: &Path, bytes: &[u8], inputs: &[PathBuf]) -> Result<(), OutputError> {
    if is_input(path, inputs) {
        return Err(OutputError::WouldOverwriteInput(path.to_path_buf()));
    }
    // A rename replaces a read-only file without asking; refuse instead,
    // as an editor would.
    if std::fs::metadata(path).is_ok_and(|m| m.permissions().readonly()) {
        return Err(OutputError::ReadOnly(path.to_path_buf()));
    }
    let io_error = |source| OutputError::Io {
        path: path.to_path_buf(),
        source,
    };
    let dir = match path.parent() {
        Some(dir) if !dir.as_os_str().is_empty() => dir,
        _ => Path::new("."),
    };
    let mut temp = tempfile::Builder::new()
        .prefix(".koonti-")
        .tempfile_in(dir)
        .map_err(io_error)?;
    temp.write_all(bytes).map_err(io_error)?;
    temp.as_file().sync_all().map_err(io_error)?;
    readable_by_others(temp.path()).map_err(io_error)?;
    temp.persist(path).map_err(|err| io_error(err.error))?;
    Ok(())
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
    inputs
        .iter()
        .any(|input| input.canonicalize().is_ok_and(|i| i == target))
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
}

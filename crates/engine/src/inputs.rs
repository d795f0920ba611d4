//! The inputs of a command line: files as given, folders walked.
use crate::input::{Input, InputProblem, is_system_file};
use std::path::{Path, PathBuf};

/// The files found, each with the name it goes by in outputs.
#[derive(Debug, Default)]
struct Inputs {
    /// (path on disk, name in outputs), sorted by name.
    files: Vec<(PathBuf, String)>,
    /// Arguments that do not exist or cannot be listed, with the reason.
    errors: Vec<(PathBuf, String)>,
}

/// Expands command-line arguments into inputs, sorted by name: files are
/// taken as given, folders are walked recursively and every file in them
/// is taken, whatever it is: the merge reads it or lists it as skipped with
/// its reason (a PDF, an Excel lock file `~$…`), so that no return goes
/// unnoticed. Only the system's own files are passed over
/// ([`crate::is_system_file`]: hidden files, `Thumbs.db`). Inside a folder,
/// a file goes by its path relative to the folder. Nothing is read yet.
/// Arguments that do not exist or cannot be listed are the problems. Not
/// on wasm.
///
/// ```
/// # fn main() -> std::io::Result<()> {
/// let dir = tempfile::tempdir()?;
/// std::fs::write(dir.path().join("Pelastuslaitos.xlsx"), b"")?;
/// std::fs::write(dir.path().join("muistio.txt"), b"")?;
/// let (inputs, problems) =
///     koonti_engine::collect_inputs(&[dir.path().to_path_buf(), "puuttuu.xlsx".into()]);
/// assert_eq!(inputs[0].name, "Pelastuslaitos.xlsx");
/// assert_eq!(inputs[1].name, "muistio.txt");
/// assert_eq!(problems[0].name, "puuttuu.xlsx");
/// # Ok(())
/// # }
/// ```
pub fn collect_inputs(args: &[PathBuf]) -> (Vec<Input>, Vec<InputProblem>) {
    let inputs = collect(args);
    let files = inputs
        .files
        .into_iter()
        .map(|(path, shown)| Input::from_path(path, shown))
        .collect();
    let problems = inputs
        .errors
        .into_iter()
        .map(|(path, reason)| InputProblem {
            name: path.display().to_string(),
            reason,
        })
        .collect();
    (files, problems)
}

fn collect(args: &[PathBuf]) -> Inputs {
    let mut inputs = Inputs::default();
    for arg in args {
        if arg.is_dir() {
            walk(arg, arg, &mut inputs);
        } else if arg.is_file() {
            inputs.files.push((arg.clone(), arg.display().to_string()));
        } else {
            inputs
                .errors
                .push((arg.clone(), "no such file or folder".into()));
        }
    }
    inputs.files.sort_by(|a, b| a.1.cmp(&b.1));
    inputs.files.dedup_by(|a, b| a.0 == b.0);
    inputs
}

fn walk(root: &Path, dir: &Path, inputs: &mut Inputs) {
    let entries = match std::fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(err) => {
            inputs.errors.push((dir.to_path_buf(), err.to_string()));
            return;
        }
    };
    let mut paths: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
    paths.sort();
    for path in paths {
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        if is_system_file(&name) {
            continue;
        }
        if path.is_dir() {
            walk(root, &path, inputs);
        } else {
            let shown = path
                .strip_prefix(root)
                .unwrap_or(&path)
                .display()
                .to_string();
            inputs.files.push((path, shown));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn walks_folders_taking_every_file_but_the_systems() {
        let dir = tempfile::tempdir().expect("tempdir");
        let sub = dir.path().join("kevät");
        std::fs::create_dir(&sub).expect("mkdir");
        for name in [
            "a.xlsx",
            "~$a.xlsx",
            ".piilo.xlsx",
            "muistio.txt",
            "B.ODS",
            "Thumbs.db",
        ] {
            std::fs::write(dir.path().join(name), b"").expect("write");
        }
        std::fs::write(sub.join("c.xls"), b"").expect("write");
        let (inputs, problems) =
            collect_inputs(&[dir.path().to_path_buf(), dir.path().join("puuttuu.xlsx")]);
        let names: Vec<_> = inputs.iter().map(|f| f.name.as_str()).collect();
        assert_eq!(
            names,
            ["B.ODS", "a.xlsx", "kevät/c.xls", "muistio.txt", "~$a.xlsx"]
        );
        assert_eq!(problems.len(), 1);
    }
}

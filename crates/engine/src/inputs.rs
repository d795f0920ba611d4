//! The inputs of a command line: files as given, folders walked.
use crate::input::{Input, InputProblem, SPREADSHEET_EXTENSIONS};
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
/// taken as given, folders are walked recursively for spreadsheet files
/// ([`SPREADSHEET_EXTENSIONS`]). Excel lock files (`~$…`), hidden files and
/// other files in folders are passed over. Inside a folder, a file goes by
/// its path relative to the folder. Nothing is read yet. Arguments that do
/// not exist or cannot be listed are the problems. Not on wasm.
///
/// ```
/// # fn main() -> std::io::Result<()> {
/// let dir = tempfile::tempdir()?;
/// std::fs::write(dir.path().join("Pelastuslaitos.xlsx"), b"")?;
/// std::fs::write(dir.path().join("muistio.txt"), b"")?;
/// let (inputs, problems) =
///     koonti_engine::collect_inputs(&[dir.path().to_path_buf(), "puuttuu.xlsx".into()]);
/// assert_eq!(inputs[0].name, "Pelastuslaitos.xlsx");
/// assert_eq!(inputs.len(), 1);
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
        if name.starts_with('.') || name.starts_with("~$") {
            continue;
        }
        if path.is_dir() {
            walk(root, &path, inputs);
        } else if is_spreadsheet(&path) {
            let shown = path
                .strip_prefix(root)
                .unwrap_or(&path)
                .display()
                .to_string();
            inputs.files.push((path, shown));
        }
    }
}

fn is_spreadsheet(path: &Path) -> bool {
    path.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| SPREADSHEET_EXTENSIONS.contains(&e.to_ascii_lowercase().as_str()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn walks_folders_and_skips_lock_and_hidden_files() {
        let dir = tempfile::tempdir().expect("tempdir");
        let sub = dir.path().join("kevät");
        std::fs::create_dir(&sub).expect("mkdir");
        for name in ["a.xlsx", "~$a.xlsx", ".piilo.xlsx", "muistio.txt", "B.ODS"] {
            std::fs::write(dir.path().join(name), b"").expect("write");
        }
        std::fs::write(sub.join("c.xls"), b"").expect("write");
        let (inputs, problems) =
            collect_inputs(&[dir.path().to_path_buf(), dir.path().join("puuttuu.xlsx")]);
        let names: Vec<_> = inputs.iter().map(|f| f.name.as_str()).collect();
        assert_eq!(names, ["B.ODS", "a.xlsx", "kevät/c.xls"]);
        assert_eq!(problems.len(), 1);
    }
}

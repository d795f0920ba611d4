//! Drop mode: files or folders dropped on `koonti.exe` (or paths given
//! with no subcommand) are merged, and the committee workbook, the
//! appendix page and the committee's presentation are written beside what
//! was dropped, named after it and
//! never over an existing file; the summary and what the units should fix
//! are printed in the user's language.

use crate::cmd::Failure;
use crate::cmd::shared::{render_options, summary};
use crate::console::say;
use crate::gather;
use crate::messages::{Lang, Message, engine_error_at};
use crate::output::{free_names, write_atomic};
use koonti_engine::Front;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// Merges `paths` and writes the workbook, the appendix and the
/// presentation beside them.
pub fn run(paths: Vec<PathBuf>, lang: Lang) -> Result<ExitCode, Failure> {
    if let [only] = paths.as_slice()
        && !only.exists()
        && only.components().count() == 1
    {
        // A word that is no path: most likely a mistyped subcommand.
        return Err(Failure::BadArgument(Message::UnknownCommand {
            name: only.display().to_string(),
            commands: crate::cli::subcommand_names(),
        }));
    }
    // No option can be given to a drop: a refusal says what to do on the
    // page instead (Front::Drop).
    let gathered =
        gather::merge_or_refusal(&paths, None, Default::default(), lang).map_err(|refusal| {
            match refusal {
                gather::Refusal::Engine(err) => engine_error_at(err, Front::Drop),
                gather::Refusal::Other(reason) => reason,
            }
        })?;
    let merged = &gathered.merged;
    let (folder, [workbook_stem, appendix_stem, slides_stem]) = destination(&paths);
    let names = free_names(
        &folder,
        &[
            (workbook_stem.as_str(), "xlsx"),
            (appendix_stem.as_str(), "html"),
            (slides_stem.as_str(), "pptx"),
        ],
    );
    let [workbook_path, appendix_path, slides_path] = names.as_slice() else {
        unreachable!("free_names returns one path per name");
    };
    let options = render_options(lang);
    let workbook = koonti_engine::committee_workbook(merged, &options)?;
    let appendix = koonti_engine::appendix_html(merged, &options)?;
    let slides = koonti_engine::slides_pptx(merged, &options, None)?;
    write_atomic(workbook_path, &workbook, &gathered.input_paths)?;
    write_atomic(appendix_path, &appendix, &gathered.input_paths)?;
    write_atomic(slides_path, &slides, &gathered.input_paths)?;

    // Last come the summary, the missing units and where the outputs are:
    // what stays on screen above "Paina Enter".
    let written = Message::DropWritten {
        workbook: workbook_path.display().to_string(),
        appendix: appendix_path.display().to_string(),
        slides: slides_path.display().to_string(),
    };
    let found = crate::console::findings_by_unit(merged, lang);
    let found = if found.is_empty() {
        format!("{}\n", Message::DropNothingToFix.text(lang))
    } else {
        format!("{}\n{found}", Message::DropToFix.text(lang))
    };
    say(&format!(
        "{found}\nkoonti: {}\n{}\n{}\n",
        summary(merged, workbook_path, false, None).text(lang),
        crate::console::missing_units(merged, lang),
        written.text(lang)
    ));
    Ok(ExitCode::SUCCESS)
}

/// Where the outputs go and their names (without the extension): beside
/// a single dropped folder, named after it ("Vastaukset 2025 - koonti",
/// "- liite", "- esitys"); otherwise "koonti", "liite" and "esitys" in the
/// folder of the first dropped item.
fn destination(paths: &[PathBuf]) -> (PathBuf, [String; 3]) {
    const STEMS: [&str; 3] = ["koonti", "liite", "esitys"];
    let plain = || STEMS.map(String::from);
    let first = paths
        .first()
        .map(PathBuf::as_path)
        .unwrap_or(Path::new("."));
    if let [folder] = paths
        && folder.is_dir()
    {
        // "." or "kansio/.." name no folder by themselves: ask the system.
        let named = match folder.file_name() {
            Some(_) => Some(folder.clone()),
            None => folder.canonicalize().ok(),
        };
        if let Some(named) = named
            && let (Some(name), Some(parent)) = (named.file_name(), named.parent())
        {
            let name = name.to_string_lossy();
            return (
                parent.to_path_buf(),
                STEMS.map(|stem| format!("{name} - {stem}")),
            );
        }
        // A drive's root: inside it.
        return (folder.clone(), plain());
    }
    // Files, or several folders: in the folder that holds the first.
    let folder = first.parent().map(Path::to_path_buf).unwrap_or_default();
    (folder, plain())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_folder_names_its_outputs_and_files_get_koonti_beside_them() {
        let dir = tempfile::tempdir().expect("tempdir");
        let folder = dir.path().join("Vastaukset 2025");
        std::fs::create_dir(&folder).expect("mkdir");
        let (at, [workbook, appendix, slides]) = destination(std::slice::from_ref(&folder));
        assert_eq!(at, dir.path());
        assert_eq!(workbook, "Vastaukset 2025 - koonti");
        assert_eq!(appendix, "Vastaukset 2025 - liite");
        assert_eq!(slides, "Vastaukset 2025 - esitys");

        let file = folder.join("Hallintopalvelut.xlsx");
        std::fs::write(&file, b"").expect("write");
        let (at, stems) = destination(&[file]);
        assert_eq!(
            (at, stems),
            (folder, ["koonti", "liite", "esitys"].map(String::from))
        );
    }
}

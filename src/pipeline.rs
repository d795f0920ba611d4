//! The one-way flow shared by the subcommands: inputs → workbooks (read in
//! parallel) → programme (given or detected) → responses → report.

use indicatif::{ProgressBar, ProgressStyle};
use koonti_model::{Finding, Programme, Report, Severity, SourceFile, UnitResponse};
use koonti_read::{ProgrammeIndex, Workbook, collect_inputs, read_response, readers};
use rayon::prelude::*;
use std::collections::HashMap;
use std::io::IsTerminal;
use std::path::PathBuf;

/// What a merge read and made.
pub struct Merged {
    /// The programme the answers were read against.
    pub programme: Programme,
    /// The consolidated report.
    pub report: Report,
    /// The input files on disk (never to be overwritten).
    pub input_paths: Vec<PathBuf>,
}

/// Reads every input and consolidates the responses.
///
/// `programme` is a path or a bundled id; without it the programme is
/// detected from the measure texts found in the inputs. Fails only when
/// there is nothing to merge or no programme can be settled on.
pub fn merge(
    inputs: &[PathBuf],
    programme: Option<&str>,
    period: Option<String>,
) -> Result<Merged, String> {
    let collected = collect_inputs(inputs);
    let mut findings: Vec<Finding> = collected
        .errors
        .iter()
        .map(|(path, reason)| {
            Finding::file(
                Severity::Error,
                "input_not_found",
                &path.display().to_string(),
                format!("Syötettä ei voitu lukea: {reason}."),
            )
        })
        .collect();
    if collected.files.is_empty() {
        let shown: Vec<String> = inputs.iter().map(|p| p.display().to_string()).collect();
        return Err(format!(
            "no spreadsheet files (.xlsx .xlsm .xls .xlsb .ods) found in {}",
            shown.join(", ")
        ));
    }
    let progress = progress_bar(collected.files.len());
    let read: Vec<Result<Workbook, Box<Finding>>> = collected
        .files
        .par_iter()
        .map(|(path, shown)| {
            progress.inc(1);
            koonti_read::open(path, shown).map_err(|err| {
                let code = match err {
                    koonti_read::ReadError::TooLarge { .. } => "file_too_large",
                    _ => "unreadable_file",
                };
                Box::new(Finding::file(
                    Severity::Error,
                    code,
                    shown,
                    err.message_fi(),
                ))
            })
        })
        .collect();
    progress.finish_and_clear();
    let mut workbooks = Vec::with_capacity(read.len());
    let mut files = Vec::with_capacity(read.len());
    for (result, file) in read.into_iter().zip(collected.files) {
        match result {
            // koonti's own outputs (a workbook from an earlier merge left in
            // the responses folder) are no responses: pass them over, and
            // let this merge replace them.
            Ok(workbook) if is_koonti_output(&workbook) => findings.push(Finding::file(
                Severity::Info,
                "koonti_output_skipped",
                &workbook.file,
                "Tiedosto on koontin oma tuloste, ei yksikön vastaus; se ohitettiin.",
            )),
            Ok(workbook) => {
                workbooks.push(workbook);
                files.push(file);
            }
            Err(finding) => {
                findings.push(*finding);
                files.push(file);
            }
        }
    }
    let programme = choose_programme(programme, &workbooks)?;
    let index = ProgrammeIndex::new(programme.clone());
    let readers = readers();
    let responses: Vec<_> = workbooks
        .par_iter()
        .filter_map(|workbook| read_response(workbook, &index, &readers))
        .collect();
    let digests: HashMap<String, (String, u64)> = workbooks
        .iter()
        .map(|w| (w.file.clone(), (w.sha256.clone(), w.size)))
        .collect();
    drop(workbooks); // the cells are in the responses now; free them before writing
    let sources = source_files(&files, &responses, &digests);
    let mut report = koonti_consolidate::consolidate(&programme, responses, findings, period);
    report.sources = sources;
    Ok(Merged {
        programme,
        report,
        input_paths: files.into_iter().map(|(path, _)| path).collect(),
    })
}

/// A consolidated workbook written by koonti: it carries the report in a
/// hidden sheet.
fn is_koonti_output(workbook: &Workbook) -> bool {
    workbook
        .sheets
        .iter()
        .any(|s| s.name == koonti_model::EMBEDDED_REPORT_SHEET)
}

/// Files from which on reading shows a progress bar: fewer take a moment.
const PROGRESS_FROM_FILES: usize = 200;

/// A progress bar on standard error for a large merge; hidden when there
/// are few files or standard error is not a terminal (indicatif draws only
/// on a terminal), so logs and pipes stay clean.
fn progress_bar(files: usize) -> ProgressBar {
    if files < PROGRESS_FROM_FILES || !std::io::stderr().is_terminal() {
        return ProgressBar::hidden();
    }
    let bar = ProgressBar::new(files as u64);
    if let Ok(style) =
        ProgressStyle::with_template("{spinner} luetaan {pos}/{len} tiedostoa [{bar:30}] {eta}")
    {
        bar.set_style(style.progress_chars("=> "));
    }
    bar
}

/// How many workbooks programme detection looks at.
const DETECT_FROM_WORKBOOKS: usize = 50;

/// Every input file with its SHA-256, size, and the unit and layout it was
/// read as (empty when it could not be read).
/// Files that were read already carry their digest; only unreadable ones
/// are hashed here.
fn source_files(
    files: &[(PathBuf, String)],
    responses: &[UnitResponse],
    digests: &HashMap<String, (String, u64)>,
) -> Vec<SourceFile> {
    let by_file: HashMap<&str, &UnitResponse> =
        responses.iter().map(|r| (r.file.as_str(), r)).collect();
    files
        .par_iter()
        .map(|(path, shown)| {
            let (sha256, size) = match digests.get(shown) {
                Some(digest) => digest.clone(),
                None => koonti_read::file_digest(path).unwrap_or_default(),
            };
            let response = by_file.get(shown.as_str()).copied();
            SourceFile {
                file: shown.clone(),
                sha256,
                size,
                unit: response
                    .and_then(|r| r.unit.as_ref())
                    .map(|u| u.name.clone())
                    .unwrap_or_default(),
                layout: response.map(|r| r.layout.clone()).unwrap_or_default(),
            }
        })
        .collect()
}

fn choose_programme(requested: Option<&str>, workbooks: &[Workbook]) -> Result<Programme, String> {
    if let Some(requested) = requested {
        return koonti_programme::load(requested).map_err(|err| err.to_string());
    }
    let all = koonti_programme::bundled().map_err(|err| err.to_string())?;
    // A few dozen responses decide the programme; reading every cell of a
    // thousand would only cost time.
    let texts: Vec<String> = workbooks
        .iter()
        .take(DETECT_FROM_WORKBOOKS)
        .flat_map(|w| &w.sheets)
        .flat_map(|s| &s.cells)
        .filter_map(|c| match &c.value {
            koonti_read::Value::Text(t) => Some(t.clone()),
            _ => None,
        })
        .collect();
    match koonti_programme::detect(&all, texts.iter().map(String::as_str)) {
        Some((index, _)) => Ok(all[index].clone()),
        None => {
            let ids: Vec<&str> = all.iter().map(|p| p.id.as_str()).collect();
            Err(format!(
                "could not tell which programme the files answer: no cell matches a measure of a bundled programme; name it with --programme FILE|ID (bundled: {})",
                ids.join(", ")
            ))
        }
    }
}

//! The one-way flow shared by the subcommands: inputs → workbooks (read in
//! parallel) → programme (given or detected) → responses → report.

use indicatif::{ProgressBar, ProgressStyle};
use koonti_ingest::{Workbook, collect_inputs};
use koonti_layout::{ProgrammeIndex, read_response, readers};
use koonti_model::{Finding, FindingCode, Programme, Report, Severity, SourceFile, UnitResponse};
use rayon::prelude::*;
use std::collections::HashMap;
use std::io::IsTerminal;
use std::path::PathBuf;

use crate::timings::Timings;

/// What a merge read and made.
pub struct Merged {
    /// The programme the answers were read against.
    pub programme: Programme,
    /// The consolidated report.
    pub report: Report,
    /// The input files on disk (never to be overwritten).
    pub input_paths: Vec<PathBuf>,
    /// The run's clock, for the phases that follow.
    pub timings: Timings,
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
    let mut timings = Timings::from_env();
    let collected = collect_inputs(inputs);
    let mut findings: Vec<Finding> = collected
        .errors
        .iter()
        .map(|(path, reason)| {
            Finding::file(
                Severity::Error,
                FindingCode::InputNotFound {
                    reason: reason.clone(),
                },
                &path.display().to_string(),
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
    timings.mark("kerää");
    let progress = progress_bar(collected.files.len());
    let read_counted = |(path, shown): &(PathBuf, String)| {
        progress.inc(1);
        read_file(path, shown)
    };
    // The programme is settled from the first workbooks; then every file is
    // read and interpreted in one pass, and its cells freed at once, so a
    // national merge never holds every workbook in memory.
    let (head, programme) = match programme {
        Some(requested) => (
            Vec::new(),
            koonti_programme::load(requested).map_err(|err| err.to_string())?,
        ),
        None => {
            let head = read_head(&collected.files, &read_counted);
            let programme = detect_programme(&head)?;
            (head, programme)
        }
    };
    timings.mark("ohjelma");
    let index = ProgrammeIndex::new(programme.clone());
    let readers = readers();
    let interpret = |read: FileRead| match read {
        FileRead::Workbook(workbook) => FileOutcome {
            own: false,
            digest: Some((workbook.sha256.clone(), workbook.size)),
            response: read_response(&workbook, &index, &readers),
            finding: None,
        },
        FileRead::Own(finding) => FileOutcome {
            own: true,
            ..FileOutcome::found(finding)
        },
        FileRead::Failed(finding) => FileOutcome::found(finding),
    };
    let head_len = head.len();
    let mut outcomes: Vec<FileOutcome> = head.into_par_iter().map(interpret).collect();
    outcomes.par_extend(
        collected.files[head_len..]
            .par_iter()
            .map(|file| interpret(read_counted(file))),
    );
    progress.finish_and_clear();
    timings.mark("luku");
    let mut files = Vec::with_capacity(outcomes.len());
    let mut responses = Vec::with_capacity(outcomes.len());
    let mut digests = HashMap::with_capacity(outcomes.len());
    for (outcome, file) in outcomes.into_iter().zip(collected.files) {
        findings.extend(outcome.finding);
        // koonti's own outputs (a workbook from an earlier merge left in
        // the responses folder) are no responses: pass them over, and let
        // this merge replace them.
        if outcome.own {
            continue;
        }
        if let Some(digest) = outcome.digest {
            digests.insert(file.1.clone(), digest);
        }
        responses.extend(outcome.response);
        files.push(file);
    }
    let sources = source_files(&files, &responses, &digests);
    let mut report = koonti_consolidate::consolidate(&programme, responses, findings, period);
    report.sources = sources;
    timings.mark("yhdistäminen");
    Ok(Merged {
        programme,
        report,
        input_paths: files.into_iter().map(|(path, _)| path).collect(),
        timings,
    })
}

/// One input file as read: a workbook, koonti's own output (skipped), or
/// a file that could not be read.
enum FileRead {
    Workbook(Workbook),
    Own(Finding),
    Failed(Finding),
}

/// What became of one input file.
struct FileOutcome {
    /// koonti's own output: not an input of this merge.
    own: bool,
    /// SHA-256 and size of a file that was read.
    digest: Option<(String, u64)>,
    response: Option<UnitResponse>,
    finding: Option<Finding>,
}

impl FileOutcome {
    /// A file that gave only a finding.
    fn found(finding: Finding) -> Self {
        FileOutcome {
            own: false,
            digest: None,
            response: None,
            finding: Some(finding),
        }
    }
}

fn read_file(path: &std::path::Path, shown: &str) -> FileRead {
    match koonti_ingest::open(path, shown) {
        Ok(workbook) if is_koonti_output(&workbook) => FileRead::Own(Finding::file(
            Severity::Info,
            FindingCode::KoontiOutputSkipped,
            &workbook.file,
        )),
        Ok(workbook) => FileRead::Workbook(workbook),
        Err(err) => FileRead::Failed(Finding::file(Severity::Error, err.finding_code(), shown)),
    }
}

/// Reads files from the start, a batch at a time in parallel, until
/// [`DETECT_FROM_WORKBOOKS`] of them are workbooks that answer (or the
/// files run out): what programme detection looks at.
fn read_head(
    files: &[(PathBuf, String)],
    read_file: &(dyn Fn(&(PathBuf, String)) -> FileRead + Sync),
) -> Vec<FileRead> {
    let mut head: Vec<FileRead> = Vec::new();
    let mut found = 0;
    while found < DETECT_FROM_WORKBOOKS && head.len() < files.len() {
        let end = (head.len() + DETECT_FROM_WORKBOOKS - found).min(files.len());
        let batch: Vec<FileRead> = files[head.len()..end].par_iter().map(read_file).collect();
        found += batch
            .iter()
            .filter(|r| matches!(r, FileRead::Workbook(_)))
            .count();
        head.extend(batch);
    }
    head
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
                None => koonti_ingest::file_digest(path).unwrap_or_default(),
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

/// The bundled programme whose measures the workbooks' texts match.
fn detect_programme(head: &[FileRead]) -> Result<Programme, String> {
    let all = koonti_programme::bundled().map_err(|err| err.to_string())?;
    // A few dozen responses decide the programme; reading every cell of a
    // thousand would only cost time.
    let texts: Vec<String> = head
        .iter()
        .filter_map(|read| match read {
            FileRead::Workbook(workbook) => Some(workbook),
            _ => None,
        })
        .flat_map(|w| &w.sheets)
        .flat_map(|s| &s.cells)
        .filter_map(|c| match &c.value {
            koonti_ingest::Value::Text(t) => Some(t.clone()),
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

//! The one-way flow of a merge: inputs → workbooks (read in parallel) →
//! programme (given or detected) → responses → report.

use crate::error::EngineError;
use crate::input::{Digest, Input, InputProblem};
use crate::refusals;
use koonti_ingest::{Limits, Workbook};
use koonti_layout::{ProgrammeIndex, read_response, readers};
use koonti_model::{
    FieldText, Finding, FindingCode, Programme, Report, ReportPeriod, Severity, SourceFile,
    UnitResponse,
};
use rayon::prelude::*;
use std::collections::HashMap;
use std::sync::atomic::{AtomicUsize, Ordering};

/// What a merge read and made.
#[derive(Debug, Clone, PartialEq)]
pub struct Merged {
    /// The programme the answers were read against.
    pub programme: Programme,
    /// The consolidated report.
    pub report: Report,
    /// The appendix's highlights as the secretary chose them on the
    /// workbook's *Nostot* sheet; `None`: the rule's (also when the sheet
    /// was left as koonti wrote it).
    pub highlights: Option<Vec<koonti_write::highlights::HighlightChoice>>,
}

/// How to merge.
#[derive(Default)]
pub struct MergeOptions<'a> {
    /// The programme the inputs answer; `None`: detected from the measure
    /// texts of the first workbooks among the bundled programmes.
    pub programme: Option<Programme>,
    /// The reporting period (`--period`, read with
    /// [`crate::report_period`]); unknown: the period in the responses.
    pub period: ReportPeriod,
    /// Called after each file is read with (files read, files in all),
    /// from any thread.
    pub progress: Option<&'a (dyn Fn(usize, usize) + Sync)>,
    /// Called at the end of each phase of the merge with its name (in
    /// Finnish: "ohjelma", "luku", "yhdistäminen"), for timings.
    pub phase: Option<&'a (dyn Fn(&'static str) + Sync)>,
    /// Inputs that could not be used at all ([`crate::collect_inputs`]'s
    /// problems): each becomes an error finding.
    pub input_problems: Vec<InputProblem>,
}

/// Reads every input and consolidates the responses.
///
/// Files that cannot be read, and koonti's own outputs among the inputs,
/// are findings in the report; the merge goes on. Fails when there is
/// nothing to merge, no programme can be settled on, the files answer
/// another programme than the one given, they are of more than one period
/// (without `period`), or every input is koonti's own output.
///
/// ```
/// use koonti_engine::{Input, MergeOptions, TemplateOptions};
/// # fn main() -> Result<(), koonti_engine::EngineError> {
/// let programme = koonti_engine::bundled_programme("siun-sote-2023-2025")?;
/// let files = koonti_engine::templates(&programme, &TemplateOptions::default())?;
/// let mut inputs: Vec<Input> = files
///     .into_iter()
///     .map(|(name, bytes)| Input::from_bytes(name, bytes))
///     .collect();
/// inputs.push(Input::from_bytes("muistio.xlsx", b"%PDF-1.4".to_vec()));
///
/// let options = MergeOptions {
///     programme: Some(programme),
///     period: koonti_engine::report_period("2025"),
///     ..MergeOptions::default()
/// };
/// let merged = koonti_engine::merge(inputs, &options)?;
/// assert_eq!(merged.report.period, "2025");
/// let unreadable = &merged.report.findings[0];
/// assert_eq!(unreadable.code.code(), "unreadable_file");
/// assert_eq!(unreadable.file, "muistio.xlsx");
/// # Ok(())
/// # }
/// ```
pub fn merge(inputs: Vec<Input>, options: &MergeOptions) -> Result<Merged, EngineError> {
    let mut findings: Vec<Finding> = options
        .input_problems
        .iter()
        .map(|problem| {
            Finding::file(
                Severity::Error,
                FindingCode::InputNotFound {
                    reason: problem.reason.clone(),
                },
                &problem.name,
            )
        })
        .collect();
    if inputs.is_empty() {
        return Err(EngineError::NoInputs);
    }
    let phase = |name| {
        if let Some(phase) = options.phase {
            phase(name);
        }
    };
    let total = inputs.len();
    let done = AtomicUsize::new(0);
    let limits = Limits::default();
    let names: Vec<String> = inputs.iter().map(|input| input.name.clone()).collect();
    let read_counted = |input: Input| {
        let read = read_file(input, &limits);
        let now = done.fetch_add(1, Ordering::Relaxed) + 1;
        if let Some(progress) = options.progress {
            progress(now, total);
        }
        read
    };
    let mut inputs = inputs;
    // The programme is settled from the first workbooks; then every file is
    // read and interpreted in one pass, and its cells freed at once, so a
    // national merge never holds every workbook in memory.
    // The first workbooks are read either way: a given programme is checked
    // against them as a detected one is chosen from them.
    let head = read_head(&mut inputs, &read_counted);
    let head_workbooks: Vec<&Workbook> = head
        .iter()
        .filter_map(|(read, _)| match read {
            FileRead::Workbook(workbook) => Some(workbook),
            _ => None,
        })
        .collect();
    let own_in_head: Vec<String> = head
        .iter()
        .filter_map(|(read, _)| match read {
            FileRead::Own(finding) => Some(finding.file.clone()),
            _ => None,
        })
        .collect();
    // Only koonti's own workbooks: an empty report would say nothing true.
    if head_workbooks.is_empty() && inputs.is_empty() && !own_in_head.is_empty() {
        return Err(EngineError::OwnWorkbooksOnly { files: own_in_head });
    }
    let programme = match &options.programme {
        Some(programme) => {
            let (programme, told) = crate::infer::scale_from_returns(programme, &head_workbooks);
            findings.extend(told);
            programme
        }
        None => {
            let (programme, inferred) =
                crate::infer::detect_or_infer(&head_workbooks, detect_programme)?;
            findings.extend(inferred);
            programme
        }
    };
    refusals::check_programme(&programme, &head_workbooks)?;
    drop(head_workbooks);
    phase("ohjelma");
    let index = ProgrammeIndex::new(programme.clone());
    let readers = readers();
    let interpret = |(read, digest): (FileRead, Option<Digest>)| match read {
        FileRead::Workbook(workbook) => FileOutcome {
            own: false,
            digest,
            response: read_response(&workbook, &index, &readers),
            finding: None,
        },
        FileRead::Own(finding) => FileOutcome {
            own: true,
            ..FileOutcome::found(finding, digest)
        },
        FileRead::Failed(finding) => FileOutcome::found(finding, digest),
    };
    let mut outcomes: Vec<FileOutcome> = head.into_par_iter().map(interpret).collect();
    outcomes.par_extend(
        inputs
            .into_par_iter()
            .map(|input| interpret(read_counted(input))),
    );
    phase("luku");
    let mut files = Vec::with_capacity(outcomes.len());
    let mut responses = Vec::with_capacity(outcomes.len());
    let mut digests = HashMap::with_capacity(outcomes.len());
    let mut own = Vec::new();
    for (outcome, name) in outcomes.into_iter().zip(names) {
        findings.extend(outcome.finding);
        // koonti's own outputs (a workbook from an earlier merge left in
        // the responses folder) are no responses: pass them over, and let
        // this merge replace them.
        if outcome.own {
            own.push(name);
            continue;
        }
        if let Some(digest) = outcome.digest {
            digests.insert(name.clone(), digest);
        }
        responses.extend(outcome.response);
        files.push(name);
    }
    // Only koonti's own workbooks: an empty report would say nothing true.
    if responses.is_empty() && !own.is_empty() {
        return Err(EngineError::OwnWorkbooksOnly { files: own });
    }
    // One report, one period.
    let period = options.period.clone();
    let (responses, left_out) =
        koonti_consolidate::select_period(&programme, responses, Some(&period))?;
    findings.extend(left_out);
    let sources = source_files(&files, &responses, &digests);
    let mut report = koonti_consolidate::consolidate(&programme, responses, findings, Some(period));
    report.sources = sources;
    phase("yhdistäminen");
    Ok(Merged {
        programme,
        report,
        highlights: None,
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
    /// SHA-256 and size of the file, when they could be had.
    digest: Option<Digest>,
    response: Option<UnitResponse>,
    finding: Option<Finding>,
}

impl FileOutcome {
    /// A file that gave only a finding.
    fn found(finding: Finding, digest: Option<Digest>) -> Self {
        FileOutcome {
            own: false,
            digest,
            response: None,
            finding: Some(finding),
        }
    }
}

fn read_file(input: Input, limits: &Limits) -> (FileRead, Option<Digest>) {
    let shown = input.name.clone();
    let (read, digest) = input.read(limits);
    let read = match read {
        Ok(workbook) if is_koonti_output(&workbook) => FileRead::Own(Finding::file(
            Severity::Info,
            FindingCode::KoontiOutputSkipped,
            &workbook.file,
        )),
        Ok(workbook) => FileRead::Workbook(workbook),
        Err(err) => FileRead::Failed(Finding::file(Severity::Error, err.finding_code(), &shown)),
    };
    (read, digest)
}

/// Reads files from the start (taking them out of `inputs`), a batch at
/// a time in parallel, until [`DETECT_FROM_WORKBOOKS`] of them are
/// workbooks that answer (or the files run out): what programme detection
/// looks at.
fn read_head(
    inputs: &mut Vec<Input>,
    read_file: &(dyn Fn(Input) -> (FileRead, Option<Digest>) + Sync),
) -> Vec<(FileRead, Option<Digest>)> {
    let mut head = Vec::new();
    let mut found = 0;
    while found < DETECT_FROM_WORKBOOKS && !inputs.is_empty() {
        let end = (DETECT_FROM_WORKBOOKS - found).min(inputs.len());
        let batch: Vec<_> = inputs
            .drain(..end)
            .collect::<Vec<_>>()
            .into_par_iter()
            .map(read_file)
            .collect();
        found += batch
            .iter()
            .filter(|(r, _)| matches!(r, FileRead::Workbook(_)))
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

/// How many workbooks programme detection looks at.
const DETECT_FROM_WORKBOOKS: usize = 50;

/// Every input file with its SHA-256, size, and the unit and layout it was
/// read as (empty when it could not be read).
fn source_files(
    files: &[String],
    responses: &[UnitResponse],
    digests: &HashMap<String, Digest>,
) -> Vec<SourceFile> {
    let by_file: HashMap<&str, &UnitResponse> =
        responses.iter().map(|r| (r.file.as_str(), r)).collect();
    files
        .iter()
        .map(|shown| {
            let (sha256, size) = digests.get(shown).cloned().unwrap_or_default();
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
                respondent: field_text(response.and_then(|r| r.respondent.as_ref())),
                dated: field_text(response.and_then(|r| r.dated.as_ref())),
            }
        })
        .collect()
}

/// The text of a form field, empty when it was not filled.
fn field_text(field: Option<&FieldText>) -> String {
    field.map(|f| f.text.clone()).unwrap_or_default()
}

/// The bundled programme whose measures the workbooks' texts match.
pub(crate) fn detect_programme(workbooks: &[&Workbook]) -> Result<Programme, EngineError> {
    let all = koonti_programme::bundled()?;
    // A few dozen responses decide the programme; reading every cell of a
    // thousand would only cost time.
    let texts = refusals::texts(workbooks);
    match koonti_programme::detect(&all, texts.iter().copied()) {
        Some((index, _)) => Ok(all[index].clone()),
        None => {
            // Files made for a programme koonti does not know say so.
            let declared = refusals::declared_programmes(workbooks.iter().copied());
            if let Some(id) = declared
                .into_iter()
                .find(|id| !all.iter().any(|p| &p.id == id))
            {
                return Err(koonti_programme::Misfit::Unknown { declared: id }.into());
            }
            Err(EngineError::NoProgrammeDetected {
                bundled: all.into_iter().map(|p| p.id).collect(),
            })
        }
    }
}

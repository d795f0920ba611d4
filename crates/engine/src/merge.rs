//! The one-way flow of a merge: inputs → workbooks (read in parallel) →
//! programme (given or detected) → responses → report; the steps of its
//! reading are in [`crate::steps`].

use crate::error::EngineError;
use crate::input::{Digest, Input};
use crate::steps::{FileOutcome, Files, MergeOptions, Settled};
use koonti_layout::ProgrammeIndex;
use koonti_model::{
    FieldText, Finding, FindingCode, Programme, Report, Severity, SourceFile, UnitResponse,
};
use std::collections::HashMap;

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
    if inputs.is_empty() {
        return Err(EngineError::NoInputs);
    }
    // The steps a front end with more than one worker takes (crate::steps),
    // here on one share: the programme settled from the first workbooks,
    // every file read and interpreted in one pass, and its cells freed at
    // once, so a national merge never holds every workbook in memory.
    let mut files = Files::new(inputs, options.progress);
    // With no share after this one, settling gives a programme or refuses.
    let Some(settled) = files.settle(options, false)? else {
        return Err(EngineError::NoInputs);
    };
    let outcomes = files.read(&settled);
    if let Some(phase) = options.phase {
        phase("luku");
    }
    finish(settled, outcomes, options)
}

/// Consolidates the outcomes of every share of a merge's files, in the
/// files' order (the first share's, then the next one's), as [`merge`]
/// does: identical copies read once, koonti's own outputs passed over,
/// one period, the report. `options` as given to [`Files::settle`], with
/// the problems of every share's inputs.
pub fn finish(
    settled: Settled,
    outcomes: Vec<FileOutcome>,
    options: &MergeOptions,
) -> Result<Merged, EngineError> {
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
    let Settled {
        index,
        findings: settling,
        ..
    } = settled;
    findings.extend(settling);
    let programme = index.programme.clone();
    let mut files = Vec::with_capacity(outcomes.len());
    let mut responses = Vec::with_capacity(outcomes.len());
    let mut digests = HashMap::with_capacity(outcomes.len());
    let mut own = Vec::new();
    let mut unread = Vec::new();
    let kept = copies_kept(&outcomes);
    for outcome in outcomes {
        let name = outcome.name;
        if let Some(digest) = &outcome.digest {
            digests.insert(name.clone(), digest.clone());
        }
        files.push(name.clone());
        let copy_of = outcome
            .digest
            .as_ref()
            .and_then(|(sha256, _)| kept.get(sha256))
            .filter(|keeper| **keeper != name)
            .cloned();
        // One response, read once: the copy's findings would repeat the
        // first's word for word.
        if let Some(of) = copy_of {
            findings.push(Finding::file(
                Severity::Info,
                FindingCode::IdenticalCopy { of },
                &name,
            ));
            continue;
        }
        findings.extend(outcome.finding);
        // koonti's own outputs (a workbook from an earlier merge left in
        // the responses folder) are no responses: pass them over, and let
        // this merge replace them.
        if outcome.own {
            own.push(name);
            continue;
        }
        match outcome.response {
            Some(response) => responses.push(response),
            None => unread.push(name),
        }
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
    let guessed = guess_units(&index, &unread, &responses, &findings);
    let sources = source_files(&files, &responses, &digests, &guessed);
    let mut report = koonti_consolidate::consolidate(&programme, responses, findings, Some(period));
    report.sources = sources;
    if let Some(phase) = options.phase {
        phase("yhdistäminen");
    }
    Ok(Merged {
        programme,
        report,
        highlights: None,
    })
}

/// Of files byte for byte the same (same SHA-256, not empty), the one
/// read: the shortest name ("Hallintopalvelut.xlsx" rather than its
/// "Hallintopalvelut (2).xlsx" or "Kopio - …"), then the first by name.
/// The others are its copies.
fn copies_kept(outcomes: &[FileOutcome]) -> HashMap<String, String> {
    let mut kept: HashMap<String, String> = HashMap::new();
    for outcome in outcomes {
        let name = &outcome.name;
        let Some((sha256, size)) = &outcome.digest else {
            continue;
        };
        if *size == 0 {
            continue;
        }
        match kept.get(sha256) {
            Some(keeper) if !crate::copies::preferred(name, keeper) => {}
            _ => {
                kept.insert(sha256.clone(), name.clone());
            }
        }
    }
    kept
}

/// The units of files that gave no response, as their names tell (a
/// unit's "Pelastuslaitos.pdf"), and of copies, their first file's unit:
/// a unit whose only file could not be read is missing, and the missing
/// list names what it sent.
fn guess_units(
    index: &ProgrammeIndex,
    unread: &[String],
    responses: &[UnitResponse],
    findings: &[Finding],
) -> HashMap<String, String> {
    let unit_of = |file: &str| {
        responses
            .iter()
            .find(|r| r.file == file)
            .and_then(|r| r.unit.as_ref())
            .map(|u| u.name.clone())
    };
    let mut guessed = HashMap::new();
    for name in unread.iter().filter(|n| !crate::input::is_lock_file(n)) {
        let file = name.rsplit(crate::unpack::INSIDE).next().unwrap_or(name);
        let file = file.rsplit(['/', '\\']).next().unwrap_or(file);
        let stem = file.rsplit_once('.').map_or(file, |(stem, _)| stem);
        if let Some(unit) = index.match_unit(stem).or_else(|| index.find_unit_in(stem)) {
            guessed.insert(name.clone(), unit.to_string());
        }
    }
    for finding in findings {
        if let FindingCode::IdenticalCopy { of } = &finding.code {
            let unit = unit_of(of).or_else(|| guessed.get(of).cloned());
            if let Some(unit) = unit {
                guessed.insert(finding.file.clone(), unit);
            }
        }
    }
    guessed
}

/// Every input file with its SHA-256, size, and the unit and layout it was
/// read as (for a file that gave no response, the unit its name tells, if
/// any: `guessed`).
fn source_files(
    files: &[String],
    responses: &[UnitResponse],
    digests: &HashMap<String, Digest>,
    guessed: &HashMap<String, String>,
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
                    .or_else(|| guessed.get(shown).cloned())
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

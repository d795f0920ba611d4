//! The findings per file, for the secretary to send back to a unit before
//! the merge (`koonti check`).
use crate::merge::Merged;
use koonti_messages::{CheckText, Worded};
use koonti_model::{Finding, Lang, Report, Severity};
use std::collections::{BTreeMap, HashMap};

/// One input file and what it should fix.
#[derive(Debug, Clone, PartialEq)]
pub struct FileCheck {
    /// The file ("" for findings about the whole merge).
    pub file: String,
    /// The unit it was read as ("" when unknown, and for the whole merge).
    pub unit: String,
    /// The measures it left unanswered, as (id, text) in programme order.
    pub unanswered: Vec<(String, String)>,
    /// True when no unit name was found in it (it is filed under its file name).
    pub unit_missing: bool,
    /// Its findings, in the report's order.
    pub findings: Vec<Finding>,
}

impl FileCheck {
    /// True when nothing is left to fill and nothing was found.
    pub fn is_in_order(&self) -> bool {
        self.unanswered.is_empty() && !self.unit_missing && self.findings.is_empty()
    }
}

/// The findings grouped by file, files in name order (findings about the
/// whole merge, under the file "", first). Every response's file is
/// listed, also those without findings.
///
/// ```
/// use koonti_engine::{Input, Lang, MergeOptions, TemplateOptions};
/// # fn main() -> Result<(), koonti_engine::EngineError> {
/// let programme = koonti_engine::bundled_programme("siun-sote-2023-2025")?;
/// let mut inputs: Vec<Input> = koonti_engine::templates(&programme, &TemplateOptions::default())?
///     .into_iter()
///     .map(|(name, bytes)| Input::from_bytes(name, bytes))
///     .collect();
/// inputs.push(Input::from_bytes("vastaus.xlsx", b"%PDF-1.4".to_vec()));
/// let merged = koonti_engine::merge(inputs, &MergeOptions::default())?;
///
/// let checks = koonti_engine::check(&merged);
/// let broken = checks.iter().find(|c| c.file == "vastaus.xlsx").expect("listed");
/// assert_eq!(broken.findings[0].code.code(), "unreadable_file");
/// let text = koonti_engine::check_text(&merged, false, Lang::Fi);
/// assert!(text.contains("vastaus.xlsx:\n  VIRHE: "));
/// # Ok(())
/// # }
/// ```
pub fn check(merged: &Merged) -> Vec<FileCheck> {
    group(&merged.report, false)
}

fn group(report: &Report, quiet: bool) -> Vec<FileCheck> {
    // Grouped by file once: a national check has a thousand files and
    // thousands of findings, too many to search through per file.
    let mut by_file: BTreeMap<&str, Vec<&Finding>> = BTreeMap::new();
    let mut unit_of: HashMap<&str, &str> = HashMap::new();
    for response in &report.responses {
        for file in &response.files {
            by_file.entry(file).or_default();
            unit_of.entry(file).or_insert(&response.unit);
        }
    }
    // A file that gave no response goes by the unit its name tells.
    for source in report.sources.iter().filter(|s| !s.unit.is_empty()) {
        unit_of.entry(&source.file).or_insert(&source.unit);
    }
    for finding in &report.findings {
        if !quiet || finding.severity != Severity::Info {
            by_file.entry(&finding.file).or_default().push(finding);
        }
    }
    let mut left = left_to_fill(report);
    by_file
        .into_iter()
        .map(|(file, findings)| {
            let (unanswered, unit_missing) = left.remove(file).unwrap_or_default();
            FileCheck {
                file: file.to_string(),
                unit: match file {
                    "" => String::new(),
                    file => unit_of.get(file).copied().unwrap_or_default().to_string(),
                },
                unanswered,
                unit_missing,
                findings: findings.into_iter().cloned().collect(),
            }
        })
        .collect()
}

/// A file's unanswered measures (id, text) and whether its unit name is missing.
type LeftToFill = (Vec<(String, String)>, bool);

/// Per file used for a unit: its unanswered measures (id, text) and whether
/// its unit name is missing. A unit that said it has nothing to comment
/// has nothing left to fill.
fn left_to_fill(report: &Report) -> HashMap<&str, LeftToFill> {
    let nothing_to_comment = report.nothing_to_comment();
    let file_of: HashMap<&str, &str> = report
        .responses
        .iter()
        .filter(|r| !nothing_to_comment.contains(r.unit.as_str()))
        .filter_map(|r| r.files.first().map(|f| (r.unit.as_str(), f.as_str())))
        .collect();
    let mut by_file: HashMap<&str, LeftToFill> = HashMap::new();
    for answer in &report.answers {
        if let Some(file) = file_of.get(answer.unit.as_str()) {
            let left = by_file.entry(file).or_default();
            if !answer.status.is_answered() {
                left.0
                    .push((answer.measure.clone(), answer.measure_text.clone()));
            }
        }
    }
    for source in report.sources.iter().filter(|s| s.unit.is_empty()) {
        if let Some(left) = by_file.get_mut(source.file.as_str()) {
            left.1 = true;
        }
    }
    by_file
}

/// One file's part of [`check_text`]: its heading line, what is left to
/// fill and its findings, each line ending in a newline; `measures` is how
/// many measures the programme has (all unanswered is said in one line).
/// The block the secretary copies into an e-mail to the unit.
pub fn file_check_text(file: &FileCheck, measures: usize, lang: Lang) -> String {
    let heading = if file.file.is_empty() {
        CheckText::WholeMerge.message(lang)
    } else if file.unit.is_empty() {
        file.file.clone()
    } else {
        format!("{} ({})", file.file, file.unit)
    };
    if file.is_in_order() {
        return format!("{heading}: {}\n", CheckText::InOrder.message(lang));
    }
    let mut out = format!("{heading}:\n");
    for line in file_check_lines(file, measures, lang) {
        out.push_str(&format!("  {line}\n"));
    }
    out
}

/// The lines of [`file_check_text`] under its heading, unindented: what is
/// left to fill, then one line per finding with its sheet and cell.
pub fn file_check_lines(file: &FileCheck, measures: usize, lang: Lang) -> Vec<String> {
    let mut lines = Vec::new();
    if measures > 0 && file.unanswered.len() == measures {
        lines.push(CheckText::AllUnanswered { measures }.message(lang));
    } else {
        for (id, text) in &file.unanswered {
            lines.push(CheckText::Unanswered { id, text }.message(lang));
        }
    }
    if file.unit_missing {
        lines.push(CheckText::UnitNameMissing.message(lang));
    }
    for finding in &file.findings {
        let place = match (finding.sheet.as_str(), finding.cell.as_str()) {
            ("", _) => String::new(),
            (sheet, "") => format!("{sheet}: "),
            (sheet, cell) => format!("{sheet}!{cell}: "),
        };
        lines.push(format!(
            "{place}{}",
            CheckText::Finding(finding).message(lang)
        ));
    }
    lines
}

/// The check as `koonti check` prints it, in `lang`, the list the
/// secretary sends back: per file a heading line naming the unit, then what
/// is left to fill (the unanswered measures by id and text, a missing unit
/// name), then one line per finding with its sheet and cell, and a closing
/// count. A file is "kunnossa" only when nothing is left and nothing was
/// found. `quiet` leaves out findings of severity info.
pub fn check_text(merged: &Merged, quiet: bool, lang: Lang) -> String {
    let report = &merged.report;
    let measures = merged.programme.measures().len();
    let mut out = String::new();
    for file in group(report, quiet) {
        out.push_str(&file_check_text(&file, measures, lang));
    }
    let count = |s| report.findings.iter().filter(|f| f.severity == s).count();
    let counts = [
        count(Severity::Error),
        count(Severity::Warning),
        count(Severity::Info),
    ];
    let responses = report.responses.len();
    out.push_str(&CheckText::Totals { responses, counts }.message(lang));
    out.push('\n');
    out
}

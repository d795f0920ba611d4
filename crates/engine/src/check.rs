//! The findings per file, for the secretary to send back to a unit before
//! the merge (`koonti check`).
use crate::merge::Merged;
use koonti_model::{Finding, Lang, Report, Severity};
use std::collections::{BTreeMap, HashMap};

/// One input file and what it should fix.
#[derive(Debug, Clone, PartialEq)]
pub struct FileCheck {
    /// The file ("" for findings about the whole merge).
    pub file: String,
    /// The unit it was read as ("?" when unknown, "" for the whole merge).
    pub unit: String,
    /// Its findings, in the report's order; empty when it is in order.
    pub findings: Vec<Finding>,
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
/// assert!(text.contains("vastaus.xlsx (?):\n  VIRHE: "));
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
    for finding in &report.findings {
        if !quiet || finding.severity != Severity::Info {
            by_file.entry(&finding.file).or_default().push(finding);
        }
    }
    by_file
        .into_iter()
        .map(|(file, findings)| FileCheck {
            file: file.to_string(),
            unit: match file {
                "" => String::new(),
                file => unit_of.get(file).copied().unwrap_or("?").to_string(),
            },
            findings: findings.into_iter().cloned().collect(),
        })
        .collect()
}

/// The word for a severity, as the secretary reads it.
fn severity_word(severity: Severity, lang: Lang) -> &'static str {
    match severity {
        Severity::Error => lang.pick("VIRHE", "FEL", "ERROR"),
        Severity::Warning => lang.pick("huomio", "varning", "warning"),
        Severity::Info => lang.pick("tieto", "info", "note"),
    }
}

/// The closing line: how many responses, and findings of each severity.
fn totals(lang: Lang, responses: usize, counts: [usize; 3]) -> String {
    let [errors, warnings, infos] = counts;
    match lang {
        Lang::Fi => format!(
            "Tarkistettu {responses} vastausta: {errors} virhettä, {warnings} huomiota, {infos} tietoa."
        ),
        Lang::Sv => format!(
            "Kontrollerade {responses} svar: {errors} fel, {warnings} varningar, {infos} info."
        ),
        Lang::En => format!(
            "Checked {responses} responses: {errors} errors, {warnings} warnings, {infos} notes."
        ),
    }
}

/// The check as `koonti check` prints it, in `lang`: per file a heading
/// line naming the unit, then one line per finding with its sheet and
/// cell, and a closing count. `quiet` leaves out findings of severity info.
pub fn check_text(merged: &Merged, quiet: bool, lang: Lang) -> String {
    let report = &merged.report;
    let mut out = String::new();
    for file in group(report, quiet) {
        let heading = if file.file.is_empty() {
            lang.pick("Koko aineisto", "Hela materialet", "All inputs")
                .to_string()
        } else {
            format!("{} ({})", file.file, file.unit)
        };
        if file.findings.is_empty() {
            let fine = lang.pick("kunnossa", "i ordning", "OK");
            out.push_str(&format!("{heading}: {fine}\n"));
            continue;
        }
        out.push_str(&format!("{heading}:\n"));
        for finding in &file.findings {
            let place = match (finding.sheet.as_str(), finding.cell.as_str()) {
                ("", _) => String::new(),
                (sheet, "") => format!("{sheet}: "),
                (sheet, cell) => format!("{sheet}!{cell}: "),
            };
            out.push_str(&format!(
                "  {place}{}: {}\n",
                severity_word(finding.severity, lang),
                finding.message(lang)
            ));
        }
    }
    let count = |s| report.findings.iter().filter(|f| f.severity == s).count();
    let counts = [
        count(Severity::Error),
        count(Severity::Warning),
        count(Severity::Info),
    ];
    out.push_str(&totals(lang, report.responses.len(), counts));
    out.push('\n');
    out
}

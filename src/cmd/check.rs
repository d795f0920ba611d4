//! `koonti check`: the findings per file, in plain language (`--lang`), for
//! the secretary to send back to a unit before the merge.

use crate::pipeline;
use koonti_model::{Finding, Lang, Report, Severity};
use std::collections::{BTreeMap, HashMap};
use std::path::PathBuf;
use std::process::ExitCode;

/// Arguments of `koonti check`.
#[derive(Debug, clap::Args)]
#[command(
    help_template = super::HELP_TEMPLATE,
    before_help = "Examples:\n  koonti check vastaukset/\n  koonti check \"vastaukset/Hallintopalvelut.xlsx\" --programme siun-sote-2023-2025\n\nPrints one line per finding, grouped by file, with the sheet and cell.\nExits 1 if any finding is an error (a file or table that could not be read)."
)]
pub struct Args {
    /// Response files or folders (.xlsx .xlsm .xls .xlsb .ods).
    #[arg(required = true, value_name = "INPUT")]
    pub inputs: Vec<PathBuf>,
    /// Programme definition: a TOML file or a bundled id (default: detected).
    #[arg(long, value_name = "FILE|ID")]
    pub programme: Option<String>,
    /// Leave out findings of severity info.
    #[arg(short, long)]
    pub quiet: bool,
    /// Language of the findings: fi, sv or en.
    #[arg(long, value_name = "LANG", default_value = "fi")]
    pub lang: Lang,
}

/// Reads the inputs and prints their findings on standard output.
pub fn run(args: Args) -> Result<ExitCode, String> {
    let merged = pipeline::merge(&args.inputs, args.programme.as_deref(), None)?;
    let text = render(&merged.report, args.quiet, args.lang);
    print!("{text}");
    let has_errors = merged
        .report
        .findings
        .iter()
        .any(|f| f.severity == Severity::Error);
    Ok(if has_errors {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
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

/// The check report: per file a heading line naming the unit, then one
/// line per finding; findings about the whole merge come first.
fn render(report: &Report, quiet: bool, lang: Lang) -> String {
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
    let mut out = String::new();
    for (file, of_file) in by_file {
        let unit = unit_of.get(file).copied().unwrap_or("?");
        let heading = if file.is_empty() {
            lang.pick("Koko aineisto", "Hela materialet", "All inputs")
                .to_string()
        } else {
            format!("{file} ({unit})")
        };
        if of_file.is_empty() {
            let fine = lang.pick("kunnossa", "i ordning", "OK");
            out.push_str(&format!("{heading}: {fine}\n"));
            continue;
        }
        out.push_str(&format!("{heading}:\n"));
        for finding in of_file {
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

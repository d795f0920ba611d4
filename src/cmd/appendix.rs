//! `koonti appendix`: the strategy-evaluation appendix (xlsx and HTML) from
//! response files, a JSON report, or a consolidated workbook.

use crate::pipeline;
use koonti_model::{Programme, Report};
use koonti_write::{AppendixHtmlWriter, AppendixXlsxWriter, ReportWriter, write_atomic};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// Arguments of `koonti appendix`.
#[derive(Debug, clap::Args)]
#[command(
    help_template = super::HELP_TEMPLATE,
    before_help = "Examples:\n  koonti appendix vastaukset/ -o liite.xlsx --html liite.html\n  koonti appendix koonti-2024.xlsx --html liite.html\n  koonti appendix koonti-2024.json --programme siun-sote-2023-2025\n\nINPUT is either response files and folders (they are merged first), or one\nJSON report written by `koonti merge --json`, or one consolidated workbook\nwritten by `koonti merge` (it keeps the report in a hidden sheet)."
)]
pub struct Args {
    /// Response files or folders, or one report (.json) or consolidated workbook.
    #[arg(required = true, value_name = "INPUT")]
    pub inputs: Vec<PathBuf>,
    /// The appendix workbook to write.
    #[arg(short, long, value_name = "FILE", default_value = "liite.xlsx")]
    pub output: PathBuf,
    /// Also write the appendix as a self-contained HTML page.
    #[arg(long, value_name = "FILE")]
    pub html: Option<PathBuf>,
    #[command(flatten)]
    pub report: super::ReportArgs,
}

/// Makes the appendix and says what was written on standard error.
pub fn run(args: Args) -> Result<ExitCode, String> {
    let (report, programme, inputs) = load(&args)?;
    let xlsx = AppendixXlsxWriter {
        lang: args.report.lang,
    }
    .render(&report, &programme)
    .map_err(|e| e.to_string())?;
    write_atomic(&args.output, &xlsx, &inputs).map_err(|e| e.to_string())?;
    let mut written = vec![args.output.display().to_string()];
    if let Some(html_path) = &args.html {
        let html = AppendixHtmlWriter {
            lang: args.report.lang,
        }
        .render(&report, &programme)
        .map_err(|e| e.to_string())?;
        write_atomic(html_path, &html, &inputs).map_err(|e| e.to_string())?;
        written.push(html_path.display().to_string());
    }
    eprintln!(
        "koonti: {} — {} vastausta, {} toimenpidettä → {}",
        programme.id,
        report.responses.len(),
        programme.sections.len(),
        written.join(", ")
    );
    Ok(ExitCode::SUCCESS)
}

/// The report, its programme and the input files (never overwritten).
fn load(args: &Args) -> Result<(Report, Programme, Vec<PathBuf>), String> {
    if let [single] = args.inputs.as_slice()
        && let Some(stored) = stored_report(single)?
    {
        let mut report = stored.report;
        let programme = match (&args.report.programme, stored.programme) {
            (Some(requested), _) => load_programme(requested)?,
            (None, Some(programme)) => programme,
            (None, None) => load_programme(&report.programme.id)?,
        };
        if let Some(period) = &args.report.period {
            report.period = period.clone();
        }
        return Ok((report, programme, vec![single.clone()]));
    }
    let merged = pipeline::merge(
        &args.inputs,
        args.report.programme.as_deref(),
        args.report.period.clone(),
    )?;
    Ok((merged.report, merged.programme, merged.input_paths))
}

fn load_programme(name: &str) -> Result<Programme, String> {
    koonti_programme::load(name).map_err(|e| e.to_string())
}

/// A report stored in `path`: a JSON file, or a workbook with the hidden
/// report sheet. `None` for anything else (a response to merge).
fn stored_report(path: &Path) -> Result<Option<koonti_ingest::Embedded>, String> {
    let extension = path
        .extension()
        .and_then(|e| e.to_str())
        .map(str::to_ascii_lowercase);
    match extension.as_deref() {
        Some("json") => {
            let text =
                std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
            koonti_ingest::parse_report_json(&text)
                .map(Some)
                .map_err(|e| format!("{}: {e}", path.display()))
        }
        Some("xlsx" | "xlsm" | "ods" | "xls" | "xlsb") if path.is_file() => {
            // A response that cannot be opened is the merge's to report.
            Ok(koonti_ingest::read_embedded(path).ok().flatten())
        }
        _ => Ok(None),
    }
}

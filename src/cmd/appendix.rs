//! `koonti appendix`: the strategy-evaluation appendix (xlsx and HTML) from
//! response files, a JSON report, or a consolidated workbook.

use super::output::{Format, format_of};
use crate::gather;
use crate::messages::{Message, engine_error, os_text};
use crate::output::write_atomic;
use koonti_engine::{EngineError, Merged, load_programme};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// Arguments of `koonti appendix`.
#[derive(Debug, clap::Args)]
#[command(
    help_template = super::HELP_TEMPLATE,
    before_help = "Examples:\n  koonti appendix vastaukset/ -o liite.xlsx --html liite.html\n  koonti appendix koonti-2024.xlsx --html liite.html\n  koonti appendix koonti-2024.json --programme siun-sote-2023-2025\n  koonti appendix koonti-2024.xlsx --slides esitys.pptx\n\nINPUT is either response files and folders (they are merged first), or one\nJSON report written by `koonti merge --json`, or one consolidated workbook\nwritten by `koonti merge` (it keeps the report in a hidden sheet)."
)]
pub struct Args {
    /// Response files or folders, or one report (.json) or consolidated workbook.
    #[arg(required = true, value_name = "INPUT")]
    pub inputs: Vec<PathBuf>,
    /// The appendix to write: a workbook (.xlsx) or an HTML page (.html).
    #[arg(short, long, value_name = "FILE", default_value = "liite.xlsx")]
    pub output: PathBuf,
    /// Also write the appendix as a self-contained HTML page.
    #[arg(long, value_name = "FILE")]
    pub html: Option<PathBuf>,
    #[command(flatten)]
    pub report: super::ReportArgs,
    #[command(flatten)]
    pub slides: super::slides::SlidesArgs,
}

/// Makes the appendix and says what was written on standard error.
pub fn run(args: Args) -> Result<ExitCode, super::Failure> {
    let output_format = format_of(&args.output, "-o", &[Format::Xlsx, Format::Html])?;
    if let Some(html_path) = &args.html {
        format_of(html_path, "--html", &[Format::Html])?;
    }
    args.slides.check()?;
    let lang = args.report.lang;
    let (merged, inputs) = load(&args)?;
    // Made now: the page's printed margin and foot show the date.
    let options = super::shared::render_options(args.report.lang);
    let appendix = match output_format {
        Format::Html => koonti_engine::appendix_html(&merged, &options),
        _ => koonti_engine::appendix_xlsx(&merged, &options),
    }?;
    write_atomic(&args.output, &appendix, &inputs)?;
    let mut written = vec![args.output.display().to_string()];
    if let Some(html_path) = &args.html {
        let html = koonti_engine::appendix_html(&merged, &options)?;
        write_atomic(html_path, &html, &inputs)?;
        written.push(html_path.display().to_string());
    }
    if let Some(path) = args.slides.write(&merged, &options, &inputs)? {
        written.push(path.display().to_string());
    }
    let corrections = merged
        .report
        .findings
        .iter()
        .filter(|f| f.code.code() == "corrected_in_workbook")
        .count();
    let summary = Message::AppendixSummary {
        programme: merged.programme.id.clone(),
        responses: merged.report.responses.len(),
        actions: merged.programme.sections.len(),
        corrections,
        written,
    };
    eprintln!("koonti: {}", summary.text(lang));
    Ok(ExitCode::SUCCESS)
}

/// The report with its programme, and the input files (never overwritten).
fn load(args: &Args) -> Result<(Merged, Vec<PathBuf>), Message> {
    if let [single] = args.inputs.as_slice()
        && let Some(mut merged) = stored_report(single, args.report.programme.as_deref())?
    {
        if let Some(period) = &args.report.period {
            merged.report.period = period.clone();
        }
        return Ok((merged, vec![single.clone()]));
    }
    let gathered = gather::merge(
        &args.inputs,
        args.report.programme.as_deref(),
        args.report.period.clone().unwrap_or_default(),
        args.report.lang,
    )?;
    Ok((gathered.merged, gathered.input_paths))
}

/// A report stored in `path`: a JSON file, or a workbook with the hidden
/// report sheet. `None` for anything else (a response to merge).
fn stored_report(path: &Path, programme: Option<&str>) -> Result<Option<Merged>, Message> {
    let extension = path
        .extension()
        .and_then(|e| e.to_str())
        .map(str::to_ascii_lowercase);
    let json = match extension.as_deref() {
        Some("json") => true,
        Some("xlsx" | "xlsm" | "ods" | "xls" | "xlsb") if path.is_file() => false,
        _ => return Ok(None),
    };
    let bytes = match std::fs::read(path) {
        Ok(bytes) => bytes,
        Err(e) if json => {
            return Err(Message::InputUnreadable {
                file: path.display().to_string(),
                os: os_text(&e),
            });
        }
        // A response that cannot be opened is the merge's to report.
        Err(_) => return Ok(None),
    };
    let programme = match programme {
        Some(spec) => Some(load_programme(spec).map_err(engine_error)?),
        None => None,
    };
    match koonti_engine::read_stored(&path.display().to_string(), bytes, programme) {
        Ok(merged) => Ok(Some(merged)),
        Err(err @ (EngineError::Programme(_) | EngineError::EditedWorkbook { .. })) => {
            Err(engine_error(err))
        }
        Err(err) if json => Err(engine_error(err)),
        // A workbook without a readable stored report is a response.
        Err(_) => Ok(None),
    }
}

//! `koonti merge`: the committee workbook (and JSON) from returned files.

use crate::pipeline;
use koonti_model::{Lang, Severity};
use koonti_write::{JsonWriter, ReportWriter, WorkbookWriter, write_atomic};
use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

/// Arguments of `koonti merge`.
#[derive(Debug, clap::Args)]
#[command(
    help_template = super::HELP_TEMPLATE,
    before_help = "Examples:\n  koonti merge samples/siun-sote-2024\n  koonti merge vastaukset/*.xlsx -o koonti-2024.xlsx\n  koonti merge vastaukset/ --programme siun-sote-2023-2025 --json - | jq '.answers[0]'\n\nFolders are read recursively; Excel lock files (~$…) and hidden files are skipped.\nA file that cannot be read is a finding in the output, and the merge goes on."
)]
pub struct Args {
    /// Response files or folders (.xlsx .xlsm .xls .xlsb .ods).
    #[arg(required = true, value_name = "INPUT")]
    pub inputs: Vec<PathBuf>,
    /// The consolidated workbook to write.
    #[arg(short, long, value_name = "FILE", default_value = "koonti.xlsx")]
    pub output: PathBuf,
    /// Also write the report as JSON to FILE ("-" for standard output).
    #[arg(long, value_name = "FILE")]
    pub json: Option<PathBuf>,
    #[command(flatten)]
    pub report: super::ReportArgs,
}

/// The writer of the consolidated workbook in `lang`, naming this koonti
/// and the current time.
pub fn workbook_writer(lang: Lang) -> WorkbookWriter {
    let made = koonti_ingest::iso_utc(std::time::SystemTime::now())
        .map(|t| t.replacen('T', " ", 1).replace('Z', " UTC"))
        .unwrap_or_default();
    WorkbookWriter::new(lang, env!("CARGO_PKG_VERSION"), made)
}

/// Runs the merge and reports what was written on standard error.
pub fn run(args: Args) -> Result<ExitCode, String> {
    let merged = pipeline::merge(
        &args.inputs,
        args.report.programme.as_deref(),
        args.report.period,
    )?;
    let (report, programme) = (&merged.report, &merged.programme);
    let mut timings = merged.timings;
    let workbook = workbook_writer(args.report.lang)
        .render(report, programme)
        .map_err(|e| e.to_string())?;
    timings.mark("työkirja");
    let replaced = args.output.exists();
    write_atomic(&args.output, &workbook, &merged.input_paths).map_err(|e| e.to_string())?;
    timings.mark("tallennus");
    if let Some(json_path) = &args.json {
        let json = JsonWriter {
            lang: args.report.lang,
        }
        .render(report, programme)
        .map_err(|e| e.to_string())?;
        if json_path.as_os_str() == "-" {
            std::io::stdout()
                .write_all(&json)
                .map_err(|e| format!("standard output: {e}"))?;
        } else {
            write_atomic(json_path, &json, &merged.input_paths).map_err(|e| e.to_string())?;
        }
    }
    let count = |severity| {
        report
            .findings
            .iter()
            .filter(|f| f.severity == severity)
            .count()
    };
    eprintln!(
        "koonti: {} — {} vastausta ({} odotetusta), {} puuttuu; havaintoja: {} virhettä, {} huomiota, {} tietoa → {}{}",
        programme.id,
        report.responses.len(),
        programme.units.len(),
        report.missing_units.len(),
        count(Severity::Error),
        count(Severity::Warning),
        count(Severity::Info),
        args.output.display(),
        if replaced {
            " (aiempi tiedosto korvattu)"
        } else {
            ""
        }
    );
    Ok(ExitCode::SUCCESS)
}

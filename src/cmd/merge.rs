//! `koonti merge`: the committee workbook (and JSON) from returned files.

use super::output::{Format, format_of};
use super::shared::{render_options, summary};
use crate::gather;
use crate::messages::Message;
use crate::output::{write_atomic, write_atomic_with};
use std::path::PathBuf;
use std::process::ExitCode;

/// Arguments of `koonti merge`.
#[derive(Debug, clap::Args)]
#[command(
    help_template = super::HELP_TEMPLATE,
    before_help = "Examples:\n  koonti merge samples/siun-sote-2024\n  koonti merge vastaukset-2025/ -o koonti-2025.xlsx --previous koonti-2024.xlsx\n  koonti merge vastaukset/*.xlsx -o koonti-2024.xlsx\n  koonti merge vastaukset/ --slides esitys.pptx\n  koonti merge vastaukset/ --programme siun-sote-2023-2025 --json - | jq '.answers[0]'\n\nFolders are read recursively; Excel lock files (~$…) and hidden files are skipped.\nA file that cannot be read is a finding in the output, and the merge goes on."
)]
pub struct Args {
    /// Response files or folders (.xlsx .xlsm .xls .xlsb .ods).
    #[arg(required = true, value_name = "INPUT")]
    pub inputs: Vec<PathBuf>,
    /// The consolidated workbook to write (.xlsx), or the JSON report (.json).
    #[arg(short, long, value_name = "FILE", default_value = "koonti.xlsx")]
    pub output: PathBuf,
    /// Also write the report as JSON to FILE ("-" for standard output).
    #[arg(long, value_name = "FILE")]
    pub json: Option<PathBuf>,
    /// A report of an earlier period (consolidated workbook or JSON) to
    /// follow from; repeatable. Adds the Kehitys sheet and the JSON `history`.
    #[arg(long, value_name = "REPORT")]
    pub previous: Vec<PathBuf>,
    #[command(flatten)]
    pub report: super::ReportArgs,
    #[command(flatten)]
    pub slides: super::slides::SlidesArgs,
}

/// Runs the merge and reports what was written on standard error.
pub fn run(args: Args) -> Result<ExitCode, super::Failure> {
    let lang = args.report.lang;
    let output_format = format_of(&args.output, "-o", &[Format::Xlsx, Format::Json])?;
    if let Some(json_path) = args.json.as_deref().filter(|p| p.as_os_str() != "-") {
        format_of(json_path, "--json", &[Format::Json])?;
    }
    args.slides.check()?;
    let gathered = gather::merge(
        &args.inputs,
        args.report.programme.as_deref(),
        args.report.period.unwrap_or_default(),
        lang,
    )?;
    let mut input_paths = gathered.input_paths.clone();
    let merged_report = if args.previous.is_empty() {
        gathered.merged
    } else {
        let lang = args.report.lang;
        let mut previous = Vec::new();
        for (name, report, paths) in
            super::shared::reports::read_inputs(&args.previous, None, lang)?
        {
            previous.push((name, report));
            input_paths.extend(paths);
        }
        let shown: Vec<String> = args
            .inputs
            .iter()
            .map(|p| p.display().to_string())
            .collect();
        koonti_engine::with_previous(&shown.join(", "), gathered.merged, previous)
            .map_err(crate::messages::engine_error)?
    };
    let merged = &merged_report;
    let mut timings = gathered.timings;
    let options = render_options(lang);
    let written = match output_format {
        Format::Json => koonti_engine::report_json(merged, &options),
        // The process ends after its outputs: see the end of this function.
        _ => koonti_engine::committee_workbook_before_exit(merged, &options),
    }?;
    timings.mark("työkirja");
    let replaced = args.output.exists();
    write_atomic(&args.output, &written, &input_paths)?;
    timings.mark("tallennus");
    if let Some(json_path) = &args.json {
        if json_path.as_os_str() == "-" {
            let json = koonti_engine::report_json(merged, &options)?;
            crate::console::write_stdout(&json)?;
        } else {
            write_atomic_with(json_path, &input_paths, |file| {
                koonti_engine::report_json_to(merged, &options, file)
            })?;
        }
    }
    let slides = args.slides.write(merged, &options, &input_paths)?;
    // --- issue #13: a programme inferred from the files is kept for the next round ---
    let inferred = inferred_definition(&args.output, merged, lang)?;
    let summary = summary(merged, &args.output, replaced, inferred.as_deref());
    // Per unit what was found (capped), then the summary and the missing
    // units: the last lines are what a person reads.
    eprint!("{}", crate::console::findings_by_unit(merged, lang));
    eprintln!("koonti: {}", summary.text(lang));
    eprint!("{}", crate::console::missing_units(merged, lang));
    if let Some(path) = slides {
        let said = Message::SlidesWritten {
            file: path.display().to_string(),
        };
        eprintln!("koonti: {}", said.text(lang));
    }
    if let Some(path) = inferred {
        let said = Message::ProgrammeInferredWritten {
            measures: merged.programme.measures().len(),
            units: merged.programme.units.len(),
            path: path.display().to_string(),
        };
        eprintln!("koonti: {}", said.text(lang));
    }
    // Every output is written and closed and the process ends next: the
    // system takes the merge's memory back at once, while freeing its
    // hundreds of thousands of strings one by one (the report, its rows
    // and the workbook's cells, left unfreed above too) cost a couple per
    // cent of a large merge's CPU time.
    std::mem::forget(merged_report);
    Ok(ExitCode::SUCCESS)
}

/// Where the definition inferred for `output` is kept: beside it, named
/// after it (`koonti.xlsx` → `koonti-ohjelma.toml`).
pub fn inferred_path(output: &std::path::Path) -> PathBuf {
    let stem = output
        .file_stem()
        .map(|s| s.to_string_lossy().to_string())
        .unwrap_or_else(|| "koonti".into());
    output.with_file_name(format!("{stem}-ohjelma.toml"))
}

/// Writes the programme the merge inferred from the files, if it did.
fn inferred_definition(
    output: &std::path::Path,
    merged: &koonti_engine::Merged,
    lang: koonti_model::Lang,
) -> Result<Option<PathBuf>, super::Failure> {
    let inferred = merged
        .report
        .findings
        .iter()
        .any(|f| f.code.code() == "programme_inferred");
    if !inferred {
        return Ok(None);
    }
    let path = inferred_path(output);
    let text = koonti_engine::programme_toml(
        &merged.programme,
        &crate::messages::ProgrammeSaid::InferredOrigin.text(lang),
        lang,
    )?;
    write_atomic(&path, text.as_bytes(), &[])?;
    Ok(Some(path))
}

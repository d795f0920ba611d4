//! `koonti compare`: the follow-up across years or quarters from the
//! reports of each period (committee workbooks, JSON reports, or folders
//! of responses merged first).

use super::shared::reports::read_inputs;
use crate::messages::CompareMessage;

use super::output::{Format, format_of};
use crate::messages::{Message, engine_error};
use crate::output::write_atomic;
use koonti_engine::history::change_counts;
use koonti_engine::{Lang, Merged};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// Arguments of `koonti compare`.
#[derive(Debug, clap::Args)]
#[command(
    help_template = super::HELP_TEMPLATE,
    before_help = "Examples:\n  koonti compare koonti-2024.xlsx koonti-2025.xlsx -o kehitys.xlsx\n  koonti compare koonti-2023.json koonti-2024.json vastaukset-2025/ --json kehitys.json\n  koonti compare Q1.xlsx Q2.xlsx Q3.xlsx Q4.xlsx -o kehitys-2025.xlsx --lang sv\n\nEach INPUT is one period: a committee workbook of `koonti merge` (its hidden report\nis read, with corrections made on Vastaukset), a JSON report, or a folder of\nresponses (merged first; response files given one by one are merged together, and\nfiles of several periods are merged once per period). Periods are ordered oldest first by the reports' own\nperiods, whatever the order given; two inputs of one period, or one whose period\ncannot be told, are refused. The workbook is the newest period's committee\nworkbook with a Kehitys sheet, and can itself be an input again (bringing the\nearlier periods of its history)."
)]
pub struct Args {
    /// One report per period: consolidated workbooks, JSON reports, folders or files of responses.
    #[arg(required = true, value_name = "INPUT")]
    pub inputs: Vec<PathBuf>,
    /// The follow-up workbook to write (.xlsx), or the JSON report with its history (.json).
    #[arg(short, long, value_name = "FILE", default_value = "kehitys.xlsx")]
    pub output: PathBuf,
    /// Also write the report with its history as JSON to FILE ("-" for standard output).
    #[arg(long, value_name = "FILE")]
    pub json: Option<PathBuf>,
    /// Programme definition for folders of responses and JSON reports: a
    /// TOML file or a bundled id (default: detected, or the one stored with a report).
    #[arg(long, value_name = "FILE|ID")]
    pub programme: Option<String>,
    /// Language of the labels and messages: fi, sv or en.
    #[arg(long, value_name = "LANG", default_value = "fi")]
    pub lang: Lang,
}

/// Reads each period, compares them and writes the outputs.
pub fn run(args: Args) -> Result<ExitCode, super::Failure> {
    let lang = args.lang;
    let output_format = format_of(&args.output, "-o", &[Format::Xlsx, Format::Json])?;
    if let Some(json_path) = args.json.as_deref().filter(|p| p.as_os_str() != "-") {
        format_of(json_path, "--json", &[Format::Json])?;
    }
    let mut periods = Vec::with_capacity(args.inputs.len());
    let mut input_paths = Vec::new();
    for (name, merged, paths) in read_inputs(&args.inputs, args.programme.as_deref(), lang)? {
        periods.push((name, merged));
        input_paths.extend(paths);
    }
    let compared = koonti_engine::compare(periods).map_err(engine_error)?;
    let options = super::shared::render_options(lang);
    let written = match output_format {
        Format::Json => koonti_engine::report_json(&compared, &options),
        _ => koonti_engine::committee_workbook(&compared, &options),
    }?;
    write_atomic(&args.output, &written, &input_paths)?;
    let mut outputs = vec![args.output.display().to_string()];
    if let Some(json_path) = &args.json {
        write_json(json_path, &compared, &options, &input_paths)?;
        if json_path.as_os_str() != "-" {
            outputs.push(json_path.display().to_string());
        }
    }
    eprintln!("{}", written_message(&compared, outputs).text(lang));
    Ok(ExitCode::SUCCESS)
}

/// The report as JSON to `path` ("-": standard output).
pub fn write_json(
    path: &Path,
    merged: &Merged,
    options: &koonti_engine::RenderOptions,
    inputs: &[PathBuf],
) -> Result<(), Message> {
    let json = koonti_engine::report_json(merged, options).map_err(engine_error)?;
    if path.as_os_str() == "-" {
        crate::console::write_stdout(&json)
    } else {
        write_atomic(path, &json, inputs).map_err(|e| e.message())
    }
}

/// The summary line of a comparison.
fn written_message(compared: &Merged, outputs: Vec<String>) -> CompareMessage {
    let history = compared.report.history.clone().unwrap_or_default();
    let last = history.periods.len().saturating_sub(1);
    let c = change_counts(&history, &compared.programme, last.saturating_sub(1), last);
    CompareMessage::Written {
        programme: compared.programme.id.clone(),
        periods: history.periods.iter().map(ToString::to_string).collect(),
        counts: [c.improved, c.regressed, c.unchanged, c.new, c.dropped],
        outputs,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_message_is_worded_in_every_language() {
        let messages = [
            CompareMessage::NotAReport {
                input: "a.xlsx".into(),
            },
            CompareMessage::Unreadable {
                input: "a.xlsx".into(),
                reason: crate::messages::SystemReason::of(&std::io::Error::from(
                    std::io::ErrorKind::PermissionDenied,
                )),
            },
            CompareMessage::Undated {
                input: "vastaukset".into(),
                file: "a.xlsx".into(),
                periods: vec!["Q1/2025".into(), "Q2/2025".into()],
            },
            CompareMessage::Written {
                programme: "p".into(),
                periods: vec!["2024".into(), "2025".into()],
                counts: [1, 2, 3, 4, 5],
                outputs: vec!["kehitys.xlsx".into()],
            },
        ];
        for message in &messages {
            let worded: Vec<String> = [Lang::Fi, Lang::Sv, Lang::En]
                .into_iter()
                .map(|lang| message.text(lang))
                .collect();
            assert!(worded.iter().all(|w| !w.is_empty()));
            assert_ne!(worded[0], worded[1]);
            assert_ne!(worded[1], worded[2]);
        }
    }
}

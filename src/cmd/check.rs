//! `koonti check`: the findings per file, in plain language (`--lang`), for
//! the secretary to send back to a unit before the merge.

use crate::gather;
use koonti_engine::{Lang, Severity};
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
    /// Programme definition: a TOML file, a spreadsheet (.xlsx .ods .xls) or a
    /// bundled id (default: detected, or inferred from the files).
    #[arg(long, value_name = "FILE|ID")]
    pub programme: Option<String>,
    /// Leave out findings of severity info.
    #[arg(short, long)]
    pub quiet: bool,
    /// Language of the findings and messages: fi, sv or en.
    #[arg(long, value_name = "LANG", default_value = "fi")]
    pub lang: Lang,
}

/// Reads the inputs and prints their findings on standard output.
pub fn run(args: Args) -> Result<ExitCode, super::Failure> {
    let gathered = gather::merge(
        &args.inputs,
        args.programme.as_deref(),
        Default::default(),
        args.lang,
    )?;
    let merged = &gathered.merged;
    crate::console::say(&koonti_engine::check_text(merged, args.quiet, args.lang));
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

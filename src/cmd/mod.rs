//! Subcommands, one module each with its arguments and `run`.

pub mod appendix;
pub mod check;
pub mod compare;
pub mod merge;
pub mod output;
pub mod programme;
pub mod shared;
pub mod slides;
pub mod template;

use crate::messages::Message;
use clap::{Parser, Subcommand};
use koonti_engine::{Lang, ReportPeriod};
use std::process::ExitCode;

/// koonti merges the Excel answers that units return about a participation
/// programme (osallisuusohjelma) into one report for the committee.
#[derive(Debug, Parser)]
#[command(name = "koonti", version, about, long_about = None)]
#[command(
    help_template = HELP_TEMPLATE,
    before_help = "Examples:\n  koonti merge vastaukset/\n  koonti merge vastaukset/ -o koonti-2024.xlsx --json koonti-2024.json\n  koonti template --programme siun-sote-2023-2025 --period 2025 -o lomakkeet/\n  koonti appendix koonti-2024.xlsx --html liite.html\n  koonti compare koonti-2024.xlsx koonti-2025.xlsx -o kehitys.xlsx\n\nExit status: 0 when the output was written (problems in single files are findings in it),\n1 when nothing could be written, 2 for bad arguments."
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

/// What koonti does.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Merge returned response files into the committee workbook (and JSON).
    Merge(merge::Args),
    /// Check returned files and list what a unit should fix, per file.
    Check(check::Args),
    /// Write response templates (one per expected unit, and a blank one) for units to fill in.
    Template(template::Args),
    /// Make the strategy-evaluation appendix (xlsx and HTML) from responses,
    /// a JSON report or a consolidated workbook.
    Appendix(appendix::Args),
    /// A county's own programme: a blank spreadsheet or one derived from a form, check, list, show.
    Programme(programme::Args),
    /// Follow the reports of several years or quarters: what moved since last time.
    Compare(compare::Args),
}

/// Why a command stopped without its output.
#[derive(Debug)]
pub enum Failure {
    /// koonti refuses or could not write (exit 1).
    Refused(Message),
    /// The arguments ask for something koonti cannot do (exit 2).
    BadArgument(Message),
}

impl From<Message> for Failure {
    fn from(reason: Message) -> Failure {
        Failure::Refused(reason)
    }
}

impl From<crate::output::OutputError> for Failure {
    fn from(err: crate::output::OutputError) -> Failure {
        Failure::Refused(err.message())
    }
}

impl From<koonti_engine::EngineError> for Failure {
    fn from(err: koonti_engine::EngineError) -> Failure {
        Failure::Refused(crate::messages::engine_error(err))
    }
}

impl Failure {
    /// The exit status: 1 for a refusal, 2 for bad arguments (as clap's).
    pub fn exit_code(&self) -> u8 {
        match self {
            Failure::Refused(_) => 1,
            Failure::BadArgument(_) => 2,
        }
    }

    /// The reason.
    pub fn reason(&self) -> &Message {
        match self {
            Failure::Refused(reason) | Failure::BadArgument(reason) => reason,
        }
    }
}

/// Runs the chosen subcommand.
pub fn run(cli: Cli) -> Result<ExitCode, Failure> {
    match cli.command {
        Command::Merge(args) => merge::run(args),
        Command::Check(args) => check::run(args),
        Command::Template(args) => template::run(args),
        Command::Appendix(args) => appendix::run(args),
        Command::Programme(args) => programme::run(args),
        Command::Compare(args) => compare::run(args),
    }
}

/// Help as xsv writes it: what the command does, then examples, then the
/// usage and options.
pub const HELP_TEMPLATE: &str =
    "{about-with-newline}\n{before-help}{usage-heading} {usage}\n\n{all-args}{after-help}";

/// The options shared by the subcommands that make a report.
#[derive(Debug, clap::Args)]
pub struct ReportArgs {
    /// Programme definition: a TOML file, a spreadsheet (.xlsx .ods .xls) or
    /// a bundled id (default: detected from the measure texts, inferred from
    /// the files when none fits, or the one stored with a report).
    #[arg(long, value_name = "FILE|ID")]
    pub programme: Option<String>,
    /// Reporting period shown in the outputs (default: found in the files).
    #[arg(long, value_name = "PERIOD", value_parser = period_arg)]
    pub period: Option<ReportPeriod>,
    /// Language of the labels and messages: fi, sv or en.
    #[arg(long, value_name = "LANG", default_value = "fi")]
    pub lang: Lang,
}

/// `--period` read once: a period in any of its written forms ("q3 2025"
/// is Q3/2025), else the name as given ("2024 (kevät)").
pub fn period_arg(text: &str) -> Result<ReportPeriod, std::convert::Infallible> {
    Ok(koonti_engine::report_period(text))
}

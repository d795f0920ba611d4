//! `koonti template`: response templates, one per expected unit and a blank
//! one for any other unit.

use crate::messages::{Message, os_text};
use crate::output::write_atomic;
use koonti_engine::{Lang, ReportPeriod, TemplateOptions};
use std::path::PathBuf;
use std::process::ExitCode;

/// Arguments of `koonti template`.
#[derive(Debug, clap::Args)]
#[command(
    help_template = super::HELP_TEMPLATE,
    before_help = "Examples:\n  koonti template --programme siun-sote-2023-2025 --period 2025\n  koonti template --programme siun-sote-2023-2025 --period 2025 --deadline 31.1.2026 --contact osallisuus@siunsote.fi -o lomakkeet/\n  koonti template --programme keusote-2020-2025 --period 2025 --lang sv -o blanketter/\n\nWrites \"<programme> <period> <unit>.xlsx\" for every unit of the programme and\n\"<programme> <period> muu yksikkö.xlsx\" with an empty unit field for anyone else.\nOnly the answer cells are editable (the protection has no password); koonti merge\nreads the returned files exactly, also when measure texts were edited or rows moved."
)]
pub struct Args {
    /// Programme definition: a TOML file, a spreadsheet (.xlsx .ods .xls) or a bundled id.
    #[arg(long, value_name = "FILE|ID", required = true)]
    pub programme: String,
    /// Reporting period shown in the title and the file names, e.g. 2025
    /// (default: the current year).
    #[arg(long, value_name = "PERIOD", value_parser = super::period_arg)]
    pub period: Option<ReportPeriod>,
    /// Return date shown in the instructions, as written (e.g. 31.1.2026).
    #[arg(long, value_name = "DATE")]
    pub deadline: Option<String>,
    /// Whom to ask and where to return, shown in the instructions.
    #[arg(long, value_name = "TEXT")]
    pub contact: Option<String>,
    /// Language of the templates: fi, sv or en.
    #[arg(long, value_name = "LANG", default_value = "fi")]
    pub lang: Lang,
    /// Folder to write the templates into (created if missing).
    #[arg(short, long, value_name = "DIR", default_value = "lomakkeet")]
    pub output: PathBuf,
}

/// Writes the templates and lists them on standard error.
pub fn run(args: Args) -> Result<ExitCode, super::Failure> {
    let programme = koonti_engine::load_programme(&args.programme)?;
    let period = match args.period {
        Some(period) => period,
        None => {
            let year = current_year();
            let said = Message::PeriodDefaulted { year: year.clone() };
            eprintln!("koonti: {}", said.text(args.lang));
            koonti_engine::report_period(&year)
        }
    };
    let options = TemplateOptions {
        period,
        lang: args.lang,
        deadline: args.deadline,
        contact: args.contact,
        prefill: None,
    };
    let templates = koonti_engine::templates(&programme, &options)?;
    std::fs::create_dir_all(&args.output).map_err(|err| Message::FolderNotCreated {
        folder: args.output.display().to_string(),
        os: os_text(&err),
    })?;
    for (name, bytes) in &templates {
        write_atomic(&args.output.join(name), bytes, &[])?;
    }
    let summary = Message::TemplateSummary {
        programme: programme.id.clone(),
        templates: templates.len(),
        folder: args.output.display().to_string(),
    };
    eprintln!("koonti: {}", summary.text(args.lang));
    Ok(ExitCode::SUCCESS)
}

/// This year, from the system clock (UTC).
fn current_year() -> String {
    koonti_ingest::iso_utc(std::time::SystemTime::now())
        .map(|t| t.chars().take(4).collect())
        .unwrap_or_default()
}

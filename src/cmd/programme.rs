//! `koonti programme`: a county's own programme definition — a blank
//! spreadsheet to fill in, one derived from a response form, checking a
//! definition (TOML or spreadsheet), listing and showing the bundled ones.

use crate::messages::{Message, OutputKind, ProgrammeSaid, os_text};
use crate::output::write_atomic;
use koonti_engine::{Guess, Lang, Programme};
use koonti_messages::Worded;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// Arguments of `koonti programme`.
#[derive(Debug, clap::Args)]
#[command(
    help_template = super::HELP_TEMPLATE,
    before_help = "Examples:\n  koonti programme new -o ohjelma.xlsx\n  koonti programme new --from lomake.xlsx -o ohjelma.toml\n  koonti programme check ohjelma.xlsx\n  koonti programme list\n  koonti programme show siun-sote-2023-2025 --xlsx -o siun-ohjelma.xlsx\n\nA programme is a TOML file or the spreadsheet a county keeps (a table with a\nToimenpide column; see docs/ohjelma.md). Give either with --programme to merge,\ncheck, template and appendix."
)]
pub struct Args {
    #[command(subcommand)]
    pub command: Sub,
    /// Language of the messages: fi, sv or en.
    #[arg(long, value_name = "LANG", default_value = "fi", global = true)]
    pub lang: Lang,
}

/// What `koonti programme` does.
#[derive(Debug, clap::Subcommand)]
pub enum Sub {
    /// Write a blank programme spreadsheet (.xlsx) or TOML to fill in, or
    /// one derived from a response form (--from).
    New(NewArgs),
    /// Check a definition (TOML or spreadsheet): every problem on its line or cell, with the fix.
    #[command(
        help_template = super::HELP_TEMPLATE,
        before_help = "Examples:\n  koonti programme check ohjelma.toml\n  koonti programme check ohjelma.xlsx --lang sv\n\nExits 1 when the definition has problems."
    )]
    Check {
        /// The definition file.
        file: PathBuf,
    },
    /// List the bundled programmes.
    List,
    /// Print a programme as TOML (or write it as a spreadsheet with --xlsx).
    Show(ShowArgs),
}

/// Arguments of `koonti programme new`.
#[derive(Debug, clap::Args)]
#[command(
    help_template = super::HELP_TEMPLATE,
    before_help = "Examples:\n  koonti programme new -o ohjelma.xlsx\n  koonti programme new -o ohjelma.toml\n  koonti programme new --from \"vanha lomake.xlsx\" -o ohjelma.xlsx\n\nWithout --from: a blank spreadsheet (or TOML) with an example row and instructions.\nWith --from: the headings, measure rows, answer columns and labels of a response\nform or one returned response, and a list of what was guessed."
)]
pub struct NewArgs {
    /// Derive the definition from an existing response form or one returned response.
    #[arg(long, value_name = "FORM")]
    pub from: Option<PathBuf>,
    /// The file to write: .xlsx (spreadsheet) or .toml.
    #[arg(short, long, value_name = "FILE", default_value = "ohjelma.xlsx")]
    pub output: PathBuf,
}

/// Arguments of `koonti programme show`.
#[derive(Debug, clap::Args)]
#[command(
    help_template = super::HELP_TEMPLATE,
    before_help = "Examples:\n  koonti programme show siun-sote-2023-2025 > oma.toml\n  koonti programme show keusote-2020-2025 --xlsx -o keusote.xlsx\n  koonti programme show ohjelma.xlsx"
)]
pub struct ShowArgs {
    /// A bundled id or a definition file.
    #[arg(value_name = "ID|FILE")]
    pub programme: String,
    /// Write the spreadsheet form instead of printing TOML.
    #[arg(long)]
    pub xlsx: bool,
    /// Where --xlsx writes (default: <id>.xlsx).
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
}

/// Runs the chosen `koonti programme` subcommand.
pub fn run(args: Args) -> Result<ExitCode, super::Failure> {
    let lang = args.lang;
    match args.command {
        Sub::New(new) => run_new(new, lang),
        Sub::Check { file } => run_check(&file, lang),
        Sub::List => {
            for programme in koonti_engine::bundled_programmes()? {
                println!(
                    "{}",
                    ProgrammeSaid::Listed {
                        programme: &programme
                    }
                    .text(lang)
                );
            }
            Ok(ExitCode::SUCCESS)
        }
        Sub::Show(show) => run_show(show, lang),
    }
}

/// The format `path`'s extension asks for: true for a spreadsheet.
fn is_xlsx(path: &Path) -> Result<bool, super::Failure> {
    match path
        .extension()
        .and_then(|e| e.to_str())
        .map(str::to_ascii_lowercase)
        .as_deref()
    {
        Some("xlsx") => Ok(true),
        Some("toml") => Ok(false),
        asked => Err(super::Failure::BadArgument(Message::BadExtension {
            option: "-o".into(),
            file: path.display().to_string(),
            asked: asked.map(str::to_string),
            allowed: vec![OutputKind::Xlsx, OutputKind::Toml],
        })),
    }
}

fn run_new(args: NewArgs, lang: Lang) -> Result<ExitCode, super::Failure> {
    let xlsx = is_xlsx(&args.output)?;
    let (programme, guesses, bytes) = match &args.from {
        None => {
            let sheet = koonti_engine::blank_programme_xlsx(lang)?;
            let defined = koonti_engine::programme_definition("ohjelma.xlsx", &sheet)?;
            let bytes = if xlsx {
                sheet
            } else {
                toml_bytes(
                    &defined.programme,
                    &ProgrammeSaid::BlankOrigin.text(lang),
                    lang,
                )?
            };
            (defined.programme, Vec::new(), bytes)
        }
        Some(form) => {
            let shown = form.display().to_string();
            let read = std::fs::read(form).map_err(|e| Message::InputUnreadable {
                file: shown.clone(),
                os: os_text(&e),
            })?;
            let defined = koonti_engine::programme_from_form(&shown, &read)?;
            let bytes = if xlsx {
                koonti_engine::programme_xlsx(&defined.programme, lang)?
            } else {
                let origin = ProgrammeSaid::DerivedOrigin { form: &shown }.text(lang);
                toml_bytes(&defined.programme, &origin, lang)?
            };
            (defined.programme, defined.guesses, bytes)
        }
    };
    let inputs: Vec<PathBuf> = args.from.iter().cloned().collect();
    write_atomic(&args.output, &bytes, &inputs)?;
    eprintln!(
        "{}",
        ProgrammeSaid::Wrote {
            path: &args.output,
            programme: &programme
        }
        .text(lang)
    );
    print_guesses(&guesses, lang);
    Ok(ExitCode::SUCCESS)
}

fn toml_bytes(programme: &Programme, origin: &str, lang: Lang) -> Result<Vec<u8>, super::Failure> {
    Ok(koonti_engine::programme_toml(programme, origin, lang)?.into_bytes())
}

fn print_guesses(guesses: &[Guess], lang: Lang) {
    if guesses.is_empty() {
        return;
    }
    eprintln!("{}", ProgrammeSaid::Guessed.text(lang));
    for guess in guesses {
        eprintln!("  - {}", guess.message(lang));
    }
}

fn run_check(file: &Path, lang: Lang) -> Result<ExitCode, super::Failure> {
    let shown = file.display().to_string();
    let bytes = std::fs::read(file).map_err(|e| Message::InputUnreadable {
        file: shown.clone(),
        os: os_text(&e),
    })?;
    if !koonti_engine::is_spreadsheet(&bytes) {
        let problems = koonti_engine::check_definition(&bytes)?;
        if !problems.is_empty() {
            println!(
                "{}",
                ProgrammeSaid::Problems {
                    file: &shown,
                    count: problems.len()
                }
                .text(lang)
            );
            for problem in &problems {
                println!("  {}", problem.message(lang));
            }
            return Ok(ExitCode::from(1));
        }
    }
    match koonti_engine::programme_definition(&shown, &bytes) {
        Ok(defined) => {
            let (file, programme) = (shown.as_str(), &defined.programme);
            let verdict = if defined.guesses.iter().any(Guess::is_scale_guessed) {
                ProgrammeSaid::ScaleGuessed { file, programme }
            } else {
                ProgrammeSaid::Fine { file, programme }
            };
            println!("{}", verdict.text(lang));
            print_guesses(&defined.guesses, lang);
            Ok(ExitCode::SUCCESS)
        }
        Err(err) => {
            println!(
                "{}",
                ProgrammeSaid::Problems {
                    file: &shown,
                    count: 1
                }
                .text(lang)
            );
            println!("  {}", crate::messages::engine_error(err).text(lang));
            Ok(ExitCode::from(1))
        }
    }
}

fn run_show(args: ShowArgs, lang: Lang) -> Result<ExitCode, super::Failure> {
    let programme = koonti_engine::load_programme(&args.programme)?;
    if args.xlsx {
        let path = args
            .output
            .unwrap_or_else(|| PathBuf::from(format!("{}.xlsx", programme.id)));
        let bytes = koonti_engine::programme_xlsx(&programme, lang)?;
        write_atomic(&path, &bytes, &[])?;
        eprintln!(
            "{}",
            ProgrammeSaid::Wrote {
                path: &path,
                programme: &programme
            }
            .text(lang)
        );
    } else {
        let text = koonti_engine::programme_toml(&programme, &programme.title, lang)?;
        print!("{text}");
    }
    Ok(ExitCode::SUCCESS)
}

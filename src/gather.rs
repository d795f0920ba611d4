//! The command line's side of a merge: the inputs gathered from the
//! arguments, the programme named by `--programme`, a progress bar, and
//! the engine's merge.

use crate::messages::{Message, engine_error};
use crate::timings::Timings;
use indicatif::{ProgressBar, ProgressStyle};
use koonti_engine::{
    EngineError, Lang, MergeOptions, Merged, ReportPeriod, collect_inputs, load_programme,
};
use std::collections::HashSet;
use std::io::IsTerminal;
use std::path::{Path, PathBuf};
use std::sync::Mutex;

/// A merge of files on disk.
pub struct Gathered {
    /// What the engine made.
    pub merged: Merged,
    /// The input files that were read as responses: never to be
    /// overwritten (koonti's own earlier outputs among them may be).
    pub input_paths: Vec<PathBuf>,
    /// The run's clock, for the phases that follow.
    pub timings: Timings,
}

/// Gathers the files named by `args`, loads the programme `programme`
/// names (a path or a bundled id; `None`: detected) and merges them,
/// showing progress in `lang`.
pub fn merge(
    args: &[PathBuf],
    programme: Option<&str>,
    period: ReportPeriod,
    lang: Lang,
) -> Result<Gathered, Message> {
    merge_or_refusal(args, programme, period, lang).map_err(Refusal::into_message)
}

/// Why [`merge_or_refusal`] made nothing: the engine's refusal as it is
/// (a caller may act on it, e.g. split files of several periods), or
/// another reason.
#[derive(Debug)]
pub enum Refusal {
    /// The engine refused the merge.
    Engine(koonti_engine::EngineError),
    /// No files, or the programme could not be loaded.
    Other(Message),
}

impl Refusal {
    /// The reason, as the user reads it.
    pub fn into_message(self) -> Message {
        match self {
            Refusal::Engine(err) => engine_error(err),
            Refusal::Other(reason) => reason,
        }
    }
}

/// [`merge`], with the engine's refusal kept typed.
pub fn merge_or_refusal(
    args: &[PathBuf],
    programme: Option<&str>,
    period: ReportPeriod,
    lang: Lang,
) -> Result<Gathered, Refusal> {
    let mut timings = Timings::from_env();
    let (inputs, mut problems) = collect_inputs(args);
    // The engine says why in English; the findings say it in `lang`.
    for problem in &mut problems {
        let reason = if Path::new(&problem.name).exists() {
            Message::FolderUnlisted {
                os: crate::messages::SystemReason::from_text(&problem.reason),
            }
        } else {
            Message::PathMissing
        };
        problem.reason = reason.text(lang);
    }
    if inputs.is_empty() {
        let shown = |paths: Vec<&PathBuf>| paths.iter().map(|p| p.display().to_string()).collect();
        let missing: Vec<&PathBuf> = args.iter().filter(|p| !p.exists()).collect();
        return Err(Refusal::Other(if missing.is_empty() {
            Message::NoSpreadsheets {
                paths: shown(args.iter().collect()),
            }
        } else {
            Message::InputsNotFound {
                paths: shown(missing),
            }
        }));
    }
    timings.mark("kerää");
    let programme = match programme {
        Some(spec) => Some(load_programme(spec).map_err(|err| Refusal::Other(engine_error(err)))?),
        None => None,
    };
    let paths: Vec<(String, PathBuf)> = inputs
        .iter()
        .filter_map(|input| Some((input.name.clone(), input.path()?.to_path_buf())))
        .collect();
    let bar = progress_bar(inputs.len(), lang);
    let progress = |done: usize, _total: usize| bar.set_position(done as u64);
    let clock = Mutex::new(timings);
    let phase = |name: &'static str| {
        if let Ok(mut clock) = clock.lock() {
            clock.mark(name);
        }
    };
    let options = MergeOptions {
        programme,
        period,
        progress: Some(&progress),
        phase: Some(&phase),
        input_problems: problems,
    };
    let merged = koonti_engine::merge(inputs, &options).map_err(|err| match err {
        EngineError::NoInputs => Refusal::Other(Message::NoSpreadsheets {
            paths: args.iter().map(|p| p.display().to_string()).collect(),
        }),
        err => Refusal::Engine(err),
    });
    bar.finish_and_clear();
    let merged = merged?;
    // koonti's own earlier outputs may be replaced: every other input stays.
    let own: HashSet<&str> = merged
        .report
        .findings
        .iter()
        .filter(|f| f.code == koonti_model::FindingCode::KoontiOutputSkipped)
        .map(|f| f.file.as_str())
        .collect();
    let read: HashSet<&str> = merged
        .report
        .sources
        .iter()
        .map(|s| s.file.as_str())
        .filter(|file| !own.contains(file))
        .collect();
    let input_paths = paths
        .into_iter()
        .filter(|(name, _)| read.contains(name.as_str()))
        .map(|(_, path)| path)
        .collect();
    let timings = clock.into_inner().unwrap_or_else(|err| err.into_inner());
    Ok(Gathered {
        merged,
        input_paths,
        timings,
    })
}

/// Files from which on reading shows a progress bar: fewer take a moment.
const PROGRESS_FROM_FILES: usize = 200;

/// A progress bar on standard error for a large merge; hidden when there
/// are few files or standard error is not a terminal (indicatif draws only
/// on a terminal), so logs and pipes stay clean.
fn progress_bar(files: usize, lang: Lang) -> ProgressBar {
    if files < PROGRESS_FROM_FILES || !std::io::stderr().is_terminal() {
        return ProgressBar::hidden();
    }
    let bar = ProgressBar::new(files as u64);
    let words = Message::Progress.text(lang);
    if let Ok(style) =
        ProgressStyle::with_template(&format!("{{spinner}} {words} [{{bar:30}}] {{eta}}"))
    {
        bar.set_style(style.progress_chars("=> "));
    }
    bar
}

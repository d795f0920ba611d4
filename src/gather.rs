//! The command line's side of a merge: the inputs gathered from the
//! arguments, the programme named by `--programme`, a progress bar, and
//! the engine's merge.

use crate::timings::Timings;
use indicatif::{ProgressBar, ProgressStyle};
use koonti_engine::{MergeOptions, Merged, collect_inputs, load_programme};
use std::collections::HashSet;
use std::io::IsTerminal;
use std::path::PathBuf;
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
/// names (a path or a bundled id; `None`: detected) and merges them.
/// `Err` is a one-line reason.
pub fn merge(
    args: &[PathBuf],
    programme: Option<&str>,
    period: Option<String>,
) -> Result<Gathered, String> {
    merge_or_refusal(args, programme, period).map_err(Refusal::into_reason)
}

/// Why [`merge_or_refusal`] made nothing: the engine's refusal as it is
/// (a caller may act on it, e.g. split files of several periods), or
/// another one-line reason.
#[derive(Debug)]
pub enum Refusal {
    /// The engine refused the merge.
    Engine(koonti_engine::EngineError),
    /// No files, or the programme could not be loaded.
    Other(String),
}

impl Refusal {
    /// The one-line reason.
    pub fn into_reason(self) -> String {
        match self {
            Refusal::Engine(err) => err.to_string(),
            Refusal::Other(reason) => reason,
        }
    }
}

/// [`merge`], with the engine's refusal kept typed.
pub fn merge_or_refusal(
    args: &[PathBuf],
    programme: Option<&str>,
    period: Option<String>,
) -> Result<Gathered, Refusal> {
    let mut timings = Timings::from_env();
    let (inputs, problems) = collect_inputs(args);
    if inputs.is_empty() {
        let shown: Vec<String> = args.iter().map(|p| p.display().to_string()).collect();
        return Err(Refusal::Other(format!(
            "no spreadsheet files (.xlsx .xlsm .xls .xlsb .ods) found in {}",
            shown.join(", ")
        )));
    }
    timings.mark("kerää");
    let programme = match programme {
        Some(spec) => Some(load_programme(spec).map_err(|err| Refusal::Other(err.to_string()))?),
        None => None,
    };
    let paths: Vec<(String, PathBuf)> = inputs
        .iter()
        .filter_map(|input| Some((input.name.clone(), input.path()?.to_path_buf())))
        .collect();
    let bar = progress_bar(inputs.len());
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
    let merged = koonti_engine::merge(inputs, &options).map_err(Refusal::Engine);
    bar.finish_and_clear();
    let merged = merged?;
    let read: HashSet<&str> = merged
        .report
        .sources
        .iter()
        .map(|s| s.file.as_str())
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
fn progress_bar(files: usize) -> ProgressBar {
    if files < PROGRESS_FROM_FILES || !std::io::stderr().is_terminal() {
        return ProgressBar::hidden();
    }
    let bar = ProgressBar::new(files as u64);
    if let Ok(style) =
        ProgressStyle::with_template("{spinner} luetaan {pos}/{len} tiedostoa [{bar:30}] {eta}")
    {
        bar.set_style(style.progress_chars("=> "));
    }
    bar
}

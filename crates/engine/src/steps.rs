//! The merge in steps, for a front end that reads the files in more than
//! one place (the browser page's two Web Workers, each with one thread):
//! [`Files::settle`] settles the programme from the first workbooks,
//! [`Files::read`] reads and interprets a share of the files against it
//! into [`FileOutcome`]s (serialisable: they travel between workers), and
//! [`crate::finish`]
//! consolidates the outcomes of every share, in order. [`crate::merge`] is
//! these steps on one share; split at any file, the shares give the same
//! report.

use crate::copies::Copies;
use crate::error::EngineError;
use crate::input::InputProblem;
use crate::input::{Digest, Input};
use crate::refusals;
use koonti_ingest::{Limits, Workbook};
use koonti_layout::{LayoutReader, ProgrammeIndex, read_response, readers};
use koonti_model::{
    FileKind, FileProblem, Finding, FindingCode, Programme, ReportPeriod, Severity, UnitResponse,
};
use rayon::prelude::*;
use serde::{Deserialize, Serialize};
use std::sync::atomic::{AtomicUsize, Ordering};

/// How to merge.
#[derive(Default)]
pub struct MergeOptions<'a> {
    /// The programme the inputs answer; `None`: detected from the measure
    /// texts of the first workbooks among the bundled programmes.
    pub programme: Option<Programme>,
    /// The reporting period (`--period`, read with
    /// [`crate::report_period`]); unknown: the period in the responses.
    pub period: ReportPeriod,
    /// Called after each file is read with (files read, files in all),
    /// from any thread.
    pub progress: Option<&'a (dyn Fn(usize, usize) + Sync)>,
    /// Called at the end of each phase of the merge with its name (in
    /// Finnish: "ohjelma", "luku", "yhdistäminen"), for timings.
    pub phase: Option<&'a (dyn Fn(&'static str) + Sync)>,
    /// Inputs that could not be used at all ([`crate::collect_inputs`]'s
    /// problems): each becomes an error finding.
    pub input_problems: Vec<InputProblem>,
}

/// How many workbooks programme detection looks at.
const DETECT_FROM_WORKBOOKS: usize = 50;

/// A merge's files (or one share of them, in their order), unpacked (a
/// zip or a saved e-mail gives the files it holds), with the count of
/// those read for the progress callback.
pub struct Files<'a> {
    /// Not read yet.
    inputs: Vec<Input>,
    /// Read to settle the programme, not yet interpreted.
    head: Vec<(String, FileRead, Option<Digest>)>,
    /// How many of `head` are workbooks.
    found: usize,
    total: usize,
    done: AtomicUsize,
    progress: Option<&'a (dyn Fn(usize, usize) + Sync)>,
    limits: Limits,
    /// The contents seen so far, to pass over copies (`crate::copies`).
    copies: Copies,
}

/// The programme a merge reads its files against, and what settling it
/// found (a scale taken from the returns, a programme inferred).
pub struct Settled {
    pub(crate) index: ProgrammeIndex,
    readers: Vec<Box<dyn LayoutReader>>,
    pub(crate) findings: Vec<Finding>,
}

/// What became of one input file, as [`Files::read`] gives it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FileOutcome {
    /// The file as named in outputs.
    pub(crate) name: String,
    /// koonti's own output: not an input of this merge.
    pub(crate) own: bool,
    /// SHA-256 and size of the file, when they could be had.
    pub(crate) digest: Option<Digest>,
    pub(crate) response: Option<UnitResponse>,
    pub(crate) finding: Option<Finding>,
}

impl<'a> Files<'a> {
    /// `inputs` in the order they are merged (packages opened);
    /// `progress(read, all)` is called after each file of them is read.
    pub fn new(inputs: Vec<Input>, progress: Option<&'a (dyn Fn(usize, usize) + Sync)>) -> Self {
        let limits = Limits::default();
        let inputs = crate::unpack::unpack(inputs, &limits);
        Files {
            total: inputs.len(),
            inputs,
            head: Vec::new(),
            found: 0,
            done: AtomicUsize::new(0),
            progress,
            limits,
            copies: Copies::default(),
        }
    }

    /// More files after these (packages opened), as they arrive: settled
    /// again while [`Files::settle`] gave `None`, else read by the next
    /// [`Files::read`]. Also the next share's files, for a first share too
    /// small to settle the programme on its own.
    pub fn extend(&mut self, inputs: Vec<Input>) {
        let inputs = crate::unpack::unpack(inputs, &self.limits);
        self.total += inputs.len();
        self.inputs.extend(inputs);
    }

    /// How many files (packages opened).
    pub fn len(&self) -> usize {
        self.total
    }

    /// True when there are no files.
    pub fn is_empty(&self) -> bool {
        self.total == 0
    }

    /// Reads a file, or (`pass_copies`) only its digest when it is a copy
    /// of a file read with a name `finish` prefers.
    fn read_counted(&self, input: Input, pass_copies: bool) -> (String, FileRead, Option<Digest>) {
        let name = input.name.clone();
        let is_copy = |digest: &Digest| self.copies.note(digest, &name) && pass_copies;
        let (read, digest) = read_file(input, &self.limits, &is_copy);
        let now = self.done.fetch_add(1, Ordering::Relaxed) + 1;
        if let Some(progress) = self.progress {
            progress(now, self.total);
        }
        (name, read, digest)
    }

    /// Settles the programme (the one given in `options`, checked against
    /// the first workbooks, else the one detected from them), reading files
    /// from the start until enough are workbooks. `Ok(None)` when these
    /// files ran out first and `more_follow` (more files come: to
    /// [`Files::extend`] these, or other shares after these), to be called
    /// again with more; a first share too small to settle on its own reads
    /// the next share's files itself.
    ///
    /// Refuses as [`crate::merge`] does: only koonti's own workbooks,
    /// nothing readable, no programme fits.
    pub fn settle(
        &mut self,
        options: &MergeOptions,
        more_follow: bool,
    ) -> Result<Option<Settled>, EngineError> {
        self.read_head();
        if self.found < DETECT_FROM_WORKBOOKS && more_follow {
            return Ok(None);
        }
        let head_workbooks: Vec<&Workbook> = self
            .head
            .iter()
            .filter_map(|(_, read, _)| match read {
                FileRead::Workbook(workbook) => Some(workbook),
                _ => None,
            })
            .collect();
        let rest_unread = self.inputs.is_empty() && !more_follow;
        // Only koonti's own workbooks: an empty report would say nothing true.
        let own_in_head: Vec<String> = self
            .head
            .iter()
            .filter_map(|(_, read, _)| match read {
                FileRead::Own(finding) => Some(finding.file.clone()),
                _ => None,
            })
            .collect();
        if head_workbooks.is_empty() && rest_unread && !own_in_head.is_empty() {
            return Err(EngineError::OwnWorkbooksOnly { files: own_in_head });
        }
        // Nothing that is a workbook at all: no report, and each file named
        // with why it could not be read.
        if head_workbooks.is_empty() && rest_unread {
            let skipped = self
                .head
                .iter()
                .filter_map(|(_, read, _)| match read {
                    FileRead::Failed(finding) => Some(finding.clone()),
                    _ => None,
                })
                .collect();
            return Err(EngineError::NothingReadable { skipped });
        }
        let (programme, findings) = match &options.programme {
            Some(programme) => crate::infer::scale_from_returns(programme, &head_workbooks),
            None => crate::infer::detect_or_infer(&head_workbooks, crate::infer::detect_programme)?,
        };
        refusals::check_programme(&programme, &head_workbooks)?;
        if let Some(phase) = options.phase {
            phase("ohjelma");
        }
        Ok(Some(Settled::new(
            programme,
            findings.into_iter().collect(),
        )))
    }

    /// Reads files from the start, a batch at a time in parallel, until
    /// [`DETECT_FROM_WORKBOOKS`] of them are workbooks that answer (or the
    /// files run out): what programme detection looks at. Each batch is at
    /// most as long as the workbooks still wanted, so the head ends at the
    /// last of them however the files were shared out.
    fn read_head(&mut self) {
        while self.found < DETECT_FROM_WORKBOOKS && !self.inputs.is_empty() {
            let end = (DETECT_FROM_WORKBOOKS - self.found).min(self.inputs.len());
            let batch: Vec<Input> = self.inputs.drain(..end).collect();
            let batch: Vec<_> = batch
                .into_par_iter()
                // Detection looks at every workbook, copies too.
                .map(|input| self.read_counted(input, false))
                .collect();
            self.found += batch
                .iter()
                .filter(|(_, r, _)| matches!(r, FileRead::Workbook(_)))
                .count();
            self.head.extend(batch);
        }
    }

    /// Reads and interprets every file not read yet (those read to settle
    /// the programme first), in order, each workbook's cells freed once it
    /// is read, so a national merge never holds every workbook in memory.
    /// Files [`Files::extend`]ed later are read by the next call.
    pub fn read(&mut self, settled: &Settled) -> Vec<FileOutcome> {
        let head = std::mem::take(&mut self.head);
        let inputs = std::mem::take(&mut self.inputs);
        let copies = &self.copies;
        let mut outcomes: Vec<FileOutcome> = head
            .into_par_iter()
            .map(|(name, read, digest)| match &digest {
                Some(d) if copies.noted_better(d, &name) => {
                    settled.interpret((name, FileRead::Copy, digest))
                }
                _ => settled.interpret((name, read, digest)),
            })
            .collect();
        outcomes.par_extend(
            inputs
                .into_par_iter()
                .map(|input| settled.interpret(self.read_counted(input, true))),
        );
        outcomes
    }
}

impl Settled {
    fn new(programme: Programme, findings: Vec<Finding>) -> Self {
        Settled {
            index: ProgrammeIndex::new(programme),
            readers: readers(),
            findings,
        }
    }

    /// The programme the files are read against.
    pub fn programme(&self) -> &Programme {
        &self.index.programme
    }

    /// The settled programme as bytes, for [`Settled::from_bytes`] in
    /// another worker.
    pub fn to_bytes(&self) -> Vec<u8> {
        let form = SettledForm {
            programme: self.programme(),
            scale_guessed: self.programme().scale_guessed,
            findings: &self.findings,
        };
        // Plain data (strings, numbers, vectors): writing it cannot fail.
        serde_json::to_vec(&form).unwrap_or_default()
    }

    /// A programme settled in another worker, from [`Settled::to_bytes`].
    pub fn from_bytes(bytes: &[u8]) -> Result<Settled, EngineError> {
        let form: SettledIn =
            serde_json::from_slice(bytes).map_err(|e| EngineError::Serialise(e.to_string()))?;
        let mut programme = form.programme;
        // Not part of a definition, so not serialised with the programme.
        programme.scale_guessed = form.scale_guessed;
        Ok(Settled::new(programme, form.findings))
    }

    fn interpret(&self, (name, read, digest): (String, FileRead, Option<Digest>)) -> FileOutcome {
        match read {
            FileRead::Workbook(workbook) => FileOutcome {
                name,
                own: false,
                digest,
                response: read_response(&workbook, &self.index, &self.readers),
                finding: None,
            },
            FileRead::Own(finding) => FileOutcome {
                own: true,
                ..FileOutcome::found(name, finding, digest)
            },
            FileRead::Failed(finding) => FileOutcome::found(name, finding, digest),
            // `finish` uses nothing of a copy but its name and digest.
            FileRead::Copy => FileOutcome {
                name,
                own: false,
                digest,
                response: None,
                finding: None,
            },
        }
    }
}

#[derive(Serialize)]
struct SettledForm<'a> {
    programme: &'a Programme,
    scale_guessed: bool,
    findings: &'a [Finding],
}

#[derive(Deserialize)]
struct SettledIn {
    programme: Programme,
    scale_guessed: bool,
    findings: Vec<Finding>,
}

impl FileOutcome {
    /// A file that gave only a finding.
    fn found(name: String, finding: Finding, digest: Option<Digest>) -> Self {
        FileOutcome {
            name,
            own: false,
            digest,
            response: None,
            finding: Some(finding),
        }
    }
}

/// One input file as read: a workbook, koonti's own output (skipped), a
/// file that could not be read, or a copy not read (`crate::copies`).
enum FileRead {
    Workbook(Workbook),
    Own(Finding),
    Failed(Finding),
    Copy,
}

fn read_file(
    input: Input,
    limits: &Limits,
    is_copy: &dyn Fn(&Digest) -> bool,
) -> (FileRead, Option<Digest>) {
    let shown = input.name.clone();
    // Excel holds it locked while the workbook is open: never read.
    if crate::input::is_lock_file(input.file_name()) {
        let problem = FileProblem::NotAWorkbook {
            file_kind: FileKind::ExcelLock,
        };
        let code = FindingCode::UnreadableFile { problem };
        return (
            FileRead::Failed(Finding::file(Severity::Info, code, &shown)),
            None,
        );
    }
    let (read, digest) = input.read_unless(limits, is_copy);
    let Some(read) = read else {
        return (FileRead::Copy, digest);
    };
    let read = match read {
        Ok(workbook) if is_koonti_output(&workbook) => FileRead::Own(Finding::file(
            Severity::Info,
            FindingCode::KoontiOutputSkipped,
            &workbook.file,
        )),
        // Not one filled cell: no response, and nothing to say but that.
        Ok(workbook) if workbook.sheets.iter().all(|s| s.cells.is_empty()) => {
            let problem = FileProblem::NotAWorkbook {
                file_kind: FileKind::EmptyWorkbook,
            };
            let code = FindingCode::UnreadableFile { problem };
            FileRead::Failed(Finding::file(Severity::Warning, code, &shown))
        }
        Ok(workbook) => FileRead::Workbook(workbook),
        Err(err) => FileRead::Failed(Finding::file(Severity::Error, err.finding_code(), &shown)),
    };
    (read, digest)
}

/// A consolidated workbook written by koonti: it carries the report in a
/// hidden sheet.
fn is_koonti_output(workbook: &Workbook) -> bool {
    workbook
        .sheets
        .iter()
        .any(|s| s.name == koonti_model::EMBEDDED_REPORT_SHEET)
}

#[cfg(test)]
mod tests;

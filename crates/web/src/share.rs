//! The merge in two Web Workers: each gathers, reads and interprets its
//! share of the files ([`koonti_engine::Files`]) as they come, the first settling the
//! programme from the first workbooks and handing it to the second
//! ([`Share::settled`], [`Share::use_settled`]); each hands the other its
//! outcomes ([`Share::part`], [`Share::join`]), and both consolidate the
//! same report ([`Share::finish`]): the first writes the summary and some
//! downloads, the second the others. In WebAssembly each worker has one
//! thread, so the two halves are read at once only this way.
//!
//! The shares are the files in name order cut in two (the page sorts them
//! as [`crate::Batch`] does, by their UTF-8 bytes); the report is the one
//! [`koonti_engine::merge`] makes of all of them.

use crate::{Batch, ChosenProgramme, Outcome, error};
use koonti_engine::{
    FileOutcome, Files, InputProblem, MergeOptions, Programme, ReportPeriod, Settled,
};
use serde::{Deserialize, Serialize};
use wasm_bindgen::prelude::*;

/// One worker's share of a merge's files, given a [`Batch`] at a time
/// as the worker gathers them (in name order: the page sorts them), read
/// as they come once the programme is settled.
#[wasm_bindgen]
pub struct Share {
    files: Files<'static>,
    problems: Vec<InputProblem>,
    programme: Option<Programme>,
    period: ReportPeriod,
    settled: Option<Settled>,
    /// The outcomes of this share and those joined, in the files' order.
    outcomes: Vec<FileOutcome>,
}

/// What one share hands the other: the files its browser could not read
/// and the outcomes of those it read.
#[derive(Serialize, Deserialize)]
struct Part {
    problems: Vec<(String, String)>,
    outcomes: Vec<FileOutcome>,
}

impl Default for Share {
    fn default() -> Self {
        Share {
            files: Files::new(Vec::new(), Some(&crate::report_progress)),
            problems: Vec::new(),
            programme: None,
            period: ReportPeriod::default(),
            settled: None,
            outcomes: Vec::new(),
        }
    }
}

#[wasm_bindgen]
impl Share {
    /// No files yet: the programme detected, the period from the files.
    #[wasm_bindgen(constructor)]
    pub fn new() -> Share {
        Share::default()
    }

    /// Reads the responses against `programme` instead of detecting it.
    pub fn use_programme(&mut self, programme: &ChosenProgramme) {
        self.programme = Some(programme.programme.clone());
    }

    /// The reporting period (as `--period`); empty: from the files.
    pub fn set_period(&mut self, period: &str) {
        self.period = koonti_engine::report_period(period);
    }

    /// The next files, after those given (in name order); also the second
    /// worker's files, for a first share too small to settle the
    /// programme on its own.
    pub fn add(&mut self, batch: Batch) {
        let mut inputs = batch.inputs;
        inputs.sort_by(|a, b| a.name.cmp(&b.name));
        self.files.extend(inputs);
        self.problems.extend(batch.problems);
    }

    /// Settles the programme from this share's first workbooks, if it is
    /// not yet; false when there are too few yet and `more_follow` (more
    /// files to [`Share::add`], here or in the second worker). A refusal is
    /// an error whose message is the JSON `{"kind", "message"}`
    /// ([`crate::error::PageError`]).
    pub fn settle(
        &mut self,
        more_follow: bool,
        progress: &js_sys::Function,
    ) -> Result<bool, JsError> {
        crate::with_progress(progress, || self.settle_with(more_follow)).map_err(error::js)
    }

    /// The settled programme as bytes, for the other worker's
    /// [`Share::use_settled`].
    pub fn settled(&self) -> Vec<u8> {
        self.settled
            .as_ref()
            .map(Settled::to_bytes)
            .unwrap_or_default()
    }

    /// The programme the first worker settled ([`Share::settled`]).
    pub fn use_settled(&mut self, bytes: &[u8]) -> Result<(), JsError> {
        self.settled = Some(Settled::from_bytes(bytes).map_err(error::js)?);
        Ok(())
    }

    /// Reads and interprets the files given and not read yet (none before
    /// the programme is settled), calling `progress(done, total)` after
    /// each.
    pub fn read(&mut self, progress: &js_sys::Function) {
        crate::with_progress(progress, || self.read_files());
    }

    /// This share's problems and outcomes as bytes, for the other worker's
    /// [`Share::join`].
    pub fn part(&self) -> Vec<u8> {
        let part = Part {
            problems: self
                .problems
                .iter()
                .map(|p| (p.name.clone(), p.reason.clone()))
                .collect(),
            outcomes: self.outcomes.clone(),
        };
        // Plain data (strings, numbers, vectors): writing it cannot fail.
        serde_json::to_vec(&part).unwrap_or_default()
    }

    /// The other worker's [`Share::part`]: its files come before this
    /// share's when `before` (this is the second share), else after.
    pub fn join(&mut self, part: &[u8], before: bool) -> Result<(), JsError> {
        let part: Part = serde_json::from_slice(part)
            .map_err(|e| error::js(koonti_engine::EngineError::Serialise(e.to_string())))?;
        self.join_part(part, before);
        Ok(())
    }

    /// The merge of every share joined: the report, as
    /// [`Batch::merge_with`] makes it.
    pub fn finish(self) -> Result<Outcome, JsError> {
        Ok(Outcome {
            merged: self.finish_merge().map_err(error::js)?,
        })
    }
}

impl Share {
    fn options(&self) -> MergeOptions<'static> {
        MergeOptions {
            programme: self.programme.clone(),
            period: self.period.clone(),
            progress: None,
            phase: None,
            input_problems: self.problems.clone(),
        }
    }

    fn settle_with(&mut self, more_follow: bool) -> Result<bool, koonti_engine::EngineError> {
        if self.settled.is_some() {
            return Ok(true);
        }
        // No files at all: refused before anything is read, as merge does.
        if self.files.is_empty() && !more_follow {
            return Err(koonti_engine::EngineError::NoInputs);
        }
        let options = self.options();
        self.settled = self.files.settle(&options, more_follow)?;
        Ok(self.settled.is_some())
    }

    fn read_files(&mut self) {
        if let Some(settled) = &self.settled {
            self.outcomes.extend(self.files.read(settled));
        }
    }

    fn join_part(&mut self, part: Part, before: bool) {
        let problems = part
            .problems
            .into_iter()
            .map(|(name, reason)| InputProblem { name, reason });
        if before {
            let mine = std::mem::take(&mut self.problems);
            self.problems = problems.chain(mine).collect();
            let mine = std::mem::take(&mut self.outcomes);
            self.outcomes = part.outcomes.into_iter().chain(mine).collect();
        } else {
            self.problems.extend(problems);
            self.outcomes.extend(part.outcomes);
        }
    }

    fn finish_merge(self) -> Result<koonti_engine::Merged, crate::error::PageError> {
        let options = self.options();
        let settled = self.settled.ok_or(koonti_engine::EngineError::NoInputs)?;
        Ok(koonti_engine::finish(settled, self.outcomes, &options)?)
    }
}

#[cfg(test)]
mod tests;

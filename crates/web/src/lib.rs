//! The engine of koonti's browser page (`web/`, built into one
//! `dist/koonti.html` by `web/build.sh`): [`koonti_engine`] behind a small
//! wasm-bindgen interface that the page's Web Worker calls.
//!
//! The worker gathers the returned files a [`Batch`] at a time (name,
//! bytes, the file's time; files found in a folder pass the same filter as
//! the command line's folder walk, [`select::taken_from_folder`]: every
//! file but the system's own) into its [`share::Share`] of the merge, chooses a
//! programme ([`ChosenProgramme`], or none: detected), reads them as they
//! come, and (with the second worker's share, when there are two) merges
//! them into an [`Outcome`]. From the outcome come the page's summary (who answered, who
//! is missing, per file what `koonti check` says, as JSON: [`summary`]) and
//! the downloads as bytes: the committee workbook, the appendix (xlsx and
//! HTML), the JSON report and the next round's templates in one zip.
//!
//! Everything here runs on the host as well, so the tests beside the code
//! run with `cargo test`; only the progress callback needs JavaScript.
#![warn(missing_docs)]

pub mod error;
pub mod select;
pub mod share;
pub mod summary;
mod warm;

use error::PageError;
use koonti_engine::{Input, InputProblem, Lang, MergeOptions, Merged, Programme, Timestamp};
use std::cell::RefCell;
use wasm_bindgen::prelude::*;

/// The bundled programmes as JSON, `[{"id", "title", "organisation"}]`,
/// for the page's programme list.
#[wasm_bindgen]
pub fn programmes() -> Result<String, JsError> {
    let all = koonti_engine::bundled_programmes().map_err(error::js)?;
    Ok(summary::programmes_json(&all))
}

/// This koonti's version, shown on the page.
#[wasm_bindgen]
pub fn version() -> String {
    koonti_engine::VERSION.to_string()
}

/// The bytes of the engine's memory: WebAssembly memory only grows, so
/// after a merge this is its peak (for the page's benchmark). 0 off wasm.
#[wasm_bindgen]
pub fn memory_bytes() -> f64 {
    #[cfg(target_arch = "wasm32")]
    {
        (core::arch::wasm32::memory_size(0) * 65536) as f64
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        0.0
    }
}

/// Warms the engine up before the first merge: the bundled sample returns
/// merged, the summary worded and, when asked, the committee `workbook`
/// and the `others` (JSON report, appendix, presentation) written, nothing
/// kept (see `warm.rs` for why). The worker runs it once it is ready; a
/// failure only means no warm-up.
#[wasm_bindgen]
pub fn warm_up(workbook: bool, others: bool) -> Result<(), JsError> {
    warm::warm_up(warm::Downloads { workbook, others })
        .map(|_| ())
        .map_err(|err| JsError::new(&err))
}

/// True when a file at `path` inside a folder the user gave is one to
/// merge: the command line's rule for folders (every file but the system's
/// own; the merge reads it or says why not).
#[wasm_bindgen]
pub fn taken_from_folder(path: &str) -> bool {
    select::taken_from_folder(path)
}

/// A programme chosen by the user: a bundled one or one read from a file.
#[wasm_bindgen]
pub struct ChosenProgramme {
    programme: Programme,
}

#[wasm_bindgen]
impl ChosenProgramme {
    /// The bundled programme `id`.
    pub fn bundled(id: &str) -> Result<ChosenProgramme, JsError> {
        let programme = koonti_engine::bundled_programme(id).map_err(error::js)?;
        Ok(ChosenProgramme { programme })
    }

    /// A programme definition file (TOML, or what
    /// [`koonti_engine::programme_from_file`] reads) given on the page.
    pub fn from_file(file_name: &str, bytes: &[u8]) -> Result<ChosenProgramme, JsError> {
        let programme = koonti_engine::programme_from_file(file_name, bytes).map_err(error::js)?;
        Ok(ChosenProgramme { programme })
    }

    /// `{"id", "title", "organisation"}` as JSON.
    pub fn describe(&self) -> String {
        summary::programme_json(&self.programme)
    }

    /// The next round's templates of this programme as one zip.
    pub fn templates_zip(
        &self,
        period: &str,
        lang: &str,
        deadline: &str,
        contact: &str,
    ) -> Result<Vec<u8>, JsError> {
        templates_zip(&self.programme, period, lang, deadline, contact)
    }
}

/// The files of one merge, gathered by the page before it starts.
#[wasm_bindgen]
#[derive(Default)]
pub struct Batch {
    inputs: Vec<Input>,
    problems: Vec<InputProblem>,
    programme: Option<Programme>,
    period: koonti_engine::ReportPeriod,
}

#[wasm_bindgen]
impl Batch {
    /// An empty batch: the programme detected, the period from the files.
    #[wasm_bindgen(constructor)]
    pub fn new() -> Batch {
        Batch::default()
    }

    /// A file: the name it goes by in outputs (its path relative to the
    /// folder it came in, or its name), its bytes, and the file's modified
    /// time in milliseconds since 1970 (a browser's `File.lastModified`;
    /// 0 or less: unknown), used when the document records none.
    pub fn add(&mut self, name: String, bytes: Vec<u8>, modified_ms: f64) {
        let mut input = Input::from_bytes(name, bytes);
        if let Some(time) = file_time(modified_ms) {
            input = input.with_file_time(time);
        }
        self.inputs.push(input);
    }

    /// A file the browser could not read: an error finding of the merge.
    pub fn add_problem(&mut self, name: String, reason: String) {
        self.problems.push(InputProblem { name, reason });
    }

    /// How many files were added.
    pub fn len(&self) -> usize {
        self.inputs.len()
    }

    /// True when no file was added.
    pub fn is_empty(&self) -> bool {
        self.inputs.is_empty()
    }

    /// Reads the responses against `programme` instead of detecting it.
    pub fn use_programme(&mut self, programme: &ChosenProgramme) {
        self.programme = Some(programme.programme.clone());
    }

    /// The reporting period (as `--period`); empty: from the files.
    pub fn set_period(&mut self, period: &str) {
        self.period = koonti_engine::report_period(period);
    }
}

impl Batch {
    /// The merge, on the host as in the browser: the files in name order,
    /// as the command line sorts them.
    pub fn merge_with(
        self,
        progress: Option<&(dyn Fn(usize, usize) + Sync)>,
    ) -> Result<Merged, PageError> {
        let mut inputs = self.inputs;
        inputs.sort_by(|a, b| a.name.cmp(&b.name));
        let options = MergeOptions {
            programme: self.programme,
            period: self.period,
            progress,
            phase: None,
            input_problems: self.problems,
        };
        Ok(koonti_engine::merge(inputs, &options)?)
    }
}

thread_local! {
    /// The page's progress callback during a merge. On wasm32 there is one
    /// thread (rayon runs everything on it), so the engine's callback,
    /// which must be `Sync`, finds the JavaScript function here.
    static PROGRESS: RefCell<Option<js_sys::Function>> = const { RefCell::new(None) };
}

/// `work` with `progress` as the page's progress callback.
fn with_progress<T>(progress: &js_sys::Function, work: impl FnOnce() -> T) -> T {
    PROGRESS.with(|slot| *slot.borrow_mut() = Some(progress.clone()));
    let done = work();
    PROGRESS.with(|slot| *slot.borrow_mut() = None);
    done
}

fn report_progress(done: usize, total: usize) {
    PROGRESS.with(|slot| {
        if let Some(callback) = slot.borrow().as_ref() {
            // A failing progress display must not stop the merge.
            let _ = callback.call2(
                &JsValue::NULL,
                &JsValue::from(done as f64),
                &JsValue::from(total as f64),
            );
        }
    });
}

/// A browser's `File.lastModified` (milliseconds) as a time.
fn file_time(modified_ms: f64) -> Option<Timestamp> {
    if !modified_ms.is_finite() || modified_ms <= 0.0 {
        return None;
    }
    let millis = modified_ms as i64;
    let nanos = u32::try_from(millis.rem_euclid(1000) * 1_000_000).ok()?;
    Some(Timestamp::from_unix(millis.div_euclid(1000), nanos))
}

/// What a merge made: the summary and every download.
#[wasm_bindgen]
pub struct Outcome {
    merged: Merged,
}

#[wasm_bindgen]
impl Outcome {
    /// The outcome of a merge from its JSON report (as [`Outcome::report_json`]
    /// writes it) and programme: a second worker writes the appendix from it
    /// while the first writes the committee workbook.
    pub fn from_report(json: Vec<u8>, programme: &ChosenProgramme) -> Result<Outcome, JsError> {
        let merged =
            koonti_engine::read_stored("koonti.json", json, Some(programme.programme.clone()))
                .map_err(error::js)?;
        Ok(Outcome { merged })
    }

    /// The page's summary as JSON ([`summary::Summary`]), worded in `lang`.
    pub fn summary(&self, lang: &str) -> String {
        summary::summary_json(&self.merged, parse_lang(lang))
    }

    /// The committee workbook (.xlsx); `made` is when, as shown on its
    /// summary sheet (e.g. `2026-01-31 09:00:00 UTC`).
    pub fn workbook(&self, lang: &str, made: &str) -> Result<Vec<u8>, JsError> {
        let options = render_options(lang, made);
        koonti_engine::committee_workbook(&self.merged, &options).map_err(error::js)
    }

    /// The appendix as a workbook (.xlsx).
    pub fn appendix_xlsx(&self, lang: &str) -> Result<Vec<u8>, JsError> {
        let options = render_options(lang, "");
        koonti_engine::appendix_xlsx(&self.merged, &options).map_err(error::js)
    }

    /// The appendix as one HTML page; `made` is when (e.g. `2026-01-31
    /// 09:00:00 UTC`), its Finnish local date shown in the printed margins
    /// and the colophon, as `koonti appendix` shows it.
    pub fn appendix_html(&self, lang: &str, made: &str) -> Result<Vec<u8>, JsError> {
        let options = render_options(lang, made);
        koonti_engine::appendix_html(&self.merged, &options).map_err(error::js)
    }

    /// The committee's presentation (.pptx); `made` is when, its Finnish
    /// local date shown on the title slide, as `koonti merge --slides`
    /// shows it.
    pub fn slides(&self, lang: &str, made: &str) -> Result<Vec<u8>, JsError> {
        let options = render_options(lang, made);
        koonti_engine::slides_pptx(&self.merged, &options, None).map_err(error::js)
    }

    /// The JSON report, as `koonti merge --json` writes it.
    pub fn report_json(&self, lang: &str) -> Result<Vec<u8>, JsError> {
        let options = render_options(lang, "");
        koonti_engine::report_json(&self.merged, &options).map_err(error::js)
    }

    /// The programme the answers were read against.
    pub fn programme(&self) -> ChosenProgramme {
        ChosenProgramme {
            programme: self.merged.programme.clone(),
        }
    }
}

fn render_options(lang: &str, made: &str) -> koonti_engine::RenderOptions {
    koonti_engine::RenderOptions {
        lang: parse_lang(lang),
        made: made.to_string(),
    }
}

/// The page's language code; anything else is Finnish, the default.
fn parse_lang(lang: &str) -> Lang {
    lang.parse().unwrap_or_default()
}

fn templates_zip(
    programme: &Programme,
    period: &str,
    lang: &str,
    deadline: &str,
    contact: &str,
) -> Result<Vec<u8>, JsError> {
    let given = |text: &str| {
        let text = text.trim();
        (!text.is_empty()).then(|| text.to_string())
    };
    let options = koonti_engine::TemplateOptions {
        period: koonti_engine::report_period(period),
        lang: parse_lang(lang),
        deadline: given(deadline),
        contact: given(contact),
        prefill: None,
    };
    koonti_engine::templates_zip(programme, &options).map_err(error::js)
}

#[cfg(test)]
mod tests;

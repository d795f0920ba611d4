//! koonti's merge as a library: named byte buffers in, the report and its
//! outputs out as bytes. The command line, the browser page and the
//! Windows build are thin front ends over these functions.
//!
//! The flow is one way: a programme ([`bundled_programmes`],
//! [`programme_from_toml`]) → each [`Input`] read into cells (ingest) →
//! a unit's response (layout) → the consolidated report ([`merge`] gives a
//! [`Merged`]) → bytes ([`committee_workbook`], [`appendix_xlsx`],
//! [`appendix_html`], [`report_json`], [`slides_pptx`]) or the per-file list of findings
//! ([`check`], [`check_text`]). [`templates`] and [`templates_zip`] render
//! the response templates of the next round; [`read_stored`] reads back a
//! report written earlier.
//!
//! Nothing here touches the file system, reads the clock or needs threads:
//! the crate builds for `wasm32-unknown-unknown`. What needs a disk is
//! marked "not on wasm": [`Input::from_path`], [`collect_inputs`],
//! [`load_programme`].
//!
//! ```
//! use koonti_engine::{Input, MergeOptions, RenderOptions, TemplateOptions};
//! # fn main() -> Result<(), koonti_engine::EngineError> {
//! // Blank templates of a bundled programme stand in for returned files.
//! let programme = koonti_engine::bundled_programme("siun-sote-2023-2025")?;
//! let files = koonti_engine::templates(&programme, &TemplateOptions::default())?;
//! let inputs: Vec<Input> = files
//!     .into_iter()
//!     .map(|(name, bytes)| Input::from_bytes(name, bytes))
//!     .collect();
//!
//! let merged = koonti_engine::merge(inputs, &MergeOptions::default())?;
//! assert_eq!(merged.programme.id, "siun-sote-2023-2025");
//!
//! let options = RenderOptions::new("2026-01-31 09:00:00 UTC");
//! let workbook: Vec<u8> = koonti_engine::committee_workbook(&merged, &options)?;
//! assert!(workbook.starts_with(b"PK"));
//! # Ok(())
//! # }
//! ```
#![warn(missing_docs)]

mod check;
mod compare;
mod copies;
mod corrections;
mod error;
mod infer;
mod input;
#[cfg(not(target_arch = "wasm32"))]
mod inputs;
mod merge;
mod programme;
mod refusals;
mod render;
mod steps;
mod stored;
mod templates;
mod unpack;

pub use check::{FileCheck, check, check_text, file_check_lines, file_check_text};
pub use compare::{compare, with_previous};
pub use error::{EngineError, Front};
pub use input::{Input, InputProblem, SPREADSHEET_EXTENSIONS, is_lock_file, is_system_file};
#[cfg(not(target_arch = "wasm32"))]
pub use inputs::collect_inputs;
pub use koonti_history as history;
/// Reporting periods as koonti reads them: a year or a quarter.
pub use koonti_normalise::{Period, ReportPeriod, find_period, parse_period, report_period};
pub use merge::{Merged, finish, merge};
#[cfg(not(target_arch = "wasm32"))]
pub use programme::load_programme;
pub use programme::{bundled_programme, bundled_programmes, programme_from_toml};
pub use steps::{FileOutcome, Files, MergeOptions, Settled};
pub use unpack::INSIDE;
// --- issue #13: programmes from spreadsheets, forms and the files ---
pub use koonti_define::is_spreadsheet;
pub use koonti_define::{DefineError, Defined, Guess};
pub use koonti_programme::{Problem, ProblemKind};
/// Why the presentation could not be made.
pub use koonti_slides::SlidesError;
pub use programme::{
    blank_programme_xlsx, check_definition, programme_definition, programme_from_file,
    programme_from_form, programme_toml, programme_xlsx,
};
pub use render::{
    RenderOptions, appendix_html, appendix_xlsx, committee_workbook,
    committee_workbook_before_exit, report_json, report_json_to, slides_pptx,
};
pub use stored::read_stored;
pub use templates::{templates, templates_zip};

/// The types a front end needs alongside the functions.
pub use koonti_model::{Finding, History, Lang, Programme, Report, Severity, Timestamp};
pub use koonti_template::TemplateOptions;

/// This koonti's version, named in the workbooks it writes.
pub const VERSION: &str = env!("CARGO_PKG_VERSION");

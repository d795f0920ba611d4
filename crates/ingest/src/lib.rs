//! Ingest: the bytes of a returned spreadsheet → sparse cells.
//!
//! [`open`] loads any spreadsheet calamine reads into a sparse [`Workbook`]
//! of non-empty cells (the cost follows the cells present), after
//! [`sniff`] has told what the bytes are and [`Limits`] has bounded them.
//! [`read_bytes`] is the entry point (no file system: it builds for
//! wasm32); [`open`] reads a path first (not on wasm), in two steps
//! when the caller looks at the digest between them ([`load`], then
//! [`Loaded::read`]). [`read_stored`]
//! reads the report a consolidated workbook carries, behind the same
//! guards.

#![warn(missing_docs)]

mod a1;
mod biff;
mod cfb_guard;
mod core_props;
mod digest;
mod embedded;
mod error_cells;
#[cfg(not(target_arch = "wasm32"))]
mod load;
mod macros;
mod ods_cells;
mod ods_scan;
mod ole;
mod open;
mod quiet;
mod sheets;
mod sniff;
mod stored;
mod theme;
mod time;
mod value;
mod workbook;
mod xlsb_errors;

pub use a1::cell_name;
pub use digest::bytes_digest;
#[cfg(not(target_arch = "wasm32"))]
pub use digest::file_digest;
pub use embedded::{Embedded, StoredError, parse_report_json, read_stored};
#[cfg(not(target_arch = "wasm32"))]
pub use load::{Loaded, load, open, open_with};
pub use sheets::{CutBy, CutSheet, NotADate, SkippedSheet};
pub use sniff::{FileKind, Limits, ReadError, sniff};
pub use time::{file_time, iso_utc};
pub use value::Value;
pub use workbook::{Cell, Sheet, Workbook, read_bytes};

//! Ingest: the bytes of a returned spreadsheet → sparse cells.
//!
//! [`open`] loads any spreadsheet calamine reads into a sparse [`Workbook`]
//! of non-empty cells (the cost follows the cells present), after
//! [`sniff`] has told what the bytes are and [`Limits`] has bounded them.
//! [`collect_inputs`] expands folders; [`read_embedded`] reads the report
//! a consolidated workbook carries.

mod a1;
mod digest;
mod embedded;
mod inputs;
mod sniff;
mod time;
mod workbook;

pub use a1::cell_name;
pub use digest::{bytes_digest, file_digest};
pub use embedded::{Embedded, parse_report_json, read_embedded};
pub use inputs::{Inputs, collect_inputs};
pub use sniff::{FileKind, Limits, ReadError, sniff};
pub use time::{file_time, iso_utc};
pub use workbook::{Cell, Sheet, Value, Workbook, open, open_with, read_bytes};

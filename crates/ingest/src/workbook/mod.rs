use crate::core_props::core_modified_in;
use crate::open::{Opened, Unmeasured, measure_grid, open_sheets, restore_long_texts};
use crate::sheets::{CellBudget, CutSheet, NotADate, SkippedSheet, read_cells};
use crate::sniff::{FileKind, sniff_keeping_zip};
pub use crate::sniff::{Limits, ReadError};
pub(crate) use crate::value::Value;
use apart::{read_macro_sheets, sparse_ods, unpack};
use calamine::Reader;
use koonti_model::Timestamp;
use std::path::PathBuf;

/// One non-empty cell, zero-based.
#[derive(Debug, Clone, PartialEq)]
pub struct Cell {
    /// Row, from 0.
    pub row: u32,
    /// Column, from 0.
    pub col: u32,
    /// The value.
    pub value: Value,
}

/// One worksheet's non-empty cells, sorted by row then column.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Sheet {
    /// The sheet's name.
    pub name: String,
    /// The non-empty cells, sorted by (row, col).
    pub cells: Vec<Cell>,
}

/// A workbook as koonti reads it: its sheets' non-empty cells.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Workbook {
    /// The file as shown in outputs (relative to the input folder).
    pub file: String,
    /// The document's modified time, else the file's.
    pub modified: Option<Timestamp>,
    /// The sheets, in workbook order.
    pub sheets: Vec<Sheet>,
    /// The SHA-256 of the file's bytes (empty when read from memory).
    pub sha256: String,
    /// The file's size in bytes.
    pub size: u64,
    /// The sheets that are no worksheets (chart, macro sheets), not read.
    pub skipped: Vec<SkippedSheet>,
    /// The sheets read in part: more cells than [`Limits::max_cells`], or
    /// than the file's [`Limits::max_file_cells`] left them.
    pub cut: Vec<CutSheet>,
    /// The numbers in a date or time format that are no date, read as
    /// numbers.
    pub not_dates: Vec<NotADate>,
}

/// Reads a workbook from memory; errors name `display` as the path.
///
/// calamine can panic on hostile input (an arithmetic overflow on a cell
/// reference like "ZZZZZZ99999999999"); the panic is caught here and
/// becomes [`ReadError::Internal`], so one file never stops a merge.
pub fn read_bytes(bytes: Vec<u8>, display: &str, limits: &Limits) -> Result<Workbook, ReadError> {
    read_guarded(bytes, display, limits, None)
}

/// [`read_bytes`] limited to the sheet named `only` (when `Some`): the
/// other sheets are listed with no cells and not parsed.
pub(crate) fn read_guarded(
    bytes: Vec<u8>,
    display: &str,
    limits: &Limits,
    only: Option<&str>,
) -> Result<Workbook, ReadError> {
    // A zip package is kept to read again when calamine refuses a sheet
    // for an error value it does not know (`crate::error_cells`).
    let package = bytes.starts_with(b"PK").then(|| bytes.clone());
    let read = crate::quiet::catch_quietly(|| match read_unguarded(bytes, display, limits, only) {
        Err(err) if crate::error_cells::is_unknown_error_value(&err) => package
            .and_then(|p| crate::error_cells::errors_as_text(&p, limits.max_uncompressed_bytes))
            .map_or(Err(err), |retyped| {
                read_unguarded(retyped, display, limits, only)
            }),
        read => read,
    });
    read.unwrap_or_else(|panic| {
        let message = panic
            .downcast_ref::<&str>()
            .map(|s| s.to_string())
            .or_else(|| panic.downcast_ref::<String>().cloned())
            .unwrap_or_default();
        Err(ReadError::Internal {
            path: PathBuf::from(display),
            message,
        })
    })
}

fn read_unguarded(
    bytes: Vec<u8>,
    display: &str,
    limits: &Limits,
    only: Option<&str>,
) -> Result<Workbook, ReadError> {
    let path = PathBuf::from(display);
    let (kind, zip) = sniff_keeping_zip(&bytes, limits).map_err(|limit| ReadError::TooLarge {
        path: path.clone(),
        limit,
    })?;
    let (core_modified, themes, stored) = match (kind, zip) {
        (FileKind::Xlsx, Some(mut zip)) => {
            let stored = crate::stored::stored_package(&mut zip);
            let themes = match stored {
                Some(_) => Vec::new(),
                None => crate::theme::theme_names(&mut zip, &bytes),
            };
            (core_modified_in(&mut zip), themes, stored)
        }
        (FileKind::Xlsb, Some(mut zip)) => (core_modified_in(&mut zip), Vec::new(), None),
        _ => (None, Vec::new(), None),
    };
    let mut xlsb_errors = match kind {
        FileKind::Xlsb => crate::xlsb_errors::formula_errors(&bytes, limits.max_uncompressed_bytes),
        _ => Default::default(),
    };
    let mut bytes = bytes;
    // The sheets of an .xls packed together, when it was (see below).
    let mut packing = Vec::new();
    let extents = match measure_grid(&bytes, kind, limits) {
        // An .ods whose tables calamine would lay out over too large an
        // area is read sparsely: refused by its cells, not its area.
        Err(Unmeasured::TooLarge(_)) if matches!(kind, FileKind::Ods) => {
            return sparse_ods(&bytes, display, limits, only);
        }
        // So is an .xls: its cells are moved together before calamine
        // lays them out, and put back where they were once read.
        Err(Unmeasured::TooLarge(limit)) if matches!(kind, FileKind::Xls) => {
            match crate::biff::packed_xls(&bytes, CellBudget::new(limits)) {
                Some((packed, sheets)) => {
                    bytes = packed;
                    packing = sheets;
                    measure_grid(&bytes, kind, limits)
                }
                None => Err(Unmeasured::TooLarge(limit)),
            }
        }
        measured => measured,
    };
    let extents = extents.map_err(|problem| match problem {
        Unmeasured::TooLarge(limit) => ReadError::TooLarge {
            path: path.clone(),
            limit,
        },
        Unmeasured::Unreadable => ReadError::Open {
            path: path.clone(),
            source: calamine::Error::Io(std::io::Error::new(
                std::io::ErrorKind::InvalidData,
                "content.xml cannot be read",
            )),
        },
    })?;
    // An .xls's or .xlsb's bytes are kept to name the format of a number
    // in a date format that is no date (calamine does not tell it).
    let kept_bytes = matches!(kind, FileKind::Xls | FileKind::Xlsb).then(|| bytes.clone());
    let (mut sheets, macros_renamed) =
        open_sheets(bytes, kind, limits, &themes, stored).map_err(|err| match err {
            Opened::NotAWorkbook(kind) => ReadError::NotAWorkbook {
                path: path.clone(),
                kind,
            },
            Opened::Calamine(source) => ReadError::Open {
                path: path.clone(),
                source,
            },
        })?;
    // calamine's reading is the fallback: it also finds a core.xml whose
    // name differs in case, as some writers leave it.
    // A time that is no W3CDTF counts as none: the file's time is used.
    let modified = core_modified
        .or_else(|| sheets.workbook_properties().ok().and_then(|p| p.modified))
        .and_then(|text| text.parse::<Timestamp>().ok());
    let skipped = crate::sheets::skipped(&sheets, macros_renamed);
    let names: Vec<String> = sheets
        .sheet_names()
        .into_iter()
        .filter(|name| !skipped.iter().any(|s| &s.name == name))
        .collect();
    let mut workbook = Workbook {
        file: display.to_string(),
        modified,
        sheets: Vec::with_capacity(names.len()),
        skipped,
        ..Workbook::default()
    };
    // Sheets are limited by the cells they have, not their area; past the
    // limit a sheet is read in part and the rest counted, never refused
    // whole. Past the file's limit, a later sheet is read as far as the
    // room left (none: all its cells counted).
    let mut budget = CellBudget::new(limits);
    for name in names {
        if only.is_some_and(|only| only != name) {
            workbook.sheets.push(Sheet {
                name,
                cells: Vec::new(),
            });
            continue;
        }
        let (limit, by) = budget.next_sheet();
        let read = read_cells(&mut sheets, &name, limit).map_err(|source| ReadError::Sheet {
            path: path.clone(),
            sheet: name.clone(),
            source,
        })?;
        let mut not_dates = read.not_dates;
        if let Some(bytes) = &kept_bytes
            && !not_dates.is_empty()
        {
            name_formats(bytes, kind, &name, &mut not_dates, limits);
        }
        let mut cells = read.cells;
        if let Some(errors) = xlsb_errors.remove(&name) {
            crate::xlsb_errors::add_missing(&mut cells, errors);
        }
        budget.spend(cells.len());
        if let Some(extent) = extents.iter().find(|e| e.name == name) {
            restore_long_texts(&mut cells, &extent.long_texts);
        }
        let packed = packing.iter().find(|p| p.name == name);
        let rest = read.rest + packed.map_or(0, |p| p.rest);
        if rest > 0 {
            workbook.cut.push(CutSheet {
                name: name.clone(),
                read: cells.len() as u64,
                rest,
                by: packed.filter(|p| p.rest > 0).map_or(by, |p| p.by),
            });
        }
        for (row, col, format) in not_dates {
            let number = match cells.binary_search_by_key(&(row, col), |c| (c.row, c.col)) {
                Ok(at) => match cells[at].value {
                    Value::Number(n) => n,
                    _ => continue,
                },
                Err(_) => continue,
            };
            let (row, col) = packed
                .and_then(|p| p.origin(row, col))
                .unwrap_or((row, col));
            workbook.not_dates.push(NotADate {
                sheet: name.clone(),
                row,
                col,
                number,
                format: format.unwrap_or_default(),
            });
        }
        if let Some(packed) = packed {
            unpack(&mut cells, packed);
        }
        workbook.sheets.push(Sheet { name, cells });
    }
    if only.is_none() {
        read_macro_sheets(&mut sheets, &mut workbook, &mut budget, &packing);
    }
    Ok(workbook)
}

/// Names the format of each number of an .xls or .xlsb sheet that is no
/// date, from the workbook's own records (`crate::biff::cell_formats`,
/// `crate::xlsb_errors::number_formats`).
fn name_formats(
    bytes: &[u8],
    kind: FileKind,
    sheet: &str,
    not_dates: &mut [(u32, u32, Option<String>)],
    limits: &Limits,
) {
    let at: Vec<(u32, u32)> = not_dates.iter().map(|(r, c, _)| (*r, *c)).collect();
    let formats = match kind {
        FileKind::Xls => match crate::biff::workbook_stream(bytes) {
            Some(stream) => crate::biff::cell_formats(&stream, sheet, &at),
            None => return,
        },
        FileKind::Xlsb => {
            crate::xlsb_errors::number_formats(bytes, limits.max_uncompressed_bytes, sheet, &at)
        }
        _ => return,
    };
    for (row, col, format) in not_dates.iter_mut() {
        if format.is_none() {
            *format = formats.get(&(*row, *col)).cloned();
        }
    }
}

mod apart;
#[cfg(test)]
mod tests;

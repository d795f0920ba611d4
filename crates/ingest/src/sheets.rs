//! One sheet's non-empty cells, and the sheets that are no worksheets.
use crate::workbook::{Cell, Value};
use calamine::{Data, DataRef, Reader, SheetType, Sheets};
use koonti_model::SheetKind;
use std::io::{Read, Seek};

/// A sheet of the workbook that holds no cells to read (a chart sheet, an
/// Excel 4 macro sheet): listed, so that the response says it was there.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SkippedSheet {
    /// The sheet's name.
    pub name: String,
    /// What it is.
    pub kind: SheetKind,
}

/// The sheets that are no worksheets, by the workbook's own record of
/// each sheet's type. `macros_renamed` says the reader was handed macro
/// sheets as dialog sheets (see `crate::macros`).
pub(crate) fn skipped<RS: Read + Seek>(
    sheets: &Sheets<RS>,
    macros_renamed: bool,
) -> Vec<SkippedSheet> {
    sheets
        .sheets_metadata()
        .iter()
        .filter_map(|sheet| {
            let kind = match sheet.typ {
                SheetType::WorkSheet => return None,
                SheetType::DialogSheet if macros_renamed => SheetKind::Macro,
                SheetType::DialogSheet => SheetKind::Dialog,
                SheetType::MacroSheet => SheetKind::Macro,
                SheetType::ChartSheet => SheetKind::Chart,
                SheetType::Vba => SheetKind::Vba,
            };
            Some(SkippedSheet {
                name: sheet.name.clone(),
                kind,
            })
        })
        .collect()
}

/// A sheet read in part: its first cells (in the order the file stores
/// them, row by row) were read, the rest only counted.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CutSheet {
    /// The sheet's name.
    pub name: String,
    /// The cells read.
    pub read: u64,
    /// The non-empty cells past the limit, not read.
    pub rest: u64,
    /// Which limit it met.
    pub by: CutBy,
}

/// The limit a sheet read in part met.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CutBy {
    /// The sheet has more cells than [`crate::Limits::max_cells`].
    Sheet,
    /// The file's earlier sheets left fewer cells of
    /// [`crate::Limits::max_file_cells`] than the sheet has.
    File {
        /// The file's limit.
        max: u64,
    },
}

/// The cells still to be read from one file: each sheet up to
/// [`crate::Limits::max_cells`], all of them together up to
/// [`crate::Limits::max_file_cells`] (issue 22: a sheet is limited by its
/// own cells, and a file of many large sheets stays within memory).
#[derive(Debug, Clone, Copy)]
pub(crate) struct CellBudget {
    per_sheet: usize,
    per_file: usize,
    file_left: usize,
}

impl CellBudget {
    pub(crate) fn new(limits: &crate::Limits) -> Self {
        CellBudget {
            per_sheet: limits.max_cells,
            per_file: limits.max_file_cells,
            file_left: limits.max_file_cells,
        }
    }

    /// The most cells the next sheet may have read, and the limit that
    /// sets it.
    pub(crate) fn next_sheet(&self) -> (usize, CutBy) {
        if self.file_left < self.per_sheet {
            let max = self.per_file as u64;
            (self.file_left, CutBy::File { max })
        } else {
            (self.per_sheet, CutBy::Sheet)
        }
    }

    /// Takes the cells a sheet had read off the file's.
    pub(crate) fn spend(&mut self, cells: usize) {
        self.file_left = self.file_left.saturating_sub(cells);
    }
}

/// One sheet's cells as read, and how many were past the limit.
pub(crate) struct SheetCells {
    pub(crate) cells: Vec<Cell>,
    pub(crate) rest: u64,
    /// The numbers in a date or time format that are no date (read as
    /// numbers): (row, col, the format's code when the reader tells it).
    pub(crate) not_dates: Vec<(u32, u32, Option<String>)>,
}

/// A number in a date or time format that is no date (before 1900, after
/// 9999): it is read as the number, and the format is named in a finding
/// (issue 22: values kept exact, nothing silently changed).
#[derive(Debug, Clone, PartialEq)]
pub struct NotADate {
    /// The sheet.
    pub sheet: String,
    /// Row, from 0.
    pub row: u32,
    /// Column, from 0.
    pub col: u32,
    /// The number as read.
    pub number: f64,
    /// The cell's number format code (`m/d/yy`), empty when it was not
    /// found.
    pub format: String,
}

/// Whether `data` is a date or time cell calamine read whose number is no
/// date, so that [`Value`] keeps it a number.
fn no_date<T: std::ops::Deref<Target = calamine::ExcelDateTime>>(
    date: Option<T>,
    value: &Option<Value>,
) -> bool {
    date.is_some_and(|d| !d.is_duration()) && matches!(value, Some(Value::Number(_)))
}

/// A streamed cell's value, and whether it is a number in a date format
/// that is no date (see [`no_date`]).
fn ref_value(data: &DataRef<'_>) -> (Option<Value>, bool) {
    let date = match data {
        DataRef::DateTime(d) => Some(d),
        _ => None,
    };
    let value = Value::from_data_ref(data);
    let no_date = no_date(date, &value);
    (value, no_date)
}

/// A grid cell's value, and whether it is a number in a date format that
/// is no date (see [`no_date`]).
fn data_value(data: &Data) -> (Option<Value>, bool) {
    let date = match data {
        Data::DateTime(d) => Some(d),
        _ => None,
    };
    let value = Value::from_data(data);
    let no_date = no_date(date, &value);
    (value, no_date)
}

/// Reads one sheet's non-empty cells. For xlsx and xlsb the streaming cell
/// reader is used, so that memory follows the cells present rather than
/// the sheet's bounding box (one stray value in XFD1048576 would otherwise
/// allocate the whole grid); xls and ods were measured before opening
/// (`crate::biff`, `crate::ods_scan`).
///
/// At most `limit` cells are kept: a sheet is limited by the cells it has,
/// and one past the limit is read in part, the rest counted (issue 22:
/// nothing that can be read in part is dropped whole).
pub(crate) fn read_cells<RS: Read + Seek>(
    sheets: &mut Sheets<RS>,
    name: &str,
    limit: usize,
) -> Result<SheetCells, calamine::Error> {
    let mut cells = Vec::new();
    let mut rest = 0u64;
    let mut not_dates = Vec::new();
    let mut push = |row: u32, col: u32, value: Option<Value>| {
        if let Some(value) = value {
            if cells.len() < limit {
                cells.push(Cell { row, col, value });
                return true;
            }
            rest += 1;
        }
        false
    };
    match sheets {
        Sheets::Xlsx(xlsx) => {
            let mut reader = xlsx
                .worksheet_cells_reader(name)
                .map_err(calamine::Error::Xlsx)?;
            // The style id comes in the same pass: it names the format of
            // a number in a date format that is no date.
            while let Some((cell, style)) = reader
                .next_cell_with_style_id()
                .map_err(calamine::Error::Xlsx)?
            {
                let (row, col) = cell.get_position();
                let (value, no_date) = ref_value(cell.get_value());
                if push(row, col, value) && no_date {
                    let format = reader
                        .styles()
                        .get(style)
                        .and_then(|s| s.number_format.as_ref())
                        .map(|f| f.format_code.clone());
                    not_dates.push((row, col, format));
                }
            }
        }
        Sheets::Xlsb(xlsb) => {
            let mut reader = xlsb
                .worksheet_cells_reader(name)
                .map_err(calamine::Error::Xlsb)?;
            while let Some(cell) = reader.next_cell().map_err(calamine::Error::Xlsb)? {
                let (row, col) = cell.get_position();
                let (value, no_date) = ref_value(cell.get_value());
                if push(row, col, value) && no_date {
                    not_dates.push((row, col, None));
                }
            }
        }
        _ => {
            let range = sheets.worksheet_range(name)?;
            let (r0, c0) = range.start().unwrap_or((0, 0));
            for (row, col, data) in range.used_cells() {
                let (row, col) = (r0 + row as u32, c0 + col as u32);
                let (value, no_date) = data_value(data);
                if push(row, col, value) && no_date {
                    not_dates.push((row, col, None));
                }
            }
        }
    }
    cells.sort_by_key(|c| (c.row, c.col));
    cells.dedup_by_key(|c| (c.row, c.col));
    Ok(SheetCells {
        cells,
        rest,
        not_dates,
    })
}

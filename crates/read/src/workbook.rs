use calamine::{Data, DataRef, Reader, Sheets, open_workbook_auto};
use std::fmt;
use std::fs::File;
use std::io::BufReader;
use std::path::{Path, PathBuf};

/// A cell value, in one type across all formats.
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    /// Text (shared, inline or rich strings).
    Text(String),
    /// A number (integers included).
    Number(f64),
    /// TRUE or FALSE.
    Bool(bool),
    /// A date or time, as the spreadsheet's serial number.
    DateTime(f64),
    /// A date, time or duration that the file stores as ISO 8601 text.
    Iso(String),
    /// An error value such as `#N/A`.
    Error(String),
}

impl Value {
    /// The value as a person sees it in the cell: numbers without a trailing
    /// `.0`, booleans as `TRUE`/`FALSE`.
    pub fn text(&self) -> String {
        match self {
            Value::Text(s) | Value::Iso(s) | Value::Error(s) => s.clone(),
            Value::Number(n) | Value::DateTime(n) => format_number(*n),
            Value::Bool(true) => "TRUE".into(),
            Value::Bool(false) => "FALSE".into(),
        }
    }

    fn from_data(data: &Data) -> Option<Value> {
        Some(match data {
            Data::Empty => return None,
            Data::String(s) => return non_blank(s),
            Data::Int(i) => Value::Number(*i as f64),
            Data::Float(f) => Value::Number(*f),
            Data::Bool(b) => Value::Bool(*b),
            Data::DateTime(d) => Value::DateTime(d.as_f64()),
            Data::DateTimeIso(s) | Data::DurationIso(s) => Value::Iso(s.clone()),
            Data::Error(e) => Value::Error(e.to_string()),
        })
    }

    fn from_data_ref(data: &DataRef<'_>) -> Option<Value> {
        Some(match data {
            DataRef::Empty => return None,
            DataRef::String(s) => return non_blank(s),
            DataRef::SharedString(s) => return non_blank(s),
            DataRef::Int(i) => Value::Number(*i as f64),
            DataRef::Float(f) => Value::Number(*f),
            DataRef::Bool(b) => Value::Bool(*b),
            DataRef::DateTime(d) => Value::DateTime(d.as_f64()),
            DataRef::DateTimeIso(s) | DataRef::DurationIso(s) => Value::Iso(s.clone()),
            DataRef::Error(e) => Value::Error(e.to_string()),
        })
    }
}

/// Empty and whitespace-only strings are empty cells: a unit that clears a
/// cell with a space has not written anything.
fn non_blank(s: &str) -> Option<Value> {
    (!s.trim().is_empty()).then(|| Value::Text(s.to_string()))
}

fn format_number(n: f64) -> String {
    if n.fract() == 0.0 && n.abs() < 1e15 {
        format!("{}", n as i64)
    } else {
        format!("{n}")
    }
}

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
    /// The document's modified time, else the file's (ISO 8601 UTC).
    pub modified: Option<String>,
    /// The sheets, in workbook order.
    pub sheets: Vec<Sheet>,
}

/// Why a workbook could not be read.
#[derive(Debug)]
pub enum ReadError {
    /// The file is not a spreadsheet calamine can open (corrupt, encrypted,
    /// another format).
    Open {
        path: PathBuf,
        source: calamine::Error,
    },
    /// One sheet could not be read.
    Sheet {
        path: PathBuf,
        sheet: String,
        source: calamine::Error,
    },
}

impl fmt::Display for ReadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ReadError::Open { path, source } => write!(f, "{}: {source}", path.display()),
            ReadError::Sheet {
                path,
                sheet,
                source,
            } => {
                write!(f, "{}, sheet {sheet:?}: {source}", path.display())
            }
        }
    }
}

impl std::error::Error for ReadError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            ReadError::Open { source, .. } | ReadError::Sheet { source, .. } => Some(source),
        }
    }
}

/// Opens `path` and reads the non-empty cells of every sheet. `display` is
/// the name the file goes by in outputs.
pub fn open(path: &Path, display: &str) -> Result<Workbook, ReadError> {
    let open_error = |source| ReadError::Open {
        path: path.to_path_buf(),
        source,
    };
    let mut sheets = open_workbook_auto(path).map_err(open_error)?;
    let modified = sheets
        .workbook_properties()
        .ok()
        .and_then(|p| p.modified)
        .or_else(|| {
            std::fs::metadata(path)
                .ok()?
                .modified()
                .ok()
                .and_then(crate::time::iso_utc)
        });
    let names = sheets.sheet_names();
    let mut workbook = Workbook {
        file: display.to_string(),
        modified,
        sheets: Vec::with_capacity(names.len()),
    };
    for name in names {
        let cells = read_cells(&mut sheets, &name).map_err(|source| ReadError::Sheet {
            path: path.to_path_buf(),
            sheet: name.clone(),
            source,
        })?;
        workbook.sheets.push(Sheet { name, cells });
    }
    Ok(workbook)
}

/// Reads one sheet's non-empty cells. For xlsx the streaming cell reader is
/// used, so that memory follows the cells present rather than the sheet's
/// bounding box (one stray value in XFD1048576 would otherwise allocate the
/// whole grid).
fn read_cells(
    sheets: &mut Sheets<BufReader<File>>,
    name: &str,
) -> Result<Vec<Cell>, calamine::Error> {
    let mut cells = Vec::new();
    match sheets {
        Sheets::Xlsx(xlsx) => {
            let mut reader = xlsx
                .worksheet_cells_reader(name)
                .map_err(calamine::Error::Xlsx)?;
            while let Some(cell) = reader.next_cell().map_err(calamine::Error::Xlsx)? {
                let (row, col) = cell.get_position();
                if let Some(value) = Value::from_data_ref(cell.get_value()) {
                    cells.push(Cell { row, col, value });
                }
            }
        }
        _ => {
            let range = sheets.worksheet_range(name)?;
            for (row, col, data) in range.used_cells() {
                if let Some(value) = Value::from_data(data) {
                    let (r0, c0) = range.start().unwrap_or((0, 0));
                    cells.push(Cell {
                        row: r0 + row as u32,
                        col: c0 + col as u32,
                        value,
                    });
                }
            }
        }
    }
    cells.sort_by_key(|c| (c.row, c.col));
    cells.dedup_by_key(|c| (c.row, c.col));
    Ok(cells)
}

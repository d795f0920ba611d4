//! A small description of workbooks, and the code that writes them.
use rust_xlsxwriter::{DocProperties, ExcelDateTime, Format, Formula, Workbook, XlsxError};
use std::path::{Path, PathBuf};

/// A cell's value as a unit's spreadsheet program would store it.
#[derive(Debug, Clone, PartialEq)]
pub enum CellValue {
    /// Text.
    Text(String),
    /// A number.
    Number(f64),
    /// TRUE or FALSE.
    Bool(bool),
    /// A formula with its cached result.
    Formula(String, String),
}

/// Text cell shorthand.
pub fn text(s: &str) -> CellValue {
    CellValue::Text(s.to_string())
}

/// One sheet: cells at zero-based (row, column), and merged ranges.
#[derive(Debug, Clone, Default)]
pub struct SheetSpec {
    /// Sheet name.
    pub name: String,
    /// Cells.
    pub cells: Vec<(u32, u16, CellValue)>,
    /// Merged ranges (first row, first col, last row, last col); the value
    /// is the cell at the first row and column.
    pub merged: Vec<(u32, u16, u32, u16)>,
}

impl SheetSpec {
    /// An empty sheet.
    pub fn new(name: &str) -> Self {
        SheetSpec {
            name: name.to_string(),
            ..SheetSpec::default()
        }
    }

    /// Puts a value at (row, col).
    pub fn put(&mut self, row: u32, col: u16, value: CellValue) {
        self.cells.push((row, col, value));
    }

    /// Puts text at (row, col); empty text writes nothing.
    pub fn put_text(&mut self, row: u32, col: u16, value: &str) {
        if !value.is_empty() {
            self.put(row, col, text(value));
        }
    }
}

/// One workbook file of a case.
#[derive(Debug, Clone)]
pub struct WorkbookSpec {
    /// File name (its extension decides nothing: it is written as xlsx).
    pub file_name: String,
    /// The document's modified date (year, month, day).
    pub modified: (u16, u8, u8),
    /// Sheets in order.
    pub sheets: Vec<SheetSpec>,
}

impl WorkbookSpec {
    /// Writes the workbook into `dir` and returns its path.
    pub fn write(&self, dir: &Path) -> Result<PathBuf, XlsxError> {
        let mut workbook = Workbook::new();
        let (y, m, d) = self.modified;
        let when = ExcelDateTime::from_ymd(y, m, d)?.and_hms(12, 0, 0)?;
        workbook.set_properties(&DocProperties::new().set_creation_datetime(&when));
        let wrap = Format::new().set_text_wrap();
        for spec in &self.sheets {
            let sheet = workbook.add_worksheet();
            sheet.set_name(&spec.name)?;
            for (r1, c1, r2, c2) in &spec.merged {
                let value = spec
                    .cells
                    .iter()
                    .find(|(r, c, _)| r == r1 && c == c1)
                    .and_then(|(_, _, v)| match v {
                        CellValue::Text(t) => Some(t.as_str()),
                        _ => None,
                    })
                    .unwrap_or("");
                sheet.merge_range(*r1, *c1, *r2, *c2, value, &wrap)?;
            }
            for (row, col, value) in &spec.cells {
                if spec
                    .merged
                    .iter()
                    .any(|(r1, c1, _, _)| r1 == row && c1 == col)
                {
                    continue;
                }
                match value {
                    CellValue::Text(t) => sheet.write_string_with_format(*row, *col, t, &wrap)?,
                    CellValue::Number(n) => sheet.write_number(*row, *col, *n)?,
                    CellValue::Bool(b) => sheet.write_boolean(*row, *col, *b)?,
                    CellValue::Formula(f, result) => {
                        sheet.write_formula(*row, *col, Formula::new(f).set_result(result))?
                    }
                };
            }
        }
        let path = dir.join(&self.file_name);
        workbook.save(&path)?;
        Ok(path)
    }
}

/// A column of the committee's table.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Column {
    /// The measure text.
    Measure,
    /// "Toimenpide on toteutunut".
    Implemented,
    /// "Toimenpide ei ole toteutunut".
    NotImplemented,
    /// "Miten on toteutettu…".
    Text,
    /// An added column.
    Extra,
}

/// One measure row to write.
#[derive(Debug, Clone)]
pub struct RowSpec {
    /// The measure text as the unit has it.
    pub measure: String,
    /// Value in the implemented column.
    pub implemented: Option<CellValue>,
    /// Value in the not-implemented column.
    pub not_implemented: Option<CellValue>,
    /// The text cell.
    pub text: String,
    /// The added column's cell.
    pub extra: String,
}

/// Writes a header row and measure rows starting at (`row`, `col`), with the
/// columns in `columns` order; returns the row after the table.
pub fn write_table(
    sheet: &mut SheetSpec,
    mut row: u32,
    col: u16,
    columns: &[(Column, &str)],
    rows: &[RowSpec],
) -> u32 {
    for (i, (_, header)) in columns.iter().enumerate() {
        sheet.put_text(row, col + i as u16, header);
    }
    row += 1;
    for spec in rows {
        for (i, (column, _)) in columns.iter().enumerate() {
            let at = col + i as u16;
            match column {
                Column::Measure => sheet.put_text(row, at, &spec.measure),
                Column::Implemented => {
                    if let Some(v) = &spec.implemented {
                        sheet.put(row, at, v.clone())
                    }
                }
                Column::NotImplemented => {
                    if let Some(v) = &spec.not_implemented {
                        sheet.put(row, at, v.clone())
                    }
                }
                Column::Text => sheet.put_text(row, at, &spec.text),
                Column::Extra => sheet.put_text(row, at, &spec.extra),
            }
        }
        row += 1;
    }
    row
}

/// The committee template's own header texts.
pub const STANDARD_COLUMNS: [(Column, &str); 4] = [
    (Column::Measure, "Toimenpiteet"),
    (Column::Implemented, "Toimenpide on toteutunut"),
    (Column::NotImplemented, "Toimenpide ei ole toteutunut"),
    (
        Column::Text,
        "Miten on toteutettu tai tulisi jatkossa toteuttaa?",
    ),
];

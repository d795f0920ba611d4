//! The cached error values of formulas in an .xlsb (`BrtFmlaError`:
//! `=1/0` showing #DIV/0!), which calamine 0.38's cell reader skips: the
//! cell is missing (issue 22 counted 5,803 such cells in 46 real files).
//!
//! No calamine release keeps them (0.38.0 is the newest), so koonti reads
//! that one record itself, as it reads the xls records calamine cuts
//! (`crate::biff`): the sheet's part is found through `xl/workbook.bin`
//! and its relationships, and its records are walked for the rows
//! (`BrtRowHdr`) and the error records. The upstream fix is
//! `patches/calamine-xlsb-formula-error-values.patch`; once calamine has
//! it, this module goes.
use crate::workbook::{Cell, Value};
use std::collections::HashMap;
use std::io::{Cursor, Read};

/// BrtRowHdr: the row the next cells are on.
const ROW_HEADER: u16 = 0x0000;
/// BrtFmlaError: a formula cell whose cached value is an error.
const FORMULA_ERROR: u16 = 0x000B;
/// BrtBundleSh: one sheet of the workbook (its relationship and name).
const BUNDLE_SHEET: u16 = 0x009C;
/// BrtEndSheetData: the end of a sheet's cells.
const END_SHEET_DATA: u16 = 0x0092;
/// BrtCellRk, BrtCellReal, BrtFmlaNum: the cells that hold a number.
const CELL_RK: u16 = 0x0002;
const CELL_REAL: u16 = 0x0005;
const FORMULA_NUMBER: u16 = 0x0009;
/// BrtFmt: a number format's id and code (in `xl/styles.bin`).
const BRT_FMT: u16 = 0x002C;
/// BrtXF: a cell format, its number format id at offset 2.
const BRT_XF: u16 = 0x002F;
/// BrtBeginCellXFs, BrtEndCellXFs: around the cell formats cells name.
const BEGIN_CELL_XFS: u16 = 0x0269;
const END_CELL_XFS: u16 = 0x026A;

/// The formula cells with a cached error value of each sheet, by sheet
/// name. Empty when the package cannot be read this way (calamine's own
/// reading decides what is readable; this only adds cells).
pub(crate) fn formula_errors(bytes: &[u8], max_part_bytes: u64) -> HashMap<String, Vec<Cell>> {
    let mut found = HashMap::new();
    let Ok(mut zip) = zip::ZipArchive::new(Cursor::new(bytes)) else {
        return found;
    };
    let mut part = |name: &str| zip_part(&mut zip, name, max_part_bytes);
    let Some(rels) = part("xl/_rels/workbook.bin.rels") else {
        return found;
    };
    let targets = relationship_targets(&String::from_utf8_lossy(&rels));
    let Some(workbook) = part("xl/workbook.bin") else {
        return found;
    };
    for (rel, name) in sheets(&workbook) {
        let Some(target) = targets.get(&rel) else {
            continue;
        };
        let path = match target.strip_prefix('/') {
            Some(absolute) => absolute.to_string(),
            None => format!("xl/{target}"),
        };
        if let Some(sheet) = part(&path) {
            let cells = errors_in_sheet(&sheet);
            if !cells.is_empty() {
                found.insert(name, cells);
            }
        }
    }
    found
}

/// The number format codes of some cells of the sheet `sheet`, by (row,
/// col): each cell's style (`iStyleRef`) through the cell XFs of
/// `xl/styles.bin` to its BrtFmt, else Excel's built-in code. calamine
/// does not tell them; they name the format of a number in a date format
/// that is no date. A cell not found is left out.
pub(crate) fn number_formats(
    bytes: &[u8],
    max_part_bytes: u64,
    sheet: &str,
    cells: &[(u32, u32)],
) -> HashMap<(u32, u32), String> {
    let mut found = HashMap::new();
    let Ok(mut zip) = zip::ZipArchive::new(Cursor::new(bytes)) else {
        return found;
    };
    let mut part = |name: &str| zip_part(&mut zip, name, max_part_bytes);
    let part_path = |target: &str| match target.strip_prefix('/') {
        Some(absolute) => absolute.to_string(),
        None => format!("xl/{target}"),
    };
    let (Some(rels), Some(workbook)) =
        (part("xl/_rels/workbook.bin.rels"), part("xl/workbook.bin"))
    else {
        return found;
    };
    let targets = relationship_targets(&String::from_utf8_lossy(&rels));
    // Where calamine reads the styles from, whatever the relationships say.
    let styles_path = "xl/styles.bin";
    let sheet_path = sheets(&workbook)
        .into_iter()
        .find(|(_, name)| name == sheet)
        .and_then(|(rel, _)| targets.get(&rel).map(|t| part_path(t)));
    let (Some(styles), Some(sheet_part)) = (part(styles_path), sheet_path.and_then(|p| part(&p)))
    else {
        return found;
    };
    let mut codes: HashMap<u16, String> = HashMap::new();
    let mut xf_formats: Vec<u16> = Vec::new();
    let mut in_cell_xfs = false;
    for (typ, data) in records(&styles) {
        match typ {
            BRT_FMT if data.len() >= 2 => {
                let mut at = 2;
                if let Some(code) = wide_string(data, &mut at) {
                    codes.insert(u16::from_le_bytes([data[0], data[1]]), code);
                }
            }
            BEGIN_CELL_XFS => in_cell_xfs = true,
            END_CELL_XFS => in_cell_xfs = false,
            BRT_XF if in_cell_xfs && data.len() >= 4 => {
                xf_formats.push(u16::from_le_bytes([data[2], data[3]]));
            }
            _ => {}
        }
    }
    let mut row = 0u32;
    for (typ, data) in records(&sheet_part) {
        match typ {
            ROW_HEADER if data.len() >= 4 => row = u32_at(data, 0),
            CELL_RK | CELL_REAL | FORMULA_NUMBER if data.len() >= 8 => {
                let col = u32_at(data, 0);
                if !cells.contains(&(row, col)) {
                    continue;
                }
                let style = (u32_at(data, 4) & 0x00FF_FFFF) as usize;
                let Some(&format) = xf_formats.get(style) else {
                    continue;
                };
                let code = codes
                    .get(&format)
                    .cloned()
                    .or_else(|| crate::biff::builtin_format(format).map(str::to_string));
                if let Some(code) = code {
                    found.insert((row, col), code);
                }
            }
            END_SHEET_DATA => break,
            _ => {}
        }
    }
    found
}

/// Adds the error cells calamine left out to `cells` (sorted by row and
/// column); a cell calamine read is kept as read.
pub(crate) fn add_missing(cells: &mut Vec<Cell>, errors: Vec<Cell>) {
    let before = cells.len();
    for error in errors {
        let at = (error.row, error.col);
        if cells[..before]
            .binary_search_by_key(&at, |c| (c.row, c.col))
            .is_err()
        {
            cells.push(error);
        }
    }
    if cells.len() > before {
        cells.sort_by_key(|c| (c.row, c.col));
    }
}

/// `Id` → `Target` of the relationships part.
/// The bytes of part `name`, `None` when it is missing or larger than
/// `max_part_bytes` (a zip bomb is never inflated past the limit).
fn zip_part(
    zip: &mut zip::ZipArchive<Cursor<&[u8]>>,
    name: &str,
    max_part_bytes: u64,
) -> Option<Vec<u8>> {
    let entry = zip.by_name(name).ok()?;
    if entry.size() > max_part_bytes {
        return None;
    }
    let mut data = Vec::new();
    entry.take(max_part_bytes).read_to_end(&mut data).ok()?;
    Some(data)
}

fn relationship_targets(xml: &str) -> HashMap<String, String> {
    xml.split("<Relationship")
        .skip(1)
        .filter_map(|element| {
            let element = element.split('>').next()?;
            Some((attribute(element, "Id")?, attribute(element, "Target")?))
        })
        .collect()
}

/// The value of `name="…"` in an element's attributes.
fn attribute(element: &str, name: &str) -> Option<String> {
    let start = element.find(&format!(" {name}=\""))? + name.len() + 3;
    let end = element[start..].find('"')? + start;
    Some(element[start..end].replace("&amp;", "&"))
}

/// (relationship id, sheet name) of each BrtBundleSh of `xl/workbook.bin`.
fn sheets(workbook: &[u8]) -> Vec<(String, String)> {
    records(workbook)
        .filter(|(typ, _)| *typ == BUNDLE_SHEET)
        .filter_map(|(_, data)| {
            let mut at = 8;
            let rel = wide_string(data, &mut at)?;
            let name = wide_string(data, &mut at)?;
            Some((rel, name))
        })
        .collect()
}

/// The error cells of one sheet part.
fn errors_in_sheet(sheet: &[u8]) -> Vec<Cell> {
    let mut row = 0u32;
    let mut cells = Vec::new();
    for (typ, data) in records(sheet) {
        match typ {
            ROW_HEADER if data.len() >= 4 => row = u32_at(data, 0),
            FORMULA_ERROR if data.len() >= 9 => {
                if let Some(text) = error_text(data[8]) {
                    cells.push(Cell {
                        row,
                        col: u32_at(data, 0),
                        value: Value::Error(text.to_string()),
                    });
                }
            }
            END_SHEET_DATA => break,
            _ => {}
        }
    }
    cells
}

/// The text of an error code (MS-XLSB 2.5.97.2 BErr).
fn error_text(code: u8) -> Option<&'static str> {
    Some(match code {
        0x00 => "#NULL!",
        0x07 => "#DIV/0!",
        0x0F => "#VALUE!",
        0x17 => "#REF!",
        0x1D => "#NAME?",
        0x24 => "#NUM!",
        0x2A => "#N/A",
        0x2B => "#GETTING_DATA",
        _ => return None,
    })
}

/// The records of a binary part: (type, data), until the bytes end or a
/// record claims more than there is.
fn records(bytes: &[u8]) -> impl Iterator<Item = (u16, &[u8])> {
    let mut at = 0usize;
    std::iter::from_fn(move || {
        let first = *bytes.get(at)?;
        at += 1;
        let mut typ = u16::from(first & 0x7F);
        if first & 0x80 != 0 {
            typ |= u16::from(*bytes.get(at)? & 0x7F) << 7;
            at += 1;
        }
        let mut len = 0usize;
        for i in 0..4 {
            let b = *bytes.get(at)?;
            at += 1;
            len |= usize::from(b & 0x7F) << (7 * i);
            if b & 0x80 == 0 {
                break;
            }
        }
        let data = bytes.get(at..at.checked_add(len)?)?;
        at += len;
        Some((typ, data))
    })
}

fn u32_at(data: &[u8], at: usize) -> u32 {
    data.get(at..at + 4)
        .map_or(0, |b| u32::from_le_bytes([b[0], b[1], b[2], b[3]]))
}

/// An XLWideString at `at` (a u32 count of UTF-16 units, then the units);
/// `at` moves past it.
fn wide_string(data: &[u8], at: &mut usize) -> Option<String> {
    let count = data.get(*at..*at + 4)?;
    let count = u32::from_le_bytes([count[0], count[1], count[2], count[3]]);
    *at += 4;
    if count == u32::MAX {
        return Some(String::new());
    }
    let bytes = data.get(*at..*at + count as usize * 2)?;
    *at += bytes.len();
    let units: Vec<u16> = bytes
        .chunks_exact(2)
        .map(|b| u16::from_le_bytes([b[0], b[1]]))
        .collect();
    Some(String::from_utf16_lossy(&units))
}

#[cfg(test)]
pub(crate) mod tests;

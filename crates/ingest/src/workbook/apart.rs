//! The sheets read apart from calamine's worksheets: an .xls sheet's
//! packed cells put back, a sparse .ods read by koonti's own cell reader,
//! and Excel 4 macro sheets read as worksheets.
use super::{Cell, Limits, ReadError, Sheet, Workbook};
use crate::open::OpenedSheets;
use crate::sheets::{CellBudget, CutSheet, read_cells};
use koonti_model::SheetKind;
use std::path::PathBuf;

/// Puts the cells of a packed .xls sheet back where they were.
pub(super) fn unpack(cells: &mut [Cell], packed: &crate::biff::PackedSheet) {
    for cell in cells.iter_mut() {
        if let Some((row, col)) = packed.origin(cell.row, cell.col) {
            (cell.row, cell.col) = (row, col);
        }
    }
    cells.sort_by_key(|c| (c.row, c.col));
}

/// An .ods read by `crate::ods_cells`, cell by cell.
pub(super) fn sparse_ods(
    bytes: &[u8],
    display: &str,
    limits: &Limits,
    only: Option<&str>,
) -> Result<Workbook, ReadError> {
    let read = crate::ods_cells::read(
        bytes,
        limits.max_uncompressed_bytes,
        CellBudget::new(limits),
    )
    .ok_or_else(|| ReadError::Open {
        path: PathBuf::from(display),
        source: calamine::Error::Io(std::io::Error::new(
            std::io::ErrorKind::InvalidData,
            "content.xml cannot be read",
        )),
    })?;
    let mut workbook = Workbook {
        file: display.to_string(),
        ..Workbook::default()
    };
    for (mut sheet, rest, by) in read {
        if only.is_some_and(|only| only != sheet.name) {
            sheet.cells.clear();
        } else if rest > 0 {
            workbook.cut.push(CutSheet {
                name: sheet.name.clone(),
                read: sheet.cells.len() as u64,
                rest,
                by,
            });
        }
        workbook.sheets.push(sheet);
    }
    Ok(workbook)
}

/// An Excel 4 macro sheet (or dialog sheet) holds cells as a worksheet
/// does: those calamine can read are read, so that no cell of the file is
/// said to be absent; a sheet it cannot read, or an empty one, stays
/// listed as not read.
pub(super) fn read_macro_sheets(
    sheets: &mut OpenedSheets,
    workbook: &mut Workbook,
    budget: &mut CellBudget,
    packing: &[crate::biff::PackedSheet],
) {
    let mut still_skipped = Vec::new();
    for skipped in std::mem::take(&mut workbook.skipped) {
        // An .xls macro sheet is a substream calamine parses as it does a
        // worksheet's.
        let readable = matches!(skipped.kind, SheetKind::Macro | SheetKind::Dialog)
            && matches!(
                sheets,
                calamine::Sheets::Xlsx(_) | calamine::Sheets::Xlsb(_) | calamine::Sheets::Xls(_)
            );
        let (limit, by) = budget.next_sheet();
        let read = readable
            .then(|| crate::quiet::catch_quietly(|| read_cells(sheets, &skipped.name, limit)))
            .and_then(|read| read.ok()?.ok())
            .filter(|read| !read.cells.is_empty() || read.rest > 0);
        match read {
            Some(mut read) => {
                let packed = packing.iter().find(|p| p.name == skipped.name);
                if let Some(packed) = packed {
                    unpack(&mut read.cells, packed);
                }
                budget.spend(read.cells.len());
                let rest = read.rest + packed.map_or(0, |p| p.rest);
                if rest > 0 {
                    workbook.cut.push(CutSheet {
                        name: skipped.name.clone(),
                        read: read.cells.len() as u64,
                        rest,
                        by: packed.filter(|p| p.rest > 0).map_or(by, |p| p.by),
                    });
                }
                workbook.sheets.push(Sheet {
                    name: skipped.name,
                    cells: read.cells,
                });
            }
            None => still_skipped.push(skipped),
        }
    }
    workbook.skipped = still_skipped;
}

//! Opening the bytes with calamine: the grid measured first for the
//! formats calamine lays out whole (xls, ods), a package with macro sheets
//! opened again without them, and texts calamine cuts put back.
use crate::biff::SheetExtent;
use crate::sniff::{FileKind, Limits};
use crate::workbook::{Cell, Value};
use calamine::{Sheets, open_workbook_from_rs};
use std::collections::HashMap;
use std::io::Cursor;

/// A workbook calamine has opened from memory.
pub(crate) type OpenedSheets = Sheets<Cursor<Vec<u8>>>;

/// Why calamine could not open the bytes.
pub(crate) enum Opened {
    NotAWorkbook(FileKind),
    Calamine(calamine::Error),
}

/// Opens the bytes with calamine as the kind they were sniffed to be. A
/// package that calamine refuses for an Excel 4 macro sheet is opened again
/// with its macro sheets named dialog sheets (true in the second value),
/// so that its worksheets are read. calamine is handed `stored`, the
/// package with its parts stored (`crate::stored`), when there is one;
/// else the theme names at `themes` are hidden from it first
/// (`crate::theme`). The package opened again is the one that came.
pub(crate) fn open_sheets(
    bytes: Vec<u8>,
    kind: FileKind,
    limits: &Limits,
    themes: &[usize],
    stored: Option<Vec<u8>>,
) -> Result<(OpenedSheets, bool), Opened> {
    let open = |bytes: Vec<u8>| -> Result<OpenedSheets, Opened> {
        let cursor = Cursor::new(bytes);
        match kind {
            FileKind::Xlsx => open_workbook_from_rs(cursor)
                .map(Sheets::Xlsx)
                .map_err(calamine::Error::Xlsx),
            FileKind::Xlsb => open_workbook_from_rs(cursor)
                .map(Sheets::Xlsb)
                .map_err(calamine::Error::Xlsb),
            FileKind::Ods => open_workbook_from_rs(cursor)
                .map(Sheets::Ods)
                .map_err(calamine::Error::Ods),
            // calamine would follow a looping sector chain until memory
            // runs out: such a container is refused as broken first.
            FileKind::Xls if crate::cfb_guard::chains_loop(cursor.get_ref()) => {
                Err(calamine::Error::Io(std::io::Error::new(
                    std::io::ErrorKind::InvalidData,
                    "a sector chain of the OLE container loops",
                )))
            }
            FileKind::Xls => open_workbook_from_rs(cursor)
                .map(Sheets::Xls)
                .map_err(calamine::Error::Xls),
            other => return Err(Opened::NotAWorkbook(other)),
        }
        .map_err(Opened::Calamine)
    };
    let refused_for_sheet_type = |err: &Opened| {
        matches!(
            err,
            Opened::Calamine(calamine::Error::Xlsx(calamine::XlsxError::Unrecognized {
                typ: "sheet:type",
                ..
            })) | Opened::Calamine(calamine::Error::Xlsb(calamine::XlsbError::Unrecognized {
                typ: "BoundSheet8:dt",
                ..
            }))
        )
    };
    if !matches!(kind, FileKind::Xlsx | FileKind::Xlsb) {
        return open(bytes).map(|sheets| (sheets, false));
    }
    // A copy of the bytes (a memcpy) to rename macro sheets in only when
    // calamine refuses the package for one: rewriting every package up
    // front (as before) copied and re-zipped every file for the rare one.
    let hidden = |bytes: &Vec<u8>| {
        let mut hidden = bytes.clone();
        crate::theme::hide(&mut hidden, themes);
        hidden
    };
    let opened = match stored {
        // The package laid out again is only a quicker way to the same
        // parts: whatever calamine refuses in it, other than a macro
        // sheet (below), is asked of the package as it came.
        Some(stored) => match open(stored) {
            Err(err) if !refused_for_sheet_type(&err) => open(hidden(&bytes)),
            other => other,
        },
        None => open(hidden(&bytes)),
    };
    let copy = bytes;
    match opened {
        Err(err) if refused_for_sheet_type(&err) => {
            match crate::macros::macro_sheets_as_dialogs(&copy, limits.max_uncompressed_bytes) {
                Some(renamed) => open(renamed).map(|sheets| (sheets, true)),
                None => Err(err),
            }
        }
        other => other.map(|sheets| (sheets, false)),
    }
}

/// Why [`measure_grid`] refuses a file before calamine opens it.
pub(crate) enum Unmeasured {
    /// Its grid is larger than the limit.
    TooLarge(koonti_model::Limit),
    /// An .ods whose content the scan cannot read: calamine, more lenient
    /// with a damaged zip, could lay it out as a grid of any size (a fuzz
    /// find took gigabytes), so it is refused as broken.
    Unreadable,
}

/// Measures the grid calamine would lay out for an .xls or .ods (the other
/// formats are streamed cell by cell) and refuses one larger than
/// [`Limits::max_grid_cells`], or an .ods it cannot measure, before
/// calamine allocates it.
pub(crate) fn measure_grid(
    bytes: &[u8],
    kind: FileKind,
    limits: &Limits,
) -> Result<Vec<SheetExtent>, Unmeasured> {
    let extents = match kind {
        FileKind::Xls => crate::biff::workbook_stream(bytes)
            .map(|stream| crate::biff::extents(&stream))
            .unwrap_or_default(),
        FileKind::Ods => crate::ods_scan::extents(bytes, limits.max_uncompressed_bytes)
            .ok_or(Unmeasured::Unreadable)?,
        _ => return Ok(Vec::new()),
    };
    let max = limits.max_grid_cells;
    let total = extents
        .iter()
        .fold(0u64, |sum, e| sum.saturating_add(e.area()));
    // A DIMENSIONS record is only reserved, not filled: it may claim more,
    // but not so much that the reservation itself fails.
    let lying = extents
        .iter()
        .find(|e| e.claimed > max.saturating_mul(CLAIM_FACTOR));
    if total <= max && lying.is_none() {
        return Ok(extents);
    }
    let largest = lying
        .or_else(|| extents.iter().max_by_key(|e| e.area()))
        .cloned()
        .unwrap_or_default();
    let (rows, cols) = if lying.is_some() && largest.area() <= max {
        (largest.claimed, 1)
    } else {
        (largest.rows, largest.cols)
    };
    Err(Unmeasured::TooLarge(koonti_model::Limit::Grid {
        sheet: largest.name,
        rows,
        cols,
        max,
    }))
}

/// How many times [`Limits::max_grid_cells`] an .xls DIMENSIONS record may
/// claim: calamine reserves (without filling) 40 bytes a claimed cell.
const CLAIM_FACTOR: u64 = 16;

/// Puts back the whole text of cells calamine cut at a CONTINUE record.
pub(crate) fn restore_long_texts(cells: &mut [Cell], long: &HashMap<(u32, u32), String>) {
    if long.is_empty() {
        return;
    }
    for cell in cells {
        if let (Some(whole), Value::Text(cut)) = (long.get(&(cell.row, cell.col)), &cell.value)
            && whole.len() > cut.len()
            && whole.starts_with(cut.trim_end_matches('\0'))
        {
            cell.value = Value::Text(whole.replace('\0', ""));
        }
    }
}

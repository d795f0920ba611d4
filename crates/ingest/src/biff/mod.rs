//! A look at an .xls workbook stream before calamine opens it.
//!
//! calamine parses every sheet of an .xls when the workbook is opened and
//! lays each out as a grid over the area between its first and last cell
//! (plus a reservation sized by the sheet's DIMENSIONS record): four cells
//! at a sheet's corners cost a gigabyte. This scan walks the BIFF records
//! (never allocating by what they claim) to measure that area, so that
//! such a file is refused with a finding before calamine allocates.
//!
//! It also recovers what calamine cuts: a LABEL or STRING record whose
//! text runs on into CONTINUE records is read whole here (calamine keeps
//! only the first record's part, e.g. 8,217 of 24,732 characters).
use std::collections::HashMap;

/// One sheet's extent as calamine would lay it out.
#[derive(Debug, Clone, Default, PartialEq)]
pub(crate) struct SheetExtent {
    /// The sheet's name as its BOUNDSHEET record has it.
    pub name: String,
    /// Rows × columns between the first and last cell (0 without cells).
    pub rows: u64,
    /// See `rows`.
    pub cols: u64,
    /// The cells the DIMENSIONS record claims (calamine reserves these).
    pub claimed: u64,
    /// Texts calamine cuts at a CONTINUE record: (row, col) → whole text.
    pub long_texts: HashMap<(u32, u32), String>,
}

impl SheetExtent {
    /// The cells of the grid calamine fills.
    pub fn area(&self) -> u64 {
        self.rows.saturating_mul(self.cols)
    }
}

/// The workbook stream of an OLE2 container ("Workbook", or "Book" for
/// BIFF5) as calamine finds it, `None` when there is none.
pub(crate) fn workbook_stream(bytes: &[u8]) -> Option<Vec<u8>> {
    let ole = crate::ole::Ole::open(bytes)?;
    ole.stream_as_calamine_reads("Workbook")
        .or_else(|| ole.stream_as_calamine_reads("Book"))
}

mod formats;
mod pack;

pub(crate) use formats::{builtin_format, cell_formats};
pub(crate) use pack::{PackedSheet, packed_xls};

/// One BIFF record: its type, its data and the CONTINUE records after it.
struct Record<'a> {
    typ: u16,
    data: &'a [u8],
    continues: Vec<&'a [u8]>,
}

/// The records of `stream` from `at`, stopping at the first that runs past
/// the end.
fn records(stream: &[u8], at: usize) -> impl Iterator<Item = Record<'_>> {
    let mut rest = stream.get(at..).unwrap_or_default();
    let mut next_raw = move || -> Option<(u16, &[u8])> {
        let typ = u16::from_le_bytes([*rest.first()?, *rest.get(1)?]);
        let len = u16::from_le_bytes([*rest.get(2)?, *rest.get(3)?]) as usize;
        let data = rest.get(4..4 + len)?;
        rest = &rest[4 + len..];
        Some((typ, data))
    };
    let mut pending = next_raw();
    std::iter::from_fn(move || {
        let (typ, data) = pending.take()?;
        let mut continues = Vec::new();
        loop {
            match next_raw() {
                Some((0x003C, more)) => continues.push(more),
                other => {
                    pending = other;
                    break;
                }
            }
        }
        Some(Record {
            typ,
            data,
            continues,
        })
    })
}

fn u16_at(data: &[u8], at: usize) -> Option<u16> {
    Some(u16::from_le_bytes([*data.get(at)?, *data.get(at + 1)?]))
}

fn u32_at(data: &[u8], at: usize) -> Option<u32> {
    Some(u32::from_le_bytes(data.get(at..at + 4)?.try_into().ok()?))
}

/// The sheets of a workbook stream with their extents, in BOUNDSHEET order.
pub(crate) fn extents(stream: &[u8]) -> Vec<SheetExtent> {
    let mut sheets = Vec::new();
    let mut biff8 = true;
    for record in records(stream, 0) {
        match record.typ {
            0x0809 => biff8 = u16_at(record.data, 0).is_none_or(|v| v == 0x0600 || v == 0),
            0x0085 => {
                if let Some(pos) = u32_at(record.data, 0) {
                    sheets.push((pos as usize, sheet_name(record.data, biff8)));
                }
            }
            0x000A => break,
            _ => {}
        }
    }
    sheets
        .into_iter()
        .map(|(pos, name)| extent(stream, pos, name, biff8))
        .collect()
}

/// A BOUNDSHEET's name (ShortXLUnicodeString in BIFF8, bytes before).
fn sheet_name(data: &[u8], biff8: bool) -> String {
    let Some(&cch) = data.get(6) else {
        return String::new();
    };
    if biff8 {
        let high = data.get(7).is_some_and(|f| f & 1 != 0);
        decode(data.get(8..).unwrap_or_default(), cch as usize, high).0
    } else {
        decode(data.get(7..).unwrap_or_default(), cch as usize, false).0
    }
}

/// Up to `cch` characters of `bytes`, 16-bit when `high`, else 8-bit
/// (Latin-1): the text and the characters read.
fn decode(bytes: &[u8], cch: usize, high: bool) -> (String, usize) {
    if high {
        let units: Vec<u16> = bytes
            .chunks_exact(2)
            .take(cch)
            .map(|c| u16::from_le_bytes([c[0], c[1]]))
            .collect();
        (String::from_utf16_lossy(&units), units.len())
    } else {
        let text: String = bytes.iter().take(cch).map(|&b| b as char).collect();
        let n = text.chars().count();
        (text, n)
    }
}

/// The cell records whose data starts with the row and column, as calamine
/// reads them (NUMBER, LABEL, RSTRING, BOOLERR, RK, LABELSST, FORMULA).
const CELL_RECORDS: [u16; 7] = [0x0203, 0x0204, 0x00D6, 0x0205, 0x027E, 0x00FD, 0x0006];

/// Walks one sheet's substream as calamine does: from its BOF, skipping
/// nested substreams (embedded charts), to its EOF.
fn extent(stream: &[u8], pos: usize, name: String, biff8: bool) -> SheetExtent {
    let mut sheet = SheetExtent {
        name,
        ..SheetExtent::default()
    };
    let mut bounds: Option<(u32, u32, u32, u32)> = None;
    let mut include = |row: u32, col: u32| {
        let b = bounds.get_or_insert((row, row, col, col));
        *b = (b.0.min(row), b.1.max(row), b.2.min(col), b.3.max(col));
    };
    let mut seen_bof = false;
    let mut depth = 0usize;
    let mut formula_at = (0, 0);
    for record in records(stream, pos) {
        let data = record.data;
        if depth > 0 {
            match record.typ {
                0x0809 => depth += 1,
                0x000A => depth -= 1,
                _ => {}
            }
            continue;
        }
        match record.typ {
            0x0809 if seen_bof => depth += 1,
            0x0809 => seen_bof = true,
            0x000A => break,
            0x0200 => sheet.claimed = claimed(data),
            0x00BD => {
                // MULRK: row, first column, RK values, last column.
                if let (Some(row), Some(first), Some(last)) = (
                    u16_at(data, 0),
                    u16_at(data, 2),
                    u16_at(data, data.len().saturating_sub(2)),
                ) && data.len() >= 6
                {
                    include(row.into(), first.into());
                    include(row.into(), last.max(first).into());
                }
            }
            typ if CELL_RECORDS.contains(&typ) => {
                if let (Some(row), Some(col)) = (u16_at(data, 0), u16_at(data, 2)) {
                    include(row.into(), col.into());
                    if typ == 0x0006 {
                        formula_at = (row.into(), col.into());
                    }
                    if typ == 0x0204
                        && biff8
                        && !record.continues.is_empty()
                        && let Some(text) = long_text(data.get(6..).unwrap_or_default(), &record)
                    {
                        sheet.long_texts.insert((row.into(), col.into()), text);
                    }
                }
            }
            // STRING: the text of the formula before it.
            0x0207 if biff8 && !record.continues.is_empty() => {
                if let Some(text) = long_text(data, &record) {
                    sheet.long_texts.insert(formula_at, text);
                }
            }
            _ => {}
        }
    }
    if let Some((r0, r1, c0, c1)) = bounds {
        sheet.rows = u64::from(r1 - r0) + 1;
        sheet.cols = u64::from(c1 - c0) + 1;
    }
    sheet
}

/// The cells a DIMENSIONS record claims, as calamine's parse_dimensions
/// reads them.
fn claimed(data: &[u8]) -> u64 {
    let (rf, rl, cf, cl) = match data.len() {
        10 => (
            u16_at(data, 0).map(u32::from),
            u16_at(data, 2).map(u32::from),
            u16_at(data, 4).map(u32::from),
            u16_at(data, 6).map(u32::from),
        ),
        14 | 16 => (
            u32_at(data, 0),
            u32_at(data, 4),
            u16_at(data, 8).map(u32::from),
            u16_at(data, 10).map(u32::from),
        ),
        _ => return 0,
    };
    let (Some(rf), Some(rl), Some(cf), Some(cl)) = (rf, rl, cf, cl) else {
        return 0;
    };
    let cf = if cf > 0xFF || cl < cf { 0 } else { cf };
    if rl >= 1 && cl >= 1 {
        u64::from(rl.saturating_sub(rf)).saturating_mul(u64::from(cl.saturating_sub(cf)))
    } else {
        1
    }
}

/// An XLUnicodeString (cch, flags, characters) that runs on into CONTINUE
/// records, each of which starts with its own flags byte: the whole text.
fn long_text(string: &[u8], record: &Record<'_>) -> Option<String> {
    let cch = u16_at(string, 0)? as usize;
    let flags = *string.get(2)?;
    let (mut text, mut read) = decode(string.get(3..)?, cch, flags & 1 != 0);
    for more in &record.continues {
        if read >= cch {
            break;
        }
        let (&flags, chars) = more.split_first()?;
        let (part, n) = decode(chars, cch - read, flags & 1 != 0);
        text.push_str(&part);
        read += n;
    }
    (read == cch).then_some(text)
}

#[cfg(test)]
pub(crate) mod tests;

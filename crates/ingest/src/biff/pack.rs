//! Packing an .xls sheet's cells together so that calamine lays it out
//! over its cells, not over the area they span (issue 22).

use super::*;
use crate::sheets::{CellBudget, CutBy};

/// An .xls whose sheets' cells are packed together ([`pack_cells`]): the
/// file's bytes with its workbook stream rewritten in place, and each
/// sheet's packing. `None` when the container or its stream cannot be
/// found.
pub(crate) fn packed_xls(bytes: &[u8], budget: CellBudget) -> Option<(Vec<u8>, Vec<PackedSheet>)> {
    let ole = crate::ole::Ole::open(bytes)?;
    let ranges = ole
        .stream_ranges_as_calamine_reads("Workbook")
        .or_else(|| ole.stream_ranges_as_calamine_reads("Book"))?;
    let mut stream = Vec::with_capacity(ranges.iter().map(|r| r.len()).sum());
    for range in &ranges {
        stream.extend_from_slice(bytes.get(range.clone())?);
    }
    let sheets = pack_cells(&mut stream, budget);
    let mut packed = bytes.to_vec();
    let mut from = 0;
    for range in ranges {
        let len = range.len();
        packed
            .get_mut(range)?
            .copy_from_slice(stream.get(from..from + len)?);
        from += len;
    }
    Some((packed, sheets))
}

/// One sheet of an .xls whose cells were packed together
/// ([`pack_cells`]): where each packed cell came from, and the cells past
/// the limit, not read.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct PackedSheet {
    /// The sheet's name as its BOUNDSHEET record has it.
    pub name: String,
    /// The original (row, column) of the cell at packed slot
    /// `row * PACKED_WIDTH + col`; `None` for a slot left empty.
    pub origins: Vec<Option<(u32, u32)>>,
    /// The cell records past the limit, taken out unread.
    pub rest: u64,
    /// The limit they were past.
    pub by: CutBy,
}

impl PackedSheet {
    /// The original position of the cell calamine read at (row, col) of
    /// the packed sheet.
    pub fn origin(&self, row: u32, col: u32) -> Option<(u32, u32)> {
        let slot = (row as usize)
            .checked_mul(PACKED_WIDTH)?
            .checked_add(col as usize)?;
        self.origins.get(slot).copied().flatten()
    }
}

/// The columns of a packed sheet: an .xls row has at most 256.
const PACKED_WIDTH: usize = 256;

/// A record type calamine skips (BLANK, whose reading it leaves out): a
/// cell record past the limit is renamed so, its bytes left in place.
const SKIPPED_RECORD: u16 = 0x0201;

/// Rewrites a workbook stream in place (no record changes its length, so
/// every offset stays true) so that calamine lays each sheet out over its
/// cells, not over the area between them: each cell record is moved to the
/// next free place of a grid 256 columns wide (a MULRK's run kept in one
/// row), the DIMENSIONS record is emptied, and the cell records past
/// the sheet's or the file's cell limit (`budget`) are renamed to one
/// calamine skips and counted. A sheet is so limited by its cells, never by
/// the area it spans (issue 22: four cells at the corners of a sheet are
/// four cells).
pub(crate) fn pack_cells(stream: &mut [u8], mut budget: CellBudget) -> Vec<PackedSheet> {
    let mut sheets = Vec::new();
    let mut biff8 = true;
    let mut next = 0;
    while let Some((typ, at, len)) = raw_record(stream, next) {
        next = at + len;
        let data = &stream[at..at + len];
        match typ {
            0x0809 => biff8 = u16_at(data, 0).is_none_or(|v| v == 0x0600 || v == 0),
            0x0085 => {
                if let Some(pos) = u32_at(data, 0) {
                    sheets.push((pos as usize, sheet_name(data, biff8)));
                }
            }
            0x000A => break,
            _ => {}
        }
    }
    sheets
        .into_iter()
        .map(|(pos, name)| {
            let (max_cells, by) = budget.next_sheet();
            let (sheet, cells) = pack_sheet(stream, pos, name, max_cells, by);
            budget.spend(cells);
            sheet
        })
        .collect()
}

/// The record at `at` of `stream` as (type, data offset, data length);
/// `None` past the end or for one that runs past it.
fn raw_record(stream: &[u8], at: usize) -> Option<(u16, usize, usize)> {
    let typ = u16_at(stream, at)?;
    let len = usize::from(u16_at(stream, at + 2)?);
    let data = at + 4;
    (data + len <= stream.len()).then_some((typ, data, len))
}

fn put_u16(stream: &mut [u8], at: usize, value: u16) {
    stream[at..at + 2].copy_from_slice(&value.to_le_bytes());
}

/// [`pack_cells`] for the sheet whose substream starts at `pos`: the
/// sheet, and the cells it keeps.
fn pack_sheet(
    stream: &mut [u8],
    pos: usize,
    name: String,
    max_cells: usize,
    by: CutBy,
) -> (PackedSheet, usize) {
    let mut sheet = PackedSheet {
        name,
        origins: Vec::new(),
        rest: 0,
        by,
    };
    let mut cells = 0usize;
    let mut seen_bof = false;
    let mut depth = 0usize;
    // A STRING record is the value of the FORMULA before it: taken out
    // with it.
    let mut formula_skipped = false;
    let mut next = pos;
    while let Some((typ, at, len)) = raw_record(stream, next) {
        next = at + len;
        if depth > 0 {
            match typ {
                0x0809 => depth += 1,
                0x000A => depth -= 1,
                _ => {}
            }
            continue;
        }
        let skip = |stream: &mut [u8]| put_u16(stream, at - 4, SKIPPED_RECORD);
        match typ {
            0x0809 if seen_bof => depth += 1,
            0x0809 => seen_bof = true,
            0x000A => break,
            0x0200 => stream[at..at + len].fill(0),
            0x0207 if formula_skipped => skip(stream),
            typ if (typ == 0x00BD || CELL_RECORDS.contains(&typ)) && len >= 4 => {
                let data = &stream[at..at + len];
                let (row, first) = (u16_at(data, 0).unwrap_or(0), u16_at(data, 2).unwrap_or(0));
                let run = if typ == 0x00BD {
                    let last = u16_at(data, len - 2).unwrap_or(0);
                    let n = len.saturating_sub(6) / 6;
                    // A MULRK whose columns disagree with its values is one
                    // calamine refuses: it is taken out instead.
                    if len < 12
                        || (len - 6) % 6 != 0
                        || usize::from(last) + 1 != usize::from(first) + n
                    {
                        skip(stream);
                        continue;
                    }
                    n
                } else {
                    1
                };
                let past_limit = cells + run > max_cells;
                formula_skipped = typ == 0x0006 && past_limit;
                if past_limit {
                    // The first cells as the file stores them are read;
                    // from the first that does not fit, the rest counted.
                    sheet.rest += run as u64;
                    cells = max_cells;
                    skip(stream);
                    continue;
                }
                // The next free slot where the whole run fits in one row.
                let mut slot = sheet.origins.len();
                if slot % PACKED_WIDTH + run > PACKED_WIDTH {
                    slot = slot.div_ceil(PACKED_WIDTH) * PACKED_WIDTH;
                }
                // 256 columns × 65,536 rows hold every cell a sheet of an
                // .xls can have: a slot past them cannot come.
                let (Ok(new_row), Ok(new_col)) = (
                    u16::try_from(slot / PACKED_WIDTH),
                    u16::try_from(slot % PACKED_WIDTH),
                ) else {
                    skip(stream);
                    continue;
                };
                cells += run;
                sheet.origins.resize(slot, None);
                sheet
                    .origins
                    .extend((0..run as u32).map(|i| Some((u32::from(row), u32::from(first) + i))));
                put_u16(stream, at, new_row);
                put_u16(stream, at + 2, new_col);
                if typ == 0x00BD {
                    put_u16(stream, at + len - 2, new_col + (run as u16 - 1));
                }
            }
            _ => {}
        }
    }
    let kept = sheet.origins.iter().flatten().count();
    (sheet, kept)
}

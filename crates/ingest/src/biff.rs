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

/// An .xls whose sheets' cells are packed together ([`pack_cells`]): the
/// file's bytes with its workbook stream rewritten in place, and each
/// sheet's packing. `None` when the container or its stream cannot be
/// found.
pub(crate) fn packed_xls(bytes: &[u8], max_cells: usize) -> Option<(Vec<u8>, Vec<PackedSheet>)> {
    let ole = crate::ole::Ole::open(bytes)?;
    let ranges = ole
        .stream_ranges_as_calamine_reads("Workbook")
        .or_else(|| ole.stream_ranges_as_calamine_reads("Book"))?;
    let mut stream = Vec::with_capacity(ranges.iter().map(|r| r.len()).sum());
    for range in &ranges {
        stream.extend_from_slice(bytes.get(range.clone())?);
    }
    let sheets = pack_cells(&mut stream, max_cells);
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

/// The number format codes of some cells of one sheet, by (row, col): the
/// FORMAT records of the workbook (else Excel's built-in codes) through
/// each cell's XF record. Used to name the format of a number in a date
/// format that is no date; a cell not found is left out.
pub(crate) fn cell_formats(
    stream: &[u8],
    sheet: &str,
    cells: &[(u32, u32)],
) -> HashMap<(u32, u32), String> {
    let mut formats: HashMap<u16, String> = HashMap::new();
    let mut xf_formats: Vec<u16> = Vec::new();
    let mut sheet_at = None;
    let mut biff8 = true;
    for record in records(stream, 0) {
        let data = record.data;
        match record.typ {
            0x0809 => biff8 = u16_at(data, 0).is_none_or(|v| v == 0x0600 || v == 0),
            0x041E => {
                let code = if biff8 {
                    u16_at(data, 2).map(|cch| {
                        let high = data.get(4).is_some_and(|f| f & 1 != 0);
                        decode(data.get(5..).unwrap_or_default(), cch.into(), high).0
                    })
                } else {
                    data.get(2)
                        .map(|&cch| decode(data.get(3..).unwrap_or_default(), cch.into(), false).0)
                };
                if let (Some(id), Some(code)) = (u16_at(data, 0), code) {
                    formats.insert(id, code);
                }
            }
            0x00E0 => xf_formats.push(u16_at(data, 2).unwrap_or(0)),
            0x0085 if sheet_name(data, biff8) == sheet => {
                sheet_at = u32_at(data, 0).map(|pos| pos as usize);
            }
            0x000A => break,
            _ => {}
        }
    }
    let mut found = HashMap::new();
    let Some(pos) = sheet_at else {
        return found;
    };
    let mut name_xf = |row: u32, col: u32, xf: Option<u16>| {
        if !cells.contains(&(row, col)) {
            return;
        }
        let Some(format) = xf.and_then(|xf| xf_formats.get(usize::from(xf))) else {
            return;
        };
        let code = formats
            .get(format)
            .cloned()
            .or_else(|| builtin_format(*format).map(str::to_string));
        if let Some(code) = code {
            found.insert((row, col), code);
        }
    };
    let mut seen_bof = false;
    for record in records(stream, pos) {
        let data = record.data;
        match record.typ {
            0x0809 if seen_bof => break,
            0x0809 => seen_bof = true,
            0x000A => break,
            0x00BD => {
                if let (Some(row), Some(first)) = (u16_at(data, 0), u16_at(data, 2)) {
                    for i in 0..data.len().saturating_sub(6) / 6 {
                        let col = u32::from(first) + i as u32;
                        name_xf(row.into(), col, u16_at(data, 4 + 6 * i));
                    }
                }
            }
            typ if CELL_RECORDS.contains(&typ) => {
                if let (Some(row), Some(col)) = (u16_at(data, 0), u16_at(data, 2)) {
                    name_xf(row.into(), col.into(), u16_at(data, 4));
                }
            }
            _ => {}
        }
    }
    found
}

/// Excel's built-in date and time format codes, by id (ECMA-376 18.8.30);
/// the East Asian ones vary by locale and have no one code.
pub(crate) fn builtin_format(id: u16) -> Option<&'static str> {
    Some(match id {
        14 => "mm-dd-yy",
        15 => "d-mmm-yy",
        16 => "d-mmm",
        17 => "mmm-yy",
        18 => "h:mm AM/PM",
        19 => "h:mm:ss AM/PM",
        20 => "h:mm",
        21 => "h:mm:ss",
        22 => "m/d/yy h:mm",
        45 => "mm:ss",
        46 => "[h]:mm:ss",
        47 => "mmss.0",
        _ => return None,
    })
}

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

/// One sheet of an .xls whose cells were packed together
/// ([`pack_cells`]): where each packed cell came from, and the cells past
/// the limit, not read.
#[derive(Debug, Clone, Default, PartialEq)]
pub(crate) struct PackedSheet {
    /// The sheet's name as its BOUNDSHEET record has it.
    pub name: String,
    /// The original (row, column) of the cell at packed slot
    /// `row * PACKED_WIDTH + col`; `None` for a slot left empty.
    pub origins: Vec<Option<(u32, u32)>>,
    /// The cell records past the limit, taken out unread.
    pub rest: u64,
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
/// `max_cells` of a sheet are renamed to one calamine skips and counted.
/// A sheet is so limited by its cells, never by the area it spans (issue
/// 22: four cells at the corners of a sheet are four cells).
pub(crate) fn pack_cells(stream: &mut [u8], max_cells: usize) -> Vec<PackedSheet> {
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
        .map(|(pos, name)| pack_sheet(stream, pos, name, max_cells))
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

/// [`pack_cells`] for the sheet whose substream starts at `pos`.
fn pack_sheet(stream: &mut [u8], pos: usize, name: String, max_cells: usize) -> PackedSheet {
    let mut sheet = PackedSheet {
        name,
        ..PackedSheet::default()
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
    sheet
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    /// A BIFF record's bytes.
    pub fn record(typ: u16, data: &[u8]) -> Vec<u8> {
        let mut out = typ.to_le_bytes().to_vec();
        out.extend((data.len() as u16).to_le_bytes());
        out.extend(data);
        out
    }

    fn number(row: u16, col: u16) -> Vec<u8> {
        let mut data = row.to_le_bytes().to_vec();
        data.extend(col.to_le_bytes());
        data.extend(0u16.to_le_bytes());
        data.extend(1.0f64.to_le_bytes());
        record(0x0203, &data)
    }

    /// A BIFF8 workbook stream with one sheet holding `body`.
    pub fn stream(name: &str, body: &[Vec<u8>]) -> Vec<u8> {
        let bof = record(0x0809, &[0x00, 0x06, 0x05, 0x00, 0, 0, 0, 0]);
        let eof = record(0x000A, &[]);
        let boundsheet = |pos: u32| {
            let mut data = pos.to_le_bytes().to_vec();
            data.extend([0, 0, name.len() as u8, 0]);
            data.extend(name.as_bytes());
            record(0x0085, &data)
        };
        let globals_len = bof.len() + boundsheet(0).len() + eof.len();
        let mut out = [bof.clone(), boundsheet(globals_len as u32), eof.clone()].concat();
        out.extend(&bof);
        for r in body {
            out.extend(r);
        }
        out.extend(&eof);
        out
    }

    #[test]
    fn measures_the_area_between_the_cells_and_the_claimed_dimensions() {
        let mut dims = 0u32.to_le_bytes().to_vec();
        dims.extend(65536u32.to_le_bytes());
        dims.extend([0, 0, 0, 1, 0, 0]);
        let s = stream(
            "Kulmat",
            &[record(0x0200, &dims), number(0, 0), number(65535, 255)],
        );
        let sheets = extents(&s);
        assert_eq!(sheets.len(), 1);
        assert_eq!(sheets[0].name, "Kulmat");
        assert_eq!((sheets[0].rows, sheets[0].cols), (65536, 256));
        assert_eq!(sheets[0].claimed, 65536 * 256);
        let small = extents(&stream("A", &[number(3, 1), number(4, 2)]));
        assert_eq!(small[0].area(), 4);
    }

    /// Packing moves the cells together (the grid calamine lays out is
    /// then about as large as the cells), keeps every record's length,
    /// and walks hostile bytes without a panic.
    #[test]
    fn packed_cells_span_their_count_not_their_area() {
        let mut dims = 0u32.to_le_bytes().to_vec();
        dims.extend(65536u32.to_le_bytes());
        dims.extend([0, 0, 0, 1, 0, 0]);
        let body = [
            record(0x0200, &dims),
            number(0, 0),
            number(65535, 255),
            number(30000, 9),
        ];
        let mut s = stream("Kulmat", &body);
        let before = s.len();
        let packed = pack_cells(&mut s, 100);
        assert_eq!(s.len(), before);
        let measured = extents(&s);
        assert_eq!((measured[0].rows, measured[0].cols), (1, 3));
        assert_eq!(measured[0].claimed, 1);
        assert_eq!(packed[0].origin(0, 1), Some((65535, 255)));
        assert_eq!(packed[0].origin(0, 2), Some((30000, 9)));
        assert_eq!(packed[0].origin(0, 3), None);
        let original = stream("Kulmat", &body);
        for cut in 0..original.len() {
            let _ = pack_cells(&mut original[..cut].to_vec(), 2);
        }
    }

    #[test]
    fn a_label_continued_is_read_whole_and_garbage_is_no_panic() {
        let mut label = vec![2, 0, 1, 0, 0, 0];
        label.extend(6u16.to_le_bytes());
        label.push(0);
        label.extend(b"abc");
        let cont = record(0x003C, &[1, b'd', 0, b'e', 0, b'f', 0]);
        let s = stream("L", &[[record(0x0204, &label), cont].concat()]);
        let sheets = extents(&s);
        assert_eq!(
            sheets[0].long_texts.get(&(2, 1)).map(String::as_str),
            Some("abcdef")
        );
        for cut in 0..s.len() {
            let _ = extents(&s[..cut]);
        }
    }
}

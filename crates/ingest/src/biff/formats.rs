//! The number formats of .xls cells, from the workbook's FORMAT and XF records.

use super::*;

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

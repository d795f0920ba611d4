//! A small builder of .xlsb bytes for tests, record by record (no writer of
//! .xlsb is at hand). An .xlsb is a zip of binary parts; each part is a run
//! of records ([MS-XLSB] 2.1.4): a record type and a data length, both as
//! 7-bit varints, then the data.
//!
//! The records written here, by type:
//! - `0x0000` BrtRowHdr: a row starts (its index, then its layout);
//! - `0x0005` BrtCellReal: a number cell;
//! - `0x000B` BrtFmlaError: a formula cell with a cached error value;
//! - `0x0081`/`0x0082` BrtBeginSheet/BrtEndSheet: a worksheet part;
//! - `0x0083`/`0x0084` BrtBeginBook/BrtEndBook: the workbook part;
//! - `0x008F`/`0x0090` BrtBeginBundleShs/BrtEndBundleShs: the sheet list;
//! - `0x0091`/`0x0092` BrtBeginSheetData/BrtEndSheetData: a sheet's cells;
//! - `0x0094` BrtWsDim: the area a sheet says it spans;
//! - `0x009C` BrtBundleSh: one sheet of the list (state, id, rel id, name);
//! - `0x009D` BrtCalcProp: calculation properties (zeroed).

use std::io::{Cursor, Write};

/// A record: its type and data length as 7-bit varints, then `data`.
pub fn record(typ: u16, data: &[u8]) -> Vec<u8> {
    let mut out = if typ < 0x80 {
        vec![typ as u8]
    } else {
        vec![(typ & 0x7F) as u8 | 0x80, (typ >> 7) as u8]
    };
    let mut len = data.len();
    loop {
        let byte = (len & 0x7F) as u8;
        len >>= 7;
        out.push(if len > 0 { byte | 0x80 } else { byte });
        if len == 0 {
            break;
        }
    }
    out.extend(data);
    out
}

/// An XLWideString: its length in UTF-16 units, then the units.
pub fn wide(text: &str) -> Vec<u8> {
    let units: Vec<u16> = text.encode_utf16().collect();
    let mut out = (units.len() as u32).to_le_bytes().to_vec();
    out.extend(units.iter().flat_map(|u| u.to_le_bytes()));
    out
}

/// The first 8 bytes of a cell record: the column and style 0.
pub fn cell(col: u32) -> Vec<u8> {
    [col.to_le_bytes(), [0; 4]].concat()
}

/// BrtRowHdr: row `row` starts (default height, no flags, no spans).
pub fn row(row: u32) -> Vec<u8> {
    record(0x0000, &[row.to_le_bytes().to_vec(), vec![0; 13]].concat())
}

/// BrtCellReal: the number `value` in column `col` of the current row.
pub fn number(col: u32, value: f64) -> Vec<u8> {
    record(0x0005, &[cell(col), value.to_le_bytes().to_vec()].concat())
}

/// BrtFmlaError: a formula in column `col` whose cached value is the error
/// `code` (0x07 #DIV/0!, 0x0F #VALUE!, 0x17 #REF!, 0x2A #N/A), with no
/// flags and an empty formula (cce = 0, cb = 0).
pub fn formula_error(col: u32, code: u8) -> Vec<u8> {
    let mut data = cell(col);
    data.push(code);
    data.extend([0, 0]);
    data.extend(0u32.to_le_bytes());
    data.extend(0u32.to_le_bytes());
    record(0x000B, &data)
}

/// The `xl/workbook.bin` part of one visible sheet `sheet_name` (sheet id
/// 1, relationship `rId1`), with a BrtCalcProp after the sheet list when
/// `calc_prop` (Excel writes one; readers need none).
pub fn workbook_bin(sheet_name: &str, calc_prop: bool) -> Vec<u8> {
    let bundle = [
        0u32.to_le_bytes().to_vec(),
        1u32.to_le_bytes().to_vec(),
        wide("rId1"),
        wide(sheet_name),
    ]
    .concat();
    let mut out = [
        record(0x0083, &[]),
        record(0x008F, &[]),
        record(0x009C, &bundle),
        record(0x0090, &[]),
    ]
    .concat();
    if calc_prop {
        out.extend(record(0x009D, &[0; 4]));
    }
    out.extend(record(0x0084, &[]));
    out
}

/// A worksheet part whose BrtWsDim claims rows `dim[0]..=dim[1]` and
/// columns `dim[2]..=dim[3]`, and whose sheet data is `cells` (BrtRowHdr
/// and cell records, in order).
pub fn sheet_bin(dim: [u32; 4], cells: &[Vec<u8>]) -> Vec<u8> {
    let mut out = [
        record(0x0081, &[]),
        record(0x0094, &dim.map(u32::to_le_bytes).concat()),
        record(0x0091, &[]),
    ]
    .concat();
    out.extend(cells.concat());
    out.extend(record(0x0092, &[]));
    out.extend(record(0x0082, &[]));
    out
}

/// The zip of an .xlsb: its content types, relationships, the `workbook`
/// part, one `sheet` part (`xl/worksheets/sheet1.bin`, relationship `rId1`)
/// and then `extra_parts` (name, bytes), e.g. `xl/styles.bin`.
pub fn package(
    workbook: &[u8],
    sheet: &[u8],
    extra_parts: &[(&str, &[u8])],
) -> zip::result::ZipResult<Vec<u8>> {
    let rels = r#"<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.bin"/></Relationships>"#;
    let types = r#"<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="bin" ContentType="application/vnd.ms-excel.sheet.binary.macroEnabled.main"/><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/></Types>"#;
    let root_rels = r#"<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.bin"/></Relationships>"#;
    let mut zip = zip::ZipWriter::new(Cursor::new(Vec::new()));
    let options = zip::write::SimpleFileOptions::default();
    let parts = [
        ("[Content_Types].xml", types.as_bytes()),
        ("_rels/.rels", root_rels.as_bytes()),
        ("xl/workbook.bin", workbook),
        ("xl/_rels/workbook.bin.rels", rels.as_bytes()),
        ("xl/worksheets/sheet1.bin", sheet),
    ];
    for (name, data) in parts.into_iter().chain(extra_parts.iter().copied()) {
        zip.start_file(name, options)?;
        zip.write_all(data)?;
    }
    Ok(zip.finish()?.into_inner())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn record_lengths_past_127_take_two_bytes() {
        assert_eq!(record(0x0081, &[]), [0x81, 0x01, 0x00]);
        assert_eq!(record(0x0005, &[7; 3]), [0x05, 0x03, 7, 7, 7]);
        let long = record(0x000B, &[0; 200]);
        assert_eq!(&long[..3], [0x0B, 0xC8, 0x01]);
        assert_eq!(long.len(), 203);
    }

    #[test]
    fn a_package_is_a_zip_with_its_parts() {
        let bytes = package(&workbook_bin("A", true), &sheet_bin([0; 4], &[]), &[]).expect("zip");
        assert_eq!(&bytes[..2], b"PK");
        assert_eq!(wide("Ä"), [1, 0, 0, 0, 0xC4, 0]);
    }
}

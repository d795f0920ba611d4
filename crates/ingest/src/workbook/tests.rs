use super::*;
use crate::sheets::CutBy;
use calamine::{Data, ExcelDateTime, ExcelDateTimeType};
use std::io::Cursor;

/// Issue 22: a number in a date or time format that is no date stays
/// the number; a format that only looks like one is no date format.
#[test]
fn numbers_that_are_no_dates_stay_numbers() {
    let date = ExcelDateTimeType::DateTime;
    let cell = |serial| Value::from_data(&Data::DateTime(ExcelDateTime::new(serial, date, false)));
    assert_eq!(cell(-12345.6789), Some(Value::Number(-12345.6789)));
    assert_eq!(cell(-1.2), Some(Value::Number(-1.2)));
    assert_eq!(cell(2_958_466.0), Some(Value::Number(2_958_466.0)));
    assert_eq!(cell(f64::NAN).map(|v| v.text()), Some("NaN".into()));
    assert_eq!(
        cell(2_958_465.0).map(|v| v.text()).as_deref(),
        Some("9999-12-31")
    );
    assert_eq!(cell(0.0).map(|v| v.text()).as_deref(), Some("00:00:00"));

    let mut book = rust_xlsxwriter::Workbook::new();
    let sheet = book.add_worksheet();
    let formats = [
        "m/d/yy",
        "YY",
        "h:mm:ss",
        "[Red][<-25]General;[Blue][>25]General;0.00",
        "[h]:mm:ss",
        "0.00",
    ];
    let values = [-12345.6789, -1.2, 0.0, -1.0, 30.0, 45415.0, 1.5];
    for (col, code) in formats.iter().enumerate() {
        let format = rust_xlsxwriter::Format::new().set_num_format(*code);
        for (row, value) in values.iter().enumerate() {
            sheet
                .write_number_with_format(row as u32, col as u16, *value, &format)
                .expect("write");
        }
    }
    let bytes = book.save_to_buffer().expect("save");
    let workbook = read_bytes(bytes, "formats.xlsx", &Limits::default()).expect("read");
    let at = |row: u32, col: u32| {
        workbook.sheets[0]
            .cells
            .iter()
            .find(|c| (c.row, c.col) == (row, col))
            .map(|c| c.value.clone())
    };
    for (col, code) in formats.iter().enumerate() {
        for (row, value) in values.iter().enumerate() {
            let read = at(row as u32, col as u32).expect("every cell read");
            let date_format = col < 3;
            match read {
                Value::Iso(text) => assert!(
                    date_format && *value >= 0.0,
                    "{value} in {code} read as {text}"
                ),
                Value::Number(n) | Value::Duration(n) => assert_eq!(n, *value, "{code}"),
                other => panic!("{value} in {code}: {other:?}"),
            }
        }
    }
    assert_eq!(at(5, 0), Some(Value::Iso("2024-05-03".into())));
    assert_eq!(at(4, 4), Some(Value::Duration(30.0)));
    // Each number kept in a date format is noted with its format; one
    // in a duration or no date format is not.
    let noted: Vec<(u32, u32, f64, &str)> = workbook
        .not_dates
        .iter()
        .map(|n| (n.row, n.col, n.number, n.format.as_str()))
        .collect();
    assert_eq!(
        noted,
        [
            (0, 0, -12345.6789, "m/d/yy"),
            (0, 1, -12345.6789, "YY"),
            (0, 2, -12345.6789, "h:mm:ss"),
            (1, 0, -1.2, "m/d/yy"),
            (1, 1, -1.2, "YY"),
            (1, 2, -1.2, "h:mm:ss"),
            (3, 0, -1.0, "m/d/yy"),
            (3, 1, -1.0, "YY"),
            (3, 2, -1.0, "h:mm:ss"),
        ]
    );
}

/// An .xls names the format of a number that is no date from its own
/// FORMAT and XF records (calamine does not tell it), a built-in
/// format by Excel's code; a date in the same format is a date.
#[test]
fn an_xls_number_that_is_no_date_is_noted_with_its_format() {
    use crate::biff::tests::record;
    let number = |row: u16, xf: u16, value: f64| {
        let mut data = [row.to_le_bytes(), 0u16.to_le_bytes(), xf.to_le_bytes()].concat();
        data.extend(value.to_le_bytes());
        record(0x0203, &data)
    };
    let xf = |format: u16| {
        let mut data = [0u16.to_le_bytes(), format.to_le_bytes()].concat();
        data.extend([0u8; 16]);
        record(0x00E0, &data)
    };
    let mut format = 164u16.to_le_bytes().to_vec();
    format.extend(8u16.to_le_bytes());
    format.push(0);
    format.extend(b"d.m.yyyy");
    let bof = record(0x0809, &[0x00, 0x06, 0x05, 0x00, 0, 0, 0, 0]);
    let eof = record(0x000A, &[]);
    let globals = [bof.clone(), record(0x041E, &format), xf(0), xf(164), xf(14)].concat();
    let boundsheet = |pos: u32| {
        let mut data = pos.to_le_bytes().to_vec();
        data.extend([0, 0, 5, 0]);
        data.extend(b"Taul1");
        record(0x0085, &data)
    };
    let at = globals.len() + boundsheet(0).len() + eof.len();
    let stream = [
        globals,
        boundsheet(at as u32),
        eof.clone(),
        bof,
        number(0, 1, -5.0),
        number(1, 2, -1.5),
        number(2, 1, 45415.0),
        eof,
    ]
    .concat();
    let bytes = workbook_container(&stream);
    let workbook = read_bytes(bytes, "muodot.xls", &Limits::default()).expect("read");
    assert_eq!(
        positions(&workbook.sheets[0]),
        [
            (0, 0, "-5".to_string()),
            (1, 0, "-1.5".into()),
            (2, 0, "2024-05-03".into())
        ]
    );
    let noted: Vec<(u32, f64, &str)> = workbook
        .not_dates
        .iter()
        .map(|n| (n.row, n.number, n.format.as_str()))
        .collect();
    assert_eq!(noted, [(0, -5.0, "d.m.yyyy"), (1, -1.5, "mm-dd-yy")]);
}

/// Issue 22: a sheet past the cell limit is read up to it and the rest
/// counted; the limit is each sheet's, so a later sheet under it is read
/// whole, until the file's own limit leaves it less room (then read as far
/// as it goes, the rest counted, never refused).
#[test]
fn a_sheet_past_the_cell_limit_is_read_in_part_and_the_rest_counted() {
    let mut book = rust_xlsxwriter::Workbook::new();
    // Eight, four, four and three cells.
    for cells in [8u16, 4, 4, 3] {
        let sheet = book.add_worksheet();
        for i in 0..cells {
            sheet
                .write_number(u32::from(i), 0, f64::from(i))
                .expect("write");
        }
    }
    let bytes = book.save_to_buffer().expect("save");
    let limits = Limits {
        max_cells: 5,
        max_file_cells: 12,
        ..Limits::default()
    };
    let workbook = read_bytes(bytes, "big.xlsx", &limits).expect("read in part");
    let read: Vec<usize> = workbook.sheets.iter().map(|s| s.cells.len()).collect();
    assert_eq!(read, [5, 4, 3, 0]);
    assert_eq!(workbook.sheets[0].cells[4].value, Value::Number(4.0));
    let cut: Vec<(&str, u64, u64, CutBy)> = workbook
        .cut
        .iter()
        .map(|c| (c.name.as_str(), c.read, c.rest, c.by))
        .collect();
    let file = CutBy::File { max: 12 };
    assert_eq!(
        cut,
        [
            ("Sheet1", 5, 3, CutBy::Sheet),
            ("Sheet3", 3, 1, file),
            ("Sheet4", 0, 3, file)
        ]
    );
}

/// An .xls (an OLE2 container made by the cfb crate) whose one sheet
/// holds the BIFF records `body`.
fn xls(body: &[Vec<u8>]) -> Vec<u8> {
    xls_sheets(&[("Taul1", body)])
}

/// An .xls with a sheet for each (name, BIFF records).
fn xls_sheets(sheets: &[(&str, &[Vec<u8>])]) -> Vec<u8> {
    workbook_container(&crate::biff::tests::streams(sheets))
}

/// An .xls file: an OLE2 container (made by the cfb crate) whose
/// Workbook stream is the BIFF `stream`.
fn workbook_container(stream: &[u8]) -> Vec<u8> {
    use std::io::Write;
    let mut file =
        cfb::CompoundFile::create_with_version(cfb::Version::V3, Cursor::new(Vec::new()))
            .expect("cfb");
    file.create_stream("/Workbook")
        .expect("stream")
        .write_all(stream)
        .expect("write");
    file.flush().expect("flush");
    file.into_inner().into_inner()
}

fn biff_number(row: u16, col: u16, value: f64) -> Vec<u8> {
    let mut data = [row.to_le_bytes(), col.to_le_bytes(), [0, 0]].concat();
    data.extend(value.to_le_bytes());
    crate::biff::tests::record(0x0203, &data)
}

/// Cells at the corners of an .xls sheet whose DIMENSIONS claim the
/// whole sheet, a label and a MULRK run at its far edge.
fn corners(extra: &[Vec<u8>]) -> Vec<Vec<u8>> {
    let mut dims = 0u32.to_le_bytes().to_vec();
    dims.extend(65536u32.to_le_bytes());
    dims.extend([0, 0, 0, 1, 0, 0]);
    let mut label = [40_000u16.to_le_bytes(), 7u16.to_le_bytes(), [0, 0]].concat();
    label.extend(5u16.to_le_bytes());
    label.push(0);
    label.extend(b"Q4 13");
    // MULRK: row 50,000, columns 253..=255, the integers 7, 8 and 9.
    let mut mulrk = [50_000u16.to_le_bytes(), 253u16.to_le_bytes()].concat();
    for n in [7u32, 8, 9] {
        mulrk.extend([0, 0]);
        mulrk.extend(((n << 2) | 2).to_le_bytes());
    }
    mulrk.extend(255u16.to_le_bytes());
    let mut body = vec![
        crate::biff::tests::record(0x0200, &dims),
        biff_number(0, 0, 1.0),
        biff_number(0, 255, 2.0),
        crate::biff::tests::record(0x0204, &label),
        crate::biff::tests::record(0x00BD, &mulrk),
        biff_number(65535, 0, 3.0),
        biff_number(65535, 255, 4.0),
    ];
    body.extend_from_slice(extra);
    body
}

fn positions(sheet: &Sheet) -> Vec<(u32, u32, String)> {
    sheet
        .cells
        .iter()
        .map(|c| (c.row, c.col, c.value.text()))
        .collect()
}

/// Issue 22: an .xls sheet is refused by its cells, not its declared
/// area. Cells at its corners (a gigabyte of grid to calamine) are
/// read where they are, small stream (the mini stream) or large.
#[test]
fn a_sparse_xls_sheet_is_read_cell_by_cell_at_its_addresses() {
    let expected = |extra: &[(u32, u32, String)]| {
        let mut cells = vec![
            (0, 0, "1".to_string()),
            (0, 255, "2".into()),
            (40_000, 7, "Q4 13".into()),
            (50_000, 253, "7".into()),
            (50_000, 254, "8".into()),
            (50_000, 255, "9".into()),
            (65535, 0, "3".into()),
            (65535, 255, "4".into()),
        ];
        cells.extend_from_slice(extra);
        cells.sort();
        cells
    };
    let small = read_bytes(xls(&corners(&[])), "kulmat.xls", &Limits::default())
        .expect("read, not refused by its area");
    assert_eq!(positions(&small.sheets[0]), expected(&[]));
    assert!(small.cut.is_empty());

    // Over 4,096 bytes: the stream lies in the container's sectors.
    let many: Vec<Vec<u8>> = (0..400u16)
        .map(|i| biff_number(1000 + i * 100, i % 256, f64::from(i)))
        .collect();
    let large = read_bytes(xls(&corners(&many)), "iso.xls", &Limits::default()).expect("read");
    let extra: Vec<(u32, u32, String)> = (0..400u32)
        .map(|i| (1000 + i * 100, i % 256, i.to_string()))
        .collect();
    assert_eq!(positions(&large.sheets[0]), expected(&extra));
}

/// Issue 22: an Excel 4 macro sheet of an .xls holds cells as a
/// worksheet does; they are read, not said to be absent.
#[test]
fn an_xls_macro_sheets_cells_are_read() {
    use crate::biff::tests::record;
    let bof = record(0x0809, &[0x00, 0x06, 0x05, 0x00, 0, 0, 0, 0]);
    let eof = record(0x000A, &[]);
    // BOUNDSHEET: position, visible, dt = 1 (a macro sheet), name.
    let boundsheet = |pos: u32, dt: u8, name: &[u8]| {
        let mut data = pos.to_le_bytes().to_vec();
        data.extend([0, dt, name.len() as u8, 0]);
        data.extend(name);
        record(0x0085, &data)
    };
    let globals = bof.len()
        + boundsheet(0, 0, b"Taul1").len()
        + boundsheet(0, 1, b"Makro1").len()
        + eof.len();
    let first = [bof.clone(), biff_number(0, 0, 1.0), eof.clone()].concat();
    let second = [bof.clone(), biff_number(2, 1, 7.0), eof.clone()].concat();
    let stream = [
        bof.clone(),
        boundsheet(globals as u32, 0, b"Taul1"),
        boundsheet((globals + first.len()) as u32, 1, b"Makro1"),
        eof.clone(),
        first,
        second,
    ]
    .concat();
    let bytes = workbook_container(&stream);
    let workbook = read_bytes(bytes, "makro.xls", &Limits::default()).expect("read");
    assert!(workbook.skipped.is_empty(), "{:?}", workbook.skipped);
    let names: Vec<&str> = workbook.sheets.iter().map(|s| s.name.as_str()).collect();
    assert_eq!(names, ["Taul1", "Makro1"]);
    assert_eq!(positions(&workbook.sheets[1]), [(2, 1, "7".to_string())]);
}

/// Past the cell limit, a sparse .xls sheet is read up to it and the
/// rest counted, as every format is.
#[test]
fn a_sparse_xls_sheet_past_the_cell_limit_is_read_in_part() {
    let limits = Limits {
        max_cells: 4,
        ..Limits::default()
    };
    let workbook = read_bytes(xls(&corners(&[])), "kulmat.xls", &limits).expect("read");
    // The first four in the file's order: two numbers, the label, and
    // the MULRK run of three that does not fit is counted with the rest.
    assert_eq!(
        positions(&workbook.sheets[0]),
        [
            (0, 0, "1".to_string()),
            (0, 255, "2".into()),
            (40_000, 7, "Q4 13".into())
        ]
    );
    let cut: Vec<(&str, u64, u64)> = workbook
        .cut
        .iter()
        .map(|c| (c.name.as_str(), c.read, c.rest))
        .collect();
    assert_eq!(cut, [("Taul1", 3, 5)]);
}

/// The cut sheets of `workbook` as (name, read, rest, limit).
fn cuts(workbook: &Workbook) -> Vec<(&str, u64, u64, CutBy)> {
    workbook
        .cut
        .iter()
        .map(|c| (c.name.as_str(), c.read, c.rest, c.by))
        .collect()
}

/// Issue 22: the cell limit is each sheet's in an .xls too, whether
/// calamine lays its sheets out as they are (small) or packed (sparse):
/// a sheet past it is read up to it, and the file's own limit counts the
/// rest of a later sheet.
#[test]
fn each_xls_sheet_has_its_own_cell_limit_within_the_files() {
    let limits = Limits {
        max_cells: 4,
        max_file_cells: 5,
        ..Limits::default()
    };
    // Packed: two sheets of eight cells at their corners.
    let sparse = corners(&[]);
    let bytes = xls_sheets(&[("Yksi", &sparse), ("Kaksi", &sparse)]);
    let workbook = read_bytes(bytes, "kulmat.xls", &limits).expect("read");
    assert_eq!(
        positions(&workbook.sheets[1]),
        [(0, 0, "1".to_string()), (0, 255, "2".into())]
    );
    let file = CutBy::File { max: 5 };
    assert_eq!(
        cuts(&workbook),
        [("Yksi", 3, 5, CutBy::Sheet), ("Kaksi", 2, 6, file)]
    );
    // As they are: two sheets of three cells in a row.
    let dense: Vec<Vec<u8>> = (0..3).map(|c| biff_number(0, c, f64::from(c))).collect();
    let bytes = xls_sheets(&[("Yksi", &dense), ("Kaksi", &dense), ("Kolme", &dense)]);
    let limits = Limits {
        max_cells: 3,
        ..limits
    };
    let workbook = read_bytes(bytes, "rivit.xls", &limits).expect("read");
    let read: Vec<usize> = workbook.sheets.iter().map(|s| s.cells.len()).collect();
    assert_eq!(read, [3, 2, 0]);
    assert_eq!(
        cuts(&workbook),
        [("Kaksi", 2, 1, file), ("Kolme", 0, 3, file)]
    );
}

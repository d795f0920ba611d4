//! Cached formula error values of .xlsb sheets, on packages built record by record.
use super::*;
use crate::{Limits, read_bytes};
use koonti_samples::xlsb::{
    formula_error, number, package, record, row, sheet_bin, wide, workbook_bin,
};

/// A minimal .xlsb as Excel lays one out: sheet "Laskut" with a number
/// in A1 and, in B1 and A3, formulas whose cached values are #DIV/0!
/// and #REF!.
pub(crate) fn xlsb_with_errors() -> Vec<u8> {
    let sheet = sheet_bin(
        [0, 2, 0, 1],
        &[
            row(0),
            number(0, 42.5),
            formula_error(1, 0x07),
            row(2),
            formula_error(0, 0x17),
        ],
    );
    package(&workbook_bin("Laskut", true), &sheet, &[]).expect("xlsb")
}

/// Issue 22: a number of an .xlsb in a date format that is no date is
/// kept, and its format named from `xl/styles.bin` (a custom BrtFmt,
/// or Excel's built-in code).
#[test]
fn an_xlsb_number_that_is_no_date_is_noted_with_its_format() {
    let xf = |format: u16| {
        let mut data = 0xFFFFu16.to_le_bytes().to_vec();
        data.extend(format.to_le_bytes());
        data.extend([0u8; 12]);
        record(BRT_XF, &data)
    };
    let mut format = 164u16.to_le_bytes().to_vec();
    format.extend(wide("d.m.yyyy"));
    let styles = [
        record(0x0116, &[]),
        record(0x0267, &1u32.to_le_bytes()),
        record(BRT_FMT, &format),
        record(0x0268, &[]),
        record(BEGIN_CELL_XFS, &3u32.to_le_bytes()),
        xf(0),
        xf(164),
        xf(14),
        record(END_CELL_XFS, &[]),
        record(0x0117, &[]),
    ]
    .concat();
    let number = |col: u32, style: u32, value: f64| {
        let data = [col.to_le_bytes(), style.to_le_bytes()].concat();
        record(CELL_REAL, &[data, value.to_le_bytes().to_vec()].concat())
    };
    let sheet = sheet_bin(
        [0, 0, 0, 2],
        &[
            row(0),
            number(0, 1, -5.0),
            number(1, 2, -1.5),
            number(2, 1, 45415.0),
        ],
    );
    let workbook = workbook_bin("Luvut", false);
    let bytes = package(&workbook, &sheet, &[("xl/styles.bin", &styles)]).expect("xlsb");
    let read = read_bytes(bytes, "luvut.xlsb", &Limits::default()).expect("read");
    let texts: Vec<String> = read.sheets[0]
        .cells
        .iter()
        .map(|c| c.value.text())
        .collect();
    assert_eq!(texts, ["-5", "-1.5", "2024-05-03"]);
    let noted: Vec<(u32, f64, &str)> = read
        .not_dates
        .iter()
        .map(|n| (n.col, n.number, n.format.as_str()))
        .collect();
    assert_eq!(noted, [(0, -5.0, "d.m.yyyy"), (1, -1.5, "mm-dd-yy")]);
}

#[test]
fn an_xlsb_formulas_cached_error_values_are_read() {
    let workbook = read_bytes(xlsb_with_errors(), "laskut.xlsb", &Limits::default()).expect("read");
    let cells: Vec<(u32, u32, String)> = workbook.sheets[0]
        .cells
        .iter()
        .map(|c| (c.row, c.col, c.value.text()))
        .collect();
    assert_eq!(
        cells,
        [
            (0, 0, "42.5".to_string()),
            (0, 1, "#DIV/0!".to_string()),
            (2, 0, "#REF!".to_string())
        ]
    );
}

#[test]
fn broken_parts_give_no_cells_rather_than_a_panic() {
    assert!(formula_errors(b"not a zip", 1 << 20).is_empty());
    assert!(errors_in_sheet(&[0x0B, 0xFF, 0xFF, 0xFF, 0xFF, 0x01]).is_empty());
    assert!(errors_in_sheet(&record(FORMULA_ERROR, &[1, 2])).is_empty());
    assert!(sheets(&record(BUNDLE_SHEET, &[0; 9])).is_empty());
}

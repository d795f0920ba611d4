use super::*;
use crate::open::open_sheets;
use crate::sheets::read_cells;
use crate::sniff::{FileKind, Limits, sniff_keeping_zip};
use std::io::{Cursor, Write};

/// A response-like workbook: texts, numbers, dates in built-in and own
/// formats, a number in a date format that is no date, coloured fonts
/// and fills (by theme colour too).
fn styled_xlsx() -> Vec<u8> {
    use rust_xlsxwriter::{Color, Format, FormatPattern, Workbook};
    let mut book = Workbook::new();
    let sheet = book.add_worksheet();
    let formats = [
        Format::new().set_num_format("m/d/yy"),
        Format::new().set_num_format("d.m.yyyy h:mm"),
        Format::new().set_num_format("0.00 %"),
        Format::new()
            .set_font_color(Color::Theme(4, 2))
            .set_background_color(Color::Theme(9, 1))
            .set_pattern(FormatPattern::Solid),
        Format::new()
            .set_bold()
            .set_font_color(Color::RGB(0x12_34_56)),
    ];
    for (row, format) in formats.iter().enumerate() {
        let row = row as u32;
        sheet
            .write_string_with_format(row, 0, "Toimenpide 1.1", format)
            .expect("write");
        sheet
            .write_number_with_format(row, 1, 45_415.5, format)
            .expect("write");
        sheet
            .write_number_with_format(row, 2, -3.25, format)
            .expect("write");
    }
    book.save_to_buffer().expect("save")
}

/// The cells, the numbers that are no dates, and the number formats of
/// every style, as read from `bytes` with these theme names hidden.
type Read = (
    Vec<crate::Cell>,
    Vec<(u32, u32, Option<String>)>,
    Vec<Option<String>>,
);

fn read_with(bytes: Vec<u8>, themes: &[usize]) -> Read {
    let (mut sheets, _) = open_sheets(bytes, FileKind::Xlsx, &Limits::default(), themes, None)
        .unwrap_or_else(|_| panic!("opens"));
    let formats = match &mut sheets {
        calamine::Sheets::Xlsx(xlsx) => xlsx
            .worksheet_cells_reader("Sheet1")
            .expect("sheet")
            .styles()
            .iter()
            .map(|s| s.number_format.as_ref().map(|f| f.format_code.clone()))
            .collect(),
        _ => panic!("an xlsx"),
    };
    let read = read_cells(&mut sheets, "Sheet1", usize::MAX).expect("cells");
    (read.cells, read.not_dates, formats)
}

fn themes_of(bytes: &[u8]) -> Vec<usize> {
    let (kind, zip) = sniff_keeping_zip(bytes, &Limits::default()).expect("sniffed");
    assert_eq!(kind, FileKind::Xlsx);
    theme_names(&mut zip.expect("a zip"), bytes)
}

/// Hidden or not, the theme changes no value, no number format and no
/// number noted as no date: what koonti reads is the same.
#[test]
fn hiding_the_theme_changes_nothing_read() {
    let bytes = styled_xlsx();
    let themes = themes_of(&bytes);
    assert_eq!(themes.len(), 1, "the theme is found");
    let hidden = read_with(bytes.clone(), &themes);
    let shown = read_with(bytes.clone(), &[]);
    assert_eq!(hidden, shown);
    assert_eq!(hidden.0.len(), 15);
    assert!(hidden.2.iter().any(|f| f.as_deref() == Some("m/d/yy")));
    // And the whole read of the file is as it was.
    let read = crate::read_bytes(bytes, "vari.xlsx", &Limits::default()).expect("read");
    assert_eq!(read.sheets[0].cells, shown.0);
}

/// The hidden bytes name no theme calamine would look up, and every other
/// entry is as it was.
#[test]
fn the_hidden_theme_is_no_longer_found_by_its_name() {
    let mut bytes = styled_xlsx();
    let themes = themes_of(&bytes);
    let before: Vec<String> = zip::ZipArchive::new(Cursor::new(&bytes[..]))
        .expect("zip")
        .file_names()
        .map(|n| n.expect("name").to_string())
        .collect();
    hide(&mut bytes, &themes);
    let mut after = zip::ZipArchive::new(Cursor::new(&bytes[..])).expect("zip");
    assert!(after.by_name("xl/theme/theme1.xml").is_err());
    let names: Vec<String> = after
        .file_names()
        .map(|n| n.expect("name").to_string())
        .collect();
    let expected: Vec<String> = before
        .iter()
        .map(|n| n.replace("xl/theme/theme1.xml", "xl/theme/theme1.xm_"))
        .collect();
    assert_eq!(names, expected);
}

/// Names calamine would read as the theme, and others.
#[test]
fn theme_names_as_calamine_looks_them_up() {
    for theme in [
        &b"xl/theme/theme1.xml"[..],
        b"XL/Theme/Theme1.XML",
        b"xl\\theme\\theme1.xml",
        b"theme/theme1.xml",
    ] {
        assert!(is_theme(theme), "{}", String::from_utf8_lossy(theme));
    }
    for other in [
        &b"xl/theme/theme2.xml"[..],
        b"xl/theme/mytheme/theme1.xm",
        b"xl/xtheme/theme1.xml",
        b"heme/theme1.xml",
        b"",
    ] {
        assert!(!is_theme(other), "{}", String::from_utf8_lossy(other));
    }
}

/// A package that already has an entry of the hidden theme's name keeps
/// its theme: hiding it would make the two one entry.
#[test]
fn a_theme_whose_hidden_name_is_taken_is_not_hidden() {
    let mut zip = zip::ZipWriter::new(Cursor::new(Vec::new()));
    let options = zip::write::SimpleFileOptions::default();
    for name in [
        "xl/workbook.xml",
        "xl/theme/theme1.xml",
        "xl/theme/theme1.xm_",
    ] {
        zip.start_file(name, options).expect("entry");
        zip.write_all(b"<x/>").expect("write");
    }
    let bytes = zip.finish().expect("zip").into_inner();
    assert_eq!(themes_of(&bytes), Vec::<usize>::new());
}

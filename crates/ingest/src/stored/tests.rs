use super::*;
use crate::open::open_sheets;
use crate::sheets::read_cells;
use crate::sniff::{FileKind, Limits, sniff_keeping_zip};
use std::io::{Cursor, Read as _};

/// A small response: texts (shared strings), numbers, a date, a number in
/// a date format that is no date, a theme colour.
fn response() -> Vec<u8> {
    use rust_xlsxwriter::{Color, Format, Workbook};
    let mut book = Workbook::new();
    let sheet = book.add_worksheet();
    let date = Format::new().set_num_format("d.m.yyyy");
    let coloured = Format::new().set_font_color(Color::Theme(4, 2));
    for row in 0..20u32 {
        sheet
            .write_string_with_format(row, 0, format!("Toimenpide 1.{row} – äö"), &coloured)
            .expect("write");
        sheet
            .write_number_with_format(row, 1, 45_415.0 + f64::from(row), &date)
            .expect("write");
        sheet.write_number(row, 2, -3.25).expect("write");
    }
    sheet
        .write_number_with_format(20, 1, -1.0, &date)
        .expect("write");
    book.save_to_buffer().expect("save")
}

fn stored_of(bytes: &[u8]) -> Option<Vec<u8>> {
    let (kind, zip) = sniff_keeping_zip(bytes, &Limits::default()).expect("sniffed");
    assert_eq!(kind, FileKind::Xlsx);
    stored_package(&mut zip.expect("a zip"))
}

/// The parts of a package: name, compression, contents.
fn parts(bytes: &[u8]) -> Vec<(String, zip::CompressionMethod, Vec<u8>)> {
    let mut archive = zip::ZipArchive::new(Cursor::new(bytes)).expect("zip");
    (0..archive.len())
        .map(|i| {
            let mut entry = archive.by_index(i).expect("entry");
            let mut data = Vec::new();
            entry.read_to_end(&mut data).expect("read");
            (
                entry.name().expect("name").to_string(),
                entry.compression(),
                data,
            )
        })
        .collect()
}

#[test]
fn every_part_but_the_theme_is_stored_with_its_contents() {
    let bytes = response();
    let stored = stored_of(&bytes).expect("laid out");
    let before: Vec<_> = parts(&bytes)
        .into_iter()
        .filter(|(name, ..)| !crate::theme::is_theme(name.as_bytes()))
        .collect();
    assert!(
        before.len() < parts(&bytes).len(),
        "the package has a theme"
    );
    let after = parts(&stored);
    assert_eq!(after.len(), before.len());
    for ((name, method, data), (stored_name, stored_method, stored_data)) in
        before.iter().zip(&after)
    {
        assert_eq!((name, data), (stored_name, stored_data));
        let expected = match read_by_calamine(name.as_bytes()) {
            true => zip::CompressionMethod::Stored,
            false => *method,
        };
        assert_eq!(*stored_method, expected, "{name}");
    }
    assert!(
        after
            .iter()
            .any(|(_, m, _)| *m == zip::CompressionMethod::Stored)
    );
}

#[test]
fn calamine_reads_the_packages_xml_but_its_content_types_and_properties() {
    for read in [
        &b"_rels/.rels"[..],
        b"xl/workbook.xml",
        b"xl/_rels/workbook.xml.rels",
        b"xl/worksheets/sheet1.xml",
        b"XL/SharedStrings.XML",
    ] {
        assert!(read_by_calamine(read), "{}", String::from_utf8_lossy(read));
    }
    for other in [
        &b"[Content_Types].xml"[..],
        b"docProps/core.xml",
        b"docProps/app.xml",
        b"xl/media/image1.png",
        b"xl/printerSettings/printerSettings1.bin",
    ] {
        assert!(
            !read_by_calamine(other),
            "{}",
            String::from_utf8_lossy(other)
        );
    }
}

/// What koonti reads: the cells, the numbers that are no dates, every
/// style's number format.
type Read = (
    Vec<crate::Cell>,
    Vec<(u32, u32, Option<String>)>,
    Vec<Option<String>>,
);

fn read_with(bytes: Vec<u8>, stored: Option<Vec<u8>>) -> Read {
    let (mut sheets, _) = open_sheets(bytes, FileKind::Xlsx, &Limits::default(), &[], stored)
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

#[test]
fn calamine_reads_the_stored_package_as_the_one_that_came() {
    let bytes = response();
    let stored = stored_of(&bytes);
    assert!(stored.is_some());
    let as_came = read_with(bytes.clone(), None);
    assert_eq!(read_with(bytes.clone(), stored), as_came);
    assert_eq!(as_came.0.len(), 61);
    assert!(!as_came.1.is_empty(), "the negative date is no date");
    let read = crate::read_bytes(bytes, "vastaus.xlsx", &Limits::default()).expect("read");
    assert_eq!(read.sheets[0].cells, as_came.0);
}

#[test]
fn a_package_it_cannot_lay_out_exactly_is_left_as_it_came() {
    use zip::write::SimpleFileOptions;
    let mut zip = zip::ZipWriter::new(Cursor::new(Vec::new()));
    let options = SimpleFileOptions::default().compression_method(zip::CompressionMethod::Deflated);
    zip.start_file("xl/workbook.xml", options).expect("start");
    std::io::Write::write_all(&mut zip, "<workbook/>".repeat(50).as_bytes()).expect("write");
    let mut bytes = zip.finish().expect("finish").into_inner();
    let mut archive = zip::ZipArchive::new(Cursor::new(&bytes[..])).expect("zip");
    assert!(stored_package(&mut archive).is_some());
    // The part's first deflate block made one of the reserved type.
    let field = |at: usize| usize::from(u16::from_le_bytes([bytes[at], bytes[at + 1]]));
    let data = 30 + field(26) + field(28);
    bytes[data] = 0x07;
    let mut archive = zip::ZipArchive::new(Cursor::new(&bytes[..])).expect("zip");
    assert!(stored_package(&mut archive).is_none());
}

#[test]
fn a_laid_out_package_calamine_refuses_is_asked_of_the_package_as_it_came() {
    let broken = Some(b"PK\x05\x06 not a package".to_vec());
    assert_eq!(read_with(response(), broken), read_with(response(), None));
}

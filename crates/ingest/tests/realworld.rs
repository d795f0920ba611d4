//! Files as real writers leave them (issue 11): chart and macro sheets,
//! an .xls with a Word object inside, grids larger than their cells, texts
//! cut by calamine. Each built here, in memory.
use koonti_ingest::{FileKind, Limits, ReadError, Value, Workbook, read_bytes, sniff};
use koonti_model::SheetKind;
use std::io::{Cursor, Read, Write};

fn read(bytes: Vec<u8>) -> Result<Workbook, ReadError> {
    read_bytes(bytes, "vastaus", &Limits::default())
}

fn texts(workbook: &Workbook, sheet: &str) -> Vec<String> {
    workbook
        .sheets
        .iter()
        .find(|s| s.name == sheet)
        .unwrap_or_else(|| panic!("no sheet {sheet}"))
        .cells
        .iter()
        .map(|c| c.value.text())
        .collect()
}

#[test]
fn a_chart_sheet_is_listed_and_the_worksheets_are_read() {
    let mut book = rust_xlsxwriter::Workbook::new();
    let sheet = book.add_worksheet();
    sheet.set_name("Vastaukset").expect("name");
    sheet.write_string(0, 0, "Toimialue:").expect("cell");
    sheet.write_number(1, 0, 3.0).expect("cell");
    let mut chart = rust_xlsxwriter::Chart::new(rust_xlsxwriter::ChartType::Column);
    chart.add_series().set_values("Vastaukset!$A$2:$A$2");
    let charts = book.add_chartsheet();
    charts.set_name("Kaavio1").expect("name");
    charts.insert_chart(0, 0, &chart).expect("chart");
    let workbook = read(book.save_to_buffer().expect("save")).expect("read");
    assert_eq!(texts(&workbook, "Vastaukset"), ["Toimialue:", "3"]);
    assert_eq!(workbook.sheets.len(), 1);
    assert_eq!(workbook.skipped.len(), 1);
    assert_eq!(workbook.skipped[0].name, "Kaavio1");
    assert_eq!(workbook.skipped[0].kind, SheetKind::Chart);
}

/// An .xlsx with an Excel 4 macro sheet added beside its worksheet, as
/// Excel writes one into an .xlsm.
fn with_macro_sheet() -> Vec<u8> {
    with_macro_sheet_of("<sheetData/>")
}

/// [`with_macro_sheet`] whose macro sheet holds `sheet_data`.
fn with_macro_sheet_of(sheet_data: &str) -> Vec<u8> {
    let mut book = rust_xlsxwriter::Workbook::new();
    book.add_worksheet()
        .write_string(0, 0, "Kiitos")
        .expect("cell");
    let bytes = book.save_to_buffer().expect("save");
    let mut source = zip::ZipArchive::new(Cursor::new(bytes)).expect("zip");
    let mut out = zip::ZipWriter::new(Cursor::new(Vec::new()));
    let options = zip::write::SimpleFileOptions::default();
    for i in 0..source.len() {
        let mut entry = source.by_index(i).expect("entry");
        let name = entry.name().expect("name").to_string();
        let mut text = String::new();
        entry.read_to_string(&mut text).expect("text");
        let text = match name.as_str() {
            "xl/workbook.xml" => text.replace(
                "</sheets>",
                r#"<sheet name="Makro1" sheetId="2" r:id="rId99"/></sheets>"#,
            ),
            "xl/_rels/workbook.xml.rels" => text.replace(
                "</Relationships>",
                r#"<Relationship Id="rId99" Type="http://schemas.microsoft.com/office/2006/relationships/xlMacrosheet" Target="macrosheets/sheet1.xml"/></Relationships>"#,
            ),
            _ => text,
        };
        out.start_file(name, options).expect("entry");
        out.write_all(text.as_bytes()).expect("write");
    }
    out.start_file("xl/macrosheets/sheet1.xml", options)
        .expect("entry");
    let macro_sheet = format!(
        r#"<?xml version="1.0"?><xm:macrosheet xmlns:xm="http://schemas.microsoft.com/office/excel/2006/main">{sheet_data}</xm:macrosheet>"#
    );
    out.write_all(macro_sheet.as_bytes()).expect("write");
    out.finish().expect("zip").into_inner()
}

#[test]
fn an_excel_4_macro_sheet_is_listed_and_the_worksheets_are_read() {
    let workbook = read(with_macro_sheet()).expect("read");
    assert_eq!(texts(&workbook, "Sheet1"), ["Kiitos"]);
    assert_eq!(workbook.skipped.len(), 1, "{:?}", workbook.skipped);
    assert_eq!(workbook.skipped[0].name, "Makro1");
    assert_eq!(workbook.skipped[0].kind, SheetKind::Macro);
}

/// Issue 22: a macro sheet's cells are read (as any sheet's, all of them
/// unmatched): a workbook's cell is never said to be absent.
#[test]
fn the_cells_of_an_excel_4_macro_sheet_are_read() {
    let workbook = read(with_macro_sheet_of(
        r#"<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Makron solu</t></is></c></row></sheetData>"#,
    ))
    .expect("read");
    assert_eq!(texts(&workbook, "Sheet1"), ["Kiitos"]);
    assert_eq!(texts(&workbook, "Makro1"), ["Makron solu"]);
    assert!(workbook.skipped.is_empty(), "{:?}", workbook.skipped);
}

fn record(typ: u16, data: &[u8]) -> Vec<u8> {
    let mut out = typ.to_le_bytes().to_vec();
    out.extend((data.len() as u16).to_le_bytes());
    out.extend(data);
    out
}

fn number(row: u16, col: u16, value: f64) -> Vec<u8> {
    let mut data = row.to_le_bytes().to_vec();
    data.extend(col.to_le_bytes());
    data.extend(0u16.to_le_bytes());
    data.extend(value.to_le_bytes());
    record(0x0203, &data)
}

/// A LABEL record: the text's bytes as 8-bit characters.
fn label(row: u16, col: u16, chars: &[u8]) -> Vec<u8> {
    let mut data = row.to_le_bytes().to_vec();
    data.extend(col.to_le_bytes());
    data.extend(0u16.to_le_bytes());
    data.extend((chars.len() as u16).to_le_bytes());
    data.push(0);
    data.extend(chars);
    record(0x0204, &data)
}

/// A BIFF8 workbook stream with one sheet "Taul1" holding `body`.
fn biff(body: &[Vec<u8>]) -> Vec<u8> {
    let bof = record(0x0809, &[0x00, 0x06, 0x05, 0x00, 0, 0, 0, 0]);
    let sheet_bof = record(0x0809, &[0x00, 0x06, 0x10, 0x00, 0, 0, 0, 0]);
    let eof = record(0x000A, &[]);
    let boundsheet = |pos: u32| {
        let mut data = pos.to_le_bytes().to_vec();
        data.extend([0, 0, 5, 0]);
        data.extend(b"Taul1");
        record(0x0085, &data)
    };
    let globals_len = bof.len() + boundsheet(0).len() + eof.len();
    let mut out = [bof, boundsheet(globals_len as u32), eof.clone()].concat();
    out.extend(sheet_bof);
    for r in body {
        out.extend(r);
    }
    out.extend(eof);
    out
}

/// An OLE2 container with `stream` as its Workbook and, optionally, an
/// embedded Word document's storage beside it.
fn xls(stream: &[u8], embedded_word: bool) -> Vec<u8> {
    // Version 3 (512-byte sectors), as Excel writes .xls files.
    let mut file =
        cfb::CompoundFile::create_with_version(cfb::Version::V3, Cursor::new(Vec::new()))
            .expect("cfb");
    file.create_stream("/Workbook")
        .expect("stream")
        .write_all(stream)
        .expect("write");
    if embedded_word {
        file.create_storage("/MBD00000001").expect("storage");
        file.create_stream("/MBD00000001/WordDocument")
            .expect("stream")
            .write_all(&[0xEC, 0xA5, 0xC1, 0x00])
            .expect("write");
    }
    file.flush().expect("flush");
    file.into_inner().into_inner()
}

#[test]
fn an_xls_with_a_word_object_inside_is_read_as_a_workbook() {
    let bytes = xls(&biff(&[number(0, 0, 7.0)]), true);
    assert_eq!(sniff(&bytes, &Limits::default()), Ok(FileKind::Xls));
    let workbook = read(bytes).expect("read");
    assert_eq!(texts(&workbook, "Taul1"), ["7"]);
    let mut word = cfb::CompoundFile::create(Cursor::new(Vec::new())).expect("cfb");
    word.create_stream("/WordDocument").expect("stream");
    word.flush().expect("flush");
    let word = word.into_inner().into_inner();
    assert_eq!(sniff(&word, &Limits::default()), Ok(FileKind::Word));
}

/// Issue 22: a sheet is limited by its cells, not the area they span.
/// calamine would lay four cells at the corners of an .xls out as a grid of
/// 16 million (a gigabyte); they are moved together before it reads them
/// and put back where they were.
#[test]
fn cells_at_the_corners_of_an_xls_are_read_where_they_are() {
    let corners = [
        number(0, 0, 1.0),
        number(0, 255, 2.0),
        number(65535, 0, 3.0),
        number(65535, 255, 4.0),
    ];
    let workbook = read(xls(&biff(&corners), false)).expect("read");
    let cells: Vec<(u32, u32, String)> = workbook.sheets[0]
        .cells
        .iter()
        .map(|c| (c.row, c.col, c.value.text()))
        .collect();
    assert_eq!(
        cells,
        [
            (0, 0, "1".to_string()),
            (0, 255, "2".into()),
            (65535, 0, "3".into()),
            (65535, 255, "4".into())
        ]
    );
    let near = [number(0, 0, 1.0), number(3, 4, 2.0)];
    let workbook = read(xls(&biff(&near), false)).expect("read");
    assert_eq!(texts(&workbook, "Taul1"), ["1", "2"]);
}

/// A DIMENSIONS record claiming four billion rows is never reserved: the
/// sheet's cells are read.
#[test]
fn a_lying_dimensions_record_is_not_reserved() {
    let mut dims = 0u32.to_le_bytes().to_vec();
    dims.extend(u32::MAX.to_le_bytes());
    dims.extend([0, 0, 0, 1, 0, 0]);
    let workbook = read(xls(
        &biff(&[record(0x0200, &dims), number(0, 0, 1.0)]),
        false,
    ))
    .expect("read");
    assert_eq!(texts(&workbook, "Taul1"), ["1"]);
}

#[test]
fn an_xls_text_continued_past_its_record_is_read_whole() {
    // 9,000 characters: 8,000 in the LABEL record, the rest in a CONTINUE
    // record with its own flags byte (uncompressed 16-bit characters).
    let whole: String = (0..9000).map(|i| (b'a' + (i % 26) as u8) as char).collect();
    let (head, tail) = whole.as_bytes().split_at(8000);
    let mut data = 0u16.to_le_bytes().to_vec();
    data.extend(0u16.to_le_bytes());
    data.extend(0u16.to_le_bytes());
    data.extend((whole.len() as u16).to_le_bytes());
    data.push(0);
    data.extend(head);
    let mut cont = vec![1u8];
    cont.extend(tail.iter().flat_map(|&b| [b, 0]));
    let body = [record(0x0204, &data), record(0x003C, &cont)].concat();
    let workbook = read(xls(&biff(&[body]), false)).expect("read");
    assert_eq!(texts(&workbook, "Taul1"), [whole]);
}

#[test]
fn nul_bytes_between_letters_are_no_text() {
    let workbook = read(xls(&biff(&[label(0, 0, b"T\0i\0t\0e\0l\0")]), false)).expect("read");
    assert_eq!(texts(&workbook, "Taul1"), ["Titel"]);
    assert_eq!(
        workbook.sheets[0].cells[0].value,
        Value::Text("Titel".into())
    );
}

/// An .ods whose tables are `body`, with what calamine needs to open it.
fn ods(body: &str) -> Vec<u8> {
    let mut zip = zip::ZipWriter::new(Cursor::new(Vec::new()));
    let stored =
        zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Stored);
    zip.start_file("mimetype", stored).expect("entry");
    zip.write_all(b"application/vnd.oasis.opendocument.spreadsheet")
        .expect("write");
    zip.start_file(
        "META-INF/manifest.xml",
        zip::write::SimpleFileOptions::default(),
    )
    .expect("entry");
    zip.write_all(br#"<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2"><manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/><manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>"#)
        .expect("write");
    zip.start_file("content.xml", zip::write::SimpleFileOptions::default())
        .expect("entry");
    write!(
        zip,
        r#"<?xml version="1.0" encoding="UTF-8"?><office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2"><office:body><office:spreadsheet>{body}</office:spreadsheet></office:body></office:document-content>"#
    )
    .expect("write");
    zip.finish().expect("zip").into_inner()
}

const ODS_CELL: &str =
    r#"<table:table-cell office:value-type="string"><text:p>x</text:p></table:table-cell>"#;

/// Issue 22: an .ods with cells a million rows apart is read by its cells
/// (calamine would lay out a hundred million), not refused for its area.
#[test]
fn an_ods_with_cells_a_million_rows_apart_is_read_cell_by_cell() {
    let far = format!(
        r#"<table:table table:name="Kaukana"><table:table-row>{ODS_CELL}</table:table-row><table:table-row table:number-rows-repeated="999998"><table:table-cell table:number-columns-repeated="1024"/></table:table-row><table:table-row><table:table-cell table:number-columns-repeated="98"/>{ODS_CELL}</table:table-row></table:table>"#
    );
    let bytes = ods(&far);
    assert!(bytes.len() < 2000);
    let workbook = read(bytes).expect("read");
    let at: Vec<(u32, u32)> = workbook.sheets[0]
        .cells
        .iter()
        .map(|c| (c.row, c.col))
        .collect();
    assert_eq!(at, [(0, 0), (999_999, 98)]);
    let near = format!(
        r#"<table:table table:name="Lähellä"><table:table-row>{ODS_CELL}</table:table-row></table:table>"#
    );
    let workbook = read(ods(&near)).expect("read");
    assert_eq!(texts(&workbook, "Lähellä"), ["x"]);
}

#[test]
fn a_text_over_excels_cell_limit_is_read_whole() {
    let long = "pitkä teksti ".repeat(4000);
    assert!(long.chars().count() > 32_767);
    let mut book = rust_xlsxwriter::Workbook::new();
    // rust_xlsxwriter refuses texts over Excel's limit, so the cell is
    // written short and lengthened in the XML, as LibreOffice writes it.
    book.add_worksheet()
        .write_string(0, 0, "PAIKKA")
        .expect("cell");
    let bytes = book.save_to_buffer().expect("save");
    let mut source = zip::ZipArchive::new(Cursor::new(bytes)).expect("zip");
    let mut out = zip::ZipWriter::new(Cursor::new(Vec::new()));
    for i in 0..source.len() {
        let mut entry = source.by_index(i).expect("entry");
        let name = entry.name().expect("name").to_string();
        let mut text = String::new();
        entry.read_to_string(&mut text).expect("text");
        out.start_file(name, zip::write::SimpleFileOptions::default())
            .expect("entry");
        out.write_all(text.replace("PAIKKA", &long).as_bytes())
            .expect("write");
    }
    let workbook = read(out.finish().expect("zip").into_inner()).expect("read");
    assert_eq!(texts(&workbook, "Sheet1"), [long.trim_end()]);
}

/// The container and record walks run on hostile bytes: corrupted copies
/// of the .xls and .ods files above are read or refused, never a panic
/// past the reader or an abort (sniffing runs outside the caught read).
#[test]
fn corrupted_containers_are_read_or_refused() {
    let corners = [number(0, 0, 1.0), number(65535, 255, 4.0)];
    let originals = [
        xls(&biff(&[number(0, 0, 7.0), label(1, 1, b"Kiitos")]), true),
        xls(&biff(&corners), false),
        ods(&format!(
            r#"<table:table table:name="A"><table:table-row table:number-rows-repeated="3">{ODS_CELL}</table:table-row></table:table>"#
        )),
    ];
    let mut seed: u64 = 0x2545_F491_4F6C_DD1D;
    let mut next = move || {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed
    };
    let limits = Limits::default();
    for original in &originals {
        for _ in 0..300 {
            let mut bytes = original.clone();
            for _ in 0..1 + next() % 8 {
                let at = (next() as usize) % bytes.len();
                bytes[at] = match next() % 3 {
                    0 => 0xFF,
                    1 => 0x00,
                    _ => next() as u8,
                };
            }
            if next() % 5 == 0 {
                bytes.truncate((next() as usize) % bytes.len());
            }
            let _ = sniff(&bytes, &limits);
            // A copy read is one whose grid was measured: calamine never
            // laid out more than the limit (a copy whose container koonti
            // could not see into would reach it unmeasured).
            if let Ok(workbook) = read_bytes(bytes, "rikki", &limits) {
                for sheet in &workbook.sheets {
                    let span = |f: fn(&koonti_ingest::Cell) -> u32| {
                        let (lo, hi) = sheet
                            .cells
                            .iter()
                            .map(f)
                            .fold((u32::MAX, 0), |(lo, hi), v| (lo.min(v), hi.max(v)));
                        u64::from(hi.saturating_sub(lo)) + 1
                    };
                    // Cells spread wider than the limit were read cell by
                    // cell (an .xls's moved together first, its packed
                    // grid measured again: `biff::pack_cells`), no more
                    // than the cell limit.
                    let area = span(|c| c.row) * span(|c| c.col);
                    assert!(
                        sheet.cells.is_empty()
                            || area <= limits.max_grid_cells
                            || sheet.cells.len() <= limits.max_cells,
                        "a grid of {area} cells was laid out"
                    );
                }
            }
        }
    }
}

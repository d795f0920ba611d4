//! Writes a small corpus of files shaped like the real-world spreadsheets
//! of issue 11 (chart and macro sheets, cells at a sheet's far corners,
//! texts past calamine's and Excel's limits, an .xls with a Word object in
//! it, notes typed below an answer table, a sheet of junk past the cell
//! limit and two sheets together over it), for `scripts/corpus-check.sh`,
//! with the cells of the files built byte by byte in
//! `.expected-cells.json`. Every file is under a megabyte; none is copied
//! from anywhere.
//!
//! `cargo run -p koonti-ingest --example realworld_corpus -- DIR`
use rust_xlsxwriter::{Chart, ChartType, Workbook};
use std::io::{Cursor, Read, Write};
use std::path::Path;

type Result<T> = std::result::Result<T, Box<dyn std::error::Error>>;

fn main() -> Result<()> {
    let Some(dir) = std::env::args().nth(1) else {
        eprintln!("usage: realworld_corpus DIR");
        std::process::exit(2);
    };
    let dir = Path::new(&dir);
    std::fs::create_dir_all(dir)?;
    let files: [(&str, Vec<u8>); 14] = [
        ("chart-sheet.xlsx", chart_sheet()?),
        ("macro-sheet.xlsm", macro_sheet()?),
        ("notes-below-the-table.xlsx", notes()?),
        ("long-text.xlsx", long_text()?),
        ("last-cell.xlsx", last_cell()?),
        // A sheet of more stray cells than koonti reads from one sheet
        // (Limits::max_cells): read up to it, the rest counted in a
        // finding (issue 22). LibreOffice's .xls and .ods copies of it
        // are checked too (scripts/corpus-check.sh).
        ("junk-past-the-limit.xlsx", junk(&[100_250])?),
        // Two sheets, each under the limit and together over it: the
        // limit is each sheet's, so both are read whole.
        ("two-sheets-under-the-limit.xlsx", junk(&[50_001, 50_001])?),
        // Values a reader must keep exact (issue 22).
        ("exact-values.xlsx", exact_values()?),
        ("corners.xls", xls(&biff(&corners()), false)?),
        (
            "continued-label.xls",
            xls(&biff(&[continued_label()]), false)?,
        ),
        (
            "nul-letters.xls",
            xls(&biff(&[label(0, 0, b"T\0i\0t\0e\0l\0")]), false)?,
        ),
        (
            "word-object.xls",
            xls(&biff(&[label(0, 0, b"Kiitos")]), true)?,
        ),
        ("far-cells.ods", far_ods()?),
        // Cached formula errors calamine skips in .xlsb, and a cell at the
        // far corner of a sheet whose dimension claims all of it (issue 22).
        ("errors-and-far-cells.xlsb", xlsb_errors_and_far_cells()?),
    ];
    for (name, bytes) in files {
        std::fs::write(dir.join(name), bytes)?;
    }
    // The cells of the files built here byte by byte, as the report must
    // show each (sheet, address, text): what an independent reader would
    // tell of them (none reads an .xlsb's cached errors or a macro sheet),
    // for `scripts/corpus_check.py`. A dot-file: not an input.
    let expected = serde_json::json!({
        "errors-and-far-cells.xlsb": [
            ["Laskut", "A1", "42.5"], ["Laskut", "B1", "#DIV/0!"],
            ["Laskut", "A3", "#REF!"], ["Laskut", "B3", "#N/A"],
            ["Laskut", "C3", "#VALUE!"], ["Laskut", "XFD1048576", "7"],
        ],
        "corners.xls": [
            ["Taul1", "A1", "1"], ["Taul1", "IV1", "2"],
            ["Taul1", "A65536", "3"], ["Taul1", "IV65536", "4"],
        ],
        "far-cells.ods": [["Kaukana", "A1", "x"], ["Kaukana", "CU1000000", "x"]],
        "macro-sheet.xlsm": [["Sheet1", "A1", "Tiedot taulukossa"], ["Makro1", "A1", "Makron solu"]],
    });
    std::fs::write(dir.join(".expected-cells.json"), expected.to_string())?;
    Ok(())
}

fn chart_sheet() -> Result<Vec<u8>> {
    let mut book = Workbook::new();
    let sheet = book.add_worksheet();
    sheet.set_name("Luvut")?;
    for (row, value) in [3.0, 5.0, 2.0].into_iter().enumerate() {
        sheet.write_string(row as u32, 0, format!("Kohta {row}"))?;
        sheet.write_number(row as u32, 1, value)?;
    }
    let mut chart = Chart::new(ChartType::Column);
    chart.add_series().set_values("Luvut!$B$1:$B$3");
    book.add_chartsheet()
        .set_name("Kaavio1")?
        .insert_chart(0, 0, &chart)?;
    Ok(book.save_to_buffer()?)
}

/// A package rewritten part by part: `edit(name, text)` gives each part's
/// new text; `extra` parts are added.
fn rewrite(
    bytes: Vec<u8>,
    edit: impl Fn(&str, String) -> String,
    extra: &[(&str, &str)],
) -> Result<Vec<u8>> {
    let mut source = zip::ZipArchive::new(Cursor::new(bytes))?;
    let mut out = zip::ZipWriter::new(Cursor::new(Vec::new()));
    let options = zip::write::SimpleFileOptions::default();
    for i in 0..source.len() {
        let mut entry = source.by_index(i)?;
        let name = entry.name()?.to_string();
        let mut text = String::new();
        entry.read_to_string(&mut text)?;
        out.start_file(name.as_str(), options)?;
        out.write_all(edit(&name, text).as_bytes())?;
    }
    for (name, text) in extra {
        out.start_file(*name, options)?;
        out.write_all(text.as_bytes())?;
    }
    Ok(out.finish()?.into_inner())
}

fn macro_sheet() -> Result<Vec<u8>> {
    let mut book = Workbook::new();
    book.add_worksheet()
        .write_string(0, 0, "Tiedot taulukossa")?;
    rewrite(
        book.save_to_buffer()?,
        |name, text| {
            match name {
            "xl/workbook.xml" => text.replace(
                "</sheets>",
                r#"<sheet name="Makro1" sheetId="2" r:id="rId99"/></sheets>"#,
            ),
            "xl/_rels/workbook.xml.rels" => text.replace(
                "</Relationships>",
                r#"<Relationship Id="rId99" Type="http://schemas.microsoft.com/office/2006/relationships/xlMacrosheet" Target="macrosheets/sheet1.xml"/></Relationships>"#,
            ),
            _ => text,
        }
        },
        &[(
            "xl/macrosheets/sheet1.xml",
            // The macro sheet holds a cell (issue 22: one said to be absent
            // while it had one).
            r#"<?xml version="1.0"?><xm:macrosheet xmlns:xm="http://schemas.microsoft.com/office/excel/2006/main" xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Makron solu</t></is></c></row></sheetData></xm:macrosheet>"#,
        )],
    )
}

/// A Siun sote answer table tied by Nro, then what units type below it.
fn notes() -> Result<Vec<u8>> {
    let mut book = Workbook::new();
    let sheet = book.add_worksheet();
    sheet.set_name("Vastaukset")?;
    let rows: [&[&str]; 9] = [
        &["Yksikkö:", "Pelastuslaitos"],
        &["Vastaaja: toimialuejohtaja, 3.5.2024"],
        &[
            "Nro",
            "Toimenpiteet",
            "Toimenpide on toteutunut",
            "Toimenpide ei ole toteutunut",
            "Miten on toteutettu tai tulisi jatkossa toteuttaa?",
        ],
        &["1.1", "Verkkosivu ja opas", "x", "", "Sivu avattiin."],
        &["2.3", "Asiakasraadit", "", "x", ""],
        &["Huom! Toimenpiteen 2.3 pilotti siirtyi syksyyn 2025, koska rahoitus viivästyi."],
        &["Vastaa: Liisa Virtanen, puh. 040 123 4567"],
        &["Unit", "Priority"],
        &["Vapaamuotoinen palaute: Ohjelma on hyvä, mittarit puuttuvat."],
    ];
    for (r, row) in rows.iter().enumerate() {
        for (c, text) in row.iter().enumerate() {
            if !text.is_empty() {
                sheet.write_string(r as u32, c as u16, *text)?;
            }
        }
    }
    Ok(book.save_to_buffer()?)
}

/// A cell of 40,000 characters, past Excel's 32,767, as LibreOffice writes
/// one (rust_xlsxwriter refuses it, so the XML is lengthened).
fn long_text() -> Result<Vec<u8>> {
    let mut book = Workbook::new();
    book.add_worksheet().write_string(0, 0, "PAIKKA")?;
    let long = "pitkä vastaus ".repeat(2860);
    rewrite(
        book.save_to_buffer()?,
        |_, text| text.replace("PAIKKA", long.trim_end()),
        &[],
    )
}

fn last_cell() -> Result<Vec<u8>> {
    let mut book = Workbook::new();
    let sheet = book.add_worksheet();
    sheet.write_string(0, 0, "Alku")?;
    sheet.write_string(1_048_575, 16_383, "Loppu")?;
    Ok(book.save_to_buffer()?)
}

/// A sheet of unrelated values for each count, twenty a row: all
/// unmatched.
fn junk(sheets: &[u32]) -> Result<Vec<u8>> {
    let mut book = Workbook::new();
    for (n, &cells) in sheets.iter().enumerate() {
        let sheet = book.add_worksheet();
        for i in 0..cells {
            sheet.write_string(i / 20, (i % 20) as u16, format!("arvo {n}.{i}"))?;
        }
    }
    Ok(book.save_to_buffer()?)
}

/// Numbers in date and time formats that are no dates (negative, past
/// 9999), durations, a format that only looks like a date's, cached error
/// values in date formats, labels a column header shares with a form
/// ("Date" | "Amount Int", "Contact" | "Address") and a quarter in text.
fn exact_values() -> Result<Vec<u8>> {
    use rust_xlsxwriter::{Format, Formula};
    let mut book = Workbook::new();
    let sheet = book.add_worksheet();
    let headers = [
        "Date",
        "Amount Int",
        "Contact",
        "Address",
        "Period",
        "Product",
    ];
    for (col, header) in headers.iter().enumerate() {
        sheet.write_string(0, col as u16, *header)?;
    }
    let formats = [
        "m/d/yy",
        "YY",
        "h:mm:ss",
        "[h]:mm:ss",
        "[Red][<-25]General;[Blue][>25]General;0.00",
        "yyyy-mm-dd",
    ];
    let values = [-12345.6789, -1.2, 0.0, -1.0, 30.0, 2_958_466.0, 45_415.5];
    for (col, code) in formats.iter().enumerate() {
        let format = Format::new().set_num_format(*code);
        for (row, value) in values.iter().enumerate() {
            sheet.write_number_with_format(1 + row as u32, col as u16, *value, &format)?;
        }
        for (i, error) in ["#REF!", "#N/A", "#VALUE!", "#DIV/0!"].iter().enumerate() {
            let formula = Formula::new("=1/0").set_result(*error);
            sheet.write_formula_with_format(10 + i as u32, col as u16, formula, &format)?;
        }
    }
    sheet.write_string(20, 0, "Q4 13")?;
    sheet.write_string(20, 1, "Q1 2025")?;
    sheet.write_string(21, 0, "Yhteyshenkilö")?;
    sheet.write_string(21, 1, "Pvm")?;
    sheet.write_string(21, 2, "Datum")?;
    // Labelled fields (read as the respondent and date, label and value
    // still listed) and a header with its neighbour (read as neither).
    sheet.write_string(23, 0, "Yhteyshenkilö:")?;
    sheet.write_string(23, 1, "Liisa Virtanen")?;
    sheet.write_string(24, 0, "Pvm:")?;
    let date = rust_xlsxwriter::ExcelDateTime::from_ymd(2025, 5, 3)?;
    sheet.write_datetime_with_format(24, 1, &date, &Format::new().set_num_format("d.m.yyyy"))?;
    sheet.write_string(25, 0, "Contact: Matti Meikäläinen")?;
    sheet.write_string(26, 0, "Contact")?;
    sheet.write_string(26, 1, "Product")?;
    Ok(book.save_to_buffer()?)
}

/// A minimal .xlsb laid out as Excel lays one out, built record by record:
/// sheet "Laskut" whose dimension claims the whole sheet, a number in A1,
/// formulas with cached errors (#DIV/0!, #REF!, #N/A, #VALUE!) in B1 and
/// A3:C3, and a number in XFD1048576.
fn xlsb_errors_and_far_cells() -> Result<Vec<u8>> {
    use koonti_samples::xlsb::{formula_error, number, package, row, sheet_bin, workbook_bin};
    // BrtWsDim: rows 0..=1,048,575, columns 0..=16,383.
    let sheet = sheet_bin(
        [0, 1_048_575, 0, 16_383],
        &[
            row(0),
            number(0, 42.5),
            formula_error(1, 0x07),
            row(2),
            formula_error(0, 0x17),
            formula_error(1, 0x2A),
            formula_error(2, 0x0F),
            row(1_048_575),
            number(16_383, 7.0),
        ],
    );
    Ok(package(&workbook_bin("Laskut", true), &sheet, &[])?)
}

fn record(typ: u16, data: &[u8]) -> Vec<u8> {
    let mut out = typ.to_le_bytes().to_vec();
    out.extend((data.len() as u16).to_le_bytes());
    out.extend(data);
    out
}

fn number(row: u16, col: u16, value: f64) -> Vec<u8> {
    let mut data = [row.to_le_bytes(), col.to_le_bytes(), [0, 0]].concat();
    data.extend(value.to_le_bytes());
    record(0x0203, &data)
}

fn corners() -> Vec<Vec<u8>> {
    vec![
        number(0, 0, 1.0),
        number(0, 255, 2.0),
        number(65535, 0, 3.0),
        number(65535, 255, 4.0),
    ]
}

fn label(row: u16, col: u16, chars: &[u8]) -> Vec<u8> {
    let mut data = [row.to_le_bytes(), col.to_le_bytes(), [0, 0]].concat();
    data.extend((chars.len() as u16).to_le_bytes());
    data.push(0);
    data.extend(chars);
    record(0x0204, &data)
}

/// A LABEL of 9,000 characters whose last 1,000 are in a CONTINUE record.
fn continued_label() -> Vec<u8> {
    let whole: Vec<u8> = (0..9000).map(|i| b'a' + (i % 26) as u8).collect();
    let (head, tail) = whole.split_at(8000);
    let mut data = vec![0, 0, 0, 0, 0, 0];
    data.extend((whole.len() as u16).to_le_bytes());
    data.push(0);
    data.extend(head);
    let mut cont = vec![0u8];
    cont.extend(tail);
    [record(0x0204, &data), record(0x003C, &cont)].concat()
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
    let globals = bof.len() + boundsheet(0).len() + eof.len();
    let mut out = [bof, boundsheet(globals as u32), eof.clone(), sheet_bof].concat();
    out.extend(body.concat());
    out.extend(eof);
    out
}

/// An OLE2 container with `stream` as its Workbook, optionally with an
/// embedded Word document's storage beside it.
fn xls(stream: &[u8], embedded_word: bool) -> Result<Vec<u8>> {
    let mut file =
        cfb::CompoundFile::create_with_version(cfb::Version::V3, Cursor::new(Vec::new()))?;
    file.create_stream("/Workbook")?.write_all(stream)?;
    if embedded_word {
        file.create_storage("/MBD00000001")?;
        file.create_stream("/MBD00000001/WordDocument")?
            .write_all(&[0xEC, 0xA5, 0xC1, 0x00])?;
    }
    file.flush()?;
    Ok(file.into_inner().into_inner())
}

/// An .ods with cells at A1 and CU1000000 (1 KB; calamine alone would lay
/// out a hundred million cells).
fn far_ods() -> Result<Vec<u8>> {
    let cell =
        r#"<table:table-cell office:value-type="string"><text:p>x</text:p></table:table-cell>"#;
    let body = format!(
        r#"<table:table table:name="Kaukana"><table:table-row>{cell}</table:table-row><table:table-row table:number-rows-repeated="999998"><table:table-cell table:number-columns-repeated="1024"/></table:table-row><table:table-row><table:table-cell table:number-columns-repeated="98"/>{cell}</table:table-row></table:table>"#
    );
    let mut zip = zip::ZipWriter::new(Cursor::new(Vec::new()));
    let stored =
        zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Stored);
    let deflated = zip::write::SimpleFileOptions::default();
    zip.start_file("mimetype", stored)?;
    zip.write_all(b"application/vnd.oasis.opendocument.spreadsheet")?;
    zip.start_file("META-INF/manifest.xml", deflated)?;
    zip.write_all(br#"<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2"><manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/><manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>"#)?;
    zip.start_file("content.xml", deflated)?;
    write!(
        zip,
        r#"<?xml version="1.0" encoding="UTF-8"?><office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2"><office:body><office:spreadsheet>{body}</office:spreadsheet></office:body></office:document-content>"#
    )?;
    Ok(zip.finish()?.into_inner())
}

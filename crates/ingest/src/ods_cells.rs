//! The cells of an .ods read sparsely, for a file whose tables calamine
//! would lay out as a grid larger than [`crate::Limits::max_grid_cells`]
//! (a value at A1 and one at CU1000000): a sheet is limited by the cells it
//! has, not by its area (issue 22). Values read as calamine reads them:
//! numbers, ISO dates and times as written, booleans, and the text of the
//! cell's paragraphs.
use crate::sheets::{CellBudget, CutBy};
use crate::workbook::{Cell, Sheet, Value};
use quick_xml::Reader;
use quick_xml::events::{BytesStart, Event};
use std::io::{BufReader, Cursor, Read};

/// The tables of `bytes` (an .ods), each up to the sheet's limit and all
/// together up to the file's (`budget`); with the cells past it counted
/// per sheet, and the limit they met. `None` when content.xml cannot be
/// read.
pub(crate) fn read(
    bytes: &[u8],
    max_bytes: u64,
    mut budget: CellBudget,
) -> Option<Vec<(Sheet, u64, CutBy)>> {
    let mut archive = zip::ZipArchive::new(Cursor::new(bytes)).ok()?;
    let content = archive.by_name("content.xml").ok()?;
    let mut reader = Reader::from_reader(BufReader::new(content.take(max_bytes)));
    let mut buf = Vec::new();
    let mut sheets: Vec<(Sheet, u64, CutBy)> = Vec::new();
    // The cells the table being read may still have.
    let mut left = 0usize;
    let (mut row, mut col, mut row_repeats) = (0u64, 0u64, 1u64);
    // The cell being read: its value type and attributes, its repeats, and
    // its text so far (paragraphs, and whether one is open).
    let mut cell: Option<OpenCell> = None;
    let mut annotation = 0usize;
    loop {
        let event = reader.read_event_into(&mut buf).ok()?;
        let empty = matches!(event, Event::Empty(_));
        match event {
            Event::Eof => break,
            Event::Start(e) | Event::Empty(e) if e.name().as_ref() == "table:table" => {
                let name = attr(&e, "table:name").unwrap_or_default();
                if let Some((sheet, _, _)) = sheets.last() {
                    budget.spend(sheet.cells.len());
                }
                let by;
                (left, by) = budget.next_sheet();
                sheets.push((
                    Sheet {
                        name,
                        cells: Vec::new(),
                    },
                    0,
                    by,
                ));
                (row, col, row_repeats) = (0, 0, 1);
            }
            Event::Start(e) if e.name().as_ref() == "table:table-row" => {
                row_repeats = repeats(&e, "table:number-rows-repeated");
                col = 0;
            }
            Event::Empty(e) if e.name().as_ref() == "table:table-row" => {
                row += repeats(&e, "table:number-rows-repeated");
            }
            Event::End(e) if e.name().as_ref() == "table:table-row" => {
                row += row_repeats;
                row_repeats = 1;
            }
            Event::Start(e) | Event::Empty(e) if is_cell(&e) => {
                let open = OpenCell::new(&e);
                if empty {
                    let cols = open.cols;
                    if let Some((sheet, rest, _)) = sheets.last_mut() {
                        open.finish(row, col, row_repeats, sheet, rest, &mut left);
                    }
                    col += cols;
                } else {
                    cell = Some(open);
                }
            }
            Event::End(e) if is_cell_name(e.name().as_ref()) => {
                if let Some(open) = cell.take() {
                    let cols = open.cols;
                    if let Some((sheet, rest, _)) = sheets.last_mut() {
                        open.finish(row, col, row_repeats, sheet, rest, &mut left);
                    }
                    col += cols;
                }
            }
            Event::Start(e) if e.name().as_ref() == "office:annotation" => annotation += 1,
            Event::End(e) if e.name().as_ref() == "office:annotation" => {
                annotation = annotation.saturating_sub(1)
            }
            _ if annotation > 0 => {}
            Event::Start(e) if e.name().as_ref() == "text:p" => {
                if let Some(open) = &mut cell {
                    open.paragraphs.push(String::new());
                }
            }
            Event::Empty(e) => {
                if let Some(open) = &mut cell {
                    let text = match e.name().as_ref() {
                        "text:s" => " ".repeat(repeats(&e, "text:c").min(1000) as usize),
                        "text:tab" => "\t".into(),
                        "text:line-break" => "\n".into(),
                        _ => String::new(),
                    };
                    open.push(&text);
                }
            }
            Event::Text(t) => {
                if let Some(open) = &mut cell {
                    let text = t.xml10_content();
                    open.push(&text);
                }
            }
            Event::GeneralRef(r) => {
                if let Some(open) = &mut cell {
                    let name: &str = r.as_ref();
                    let text = match name {
                        "amp" => "&".to_string(),
                        "lt" => "<".to_string(),
                        "gt" => ">".to_string(),
                        "quot" => "\"".to_string(),
                        "apos" => "'".to_string(),
                        other => character(other).map(String::from).unwrap_or_default(),
                    };
                    open.push(&text);
                }
            }
            _ => {}
        }
        buf.clear();
    }
    for (sheet, _, _) in &mut sheets {
        sheet.cells.sort_by_key(|c| (c.row, c.col));
    }
    Some(sheets)
}

/// A cell whose end is still to come.
struct OpenCell {
    kind: Option<String>,
    value: Option<String>,
    cols: u64,
    paragraphs: Vec<String>,
}

impl OpenCell {
    fn new(e: &BytesStart<'_>) -> Self {
        let kind = attr(e, "office:value-type");
        let value = match kind.as_deref() {
            Some("float" | "percentage" | "currency") => attr(e, "office:value"),
            Some("date") => attr(e, "office:date-value"),
            Some("time") => attr(e, "office:time-value"),
            Some("boolean") => attr(e, "office:boolean-value"),
            _ => None,
        };
        OpenCell {
            kind,
            value,
            cols: repeats(e, "table:number-columns-repeated"),
            paragraphs: Vec::new(),
        }
    }

    fn push(&mut self, text: &str) {
        match self.paragraphs.last_mut() {
            Some(last) => last.push_str(text),
            None => self.paragraphs.push(text.to_string()),
        }
    }

    /// The cell's value, as calamine reads it.
    fn value(&self) -> Option<Value> {
        let text = || self.paragraphs.join("\n");
        let value = match (self.kind.as_deref(), &self.value) {
            (Some("float" | "percentage" | "currency"), Some(v)) => match v.trim().parse() {
                Ok(n) => Value::Number(n),
                Err(_) => Value::Text(text()),
            },
            (Some("date" | "time"), Some(v)) => Value::Iso(v.trim().to_string()),
            (Some("boolean"), Some(v)) => Value::Bool(v.trim() == "true"),
            _ => Value::Text(text()),
        };
        match &value {
            Value::Text(t) if t.trim().is_empty() => None,
            _ => Some(value),
        }
    }

    /// Adds the cell (and its repeats across and down) to `sheet` while
    /// the budget lasts; the rest are counted.
    fn finish(
        self,
        row: u64,
        col: u64,
        row_repeats: u64,
        sheet: &mut Sheet,
        rest: &mut u64,
        budget: &mut usize,
    ) {
        let Some(value) = self.value() else { return };
        let total = row_repeats.saturating_mul(self.cols);
        let take = total.min(*budget as u64);
        *rest += total - take;
        *budget -= take as usize;
        for i in 0..take {
            let (r, c) = (row + i / self.cols, col + i % self.cols);
            if let (Ok(r), Ok(c)) = (u32::try_from(r), u32::try_from(c)) {
                sheet.cells.push(Cell {
                    row: r,
                    col: c,
                    value: value.clone(),
                });
            }
        }
    }
}

/// A numeric character reference's character ("#10", "#x20AC").
fn character(reference: &str) -> Option<char> {
    let number = reference.strip_prefix('#')?;
    let code = match number.strip_prefix(['x', 'X']) {
        Some(hex) => u32::from_str_radix(hex, 16).ok()?,
        None => number.parse().ok()?,
    };
    char::from_u32(code)
}

fn is_cell(e: &BytesStart<'_>) -> bool {
    is_cell_name(e.name().as_ref())
}

fn is_cell_name(name: &str) -> bool {
    matches!(name, "table:table-cell" | "table:covered-table-cell")
}

fn attr(e: &BytesStart<'_>, name: &str) -> Option<String> {
    let value = e.try_get_attribute(name).ok()??;
    Some(value.value.into_owned())
}

/// A repeat count, as calamine caps it (rows at 1,048,576, columns at
/// 16,384 and below).
fn repeats(e: &BytesStart<'_>, name: &str) -> u64 {
    attr(e, name)
        .and_then(|v| v.trim().parse::<u64>().ok())
        .unwrap_or(1)
        .clamp(1, 1 << 20)
}

#[cfg(test)]
mod tests {
    use crate::sheets::CutBy;
    use crate::{Limits, Value, read_bytes};
    use std::io::{Cursor, Write};

    /// An .ods zip of `content` (the body inside office:spreadsheet).
    fn ods(content: &str) -> Vec<u8> {
        let mut zip = zip::ZipWriter::new(Cursor::new(Vec::new()));
        let stored = zip::write::SimpleFileOptions::default()
            .compression_method(zip::CompressionMethod::Stored);
        zip.start_file("mimetype", stored).expect("entry");
        zip.write_all(b"application/vnd.oasis.opendocument.spreadsheet")
            .expect("write");
        zip.start_file(
            "META-INF/manifest.xml",
            zip::write::SimpleFileOptions::default(),
        )
        .expect("entry");
        zip.write_all(br#"<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2"><manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/><manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>"#).expect("write");
        zip.start_file("content.xml", zip::write::SimpleFileOptions::default())
            .expect("entry");
        write!(
            zip,
            r#"<?xml version="1.0" encoding="UTF-8"?><office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2"><office:body><office:spreadsheet>{content}</office:spreadsheet></office:body></office:document-content>"#
        )
        .expect("write");
        zip.finish().expect("zip").into_inner()
    }

    /// A file's cell budget: `sheet` cells a sheet, `file` in all.
    fn budget(sheet: usize, file: usize) -> crate::sheets::CellBudget {
        crate::sheets::CellBudget::new(&Limits {
            max_cells: sheet,
            max_file_cells: file,
            ..Limits::default()
        })
    }

    /// The cells of a sheet as (row, col, text).
    fn cells(workbook: &crate::Workbook, sheet: usize) -> Vec<(u32, u32, String)> {
        workbook.sheets[sheet]
            .cells
            .iter()
            .map(|c| (c.row, c.col, c.value.text()))
            .collect()
    }

    const VALUES: &str = concat!(
        r#"<table:table-row>"#,
        r#"<table:table-cell office:value-type="float" office:value="-12.5"><text:p>-12,5</text:p></table:table-cell>"#,
        r#"<table:table-cell office:value-type="date" office:date-value="2024-05-03"><text:p>3.5.2024</text:p></table:table-cell>"#,
        r#"<table:table-cell office:value-type="boolean" office:boolean-value="true"><text:p>TOSI</text:p></table:table-cell>"#,
        r#"<table:table-cell office:value-type="string"><text:p>Kaksi<text:s text:c="2"/>väliä &amp; rivi</text:p><text:p>toinen</text:p></table:table-cell>"#,
        r#"</table:table-row>"#,
    );

    /// Issue 22: an .ods with cells far apart (A1 and CU1000000) is read
    /// cell by cell, values as calamine reads them, not refused for its
    /// area.
    #[test]
    fn a_sparse_ods_is_read_by_its_cells_not_its_area() {
        let far = format!(
            r#"<table:table table:name="Kaukana">{VALUES}<table:table-row table:number-rows-repeated="999998"><table:table-cell table:number-columns-repeated="1024"/></table:table-row><table:table-row><table:table-cell table:number-columns-repeated="98"/><table:table-cell office:value-type="string"><text:p>loppu</text:p></table:table-cell></table:table-row></table:table>"#
        );
        let workbook = read_bytes(ods(&far), "kaukana.ods", &Limits::default()).expect("read");
        assert_eq!(
            cells(&workbook, 0),
            [
                (0, 0, "-12.5".to_string()),
                (0, 1, "2024-05-03".to_string()),
                (0, 2, "TRUE".to_string()),
                (0, 3, "Kaksi  väliä & rivi\ntoinen".to_string()),
                (999_999, 98, "loppu".to_string()),
            ]
        );
        assert_eq!(workbook.sheets[0].cells[0].value, Value::Number(-12.5));
        assert!(workbook.cut.is_empty());

        // The same values near each other read alike through calamine.
        let near = format!(r#"<table:table table:name="Lähellä">{VALUES}</table:table>"#);
        let workbook = read_bytes(ods(&near), "lahella.ods", &Limits::default()).expect("read");
        let through_calamine = cells(&workbook, 0);
        let sparse = super::read(&ods(&near), u64::MAX, budget(100, 100)).expect("read");
        let sparse: Vec<(u32, u32, String)> = sparse[0]
            .0
            .cells
            .iter()
            .map(|c| (c.row, c.col, c.value.text()))
            .collect();
        assert_eq!(sparse, through_calamine);
    }

    #[test]
    fn repeated_cells_past_the_limit_are_counted_not_read() {
        let repeated = r#"<table:table table:name="Toisto"><table:table-row table:number-rows-repeated="1048576"><table:table-cell table:number-columns-repeated="16384" office:value-type="float" office:value="1"/></table:table-row></table:table>"#;
        let read = super::read(&ods(repeated), u64::MAX, budget(10, 15)).expect("read");
        assert_eq!(read[0].0.cells.len(), 10);
        assert_eq!(read[0].1, 1_048_576 * 16_384 - 10);
    }

    /// Each table of a sparse .ods has its own cell limit; the file's
    /// counts the cells of later tables past it.
    #[test]
    fn each_table_has_its_own_limit_within_the_files() {
        let table = |name: &str| {
            format!(
                r#"<table:table table:name="{name}"><table:table-row table:number-rows-repeated="3"><table:table-cell table:number-columns-repeated="2" office:value-type="float" office:value="1"/></table:table-row></table:table>"#
            )
        };
        let content = [table("A"), table("B"), table("C")].concat();
        let read = super::read(&ods(&content), u64::MAX, budget(4, 10)).expect("read");
        let got: Vec<(&str, usize, u64, CutBy)> = read
            .iter()
            .map(|(sheet, rest, by)| (sheet.name.as_str(), sheet.cells.len(), *rest, *by))
            .collect();
        let file = CutBy::File { max: 10 };
        assert_eq!(
            got,
            [
                ("A", 4, 2, CutBy::Sheet),
                ("B", 4, 2, CutBy::Sheet),
                ("C", 2, 4, file)
            ]
        );
    }
}

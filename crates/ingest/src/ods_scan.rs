//! A look at an .ods file's content before calamine opens it.
//!
//! calamine reads every table of an .ods when it is opened and lays each
//! out as a grid from its first to its last non-empty cell, repeating rows
//! and columns as `number-rows-repeated` / `number-columns-repeated` say:
//! cells at A1 and CU1000000 are a hundred million grid cells (several
//! gigabytes). This scan streams content.xml, counting repeats instead of
//! expanding them, to measure that area before anything is allocated.
use crate::biff::SheetExtent;
use quick_xml::Reader;
use quick_xml::events::{BytesStart, Event};
use std::io::{BufReader, Cursor, Read};

/// The tables of `bytes` (an .ods) with the area calamine would lay out;
/// `None` when content.xml cannot be read (calamine will say why).
pub(crate) fn extents(bytes: &[u8], max_bytes: u64) -> Option<Vec<SheetExtent>> {
    let mut archive = zip::ZipArchive::new(Cursor::new(bytes)).ok()?;
    let content = archive.by_name("content.xml").ok()?;
    let mut reader = Reader::from_reader(BufReader::new(content.take(max_bytes)));
    let mut buf = Vec::new();
    let mut tables = Vec::new();
    let mut table: Option<Table> = None;
    loop {
        let event = reader.read_event_into(&mut buf).ok()?;
        let started = matches!(event, Event::Start(_));
        match event {
            Event::Eof => break,
            Event::Start(e) | Event::Empty(e) if e.name().as_ref() == "table:table" => {
                table = Some(Table::new(attr(&e, "table:name").unwrap_or_default()));
            }
            Event::End(e) if e.name().as_ref() == "table:table" => {
                tables.extend(table.take().map(Table::extent));
            }
            Event::Start(e) if e.name().as_ref() == "table:table-row" => {
                if let Some(t) = &mut table {
                    t.row_repeats = repeats(&e, "table:number-rows-repeated");
                    t.col = 0;
                }
            }
            Event::Empty(e) if e.name().as_ref() == "table:table-row" => {
                if let Some(t) = &mut table {
                    t.row += repeats(&e, "table:number-rows-repeated");
                }
            }
            Event::End(e) if e.name().as_ref() == "table:table-row" => {
                if let Some(t) = &mut table {
                    t.row += t.row_repeats;
                    t.row_repeats = 1;
                }
            }
            Event::Start(e) | Event::Empty(e) if is_cell(&e) => {
                let filled = started
                    || attr(&e, "office:value-type").is_some()
                    || attr(&e, "table:formula").is_some();
                let cols = repeats(&e, "table:number-columns-repeated");
                if let Some(t) = &mut table {
                    if filled {
                        t.include(cols);
                    }
                    t.col += cols;
                }
            }
            _ => {}
        }
        buf.clear();
    }
    Some(tables)
}

fn is_cell(e: &BytesStart<'_>) -> bool {
    matches!(
        e.name().as_ref(),
        "table:table-cell" | "table:covered-table-cell"
    )
}

fn attr(e: &BytesStart<'_>, name: &str) -> Option<String> {
    let value = e.try_get_attribute(name).ok()??;
    Some(value.value.into_owned())
}

/// A repeat count; calamine caps rows at 1,048,576 and columns at 16,384.
fn repeats(e: &BytesStart<'_>, name: &str) -> u64 {
    attr(e, name)
        .and_then(|v| v.trim().parse::<u64>().ok())
        .unwrap_or(1)
        .clamp(1, 1 << 20)
}

/// One table being scanned.
struct Table {
    name: String,
    row: u64,
    row_repeats: u64,
    col: u64,
    bounds: Option<(u64, u64, u64, u64)>,
}

impl Table {
    fn new(name: String) -> Self {
        Table {
            name,
            row: 0,
            row_repeats: 1,
            col: 0,
            bounds: None,
        }
    }

    /// A filled cell at the current place, repeated `cols` times (and the
    /// row's repeats down).
    fn include(&mut self, cols: u64) {
        let (r0, r1) = (self.row, self.row + self.row_repeats - 1);
        let (c0, c1) = (self.col, self.col + cols - 1);
        let b = self.bounds.get_or_insert((r0, r1, c0, c1));
        *b = (b.0.min(r0), b.1.max(r1), b.2.min(c0), b.3.max(c1));
    }

    fn extent(self) -> SheetExtent {
        let (rows, cols) = self
            .bounds
            .map_or((0, 0), |(r0, r1, c0, c1)| (r1 - r0 + 1, c1 - c0 + 1));
        SheetExtent {
            name: self.name,
            rows,
            cols,
            ..SheetExtent::default()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;

    /// An .ods zip of `content` (the body inside office:spreadsheet).
    pub(crate) fn ods(content: &str) -> Vec<u8> {
        let mut zip = zip::ZipWriter::new(Cursor::new(Vec::new()));
        let stored = zip::write::SimpleFileOptions::default()
            .compression_method(zip::CompressionMethod::Stored);
        zip.start_file("mimetype", stored).expect("entry");
        zip.write_all(b"application/vnd.oasis.opendocument.spreadsheet")
            .expect("write");
        zip.start_file("content.xml", zip::write::SimpleFileOptions::default())
            .expect("entry");
        write!(
            zip,
            r#"<?xml version="1.0" encoding="UTF-8"?><office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2"><office:body><office:spreadsheet>{content}</office:spreadsheet></office:body></office:document-content>"#
        )
        .expect("write");
        zip.finish().expect("zip").into_inner()
    }

    const CELL: &str =
        r#"<table:table-cell office:value-type="string"><text:p>x</text:p></table:table-cell>"#;

    #[test]
    fn repeats_are_counted_not_expanded() {
        let far = format!(
            r#"<table:table table:name="Kaukana"><table:table-row>{CELL}</table:table-row><table:table-row table:number-rows-repeated="999998"><table:table-cell table:number-columns-repeated="1024"/></table:table-row><table:table-row><table:table-cell table:number-columns-repeated="98"/>{CELL}</table:table-row></table:table>"#
        );
        let sheets = extents(&ods(&far), u64::MAX).expect("scanned");
        assert_eq!(sheets[0].name, "Kaukana");
        assert_eq!((sheets[0].rows, sheets[0].cols), (1_000_000, 99));
        let near = format!(
            r#"<table:table table:name="A"><table:table-row><table:table-cell/>{CELL}</table:table-row></table:table>"#
        );
        let sheets = extents(&ods(&near), u64::MAX).expect("scanned");
        assert_eq!(sheets[0].area(), 1);
    }
}

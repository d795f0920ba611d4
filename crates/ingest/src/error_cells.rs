//! Error values calamine 0.38 does not know (`#SPILL!`, `#CALC!`,
//! `#BLOCKED!`, `#FIELD!` … of newer Excel versions) make it refuse the
//! whole sheet ("Unsupported cell error value"). Such a package is read
//! again with every error cell of its worksheets typed as text (`t="str"`):
//! the cached value is kept as written, and the sheet is read.
use std::io::{Cursor, Read, Write};

/// True when `err` is calamine refusing a sheet for an error value it
/// does not know.
pub(crate) fn is_unknown_error_value(err: &crate::ReadError) -> bool {
    matches!(
        err,
        crate::ReadError::Sheet {
            source: calamine::Error::Xlsx(calamine::XlsxError::CellError(_)),
            ..
        }
    )
}

/// The package with the error cells of its worksheets typed as text;
/// `None` when it has none or cannot be rewritten. `max_bytes` bounds each
/// part read.
pub(crate) fn errors_as_text(bytes: &[u8], max_bytes: u64) -> Option<Vec<u8>> {
    let mut archive = zip::ZipArchive::new(Cursor::new(bytes)).ok()?;
    let mut out = zip::ZipWriter::new(Cursor::new(Vec::with_capacity(bytes.len())));
    let mut changed = false;
    for i in 0..archive.len() {
        let name = archive.by_index_raw(i).ok()?.name().ok()?.to_string();
        let lower = name.to_ascii_lowercase();
        if lower.starts_with("xl/worksheets/") && lower.ends_with(".xml") {
            let mut xml = String::new();
            archive
                .by_index(i)
                .ok()?
                .take(max_bytes)
                .read_to_string(&mut xml)
                .ok()?;
            let rewritten = as_text(&xml);
            changed |= rewritten != xml;
            out.start_file(name, zip::write::SimpleFileOptions::default())
                .ok()?;
            out.write_all(rewritten.as_bytes()).ok()?;
        } else {
            out.raw_copy_file(archive.by_index_raw(i).ok()?).ok()?;
        }
    }
    let bytes = out.finish().ok()?.into_inner();
    changed.then_some(bytes)
}

/// A sheet's XML with its error cells' type attribute made text.
fn as_text(xml: &str) -> String {
    xml.replace(" t=\"e\"", " t=\"str\"")
        .replace(" t='e'", " t='str'")
}

#[cfg(test)]
mod tests {
    use crate::{Limits, read_bytes};
    use std::io::{Cursor, Read, Write};

    /// An .xlsx (made by rust_xlsxwriter) whose sheet gets `row` added.
    fn with_row(row: &str) -> Vec<u8> {
        let mut book = rust_xlsxwriter::Workbook::new();
        book.add_worksheet()
            .write_string(0, 0, "Alku")
            .expect("write");
        let bytes = book.save_to_buffer().expect("save");
        let mut archive = zip::ZipArchive::new(Cursor::new(bytes)).expect("zip");
        let mut out = zip::ZipWriter::new(Cursor::new(Vec::new()));
        for i in 0..archive.len() {
            let mut entry = archive.by_index(i).expect("entry");
            let name = entry.name().expect("name").to_string();
            let mut data = Vec::new();
            entry.read_to_end(&mut data).expect("read");
            if name == "xl/worksheets/sheet1.xml" {
                data = String::from_utf8(data)
                    .expect("xml")
                    .replace("</sheetData>", &format!("{row}</sheetData>"))
                    .into_bytes();
            }
            out.start_file(name, zip::write::SimpleFileOptions::default())
                .expect("start");
            out.write_all(&data).expect("write");
        }
        out.finish().expect("zip").into_inner()
    }

    #[test]
    fn error_values_of_newer_excel_versions_are_kept_as_written() {
        let bytes = with_row(
            r#"<row r="3"><c r="A3" t="e"><f>SEQUENCE(2)</f><v>#SPILL!</v></c><c r="B3" t="e"><v>#CALC!</v></c><c r="C3" t="e"><v>#N/A</v></c></row>"#,
        );
        let workbook = read_bytes(bytes, "uusi.xlsx", &Limits::default()).expect("read");
        let texts: Vec<String> = workbook.sheets[0]
            .cells
            .iter()
            .map(|c| c.value.text())
            .collect();
        assert_eq!(texts, ["Alku", "#SPILL!", "#CALC!", "#N/A"]);
    }
}

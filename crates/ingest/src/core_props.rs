//! The modified time an Office Open XML package records, read straight
//! from its `docProps/core.xml`.

use std::io::Read;

/// The largest `docProps/core.xml` read for its modified time; the file is
/// a dozen short elements.
const CORE_XML_MAX_BYTES: u64 = 64 * 1024;

/// The modified time an Office Open XML package records in
/// `docProps/core.xml` (`<dcterms:modified>`), as written.
///
/// Read straight from the zip: calamine's `workbook_properties` also
/// inflates and parses app.xml and custom.xml, a twentieth of reading a
/// response, for this one value.
#[cfg(test)]
pub(crate) fn core_modified(bytes: &[u8]) -> Option<String> {
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(bytes)).ok()?;
    core_modified_in(&mut archive)
}

/// [`core_modified`] of a package already opened (by `crate::sniff`):
/// its directory is not parsed a second time.
pub(crate) fn core_modified_in(archive: &mut crate::sniff::SniffedZip<'_>) -> Option<String> {
    let entry = archive.by_name("docProps/core.xml").ok()?;
    if entry.size() > CORE_XML_MAX_BYTES {
        return None;
    }
    let mut xml = String::new();
    entry
        .take(CORE_XML_MAX_BYTES)
        .read_to_string(&mut xml)
        .ok()?;
    modified_element(&xml)
}

/// The text of the first element named `modified` in any namespace.
fn modified_element(xml: &str) -> Option<String> {
    xml.split('<').skip(1).find_map(|segment| {
        let (tag, text) = segment.split_once('>')?;
        let name = tag.split_whitespace().next()?;
        let opening = !name.starts_with(['/', '?', '!']) && !tag.ends_with('/');
        let text = text.trim();
        (opening && name.rsplit(':').next() == Some("modified") && !text.is_empty())
            .then(|| text.to_string())
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Cursor;
    use crate::sniff::Limits;
    use crate::workbook::read_bytes;

    #[test]
    fn modified_is_read_from_core_properties_as_written() {
        let excel = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><cp:lastModifiedBy>Sihteeri</cp:lastModifiedBy><dcterms:created xsi:type="dcterms:W3CDTF">2024-01-02T08:00:00Z</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">2024-03-01T10:15:00Z</dcterms:modified></cp:coreProperties>"#;
        assert_eq!(
            modified_element(excel).as_deref(),
            Some("2024-03-01T10:15:00Z")
        );
        assert_eq!(
            modified_element("<modified>\n 2024-05-06T07:08:09Z </modified>").as_deref(),
            Some("2024-05-06T07:08:09Z")
        );
        for none in [
            "",
            "<cp:coreProperties/>",
            "<dcterms:modified/>",
            "<dcterms:modified></dcterms:modified>",
            "<cp:lastModifiedBy>x</cp:lastModifiedBy>",
            "</dcterms:modified>2024",
        ] {
            assert_eq!(modified_element(none), None, "{none}");
        }
    }

    /// An xlsx with a modified time, made by rust_xlsxwriter as Excel would.
    fn dated_xlsx() -> Vec<u8> {
        let mut book = rust_xlsxwriter::Workbook::new();
        book.add_worksheet().write_string(0, 0, "x").expect("write");
        let when = rust_xlsxwriter::ExcelDateTime::from_ymd(2024, 3, 1).expect("date");
        book.set_properties(&rust_xlsxwriter::DocProperties::new().set_creation_datetime(&when));
        book.save_to_buffer().expect("save")
    }

    /// The shortcut must agree with calamine's own reading of the
    /// properties on real files.
    #[test]
    fn core_modified_agrees_with_calamine() {
        let bytes = dated_xlsx();
        let ours = core_modified(&bytes);
        let mut xlsx: calamine::Xlsx<_> =
            calamine::open_workbook_from_rs(Cursor::new(bytes)).expect("open");
        let theirs = xlsx.workbook_properties().expect("properties").modified;
        assert!(ours.is_some());
        assert_eq!(ours, theirs);
    }

    /// A core.xml named in other letters is missed by the shortcut and
    /// found by calamine, whose reading is the fallback.
    #[test]
    fn modified_time_of_a_differently_named_core_xml_is_still_read() {
        let bytes = dated_xlsx();
        let mut source = zip::ZipArchive::new(Cursor::new(&bytes[..])).expect("zip");
        let mut renamed = zip::ZipWriter::new(Cursor::new(Vec::new()));
        for i in 0..source.len() {
            let entry = source.by_index_raw(i).expect("entry");
            let name = entry
                .name()
                .expect("name")
                .replace("docProps/core.xml", "DOCPROPS/CORE.XML");
            renamed.raw_copy_file_rename(entry, name).expect("copy");
        }
        let renamed = renamed.finish().expect("finish").into_inner();
        assert_eq!(core_modified(&renamed), None);
        let workbook = read_bytes(renamed, "renamed.xlsx", &Limits::default()).expect("read");
        assert_eq!(
            workbook.modified,
            core_modified(&bytes).and_then(|t| t.parse().ok())
        );
        assert!(workbook.modified.is_some());
    }
}

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
    if let Some(xml) = inflated_core_xml(archive) {
        return modified_element(&xml);
    }
    // Whatever the shortcut does not take (stored, encrypted, damaged or
    // odd) is read as before, by zip's own reader.
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

thread_local! {
    /// One inflater per thread, reset for each file: setting up a new one
    /// (its state and window) cost more than inflating the part's 1 kB.
    static INFLATER: std::cell::RefCell<flate2::Decompress> =
        std::cell::RefCell::new(flate2::Decompress::new(false));
}

/// `docProps/core.xml` inflated with this thread's inflater, when it is
/// deflated, not encrypted, and inflates in one go to exactly its
/// declared size with its declared CRC-32 and as UTF-8: then it is the
/// text zip's reader gives. `None` for anything else, which is left to
/// zip's reader (its errors included).
fn inflated_core_xml(archive: &mut crate::sniff::SniffedZip<'_>) -> Option<String> {
    let mut entry = archive.by_name_raw(b"docProps/core.xml").ok()?;
    let deflated = entry.compression() == zip::CompressionMethod::Deflated;
    if !deflated
        || entry.encrypted()
        || entry.size() > CORE_XML_MAX_BYTES
        || entry.compressed_size() > CORE_XML_MAX_BYTES
    {
        return None;
    }
    let (size, crc32) = (entry.size() as usize, entry.crc32());
    let mut packed = Vec::with_capacity(entry.compressed_size() as usize);
    entry.read_to_end(&mut packed).ok()?;
    let xml = inflated(&packed, size)?;
    let mut crc = flate2::Crc::new();
    crc.update(&xml);
    if crc.sum() != crc32 {
        return None;
    }
    String::from_utf8(xml).ok()
}

/// The raw deflate stream `packed` inflated with this thread's inflater,
/// when it ends after exactly `size` bytes; `None` for anything else.
pub(crate) fn inflated(packed: &[u8], size: usize) -> Option<Vec<u8>> {
    let mut data = vec![0; size];
    let done = INFLATER.with(|inflater| {
        let mut inflater = inflater.borrow_mut();
        inflater.reset(false);
        let status = inflater.decompress(packed, &mut data, flate2::FlushDecompress::Finish);
        matches!(status, Ok(flate2::Status::StreamEnd)) && inflater.total_out() == size as u64
    });
    done.then_some(data)
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
    use crate::sniff::Limits;
    use crate::workbook::read_bytes;
    use std::io::Cursor;

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

    /// The per-thread inflater gives the text zip's own reader gives, file
    /// after file; a stored (not deflated) part is left to zip's reader.
    #[test]
    fn the_kept_inflater_reads_core_xml_as_zip_does() {
        for bytes in [dated_xlsx(), dated_xlsx()] {
            let mut archive = zip::ZipArchive::new(Cursor::new(&bytes[..])).expect("zip");
            let ours = inflated_core_xml(&mut archive).expect("deflated core.xml");
            let mut theirs = String::new();
            archive
                .by_name("docProps/core.xml")
                .expect("core.xml")
                .read_to_string(&mut theirs)
                .expect("read");
            assert_eq!(ours, theirs);
        }
        let mut stored = zip::ZipWriter::new(Cursor::new(Vec::new()));
        let options = zip::write::SimpleFileOptions::default()
            .compression_method(zip::CompressionMethod::Stored);
        stored
            .start_file("docProps/core.xml", options)
            .expect("start");
        std::io::Write::write_all(
            &mut stored,
            b"<dcterms:modified>2024-03-01T10:15:00Z</dcterms:modified>",
        )
        .expect("write");
        let stored = stored.finish().expect("finish").into_inner();
        let mut archive = zip::ZipArchive::new(Cursor::new(&stored[..])).expect("zip");
        assert_eq!(inflated_core_xml(&mut archive), None);
        assert_eq!(
            core_modified(&stored).as_deref(),
            Some("2024-03-01T10:15:00Z")
        );
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

//! Two settings rust_xlsxwriter does not write, set in the saved package:
//! the workbook's structure is protected (no password, as the sheets: a
//! unit cannot delete, rename or unhide sheets by accident), and the
//! measure rows keep their estimated height without Excel's "custom
//! height" flag, so Excel grows a row while a long answer is typed and
//! LibreOffice fits it when the file is opened.
use std::collections::BTreeSet;
use std::io::{Cursor, Read, Write};
use zip::write::SimpleFileOptions;

/// Why the saved workbook could not be finished.
pub type PackageError = zip::result::ZipError;

/// The package `bytes` with the structure protected and the rows `rows`
/// (0-based) of the sheet part `sheet_part` left to grow with their text.
pub(crate) fn finish(
    bytes: Vec<u8>,
    sheet_part: &str,
    rows: &BTreeSet<u32>,
) -> Result<Vec<u8>, PackageError> {
    let mut archive = zip::ZipArchive::new(Cursor::new(bytes))?;
    // Fixed times keep the committed templates reproducible byte for byte.
    let options = SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated)
        .last_modified_time(zip::DateTime::default());
    let mut out = zip::ZipWriter::new(Cursor::new(Vec::new()));
    for i in 0..archive.len() {
        let mut entry = archive.by_index(i)?;
        let name = entry.name()?.to_string();
        let mut data = Vec::new();
        entry.read_to_end(&mut data)?;
        let data = match name.as_str() {
            "xl/workbook.xml" => protect_structure(&String::from_utf8_lossy(&data)).into_bytes(),
            part if part == sheet_part => {
                growing_rows(&String::from_utf8_lossy(&data), rows).into_bytes()
            }
            _ => data,
        };
        out.start_file(name, options)?;
        out.write_all(&data)?;
    }
    Ok(out.finish()?.into_inner())
}

/// `workbook.xml` with `<workbookProtection lockStructure="1"/>` in its
/// place (after `workbookPr`, before `bookViews`).
fn protect_structure(xml: &str) -> String {
    if xml.contains("<workbookProtection") {
        return xml.to_string();
    }
    match xml.find("<bookViews") {
        Some(at) => format!(
            "{}<workbookProtection lockStructure=\"1\"/>{}",
            &xml[..at],
            &xml[at..]
        ),
        None => xml.to_string(),
    }
}

/// The sheet with the custom-height flag taken off the rows `rows`.
fn growing_rows(xml: &str, rows: &BTreeSet<u32>) -> String {
    let mut out = String::with_capacity(xml.len());
    let mut rest = xml;
    while let Some(at) = rest.find("<row ") {
        out.push_str(&rest[..at]);
        let end = rest[at..].find('>').map_or(rest.len(), |e| at + e + 1);
        let tag = &rest[at..end];
        let number = tag
            .split("r=\"")
            .nth(1)
            .and_then(|r| r.split('"').next())
            .and_then(|r| r.parse::<u32>().ok());
        match number {
            Some(n) if n >= 1 && rows.contains(&(n - 1)) => {
                out.push_str(&tag.replace(" customHeight=\"1\"", ""));
            }
            _ => out.push_str(tag),
        }
        rest = &rest[end..];
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_structure_is_protected_once() {
        let xml = "<workbook><workbookPr/><bookViews/></workbook>";
        let once = protect_structure(xml);
        assert_eq!(
            once,
            "<workbook><workbookPr/><workbookProtection lockStructure=\"1\"/><bookViews/></workbook>"
        );
        assert_eq!(protect_structure(&once), once);
    }

    #[test]
    fn only_the_named_rows_lose_their_custom_height() {
        let xml = "<row r=\"1\" ht=\"24\" customHeight=\"1\"><c/></row><row r=\"5\" ht=\"33\" customHeight=\"1\"></row>";
        let rows = BTreeSet::from([4]);
        assert_eq!(
            growing_rows(xml, &rows),
            "<row r=\"1\" ht=\"24\" customHeight=\"1\"><c/></row><row r=\"5\" ht=\"33\"></row>"
        );
    }
}

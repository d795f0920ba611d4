//! Excel 4 macro sheets in .xlsx/.xlsm/.xlsb. calamine knows worksheets,
//! chart sheets and dialog sheets only and refuses the whole workbook at
//! another sheet type ("Unrecognized sheet:type"). The package is handed
//! to it again with each macro sheet's relationship named a dialog sheet,
//! which it lists and koonti skips with a finding (`crate::sheets`): the
//! worksheets are read, nothing is guessed from the macro sheet.
use std::io::{Cursor, Read, Write};

/// The relationship parts that say which part each sheet is.
const RELATIONSHIPS: [&str; 2] = ["xl/_rels/workbook.xml.rels", "xl/_rels/workbook.bin.rels"];

/// The package with its macro sheets' relationships renamed, `None` when
/// it has none (or cannot be rewritten). `max_bytes` bounds the part read.
pub(crate) fn macro_sheets_as_dialogs(bytes: &[u8], max_bytes: u64) -> Option<Vec<u8>> {
    let mut archive = zip::ZipArchive::new(Cursor::new(bytes)).ok()?;
    let mut out = zip::ZipWriter::new(Cursor::new(Vec::with_capacity(bytes.len())));
    let mut renamed = false;
    for i in 0..archive.len() {
        let name = archive.by_index_raw(i).ok()?.name().ok()?.to_string();
        if RELATIONSHIPS.iter().any(|r| r.eq_ignore_ascii_case(&name)) {
            let mut xml = String::new();
            archive
                .by_index(i)
                .ok()?
                .take(max_bytes)
                .read_to_string(&mut xml)
                .ok()?;
            let rewritten = rename(&xml);
            renamed |= rewritten != xml;
            out.start_file(name, zip::write::SimpleFileOptions::default())
                .ok()?;
            out.write_all(rewritten.as_bytes()).ok()?;
        } else if let Some(rest) = macro_part(&name) {
            // The part moves with its renamed target, so that its cells
            // can still be read.
            let entry = archive.by_index_raw(i).ok()?;
            out.raw_copy_file_rename(entry, format!("xl/dialogsheets/{rest}"))
                .ok()?;
        } else {
            out.raw_copy_file(archive.by_index_raw(i).ok()?).ok()?;
        }
    }
    let bytes = out.finish().ok()?.into_inner();
    renamed.then_some(bytes)
}

/// The name of a macro sheet's part inside `xl/macrosheets/`.
fn macro_part(name: &str) -> Option<&str> {
    name.strip_prefix("xl/macrosheets/")
        .filter(|rest| !rest.is_empty())
}

/// Renames macro-sheet relationships: by type in .xlsx (`…/xlMacrosheet`),
/// by target folder in .xlsb (`macrosheets/`).
fn rename(xml: &str) -> String {
    xml.replace("/xlMacrosheet\"", "/dialogsheet\"")
        .replace("/macrosheet\"", "/dialogsheet\"")
        .replace("Target=\"macrosheets/", "Target=\"dialogsheets/")
        .replace("Target=\"/xl/macrosheets/", "Target=\"/xl/dialogsheets/")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn renames_only_macro_sheet_relationships() {
        let xml = r#"<Relationships><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.microsoft.com/office/2006/relationships/xlMacrosheet" Target="macrosheets/sheet1.xml"/></Relationships>"#;
        let renamed = rename(xml);
        assert!(renamed.contains("relationships/worksheet\""));
        assert!(renamed.contains("relationships/dialogsheet\""));
        assert!(!renamed.contains("xlMacrosheet"));
        assert_eq!(rename("<Relationships/>"), "<Relationships/>");
    }
}

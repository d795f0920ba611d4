//! The hidden sheet that keeps the report and its programme as JSON, so
//! `koonti appendix` can start from a consolidated workbook
//! (see docs/json-contract.md).
use koonti_model::{
    EMBEDDED_CHUNK_CHARS, EMBEDDED_REPORT_SHEET, Lang, Programme, Report, StoredReport,
};
use rust_xlsxwriter::{Worksheet, XlsxError};

/// Writes `{"report": …, "programme": …}` ([`StoredReport`], which
/// `koonti_ingest::embedded` reads back) into column A in chunks and hides
/// the sheet. Findings keep their codes' arguments, so they can be worded
/// again in another language.
pub(crate) fn write(
    sheet: &mut Worksheet,
    report: &Report,
    programme: &Programme,
    lang: Lang,
) -> Result<(), XlsxError> {
    sheet.set_name(EMBEDDED_REPORT_SHEET)?;
    // Serialised straight from the borrowed structs: going through
    // `serde_json::Value` first doubled the cost of this sheet.
    let json = StoredReport::to_json(report, programme, lang, koonti_messages::finding_code)
        .map_err(|e| XlsxError::ParameterError(e.to_string()))?;
    for (row, chunk) in chunks(&json, EMBEDDED_CHUNK_CHARS).into_iter().enumerate() {
        sheet.write_string(row as u32, 0, chunk)?;
    }
    sheet.set_hidden(true);
    Ok(())
}

/// Splits `text` into pieces of at most `max` characters, at character
/// boundaries.
fn chunks(text: &str, max: usize) -> Vec<&str> {
    let mut out = Vec::new();
    let mut rest = text;
    while !rest.is_empty() {
        let end = char_end(rest, max);
        out.push(&rest[..end]);
        rest = &rest[end..];
    }
    out
}

/// The byte index after the first `max` characters of `text` (its length
/// when it has no more). Counted on the bytes that start a character
/// rather than by decoding each one: the report's JSON is megabytes.
fn char_end(text: &str, max: usize) -> usize {
    let mut chars = 0;
    for (i, &byte) in text.as_bytes().iter().enumerate() {
        // Not a UTF-8 continuation byte (0b10xx_xxxx): a character starts.
        if (byte as i8) >= -0x40 {
            if chars == max {
                return i;
            }
            chars += 1;
        }
    }
    text.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chunks_split_at_characters() {
        assert_eq!(chunks("ääkkönen", 3), ["ääk", "kön", "en"]);
        assert!(chunks("", 3).is_empty());
        assert_eq!(chunks("abc", 3), ["abc"]);
        assert_eq!(chunks("a€🙂b", 1), ["a", "€", "🙂", "b"]);
        assert_eq!(chunks("a€🙂b", 2), ["a€", "🙂b"]);
    }
}

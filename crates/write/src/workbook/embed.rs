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
/// when it has no more). The report's JSON is megabytes, mostly ASCII:
/// the characters are counted as the bytes that start one, a block at a
/// time (a count the compiler vectorises), rather than decoded one by one.
fn char_end(text: &str, max: usize) -> usize {
    let bytes = text.as_bytes();
    // Not a UTF-8 continuation byte (0b10xx_xxxx): a character starts.
    let starts = |range: &[u8]| range.iter().filter(|&&b| (b as i8) >= -0x40).count();
    let (mut end, mut chars) = (0, 0);
    // Each byte starts at most one character, so the next `max - chars`
    // bytes never hold more than are still wanted.
    while chars < max && end < bytes.len() {
        let next = (end + (max - chars)).min(bytes.len());
        chars += starts(&bytes[end..next]);
        end = next;
    }
    // The last character counted may have continuation bytes left.
    while end < bytes.len() && (bytes[end] as i8) < -0x40 {
        end += 1;
    }
    end
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
        assert_eq!(chunks("€€€€€", 2), ["€€", "€€", "€"]);
        assert_eq!(chunks("ab🙂🙂🙂cd", 4), ["ab🙂🙂", "🙂cd"]);
    }
}

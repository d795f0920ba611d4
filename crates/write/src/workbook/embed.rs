//! The hidden sheet that keeps the report and its programme as JSON, so
//! `koonti appendix` can start from a consolidated workbook
//! (see docs/json-contract.md).
use koonti_model::{
    EMBEDDED_CHUNK_CHARS, EMBEDDED_REPORT_SHEET, Lang, Programme, Report, StoredReport,
};
use rust_xlsxwriter::{Worksheet, XlsxError};

/// Writes `{"report": …, "programme": …}` ([`StoredReport`], which
/// `koonti_ingest::embedded` reads back) into column A in chunks of at
/// most [`EMBEDDED_CHUNK_CHARS`] characters and hides the sheet. Findings
/// keep their codes' arguments, so they can be worded again in another
/// language.
pub(crate) fn write(
    sheet: &mut Worksheet,
    report: &Report,
    programme: &Programme,
    lang: Lang,
) -> Result<(), XlsxError> {
    sheet.set_name(EMBEDDED_REPORT_SHEET)?;
    // Serialised straight from the borrowed structs (going through
    // `serde_json::Value` first doubled the cost of this sheet) and cut
    // into cells as it comes: a national merge's JSON is megabytes that
    // were held whole, and grown page by page, only to be cut up.
    let mut cells = CellChunks::new(EMBEDDED_CHUNK_CHARS, |row, text| {
        sheet.write_string(row, 0, text).map(|_| ())
    });
    // serde_json writes in small pieces (a quote, a key): buffered, the
    // cells are cut from blocks, a count the compiler vectorises.
    let mut buffered = std::io::BufWriter::with_capacity(1 << 16, &mut cells);
    let written = StoredReport::write_json(
        report,
        programme,
        lang,
        koonti_messages::finding_code,
        &mut buffered,
    )
    .and_then(|()| std::io::Write::flush(&mut buffered));
    // Taken apart rather than dropped: a drop would write what is left
    // after an error into cells again.
    let _ = buffered.into_parts();
    match (written, cells.error.take()) {
        (_, Some(err)) => return Err(err),
        (Err(err), None) => return Err(XlsxError::ParameterError(err.to_string())),
        (Ok(()), None) => cells.finish()?,
    }
    sheet.set_hidden(true);
    Ok(())
}

/// Cuts the UTF-8 text written into it into cells, a row each, of at most
/// `max` characters, cut at character boundaries: the cells a whole text
/// cut after every `max` characters would give. `put` writes a cell.
struct CellChunks<F> {
    put: F,
    row: u32,
    /// The cell being filled: whole characters, but for the last one's
    /// continuation bytes still to come.
    cell: Vec<u8>,
    /// The characters in `cell`.
    chars: usize,
    max: usize,
    /// The sheet's refusal of a cell, kept to be returned as itself.
    error: Option<XlsxError>,
}

impl<F: FnMut(u32, &str) -> Result<(), XlsxError>> CellChunks<F> {
    fn new(max: usize, put: F) -> Self {
        CellChunks {
            put,
            row: 0,
            cell: Vec::with_capacity(max + 3),
            chars: 0,
            max: max.max(1),
            error: None,
        }
    }

    /// Writes the filled cell and starts the next row.
    fn put_cell(&mut self) -> Result<(), XlsxError> {
        let text = std::str::from_utf8(&self.cell)
            .map_err(|err| XlsxError::ParameterError(err.to_string()))?;
        (self.put)(self.row, text)?;
        self.row += 1;
        self.cell.clear();
        self.chars = 0;
        Ok(())
    }

    /// Writes the last cell, if the text did not end at a cell's end.
    fn finish(mut self) -> Result<(), XlsxError> {
        if self.cell.is_empty() {
            return Ok(());
        }
        self.put_cell()
    }
}

impl<F: FnMut(u32, &str) -> Result<(), XlsxError>> std::io::Write for CellChunks<F> {
    fn write(&mut self, mut bytes: &[u8]) -> std::io::Result<usize> {
        let written = bytes.len();
        while !bytes.is_empty() {
            if self.chars == self.max {
                // The last character's continuation bytes end this cell;
                // the next character starts a new one.
                let tail = bytes.iter().take_while(|&&b| !starts_char(b)).count();
                self.cell.extend_from_slice(&bytes[..tail]);
                bytes = &bytes[tail..];
                if bytes.is_empty() {
                    break;
                }
                if let Err(err) = self.put_cell() {
                    self.error = Some(err);
                    return Err(std::io::Error::other("the sheet refused a cell"));
                }
            }
            // Each byte starts at most one character: the next
            // `max - chars` bytes never hold more than still fit.
            let take = (self.max - self.chars).min(bytes.len());
            self.chars += char_starts(&bytes[..take]);
            self.cell.extend_from_slice(&bytes[..take]);
            bytes = &bytes[take..];
        }
        Ok(written)
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// Whether `byte` starts a character in UTF-8 (is no continuation byte,
/// 0b10xx_xxxx).
fn starts_char(byte: u8) -> bool {
    (byte as i8) >= -0x40
}

/// The bytes of `bytes` that start a character: eight at a time, as the
/// bytes less the continuation bytes (high bit set, the next one clear)
/// among them. Counted a byte at a time, this was a fifth of the
/// hidden sheet's own cost (megabytes of JSON in a national merge).
fn char_starts(bytes: &[u8]) -> usize {
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let mut words = bytes.chunks_exact(8);
    let mut continuations = 0;
    for word in words.by_ref() {
        let mut eight = [0; 8];
        eight.copy_from_slice(word);
        let x = u64::from_le_bytes(eight);
        // Bit 7 of each byte set and its bit 6 (shifted up) clear, summed
        // by a multiply (count_ones is a dozen instructions without the
        // popcnt instruction, which the release build does not assume).
        let ones = (x & !(x << 1) & HIGH) >> 7;
        continuations += (ones.wrapping_mul(0x0101_0101_0101_0101) >> 56) as usize;
    }
    let rest = words.remainder();
    bytes.len() - continuations - rest.len() + rest.iter().filter(|&&b| starts_char(b)).count()
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;

    /// The cells of the whole text cut every `max` characters (the way
    /// this sheet was written before it was cut as it came): the oracle.
    fn chunks(text: &str, max: usize) -> Vec<&str> {
        let mut out = Vec::new();
        let mut rest = text;
        while !rest.is_empty() {
            let end = rest.char_indices().nth(max).map_or(rest.len(), |(i, _)| i);
            out.push(&rest[..end]);
            rest = &rest[end..];
        }
        out
    }

    /// The cells `CellChunks` writes for `text` handed over in pieces of
    /// `piece` bytes (split inside characters too).
    fn cut(text: &str, max: usize, piece: usize) -> Vec<String> {
        let mut written = Vec::new();
        let mut cells = CellChunks::new(max, |row, text: &str| {
            assert_eq!(row as usize, written.len());
            written.push(text.to_string());
            Ok(())
        });
        for bytes in text.as_bytes().chunks(piece) {
            cells.write_all(bytes).unwrap();
        }
        cells.finish().unwrap();
        written
    }

    #[test]
    fn cells_are_the_text_cut_every_max_characters() {
        let texts = [
            "ääkkönen",
            "",
            "abc",
            "a€🙂b",
            "€€€€€",
            "ab🙂🙂🙂cd",
            "{\"report\":{\"unit\":\"Ikäihmisten palvelut\",\"text\":\"Å ö 🙂 – ”x”\"}}",
        ];
        for text in texts {
            for max in 1..6 {
                for piece in 1..8 {
                    assert_eq!(
                        cut(text, max, piece),
                        chunks(text, max),
                        "{text:?} {max} {piece}"
                    );
                }
            }
        }
    }

    #[test]
    fn char_starts_counts_the_characters() {
        let text = "a€🙂bÅö – ”x” ääkkönen {\"k\":1} ".repeat(3);
        for start in 0..text.len() {
            let bytes = &text.as_bytes()[start..];
            let one_by_one = bytes.iter().filter(|&&b| starts_char(b)).count();
            assert_eq!(char_starts(bytes), one_by_one, "{start}");
        }
    }

    #[test]
    fn a_refused_cell_is_the_error_returned() {
        let mut cells = CellChunks::new(2, |_, _: &str| Err(XlsxError::MaxStringLengthExceeded));
        assert!(cells.write_all(b"abcde").is_err());
        assert!(matches!(
            cells.error,
            Some(XlsxError::MaxStringLengthExceeded)
        ));
    }

    /// The stored envelope reads back as the report and programme written:
    /// the answers' `text` and `measure_text` left out where the items and
    /// the programme say them, kept where a correction made them differ;
    /// and the envelope of an older koonti, with every field, still reads.
    #[test]
    fn stored_report_reads_back_whole() {
        use crate::test_support::{report_with, siun};
        use koonti_model::{Status, StoredReport, WordedReport};
        let programme = siun();
        let mut report = report_with(&programme, 3, |unit, _| match unit {
            0 => Status::Implemented,
            _ => Status::Unanswered,
        });
        report.answers[1].text = "Korjattu teksti".into();
        report.answers[2].measure_text = "Toisin sanottu toimenpide".into();
        report.answers[3].items = vec!["a\nb".into(), String::new()];
        report.answers[3].text = "a\nb\n".into();
        let words = koonti_messages::finding_code;
        let mut lean = Vec::new();
        StoredReport::write_json(&report, &programme, Lang::Fi, words, &mut lean).unwrap();
        let lean = String::from_utf8(lean).unwrap();
        assert_eq!(lean.matches("\"measure_text\"").count(), 1, "{lean}");
        let in_report = &lean[..lean.rfind("\"programme\":").unwrap()];
        let texts = in_report.matches("\"text\"").count();
        assert_eq!(texts, 1 + report.feedback.len(), "{in_report}");
        let back = StoredReport::from_json(&lean).unwrap();
        assert_eq!(back.report.answers, report.answers);
        assert_eq!(back.programme.as_ref(), Some(&programme));

        let worded = WordedReport {
            report: &report,
            lang: Lang::Fi,
            with_args: true,
            words,
        };
        let old = serde_json::json!({"report": worded, "programme": programme}).to_string();
        assert!(old.len() > lean.len());
        let old = StoredReport::from_json(&old).unwrap();
        assert_eq!(old.report.answers, report.answers);
    }
}

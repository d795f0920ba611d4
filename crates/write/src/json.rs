use crate::{ReportWriter, WriteError};
use koonti_model::{Lang, Programme, Report};
use std::io::Write;

/// The JSON contract (`docs/json-contract.md`): the [`Report`] as is, its
/// findings' messages worded in `lang`, pretty-printed, with a final
/// newline.
#[derive(Debug, Clone, Copy, Default)]
pub struct JsonWriter {
    /// The language of the findings' messages (their codes stay the same).
    pub lang: Lang,
}

impl JsonWriter {
    /// Writes the same bytes as [`ReportWriter::render`] into `out` as they
    /// are made: a national merge's report is megabytes, and a front end
    /// with a file to write need not hold it whole (nor grow a buffer to
    /// it, page by page) first.
    ///
    /// # Errors
    /// The error `out` returns; a report that cannot be serialised (none
    /// can: every map key is text) as [`std::io::ErrorKind::InvalidData`].
    pub fn render_to(&self, report: &Report, out: &mut dyn Write) -> std::io::Result<()> {
        let worded = report.worded(self.lang, koonti_messages::finding_code);
        // serde_json writes a report in millions of small pieces: gathered
        // here, each is a copy into a buffer rather than a call through
        // `out`'s vtable.
        let mut buffered = std::io::BufWriter::with_capacity(1 << 16, out);
        serde_json::to_writer_pretty(&mut buffered, &worded)?;
        buffered.write_all(b"\n")?;
        buffered.flush()
    }
}

impl ReportWriter for JsonWriter {
    fn name(&self) -> &'static str {
        "json"
    }

    fn render(&self, report: &Report, _programme: &Programme) -> Result<Vec<u8>, WriteError> {
        let mut bytes =
            serde_json::to_vec_pretty(&report.worded(self.lang, koonti_messages::finding_code))
                .map_err(WriteError::Json)?;
        bytes.push(b'\n');
        Ok(bytes)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::test_support::{report_with, siun};
    use koonti_model::Status;

    #[test]
    fn streamed_json_is_the_rendered_json() {
        let programme = siun();
        let report = report_with(&programme, 4, |unit, _| match unit {
            0 => Status::Implemented,
            1 => Status::Unanswered,
            _ => Status::NotImplemented,
        });
        for lang in [Lang::Fi, Lang::Sv, Lang::En] {
            let writer = JsonWriter { lang };
            let mut streamed = Vec::new();
            writer.render_to(&report, &mut streamed).unwrap();
            assert_eq!(streamed, writer.render(&report, &programme).unwrap());
            assert!(streamed.ends_with(b"}\n"));
        }
    }
}

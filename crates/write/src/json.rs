use crate::{ReportWriter, WriteError};
use koonti_model::{Lang, Programme, Report};

/// The JSON contract (`docs/json-contract.md`): the [`Report`] as is, its
/// findings' messages worded in `lang`, pretty-printed, with a final
/// newline.
#[derive(Debug, Clone, Copy, Default)]
pub struct JsonWriter {
    /// The language of the findings' messages (their codes stay the same).
    pub lang: Lang,
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

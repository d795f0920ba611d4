use crate::{ReportWriter, WriteError};
use koonti_model::{Programme, Report};

/// The JSON contract (`docs/json-contract.md`): the [`Report`] as is,
/// pretty-printed, with a final newline.
#[derive(Debug, Clone, Copy, Default)]
pub struct JsonWriter;

impl ReportWriter for JsonWriter {
    fn name(&self) -> &'static str {
        "json"
    }

    fn render(&self, report: &Report, _programme: &Programme) -> Result<Vec<u8>, WriteError> {
        let mut bytes = serde_json::to_vec_pretty(report).map_err(WriteError::Json)?;
        bytes.push(b'\n');
        Ok(bytes)
    }
}

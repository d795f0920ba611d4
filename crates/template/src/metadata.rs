//! The hidden `_koonti` sheet: the template's identity as `key | value`
//! rows, read by `koonti merge` before the answer sheet.
use crate::{TemplateOptions, labels};
use koonti_layout::METADATA_SHEET;
use koonti_model::{Programme, Unit};
use rust_xlsxwriter::{Worksheet, XlsxError};

/// Writes the metadata sheet, hidden and protected.
pub fn write(
    sheet: &mut Worksheet,
    programme: &Programme,
    unit: Option<&Unit>,
    options: &TemplateOptions,
) -> Result<(), XlsxError> {
    sheet.set_name(METADATA_SHEET)?;
    let ids: Vec<&str> = programme
        .measures()
        .iter()
        .map(|(_, m)| m.id.as_str())
        .collect();
    let rows = [
        ("programme", programme.id.clone()),
        ("version", programme.version.to_string()),
        ("period", options.period.clone()),
        ("unit", unit.map(|u| u.name.clone()).unwrap_or_default()),
        ("measure_ids", ids.join(",")),
        ("lang", options.lang.code().to_string()),
        (
            "instructions",
            labels::instructions_sheet(options.lang).to_string(),
        ),
    ];
    for (row, (key, value)) in rows.iter().enumerate() {
        sheet.write_string(row as u32, 0, *key)?;
        if !value.is_empty() {
            sheet.write_string(row as u32, 1, value)?;
        }
    }
    sheet.set_column_width(0, 14)?;
    sheet.set_hidden(true).protect();
    Ok(())
}

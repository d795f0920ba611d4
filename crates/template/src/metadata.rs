//! The hidden `_koonti` sheet: the template's identity as `key | value`
//! rows, read by `koonti merge` before the answer sheet.
use crate::TemplateOptions;
use koonti_form::{METADATA_SHEET, MetaKey, sheets};
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
    let value = |key: MetaKey| match key {
        MetaKey::Programme => programme.id.clone(),
        MetaKey::Version => programme.version.to_string(),
        MetaKey::Period => options.period.to_string(),
        MetaKey::Unit => unit.map(|u| u.name.clone()).unwrap_or_default(),
        MetaKey::MeasureIds => ids.join(","),
        MetaKey::Lang => options.lang.code().to_string(),
        MetaKey::Instructions => sheets::instructions_sheet(options.lang).to_string(),
    };
    for (row, key) in MetaKey::ALL.into_iter().enumerate() {
        let value = value(key);
        sheet.write_string(row as u32, 0, key.as_str())?;
        if !value.is_empty() {
            sheet.write_string(row as u32, 1, value)?;
        }
    }
    sheet.set_column_width(0, 14)?;
    // Very hidden: not listed under Unhide, so a unit does not edit it.
    sheet.set_very_hidden(true).protect();
    Ok(())
}

//! The merge's refusals (exit 1 with a one-line reason), decided on what the
//! files are before anything is written: the programme they answer (the
//! measure rows' fit and the hidden `_koonti` sheet) and koonti's own
//! workbooks given as responses. The period rule is
//! `koonti_consolidate::select_period`.

use crate::error::EngineError;
use koonti_ingest::{Value, Workbook};
use koonti_layout::{METADATA_SHEET, MetaKey};
use koonti_model::Programme;

/// The programme ids the workbooks' hidden `_koonti` sheets name, each once.
pub(crate) fn declared_programmes<'a>(
    workbooks: impl IntoIterator<Item = &'a Workbook>,
) -> Vec<String> {
    let mut ids: Vec<String> = Vec::new();
    for sheet in workbooks
        .into_iter()
        .flat_map(|w| &w.sheets)
        .filter(|s| s.name == METADATA_SHEET)
    {
        let key_rows = sheet.cells.iter().filter(|c| {
            c.col == 0 && MetaKey::parse(c.value.text().trim()) == Some(MetaKey::Programme)
        });
        for key in key_rows {
            let value = sheet
                .cells
                .iter()
                .find(|c| c.row == key.row && c.col == 1)
                .map(|c| c.value.text().trim().to_string())
                .unwrap_or_default();
            if !value.is_empty() && !ids.contains(&value) {
                ids.push(value);
            }
        }
    }
    ids
}

/// The text cells of `workbooks`, what programme fit is judged on.
pub(crate) fn texts<'a>(workbooks: &[&'a Workbook]) -> Vec<&'a str> {
    workbooks
        .iter()
        .flat_map(|w| &w.sheets)
        .filter(|s| s.name != METADATA_SHEET)
        .flat_map(|s| &s.cells)
        .filter_map(|c| match &c.value {
            Value::Text(t) => Some(t.as_str()),
            _ => None,
        })
        .collect()
}

/// Refuses `programme` when the workbooks do not answer it (see
/// [`koonti_programme::check_fit`]).
pub(crate) fn check_programme(
    programme: &Programme,
    workbooks: &[&Workbook],
) -> Result<(), EngineError> {
    let known = koonti_programme::bundled()?;
    koonti_programme::check_fit(
        programme,
        &known,
        texts(workbooks),
        workbooks.len(),
        &declared_programmes(workbooks.iter().copied()),
    )?;
    Ok(())
}

/// The reason to refuse a merge whose every readable input is a workbook
/// koonti wrote: they are reports, not responses.
pub(crate) fn own_workbooks_only(own: &[String]) -> String {
    let what = if own.len() == 1 {
        "on koonnin oma koostetyökirja eikä yksikön vastaus"
    } else {
        "ovat koonnin omia koostetyökirjoja eivätkä yksiköiden vastauksia"
    };
    format!(
        "{} {what}; kausien koosteita verrataan komennolla koonti compare, ja koonti appendix tekee liitteen yhdestä koosteesta",
        own.join(", ")
    )
}

//! Nostot: the appendix's highlights and coming items as the rule proposes
//! them, one row each, for the secretary to keep, drop or edit; `koonti
//! appendix koonti.xlsx` reads the sheet back (`readback::choices_of_rows`).
use super::{Ctx, working_sheet};
use crate::highlights::{HighlightKind, highlight_candidates};
use crate::labels::Labels;
use rust_xlsxwriter::{DataValidation, Worksheet, XlsxError};

/// Writes the sheet.
pub(crate) fn write(sheet: &mut Worksheet, ctx: &Ctx) -> Result<(), XlsxError> {
    let l = ctx.l;
    let columns = [
        (l.highlight_kind(), 10.0),
        (l.number(), 7.0),
        (l.unit(), 24.0),
        (l.highlight_keep(), 9.0),
        (l.highlight_text(), 70.0),
        (l.highlight_original(), 50.0),
    ];
    let candidates = highlight_candidates(ctx.report, ctx.programme);
    let rows: Vec<Vec<&str>> = candidates
        .iter()
        .map(|c| {
            vec![
                kind_label(c.kind, l),
                &c.measure,
                &c.unit,
                if c.keep { l.yes() } else { l.no() },
                &c.text,
                &c.text,
            ]
        })
        .collect();
    let count = rows.len();
    let purpose = l.highlights_purpose();
    let header = working_sheet(sheet, ctx, l.highlight_sheet(), purpose, &columns, rows)?;
    if count > 0 {
        let keep = DataValidation::new()
            .allow_list_strings(&[l.yes(), l.no()])?
            .set_input_title(l.highlight_keep())?
            .set_input_message(l.highlight_note())?;
        let last = header + count as u32;
        sheet.add_data_validation(header + 1, 3, last, 3, &keep)?;
    }
    Ok(())
}

/// "Nosto" or "Tulossa" in `l`'s language.
pub(crate) fn kind_label(kind: HighlightKind, l: Labels) -> &'static str {
    match kind {
        HighlightKind::Highlight => l.highlight_word(),
        HighlightKind::Coming => l.coming(),
    }
}

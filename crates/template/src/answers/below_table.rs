//! What follows the answer tables: the counter, feedback, the support
//! request, the signature and the printed page's setup and protection.

use super::*;

/// "Vastattu 9 / 13": a formula over the answer columns of every table,
/// with the prefilled count as its cached result (what a reader sees
/// before a spreadsheet recalculates).
pub(super) fn write_counter(
    sheet: &mut Worksheet,
    programme: &Programme,
    prefill: &Prefill,
    lang: Lang,
    scale: &Scale,
    tables: &[(u32, u32)],
    f: &Formats,
) -> Result<(), XlsxError> {
    let word = support::counter_word(lang);
    let total = programme.measures().len();
    let range = |col: u16, (first, last): (u32, u32)| {
        format!(
            "{}:{}",
            row_col_to_cell(first, col),
            row_col_to_cell(last, col)
        )
    };
    let cols = scale.answer_cols();
    let terms: Vec<String> = tables
        .iter()
        .map(|&t| {
            let ranges: Vec<String> = cols.iter().map(|&c| range(c, t)).collect();
            match ranges.as_slice() {
                [one] => format!("SUMPRODUCT(--({one}<>\"\"))"),
                _ => format!("SUMPRODUCT(--(({})<>\"\"))", ranges.join("&")),
            }
        })
        .collect();
    let answered = prefill
        .answers
        .values()
        .filter(|a| a.status.is_answered())
        .count();
    let formula = format!("=\"{word} \"&({})&\" / {total}\"", terms.join("+"));
    let formula = Formula::new(formula).set_result(support::counter_text(lang, answered, total));
    sheet.merge_range(2, 0, 2, 1, "", &f.counter)?;
    sheet.write_formula_with_format(2, 0, formula, &f.counter)?;
    Ok(())
}

/// The feedback heading and one large answer area. Returns the next free row.
pub(super) fn write_feedback(
    sheet: &mut Worksheet,
    programme: &Programme,
    prefill: &Prefill,
    lang: Lang,
    scale: &Scale,
    row: u32,
    f: &Formats,
) -> Result<u32, XlsxError> {
    let last = scale.last_col();
    let heading = words::feedback_heading(programme, lang);
    sheet.merge_range(row, 0, row, last, &heading, &f.section)?;
    sheet.merge_range(row + 1, 0, row + 1, last, &prefill.feedback, &f.text_input)?;
    sheet.set_row_height(row + 1, FEEDBACK_BOX_POINTS)?;
    prompt_at(sheet, row + 1, 0, &labels::feedback_prompt(programme, lang))?;
    Ok(row + 3)
}

/// The support request: a heading (above `row`), a box to tick and a
/// description. Returns the row after the description.
pub(super) fn write_support(
    sheet: &mut Worksheet,
    prefill: &Prefill,
    lang: Lang,
    scale: &Scale,
    row: u32,
    f: &Formats,
) -> Result<u32, XlsxError> {
    let last = scale.last_col();
    sheet.merge_range(
        row - 1,
        0,
        row - 1,
        last,
        support::heading(lang),
        &f.section,
    )?;
    sheet.merge_range(row, 0, row, 1, support::need(lang), &f.label)?;
    let ticked = if prefill.support.is_some() { "x" } else { "" };
    input(sheet, row, 2, ticked, &f.mark_input)?;
    sheet.add_data_validation(
        row,
        2,
        row,
        2,
        &only_x(&labels::support_prompt(lang), lang)?,
    )?;
    sheet.merge_range(row + 1, 0, row + 1, 1, support::details(lang), &f.label)?;
    let details = prefill.support.as_deref().unwrap_or_default();
    sheet.merge_range(row + 1, 2, row + 1, last, details, &f.text_input)?;
    sheet.set_row_height(row + 1, 60)?;
    prompt_at(sheet, row + 1, 2, &labels::text_prompt(lang))?;
    Ok(row + 2)
}

/// The respondent and date fields: a label and an input cell each.
pub(super) fn write_signature(
    sheet: &mut Worksheet,
    prefill: &Prefill,
    lang: Lang,
    scale: &Scale,
    row: u32,
    f: &Formats,
) -> Result<(), XlsxError> {
    let last = scale.last_col();
    let fields = [
        (
            signature::respondent_label(lang),
            labels::respondent_prompt(lang),
            &prefill.respondent,
        ),
        (
            signature::date_label(lang),
            labels::date_prompt(lang),
            &prefill.dated,
        ),
    ];
    for (i, (label, prompt, typed)) in fields.into_iter().enumerate() {
        let at = row + i as u32;
        sheet.merge_range(at, 0, at, 1, label, &f.label)?;
        let typed = typed.as_deref().unwrap_or_default();
        sheet.merge_range(at, 2, at, last, typed, &f.unit_input)?;
        prompt_at(sheet, at, 2, &prompt)?;
    }
    Ok(())
}

/// A4 landscape, one page wide, title and unit repeated, unit and page
/// number in the footer; protected without a password, rows and columns
/// resizable so long answers fit.
pub(super) fn page_setup(
    sheet: &mut Worksheet,
    unit: Option<&Unit>,
    lang: Lang,
) -> Result<(), XlsxError> {
    let unit = unit.map(|u| u.name.replace('&', "&&")).unwrap_or_default();
    sheet
        .set_landscape()
        .set_paper_size(9)
        .set_print_fit_to_pages(1, 0)
        .set_footer(format!("&L{unit}&R{}", labels::page_footer(lang)));
    sheet.set_repeat_rows(0, 1)?;
    let options = ProtectionOptions {
        format_columns: true,
        format_rows: true,
        ..ProtectionOptions::new()
    };
    sheet.protect_with_options(&options);
    Ok(())
}

//! The answer sheet's data validations: input messages, the allowed
//! values of each answer column, and the highlighting of a table's rows.

use super::*;

/// An input message on one cell, which takes any value.
pub(super) fn prompt_at(
    sheet: &mut Worksheet,
    row: u32,
    col: u16,
    prompt: &Prompt,
) -> Result<(), XlsxError> {
    let rule = with_prompt(DataValidation::new().allow_any_value(), prompt)?;
    sheet.add_data_validation(row, col, row, col, &rule)?;
    Ok(())
}

fn with_prompt(validation: DataValidation, prompt: &Prompt) -> Result<DataValidation, XlsxError> {
    validation
        .set_input_title(prompt.title)?
        .set_input_message(&prompt.text)
}

/// Only "x" in mark cells, only the scale's options in status cells, and an
/// input message on every answer column.
pub(super) fn validate_table(
    sheet: &mut Worksheet,
    first: u32,
    last: u32,
    lang: Lang,
    scale: &Scale,
) -> Result<(), XlsxError> {
    match scale {
        Scale::Marks { headers, marks, .. } => {
            let first_header = headers.len() - marks.len() - 1;
            for (i, header) in headers
                .iter()
                .skip(first_header)
                .take(marks.len())
                .enumerate()
            {
                let col = scale.first_mark() + i as u16;
                let rule = only_x(&labels::mark_prompt(header, lang), lang)?;
                sheet.add_data_validation(first, col, last, col, &rule)?;
            }
            let text = with_prompt(
                DataValidation::new().allow_any_value(),
                &labels::text_prompt(lang),
            )?;
            let text_col = scale.text_col();
            sheet.add_data_validation(first, text_col, last, text_col, &text)?;
        }
        Scale::Status { options, .. } => {
            let names: Vec<String> = options.iter().map(|(_, label)| label.clone()).collect();
            let rule = with_prompt(
                DataValidation::new().allow_list_strings(&names)?,
                &labels::status_prompt(&names, lang),
            )?
            .set_error_message(labels::status_prompt(&names, lang).text)?
            .set_error_style(DataValidationErrorStyle::Stop);
            sheet.add_data_validation(first, 4, last, 4, &rule)?;
            let text = with_prompt(
                DataValidation::new().allow_any_value(),
                &labels::text_prompt(lang),
            )?;
            sheet.add_data_validation(first, 5, last, 5, &text)?;
        }
    }
    Ok(())
}

/// A drop-down that takes only "x".
pub(super) fn only_x(prompt: &Prompt, lang: Lang) -> Result<DataValidation, XlsxError> {
    with_prompt(DataValidation::new().allow_list_strings(&["x"])?, prompt)?
        .set_error_message(labels::only_x(lang))
}

/// The answer cells of unanswered rows in yellow (only those cells, so a
/// blank form is not yellow all over); rows with both marks, "partly", in
/// amber.
pub(super) fn highlight_table(
    sheet: &mut Worksheet,
    first: u32,
    last: u32,
    scale: &Scale,
    f: &Formats,
) -> Result<(), XlsxError> {
    let cell = |col: u16| format!("${}{}", column_number_to_name(col), first + 1);
    let cols = scale.answer_cols();
    let (a, z) = (cols[0], cols[cols.len() - 1]);
    let blank: Vec<String> = cols.iter().map(|&c| format!("{}=\"\"", cell(c))).collect();
    let unanswered = match blank.as_slice() {
        [one] => format!("={one}"),
        _ => format!("=AND({})", blank.join(",")),
    };
    let rule = ConditionalFormatFormula::new()
        .set_rule(unanswered.as_str())
        .set_format(&f.unanswered);
    sheet.add_conditional_format(first, a, last, z, &rule)?;
    if scale.both_marks_partly() {
        let b = z;
        let both = format!("=AND({}<>\"\",{}<>\"\")", cell(a), cell(b));
        let rule = ConditionalFormatFormula::new()
            .set_rule(both.as_str())
            .set_format(&f.both_marked);
        sheet.add_conditional_format(first, 0, last, scale.last_col(), &rule)?;
    }
    Ok(())
}

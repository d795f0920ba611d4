//! One sheet per action, laid out as the committee reads it now: for each
//! unit, its measures with the status as a symbol and a word, and its text
//! with bullets on separate lines.
use super::{Ctx, bullets, cell_text, fit_row, format_block, print_setup};
use crate::stats::{Tally, counted_statuses, of_section};
use crate::status_label;
use koonti_model::{Answer, AnswerScale, Section};
use rust_xlsxwriter::{Worksheet, XlsxError};
use std::collections::HashMap;

/// Writes the sheet of one top-level section.
pub(crate) fn write(sheet: &mut Worksheet, ctx: &Ctx, section: &Section) -> Result<(), XlsxError> {
    let word = ctx.l.section_word(ctx.programme);
    sheet.set_name(sheet_name(&word, &section.id))?;
    for (col, width) in WIDTHS.iter().enumerate() {
        sheet.set_column_width(col as u16, *width)?;
    }
    let title = format!("{word} {}: {}", section.id, section.title);
    sheet.merge_range(0, 0, 0, 2, &title, &ctx.f.title)?;
    sheet.merge_range(1, 0, 1, 2, &counts_line(ctx, section), &ctx.f.plain)?;
    let mut by_unit: HashMap<&str, Vec<&Answer>> = HashMap::new();
    for answer in ctx
        .report
        .answers
        .iter()
        .filter(|a| a.section == section.id)
    {
        by_unit
            .entry(answer.unit.as_str())
            .or_default()
            .push(answer);
    }
    let mut row = 3;
    for response in &ctx.report.responses {
        let answers = by_unit
            .get(response.unit.as_str())
            .map_or(&[][..], Vec::as_slice);
        row = unit_block(sheet, ctx, &response.unit, answers, row)?;
    }
    sheet.set_freeze_panes(2, 0)?;
    sheet.set_repeat_rows(0, 1)?;
    print_setup(sheet, false);
    Ok(())
}

/// Widths of the measure, status and text columns.
const WIDTHS: [f64; 3] = [38.0, 17.0, 62.0];

/// A sheet name within Excel's 31 characters, without forbidden characters.
fn sheet_name(word: &str, id: &str) -> String {
    format!("{word} {id}")
        .chars()
        .filter(|c| !"[]:*?/\\".contains(*c))
        .take(31)
        .collect()
}

/// "✓ Toteutunut 9 · ◐ Osittain 1 · …" for the whole action.
fn counts_line(ctx: &Ctx, section: &Section) -> String {
    let statuses = counted_statuses(ctx.programme);
    let tally = Tally::of(of_section(ctx.report, section), &statuses);
    let parts: Vec<String> = statuses
        .iter()
        .zip(&tally.counts)
        .map(|(s, n)| format!("{} {n}", status_label(s, ctx.programme, ctx.l.0)))
        .collect();
    format!(
        "{}: {} — {}",
        ctx.l.responses(),
        ctx.report.responses.len(),
        parts.join(" · ")
    )
}

/// The free-text column's header: the programme's own in Finnish.
fn text_header(ctx: &Ctx) -> String {
    let own = match &ctx.programme.scale {
        AnswerScale::Marks { text_label, .. } => Some(text_label.clone()),
        AnswerScale::Status { text_label, .. } => text_label.clone(),
    };
    match (ctx.l.0, own) {
        (koonti_model::Lang::Fi, Some(own)) => own,
        _ => ctx.l.how().to_string(),
    }
}

/// One unit: its name, the table header and a row per measure.
fn unit_block(
    sheet: &mut Worksheet,
    ctx: &Ctx,
    unit: &str,
    answers: &[&Answer],
    mut row: u32,
) -> Result<u32, XlsxError> {
    sheet.merge_range(row, 0, row, 2, &cell_text(unit, ctx.l), &ctx.f.section)?;
    row += 1;
    let header = [
        ctx.l.measures().to_string(),
        ctx.l.status().to_string(),
        text_header(ctx),
    ];
    for (col, title) in header.iter().enumerate() {
        sheet.write_string_with_format(row, col as u16, title, &ctx.f.header)?;
    }
    fit_row(sheet, row, &[(&header[2], WIDTHS[2])])?;
    row += 1;
    let first = row;
    for answer in answers {
        let status = status_label(&answer.status, ctx.programme, ctx.l.0);
        let text = cell_text(&bullets(&answer.items), ctx.l);
        sheet.write_string(row, 0, &answer.measure_text)?;
        sheet.write_string(row, 1, &status)?;
        sheet.write_string(row, 2, &text)?;
        let cells = [
            (answer.measure_text.as_str(), WIDTHS[0]),
            (&status, WIDTHS[1]),
            (&text, WIDTHS[2]),
        ];
        fit_row(sheet, row, &cells)?;
        row += 1;
    }
    format_block(sheet, (first, row.saturating_sub(1)), 0..3, &ctx.f.text)?;
    Ok(row + 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sheet_names_fit_excel() {
        assert_eq!(sheet_name("Toimenpide", "1"), "Toimenpide 1");
        assert_eq!(sheet_name("A/B", "1:2"), "AB 12");
        assert_eq!(sheet_name(&"x".repeat(40), "1").chars().count(), 31);
    }
}

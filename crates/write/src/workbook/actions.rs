//! One sheet per action, laid out as the committee reads it now: for each
//! unit, its measures with the status as a symbol and a word, and its text
//! with bullets on separate lines.
use super::{
    Ctx, LINE_POINTS, Pages, bullets, cell_text, fit_header_row, fit_row, format_block,
    page_points, print_setup,
};
use crate::stats::{Tally, counted_statuses, of_section};
use crate::status_label;
use koonti_model::{Answer, Section};
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
    let width: f64 = WIDTHS.iter().sum();
    let mut pages = Pages::new(page_points(width, false, TITLE_POINTS), 0.0);
    let mut row = 3;
    for response in &ctx.report.responses {
        let answers = by_unit
            .get(response.unit.as_str())
            .map_or(&[][..], Vec::as_slice);
        let (next, height) = unit_block(sheet, ctx, &response.unit, answers, row)?;
        // The blank row before the block ends the page rather than starts it.
        pages.place(row, height);
        row = next;
    }
    sheet.set_freeze_panes(2, 0)?;
    sheet.set_repeat_rows(0, 1)?;
    print_setup(sheet, false);
    sheet.set_page_breaks(&pages.breaks)?;
    Ok(())
}

/// The title and counts rows repeated over every printed page, in points.
const TITLE_POINTS: f64 = 40.0;

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

/// One unit: its name, the table header and a row per measure. Returns
/// the next free row and the block's height in points (blank row included).
fn unit_block(
    sheet: &mut Worksheet,
    ctx: &Ctx,
    unit: &str,
    answers: &[&Answer],
    mut row: u32,
) -> Result<(u32, f64), XlsxError> {
    sheet.merge_range(row, 0, row, 2, &cell_text(unit, ctx.l), &ctx.f.section)?;
    let mut height = 2.0 * LINE_POINTS;
    row += 1;
    let header = [
        ctx.l.measures().to_string(),
        ctx.l.status().to_string(),
        ctx.l.text_header(ctx.programme),
    ];
    for (col, title) in header.iter().enumerate() {
        sheet.write_string_with_format(row, col as u16, title, &ctx.f.header)?;
    }
    height += fit_header_row(sheet, row, &[(&header[2], WIDTHS[2])])?;
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
        height += fit_row(sheet, row, &cells)?;
        row += 1;
    }
    format_block(sheet, (first, row.saturating_sub(1)), 0..3, &ctx.f.text)?;
    Ok((row + 1, height))
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

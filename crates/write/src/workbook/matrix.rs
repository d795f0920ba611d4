//! Matriisi: measures × units, each cell the status as a symbol on its
//! colour, with a legend below, for a view of the whole year.
use super::{Ctx, cell_text, filter, fit_row, print_setup, table_header};
use crate::labels::status_colour;
use crate::stats::counted_statuses;
use crate::{status_label, status_symbol};
use koonti_model::Status;
use rust_xlsxwriter::{Format, FormatAlign, FormatBorder, IgnoreError, Worksheet, XlsxError};
use std::collections::HashMap;

/// The unit columns a printed landscape page holds at a readable size.
const UNITS_PER_PAGE: usize = 12;

/// Pages side by side for `units` unit columns.
fn pages_wide(units: usize) -> u16 {
    units.div_ceil(UNITS_PER_PAGE).clamp(1, u16::MAX as usize) as u16
}

/// The most unit columns: Excel's 16,384 less the id and measure columns.
const MAX_UNIT_COLUMNS: usize = 16_382;

/// Writes the matrix sheet.
pub(crate) fn write(sheet: &mut Worksheet, ctx: &Ctx) -> Result<(), XlsxError> {
    sheet.set_name(ctx.l.sheet_matrix())?;
    // Excel has 16,384 columns; a merge of more units shows the first ones
    // here (every answer is on Vastaukset).
    let units: Vec<&str> = ctx
        .report
        .responses
        .iter()
        .map(|r| r.unit.as_str())
        .take(MAX_UNIT_COLUMNS)
        .collect();
    let headers: Vec<String> = units.iter().map(|u| cell_text(u, ctx.l)).collect();
    let mut columns = vec![(ctx.l.number(), 6.0), (ctx.l.measure(), 50.0)];
    columns.extend(headers.iter().map(|u| (u.as_str(), 16.0)));
    let formats = StatusFormats::new(ctx);
    // The legend above the table, so that no printed page holds it alone.
    legend(sheet, ctx, &formats, 0)?;
    let header_row = 2;
    let mut row = table_header(sheet, header_row, &columns, &ctx.f)?;
    sheet.set_freeze_panes(header_row + 1, 2)?;
    // One lookup per cell: a national merge has thousands of units.
    let status_of: HashMap<(&str, &str), &Status> = ctx
        .report
        .answers
        .iter()
        .map(|a| ((a.unit.as_str(), a.measure.as_str()), &a.status))
        .collect();
    let first = row;
    for (_, measure) in ctx.programme.measures() {
        sheet.write_string_with_format(row, 0, &measure.id, &ctx.f.text)?;
        sheet.write_string_with_format(row, 1, &measure.text, &ctx.f.text)?;
        fit_row(sheet, row, &[(&measure.text, 50.0)])?;
        for (col, unit) in units.iter().enumerate() {
            let status = status_of
                .get(&(*unit, measure.id.as_str()))
                .copied()
                .unwrap_or(&Status::Unanswered);
            status_cell(sheet, ctx, &formats, row, 2 + col as u16, status)?;
        }
        row += 1;
    }
    if row > first {
        sheet.ignore_error_range(first, 0, row - 1, 0, IgnoreError::NumberStoredAsText)?;
    }
    filter(sheet, header_row, row - 1, columns.len())?;
    print_setup(sheet, true);
    // One page wide would make 30 units unreadable: at most
    // UNITS_PER_PAGE units a page, the id and measure columns repeated.
    sheet.set_print_fit_to_pages(pages_wide(units.len()), 0);
    sheet.set_repeat_columns(0, 1)?;
    Ok(())
}

pub(crate) fn status_format(ctx: &Ctx, status: &Status) -> Format {
    Format::new()
        .set_border(FormatBorder::Thin)
        .set_align(FormatAlign::Center)
        // At the top, as the texts beside it are.
        .set_align(FormatAlign::Top)
        .set_bold()
        .set_font_size(13)
        .set_background_color(status_colour(status, ctx.programme))
}

/// The cell format of each counted status, made once per sheet.
struct StatusFormats(Vec<(Status, Format)>);

impl StatusFormats {
    fn new(ctx: &Ctx) -> Self {
        StatusFormats(
            counted_statuses(ctx.programme)
                .into_iter()
                .map(|s| {
                    let format = status_format(ctx, &s);
                    (s, format)
                })
                .collect(),
        )
    }

    /// Borrowed where made already: a cell of the matrix each.
    fn of(&self, ctx: &Ctx, status: &Status) -> std::borrow::Cow<'_, Format> {
        match self.0.iter().find(|(s, _)| s == status) {
            Some((_, format)) => std::borrow::Cow::Borrowed(format),
            None => std::borrow::Cow::Owned(status_format(ctx, status)),
        }
    }
}

fn status_cell(
    sheet: &mut Worksheet,
    ctx: &Ctx,
    formats: &StatusFormats,
    row: u32,
    col: u16,
    status: &Status,
) -> Result<(), XlsxError> {
    let symbol = status_symbol(status, ctx.programme);
    sheet.write_string_with_format(row, col, symbol, &formats.of(ctx, status))?;
    Ok(())
}

/// Each status on its colour as symbol and word, in one row beside the
/// word "Selite".
fn legend(
    sheet: &mut Worksheet,
    ctx: &Ctx,
    formats: &StatusFormats,
    row: u32,
) -> Result<(), XlsxError> {
    sheet.write_string_with_format(row, 1, ctx.l.legend(), &ctx.f.bold)?;
    for (i, status) in counted_statuses(ctx.programme).into_iter().enumerate() {
        let label = status_label(&status, ctx.programme, ctx.l.0);
        let format = formats
            .of(ctx, &status)
            .into_owned()
            .set_font_size(10)
            .set_text_wrap();
        sheet.write_string_with_format(row, 2 + i as u16, &label, &format)?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn many_units_print_on_pages_side_by_side() {
        assert_eq!(pages_wide(0), 1);
        assert_eq!(pages_wide(6), 1);
        assert_eq!(pages_wide(12), 1);
        assert_eq!(pages_wide(30), 3);
    }
}

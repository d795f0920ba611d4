//! Matriisi: measures × units, each cell the status as a symbol on its
//! colour, with a legend below, for a view of the whole year.
use super::{Ctx, filter, fit_row, print_setup, table_header};
use crate::labels::status_colour;
use crate::stats::counted_statuses;
use crate::{status_label, status_symbol};
use koonti_model::Status;
use rust_xlsxwriter::{Format, FormatAlign, FormatBorder, Worksheet, XlsxError};

/// Writes the matrix sheet.
pub(crate) fn write(sheet: &mut Worksheet, ctx: &Ctx) -> Result<(), XlsxError> {
    sheet.set_name(ctx.l.sheet_matrix())?;
    let units: Vec<&str> = ctx
        .report
        .responses
        .iter()
        .map(|r| r.unit.as_str())
        .collect();
    let mut columns = vec![(ctx.l.number(), 6.0), (ctx.l.measure(), 50.0)];
    columns.extend(units.iter().map(|u| (*u, 16.0)));
    let mut row = table_header(sheet, 0, &columns, &ctx.f)?;
    sheet.set_freeze_panes(1, 2)?;
    for (_, measure) in ctx.programme.measures() {
        sheet.write_string_with_format(row, 0, &measure.id, &ctx.f.text)?;
        sheet.write_string_with_format(row, 1, &measure.text, &ctx.f.text)?;
        fit_row(sheet, row, &[(&measure.text, 50.0)])?;
        for (col, unit) in units.iter().enumerate() {
            let status = ctx
                .report
                .answers
                .iter()
                .find(|a| a.measure == measure.id && a.unit == *unit)
                .map_or(Status::Unanswered, |a| a.status.clone());
            status_cell(sheet, ctx, row, 2 + col as u16, &status)?;
        }
        row += 1;
    }
    filter(sheet, 0, row - 1, columns.len())?;
    legend(sheet, ctx, row + 1)?;
    print_setup(sheet, true);
    Ok(())
}

fn status_format(ctx: &Ctx, status: &Status) -> Format {
    Format::new()
        .set_border(FormatBorder::Thin)
        .set_align(FormatAlign::Center)
        .set_align(FormatAlign::VerticalCenter)
        .set_bold()
        .set_font_size(13)
        .set_background_color(status_colour(status, ctx.programme))
}

fn status_cell(
    sheet: &mut Worksheet,
    ctx: &Ctx,
    row: u32,
    col: u16,
    status: &Status,
) -> Result<(), XlsxError> {
    let symbol = status_symbol(status, ctx.programme);
    sheet.write_string_with_format(row, col, symbol, &status_format(ctx, status))?;
    Ok(())
}

/// Each symbol on its colour with its word.
fn legend(sheet: &mut Worksheet, ctx: &Ctx, mut row: u32) -> Result<(), XlsxError> {
    sheet.write_string_with_format(row, 1, ctx.l.legend(), &ctx.f.bold)?;
    for status in counted_statuses(ctx.programme) {
        row += 1;
        status_cell(sheet, ctx, row, 0, &status)?;
        let label = status_label(&status, ctx.programme, ctx.l.0);
        sheet.write_string(row, 1, &label)?;
    }
    Ok(())
}

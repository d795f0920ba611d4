//! Matriisi: measures × units, each cell the status as a symbol on its
//! colour, with a legend below, for a view of the whole year.
use super::{Ctx, cell_text, filter, fit_row, print_setup, table_header};
use crate::labels::status_colour;
use crate::stats::counted_statuses;
use crate::{status_label, status_symbol};
use koonti_model::Status;
use rust_xlsxwriter::{Format, FormatAlign, FormatBorder, Worksheet, XlsxError};
use std::collections::HashMap;

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
    let mut row = table_header(sheet, 0, &columns, &ctx.f)?;
    sheet.set_freeze_panes(1, 2)?;
    // One lookup per cell: a national merge has thousands of units.
    let status_of: HashMap<(&str, &str), &Status> = ctx
        .report
        .answers
        .iter()
        .map(|a| ((a.unit.as_str(), a.measure.as_str()), &a.status))
        .collect();
    let formats = StatusFormats::new(ctx);
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
    filter(sheet, 0, row - 1, columns.len())?;
    legend(sheet, ctx, &formats, row + 1)?;
    print_setup(sheet, true);
    Ok(())
}

pub(crate) fn status_format(ctx: &Ctx, status: &Status) -> Format {
    Format::new()
        .set_border(FormatBorder::Thin)
        .set_align(FormatAlign::Center)
        .set_align(FormatAlign::VerticalCenter)
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

    fn of(&self, ctx: &Ctx, status: &Status) -> Format {
        self.0
            .iter()
            .find(|(s, _)| s == status)
            .map_or_else(|| status_format(ctx, status), |(_, f)| f.clone())
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

/// Each symbol on its colour with its word.
fn legend(
    sheet: &mut Worksheet,
    ctx: &Ctx,
    formats: &StatusFormats,
    mut row: u32,
) -> Result<(), XlsxError> {
    sheet.write_string_with_format(row, 1, ctx.l.legend(), &ctx.f.bold)?;
    for status in counted_statuses(ctx.programme) {
        row += 1;
        status_cell(sheet, ctx, formats, row, 0, &status)?;
        let label = status_label(&status, ctx.programme, ctx.l.0);
        sheet.write_string(row, 1, &label)?;
    }
    Ok(())
}

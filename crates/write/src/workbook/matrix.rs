//! Matriisi: measures × units, each cell the status as a symbol on its
//! colour, with a legend below, for a view of the whole year.
use super::{Ctx, cell_text, column_widths, filter, fit_row, header_row, print_setup};
use crate::labels::status_colour;
use crate::stats::counted_statuses;
use crate::{status_label, status_symbol};
use koonti_model::{Measure, Report, Section, Status};
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
    let header_row_at = 2;
    // The widths after the rows: see `column_widths`.
    let mut row = header_row(sheet, header_row_at, &columns, &ctx.f)?;
    sheet.set_freeze_panes(header_row_at + 1, 2)?;
    let measures = ctx.programme.measures();
    let grid = StatusGrid::of(ctx.report, &units, &measures);
    let first = row;
    for (m, (_, measure)) in measures.iter().enumerate() {
        sheet.write_string_with_format(row, 0, &measure.id, &ctx.f.text)?;
        sheet.write_string_with_format(row, 1, &measure.text, &ctx.f.text)?;
        fit_row(sheet, row, &[(&measure.text, 50.0)])?;
        status_row(sheet, ctx, &formats, row, grid.row(m))?;
        row += 1;
    }
    if row > first {
        sheet.ignore_error_range(first, 0, row - 1, 0, IgnoreError::NumberStoredAsText)?;
    }
    filter(sheet, header_row_at, row - 1, columns.len())?;
    column_widths(sheet, columns.iter().map(|c| c.1))?;
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

/// Each answer's status in a grid of measures × unit columns: one lookup
/// per answer and none per cell, where a map of (unit, measure) pairs was
/// filled and then looked up once a cell (a national merge has thousands
/// of units). An answer given twice shows its last status, as the map did.
struct StatusGrid<'a> {
    units: usize,
    /// Row by row; `None` where a unit has no answer to a measure.
    cells: Vec<Option<&'a Status>>,
}

impl<'a> StatusGrid<'a> {
    fn of(report: &'a Report, units: &[&str], measures: &[(&Section, &'a Measure)]) -> Self {
        // A unit's columns: a unit named twice has two.
        let mut columns: HashMap<&str, Vec<usize>> = HashMap::new();
        for (col, unit) in units.iter().enumerate() {
            columns.entry(unit).or_default().push(col);
        }
        let mut rows: HashMap<&str, Vec<usize>> = HashMap::new();
        for (row, (_, measure)) in measures.iter().enumerate() {
            rows.entry(measure.id.as_str()).or_default().push(row);
        }
        let mut cells = vec![None; units.len() * measures.len()];
        for answer in &report.answers {
            let (Some(cols), Some(rows)) = (
                columns.get(answer.unit.as_str()),
                rows.get(answer.measure.as_str()),
            ) else {
                continue;
            };
            for row in rows {
                for col in cols {
                    cells[row * units.len() + col] = Some(&answer.status);
                }
            }
        }
        StatusGrid {
            units: units.len(),
            cells,
        }
    }

    /// The statuses of measure `row`'s cells, unanswered where none.
    fn row(&self, row: usize) -> impl Iterator<Item = &'a Status> + '_ {
        self.cells[row * self.units..(row + 1) * self.units]
            .iter()
            .map(|status| status.unwrap_or(&Status::Unanswered))
    }
}

/// Writes a row's status cells from column 2, each the status as a symbol
/// on its colour. The cells are written bare and formatted a run of equal
/// statuses at a time: the writer looks a format up by hashing its every
/// field, which cost more than writing the cell. Each run is formatted
/// before the next is written, so formats are met in the order they were
/// when each cell was written with its own.
fn status_row<'a>(
    sheet: &mut Worksheet,
    ctx: &Ctx,
    formats: &StatusFormats,
    row: u32,
    statuses: impl Iterator<Item = &'a Status>,
) -> Result<(), XlsxError> {
    let mut statuses = statuses.peekable();
    let mut col = 2;
    while let Some(status) = statuses.next() {
        let symbol = status_symbol(status, ctx.programme);
        let start = col;
        sheet.write_string(row, col, symbol)?;
        while statuses.next_if(|next| *next == status).is_some() {
            col += 1;
            sheet.write_string(row, col, symbol)?;
        }
        sheet.set_range_format(row, start, row, col, &formats.of(ctx, status))?;
        col += 1;
    }
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

    /// Status rows formatted a run at a time make the same file as each
    /// cell written with its format, as the matrix was written until then.
    #[test]
    fn status_runs_make_the_same_file_as_a_format_a_cell() {
        use crate::workbook::WorkbookWriter;
        let programme = crate::test_support::siun();
        let report = crate::test_support::report_with(&programme, 1, |_, _| Status::Implemented);
        let writer = WorkbookWriter::default();
        let ctx = Ctx::for_tests(&report, &programme, &writer);
        let formats = StatusFormats::new(&ctx);
        let odd = Status::from("muu".to_string());
        let rows: [Vec<&Status>; 3] = [
            vec![&Status::Implemented, &Status::Implemented, &Status::Partial],
            vec![&Status::Unanswered, &odd, &odd, &Status::NotImplemented],
            vec![&Status::Partial, &Status::Implemented, &Status::Partial],
        ];
        let runs = crate::test_support::one_sheet_bytes(|sheet| {
            sheet.set_column_width(3, 16.0)?;
            for (row, statuses) in rows.iter().enumerate() {
                status_row(sheet, &ctx, &formats, row as u32, statuses.iter().copied())?;
            }
            Ok(())
        });
        let each = crate::test_support::one_sheet_bytes(|sheet| {
            sheet.set_column_width(3, 16.0)?;
            for (row, statuses) in rows.iter().enumerate() {
                for (col, status) in statuses.iter().enumerate() {
                    let symbol = status_symbol(status, ctx.programme);
                    let format = formats.of(&ctx, status);
                    sheet.write_string_with_format(row as u32, 2 + col as u16, symbol, &format)?;
                }
            }
            Ok(())
        });
        assert_eq!(runs, each);
    }

    /// The grid shows what a map of (unit, measure) pairs showed: the last
    /// answer's status, unanswered where none, a unit named twice in both
    /// its columns.
    #[test]
    fn the_grid_shows_what_the_map_showed() {
        let programme = crate::test_support::siun();
        let mut report = crate::test_support::report_with(&programme, 3, |unit, id| {
            match (unit + id.len()) % 3 {
                0 => Status::Implemented,
                1 => Status::Partial,
                _ => Status::NotImplemented,
            }
        });
        report.answers.remove(4);
        let mut again = report.answers[0].clone();
        again.status = Status::Unanswered;
        report.answers.push(again);
        let mut units: Vec<&str> = report.responses.iter().map(|r| r.unit.as_str()).collect();
        units.push(units[0]);
        let measures = programme.measures();
        let map: HashMap<(&str, &str), &Status> = report
            .answers
            .iter()
            .map(|a| ((a.unit.as_str(), a.measure.as_str()), &a.status))
            .collect();
        let grid = StatusGrid::of(&report, &units, &measures);
        for (m, (_, measure)) in measures.iter().enumerate() {
            let from_map: Vec<&Status> = units
                .iter()
                .map(|u| {
                    map.get(&(*u, measure.id.as_str()))
                        .copied()
                        .unwrap_or(&Status::Unanswered)
                })
                .collect();
            assert_eq!(grid.row(m).collect::<Vec<_>>(), from_map, "{}", measure.id);
        }
    }
}

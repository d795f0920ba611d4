//! Yhteenveto: what was merged, the summary paragraph, counts and shares per
//! action and per measure, and a chart of them.
use super::{Ctx, filter, fit_row, print_setup};
use crate::stats::{Tally, counted_statuses, of_measure, of_section};
use crate::{status_label, summary_paragraph};
use koonti_model::Status;
use rust_xlsxwriter::{
    Chart, ChartFormat, ChartLegendPosition, ChartSolidFill, ChartType, Format, Worksheet,
    XlsxError,
};

/// Column widths: number, text, then counts, total and shares.
const ID_WIDTH: f64 = 7.0;
const TEXT_WIDTH: f64 = 72.0;
const COUNT_WIDTH: f64 = 15.0;
const TOTAL_WIDTH: f64 = 9.0;
const SHARE_WIDTH: f64 = 8.0;

/// Writes the summary sheet.
pub(crate) fn write(sheet: &mut Worksheet, ctx: &Ctx) -> Result<(), XlsxError> {
    let name = ctx.l.sheet_summary();
    sheet.set_name(name)?;
    let statuses = counted_statuses(ctx.programme);
    let columns = 3 + 2 * statuses.len() as u16;
    set_widths(sheet, statuses.len())?;
    let mut row = heading_rows(sheet, ctx)?;
    row = paragraph(sheet, ctx, row, columns)?;
    sheet.write_string_with_format(row, 0, ctx.l.by_action(), &ctx.f.bold)?;
    row = header(sheet, ctx, row + 1, &statuses)?;
    for section in &ctx.programme.sections {
        let title = format!("{}: {}", section.id, section.title);
        let tally = Tally::of(of_section(ctx.report, section), &statuses);
        count_row(
            sheet,
            ctx,
            row,
            (&section.id, &title),
            &tally,
            &ctx.f.section,
        )?;
        row += 1;
    }
    row += 1;
    sheet.write_string_with_format(row, 0, ctx.l.by_measure(), &ctx.f.bold)?;
    let header_row = row + 1;
    row = header(sheet, ctx, header_row, &statuses)?;
    let first = row;
    for (_, measure) in ctx.programme.measures() {
        let tally = Tally::of(of_measure(ctx.report, &measure.id), &statuses);
        count_row(
            sheet,
            ctx,
            row,
            (&measure.id, &measure.text),
            &tally,
            &ctx.f.text,
        )?;
        row += 1;
    }
    filter(sheet, header_row, row - 1, columns as usize)?;
    if row > first {
        chart(sheet, ctx, name, (first, row - 1), &statuses, row + 1)?;
    }
    sheet.set_freeze_panes(1, 0)?;
    print_setup(sheet, true);
    sheet.set_print_fit_to_pages(1, 1);
    Ok(())
}

fn set_widths(sheet: &mut Worksheet, statuses: usize) -> Result<(), XlsxError> {
    sheet.set_column_width(0, ID_WIDTH)?;
    sheet.set_column_width(1, TEXT_WIDTH)?;
    for i in 0..statuses as u16 {
        sheet.set_column_width(2 + i, COUNT_WIDTH)?;
        sheet.set_column_width(3 + statuses as u16 + i, SHARE_WIDTH)?;
    }
    sheet.set_column_width(2 + statuses as u16, TOTAL_WIDTH)?;
    Ok(())
}

/// Title, period, when made, responses of expected and who is missing.
fn heading_rows(sheet: &mut Worksheet, ctx: &Ctx) -> Result<u32, XlsxError> {
    let (report, programme, l) = (ctx.report, ctx.programme, ctx.l);
    sheet.write_string_with_format(0, 0, &programme.title, &ctx.f.title)?;
    let made = format!("{} (koonti {})", ctx.writer.made, ctx.writer.version);
    let received = format!(
        "{} / {} {}",
        report.responses.len(),
        programme.units.len(),
        l.of_expected()
    );
    let missing = if report.missing_units.is_empty() {
        l.none().to_string()
    } else {
        report.missing_units.join(", ")
    };
    let period = if report.period.is_empty() {
        l.none()
    } else {
        &report.period
    };
    let rows = [
        (l.period(), period),
        (l.made(), made.trim()),
        (l.responses(), &received),
        (l.missing_units(), &missing),
    ];
    for (i, (label, value)) in rows.iter().enumerate() {
        let row = 1 + i as u32;
        sheet.merge_range(row, 0, row, 6, &format!("{label}: {value}"), &ctx.f.plain)?;
    }
    Ok(rows.len() as u32 + 2)
}

/// The summary paragraph in a merged cell tall enough for its lines.
fn paragraph(sheet: &mut Worksheet, ctx: &Ctx, row: u32, columns: u16) -> Result<u32, XlsxError> {
    sheet.write_string_with_format(row, 0, ctx.l.summary_heading(), &ctx.f.bold)?;
    let text = summary_paragraph(ctx.report, ctx.programme, ctx.l.0);
    sheet.merge_range(row + 1, 0, row + 1, columns - 1, &text, &ctx.f.paragraph)?;
    let line_chars = 175.0;
    let lines = (text.chars().count() as f64 * 1.1 / line_chars)
        .ceil()
        .max(1.0);
    sheet.set_row_height(row + 1, lines * 15.0 + 4.0)?;
    Ok(row + 3)
}

fn header(
    sheet: &mut Worksheet,
    ctx: &Ctx,
    row: u32,
    statuses: &[Status],
) -> Result<u32, XlsxError> {
    let mut titles = vec![ctx.l.number().to_string(), ctx.l.measure().to_string()];
    let labels: Vec<String> = statuses
        .iter()
        .map(|s| status_label(s, ctx.programme, ctx.l.0))
        .collect();
    titles.extend(labels.iter().cloned());
    titles.push(ctx.l.total().to_string());
    titles.extend(
        statuses
            .iter()
            .map(|s| format!("{} %", crate::status_symbol(s, ctx.programme))),
    );
    for (col, title) in titles.iter().enumerate() {
        sheet.write_string_with_format(row, col as u16, title, &ctx.f.header)?;
    }
    let cells: Vec<(&str, f64)> = labels.iter().map(|l| (l.as_str(), COUNT_WIDTH)).collect();
    fit_row(sheet, row, &cells)?;
    Ok(row + 1)
}

/// Id, text, the counts, the total and the shares.
fn count_row(
    sheet: &mut Worksheet,
    ctx: &Ctx,
    row: u32,
    (id, text): (&str, &str),
    tally: &Tally,
    format: &Format,
) -> Result<(), XlsxError> {
    sheet.write_string_with_format(row, 0, id, format)?;
    sheet.write_string_with_format(row, 1, text, format)?;
    fit_row(sheet, row, &[(text, TEXT_WIDTH)])?;
    let n = tally.counts.len() as u16;
    for (i, count) in tally.counts.iter().enumerate() {
        sheet.write_number_with_format(row, 2 + i as u16, *count, &ctx.f.number)?;
        sheet.write_number_with_format(
            row,
            3 + n + i as u16,
            tally.share(*count),
            &ctx.f.percent,
        )?;
    }
    sheet.write_number_with_format(row, 2 + n, tally.total, &ctx.f.number)?;
    Ok(())
}

/// The colour of a status's bars in the chart.
fn bar_colour(symbol: &str) -> &'static str {
    match symbol {
        "✓" => "#4E9A55",
        "◐" => "#E3B341",
        "✗" | "○" => "#C9473F",
        _ => "#A6A6A6",
    }
}

/// A stacked bar per measure of the counts by status, below the tables.
fn chart(
    sheet: &mut Worksheet,
    ctx: &Ctx,
    name: &str,
    (first, last): (u32, u32),
    statuses: &[Status],
    at: u32,
) -> Result<(), XlsxError> {
    let mut chart = Chart::new(ChartType::BarStacked);
    for (i, status) in statuses.iter().enumerate() {
        let colour = bar_colour(crate::status_symbol(status, ctx.programme));
        chart
            .add_series()
            .set_name(status_label(status, ctx.programme, ctx.l.0).as_str())
            .set_categories((name, first, 0, last, 0))
            .set_values((name, first, 2 + i as u16, last, 2 + i as u16))
            .set_format(ChartFormat::new().set_solid_fill(ChartSolidFill::new().set_color(colour)))
            .set_gap(40);
    }
    chart.title().set_name(ctx.l.chart_title());
    chart.y_axis().set_reverse();
    chart.legend().set_position(ChartLegendPosition::Bottom);
    chart
        .set_width(1000)
        .set_height(110 + 22 * (last - first + 1));
    sheet.insert_chart(at, 0, &chart)?;
    Ok(())
}

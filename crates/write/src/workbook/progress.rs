//! Kehitys (Utveckling, Progress): the follow-up across periods — the
//! paragraph, the share done per action and period with a chart, for a
//! quarterly status scale the statuses per quarter and the answers stuck
//! "Kesken", units that answered before but not now, the programme's
//! measure changes, and per measure × unit the status of every period side
//! by side with what changed (symbols and words, on the matrix's colours).
mod by_measure;

use super::matrix::status_format;
use super::{Ctx, cell_text, filter, fit_row, print_setup};
use crate::stats::counted_statuses;
use crate::{STALLED_QUARTERS, progress_paragraph, status_label};
use koonti_history::{SectionProgress, is_quarterly, section_progress, stalled, units_gone};
use koonti_model::{AnswerScale, History, HistoryRow, Period, Status};
use rust_xlsxwriter::{
    Chart, ChartLegendPosition, ChartType, Format, FormatAlign, FormatBorder, Worksheet, XlsxError,
};
use std::collections::HashMap;

/// Column widths: number, unit, measure, then one per period and change.
const ID_WIDTH: f64 = 7.0;
const UNIT_WIDTH: f64 = 24.0;
const TEXT_WIDTH: f64 = 46.0;
const PERIOD_WIDTH: f64 = 17.0;
/// Rows left for the chart below the shares table.
const CHART_ROWS: u32 = 18;

/// Writes the Kehitys sheet of `history`.
pub(crate) fn write(sheet: &mut Worksheet, ctx: &Ctx, history: &History) -> Result<(), XlsxError> {
    let l = ctx.l;
    sheet.set_name(l.sheet_progress())?;
    let n = history.periods.len() as u16;
    let columns = 3 + n + n.saturating_sub(1);
    sheet.set_column_width(0, ID_WIDTH)?;
    sheet.set_column_width(1, UNIT_WIDTH)?;
    sheet.set_column_width(2, TEXT_WIDTH)?;
    for col in 3..columns.max(5) {
        sheet.set_column_width(col, PERIOD_WIDTH)?;
    }
    let title = format!("{}: {}", l.progress_title(), ctx.programme.title);
    sheet.write_string_with_format(0, 0, &title, &ctx.f.title)?;
    let periods = format!(
        "{}: {}",
        l.periods(),
        history
            .periods
            .iter()
            .map(Period::to_string)
            .collect::<Vec<_>>()
            .join(", ")
    );
    sheet.merge_range(1, 0, 1, 2, &periods, &ctx.f.plain)?;
    let mut row = paragraph(sheet, ctx, history, 3, columns.max(5))?;
    row = shares(sheet, ctx, history, row)?;
    row = statuses_by_period(sheet, ctx, history, row)?;
    let status_scale = matches!(ctx.programme.scale, AnswerScale::Status { .. });
    if status_scale && is_quarterly(&history.periods) {
        row = stalled_answers(sheet, ctx, history, row)?;
    }
    row = gone(sheet, ctx, history, row)?;
    row = measure_changes(sheet, ctx, history, row)?;
    by_measure::answers(sheet, ctx, history, row)?;
    print_setup(sheet, true);
    Ok(())
}

fn paragraph(
    sheet: &mut Worksheet,
    ctx: &Ctx,
    history: &History,
    row: u32,
    columns: u16,
) -> Result<u32, XlsxError> {
    let text = progress_paragraph(history, ctx.programme, ctx.l.0);
    sheet.merge_range(row, 0, row, columns - 1, &text, &ctx.f.paragraph)?;
    let width: f64 = 77.0 + PERIOD_WIDTH * f64::from(columns.saturating_sub(3));
    let lines = (text.chars().count() as f64 * 1.1 / width).ceil().max(1.0);
    sheet.set_row_height(row, lines * 15.0 + 4.0)?;
    Ok(row + 2)
}

/// A header row over `titles` from column 0.
fn header(sheet: &mut Worksheet, ctx: &Ctx, row: u32, titles: &[String]) -> Result<(), XlsxError> {
    for (col, title) in titles.iter().enumerate() {
        sheet.write_string_with_format(row, col as u16, title, &ctx.f.header)?;
    }
    Ok(())
}

fn heading(sheet: &mut Worksheet, ctx: &Ctx, row: u32, text: &str) -> Result<u32, XlsxError> {
    sheet.write_string_with_format(row, 0, text, &ctx.f.bold)?;
    Ok(row + 1)
}

/// The share done per action and period, with a column chart below.
fn shares(sheet: &mut Worksheet, ctx: &Ctx, history: &History, row: u32) -> Result<u32, XlsxError> {
    let l = ctx.l;
    let marks = matches!(ctx.programme.scale, AnswerScale::Marks { .. });
    let title = if marks {
        l.done_share_by_action()
    } else {
        l.done_share_by_action_status()
    };
    let mut row = heading(sheet, ctx, row, title)?;
    let mut titles = vec![
        l.number().to_string(),
        l.section_word(ctx.programme),
        String::new(),
    ];
    titles.extend(history.periods.iter().map(Period::to_string));
    header(sheet, ctx, row, &titles)?;
    sheet.merge_range(row, 1, row, 2, &titles[1], &ctx.f.header)?;
    row += 1;
    let progress = section_progress(history, ctx.programme);
    let first = row;
    for section in &progress {
        share_row(sheet, ctx, row, section)?;
        row += 1;
    }
    if progress.is_empty() {
        return Ok(row + 1);
    }
    // All actions together: the share the paragraph above tells.
    let total = crate::summary::total_progress(&progress, l.total().to_string());
    share_row(sheet, ctx, row, &total)?;
    let chart_rows = row;
    row += 1;
    let mut chart = Chart::new(ChartType::Column);
    let name = l.sheet_progress();
    for (i, period) in history.periods.iter().enumerate() {
        let col = 3 + i as u16;
        chart
            .add_series()
            .set_name(&period.to_string())
            .set_categories((name, first, 0, chart_rows - 1, 0))
            .set_values((name, first, col, chart_rows - 1, col));
    }
    chart.title().set_name(if marks {
        l.progress_chart_title()
    } else {
        l.progress_chart_title_status()
    });
    chart
        .y_axis()
        .set_min(0.0)
        .set_max(1.0)
        .set_num_format("0 %");
    chart.legend().set_position(ChartLegendPosition::Bottom);
    chart.set_width(760).set_height(340);
    sheet.insert_chart(row + 1, 1, &chart)?;
    Ok(row + 2 + CHART_ROWS)
}

fn share_row(
    sheet: &mut Worksheet,
    ctx: &Ctx,
    row: u32,
    section: &SectionProgress,
) -> Result<(), XlsxError> {
    sheet.write_string_with_format(row, 0, &section.section, &ctx.f.text)?;
    sheet.merge_range(row, 1, row, 2, &section.title, &ctx.f.text)?;
    fit_row(sheet, row, &[(&section.title, UNIT_WIDTH + TEXT_WIDTH)])?;
    for i in 0..section.done.len() {
        let col = 3 + i as u16;
        match section.share(i) {
            Some(share) => sheet.write_number_with_format(row, col, share, &ctx.f.percent)?,
            None => sheet.write_string_with_format(row, col, ctx.l.none(), &ctx.f.text)?,
        };
    }
    Ok(())
}

/// Per option of the scale, in its order, the answers with it in each
/// period; then each option's share of the answered per period (the
/// basis said in its label). Every scale: three marks show three rows, a
/// four-option choice four.
fn statuses_by_period(
    sheet: &mut Worksheet,
    ctx: &Ctx,
    history: &History,
    row: u32,
) -> Result<u32, XlsxError> {
    let l = ctx.l;
    let heading_text = match ctx.programme.scale {
        AnswerScale::Status { .. } if is_quarterly(&history.periods) => l.statuses_by_period(),
        _ => l.answers_by_option(),
    };
    let mut row = heading(sheet, ctx, row, heading_text)?;
    let mut titles = vec![l.status().to_string(), String::new(), String::new()];
    titles.extend(history.periods.iter().map(Period::to_string));
    header(sheet, ctx, row, &titles)?;
    sheet.merge_range(row, 0, row, 2, l.status(), &ctx.f.header)?;
    row += 1;
    let options: Vec<Status> = counted_statuses(ctx.programme)
        .into_iter()
        .filter(Status::is_answered)
        .collect();
    let counts: Vec<Vec<usize>> = options
        .iter()
        .map(|status| {
            (0..history.periods.len())
                .map(|i| {
                    history
                        .rows
                        .iter()
                        .filter(|r| r.statuses.get(i).and_then(Option::as_ref) == Some(status))
                        .count()
                })
                .collect()
        })
        .collect();
    let answered: Vec<usize> = (0..history.periods.len())
        .map(|i| counts.iter().map(|c| c[i]).sum())
        .collect();
    for (status, counts) in options.iter().zip(&counts) {
        let label = status_label(status, ctx.programme, l.0);
        sheet.merge_range(row, 0, row, 2, &label, &ctx.f.text)?;
        for (i, count) in counts.iter().enumerate() {
            sheet.write_number_with_format(row, 3 + i as u16, *count as f64, &ctx.f.number)?;
        }
        row += 1;
    }
    for (status, counts) in options.iter().zip(&counts) {
        let label = format!(
            "{} ({})",
            status_label(status, ctx.programme, l.0),
            l.share_answered()
        );
        sheet.merge_range(row, 0, row, 2, &label, &ctx.f.text)?;
        for (i, count) in counts.iter().enumerate() {
            let col = 3 + i as u16;
            match answered[i] {
                0 => sheet.write_string_with_format(row, col, l.none(), &ctx.f.text)?,
                all => sheet.write_number_with_format(
                    row,
                    col,
                    *count as f64 / all as f64,
                    &ctx.f.percent,
                )?,
            };
        }
        row += 1;
    }
    Ok(row + 1)
}

/// The answers half-way (a status scale's "Kesken") in three quarters or
/// more.
fn stalled_answers(
    sheet: &mut Worksheet,
    ctx: &Ctx,
    history: &History,
    row: u32,
) -> Result<u32, XlsxError> {
    let l = ctx.l;
    let mut row = heading(sheet, ctx, row, l.stalled())?;
    let titles = [
        l.number().to_string(),
        l.unit().to_string(),
        l.measure().to_string(),
        l.status().to_string(),
        l.quarters().to_string(),
    ];
    header(sheet, ctx, row, &titles)?;
    row += 1;
    let texts = measure_texts(ctx, history);
    let stuck = stalled(history, ctx.programme, STALLED_QUARTERS);
    if stuck.is_empty() {
        sheet.write_string_with_format(row, 0, l.none(), &ctx.f.plain)?;
        row += 1;
    }
    for s in stuck {
        let text = texts.get(s.measure.as_str()).copied().unwrap_or_default();
        sheet.write_string_with_format(row, 0, &s.measure, &ctx.f.text)?;
        sheet.write_string_with_format(row, 1, cell_text(&s.unit, l), &ctx.f.text)?;
        sheet.write_string_with_format(row, 2, text, &ctx.f.text)?;
        let label = status_label(&s.status, ctx.programme, l.0);
        sheet.write_string_with_format(row, 3, &label, &status_format(ctx, &s.status))?;
        sheet.write_number_with_format(row, 4, s.periods as f64, &ctx.f.number)?;
        fit_row(sheet, row, &[(text, TEXT_WIDTH)])?;
        row += 1;
    }
    Ok(row + 1)
}

/// Units that answered in an earlier period but not in the last, with the
/// last period they answered.
fn gone(sheet: &mut Worksheet, ctx: &Ctx, history: &History, row: u32) -> Result<u32, XlsxError> {
    let l = ctx.l;
    let mut row = heading(sheet, ctx, row, l.units_gone())?;
    let units = units_gone(history);
    if units.is_empty() {
        sheet.write_string_with_format(row, 0, l.none(), &ctx.f.plain)?;
        return Ok(row + 2);
    }
    let titles = [
        String::new(),
        l.unit().to_string(),
        l.last_answered().to_string(),
    ];
    header(sheet, ctx, row, &titles)?;
    row += 1;
    for unit in units {
        let last = history
            .rows
            .iter()
            .filter(|r| r.unit == unit)
            .filter_map(|r| r.statuses.iter().rposition(Option::is_some))
            .max()
            .and_then(|i| history.periods.get(i))
            .map(Period::to_string)
            .unwrap_or_default();
        sheet.write_string_with_format(row, 1, cell_text(&unit, l), &ctx.f.text)?;
        sheet.write_string_with_format(row, 2, &last, &ctx.f.text)?;
        row += 1;
    }
    Ok(row + 1)
}

/// Measures a later programme version renamed, added or removed.
fn measure_changes(
    sheet: &mut Worksheet,
    ctx: &Ctx,
    history: &History,
    row: u32,
) -> Result<u32, XlsxError> {
    if history.measure_changes.is_empty() {
        return Ok(row);
    }
    let l = ctx.l;
    let mut row = heading(sheet, ctx, row, l.programme_changes())?;
    let titles = [
        l.number().to_string(),
        l.change().to_string(),
        l.earlier_text().to_string(),
        l.later_text().to_string(),
    ];
    header(sheet, ctx, row, &titles)?;
    row += 1;
    for change in &history.measure_changes {
        let what = format!(
            "{} ({} → {})",
            l.measure_change(change.kind),
            change.from_period,
            change.to_period
        );
        let before = change.from_text.as_deref().unwrap_or(l.none());
        let after = change.to_text.as_deref().unwrap_or(l.none());
        sheet.write_string_with_format(row, 0, &change.measure, &ctx.f.text)?;
        sheet.write_string_with_format(row, 1, &what, &ctx.f.text)?;
        sheet.write_string_with_format(row, 2, before, &ctx.f.text)?;
        sheet.write_string_with_format(row, 3, after, &ctx.f.text)?;
        fit_row(sheet, row, &[(before, TEXT_WIDTH), (after, PERIOD_WIDTH)])?;
        row += 1;
    }
    Ok(row + 1)
}

/// The measure texts: the newest programme's, then those of measures only
/// earlier periods had.
fn measure_texts<'a>(ctx: &Ctx<'a>, history: &'a History) -> HashMap<&'a str, &'a str> {
    let mut texts: HashMap<&str, &str> = history
        .measure_changes
        .iter()
        .filter_map(|c| Some((c.measure.as_str(), c.from_text.as_deref()?)))
        .collect();
    texts.extend(
        ctx.programme
            .measures()
            .into_iter()
            .map(|(_, m)| (m.id.as_str(), m.text.as_str())),
    );
    texts
}

#[cfg(test)]
mod tests;

//! The strategy-evaluation appendix as a workbook: a first page with the
//! summary paragraph and the counts per action, then one A4 landscape page
//! per action with its measures, how many units implemented each, the
//! highlights and what is coming, and a page of the respondents' remarks
//! (the free-form feedback).
use crate::appendix::{Action, Appendix, MeasureLine, Progress};
use crate::highlights::HighlightChoice;
use crate::labels::Labels;
use crate::stats::Highlight;
use crate::stats::Tally;
use crate::workbook::{Formats, cell_text, fit_header_row, fit_row};
use crate::{ReportWriter, WriteError, status_label};
use koonti_model::{Lang, Programme, Report};
use rust_xlsxwriter::{DocProperties, Workbook, Worksheet, XlsxError};

/// Writes the appendix as an .xlsx of one sheet, a page per action.
#[derive(Debug, Clone, Default)]
pub struct AppendixXlsxWriter {
    /// The language of labels.
    pub lang: Lang,
    /// The secretary's highlights (read from *Nostot*); `None`: the rule's.
    pub choices: Option<Vec<HighlightChoice>>,
}

impl ReportWriter for AppendixXlsxWriter {
    fn name(&self) -> &'static str {
        "xlsx"
    }

    fn render(&self, report: &Report, programme: &Programme) -> Result<Vec<u8>, WriteError> {
        let appendix = Appendix::of(report, programme, self.lang, self.choices.as_deref());
        let l = Labels(self.lang);
        let mut workbook = Workbook::new();
        workbook.set_properties(
            &DocProperties::new()
                .set_title(&appendix.title)
                .set_subject(&appendix.programme)
                .set_company(&programme.organisation),
        );
        let sheet = workbook.add_worksheet();
        write_sheet(sheet, &appendix, programme, l)?;
        Ok(workbook.save_to_buffer()?)
    }
}

/// Column widths: number, measure, one count per status of the scale (its
/// options in order, then no answer), highlights — narrower the more
/// options there are, so the page keeps its width.
fn widths(appendix: &Appendix) -> Vec<f64> {
    let counts = appendix.statuses.len();
    let mut widths = vec![6.0, 40.0];
    widths.extend(std::iter::repeat_n(12.0, counts));
    widths.push((80.0 - 12.0 * counts.saturating_sub(4) as f64).max(44.0));
    widths
}

/// The column after the counts: the share done (first page) and the
/// highlights (an action's page).
fn after_counts(appendix: &Appendix) -> u16 {
    2 + appendix.statuses.len() as u16
}

fn write_sheet(
    sheet: &mut Worksheet,
    appendix: &Appendix,
    programme: &Programme,
    l: Labels,
) -> Result<(), XlsxError> {
    let f = Formats::new();
    sheet.set_name(l.sheet_appendix())?;
    let widths = widths(appendix);
    for (col, width) in widths.iter().enumerate() {
        sheet.set_column_width(col as u16, *width)?;
    }
    let last_col = widths.len() as u16 - 1;
    sheet.merge_range(0, 0, 0, last_col, &appendix.title, &f.title)?;
    sheet.merge_range(1, 0, 1, last_col, &appendix.programme, &f.plain)?;
    let full_width: f64 = widths.iter().sum();
    sheet.merge_range(3, 0, 3, last_col, &appendix.paragraph, &f.paragraph)?;
    fit_row(sheet, 3, &[(&appendix.paragraph, full_width)])?;
    let mut row = overview(sheet, appendix, programme, l, &f, 5)?;
    if let Some(progress) = &appendix.progress {
        row = progress_rows(sheet, progress, programme, &widths, l, &f, row + 1)?;
    }
    let rule = l.highlight_rule(programme);
    sheet.merge_range(row + 1, 0, row + 1, last_col, &rule, &f.plain)?;
    fit_row(sheet, row + 1, &[(&rule, full_width)])?;
    let mut breaks = Vec::new();
    row += 3;
    for action in &appendix.actions {
        breaks.push(row);
        row = action_page(sheet, appendix, action, programme, l, &f, row)?;
        row = listed(sheet, &f, row, l.coming(), &action.coming, &widths)?;
    }
    if !appendix.feedback.is_empty() {
        breaks.push(row);
        listed(
            sheet,
            &f,
            row,
            l.feedback_heading(),
            &appendix.feedback,
            &widths,
        )?;
    }
    sheet.set_page_breaks(&breaks)?;
    sheet.set_paper_size(9);
    sheet.set_landscape();
    sheet.set_print_fit_to_pages(1, 0);
    sheet.set_margins(0.4, 0.4, 0.5, 0.5, 0.3, 0.3);
    sheet.set_footer("&L&\"-,Italic\"koonti&R&P / &N");
    Ok(())
}

/// The counts per action on the first page; returns the next free row.
fn overview(
    sheet: &mut Worksheet,
    appendix: &Appendix,
    programme: &Programme,
    l: Labels,
    f: &Formats,
    row: u32,
) -> Result<u32, XlsxError> {
    sheet.write_string_with_format(row, 0, l.by_section(programme), &f.bold)?;
    let header = count_header(appendix, programme, l);
    sheet.merge_range(row + 1, 0, row + 1, 1, l.measure(), &f.header)?;
    for (i, title) in header.iter().enumerate() {
        sheet.write_string_with_format(row + 1, 2 + i as u16, title, &f.header)?;
    }
    let cells: Vec<(&str, f64)> = header.iter().map(|h| (h.as_str(), 11.0)).collect();
    fit_header_row(sheet, row + 1, &cells)?;
    let share_title = format!(
        "{} ({})",
        status_label(&appendix.done, programme, l.0),
        l.share()
    );
    let share_col = after_counts(appendix);
    sheet.write_string_with_format(row + 1, share_col, &share_title, &f.header)?;
    let mut row = row + 2;
    for action in &appendix.actions {
        sheet.merge_range(row, 0, row, 1, &action.heading, &f.text)?;
        let heading_width = widths(appendix)[..2].iter().sum();
        fit_row(sheet, row, &[(&action.heading, heading_width)])?;
        counts(sheet, row, &action.tally, appendix.responses, f, false)?;
        let share = appendix.done_share(&action.tally);
        sheet.write_number_with_format(row, share_col, share, &f.percent)?;
        row += 1;
    }
    Ok(row)
}

/// The progress over the periods: its paragraph and the share done per
/// action and period; returns the next free row.
fn progress_rows(
    sheet: &mut Worksheet,
    progress: &Progress,
    programme: &Programme,
    widths: &[f64],
    l: Labels,
    f: &Formats,
    row: u32,
) -> Result<u32, XlsxError> {
    let last_col = widths.len() as u16 - 1;
    sheet.write_string_with_format(row, 0, l.progress_heading(), &f.bold)?;
    sheet.merge_range(
        row + 1,
        0,
        row + 1,
        last_col,
        &progress.paragraph,
        &f.paragraph,
    )?;
    let full_width: f64 = widths.iter().sum();
    fit_row(sheet, row + 1, &[(&progress.paragraph, full_width)])?;
    let title = if matches!(programme.scale, koonti_model::AnswerScale::Marks { .. }) {
        l.done_share_by_action()
    } else {
        l.done_share_by_action_status()
    };
    let header_row = row + 2;
    sheet.merge_range(header_row, 0, header_row, 1, title, &f.header)?;
    // Periods in the count columns, then the highlights column: an
    // appendix follows at most five periods on its first page.
    let shown = progress.periods.len().min(5);
    let first = progress.periods.len() - shown;
    for (i, period) in progress.periods[first..].iter().enumerate() {
        sheet.write_string_with_format(header_row, 2 + i as u16, period.to_string(), &f.header)?;
    }
    let mut row = header_row + 1;
    for (heading, shares) in &progress.shares {
        sheet.merge_range(row, 0, row, 1, heading, &f.text)?;
        fit_row(sheet, row, &[(heading, widths[0] + widths[1])])?;
        for (i, share) in shares[first..].iter().enumerate() {
            let col = 2 + i as u16;
            match share {
                Some(share) => sheet.write_number_with_format(row, col, *share, &f.percent)?,
                None => sheet.write_string_with_format(row, col, l.none(), &f.text)?,
            };
        }
        row += 1;
    }
    Ok(row)
}

/// The status headers: "✓ Toteutunut", …
fn count_header(appendix: &Appendix, programme: &Programme, l: Labels) -> Vec<String> {
    appendix
        .statuses
        .iter()
        .map(|s| status_label(s, programme, l.0))
        .collect()
}

/// Counts from column C, one per status, as numbers: per measure shown "n / units" (by a
/// number format, so the cell stays a number to sum and sort), per action
/// as "n".
fn counts(
    sheet: &mut Worksheet,
    row: u32,
    tally: &Tally,
    responses: usize,
    f: &Formats,
    of_units: bool,
) -> Result<(), XlsxError> {
    let of_units_format = f
        .number
        .clone()
        .set_num_format(format!("0\" / {responses}\""));
    let format = if of_units {
        &of_units_format
    } else {
        &f.number
    };
    for (i, n) in tally.counts.iter().enumerate() {
        sheet.write_number_with_format(row, 2 + i as u16, *n, format)?;
    }
    Ok(())
}

/// One action's page; returns the next free row.
fn action_page(
    sheet: &mut Worksheet,
    appendix: &Appendix,
    action: &Action,
    programme: &Programme,
    l: Labels,
    f: &Formats,
    row: u32,
) -> Result<u32, XlsxError> {
    let widths = widths(appendix);
    let highlights_col = after_counts(appendix);
    sheet.merge_range(row, 0, row, highlights_col, &action.heading, &f.title)?;
    let mut header = vec![l.number().to_string(), l.measure().to_string()];
    header.extend(count_header(appendix, programme, l));
    header.push(l.highlights().to_string());
    for (col, title) in header.iter().enumerate() {
        sheet.write_string_with_format(row + 1, col as u16, title, &f.header)?;
    }
    let cells: Vec<(&str, f64)> = header
        .iter()
        .map(String::as_str)
        .zip(widths.iter().copied())
        .collect();
    fit_header_row(sheet, row + 1, &cells)?;
    let mut row = row + 2;
    for measure in &action.measures {
        sheet.write_string_with_format(row, 0, &measure.id, &f.text)?;
        sheet.write_string_with_format(row, 1, &measure.text, &f.text)?;
        counts(sheet, row, &measure.tally, appendix.responses, f, true)?;
        let highlights = cell_text(&highlight_text(measure), l);
        sheet.write_string_with_format(row, highlights_col, &highlights, &f.text)?;
        fit_row(
            sheet,
            row,
            &[
                (&measure.text, widths[1]),
                (&highlights, widths[highlights_col as usize]),
            ],
        )?;
        row += 1;
    }
    Ok(row + 1)
}

/// "• sentence (Unit)" per highlight, one a line.
pub(crate) fn highlight_text(measure: &MeasureLine) -> String {
    measure
        .highlights
        .iter()
        .map(|h| format!("• {} ({})", h.text, h.unit))
        .collect::<Vec<_>>()
        .join("\n")
}

/// A heading and a bulleted list over the page's width ("Tulossa",
/// "Vastanneiden huomioita"); nothing when the list is empty. Returns the
/// next free row.
fn listed(
    sheet: &mut Worksheet,
    f: &Formats,
    row: u32,
    heading: &str,
    items: &[Highlight],
    widths: &[f64],
) -> Result<u32, XlsxError> {
    if items.is_empty() {
        return Ok(row);
    }
    let width: f64 = widths.iter().sum();
    let last_col = widths.len() as u16 - 1;
    sheet.merge_range(row, 0, row, last_col, heading, &f.bold)?;
    let mut row = row + 1;
    for item in items {
        let text = format!("• {} ({})", item.text, item.unit);
        sheet.merge_range(row, 0, row, last_col, &text, &f.plain)?;
        fit_row(sheet, row, &[(&text, width)])?;
        row += 1;
    }
    Ok(row + 1)
}

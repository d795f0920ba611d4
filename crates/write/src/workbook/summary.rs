//! Yhteenveto: what was merged, the summary paragraph, counts and shares per
//! action and per measure, and a chart of them.
use super::{Ctx, LINE_POINTS, chart, filter, fit_header_row, fit_row, page_points, print_setup};
use crate::local_time::finnish_local;
use crate::stats::{Tally, counted_by_measure, counted_statuses, of_section};
use crate::{status_label, summary_paragraph};
use koonti_model::Status;
use rust_xlsxwriter::{Format, IgnoreError, Worksheet, XlsxError};

/// Column widths: number, text, then counts, total and shares.
const ID_WIDTH: f64 = 7.0;
const TEXT_WIDTH: f64 = 72.0;
const COUNT_WIDTH: f64 = 15.0;
const TOTAL_WIDTH: f64 = 9.0;
const SHARE_WIDTH: f64 = 10.0;
/// The width of the whole sheet (with four counted statuses).
const FULL_WIDTH: f64 = ID_WIDTH + TEXT_WIDTH + 4.0 * COUNT_WIDTH + TOTAL_WIDTH + 4.0 * SHARE_WIDTH;

/// Writes the summary sheet.
pub(crate) fn write(sheet: &mut Worksheet, ctx: &Ctx) -> Result<(), XlsxError> {
    let name = ctx.l.sheet_summary();
    sheet.set_name(name)?;
    let statuses = counted_statuses(ctx.programme);
    let columns = 3 + 2 * statuses.len() as u16;
    set_widths(sheet, statuses.len())?;
    let mut row = heading_rows(sheet, ctx)?;
    let text = summary_paragraph(ctx.report, ctx.programme, ctx.l.0);
    row = paragraph(sheet, ctx, row, columns, &text)?;
    let paragraph_lines = crate::workbook::wrapped_lines(&text, FULL_WIDTH);
    // Heights in points: the rows above the tables and the tables.
    let mut top = f64::from(row) * LINE_POINTS + paragraph_lines as f64 * LINE_POINTS;
    sheet.write_string_with_format(row, 0, ctx.l.by_section(ctx.programme), &ctx.f.bold)?;
    let section_word = ctx.l.section_word(ctx.programme);
    row = header(sheet, ctx, row + 1, &section_word, &statuses)?;
    let first_section = row;
    for section in &ctx.programme.sections {
        let title = format!("{}: {}", section.id, section.title);
        let tally = Tally::of(of_section(ctx.report, section), &statuses);
        top += count_row(
            sheet,
            ctx,
            row,
            (&section.id, &title),
            &tally,
            &ctx.f.section,
        )?;
        row += 1;
    }
    ids_are_text(sheet, first_section, row)?;
    let mut measures_height = 3.0 * LINE_POINTS;
    row += 1;
    sheet.write_string_with_format(row, 0, ctx.l.by_measure(), &ctx.f.bold)?;
    let header_row = row + 1;
    row = header(sheet, ctx, header_row, ctx.l.measure(), &statuses)?;
    let first = row;
    let names = columns;
    let by_measure = counted_by_measure(ctx.report);
    for (_, measure) in ctx.programme.measures() {
        let answers = by_measure.get(measure.id.as_str()).into_iter().flatten();
        let tally = Tally::of(answers.copied(), &statuses);
        measures_height += count_row(
            sheet,
            ctx,
            row,
            (&measure.id, &measure.text),
            &tally,
            &ctx.f.text,
        )?;
        let short = chart::short_name(&measure.id, &measure.text, SHORT_NAME_CHARS);
        sheet.write_string(row, names, &short)?;
        row += 1;
    }
    ids_are_text(sheet, first, row)?;
    filter(sheet, header_row, row - 1, columns as usize)?;
    sheet.set_column_hidden(names)?;
    let mut chart_height = 0.0;
    if row > first {
        let data = chart::ChartData {
            sheet: name,
            rows: (first, row - 1),
            names,
            counts: 2,
            max: counted_units(ctx),
            max_height: page_points(FULL_WIDTH, true, 0.0),
        };
        chart_height = chart::insert(sheet, ctx, &data, &statuses, row + 1)?;
    }
    let page = page_points(FULL_WIDTH, true, 0.0);
    let breaks = summary_breaks(page, (top, measures_height, chart_height), row + 1);
    sheet.set_freeze_panes(1, 0)?;
    print_setup(sheet, true);
    sheet.set_page_breaks(&breaks)?;
    Ok(())
}

/// The characters of a chart category: id and the measure's first words.
const SHORT_NAME_CHARS: usize = 42;

/// The units whose answers are counted: the most a measure can have.
fn counted_units(ctx: &Ctx) -> u32 {
    let left_out = crate::stats::nothing_to_comment(ctx.report).len();
    (ctx.report.responses.len() - left_out) as u32
}

/// Ids such as "1.2" are text on purpose: no green triangles over them.
fn ids_are_text(sheet: &mut Worksheet, first: u32, end: u32) -> Result<(), XlsxError> {
    if end > first {
        sheet.ignore_error_range(first, 0, end - 1, 0, IgnoreError::NumberStoredAsText)?;
    }
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
    let made = format!(
        "{} (koonti {})",
        finnish_local(&ctx.writer.made, l.0),
        ctx.writer.version
    );
    let received = l.received(report.responses.len(), programme.units.len());
    let missing = if report.missing_units.is_empty() {
        l.none().to_string()
    } else {
        report.missing_units.join(", ")
    };
    let period = if report.period.is_unknown() {
        l.none().to_string()
    } else {
        report.period.to_string()
    };
    let rows = [
        (l.period(), period.as_str()),
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
fn paragraph(
    sheet: &mut Worksheet,
    ctx: &Ctx,
    row: u32,
    columns: u16,
    text: &str,
) -> Result<u32, XlsxError> {
    sheet.write_string_with_format(row, 0, ctx.l.summary_heading(), &ctx.f.bold)?;
    sheet.merge_range(row + 1, 0, row + 1, columns - 1, text, &ctx.f.paragraph)?;
    fit_row(sheet, row + 1, &[(text, FULL_WIDTH)])?;
    Ok(row + 3)
}

/// The header of a count table whose rows are `what` (an action, a goal,
/// a measure).
fn header(
    sheet: &mut Worksheet,
    ctx: &Ctx,
    row: u32,
    what: &str,
    statuses: &[Status],
) -> Result<u32, XlsxError> {
    let mut titles = vec![ctx.l.number().to_string(), what.to_string()];
    let labels: Vec<String> = statuses
        .iter()
        .map(|s| status_label(s, ctx.programme, ctx.l.0))
        .collect();
    titles.extend(labels.iter().cloned());
    titles.push(ctx.l.total().to_string());
    titles.extend(statuses.iter().map(|s| {
        format!(
            "{} {}",
            crate::status_symbol(s, ctx.programme),
            ctx.l.share()
        )
    }));
    for (col, title) in titles.iter().enumerate() {
        sheet.write_string_with_format(row, col as u16, title, &ctx.f.header)?;
    }
    let mut cells: Vec<(&str, f64)> = labels.iter().map(|l| (l.as_str(), COUNT_WIDTH)).collect();
    let shares: Vec<&str> = titles[titles.len() - statuses.len()..]
        .iter()
        .map(String::as_str)
        .collect();
    cells.extend(shares.iter().map(|t| (*t, SHARE_WIDTH)));
    fit_header_row(sheet, row, &cells)?;
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
) -> Result<f64, XlsxError> {
    sheet.write_string_with_format(row, 0, id, format)?;
    sheet.write_string_with_format(row, 1, text, format)?;
    let height = fit_row(sheet, row, &[(text, TEXT_WIDTH)])?;
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
    Ok(height)
}

/// Where Yhteenveto's printed pages break, from the heights (in points)
/// of its parts — the heading with the counts per action, the measures'
/// table and the chart — and the row the chart starts on: nowhere when all
/// fit one page; else the tables flow over the pages and the chart starts
/// a page of its own (where it fits whole: its height is capped at a page).
/// Nothing is shrunk below the width-fitted size to squeeze the sheet onto
/// one page.
fn summary_breaks(page: f64, (top, measures, chart): (f64, f64, f64), chart_row: u32) -> Vec<u32> {
    if top + measures + chart <= page {
        Vec::new()
    } else {
        vec![chart_row]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_summary_prints_on_one_page_when_it_fits_and_never_shrinks_to() {
        assert!(summary_breaks(600.0, (100.0, 200.0, 250.0), 30).is_empty());
        // Too long for one page: the chart starts a page of its own.
        assert_eq!(summary_breaks(600.0, (100.0, 300.0, 250.0), 30), [30]);
        assert_eq!(summary_breaks(600.0, (400.0, 300.0, 250.0), 30), [30]);
    }
}

/// Issue 21: the summary's sentences, its tables and the appendix count
/// shares on one basis, so every percentage a sentence names is one its
/// table shows.
#[cfg(test)]
mod share_basis_tests {
    use crate::test_support::{report_with, siun};
    use crate::{AppendixHtmlWriter, ReportWriter, WorkbookWriter, summary_paragraph};
    use calamine::{Data, Reader, open_workbook_from_rs};
    use koonti_model::{Lang, Status};

    /// The whole percentages written in `text` ("53 %", "53%").
    fn percentages(text: &str) -> Vec<u32> {
        let chars: Vec<char> = text.chars().collect();
        let mut found = Vec::new();
        let mut i = 0;
        while i < chars.len() {
            if chars[i].is_ascii_digit() {
                let start = i;
                while i < chars.len() && chars[i].is_ascii_digit() {
                    i += 1;
                }
                let mut j = i;
                while j < chars.len() && (chars[j] == ' ' || chars[j] == '\u{a0}') {
                    j += 1;
                }
                if chars.get(j) == Some(&'%') {
                    let digits: String = chars[start..i].iter().collect();
                    found.extend(digits.parse::<u32>().ok());
                }
            } else {
                i += 1;
            }
        }
        found
    }

    #[test]
    fn every_percentage_in_the_sentences_is_in_its_table() {
        let programme = siun();
        // Like the samples: action 1 is often left unanswered, so its share
        // of the answered (high) and of all items (low) differ.
        let report = report_with(&programme, 5, |unit, measure| {
            match (unit, measure.chars().next()) {
                (0 | 1, Some('1')) => Status::Unanswered,
                (_, Some('1')) => Status::Implemented,
                (0..=2, Some('2')) => Status::Implemented,
                (_, Some('2')) => Status::NotImplemented,
                (0, _) => Status::NotImplemented,
                _ => Status::Implemented,
            }
        });
        for lang in [Lang::Fi, Lang::Sv, Lang::En] {
            let paragraph = summary_paragraph(&report, &programme, lang);
            let named = percentages(&paragraph);
            assert!(named.len() >= 2, "{lang:?}: no ranking in {paragraph}");
            let bytes = WorkbookWriter::new(lang, "t", "")
                .render(&report, &programme)
                .expect("workbook");
            let mut book: calamine::Xlsx<_> =
                open_workbook_from_rs(std::io::Cursor::new(bytes)).expect("xlsx");
            let name = book.sheet_names()[0].clone();
            let sheet = book.worksheet_range(&name).expect("summary sheet");
            // The shares of the table per action: rows "1 | 1: title | …".
            let shown: Vec<u32> = sheet
                .rows()
                .filter(|r| {
                    r.len() > 1
                        && programme
                            .sections
                            .iter()
                            .any(|s| r[1].to_string().starts_with(&format!("{}: ", s.id)))
                })
                .flat_map(|r| r.iter())
                .filter_map(|c| match c {
                    Data::Float(f) if (0.0..=1.0).contains(f) => Some((f * 100.0).round() as u32),
                    _ => None,
                })
                .collect();
            let html = String::from_utf8(
                AppendixHtmlWriter {
                    lang,
                    ..Default::default()
                }
                .render(&report, &programme)
                .expect("appendix"),
            )
            .expect("utf-8");
            let overview = html.split("</table>").next().unwrap_or("").to_string();
            for p in named {
                assert!(
                    shown.contains(&p),
                    "{lang:?}: {p} % not in the table: {paragraph}"
                );
                assert!(
                    percentages(&overview).contains(&p),
                    "{lang:?}: {p} % not in the appendix's table"
                );
            }
        }
    }
}

//! One sheet per action, laid out as the committee reads it now: for each
//! unit, its measures with the status as a symbol and a word, and its text
//! with bullets on separate lines.
use super::{
    Ctx, LINE_POINTS, Pages, RepeatedLines, bullets, cell_string, cell_text, column_widths,
    fit_header_row, fit_lines, format_block, page_points, print_setup, wrapped_lines,
};
use crate::stats::{Tally, counted_statuses, of_section};
use crate::status_label;
use koonti_model::{Answer, AnswerScale, ExtraKind, Measure, Section};
use rust_xlsxwriter::{Worksheet, XlsxError};
use std::collections::HashMap;

/// Writes the sheet of one top-level section.
pub(crate) fn write(sheet: &mut Worksheet, ctx: &Ctx, section: &Section) -> Result<(), XlsxError> {
    let word = ctx.l.section_word(ctx.programme);
    sheet.set_name(sheet_name(&word, &section.id))?;
    let columns = Columns::of(ctx);
    let last = columns.last();
    let title = format!("{word} {}: {}", section.id, section.title);
    sheet.merge_range(0, 0, 0, last, &title, &ctx.f.title)?;
    sheet.merge_range(1, 0, 1, last, &counts_line(ctx, section), &ctx.f.plain)?;
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
    let widths = columns.widths();
    let width: f64 = widths.iter().sum();
    let mut pages = Pages::new(page_points(width, false, TITLE_POINTS), 0.0);
    let mut row = 3;
    let header = columns.headers(ctx);
    let mut measure_lines = RepeatedLines::new(widths[0]);
    for response in &ctx.report.responses {
        let answers = by_unit
            .get(response.unit.as_str())
            .map_or(&[][..], Vec::as_slice);
        let block = Block {
            columns: &columns,
            widths: &widths,
            header: &header,
            unit: &response.unit,
            answers,
        };
        let (next, height) = unit_block(sheet, ctx, &block, &mut measure_lines, row)?;
        // The blank row before the block ends the page rather than starts it.
        pages.place(row, height);
        row = next;
    }
    // After the rows, which are written without a format: see
    // `column_widths`.
    column_widths(sheet, widths)?;
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

/// Widths of the VASTUU and AIKATAULU columns, when shown.
const FIXED_WIDTHS: [f64; 2] = [20.0, 14.0];

/// The columns of an action sheet: measure, status and text, and for a
/// programme with VASTUU and AIKATAULU (a status scale, or measures or
/// answers that name them) those two after the measure, so the committee
/// reads what each unit wrote there beside its status.
struct Columns<'a> {
    /// The programme's measures by id, when VASTUU and AIKATAULU are shown.
    fixed: Option<HashMap<&'a str, &'a Measure>>,
}

impl<'a> Columns<'a> {
    fn of(ctx: &Ctx<'a>) -> Columns<'a> {
        let measures = ctx.programme.measures();
        let shown = matches!(ctx.programme.scale, AnswerScale::Status { .. })
            || measures
                .iter()
                .any(|(_, m)| m.responsible.is_some() || m.schedule.is_some())
            || ctx.report.answers.iter().any(|a| {
                a.extra
                    .iter()
                    .any(|e| matches!(e.kind, Some(ExtraKind::Responsible | ExtraKind::Schedule)))
            });
        Columns {
            fixed: shown.then(|| measures.iter().map(|(_, m)| (m.id.as_str(), *m)).collect()),
        }
    }

    fn widths(&self) -> Vec<f64> {
        match self.fixed {
            Some(_) => [
                WIDTHS[0],
                FIXED_WIDTHS[0],
                FIXED_WIDTHS[1],
                WIDTHS[1],
                WIDTHS[2],
            ]
            .to_vec(),
            None => WIDTHS.to_vec(),
        }
    }

    fn last(&self) -> u16 {
        self.widths().len() as u16 - 1
    }

    fn headers(&self, ctx: &Ctx) -> Vec<String> {
        let mut headers = vec![ctx.l.measures().to_string()];
        if self.fixed.is_some() {
            headers.push(ctx.l.responsible().to_string());
            headers.push(ctx.l.schedule().to_string());
        }
        headers.push(ctx.l.status().to_string());
        headers.push(ctx.l.text_header(ctx.programme));
        headers
    }

    /// The cells of one answer's row.
    fn cells(&self, ctx: &Ctx, answer: &Answer) -> Vec<String> {
        let mut cells = vec![answer.measure_text.clone()];
        if let Some(measures) = &self.fixed {
            let measure = measures.get(answer.measure.as_str());
            let own = |kind: ExtraKind| {
                answer
                    .extra
                    .iter()
                    .filter(|e| e.kind == Some(kind) && !e.text.trim().is_empty())
                    .map(|e| e.text.as_str())
                    .collect::<Vec<_>>()
                    .join("\n")
            };
            let responsible = measure.and_then(|m| m.responsible.as_deref());
            let schedule = measure.and_then(|m| m.schedule.as_deref());
            cells.push(fixed_value(&own(ExtraKind::Responsible), responsible, ctx));
            cells.push(fixed_value(&own(ExtraKind::Schedule), schedule, ctx));
        }
        cells.push(status_cell(ctx, answer));
        cells.push(cell_string(bullets(&answer.items), ctx.l));
        cells
    }
}

/// What a unit wrote in VASTUU or AIKATAULU, else the programme's value;
/// a unit's edit of the programme's value shows the programme's under it.
fn fixed_value(unit: &str, programme: Option<&str>, ctx: &Ctx) -> String {
    let programme = programme.map(str::trim).filter(|p| !p.is_empty());
    match (unit.trim(), programme) {
        ("", Some(p)) => p.to_string(),
        (u, Some(p)) if same_words(u, p) => u.to_string(),
        (u, Some(p)) => format!("{u}\n({}: {p})", ctx.l.in_programme()),
        (u, None) => u.to_string(),
    }
}

/// Equal up to case and whitespace.
fn same_words(a: &str, b: &str) -> bool {
    let words = |s: &str| {
        s.split_whitespace()
            .map(str::to_lowercase)
            .collect::<Vec<_>>()
    };
    words(a) == words(b)
}

/// The status as a symbol and a word, with the earlier periods' statuses
/// and a status value that gave none under it.
fn status_cell(ctx: &Ctx, answer: &Answer) -> String {
    let label = ctx.labels.get(&answer.status, ctx);
    if !answer.extra.iter().any(|e| {
        matches!(
            e.kind,
            Some(ExtraKind::EarlierStatus | ExtraKind::UnreadStatus)
        )
    }) {
        return label.into_owned();
    }
    let mut lines = vec![label.into_owned()];
    for extra in &answer.extra {
        match extra.kind {
            Some(ExtraKind::EarlierStatus) => {
                lines.push(format!("{}: {}", extra.header, extra.text))
            }
            Some(ExtraKind::UnreadStatus) => lines.push(format!("”{}”", extra.text)),
            _ => {}
        }
    }
    lines.join("\n")
}

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
/// What one unit's block on an action sheet shows.
struct Block<'a, 'r> {
    columns: &'a Columns<'a>,
    /// The columns' widths (the same for every unit).
    widths: &'a [f64],
    /// The table header's titles (the same for every unit).
    header: &'a [String],
    unit: &'a str,
    answers: &'a [&'r Answer],
}

fn unit_block<'r>(
    sheet: &mut Worksheet,
    ctx: &Ctx,
    block: &Block<'_, 'r>,
    measure_lines: &mut RepeatedLines,
    mut row: u32,
) -> Result<(u32, f64), XlsxError> {
    let Block {
        columns,
        widths,
        header,
        unit,
        answers,
    } = *block;
    let last = widths.len() as u16 - 1;
    sheet.merge_range(row, 0, row, last, &cell_text(unit, ctx.l), &ctx.f.section)?;
    let mut height = 2.0 * LINE_POINTS;
    row += 1;
    // The header's format given to the row at once: the writer hashes a
    // format's every field to look it up, once per call.
    for (col, title) in header.iter().enumerate() {
        sheet.write_string(row, col as u16, title)?;
    }
    format_block(sheet, (row, row), 0..header.len() as u16, &ctx.f.header)?;
    height += fit_header_row(
        sheet,
        row,
        &[(&header[last as usize], widths[last as usize])],
    )?;
    row += 1;
    let first = row;
    for answer in answers {
        let cells = columns.cells(ctx, answer);
        // The first cell is the measure's text, counted once per measure.
        let lines = cells
            .iter()
            .zip(widths)
            .skip(1)
            .map(|(text, width)| wrapped_lines(text, *width))
            .fold(measure_lines.lines(&answer.measure_text), usize::max);
        height += fit_lines(sheet, row, lines)?;
        // Moved into the sheet, not copied.
        for (col, text) in cells.into_iter().enumerate() {
            sheet.write_string(row, col as u16, text)?;
        }
        row += 1;
    }
    format_block(
        sheet,
        (first, row.saturating_sub(1)),
        0..last + 1,
        &ctx.f.text,
    )?;
    Ok((row + 1, height))
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::test_support::report_with;
    use crate::workbook::WorkbookWriter;
    use koonti_model::{ExtraField, Status};

    fn extra(header: &str, text: &str, kind: ExtraKind) -> ExtraField {
        ExtraField {
            header: header.into(),
            text: text.into(),
            cell: "C5".into(),
            kind: Some(kind),
        }
    }

    /// VASTUU and AIKATAULU as the unit wrote them, the programme's value
    /// when it wrote none, and earlier quarters and unread values under
    /// the status.
    #[test]
    fn status_scale_sheets_show_vastuu_aikataulu_and_earlier_statuses() {
        let programme = koonti_programme::load("keusote-2020-2025").expect("bundled");
        let mut report = report_with(&programme, 1, |_, _| Status::Option("done".into()));
        let first = &mut report.answers[0];
        first.extra = vec![
            extra("VASTUU", "Viestintä ja hallinto", ExtraKind::Responsible),
            extra("AIKATAULU", "2026", ExtraKind::Schedule),
            extra("TILA Q1/2025", "Kesken", ExtraKind::EarlierStatus),
        ];
        let second = &mut report.answers[1];
        second.status = Status::Unanswered;
        second.extra = vec![extra(
            "TILA",
            "Valmis / osittain kesken",
            ExtraKind::UnreadStatus,
        )];
        let writer = WorkbookWriter::default();
        let ctx = Ctx::for_tests(&report, &programme, &writer);
        let columns = Columns::of(&ctx);
        assert_eq!(
            columns.headers(&ctx)[..4],
            ["Toimenpiteet", "Vastuu", "Aikataulu", "Tila"]
        );
        let cells = columns.cells(&ctx, &report.answers[0]);
        assert_eq!(
            cells[1],
            "Viestintä ja hallinto\n(ohjelmassa: Viestintä ja palvelualueet)"
        );
        assert_eq!(cells[2], "2026");
        assert!(
            cells[3].ends_with("Valmis\nTILA Q1/2025: Kesken"),
            "{}",
            cells[3]
        );
        let cells = columns.cells(&ctx, &report.answers[1]);
        assert_eq!(cells[1], "");
        assert!(
            cells[3].ends_with("\n”Valmis / osittain kesken”"),
            "{}",
            cells[3]
        );
        // A marks programme without VASTUU keeps its three columns.
        let siun = crate::test_support::siun();
        let report = report_with(&siun, 1, |_, _| Status::Implemented);
        let ctx = Ctx {
            report: &report,
            programme: &siun,
            ..ctx
        };
        assert_eq!(Columns::of(&ctx).headers(&ctx).len(), 3);
    }

    /// The widths set after the rows make the same sheet as set first, as
    /// action sheets were written until then.
    #[test]
    fn widths_after_the_rows_make_the_same_file() {
        let programme = koonti_programme::load("keusote-2020-2025").expect("bundled");
        let mut report = report_with(&programme, 3, |_, _| Status::Option("done".into()));
        report.answers[0].items = vec!["Pitkä kohta, joka rivittyy monelle riville. ".repeat(5)];
        let writer = WorkbookWriter::default();
        let ctx = Ctx::for_tests(&report, &programme, &writer);
        let section = &programme.sections[0];
        let after = crate::test_support::one_sheet_bytes(|sheet| write(sheet, &ctx, section));
        let before = crate::test_support::one_sheet_bytes(|sheet| {
            column_widths(sheet, Columns::of(&ctx).widths())?;
            write(sheet, &ctx, section)
        });
        assert_eq!(after, before);
    }

    #[test]
    fn sheet_names_fit_excel() {
        assert_eq!(sheet_name("Toimenpide", "1"), "Toimenpide 1");
        assert_eq!(sheet_name("A/B", "1:2"), "AB 12");
        assert_eq!(sheet_name(&"x".repeat(40), "1").chars().count(), 31);
    }
}

//! The tidy tables: Vastaukset, Vapaamuotoinen palaute, Tukipyynnöt,
//! Puuttuvat, Tarkistukset, Kohdistamattomat and Lähteet.
use super::{
    Ctx, TABLE_ROW_LIMIT, bullets, format_block, table_sheet, table_sheet_repeating, working_sheet,
};

use crate::status_label;
use koonti_messages::{Worded, Words};
use koonti_model::{Finding, FindingCode, Severity, Source, Status};
use rust_xlsxwriter::{Worksheet, XlsxError};
use std::borrow::Cow;
use std::collections::HashMap;

/// A cell of a table sheet: borrowed from the report where it is written
/// as it stands there (most cells), so that each text is copied only once,
/// into the sheet.
type Cell<'a> = Cow<'a, str>;

fn source_parts(source: Option<&Source>) -> [Cell<'_>; 3] {
    match source {
        Some(s) => [(&s.file).into(), (&s.sheet).into(), (&s.cell).into()],
        None => Default::default(),
    }
}

/// The place of the additional column on Vastaukset, after the text.
const EXTRA_COLUMN: usize = 6;

/// The place of the measure's text on Vastaukset.
const MEASURE_COLUMN: usize = 3;

/// Vastaukset: one row per unit × measure, with the period.
pub(crate) fn answers(sheet: &mut Worksheet, ctx: &Ctx) -> Result<(), XlsxError> {
    let l = ctx.l;
    let text_header = l.text_header(ctx.programme);
    let mut columns = vec![
        (l.unit(), 24.0),
        (l.section(), 7.0),
        (l.number(), 7.0),
        (l.measure(), 40.0),
        (l.status(), 17.0),
        (&text_header, 60.0),
        (l.extra(), 22.0),
        (l.file(), 26.0),
        (l.sheet(), 12.0),
        (l.cell(), 7.0),
        // Last, so that two periods' tables stack for a pivot table and
        // the columns read back for corrections keep their places.
        (l.period(), 10.0),
    ];
    // The additional column holds what units wrote in columns of their own
    // (and VASTUU / AIKATAULU of a status scale): left out when no answer
    // has any, so the sheet shows no column that is always empty. It is
    // the last of the answer's columns, so the status and text columns
    // read back by `readback` keep their places.
    let with_extra = ctx.report.answers.iter().any(|a| !a.extra.is_empty());
    if !with_extra {
        columns.remove(EXTRA_COLUMN);
    }
    let period = ctx.report.period.to_string();
    // Each row made as it is written, not all 30,000 first: one row's
    // cells at a time in memory the allocator hands back for the next.
    let rows = ctx.report.answers.iter().map(|a| {
        let mut row: Vec<Cell> = Vec::with_capacity(columns.len());
        row.extend([
            (&a.unit).into(),
            (&a.section).into(),
            (&a.measure).into(),
            (&a.measure_text).into(),
            ctx.labels.get(&a.status, ctx),
            bullets(&a.items).into(),
        ]);
        if with_extra {
            let extra: Vec<String> = a
                .extra
                .iter()
                .map(|e| format!("{}: {}", e.header, e.text))
                .collect();
            row.push(extra.join("\n").into());
        }
        row.extend(source_parts(a.source.as_ref()));
        row.push(period.as_str().into());
        row
    });
    // The measure's text is on each unit's row: measured once a text.
    let repeated = [MEASURE_COLUMN];
    table_sheet_repeating(sheet, ctx, l.sheet_answers(), (&columns, &repeated), rows)
}

/// Vapaamuotoinen palaute: the free-form feedback, per unit.
pub(crate) fn feedback(sheet: &mut Worksheet, ctx: &Ctx) -> Result<(), XlsxError> {
    let l = ctx.l;
    let columns = [
        (l.unit(), 24.0),
        (l.feedback(), 80.0),
        (l.file(), 26.0),
        (l.sheet(), 12.0),
        (l.cell(), 7.0),
    ];
    let rows: Vec<Vec<Cell>> = ctx
        .report
        .feedback
        .iter()
        .map(|f| {
            let mut row: Vec<Cell> = vec![(&f.unit).into(), (&f.text).into()];
            row.extend(source_parts(Some(&f.source)));
            row
        })
        .collect();
    table_sheet(sheet, ctx, l.sheet_feedback(), &columns, rows)
}

/// Tukipyynnöt: units' requests for support; headers only when none.
pub(crate) fn support_requests(sheet: &mut Worksheet, ctx: &Ctx) -> Result<(), XlsxError> {
    let l = ctx.l;
    let columns = [
        (l.unit(), 24.0),
        (l.support_request(), 80.0),
        (l.file(), 26.0),
        (l.sheet(), 12.0),
        (l.cell(), 7.0),
    ];
    let rows: Vec<Vec<Cell>> = ctx
        .report
        .support_requests
        .iter()
        .map(|r| {
            let mut row: Vec<Cell> = vec![(&r.unit).into(), (&r.text).into()];
            row.extend(source_parts(Some(&r.source)));
            row
        })
        .collect();
    table_sheet(sheet, ctx, l.sheet_support(), &columns, rows)
}

/// Puuttuvat: units that did not return a response, then measures left
/// unanswered (with any text written without a mark).
pub(crate) fn missing(sheet: &mut Worksheet, ctx: &Ctx) -> Result<(), XlsxError> {
    let l = ctx.l;
    let columns = [
        (l.unit(), 24.0),
        (l.missing_what(), 22.0),
        (l.number(), 7.0),
        (l.measure(), 50.0),
        (l.text(), 50.0),
    ];
    // A unit that sent only a file that could not be read says so.
    let report = ctx.report;
    let mut rows: Vec<Vec<Cell>> = report
        .missing_with_files()
        .into_iter()
        .map(|(unit, sent)| {
            let what = match koonti_messages::lists::sent_line(report, &sent, l.0) {
                Some(sent) => format!("{}; {sent}", l.no_response()),
                None => l.no_response().to_string(),
            };
            vec![
                unit.to_string().into(),
                what.into(),
                "".into(),
                "".into(),
                "".into(),
            ]
        })
        .collect();
    // A unit that said it has nothing to comment has nothing missing.
    let nothing_to_comment = report.nothing_to_comment();
    rows.extend(
        report
            .answers
            .iter()
            .filter(|a| a.status == Status::Unanswered)
            .filter(|a| !nothing_to_comment.contains(a.unit.as_str()))
            .map(|a| {
                vec![
                    (&a.unit).into(),
                    l.unanswered_measure().into(),
                    (&a.measure).into(),
                    (&a.measure_text).into(),
                    bullets(&a.items).into(),
                ]
            }),
    );
    table_sheet(sheet, ctx, l.sheet_missing(), &columns, rows)
}

/// Tarkistukset: the findings with file, sheet and cell, worded; their
/// codes stay in the JSON (issue 21: no code where people read).
pub(crate) fn findings(sheet: &mut Worksheet, ctx: &Ctx) -> Result<(), XlsxError> {
    let l = ctx.l;
    let columns = [
        (l.severity(), 10.0),
        (l.unit(), 22.0),
        (l.file(), 26.0),
        (l.sheet(), 12.0),
        (l.cell(), 7.0),
        (l.finding(), 80.0),
    ];
    let cuts = cut_sheets(ctx);
    let rows: Vec<Vec<Cell>> = ctx
        .report
        .findings
        .iter()
        .chain(&cuts)
        .map(|f| {
            vec![
                f.severity.words(l.0).into(),
                (&f.unit).into(),
                (&f.file).into(),
                (&f.sheet).into(),
                (&f.cell).into(),
                f.message(l.0).into(),
            ]
        })
        .collect();
    let purpose = l.findings_purpose();
    working_sheet(sheet, ctx, l.sheet_findings(), purpose, &columns, rows).map(|_| ())
}

/// The table sheets longer than Excel allows, as `sheet_cut` findings:
/// shown on Tarkistukset (the report itself is not changed; its JSON keeps
/// every row). Tarkistukset counts these findings too.
pub(crate) fn cut_sheets(ctx: &Ctx) -> Vec<Finding> {
    let l = ctx.l;
    let report = ctx.report;
    let unanswered = report
        .answers
        .iter()
        .filter(|a| a.status == Status::Unanswered)
        .count();
    let mut lengths = vec![
        (l.sheet_answers(), report.answers.len()),
        (l.sheet_feedback(), report.feedback.len()),
        (l.sheet_support(), report.support_requests.len()),
        (l.sheet_missing(), report.missing_units.len() + unanswered),
        (l.sheet_unmatched(), report.unmatched.len()),
        (l.sheet_sources(), report.sources.len()),
    ];
    let limit = ctx.writer.row_limit.min(TABLE_ROW_LIMIT);
    let over = lengths.iter().filter(|(_, n)| *n > limit).count();
    // With its own finding, when it is over too.
    let findings = report.findings.len() + over;
    let findings = findings + usize::from(findings > limit);
    lengths.push((l.sheet_findings(), findings));
    lengths
        .into_iter()
        .filter(|(_, n)| *n > limit)
        .map(|(sheet, rows)| {
            let mut finding = Finding::file(
                Severity::Warning,
                FindingCode::SheetCut {
                    sheet: sheet.to_string(),
                    rows: rows as u64,
                    written: limit as u64,
                },
                "",
            );
            finding.sheet = sheet.to_string();
            finding
        })
        .collect()
}

/// Kohdistamattomat: cells that matched nothing.
pub(crate) fn unmatched(sheet: &mut Worksheet, ctx: &Ctx) -> Result<(), XlsxError> {
    let l = ctx.l;
    let columns = [
        (l.file(), 26.0),
        (l.sheet(), 12.0),
        (l.cell(), 7.0),
        (l.content(), 80.0),
    ];
    let rows: Vec<Vec<Cell>> = ctx
        .report
        .unmatched
        .iter()
        .map(|u| {
            vec![
                (&u.file).into(),
                (&u.sheet).into(),
                (&u.cell).into(),
                unmatched_text(&u.text, ctx),
            ]
        })
        .collect();
    let purpose = l.unmatched_purpose();
    working_sheet(sheet, ctx, l.sheet_unmatched(), purpose, &columns, rows).map(|_| ())
}

/// An unmatched text as the secretary reads it: the answer of a response
/// that was not used is kept as "1.2 [partial]" and its items (the JSON
/// keeps that form); the status code is shown as its label ("1.2: ◐
/// Osittain"). Any other text is shown as it is.
fn unmatched_text<'a>(text: &'a str, ctx: &Ctx) -> Cell<'a> {
    let (first, rest) = text.split_once('\n').unwrap_or((text, ""));
    let worded = first
        .strip_suffix(']')
        .and_then(|head| head.rsplit_once(" ["))
        .filter(|(measure, code)| {
            !measure.contains(' ')
                && !code.is_empty()
                && code
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
        })
        .map(|(measure, code)| {
            let status = Status::from(code.to_string());
            format!(
                "{measure}: {}",
                status_label(&status, ctx.programme, ctx.l.0)
            )
        });
    match worded {
        Some(first) if rest.is_empty() => first.into(),
        Some(first) => format!("{first}\n{rest}").into(),
        None => text.into(),
    }
}

/// How a file was read, in the sheet's language: the layout readers name
/// themselves in Finnish ("taulukko"); another name is shown as it is.
fn layout_word(layout: &str, l: crate::labels::Labels) -> Cell<'_> {
    match layout {
        "taulukko" => l.layout_table().into(),
        other => other.into(),
    }
}

/// Whether a file was read, or why it was skipped ("PDF-tiedosto, ei
/// Excel-taulukko"; "sama tiedosto kuin …").
fn read_or_skipped(ctx: &Ctx, skip_reasons: &HashMap<&str, &Finding>, file: &str) -> Cell<'static> {
    match skip_reasons.get(file) {
        Some(finding) => koonti_messages::lists::short(&finding.code, ctx.l.0).into(),
        None => ctx.l.read_as_response().into(),
    }
}

/// Lähteet: each input file with its unit, who filled it in and when (as
/// its form's fields say), layout, SHA-256, size, and the koonti version
/// that read it.
pub(crate) fn sources(sheet: &mut Worksheet, ctx: &Ctx) -> Result<(), XlsxError> {
    /// The column of the size, a number.
    const SIZE_COL: u16 = 6;
    let l = ctx.l;
    let columns = [
        (l.file(), 30.0),
        (l.unit(), 24.0),
        (l.respondent(), 24.0),
        (l.dated(), 12.0),
        (l.layout(), 12.0),
        (l.read(), 40.0),
        (l.size(), 11.0),
        ("SHA-256", 68.0),
        (l.version(), 10.0),
    ];
    // Indexed once: looking each file up among all the findings made this
    // table quadratic (1,000 files × 1,700 findings).
    let skip_reasons = ctx.report.skip_reasons();
    let rows: Vec<Vec<Cell>> = ctx
        .report
        .sources
        .iter()
        .map(|s| {
            vec![
                (&s.file).into(),
                (&s.unit).into(),
                (&s.respondent).into(),
                (&s.dated).into(),
                layout_word(&s.layout, l),
                read_or_skipped(ctx, &skip_reasons, &s.file),
                "".into(),
                (&s.sha256).into(),
                (&ctx.writer.version).into(),
            ]
        })
        .collect();
    let purpose = l.sources_purpose();
    let header = working_sheet(sheet, ctx, l.sheet_sources(), purpose, &columns, rows)?;
    let last = header + ctx.report.sources.len() as u32;
    for (i, source) in ctx.report.sources.iter().enumerate() {
        // A file whose bytes were never read (an Excel lock file, one the
        // system would not open) has no digest and no size to show.
        if !source.sha256.is_empty() {
            sheet.write_number(header + 1 + i as u32, SIZE_COL, source.size as f64)?;
        }
    }
    format_block(
        sheet,
        (header + 1, last),
        SIZE_COL..SIZE_COL + 1,
        &ctx.f.number,
    )
}

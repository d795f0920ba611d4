//! The consolidated workbook for the committee.
use crate::{ReportWriter, WriteError, status_label};
use koonti_model::{AnswerScale, Programme, Report, Severity, Status};
use rust_xlsxwriter::{Format, FormatAlign, FormatBorder, Workbook, Worksheet, XlsxError};

/// Excel's limit on the characters in one cell. Longer texts are cut here
/// with a note; the JSON output keeps them whole.
pub const EXCEL_CELL_LIMIT: usize = 32_767;

/// The committee workbook: Yhteenveto (counts per action and measure),
/// Vastaukset (one row per unit × measure), Palaute, Tarkistukset and
/// Kohdistamattomat, and Tukipyynnöt (support requests). Frozen headers, filters, widths and wrapped text.
#[derive(Debug, Clone, Copy, Default)]
pub struct WorkbookWriter;

impl ReportWriter for WorkbookWriter {
    fn name(&self) -> &'static str {
        "xlsx"
    }

    fn render(&self, report: &Report, programme: &Programme) -> Result<Vec<u8>, WriteError> {
        let mut workbook = Workbook::new();
        let formats = Formats::new();
        summary_sheet(workbook.add_worksheet(), report, programme, &formats)?;
        answers_sheet(workbook.add_worksheet(), report, programme, &formats)?;
        feedback_sheet(workbook.add_worksheet(), report, &formats)?;
        findings_sheet(workbook.add_worksheet(), report, &formats)?;
        unmatched_sheet(workbook.add_worksheet(), report, &formats)?;
        support_sheet(workbook.add_worksheet(), report, &formats)?;
        Ok(workbook.save_to_buffer()?)
    }
}

struct Formats {
    title: Format,
    bold: Format,
    header: Format,
    text: Format,
    section: Format,
}

impl Formats {
    fn new() -> Self {
        let border = Format::new()
            .set_border(FormatBorder::Thin)
            .set_align(FormatAlign::Top);
        Formats {
            title: Format::new().set_bold().set_font_size(14),
            bold: Format::new().set_bold(),
            header: border
                .clone()
                .set_bold()
                .set_text_wrap()
                .set_background_color("#DDEBF7"),
            text: border.clone().set_text_wrap(),
            section: border
                .set_bold()
                .set_text_wrap()
                .set_background_color("#F2F2F2"),
        }
    }
}

/// Cuts a text to Excel's cell limit, saying so at the end.
fn cell_text(text: &str) -> String {
    if text.chars().count() <= EXCEL_CELL_LIMIT {
        return text.to_string();
    }
    const NOTE: &str = " … [katkaistu, koko teksti JSON-tulosteessa]";
    let keep = EXCEL_CELL_LIMIT - NOTE.chars().count();
    let mut cut: String = text.chars().take(keep).collect();
    cut.push_str(NOTE);
    cut
}

/// Writes a header row and its widths, freezes it and returns the next row.
fn table_header(
    sheet: &mut Worksheet,
    row: u32,
    columns: &[(&str, f64)],
    formats: &Formats,
) -> Result<u32, XlsxError> {
    for (col, (title, width)) in columns.iter().enumerate() {
        sheet.write_string_with_format(row, col as u16, *title, &formats.header)?;
        sheet.set_column_width(col as u16, *width)?;
    }
    sheet.set_freeze_panes(row + 1, 0)?;
    Ok(row + 1)
}

/// Adds a filter over a table that starts at `header_row`.
fn filter(
    sheet: &mut Worksheet,
    header_row: u32,
    last_row: u32,
    columns: usize,
) -> Result<(), XlsxError> {
    if columns > 0 {
        sheet.autofilter(header_row, 0, last_row.max(header_row), columns as u16 - 1)?;
    }
    Ok(())
}

/// The statuses counted on the summary sheet, in column order.
fn counted_statuses(programme: &Programme) -> Vec<Status> {
    match &programme.scale {
        AnswerScale::Marks { .. } => vec![
            Status::Implemented,
            Status::Partial,
            Status::NotImplemented,
            Status::Unanswered,
        ],
        AnswerScale::Status { options, .. } => options
            .iter()
            .map(|o| Status::Option(o.id.clone()))
            .chain([Status::Unanswered])
            .collect(),
    }
}

fn summary_sheet(
    sheet: &mut Worksheet,
    report: &Report,
    programme: &Programme,
    f: &Formats,
) -> Result<(), XlsxError> {
    sheet.set_name("Yhteenveto")?;
    sheet.write_string_with_format(0, 0, &programme.title, &f.title)?;
    let period = if report.period.is_empty() {
        "–"
    } else {
        &report.period
    };
    sheet.write_string_with_format(1, 0, "Kausi", &f.bold)?;
    sheet.write_string(1, 1, period)?;
    sheet.write_string_with_format(2, 0, "Vastauksia", &f.bold)?;
    let expected = programme.units.len();
    let received = report.responses.len();
    sheet.write_string(
        2,
        1,
        format!("{received} / {expected} odotetusta yksiköstä"),
    )?;
    sheet.write_string_with_format(3, 0, "Puuttuvat", &f.bold)?;
    let missing = if report.missing_units.is_empty() {
        "–".to_string()
    } else {
        report.missing_units.join(", ")
    };
    sheet.write_string(3, 1, missing)?;

    let statuses = counted_statuses(programme);
    let labels: Vec<String> = statuses
        .iter()
        .map(|s| status_label(s, programme))
        .collect();
    let mut columns: Vec<(&str, f64)> = vec![("Nro", 8.0), ("Toimenpide", 60.0)];
    columns.extend(labels.iter().map(|l| (l.as_str(), 14.0)));
    columns.push(("Yhteensä", 10.0));
    let header_row = 5;
    let mut row = table_header(sheet, header_row, &columns, f)?;
    for section in &programme.sections {
        let in_section = |a: &&koonti_model::Answer| a.section == section.id;
        let label = format!(
            "{} {}: {}",
            programme.section_label, section.id, section.title
        );
        write_count_row(
            sheet,
            row,
            &section.id,
            &label,
            report.answers.iter().filter(in_section),
            &statuses,
            &f.section,
        )?;
        row += 1;
        for (_, measure) in programme
            .measures()
            .iter()
            .filter(|(s, _)| s.id == section.id)
        {
            let of_measure = report.answers.iter().filter(|a| a.measure == measure.id);
            write_count_row(
                sheet,
                row,
                &measure.id,
                &measure.text,
                of_measure,
                &statuses,
                &f.text,
            )?;
            row += 1;
        }
    }
    filter(sheet, header_row, row - 1, columns.len())
}

fn write_count_row<'a>(
    sheet: &mut Worksheet,
    row: u32,
    id: &str,
    label: &str,
    answers: impl Iterator<Item = &'a koonti_model::Answer>,
    statuses: &[Status],
    format: &Format,
) -> Result<(), XlsxError> {
    let mut counts = vec![0u32; statuses.len()];
    let mut total = 0;
    for answer in answers {
        if let Some(i) = statuses.iter().position(|s| *s == answer.status) {
            counts[i] += 1;
        }
        total += 1;
    }
    sheet.write_string_with_format(row, 0, id, format)?;
    sheet.write_string_with_format(row, 1, label, format)?;
    for (i, count) in counts.iter().enumerate() {
        sheet.write_number_with_format(row, 2 + i as u16, *count, format)?;
    }
    sheet.write_number_with_format(row, 2 + counts.len() as u16, total, format)?;
    Ok(())
}

fn answers_sheet(
    sheet: &mut Worksheet,
    report: &Report,
    programme: &Programme,
    f: &Formats,
) -> Result<(), XlsxError> {
    sheet.set_name("Vastaukset")?;
    let columns = [
        ("Yksikkö", 24.0),
        ("Nro", 7.0),
        ("Toimenpide", 45.0),
        ("Tila", 16.0),
        ("Miten on toteutettu tai tulisi jatkossa toteuttaa?", 70.0),
        ("Lisätiedot", 25.0),
        ("Tiedosto", 28.0),
        ("Välilehti", 14.0),
        ("Solu", 7.0),
    ];
    let mut row = table_header(sheet, 0, &columns, f)?;
    for answer in &report.answers {
        let text = answer
            .items
            .iter()
            .map(|i| format!("• {i}"))
            .collect::<Vec<_>>()
            .join("\n");
        let extra = answer
            .extra
            .iter()
            .map(|e| format!("{}: {}", e.header, e.text))
            .collect::<Vec<_>>()
            .join("\n");
        let (file, sheet_name, cell) = match &answer.source {
            Some(s) => (s.file.as_str(), s.sheet.as_str(), s.cell.as_str()),
            None => ("", "", ""),
        };
        let values = [
            answer.unit.as_str(),
            answer.measure.as_str(),
            answer.measure_text.as_str(),
            &status_label(&answer.status, programme),
            &text,
            &extra,
            file,
            sheet_name,
            cell,
        ];
        for (col, value) in values.iter().enumerate() {
            sheet.write_string_with_format(row, col as u16, cell_text(value), &f.text)?;
        }
        row += 1;
    }
    filter(sheet, 0, row - 1, columns.len())
}

fn feedback_sheet(sheet: &mut Worksheet, report: &Report, f: &Formats) -> Result<(), XlsxError> {
    sheet.set_name("Palaute")?;
    let columns = [
        ("Yksikkö", 24.0),
        ("Vapaamuotoinen palaute", 90.0),
        ("Tiedosto", 28.0),
        ("Välilehti", 14.0),
        ("Solu", 7.0),
    ];
    let mut row = table_header(sheet, 0, &columns, f)?;
    for feedback in &report.feedback {
        let s = &feedback.source;
        for (col, value) in [&feedback.unit, &feedback.text, &s.file, &s.sheet, &s.cell]
            .iter()
            .enumerate()
        {
            sheet.write_string_with_format(row, col as u16, cell_text(value), &f.text)?;
        }
        row += 1;
    }
    filter(sheet, 0, row - 1, columns.len())
}

fn severity_label(severity: Severity) -> &'static str {
    match severity {
        Severity::Error => "Virhe",
        Severity::Warning => "Huomio",
        Severity::Info => "Tieto",
    }
}

fn findings_sheet(sheet: &mut Worksheet, report: &Report, f: &Formats) -> Result<(), XlsxError> {
    sheet.set_name("Tarkistukset")?;
    let columns = [
        ("Vakavuus", 10.0),
        ("Yksikkö", 24.0),
        ("Tiedosto", 28.0),
        ("Välilehti", 14.0),
        ("Solu", 7.0),
        ("Havainto", 80.0),
        ("Koodi", 20.0),
    ];
    let mut row = table_header(sheet, 0, &columns, f)?;
    for finding in &report.findings {
        let values = [
            severity_label(finding.severity),
            &finding.unit,
            &finding.file,
            &finding.sheet,
            &finding.cell,
            &finding.message,
            &finding.code,
        ];
        for (col, value) in values.iter().enumerate() {
            sheet.write_string_with_format(row, col as u16, cell_text(value), &f.text)?;
        }
        row += 1;
    }
    filter(sheet, 0, row - 1, columns.len())
}

fn unmatched_sheet(sheet: &mut Worksheet, report: &Report, f: &Formats) -> Result<(), XlsxError> {
    sheet.set_name("Kohdistamattomat")?;
    let columns = [
        ("Tiedosto", 28.0),
        ("Välilehti", 14.0),
        ("Solu", 7.0),
        ("Sisältö", 90.0),
    ];
    let mut row = table_header(sheet, 0, &columns, f)?;
    for unmatched in &report.unmatched {
        for (col, value) in [
            &unmatched.file,
            &unmatched.sheet,
            &unmatched.cell,
            &unmatched.text,
        ]
        .iter()
        .enumerate()
        {
            sheet.write_string_with_format(row, col as u16, cell_text(value), &f.text)?;
        }
        row += 1;
    }
    filter(sheet, 0, row - 1, columns.len())
}

/// Tukipyynnöt: the units that ask for support in developing participation
/// (the support field of koonti's response template), with the cell read.
fn support_sheet(sheet: &mut Worksheet, report: &Report, f: &Formats) -> Result<(), XlsxError> {
    sheet.set_name("Tukipyynnöt")?;
    let columns = [
        ("Yksikkö", 24.0),
        ("Millaista tukea?", 90.0),
        ("Tiedosto", 28.0),
        ("Välilehti", 14.0),
        ("Solu", 7.0),
    ];
    let mut row = table_header(sheet, 0, &columns, f)?;
    for request in &report.support_requests {
        let s = &request.source;
        for (col, value) in [&request.unit, &request.text, &s.file, &s.sheet, &s.cell]
            .iter()
            .enumerate()
        {
            sheet.write_string_with_format(row, col as u16, cell_text(value), &f.text)?;
        }
        row += 1;
    }
    filter(sheet, 0, row - 1, columns.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_texts_are_cut_to_the_excel_limit_with_a_note() {
        let long = "a".repeat(EXCEL_CELL_LIMIT + 10);
        let cut = cell_text(&long);
        assert_eq!(cut.chars().count(), EXCEL_CELL_LIMIT);
        assert!(cut.ends_with("JSON-tulosteessa]"));
        assert_eq!(cell_text("lyhyt"), "lyhyt");
    }
}

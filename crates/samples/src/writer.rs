//! Writes the sample responses as the committee's response workbook layout.
use crate::{Mark, SampleResponse};
use rust_xlsxwriter::{DocProperties, ExcelDateTime, Format, Workbook, XlsxError};
use std::path::Path;

/// The reporting period of the bundled samples.
pub const PERIOD: &str = "2024";

/// Header texts of the committee's four-column table.
const HEADERS: [&str; 4] = [
    "Toimenpiteet",
    "Toimenpide on toteutunut",
    "Toimenpide ei ole toteutunut",
    "Miten on toteutettu tai tulisi jatkossa toteuttaa?",
];

/// Writes every response of [`crate::seed004::responses`] into `dir`.
pub fn write_samples(dir: &Path) -> Result<(), XlsxError> {
    std::fs::create_dir_all(dir)?;
    for response in crate::seed004::responses() {
        write_response(&response, &dir.join(response.file_name))?;
    }
    Ok(())
}

/// Writes one response workbook: title, unit, per action a heading and the
/// four-column table, and the free-form feedback at the end.
///
/// The output is byte-for-byte reproducible: the document's creation time is
/// fixed, so a test can tell when the committed samples drift from the data.
pub fn write_response(response: &SampleResponse, path: &Path) -> Result<(), XlsxError> {
    write_response_as(response, response.unit_cell, path)
}

/// [`write_response`] with another text in the unit cell (the benchmark
/// corpus names a thousand units).
pub fn write_response_as(
    response: &SampleResponse,
    unit_cell: &str,
    path: &Path,
) -> Result<(), XlsxError> {
    let mut workbook = Workbook::new();
    let created = ExcelDateTime::from_ymd(2024, 5, 2)?.and_hms(9, 0, 0)?;
    workbook.set_properties(
        &DocProperties::new()
            .set_title("Vastaukset osallisuusohjelman toimenpiteiden toteutumiseen")
            .set_author(response.unit)
            .set_creation_datetime(&created),
    );
    let bold = Format::new().set_bold();
    let header = Format::new()
        .set_bold()
        .set_text_wrap()
        .set_border(rust_xlsxwriter::FormatBorder::Thin);
    let cell = Format::new()
        .set_text_wrap()
        .set_border(rust_xlsxwriter::FormatBorder::Thin);
    let mark = cell.clone().set_align(rust_xlsxwriter::FormatAlign::Center);

    let sheet = workbook.add_worksheet();
    sheet.set_name("Vastaukset")?;
    sheet.set_column_width(0, 45)?;
    sheet.set_column_width(1, 14)?;
    sheet.set_column_width(2, 14)?;
    sheet.set_column_width(3, 70)?;
    let title = format!("Vastaukset osallisuusohjelman toimenpiteiden toteutumiseen {PERIOD}");
    sheet.write_string_with_format(0, 0, title, &bold)?;
    sheet.write_string(1, 0, unit_cell)?;

    let mut row = 3;
    for action in &response.actions {
        sheet.write_string_with_format(row, 0, action.heading, &bold)?;
        row += 1;
        for (col, text) in HEADERS.iter().enumerate() {
            sheet.write_string_with_format(row, col as u16, *text, &header)?;
        }
        row += 1;
        for measure in &action.rows {
            sheet.write_string_with_format(row, 0, measure.measure_text, &cell)?;
            let (implemented, not_implemented) = match measure.mark {
                Mark::Implemented => ("x", ""),
                Mark::NotImplemented => ("", "x"),
                Mark::Both => ("x", "x"),
                Mark::None => ("", ""),
            };
            sheet.write_string_with_format(row, 1, implemented, &mark)?;
            sheet.write_string_with_format(row, 2, not_implemented, &mark)?;
            sheet.write_string_with_format(row, 3, measure.cell_text(), &cell)?;
            row += 1;
        }
        row += 1;
    }
    sheet.write_string_with_format(row, 0, "Vapaamuotoinen palaute", &bold)?;
    for text in &response.feedback {
        row += 1;
        sheet.write_string_with_format(row, 0, *text, &cell)?;
    }
    workbook.save(path)
}

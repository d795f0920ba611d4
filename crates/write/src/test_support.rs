//! Reports and programmes for unit tests.
use koonti_model::{
    Answer, Feedback, Programme, ProgrammeRef, Report, ResponseEntry, Source, Status,
};

/// The bundled Siun sote programme (6 units, 4 actions, 13 measures).
pub(crate) fn siun() -> Programme {
    koonti_programme::load("siun-sote-2023-2025").expect("bundled programme")
}

/// A report where the first `responding` units of `programme` answered
/// every measure with `status(unit index, measure id)`, each implemented
/// answer with one item; the last responding unit gives feedback.
pub(crate) fn report_with(
    programme: &Programme,
    responding: usize,
    status: impl Fn(usize, &str) -> Status,
) -> Report {
    let units: Vec<String> = programme.units.iter().map(|u| u.name.clone()).collect();
    let mut answers = Vec::new();
    for (i, unit) in units.iter().take(responding).enumerate() {
        for (section, measure) in programme.measures() {
            let status = status(i, &measure.id);
            let items = match status {
                Status::Unanswered => vec![],
                _ => vec![format!("{unit} teki {}.", measure.id)],
            };
            answers.push(Answer::new(unit, section, measure, status, items));
        }
    }
    let source = Source {
        file: "f.xlsx".into(),
        sheet: "S".into(),
        cell: "A1".into(),
    };
    Report {
        programme: ProgrammeRef {
            id: programme.id.clone(),
            title: programme.title.clone(),
        },
        period: "2024".into(),
        responses: units
            .iter()
            .take(responding)
            .map(|u| ResponseEntry {
                unit: u.clone(),
                files: vec![format!("{u}.xlsx")],
            })
            .collect(),
        missing_units: units.iter().skip(responding).cloned().collect(),
        answers,
        feedback: responding
            .checked_sub(1)
            .and_then(|last| units.get(last))
            .map(|u| Feedback {
                unit: u.clone(),
                text: "Palaute <b>&</b>".into(),
                source: source.clone(),
            })
            .into_iter()
            .collect(),
        unmatched: vec![],
        findings: vec![],
        support_requests: vec![],
        sources: vec![],
        history: None,
    }
}

/// The bytes of a workbook of the one sheet `build` writes, made at a
/// fixed time: two ways of writing a sheet compared byte for byte.
pub(crate) fn one_sheet_bytes(
    build: impl FnOnce(&mut rust_xlsxwriter::Worksheet) -> Result<(), rust_xlsxwriter::XlsxError>,
) -> Vec<u8> {
    use rust_xlsxwriter::{DocProperties, ExcelDateTime, Workbook, Worksheet};
    let made = ExcelDateTime::from_ymd(2026, 1, 31).expect("a date");
    let mut workbook = Workbook::new();
    workbook.set_properties(&DocProperties::new().set_creation_datetime(&made));
    let mut sheet = Worksheet::new();
    build(&mut sheet).expect("written");
    workbook.push_worksheet(sheet);
    workbook.save_to_buffer().expect("saved")
}

//! Unit tests of the follow-up sheet.
use crate::test_support::{report_with, siun};
use crate::{ReportWriter, WorkbookWriter};
use calamine::{Reader, Xlsx};
use koonti_model::{ChangeKind, History, HistoryChange, HistoryRow, Lang, Period, Status};

fn sheet_names(bytes: Vec<u8>) -> Vec<String> {
    let book: Xlsx<_> =
        calamine::open_workbook_from_rs(std::io::Cursor::new(bytes)).expect("workbook opens");
    book.sheet_names()
}

#[test]
fn the_progress_sheet_follows_the_summary_only_with_a_history_in_every_language() {
    let programme = siun();
    let mut report = report_with(&programme, 2, |_, _| Status::Implemented);
    let writer = |lang| WorkbookWriter::new(lang, "0", "nyt");
    let plain = writer(Lang::Fi)
        .render(&report, &programme)
        .expect("renders");
    assert!(!sheet_names(plain).contains(&"Kehitys".to_string()));
    let unit = programme.units[0].name.clone();
    report.history = Some(History {
        periods: vec![Period::of_year(2024), Period::of_year(2025)],
        rows: vec![HistoryRow {
            unit: unit.clone(),
            measure: "1.1".into(),
            statuses: vec![Some(Status::Partial), Some(Status::Implemented)],
        }],
        changes: vec![HistoryChange {
            unit,
            measure: "1.1".into(),
            from: Some(Status::Partial),
            to: Some(Status::Implemented),
            from_period: Period::of_year(2024),
            to_period: Period::of_year(2025),
            kind: ChangeKind::Improved,
        }],
        measure_changes: vec![],
        responded: vec![],
    });
    for (lang, name) in [
        (Lang::Fi, "Kehitys"),
        (Lang::Sv, "Utveckling"),
        (Lang::En, "Progress"),
    ] {
        let bytes = writer(lang).render(&report, &programme).expect("renders");
        assert_eq!(sheet_names(bytes)[1], name);
    }
}

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

/// Kehitys counts by option too: one row per option of the scale, in its
/// order, with its label and count per period, then each option's share of
/// the answered with that basis in its label (issue 20); the options named
/// by the programme's own words ("Inte genomförd", not the built-in "Ej
/// genomförd").
#[test]
fn the_progress_sheet_counts_each_option_per_period() {
    let mut programme = siun();
    programme.scale = koonti_model::AnswerScale::Marks {
        implemented_label: "Genomförd".into(),
        not_implemented_label: "Inte genomförd".into(),
        text_label: "Hur?".into(),
        partial_label: Some("Delvis genomförd".into()),
    };
    let mut report = report_with(&programme, 3, |_, _| Status::Implemented);
    let row = |n: usize, statuses: [Status; 2]| HistoryRow {
        unit: programme.units[n].name.clone(),
        measure: "1.1".into(),
        statuses: statuses.map(Some).to_vec(),
    };
    report.history = Some(History {
        periods: vec![Period::of_year(2024), Period::of_year(2025)],
        rows: vec![
            row(0, [Status::Partial, Status::Implemented]),
            row(1, [Status::NotImplemented, Status::Partial]),
            row(2, [Status::Partial, Status::Implemented]),
        ],
        changes: vec![],
        measure_changes: vec![],
        responded: vec![],
    });
    let bytes = WorkbookWriter::new(Lang::Sv, "0", "nu")
        .render(&report, &programme)
        .expect("renders");
    let mut book: Xlsx<_> =
        calamine::open_workbook_from_rs(std::io::Cursor::new(bytes)).expect("opens");
    let range = book.worksheet_range("Utveckling").expect("sheet");
    let rows: Vec<Vec<String>> = range
        .rows()
        .map(|r| r.iter().map(|c| c.to_string()).collect())
        .collect();
    let find = |label: &str| {
        rows.iter()
            .find(|r| r.first().is_some_and(|c| c == label))
            .unwrap_or_else(|| panic!("no row {label}: {rows:?}"))
            .clone()
    };
    assert_eq!(find("✓ Genomförd")[3..5], ["0", "2"]);
    assert_eq!(find("◐ Delvis genomförd")[3..5], ["2", "1"]);
    assert_eq!(find("✗ Inte genomförd")[3..5], ["1", "0"]);
    let share = find("◐ Delvis genomförd (andel av de besvarade)");
    let second: f64 = share[4].parse().expect("a share");
    assert!((second - 1.0 / 3.0).abs() < 1e-9, "{share:?}");
    let order: Vec<usize> = ["✓ Genomförd", "◐ Delvis genomförd", "✗ Inte genomförd"]
        .iter()
        .map(|l| {
            rows.iter()
                .position(|r| r.first().is_some_and(|c| c == l))
                .expect("row")
        })
        .collect();
    assert!(order.windows(2).all(|w| w[0] < w[1]), "{order:?}");
}

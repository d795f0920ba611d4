use super::*;
use koonti_model::{AnswerScale, FeedbackSection, Measure, Section, Source, Unit, UnitName};

fn programme() -> Programme {
    let measure = |id: &str| Measure {
        id: id.into(),
        text: format!("Toimenpide {id}"),
        aliases: vec![],
        responsible: None,
        schedule: None,
    };
    Programme {
        id: "testi".into(),
        version: 1,
        title: "Testiohjelma".into(),
        organisation: "Testi".into(),
        years: None,
        reporting: None,
        section_label: "Toimenpide".into(),
        title_keywords: vec![],
        scale: AnswerScale::Marks {
            implemented_label: "on".into(),
            not_implemented_label: "ei".into(),
            text_label: "miten".into(),
        },
        units: ["A", "B", "C"]
            .iter()
            .map(|n| Unit {
                name: n.to_string(),
                aliases: vec![],
            })
            .collect(),
        sections: vec![Section {
            id: "1".into(),
            title: "Osa".into(),
            sections: vec![],
            measures: vec![measure("1.1"), measure("1.2")],
        }],
        feedback: FeedbackSection {
            title: "Palaute".into(),
            prompt: None,
            aliases: vec![],
        },
    }
}

fn response(unit: &str, file: &str, modified: Option<&str>, status: Status) -> UnitResponse {
    UnitResponse {
        file: file.into(),
        modified: modified.map(|t| t.parse().expect("a W3CDTF time")),
        layout: "taulukko".into(),
        unit: Some(UnitName {
            name: unit.into(),
            known: unit != "X",
            found_in: "A1".into(),
        }),
        period: Some("2024".into()),
        answers: vec![RawAnswer {
            measure: "1.1".into(),
            status,
            items: vec!["tehty".into()],
            extra: vec![],
            source: Source {
                file: file.into(),
                sheet: "S".into(),
                cell: "A5".into(),
            },
        }],
        feedback: vec![],
        support_requests: vec![],
        unmatched: vec![],
        findings: vec![],
    }
}

#[test]
fn one_answer_per_unit_and_measure_with_missing_ones_reported() {
    let report = consolidate(
        &programme(),
        vec![response("B", "b.xlsx", None, Status::Implemented)],
        vec![],
        None,
    );
    assert_eq!(report.period, "2024");
    assert_eq!(report.answers.len(), 2);
    assert_eq!(report.answers[0].status, Status::Implemented);
    assert_eq!(report.answers[0].text, "tehty");
    assert_eq!(report.answers[1].status, Status::Unanswered);
    assert_eq!(report.answers[1].source, None);
    assert_eq!(report.missing_units, ["A", "C"]);
    assert!(
        report
            .findings
            .iter()
            .any(|f| f.code.code() == "measure_missing" && f.unit == "B")
    );
}

#[test]
fn newer_duplicate_wins_and_older_is_listed_not_lost() {
    let report = consolidate(
        &programme(),
        vec![
            response(
                "A",
                "vanha.xlsx",
                Some("2024-04-01T10:00:00Z"),
                Status::NotImplemented,
            ),
            response(
                "A",
                "uusi.xlsx",
                Some("2024-05-01T10:00:00Z"),
                Status::Implemented,
            ),
        ],
        vec![],
        Some("Q2/2024".into()),
    );
    assert_eq!(report.period, "Q2/2024");
    assert_eq!(report.responses.len(), 1);
    assert_eq!(report.responses[0].files, ["uusi.xlsx", "vanha.xlsx"]);
    assert_eq!(report.answers.len(), 2);
    assert_eq!(report.answers[0].status, Status::Implemented);
    assert!(
        report
            .findings
            .iter()
            .any(|f| f.code.code() == "duplicate_response" && f.file == "vanha.xlsx")
    );
    assert_eq!(report.unmatched.len(), 1);
    assert!(report.unmatched[0].text.contains("tehty"));
}

/// Document times are compared as instants: 12:00 at +03:00 is 09:00 UTC,
/// an hour before 10:00Z, although it sorts after it as text.
#[test]
fn the_newer_instant_wins_across_offsets() {
    let report = consolidate(
        &programme(),
        vec![
            response(
                "A",
                "a-helsinki.xlsx",
                Some("2024-05-03T12:00:00+03:00"),
                Status::NotImplemented,
            ),
            response(
                "A",
                "b-utc.xlsx",
                Some("2024-05-03T10:00:00Z"),
                Status::Implemented,
            ),
        ],
        vec![],
        None,
    );
    assert_eq!(report.responses[0].files, ["b-utc.xlsx", "a-helsinki.xlsx"]);
    assert_eq!(report.answers[0].status, Status::Implemented);
    let duplicate = report
        .findings
        .iter()
        .find(|f| f.code.code() == "duplicate_response")
        .expect("the older response is reported");
    assert_eq!(duplicate.file, "a-helsinki.xlsx");
    assert_eq!(
        duplicate.code,
        FindingCode::DuplicateResponse {
            unit: "A".into(),
            used: "b-utc.xlsx".into()
        }
    );
}

#[test]
fn units_outside_the_programme_come_after_the_expected_ones() {
    let report = consolidate(
        &programme(),
        vec![
            response("X", "x.xlsx", None, Status::Partial),
            response("C", "c.xlsx", None, Status::Partial),
        ],
        vec![],
        None,
    );
    let units: Vec<_> = report.responses.iter().map(|r| r.unit.as_str()).collect();
    assert_eq!(units, ["C", "X"]);
    assert_eq!(report.missing_units, ["A", "B"]);
}

#[test]
fn support_requests_are_filed_under_the_unit_and_superseded_ones_kept() {
    let request = |file: &str| koonti_model::SupportRequest {
        unit: String::new(),
        text: "Koulutusta".into(),
        source: Source {
            file: file.into(),
            sheet: "S".into(),
            cell: "C40".into(),
        },
    };
    let mut newer = response(
        "A",
        "uusi.xlsx",
        Some("2024-05-02T09:00:00Z"),
        Status::Implemented,
    );
    newer.support_requests.push(request("uusi.xlsx"));
    let mut older = response(
        "A",
        "vanha.xlsx",
        Some("2024-05-01T09:00:00Z"),
        Status::Implemented,
    );
    older.support_requests.push(request("vanha.xlsx"));
    let report = consolidate(&programme(), vec![older, newer], vec![], None);
    assert_eq!(report.support_requests.len(), 1);
    assert_eq!(report.support_requests[0].unit, "A");
    assert_eq!(report.support_requests[0].source.file, "uusi.xlsx");
    assert!(
        report
            .unmatched
            .iter()
            .any(|u| u.file == "vanha.xlsx" && u.cell == "C40")
    );
}

use super::*;
use koonti_model::{AnswerScale, FeedbackSection, Measure, Section, Source, Unit, UnitName};
use koonti_normalise::report_period;

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
        unit_label: None,
        title_keywords: vec![],
        scale: AnswerScale::Marks {
            implemented_label: "on".into(),
            not_implemented_label: "ei".into(),
            text_label: "miten".into(),
            partial_label: None,
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
        scale_guessed: false,
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
        period: Some(Period::of_year(2024)),
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
        respondent: None,
        dated: None,
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
        Some(report_period("Q2/2024")),
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

/// An untouched template of unit `unit` (or of no unit), modified `modified`.
fn blank(unit: Option<&str>, file: &str, modified: &str) -> UnitResponse {
    let mut response = response(
        unit.unwrap_or("?"),
        file,
        Some(modified),
        Status::Unanswered,
    );
    response.answers[0].items.clear();
    if unit.is_none() {
        response.unit = None;
        // The reader's note on an unnamed form: it only repeats "blank".
        response.findings.push(Finding::file(
            Severity::Warning,
            FindingCode::UnitNotFound,
            file,
        ));
    }
    response
}

#[test]
fn a_blank_file_is_no_response_and_never_supersedes_a_filled_one() {
    let filled = response(
        "A",
        "a-vastaus.xlsx",
        Some("2024-04-01T10:00:00Z"),
        Status::Implemented,
    );
    let report = consolidate(
        &programme(),
        vec![
            blank(Some("A"), "lomakkeet/A.xlsx", "2024-06-01T10:00:00Z"),
            blank(Some("B"), "lomakkeet/B.xlsx", "2024-06-01T10:00:00Z"),
            blank(None, "lomakkeet/muu yksikkö.xlsx", "2024-06-01T10:00:00Z"),
            filled,
        ],
        vec![],
        None,
    );
    let units: Vec<_> = report.responses.iter().map(|r| r.unit.as_str()).collect();
    assert_eq!(units, ["A"], "blank templates are no units");
    assert_eq!(report.responses[0].files, ["a-vastaus.xlsx"]);
    assert_eq!(report.answers[0].status, Status::Implemented);
    assert_eq!(report.missing_units, ["B", "C"]);
    let blank_files: Vec<_> = report
        .findings
        .iter()
        .filter(|f| f.code.code() == "blank_response")
        .map(|f| f.file.as_str())
        .collect();
    assert_eq!(
        blank_files,
        [
            "lomakkeet/A.xlsx",
            "lomakkeet/B.xlsx",
            "lomakkeet/muu yksikkö.xlsx"
        ]
    );
    assert!(
        !report
            .findings
            .iter()
            .any(|f| f.code.code() == "duplicate_response")
    );
    // An unfilled form is one finding, not "blank" and "no unit" both.
    for file in blank_files {
        let about: Vec<_> = report.findings.iter().filter(|f| f.file == file).collect();
        assert_eq!(about.len(), 1, "{file}: {about:?}");
    }
}

#[test]
fn feedback_or_text_alone_makes_a_response() {
    let mut feedback_only = blank(Some("B"), "b.xlsx", "2024-06-01T10:00:00Z");
    feedback_only.feedback.push(koonti_model::Feedback {
        unit: String::new(),
        text: "Ei kommentoitavaa toimenpiteisiin, mutta palautetta kyllä.".into(),
        source: Source {
            file: "b.xlsx".into(),
            sheet: "S".into(),
            cell: "A30".into(),
        },
    });
    let mut text_only = blank(Some("C"), "c.xlsx", "2024-06-01T10:00:00Z");
    text_only.answers[0]
        .items
        .push("kirjoitettu ilman merkintää".into());
    let report = consolidate(&programme(), vec![feedback_only, text_only], vec![], None);
    let units: Vec<_> = report.responses.iter().map(|r| r.unit.as_str()).collect();
    assert_eq!(units, ["B", "C"]);
    assert!(
        !report
            .findings
            .iter()
            .any(|f| f.code.code() == "blank_response")
    );
}

#[test]
fn a_status_outside_the_scale_is_unanswered_with_a_finding() {
    let report = consolidate(
        &programme(),
        vec![response(
            "A",
            "a.xlsx",
            None,
            Status::Option("valmis".into()),
        )],
        vec![],
        None,
    );
    assert_eq!(report.answers[0].status, Status::Unanswered);
    assert_eq!(report.answers[0].text, "tehty");
    assert!(
        report
            .findings
            .iter()
            .any(|f| f.code.code() == "status_outside_scale" && f.cell == "A5")
    );
}

fn of_period(unit: &str, file: &str, period: Option<&str>) -> UnitResponse {
    UnitResponse {
        period: period.map(|p| p.parse().expect("a canonical period")),
        ..response(unit, file, None, Status::Implemented)
    }
}

#[test]
fn responses_of_two_periods_are_refused_naming_each_with_its_files() {
    let responses = vec![
        of_period("A", "a-2024.xlsx", Some("2024")),
        of_period("B", "b-2025.xlsx", Some("2025")),
        of_period("C", "c.xlsx", None),
        // A blank template of yet another period does not count.
        UnitResponse {
            period: Period::of_quarter(2026, 3),
            ..blank(Some("C"), "lomake.xlsx", "2026-01-01T00:00:00Z")
        },
    ];
    let err = select_period(&programme(), responses.clone(), None).expect_err("mixed");
    assert_eq!(err.periods.len(), 2);
    let message = err.to_string();
    assert!(message.contains("2024: a-2024.xlsx"), "{message}");
    assert!(message.contains("2025: b-2025.xlsx"), "{message}");
    assert!(message.contains("--period"), "{message}");
    let (kept, findings) =
        select_period(&programme(), responses, Some(&report_period("2025"))).expect("chosen");
    let files: Vec<_> = kept.iter().map(|r| r.file.as_str()).collect();
    assert_eq!(files, ["b-2025.xlsx", "c.xlsx"]);
    let left_out: Vec<_> = findings
        .iter()
        .map(|f| (f.code.code(), f.file.as_str()))
        .collect();
    assert_eq!(
        left_out,
        [
            ("other_period", "a-2024.xlsx"),
            ("other_period", "lomake.xlsx")
        ]
    );
    assert!(
        matches!(&findings[0].code, koonti_model::FindingCode::OtherPeriod { period, .. } if *period == "2024"),
        "{:?}",
        findings[0].code
    );
}

#[test]
fn a_requested_quarter_is_compared_in_its_canonical_form() {
    let responses = vec![
        of_period("A", "a.xlsx", Some("Q3/2025")),
        of_period("B", "b.xlsx", Some("Q2/2025")),
    ];
    let (kept, findings) = select_period(
        &programme(),
        responses.clone(),
        Some(&report_period("q3 2025")),
    )
    .expect("ok");
    assert_eq!(kept.len(), 1);
    assert_eq!(findings.len(), 1);
    // A label with a period in it chooses by that period.
    let (kept, _) = select_period(
        &programme(),
        responses.clone(),
        Some(&report_period("Q2/2025 (kevät)")),
    )
    .expect("ok");
    assert_eq!(kept[0].file, "b.xlsx");
    // A label without one chooses nothing away.
    let (kept, findings) =
        select_period(&programme(), responses, Some(&report_period("kevät"))).expect("ok");
    assert_eq!((kept.len(), findings.len()), (2, 0));
}

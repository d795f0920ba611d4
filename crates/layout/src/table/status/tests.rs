use crate::table::tests::{keusote, read, sheet};
use koonti_model::{ExtraKind, FindingCode, Status, UnitResponse};

fn measures() -> Vec<String> {
    keusote()
        .programme
        .measures()
        .iter()
        .map(|(_, m)| m.text.clone())
        .collect()
}

fn statuses(response: &UnitResponse) -> Vec<String> {
    response
        .answers
        .iter()
        .map(|a| a.status.as_str().to_string())
        .collect()
}

fn codes(response: &UnitResponse) -> Vec<&'static str> {
    response
        .findings
        .iter()
        .map(|f| match f.code {
            FindingCode::StatusWordRead { .. } => "read",
            FindingCode::AmbiguousStatus { .. } => "ambiguous",
            FindingCode::StatusNotRecognised { .. } => "unrecognised",
            _ => "other",
        })
        .filter(|c| *c != "other")
        .collect()
}

#[test]
fn status_headers_with_qualifiers_head_the_table() {
    let index = keusote();
    let m = measures();
    for header in [
        "TILA (Ei aloitettu / Kesken / Valmis)",
        "TILA Q3/2025",
        "Tila 31.3.2025",
        "TILA / STATUS",
        "Tilanne",
        "Toteutumisen tila",
    ] {
        let response = read(
            &index,
            vec![sheet(
                "Raportti",
                &[&["TOIMENPIDE", "VASTUU", header], &[&m[0], "", "Valmis"]],
            )],
        );
        assert_eq!(statuses(&response)[0], "done", "{header}");
        assert!(response.unmatched.is_empty(), "{header}");
    }
}

#[test]
fn the_current_quarter_is_the_status_and_earlier_ones_are_kept() {
    let index = keusote();
    let m = measures();
    let header: &[&str] = &["TOIMENPIDE", "TILA Q1/2025", "TILA Q2/2025", "TILA Q3/2025"];
    let response = read(
        &index,
        vec![sheet(
            "Viestintä",
            &[
                header,
                &[&m[0], "Ei aloitettu", "Kesken", "Valmis"],
                &[&m[1], "Kesken", "Kesken", ""],
                &[&m[2], "Kesken", "", ""],
                &[&m[3], "", "", ""],
            ],
        )],
    );
    // Q3 is the quarter being reported (filled on the first row): a blank
    // there is no answer now, whatever Q1 and Q2 said.
    assert_eq!(
        statuses(&response),
        ["done", "unanswered", "unanswered", "unanswered"]
    );
    let kept: Vec<(&str, &str, Option<ExtraKind>)> = response.answers[0]
        .extra
        .iter()
        .map(|e| (e.header.as_str(), e.text.as_str(), e.kind))
        .collect();
    assert_eq!(
        kept,
        [
            (
                "TILA Q1/2025",
                "Ei aloitettu",
                Some(ExtraKind::EarlierStatus)
            ),
            ("TILA Q2/2025", "Kesken", Some(ExtraKind::EarlierStatus)),
        ]
    );
    let earlier = |i: usize| -> Vec<(&str, &str, Option<ExtraKind>)> {
        response.answers[i]
            .extra
            .iter()
            .map(|e| (e.header.as_str(), e.text.as_str(), e.kind))
            .collect()
    };
    let kept = Some(ExtraKind::EarlierStatus);
    assert_eq!(
        earlier(1),
        [
            ("TILA Q1/2025", "Kesken", kept),
            ("TILA Q2/2025", "Kesken", kept)
        ]
    );
    assert_eq!(earlier(2), [("TILA Q1/2025", "Kesken", kept)]);
    assert!(response.answers[3].extra.is_empty());
    // One finding per row whose current quarter is blank, at that cell,
    // naming the earlier value.
    let blank: Vec<(&str, &FindingCode)> = response
        .findings
        .iter()
        .map(|f| (f.cell.as_str(), &f.code))
        .collect();
    assert_eq!(
        blank,
        [
            (
                "D3",
                &FindingCode::CurrentStatusBlank {
                    column: "TILA Q3/2025".into(),
                    earlier_column: "TILA Q2/2025".into(),
                    earlier: "Kesken".into(),
                }
            ),
            (
                "D4",
                &FindingCode::CurrentStatusBlank {
                    column: "TILA Q3/2025".into(),
                    earlier_column: "TILA Q1/2025".into(),
                    earlier: "Kesken".into(),
                }
            ),
        ]
    );
}

#[test]
fn future_quarters_left_blank_by_everyone_do_not_blank_the_current_one() {
    let index = keusote();
    let m = measures();
    // A year's form with a column per quarter, returned for Q2: Q3 and Q4
    // are blank on every row, so Q2 is the quarter being reported.
    let quarters: &[&str] = &["", "Q1/2025", "Q2/2025", "Q3/2025", "Q4/2025"];
    let response = read(
        &index,
        vec![sheet(
            "Viestintä",
            &[
                &["TOIMENPIDE", "TILA"],
                quarters,
                &[&m[0], "Kesken", "Valmis"],
                &[&m[1], "Kesken", ""],
            ],
        )],
    );
    assert_eq!(statuses(&response), ["done", "unanswered"]);
    assert_eq!(
        response.answers[1].extra[0].kind,
        Some(ExtraKind::EarlierStatus)
    );
    assert!(
        matches!(&response.findings[..], [f] if matches!(&f.code, FindingCode::CurrentStatusBlank { column, .. } if column == "TILA Q2/2025")),
        "{:?}",
        response.findings
    );
    // Columns not told apart by a period: each row's latest filled one.
    let response = read(
        &index,
        vec![sheet(
            "Viestintä",
            &[
                &["TOIMENPIDE", "TILA", "TILA"],
                &[&m[0], "Kesken", "Valmis"],
                &[&m[1], "Kesken", ""],
            ],
        )],
    );
    assert_eq!(statuses(&response), ["done", "in_progress"]);
}

#[test]
fn quarters_under_a_merged_status_header_are_columns_of_their_own() {
    let index = keusote();
    let m = measures();
    let response = read(
        &index,
        vec![sheet(
            "Viestintä",
            &[
                &["TOIMENPIDE", "VASTUU", "TILA"],
                &["", "", "Q1/2025", "Q2/2025", "Q3/2025"],
                &[&m[0], "", "Kesken", "Kesken", "Valmis"],
                &[&m[1], "", "Ei aloitettu", "Kesken"],
            ],
        )],
    );
    // Q3 is being reported: the second row's Q1 and Q2 are earlier.
    assert_eq!(statuses(&response), ["done", "unanswered"]);
    let kept: Vec<&str> = response.answers[1]
        .extra
        .iter()
        .map(|e| e.header.as_str())
        .collect();
    assert_eq!(kept, ["TILA Q1/2025", "TILA Q2/2025"]);
    assert!(response.unmatched.is_empty(), "{:?}", response.unmatched);
    assert_eq!(response.period, None, "the columns' quarters are no period");
}

#[test]
fn bare_quarters_head_status_columns_on_a_status_scale() {
    let index = keusote();
    let m = measures();
    let response = read(
        &index,
        vec![sheet(
            "Viestintä",
            &[
                &["TOIMENPIDE", "AIKATAULU", "Q1/2025", "Q2/2025"],
                &[&m[0], "2025", "Kesken", "Valmis"],
            ],
        )],
    );
    assert_eq!(statuses(&response), ["done"]);
    let siun = crate::table::tests::siun();
    let (_, first) = siun.programme.measures()[0];
    let response = read(
        &siun,
        vec![sheet(
            "Hallintopalvelut",
            &[&["Toimenpiteet", "Q1/2025"], &[&first.text, "x"]],
        )],
    );
    assert!(
        response.answers.is_empty(),
        "no status column on a marks scale"
    );
}

#[test]
fn quarters_written_newest_first_are_ordered_by_their_periods() {
    let index = keusote();
    let m = measures();
    let header: &[&str] = &["TOIMENPIDE", "Tila 30.9.2025", "Tila 30.6.2025"];
    let response = read(
        &index,
        vec![sheet("R", &[header, &[&m[0], "Valmis", "Kesken"]])],
    );
    assert_eq!(statuses(&response), ["done"]);
    assert_eq!(response.answers[0].extra[0].header, "Tila 30.6.2025");
}

#[test]
fn a_mark_column_per_option() {
    let index = keusote();
    let m = measures();
    let header: &[&str] = &[
        "TOIMENPIDE",
        "Ei aloitettu",
        "Kesken",
        "Valmis",
        "Kommentti",
    ];
    let response = read(
        &index,
        vec![sheet(
            "R",
            &[
                header,
                &[&m[0], "", "", "x", "valmis keväällä"],
                &[&m[1], "X", "", ""],
                &[&m[2], "", "✓"],
                &[&m[3], "", "x", "x"],
                &[&m[4], "", "ehkä"],
            ],
        )],
    );
    assert_eq!(
        statuses(&response),
        [
            "done",
            "not_started",
            "in_progress",
            "unanswered",
            "unanswered"
        ]
    );
    assert_eq!(response.answers[0].items, ["valmis keväällä"]);
    assert!(response.answers[0].extra.is_empty());
    let kept: Vec<(&str, &str)> = response.answers[3]
        .extra
        .iter()
        .map(|e| (e.header.as_str(), e.text.as_str()))
        .collect();
    assert_eq!(kept, [("Kesken", "x"), ("Valmis", "x")]);
    assert_eq!(response.answers[4].extra[0].text, "ehkä");
    let found: Vec<&FindingCode> = response.findings.iter().map(|f| &f.code).collect();
    assert!(
        matches!(found[0], FindingCode::AmbiguousStatus { options, .. } if options == &["Kesken", "Valmis"]),
        "{found:?}"
    );
    assert!(
        matches!(found[1], FindingCode::MarkNotRecognised { .. }),
        "{found:?}"
    );
}

#[test]
fn one_option_column_alone_is_no_header() {
    let index = keusote();
    let m = measures();
    // A row whose measure starts with "Toimenpi…" and whose value is an
    // option must not be taken for a header.
    let header: &[&str] = &["TOIMENPIDE", "TILA"];
    let response = read(
        &index,
        vec![sheet(
            "R",
            &[
                header,
                &[&m[0], "Valmis"],
                &["Toimenpiteet jatkuvat", "Valmis"],
            ],
        )],
    );
    assert_eq!(statuses(&response), ["done"]);
    assert_eq!(response.unmatched.len(), 2);
}

#[test]
fn words_units_type_are_read_with_a_finding_and_ambiguous_ones_are_not() {
    let index = keusote();
    let m = measures();
    let header: &[&str] = &["TOIMENPIDE", "TILA"];
    let rows: Vec<[&str; 2]> = [
        "Käynnissä",
        "kesken (jatkuu 2026)",
        "valmistunut 5/2025",
        "Ei vielä aloitettu",
        "Valmis / osittain kesken",
        "?",
        "ks. edellinen",
        "Versio 0.1 luotu",
        "Valmis",
    ]
    .iter()
    .zip(&m)
    .map(|(v, m)| [m.as_str(), *v])
    .collect();
    let mut cells: Vec<&[&str]> = vec![header];
    cells.extend(rows.iter().map(|r| &r[..]));
    let response = read(&index, vec![sheet("R", &cells)]);
    assert_eq!(
        statuses(&response),
        [
            "in_progress",
            "in_progress",
            "done",
            "not_started",
            "unanswered",
            "unanswered",
            "unanswered",
            "unanswered",
            "done"
        ]
    );
    assert_eq!(
        codes(&response),
        [
            "read",
            "read",
            "read",
            "read",
            "ambiguous",
            "unrecognised",
            "unrecognised",
            "unrecognised"
        ]
    );
    let FindingCode::StatusWordRead { text, status } = &response.findings[0].code else {
        panic!("a reading");
    };
    assert_eq!((text.as_str(), status.as_str()), ("Käynnissä", "Kesken"));
    for answer in &response.answers[4..8] {
        assert_eq!(answer.status, Status::Unanswered);
        assert_eq!(answer.extra[0].kind, Some(ExtraKind::UnreadStatus));
    }
    assert_eq!(
        response.answers[4].extra[0].text,
        "Valmis / osittain kesken"
    );
    assert!(response.answers[8].extra.is_empty());
}

#[test]
fn vastuu_and_aikataulu_are_kept_by_kind() {
    let index = keusote();
    let m = measures();
    let response = read(
        &index,
        vec![sheet(
            "R",
            &[
                &["TOIMENPIDE", "Vastuutaho", "Aikataulu 2025", "TILA"],
                &[&m[0], "Viestintä", "syksy 2025", "Kesken"],
            ],
        )],
    );
    let kept: Vec<(Option<ExtraKind>, &str)> = response.answers[0]
        .extra
        .iter()
        .map(|e| (e.kind, e.text.as_str()))
        .collect();
    assert_eq!(
        kept,
        [
            (Some(ExtraKind::Responsible), "Viestintä"),
            (Some(ExtraKind::Schedule), "syksy 2025")
        ]
    );
}

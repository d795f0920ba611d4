use crate::table::tests::{read, sheet, siun, unmatched_texts};
use koonti_model::FindingCode;

#[test]
fn labels_titles_and_the_counter_are_structure() {
    let index = siun();
    let response = read(
        &index,
        vec![sheet(
            "Vastaukset",
            &[
                &["Vastaukset osallisuusohjelman toimenpiteiden toteutumiseen 2024"],
                &["Toimialue:", "Pelastuslaitos"],
                &["Vastattu 9 / 13"],
                &["Hallintopalvelut"],
                &["Kahvitauko klo 10"],
            ],
        )],
    );
    assert_eq!(
        response.period.map(|p| p.to_string()).as_deref(),
        Some("2024")
    );
    assert_eq!(
        response.unit.as_ref().map(|u| u.name.as_str()),
        Some("Pelastuslaitos")
    );
    let unmatched = unmatched_texts(&response);
    assert_eq!(unmatched, ["Kahvitauko klo 10"]);
    let codes: Vec<&FindingCode> = response.findings.iter().map(|f| &f.code).collect();
    assert!(
        matches!(codes[0], FindingCode::ConflictingUnit { .. }),
        "{codes:?}"
    );
}

#[test]
fn a_quarter_in_a_cell_refines_the_year_of_the_title() {
    let index = crate::table::tests::keusote();
    for (cells, want) in [
        (
            &[
                &[
                    "Keski-Uudenmaan sote -kuntayhtymän osallisuusohjelma 2020–2025 – vastaukset 2025",
                ][..],
                &["Osavuosikatsaus 3/2025"],
            ][..],
            "Q3/2025",
        ),
        (&[&["Raportointijakso:", "1–3/2025"][..]], "Q1/2025"),
        (&[&["1. osavuosikatsaus 2025"][..]], "Q1/2025"),
        (
            &[&["Osallisuusohjelma 2020–2025", "Q4 2025"][..]],
            "Q4/2025",
        ),
    ] {
        let response = read(&index, vec![sheet("Viestintä", cells)]);
        assert_eq!(
            response.period.map(|p| p.to_string()).as_deref(),
            Some(want),
            "{cells:?}"
        );
        // The period is read from the text, and the text stays listed
        // (issue 22: "Q4 13" cells vanished), without a finding.
        let written: Vec<&str> = cells
            .iter()
            .flat_map(|row| row.iter().copied())
            .filter(|t| !t.contains("Osallisuusohjelma") && !t.contains("osallisuusohjelma"))
            .collect();
        assert_eq!(unmatched_texts(&response), written, "{cells:?}");
        assert!(
            !response
                .findings
                .iter()
                .any(|f| matches!(f.code, FindingCode::UnmatchedCell { .. })),
            "{:?}",
            response.findings
        );
    }
    // The programme's years and a schedule's years are no period.
    let response = read(
        &index,
        vec![sheet("Viestintä", &[&["Osallisuusohjelma 2020 - 2025"]])],
    );
    assert_eq!(response.period, None);
}

/// Every way units write a support request, after a table (and so
/// without a heading ending it), and the ways they say they need none.
#[test]
fn support_requests_in_every_form_and_none_invented() {
    let index = siun();
    let measure = index.programme.measures()[0].1.text.clone();
    let header: &[&str] = &["Toimenpiteet", "Toteutunut", "Ei toteutunut"];
    let cases: Vec<(Vec<&[&str]>, Option<&str>)> = vec![
        (
            vec![&["Tarvitsemme tukea osallisuuden kehittämisessä: x"]],
            Some(""),
        ),
        (
            vec![&["Tarvitsetteko tukea osallisuuden kehittämisessä?", "Kyllä"]],
            Some(""),
        ),
        (
            vec![&["X", "Tarvitsemme tukea osallisuuden kehittämisessä"]],
            Some(""),
        ),
        (
            vec![
                &["Avunpyyntö"],
                &["Tarvitsemme tukea osallisuuden kehittämisessä", "x"],
                &["Millaista tukea?"],
                &["Koulutusta asukasraateihin"],
            ],
            Some("Koulutusta asukasraateihin"),
        ),
        (
            vec![&["Tuen tarve: koulutusta esihenkilöille"]],
            Some("koulutusta esihenkilöille"),
        ),
        (
            vec![&[
                "Tarvitsemme tukea osallisuuden kehittämisessä",
                "x",
                "Koulutusta",
            ]],
            Some("Koulutusta"),
        ),
        (
            vec![&["Tarvitsemme tukea osallisuuden kehittämisessä: kyllä, viestintään"]],
            Some("viestintään"),
        ),
        (
            vec![&["Tarvitsetteko tukea osallisuuden kehittämisessä?", "Ei"]],
            None,
        ),
        (
            vec![
                &["Tukipyyntö"],
                &["Tarvitsemme tukea osallisuuden kehittämisessä"],
                &["Millaista tukea?", "-"],
            ],
            None,
        ),
        (vec![&["Tuen tarve", "ei tarvetta"]], None),
        // The seed's wording of the label, left unanswered, then ticked.
        (
            vec![&["Tarvitsemme tukea osallisuuden kehittämiseen"]],
            None,
        ),
        (
            vec![&["Tarvitsemme tukea osallisuuden kehittämiseen", "x"]],
            Some(""),
        ),
        (
            vec![&["Tarvitsemme tukea asukasraatien vetämisessä."]],
            Some("Tarvitsemme tukea asukasraatien vetämisessä."),
        ),
    ];
    for (rows, want) in cases {
        let first: [&str; 2] = [&measure, "x"];
        let mut cells: Vec<&[&str]> = vec![header, &first];
        cells.extend(rows.iter().copied());
        let response = read(&index, vec![sheet("Pelastuslaitos", &cells)]);
        let got = response.support_requests.first().map(|r| r.text.as_str());
        assert_eq!(got, want, "{rows:?}");
        // A "no" is no request, and the cell is kept as unmatched.
        let noes: Vec<&str> = rows
            .iter()
            .flat_map(|r| r.iter().copied())
            .filter(|t| ["Ei", "-", "ei tarvetta"].contains(t))
            .collect();
        let unmatched = unmatched_texts(&response);
        assert_eq!(unmatched, noes, "{rows:?}");
        assert_eq!(response.answers.len(), 1, "{rows:?}");
    }
    // A measure's text that reads like a request stays the measure's.
    let row: [&str; 3] = [&measure, "", "Tarvitsemme tukea viestinnässä."];
    let cells: Vec<&[&str]> = vec![&["Toimenpiteet", "Toteutunut", "Miten"], &row];
    let response = read(&index, vec![sheet("Pelastuslaitos", &cells)]);
    assert!(response.support_requests.is_empty());
    assert_eq!(
        response.answers[0].items,
        ["Tarvitsemme tukea viestinnässä."]
    );
    // In the feedback, such a sentence stays feedback.
    let first: [&str; 2] = [&measure, "x"];
    let cells: Vec<&[&str]> = vec![
        header,
        &first,
        &["Vapaamuotoinen palaute"],
        &["Tarvitsemme tukea asukasraatien vetämisessä."],
        &["Kiitos"],
    ];
    let response = read(&index, vec![sheet("Pelastuslaitos", &cells)]);
    assert!(response.support_requests.is_empty());
    assert_eq!(response.feedback.len(), 2);
    // The choices as the form printed them, unticked: no request, kept.
    let cells: Vec<&[&str]> = vec![header, &first, &["Tuen tarve: Kyllä / Ei"]];
    let response = read(&index, vec![sheet("Pelastuslaitos", &cells)]);
    assert!(response.support_requests.is_empty());
    assert_eq!(response.unmatched.len(), 1);
}

#[test]
fn a_description_alone_is_a_support_request_and_a_word_in_the_box_is_unmatched() {
    let index = siun();
    let response = read(
        &index,
        vec![sheet(
            "Vastaukset",
            &[
                &["Tukipyyntö"],
                &["Tarvitsemme tukea osallisuuden kehittämisessä", "ehkä"],
                &["Millaista tukea?", "- Koulutusta\n- Rahaa"],
            ],
        )],
    );
    let request = &response.support_requests[0];
    assert_eq!(request.text, "Koulutusta\nRahaa");
    assert_eq!(request.source.cell, "B3");
    let unmatched = unmatched_texts(&response);
    assert_eq!(unmatched, ["ehkä"]);
}

/// Issue 17: the template's respondent and date fields below an empty
/// support description are the file's signature, not a support request.
#[test]
fn the_respondent_and_date_fields_are_read_and_answer_no_support_question() {
    let index = siun();
    let read_rows = |rows: &[&[&str]]| read(&index, vec![sheet("Vastaukset", rows)]);
    let response = read_rows(&[
        &["Tukipyyntö"],
        &["Tarvitsemme tukea osallisuuden kehittämisessä"],
        &["Millaista tukea?"],
        &["Vastaaja (nimi ja tehtävä):", "Liisa Virtanen, kehittäjä"],
        &["Päivämäärä:", "3.5.2024"],
    ]);
    assert!(
        response.support_requests.is_empty(),
        "{:?}",
        response.support_requests
    );
    // Issue 22: the label and the value read stay listed, without a
    // finding each.
    assert_eq!(
        unmatched_texts(&response),
        [
            "Vastaaja (nimi ja tehtävä):",
            "Liisa Virtanen, kehittäjä",
            "Päivämäärä:",
            "3.5.2024"
        ]
    );
    assert!(
        !response
            .findings
            .iter()
            .any(|f| matches!(f.code, FindingCode::UnmatchedCell { .. })),
        "{:?}",
        response.findings
    );
    let signed = |f: &Option<koonti_model::FieldText>| {
        f.as_ref().map(|f| (f.text.clone(), f.source.cell.clone()))
    };
    assert_eq!(
        signed(&response.respondent),
        Some(("Liisa Virtanen, kehittäjä".into(), "B4".into()))
    );
    assert_eq!(
        signed(&response.dated),
        Some(("3.5.2024".into(), "B5".into()))
    );

    // Outside a koonti template an empty field is listed; a field left
    // empty before the next label on the same row takes nothing from it;
    // a bare word is kept, and so is a second respondent.
    let response = read_rows(&[
        &["Vastaaja (nimi ja tehtävä):"],
        &["Täyttäjä:", "Pvm 3.5.2024"],
        &["Yhteyshenkilö: Matti"],
        &["Date"],
    ]);
    assert_eq!(
        signed(&response.respondent),
        Some(("Matti".into(), "A3".into()))
    );
    assert_eq!(
        signed(&response.dated),
        Some(("3.5.2024".into(), "B2".into()))
    );
    let unmatched = unmatched_texts(&response);
    assert_eq!(
        unmatched,
        [
            "Vastaaja (nimi ja tehtävä):",
            "Täyttäjä:",
            "Pvm 3.5.2024",
            "Yhteyshenkilö: Matti",
            "Date"
        ]
    );
    let response = read_rows(&[&["Vastaaja: Liisa"], &["Yhteyshenkilö: Matti"]]);
    let unmatched = unmatched_texts(&response);
    assert_eq!(unmatched, ["Vastaaja: Liisa", "Yhteyshenkilö: Matti"]);

    // Issue 22: a column header is never a label: "Date" | "Amount Int",
    // "Contact" | "Address" stay a unit's text, and so does a header row
    // of marked labels ("Contact:" | "Amount:").
    let response = read_rows(&[
        &["Date", "Amount Int", "Product"],
        &["Contact", "Address"],
        &["Contact:", "Amount:"],
    ]);
    assert_eq!(response.respondent, None);
    assert_eq!(response.dated, None);
    assert_eq!(
        unmatched_texts(&response),
        [
            "Date",
            "Amount Int",
            "Product",
            "Contact",
            "Address",
            "Contact:",
            "Amount:"
        ]
    );
}

/// Issue 11: what units type around their tables is kept.
#[test]
fn notes_respondents_and_bare_words_are_kept_and_a_note_goes_with_its_measure() {
    let index = siun();
    let measure = |id: &str| {
        index
            .programme
            .measures()
            .into_iter()
            .find(|(_, m)| m.id == id)
            .map(|(_, m)| m.text.clone())
            .expect("measure")
    };
    let (m11, m23) = (measure("1.1"), measure("2.3"));
    let response = read(
        &index,
        vec![sheet(
            "Vastaukset",
            &[
                &["Unit", "Priority"],
                &["Vastaaja: toimialuejohtaja, 3.5.2024"],
                &["Vastaava toimialue: Uusi palvelualue"],
                &["Toimenpiteet", "Toteutunut", "Ei toteutunut", "Miten"],
                &[&m11, "x"],
                &[&m23, "", "x"],
                &["Huom! Toimenpiteen 2.3 pilotti siirtyi syksyyn 2025, koska rahoitus viivästyi."],
                &["Huom! Toimenpiteen 4.3 aikataulu avoin."],
                &["Vastaa: Liisa Virtanen, puh. 040 123 4567"],
                &["Merkitse x oikeaan sarakkeeseen."],
                &["Vapaamuotoinen palaute: Ohjelma on hyvä, mittarit puuttuvat."],
            ],
        )],
    );
    let unit = response.unit.as_ref().expect("unit");
    assert_eq!(
        (unit.name.as_str(), unit.known),
        ("Uusi palvelualue", false)
    );
    let unmatched = unmatched_texts(&response);
    assert_eq!(
        unmatched,
        [
            "Unit",
            "Priority",
            "Vastaaja: toimialuejohtaja, 3.5.2024",
            "Vastaa: Liisa Virtanen, puh. 040 123 4567",
            "Huom! Toimenpiteen 4.3 aikataulu avoin.",
        ]
    );
    let respondent = response.respondent.as_ref().expect("respondent");
    assert_eq!(
        (respondent.text.as_str(), respondent.source.cell.as_str()),
        ("toimialuejohtaja, 3.5.2024", "A2")
    );
    let answer = response
        .answers
        .iter()
        .find(|a| a.measure == "2.3")
        .expect("2.3");
    assert_eq!(answer.extra.len(), 1);
    assert!(
        answer.extra[0]
            .text
            .starts_with("Huom! Toimenpiteen 2.3 pilotti")
    );
    assert_eq!(answer.extra[0].header, "Vastaukset!A7");
    assert!(response.findings.iter().any(|f| matches!(
        &f.code,
        FindingCode::NoteKeptWithAnswer { measure, .. } if measure == "2.3"
    )));
    let feedback: Vec<&str> = response.feedback.iter().map(|f| f.text.as_str()).collect();
    assert_eq!(feedback, ["Ohjelma on hyvä, mittarit puuttuvat."]);
}

#[test]
fn a_chart_sheet_is_a_finding() {
    let index = siun();
    let workbook = koonti_ingest::Workbook {
        file: "kaavio.xlsx".into(),
        sheets: vec![sheet("Vastaukset", &[&["Kahvitauko"]])],
        skipped: vec![koonti_ingest::SkippedSheet {
            name: "Kaavio1".into(),
            kind: koonti_model::SheetKind::Chart,
        }],
        ..koonti_ingest::Workbook::default()
    };
    let response = crate::LayoutReader::read(&crate::TableLayout, &workbook, &index);
    let finding = response
        .findings
        .iter()
        .find(|f| matches!(f.code, FindingCode::SheetNotRead { .. }))
        .expect("finding");
    assert_eq!(finding.sheet, "Kaavio1");
    assert_eq!(response.unmatched.len(), 1);
}

#[test]
fn a_sheet_of_stray_cells_lists_them_all_with_bounded_findings() {
    let index = siun();
    let texts: Vec<String> = (0..60).map(|i| format!("arvo {i}")).collect();
    let rows: Vec<Vec<&str>> = texts.iter().map(|t| vec![t.as_str()]).collect();
    let rows: Vec<&[&str]> = rows.iter().map(Vec::as_slice).collect();
    let response = read(&index, vec![sheet("Roska", &rows)]);
    assert_eq!(response.unmatched.len(), 60);
    let per_cell = response
        .findings
        .iter()
        .filter(|f| matches!(f.code, FindingCode::UnmatchedCell { .. }))
        .count();
    assert_eq!(per_cell, 50);
    let more = response
        .findings
        .iter()
        .find(|f| matches!(f.code, FindingCode::MoreUnmatchedCells { .. }))
        .expect("a count of the rest");
    assert_eq!(more.code, FindingCode::MoreUnmatchedCells { count: 10 });
    assert_eq!(more.sheet, "Roska");
}

/// A note in the Nro column below a table tied by ids is no part of the
/// measure above it: it goes with the measure it names, or is unmatched.
#[test]
fn notes_in_the_id_column_below_a_table_are_kept() {
    let index = siun();
    let response = read(
        &index,
        vec![sheet(
            "Vastaukset",
            &[
                &[
                    "Nro",
                    "Toimenpiteet",
                    "Toteutunut",
                    "Ei toteutunut",
                    "Miten",
                ],
                &["2.3", "Asiakasraadit", "", "x", ""],
                &["Huom! Toimenpiteen 2.3 pilotti siirtyi syksyyn 2025."],
                &["Vastaa: Liisa Virtanen, puh. 040 123 4567"],
            ],
        )],
    );
    let answer = &response.answers[0];
    assert_eq!(answer.measure, "2.3");
    let extra: Vec<&str> = answer.extra.iter().map(|e| e.text.as_str()).collect();
    assert_eq!(
        extra,
        ["Huom! Toimenpiteen 2.3 pilotti siirtyi syksyyn 2025."]
    );
    let unmatched = unmatched_texts(&response);
    assert_eq!(unmatched, ["Vastaa: Liisa Virtanen, puh. 040 123 4567"]);
}

/// Issue 22: each sheet read in part is named in a finding with its
/// cells read and not, and says which limit it met: its own, or the
/// file's.
#[test]
fn sheets_read_in_part_are_counted_by_the_limit_they_met() {
    let index = siun();
    let cut = |name: &str, read, rest, by| koonti_ingest::CutSheet {
        name: name.into(),
        read,
        rest,
        by,
    };
    let workbook = koonti_ingest::Workbook {
        file: "suuri.xlsx".into(),
        sheets: vec![sheet("Yksi", &[&["arvo"]]), sheet("Kaksi", &[&["arvo"]])],
        cut: vec![
            cut("Yksi", 100_000, 250, koonti_ingest::CutBy::Sheet),
            cut(
                "Kaksi",
                50_000,
                7,
                koonti_ingest::CutBy::File { max: 150_000 },
            ),
        ],
        ..koonti_ingest::Workbook::default()
    };
    let response = crate::LayoutReader::read(&crate::TableLayout, &workbook, &index);
    let counted: Vec<(&str, &FindingCode)> = response
        .findings
        .iter()
        .filter(|f| {
            matches!(
                f.code,
                FindingCode::CellsNotRead { .. } | FindingCode::FileCellsNotRead { .. }
            )
        })
        .map(|f| (f.sheet.as_str(), &f.code))
        .collect();
    assert_eq!(
        counted,
        [
            (
                "Yksi",
                &FindingCode::CellsNotRead {
                    sheet: "Yksi".into(),
                    read: 100_000,
                    rest: 250
                }
            ),
            (
                "Kaksi",
                &FindingCode::FileCellsNotRead {
                    sheet: "Kaksi".into(),
                    read: 50_000,
                    rest: 7,
                    max: 150_000
                }
            ),
        ]
    );
}

use crate::table::tests::{read, sheet, siun};
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
    assert_eq!(response.period.as_deref(), Some("2024"));
    assert_eq!(response.unit.map(|u| u.name), Some("Pelastuslaitos".into()));
    let unmatched: Vec<&str> = response.unmatched.iter().map(|u| u.text.as_str()).collect();
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
        assert_eq!(response.period.as_deref(), Some(want), "{cells:?}");
        assert!(response.unmatched.is_empty(), "{:?}", response.unmatched);
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
        let unmatched: Vec<&str> = response.unmatched.iter().map(|u| u.text.as_str()).collect();
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
    let unmatched: Vec<&str> = response.unmatched.iter().map(|u| u.text.as_str()).collect();
    assert_eq!(unmatched, ["ehkä"]);
}

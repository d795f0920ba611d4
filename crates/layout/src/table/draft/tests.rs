use super::*;
use crate::table::tests::{keusote, read, sheet, siun};
use koonti_model::FindingCode;

fn source() -> Source {
    Source {
        file: "f.xlsx".into(),
        sheet: "S".into(),
        cell: "B2".into(),
    }
}

#[test]
fn marks_make_the_status() {
    let mut draft = Draft::new(0, source());
    assert_eq!(draft.mark_status(), Some(Status::Unanswered));
    draft.implemented = true;
    assert_eq!(draft.mark_status(), Some(Status::Implemented));
    draft.not_implemented = true;
    assert_eq!(draft.mark_status(), Some(Status::Partial));
    draft.partial_column = true;
    assert_eq!(draft.mark_status(), None);
    draft.implemented = false;
    assert_eq!(draft.mark_status(), Some(Status::NotImplemented));
}

const HEADER: &[&str] = &[
    "Toimenpiteet",
    "Toteutunut",
    "Ei toteutunut",
    "Miten",
    "Muuta",
];

#[test]
fn each_cell_goes_where_its_column_says() {
    let index = siun();
    let measure = index.programme.measures()[0].1.text.clone();
    let response = read(
        &index,
        vec![sheet(
            "Pelastuslaitos",
            &[
                HEADER,
                &[&measure, "x", "", "• eka\n• toka", "huom"],
                // A continuation row: more text for the same measure.
                &["", "", "", "kolmas"],
            ],
        )],
    );
    let answer = &response.answers[0];
    assert_eq!(answer.status, Status::Implemented);
    assert_eq!(answer.items, ["eka", "toka", "kolmas"]);
    assert_eq!(answer.extra.len(), 1);
    assert_eq!(
        (
            answer.extra[0].header.as_str(),
            answer.extra[0].text.as_str()
        ),
        ("Muuta", "huom")
    );
    assert!(response.findings.is_empty(), "{:?}", response.findings);
}

#[test]
fn both_marks_a_word_and_a_text_alone_are_findings() {
    let index = siun();
    let texts: Vec<String> = index.programme.measures()[..3]
        .iter()
        .map(|(_, m)| m.text.clone())
        .collect();
    let response = read(
        &index,
        vec![sheet(
            "Vastaukset",
            &[
                HEADER,
                &[&texts[0], "x", "x"],
                &[&texts[1], "ehkä"],
                &[&texts[2], "", "", "tekstiä"],
            ],
        )],
    );
    let statuses: Vec<&Status> = response.answers.iter().map(|a| &a.status).collect();
    assert_eq!(
        statuses,
        [&Status::Partial, &Status::Unanswered, &Status::Unanswered]
    );
    assert_eq!(response.answers[1].extra[0].text, "ehkä");
    let codes: Vec<&FindingCode> = response.findings.iter().map(|f| &f.code).collect();
    assert!(
        matches!(codes[0], FindingCode::BothMarked { .. }),
        "{codes:?}"
    );
    assert!(
        matches!(codes[1], FindingCode::MarkNotRecognised { .. }),
        "{codes:?}"
    );
    assert!(
        matches!(codes[2], FindingCode::TextWithoutMark { .. }),
        "{codes:?}"
    );
}

#[test]
fn a_status_column_takes_the_scales_options() {
    let index = keusote();
    let (_, first) = index.programme.measures()[0];
    let (_, second) = index.programme.measures()[1];
    let response = read(
        &index,
        vec![sheet(
            "Vastaukset",
            &[
                &["TOIMENPIDE", "VASTUU", "TILA"],
                &[&first.text, "Hallitus", "kesken"],
                &[&second.text, "", "puolivalmis"],
            ],
        )],
    );
    assert_eq!(
        response.answers[0].status,
        Status::Option("in_progress".into())
    );
    assert_eq!(response.answers[0].extra[0].text, "Hallitus");
    assert_eq!(response.answers[1].status, Status::Unanswered);
    assert_eq!(response.answers[1].extra[0].text, "puolivalmis");
    assert!(matches!(
        response.findings[0].code,
        FindingCode::StatusNotRecognised { .. }
    ));
}

//! Legacy return forms a county not bundled meets (issue 20): three mark
//! columns, a question as the text header, one choice column, feedback
//! under its own words. Each merges with no silently wrong status: an
//! answer is read as written, or unanswered with a finding and its cells.
use super::tests::{keusote, read, sheet, siun};
use crate::ProgrammeIndex;
use koonti_model::{ExtraKind, FindingCode, Severity, Status};

fn texts(index: &ProgrammeIndex, n: usize) -> Vec<String> {
    index.programme.measures()[..n]
        .iter()
        .map(|(_, m)| m.text.clone())
        .collect()
}

/// The findings that say doubt (warnings), without the unit's name that
/// these in-memory files lack.
fn doubts(response: &koonti_model::UnitResponse) -> usize {
    response
        .findings
        .iter()
        .filter(|f| f.severity == Severity::Warning)
        .filter(|f| !matches!(f.code, FindingCode::UnitNotFound))
        .count()
}

/// The statuses of the answers, in order.
fn statuses(response: &koonti_model::UnitResponse) -> Vec<Status> {
    response.answers.iter().map(|a| a.status.clone()).collect()
}

#[test]
fn three_mark_columns_read_as_three_options_in_every_language() {
    let index = siun();
    let m = texts(&index, 4);
    for header in [
        ["Genomförd", "Delvis genomförd", "Inte genomförd"],
        ["Toteutunut", "Osittain toteutunut", "Ei toteutunut"],
        ["Implemented", "Partly implemented", "Not implemented"],
        ["Done", "Partially done", "Not done"],
    ] {
        let response = read(
            &index,
            vec![sheet(
                "Svar",
                &[
                    &["Åtgärd", header[0], header[1], header[2], "Kommentar"],
                    &[&m[0], "x", "", "", "klart"],
                    &[&m[1], "", "x", "", "hälften"],
                    &[&m[2], "", "", "x"],
                    &[&m[3], "", "x"],
                ],
            )],
        );
        assert_eq!(
            statuses(&response),
            [
                Status::Implemented,
                Status::Partial,
                Status::NotImplemented,
                Status::Partial
            ],
            "{header:?}"
        );
        assert_eq!(response.answers[1].items, ["hälften"]);
        assert_eq!(doubts(&response), 0, "{header:?}: {:?}", response.findings);
    }
}

#[test]
fn marks_that_do_not_fit_the_scale_are_doubt_never_a_count() {
    let index = siun();
    let m = texts(&index, 3);
    let response = read(
        &index,
        vec![sheet(
            "Svar",
            &[
                &[
                    "Åtgärd",
                    "Genomförd",
                    "Delvis genomförd",
                    "Inte genomförd",
                    "Ej aktuell",
                ],
                // Both outer marks beside a partly column: a contradiction.
                &[&m[0], "x", "", "x"],
                // Partly and done together.
                &[&m[1], "x", "x"],
                // A mark under an option the scale does not have.
                &[&m[2], "", "", "", "x"],
            ],
        )],
    );
    assert_eq!(statuses(&response), vec![Status::Unanswered; 3]);
    assert_eq!(doubts(&response), 3, "{:?}", response.findings);
    for answer in &response.answers {
        assert!(
            answer
                .extra
                .iter()
                .all(|e| e.kind == Some(ExtraKind::UnreadStatus) && e.text == "x"),
            "{:?}",
            answer.extra
        );
        assert!(!answer.extra.is_empty());
    }
}

#[test]
fn both_marks_on_the_two_mark_layout_are_partly_as_the_instructions_say() {
    let index = siun();
    let m = texts(&index, 1);
    let response = read(
        &index,
        vec![sheet(
            "Vastaukset",
            &[
                &["Toimenpiteet", "Toteutunut", "Ei toteutunut", "Miten"],
                &[&m[0], "x", "x", "osittain"],
            ],
        )],
    );
    assert_eq!(statuses(&response), [Status::Partial]);
    assert_eq!(doubts(&response), 0, "{:?}", response.findings);
}

#[test]
fn a_question_header_is_the_text_column_never_a_mark() {
    let index = siun();
    let m = texts(&index, 2);
    let response = read(
        &index,
        vec![sheet(
            "Svar",
            &[
                &[
                    "Åtgärd",
                    "Genomförd",
                    "Inte genomförd",
                    "Hur har det genomförts / hur borde det genomföras?",
                ],
                &[&m[0], "x", "", "Vi har ordnat möten"],
                &[&m[1], "", "x", "Inte ännu"],
            ],
        )],
    );
    assert_eq!(
        statuses(&response),
        [Status::Implemented, Status::NotImplemented]
    );
    assert_eq!(response.answers[0].items, ["Vi har ordnat möten"]);
    assert_eq!(response.answers[1].items, ["Inte ännu"]);
    assert!(response.answers.iter().all(|a| a.extra.is_empty()));
    assert!(
        !response
            .findings
            .iter()
            .any(|f| matches!(f.code, FindingCode::MarkNotRecognised { .. })),
        "{:?}",
        response.findings
    );
}

#[test]
fn one_status_column_reads_its_options_on_a_status_scale() {
    let index = keusote();
    let m = texts(&index, 3);
    let response = read(
        &index,
        vec![sheet(
            "Svar",
            &[
                &["Åtgärd", "Status", "Kommentar"],
                &[&m[0], "Genomförd", ""],
                &[&m[1], "Pågår", ""],
                &[&m[2], "Inte påbörjad", ""],
            ],
        )],
    );
    assert_eq!(
        statuses(&response),
        [
            Status::Option("done".into()),
            Status::Option("in_progress".into()),
            Status::Option("not_started".into()),
        ]
    );
}

#[test]
fn a_status_column_on_a_marks_scale_reads_what_fits_and_doubts_the_rest() {
    let index = siun();
    let m = texts(&index, 4);
    let response = read(
        &index,
        vec![sheet(
            "Svar",
            &[
                &["Åtgärd", "Status", "Kommentar"],
                &[&m[0], "Genomförd"],
                &[&m[1], "Delvis genomförd"],
                &[&m[2], "Pågår"],
                &[&m[3], "Inte påbörjad"],
            ],
        )],
    );
    // "Pågår" and "Inte påbörjad" are no option of a two-mark scale: never
    // counted as not implemented, but said.
    assert_eq!(
        statuses(&response),
        [
            Status::Implemented,
            Status::Partial,
            Status::Unanswered,
            Status::Unanswered
        ]
    );
    for answer in &response.answers[2..] {
        assert_eq!(answer.extra[0].kind, Some(ExtraKind::UnreadStatus));
    }
    assert_eq!(doubts(&response), 2, "{:?}", response.findings);
}

#[test]
fn feedback_under_its_own_words_is_feedback() {
    let index = siun();
    let m = texts(&index, 1);
    for heading in ["Övrig respons", "Muu palaute", "Other feedback"] {
        let response = read(
            &index,
            vec![sheet(
                "Svar",
                &[
                    &["Åtgärd", "Genomförd", "Inte genomförd"],
                    &[&m[0], "x"],
                    &[heading],
                    &["Bra program"],
                ],
            )],
        );
        assert_eq!(response.feedback.len(), 1, "{heading}");
        assert_eq!(response.feedback[0].text, "Bra program");
        assert!(response.unmatched.is_empty(), "{:?}", response.unmatched);
    }
}

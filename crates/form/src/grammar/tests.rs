use super::*;
use koonti_model::StatusClass::*;

#[test]
fn option_phrases_are_read_by_their_parts() {
    for (text, class) in [
        ("Toteutunut", Done),
        ("Toimenpide on toteutunut", Done),
        ("Osittain toteutunut", Partly),
        ("Toteutunut osittain", Partly),
        ("Ei toteutunut", NotDone),
        ("Toimenpide ei ole toteutunut", NotDone),
        ("Genomförd", Done),
        ("Delvis genomförd", Partly),
        ("Inte genomförd", NotDone),
        ("Åtgärden är inte genomförd", NotDone),
        ("Implemented", Done),
        ("Partly implemented", Partly),
        ("Partially implemented", Partly),
        ("Not implemented", NotDone),
        ("Measure not implemented", NotDone),
        ("Valmis", Done),
        ("Kesken", InProgress),
        ("Ei aloitettu", NotStarted),
        ("Pågår", InProgress),
        ("Inte påbörjad", NotStarted),
        ("Påbörjad", InProgress),
        ("Not started", NotStarted),
        ("In progress", InProgress),
        ("Ej aktuell", NotApplicable),
        ("Ei koske yksikköä", NotApplicable),
        ("Not applicable", NotApplicable),
        ("Osittain", Partly),
        ("Toteutunut (x)", Done),
    ] {
        assert_eq!(option_class(text), Some(class), "{text}");
    }
    for text in [
        "Hur har det genomförts / hur borde det genomföras?",
        "Toteutunut vuonna 2024 hyvin",
        "Valmis / kesken",
        "Ei osittain toteutunut",
        "Toimenpiteet",
        "Kommentit",
        "",
    ] {
        assert_eq!(option_class(text), None, "{text}");
    }
}

#[test]
fn headers_are_read_as_whole_phrases() {
    for (text, role) in [
        ("Genomförd", HeaderRole::Option(Done)),
        ("Delvis genomförd", HeaderRole::Option(Partly)),
        ("Inte genomförd", HeaderRole::Option(NotDone)),
        ("Toimenpide on toteutunut", HeaderRole::Option(Done)),
        (
            "Hur har det genomförts / hur borde det genomföras?",
            HeaderRole::Text,
        ),
        ("Miten on toteutettu?", HeaderRole::Text),
        ("How has it been implemented?", HeaderRole::Text),
        ("Kuvaus", HeaderRole::Text),
        ("Beskrivning", HeaderRole::Text),
        ("Kommentit", HeaderRole::Text),
        ("Kommentar", HeaderRole::Text),
        ("Comments", HeaderRole::Text),
        ("Status", HeaderRole::Choice),
        ("TILA", HeaderRole::Choice),
        ("Toimenpiteet", HeaderRole::Measure),
        ("Åtgärd", HeaderRole::Measure),
        ("Nro", HeaderRole::Id),
        ("VASTUU", HeaderRole::Responsible),
        ("Tidtabell", HeaderRole::Schedule),
        ("Tavoite", HeaderRole::Section),
        ("Övrig respons", HeaderRole::Feedback),
        ("Muu palaute", HeaderRole::Feedback),
        ("Other feedback", HeaderRole::Feedback),
        ("Behöver enheten stöd? Vilket?", HeaderRole::Support),
        ("Tarvitaanko tukea?", HeaderRole::Support),
        ("Do you need support?", HeaderRole::Support),
        ("Lisäsarake", HeaderRole::Unknown),
    ] {
        assert_eq!(header(text), role, "{text}");
    }
}

#[test]
fn options_lines_and_scale_sheets() {
    assert_eq!(
        options_line("Vastausvaihtoehdot: Ei aloitettu; Kesken; Valmis"),
        Some(vec![
            "Ei aloitettu".into(),
            "Kesken".into(),
            "Valmis".into()
        ])
    );
    assert_eq!(
        options_line("Svarsalternativ: Genomförd / Pågår / Inte påbörjad").map(|o| o.len()),
        Some(3)
    );
    assert_eq!(
        options_line("Answer options: Done, In progress, Not started").map(|o| o.len()),
        Some(3)
    );
    assert_eq!(options_line("Huom: tämä, tuo"), None);
    assert!(is_scale_sheet("Asteikko"));
    assert!(is_scale_sheet("Skala"));
    assert!(is_scale_sheet("Scale"));
    assert!(!is_scale_sheet("Toimenpiteet"));
}

#[test]
fn feedback_headings_are_whole_phrases() {
    for text in [
        "Övrig respons",
        "Muu palaute",
        "Vapaa palaute",
        "Övriga kommentarer",
        "Other feedback",
        "Muu palaute: kerro vapaasti",
    ] {
        assert!(is_builtin_feedback_heading(text), "{text}");
    }
    assert!(!is_builtin_feedback_heading("Palaute kerätään asukkailta"));
}

#[test]
fn a_lone_measure_header_heads_a_table_in_every_language() {
    for text in [
        "Toimenpide",
        "TOIMENPITEET",
        " Toimenpiteen kuvaus ",
        "Åtgärder",
        "Measures",
        "Action",
    ] {
        assert!(heads_measures_alone(text), "{text}");
    }
    for text in [
        "Toimenpiteen tila",
        "Vastuu",
        "Nro",
        "Measure 1.1",
        "",
        "Åtgärdens status",
    ] {
        assert!(!heads_measures_alone(text), "{text}");
    }
}

use super::*;
use koonti_model::{AnswerScale, Lang};

fn bundled(id: &str) -> Programme {
    koonti_programme::load(id).expect("bundled")
}

/// A county's own programme: its scale and labels in TOML.
fn custom(scale: &str, extra: &str) -> Programme {
    let text = format!(
        r#"
id = "oma"
title = "Oma osallisuusohjelma"
organisation = "Oma hyvinvointialue"
section_label = "Painopiste"
{extra}

{scale}

[feedback]
title = "Vapaa palaute"

[[units]]
name = "Hallinto"

[[sections]]
id = "1"
title = "Ensimmäinen"

[[sections.measures]]
id = "1.1"
text = "Teemme jotakin"
"#
    );
    koonti_programme::parse("oma.toml", &text).expect("valid programme")
}

fn marks(implemented: &str, not_implemented: &str, text: &str) -> Programme {
    custom(
        &format!(
            "[scale]\nkind = \"marks\"\nimplemented_label = \"{implemented}\"\nnot_implemented_label = \"{not_implemented}\"\ntext_label = \"{text}\""
        ),
        "",
    )
}

fn status(label: &str) -> Programme {
    custom(
        &format!(
            r#"[scale]
kind = "status"
status_label = "{label}"
text_label = "Selitys"

[[scale.options]]
id = "not_started"
label = "Ei aloitettu"

[[scale.options]]
id = "in_progress"
label = "Työn alla"

[[scale.options]]
id = "done"
label = "Tehty""#
        ),
        "unit_label = \"Vastuuyksikkö\"",
    )
}

/// Every header every template writes reads back as the column it heads.
#[test]
fn reads_every_header_its_templates_write() {
    let programmes = [
        bundled("siun-sote-2023-2025"),
        bundled("keusote-2020-2025"),
        bundled("vantaa-kerava"),
        marks("Kyllä", "Ei", "Selitys"),
        marks("Tehty", "Ei tehty", "Kuvaus"),
        status("Edistyminen"),
        status("Vaihe"),
        status("Toteutumisen tila"),
    ];
    for programme in &programmes {
        let form = Form::new(programme);
        for lang in LANGS {
            for column in table_columns(programme, lang) {
                assert_eq!(
                    form.classify_header(&column.header),
                    column.role,
                    "{} {lang}: {}",
                    programme.id,
                    column.header
                );
            }
        }
    }
}

#[test]
fn the_programmes_labels_come_before_the_fixed_words_and_exactly() {
    let form = Form::new(&marks("Kyllä", "Ei", "Selitys"));
    assert_eq!(form.header_role("KYLLÄ"), Some(Role::Implemented));
    assert_eq!(form.header_role("Ei."), Some(Role::NotImplemented));
    assert_eq!(form.header_role("Selitys:"), Some(Role::Text));
    // The fixed words still read forms units made themselves.
    assert_eq!(
        form.header_role("Ei toteutunut"),
        Some(Role::NotImplemented)
    );
    assert_eq!(form.header_role("Toteutunut"), Some(Role::Implemented));
    assert_eq!(form.header_role("Eikä"), None);
    // A fixed word that means another column loses to the programme's.
    let form = Form::new(&marks(
        "Tehty",
        "Ei tehty",
        "Miten toimenpide on toteutunut?",
    ));
    assert_eq!(form.header_role("Ei tehty"), Some(Role::NotImplemented));
    assert_eq!(
        form.header_role("Miten toimenpide on toteutunut"),
        Some(Role::Text)
    );
    // Without the programme, a question is text too, never a mark column.
    let siun = Form::new(&bundled("siun-sote-2023-2025"));
    assert_eq!(
        siun.header_role("Miten toimenpide on toteutunut"),
        Some(Role::Text)
    );
    assert_eq!(
        siun.header_role("Hur har det genomförts / hur borde det genomföras?"),
        Some(Role::Text)
    );
    // Three mark columns: the middle one is partly, never implemented.
    assert_eq!(siun.header_role("Delvis genomförd"), Some(Role::Partial));
    assert_eq!(siun.header_role("Osittain toteutunut"), Some(Role::Partial));
    assert_eq!(
        siun.header_role("Inte genomförd"),
        Some(Role::NotImplemented)
    );
    assert_eq!(
        siun.header_role("Ej aktuell"),
        Some(Role::OtherOption(koonti_model::StatusClass::NotApplicable))
    );
    // On a status scale an option's mark column by its class.
    let keusote = Form::new(&bundled("keusote-2020-2025"));
    assert_eq!(
        keusote.header_role("Genomförd"),
        Some(Role::OptionMark("done".into()))
    );
    assert_eq!(
        keusote.header_role("Inte påbörjad"),
        Some(Role::OptionMark("not_started".into()))
    );
}

#[test]
fn long_labels_are_found_with_small_edits_short_ones_are_not() {
    let form = Form::new(&status("Toteutumisen tila"));
    assert_eq!(form.header_role("Toteutumisen tilaa"), Some(Role::Status));
    assert_eq!(form.header_role("Toteutumisen tilanne ja arvio"), None);
    let form = Form::new(&status("Vaihe"));
    assert_eq!(form.header_role("Vaihe"), Some(Role::Status));
    assert_eq!(form.header_role("Vaiheet"), None);
}

#[test]
fn options_read_in_every_language_without_aliases() {
    let programme = status("Vaihe");
    let form = Form::new(&programme);
    let AnswerScale::Status { options, .. } = &programme.scale else {
        panic!("status scale");
    };
    for option in options {
        for lang in LANGS {
            assert_eq!(
                form.status_option(&words::option_label(option, lang)),
                Some(option.id.as_str()),
                "{lang}"
            );
        }
    }
    assert_eq!(form.status_option("työn alla"), Some("in_progress"));
    assert_eq!(form.status_option("Puolivalmis"), None);
}

#[test]
fn headings_unit_labels_and_feedback_follow_the_programme() {
    let programme = status("Vaihe");
    let form = Form::new(&programme);
    assert_eq!(form.heading_number("Painopiste 2: Toinen"), Some("2"));
    assert_eq!(form.heading_number("Toimenpide 3"), Some("3"));
    assert_eq!(form.heading_number("Painopisteet"), None);
    for lang in LANGS {
        let label = words::unit_label(&programme, lang);
        assert_eq!(
            form.unit_label(&format!("{label} Hallinto")),
            Some(UnitLabel {
                name: Some("Hallinto".into()),
                colon: true
            }),
            "{lang}"
        );
        assert!(form.is_feedback_heading(&words::feedback_heading(&programme, lang)));
    }
    assert_eq!(words::unit_label(&programme, Lang::Fi), "Vastuuyksikkö:");
    assert_eq!(
        form.unit_label("Toimialue"),
        Some(UnitLabel {
            name: None,
            colon: false
        })
    );
    assert_eq!(form.unit_label("Hallinto"), None);
    // A respondent is a person; a qualified label needs its colon.
    for person in [
        "Vastaaja: toimialuejohtaja, 3.5.2024",
        "Täyttäjä:",
        "Yhteyshenkilö: Liisa",
    ] {
        assert_eq!(form.unit_label(person), None, "{person}");
    }
    assert_eq!(
        form.unit_label("Vastaava toimialue: Uusi yksikkö"),
        Some(UnitLabel {
            name: Some("Uusi yksikkö".into()),
            colon: true
        })
    );
    assert_eq!(form.unit_label("Oma yksikkö"), None);
    assert_eq!(form.unit_label("Unit Priority"), None);
    assert!(form.is_feedback_heading("Vapaa palaute"));
    assert!(!form.is_feedback_heading("Palaute"));
    // Feedback written into the heading's cell is feedback.
    assert_eq!(
        form.feedback_in_heading("Vapaa palaute: Ohjelma on hyvä, mittarit puuttuvat.")
            .as_deref(),
        Some("Ohjelma on hyvä, mittarit puuttuvat.")
    );
    for heading in [
        "Vapaa palaute",
        "Vapaa palaute:",
        "Vapaa palaute: Mitä muuta haluatte sanoa?",
    ] {
        assert_eq!(form.feedback_in_heading(heading), None, "{heading}");
    }
    for lang in LANGS {
        let heading = words::feedback_heading(&programme, lang);
        assert_eq!(form.feedback_in_heading(&heading), None, "{heading}");
    }
}

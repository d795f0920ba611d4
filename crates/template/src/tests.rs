use super::*;

fn programme(id: &str) -> Programme {
    koonti_programme::load(id).expect("bundled programme")
}

#[test]
fn file_names_name_the_unit_and_avoid_forbidden_characters() {
    let p = programme("siun-sote-2023-2025");
    let options = TemplateOptions {
        period: "2025".into(),
        ..TemplateOptions::default()
    };
    assert_eq!(
        file_name(&p, Some(&p.units[0]), &options),
        "siun-sote-2023-2025 2025 Perhe- ja sosiaalipalvelut.xlsx"
    );
    assert_eq!(
        file_name(&p, None, &options),
        "siun-sote-2023-2025 2025 muu yksikkö.xlsx"
    );
    let odd = Unit {
        name: "A/B: \"C\"?".into(),
        aliases: vec![],
    };
    assert_eq!(
        file_name(&p, Some(&odd), &TemplateOptions::default()),
        "siun-sote-2023-2025 A-B- -C--.xlsx"
    );
}

#[test]
fn templates_are_reproducible_byte_for_byte() {
    let p = programme("keusote-2020-2025");
    let options = TemplateOptions {
        period: "2025".into(),
        ..TemplateOptions::default()
    };
    let a = write_template(&p, Some(&p.units[0]), &options).expect("written");
    let b = write_template(&p, Some(&p.units[0]), &options).expect("written");
    assert_eq!(a, b);
    assert_eq!(
        write_all(&p, &options).expect("all").len(),
        p.units.len() + 1
    );
}

#[test]
fn every_language_writes() {
    for id in ["siun-sote-2023-2025", "keusote-2020-2025", "vantaa-kerava"] {
        for lang in [Lang::Fi, Lang::Sv, Lang::En] {
            let options = TemplateOptions {
                period: "2025".into(),
                lang,
                deadline: Some("31.1.2026".into()),
                contact: Some("osallisuus@example.fi".into()),
                prefill: None,
            };
            write_template(&programme(id), None, &options).expect("written");
        }
    }
}

#[test]
fn prefill_must_fit_the_programme() {
    let p = programme("keusote-2020-2025");
    let mut prefill = Prefill::default();
    prefill.answers.insert(
        "1.1".into(),
        PrefillAnswer {
            status: Status::Implemented,
            text: String::new(),
        },
    );
    let options = TemplateOptions {
        prefill: Some(prefill.clone()),
        ..TemplateOptions::default()
    };
    let err = write_template(&p, None, &options).expect_err("marks status on a status scale");
    assert!(matches!(err, TemplateError::Prefill { .. }), "{err}");
    prefill.answers.clear();
    prefill.answers.insert(
        "9.9".into(),
        PrefillAnswer {
            status: Status::Unanswered,
            text: String::new(),
        },
    );
    let options = TemplateOptions {
        prefill: Some(prefill),
        ..TemplateOptions::default()
    };
    assert!(write_template(&p, None, &options).is_err());
}

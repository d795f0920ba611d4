//! Any answer scale round-trips in Finnish, Swedish and English (issue 20):
//! a programme spreadsheet written with the form grammar's own words (a
//! three-option mark scale, a four-option choice column) reads back as the
//! same scale; its templates, filled with every option, merge exactly.
use koonti_engine::{Input, Lang, MergeOptions, Programme, TemplateOptions};
use koonti_form::grammar::{class_label, mark_label};
use koonti_model::{
    AnswerScale, FeedbackSection, Measure, ScaleLayout, Section, Severity, Status, StatusClass,
    StatusOption, Unit,
};
use koonti_template::{Prefill, PrefillAnswer};
use std::collections::BTreeMap;

const LANGS: [Lang; 3] = [Lang::Fi, Lang::Sv, Lang::En];

/// Measures worded in `lang`, two sections.
fn programme(lang: Lang, scale: AnswerScale) -> Programme {
    // Who and when on every other measure: a status template keeps them
    // (VASTUU, AIKATAULU) whichever way its options are laid out.
    let measure = |id: &str, text: &str| Measure {
        id: id.into(),
        text: text.into(),
        aliases: Vec::new(),
        responsible: id.ends_with('1').then(|| {
            lang.pick("Viestintä", "Kommunikation", "Communications")
                .into()
        }),
        schedule: id.ends_with('1').then(|| "2026".into()),
    };
    let texts = match lang {
        Lang::Fi => [
            "Avaamme asukkaille verkkosivun osallistumisesta",
            "Kokoamme nuorisovaltuuston neljästi vuodessa",
            "Järjestämme kyläillat jokaisessa kunnassa",
            "Koulutamme esihenkilöt osallisuuden menetelmiin",
            "Arvioimme toiminnan yhdessä järjestöjen kanssa",
        ],
        Lang::Sv => [
            "Vi öppnar en webbplats om delaktighet för invånarna",
            "Ungdomsfullmäktige sammanträder fyra gånger om året",
            "Vi ordnar bykvällar i varje kommun",
            "Vi utbildar cheferna i metoder för delaktighet",
            "Vi utvärderar verksamheten tillsammans med föreningarna",
        ],
        Lang::En => [
            "We open a website on participation for residents",
            "The youth council meets four times a year",
            "We hold village evenings in every municipality",
            "We train managers in participation methods",
            "We evaluate the work together with associations",
        ],
    };
    Programme {
        id: format!("skala-{lang}"),
        version: 1,
        title: lang
            .pick(
                "Saariston osallisuusohjelma",
                "Skärgårdens delaktighetsprogram",
                "Archipelago participation programme",
            )
            .into(),
        organisation: lang.pick("Saaristo", "Skärgården", "Archipelago").into(),
        years: Some("2025–2027".into()),
        reporting: None,
        section_label: lang.pick("Tavoite", "Mål", "Goal").into(),
        unit_label: None,
        title_keywords: Vec::new(),
        scale,
        units: ["Norra", "Södra"]
            .iter()
            .map(|n| Unit {
                name: n.to_string(),
                aliases: Vec::new(),
            })
            .collect(),
        sections: vec![
            Section {
                id: "1".into(),
                title: lang
                    .pick(
                        "Tieto kulkee",
                        "Informationen går fram",
                        "Information flows",
                    )
                    .into(),
                sections: Vec::new(),
                measures: vec![measure("1.1", texts[0]), measure("1.2", texts[1])],
            },
            Section {
                id: "2".into(),
                title: lang.pick("Yhdessä", "Tillsammans", "Together").into(),
                sections: Vec::new(),
                measures: vec![
                    measure("2.1", texts[2]),
                    measure("2.2", texts[3]),
                    measure("2.3", texts[4]),
                ],
            },
        ],
        feedback: FeedbackSection {
            title: lang
                .pick("Muu palaute", "Övrig respons", "Other feedback")
                .into(),
            prompt: None,
            aliases: Vec::new(),
        },
        scale_guessed: false,
    }
}

fn text_header(lang: Lang) -> &'static str {
    lang.pick(
        "Miten on toteutettu?",
        "Hur har det genomförts?",
        "How has it been carried out?",
    )
}

/// Three mark columns: done | partly | not done, in the grammar's words.
fn three_marks(lang: Lang) -> AnswerScale {
    AnswerScale::Marks {
        implemented_label: mark_label(StatusClass::Done, lang).into(),
        not_implemented_label: mark_label(StatusClass::NotDone, lang).into(),
        text_label: text_header(lang).into(),
        partial_label: Some(mark_label(StatusClass::Partly, lang).into()),
    }
}

/// One choice column of four options, in the grammar's words.
fn four_choices(lang: Lang) -> AnswerScale {
    let classes = [
        StatusClass::NotStarted,
        StatusClass::InProgress,
        StatusClass::Partly,
        StatusClass::Done,
    ];
    AnswerScale::Status {
        status_label: lang.pick("Tila", "Status", "Status").into(),
        options: classes
            .iter()
            .map(|c| StatusOption::new(c.as_str(), class_label(*c, lang)))
            .collect(),
        text_label: Some(text_header(lang).into()),
        layout: ScaleLayout::Choice,
    }
}

/// Every answer the scale offers, then none, over the measures in turn.
fn answers(programme: &Programme) -> BTreeMap<String, PrefillAnswer> {
    let mut statuses: Vec<Status> = programme
        .scale
        .choices()
        .into_iter()
        .map(|c| c.status)
        .collect();
    statuses.push(Status::Unanswered);
    programme
        .measures()
        .iter()
        .enumerate()
        .map(|(i, (_, m))| {
            let status = statuses[i % statuses.len()].clone();
            let text = if status.is_answered() {
                format!("{} {}", m.id, status)
            } else {
                String::new()
            };
            (m.id.clone(), PrefillAnswer { status, text })
        })
        .collect()
}

fn round_trip(original: &Programme, lang: Lang) {
    let what = format!("{} {lang}", original.id);
    let sheet = koonti_engine::programme_xlsx(original, lang).expect("spreadsheet");
    let programme = koonti_engine::programme_from_file("ohjelma.xlsx", &sheet).expect("read back");
    assert_eq!(programme.scale, original.scale, "{what}");
    let prefill = Prefill {
        answers: answers(&programme),
        feedback: "Bra".into(),
        ..Prefill::default()
    };
    let options = TemplateOptions {
        period: "2025".into(),
        lang,
        prefill: Some(prefill.clone()),
        ..TemplateOptions::default()
    };
    let files = koonti_engine::templates(&programme, &options).expect("templates");
    // One template per unit (the blank one for others is left out).
    let inputs: Vec<Input> = files
        .into_iter()
        .filter(|(name, _)| name.contains("Norra") || name.contains("Södra"))
        .map(|(name, bytes)| Input::from_bytes(name, bytes))
        .collect();
    assert_eq!(inputs.len(), 2, "{what}");
    let merged = koonti_engine::merge(
        inputs,
        &MergeOptions {
            programme: Some(programme.clone()),
            period: koonti_engine::report_period("2025"),
            ..MergeOptions::default()
        },
    )
    .expect("merge");
    let report = &merged.report;
    assert_eq!(report.answers.len(), 2 * 5, "{what}");
    for answer in &report.answers {
        let want = &prefill.answers[&answer.measure];
        assert_eq!(answer.status, want.status, "{what} {}", answer.measure);
        assert_eq!(
            answer.class,
            want.status.class(&programme.scale),
            "{what} {}",
            answer.measure
        );
        // A status template's VASTUU and AIKATAULU are kept with the
        // answer; a marks template has no such columns.
        let measure = programme
            .measures()
            .into_iter()
            .find(|(_, m)| m.id == answer.measure)
            .map(|(_, m)| m)
            .expect("a measure of the programme");
        let fixed: Vec<&str> = match programme.scale {
            AnswerScale::Status { .. } => [&measure.responsible, &measure.schedule]
                .into_iter()
                .filter_map(|t| t.as_deref())
                .collect(),
            AnswerScale::Marks { .. } => Vec::new(),
        };
        let extra: Vec<&str> = answer.extra.iter().map(|e| e.text.as_str()).collect();
        assert_eq!(extra, fixed, "{what} {}", answer.measure);
    }
    let doubts: Vec<_> = report
        .findings
        .iter()
        .filter(|f| f.severity != Severity::Info)
        .collect();
    assert!(doubts.is_empty(), "{what}: {doubts:?}");
    // Every option of the scale was counted at least once.
    for choice in programme.scale.choices() {
        assert!(
            report.answers.iter().any(|a| a.status == choice.status),
            "{what}: {:?}",
            choice.status
        );
    }
}

#[test]
fn a_three_option_mark_scale_round_trips_in_every_language() {
    for lang in LANGS {
        round_trip(&programme(lang, three_marks(lang)), lang);
    }
}

#[test]
fn a_four_option_choice_column_round_trips_in_every_language() {
    for lang in LANGS {
        round_trip(&programme(lang, four_choices(lang)), lang);
    }
}

/// A programme whose definition gave no scale (koonti guessed two marks)
/// meets returns with a status column of their own: the returns' scale is
/// used, and a finding says so; nothing is "not recognised".
#[test]
fn a_guessed_scale_yields_to_the_returns() {
    let lang = Lang::Sv;
    let mut returned = programme(lang, four_choices(lang));
    let AnswerScale::Status { options, .. } = &mut returned.scale else {
        unreachable!("a status scale")
    };
    // The county's own words in the returns: Genomförd / Pågår / Inte påbörjad.
    options.retain(|o| o.id != "partly");
    for option in options.iter_mut() {
        option.label = match option.id.as_str() {
            "done" => "Genomförd",
            "in_progress" => "Pågår",
            _ => "Inte påbörjad",
        }
        .into();
        option.sv = Some(option.label.clone());
    }
    let prefill = Prefill {
        answers: answers(&returned),
        ..Prefill::default()
    };
    let options = TemplateOptions {
        period: "2025".into(),
        lang,
        prefill: Some(prefill.clone()),
        ..TemplateOptions::default()
    };
    let inputs: Vec<Input> = koonti_engine::templates(&returned, &options)
        .expect("templates")
        .into_iter()
        .filter(|(name, _)| name.contains("Norra") || name.contains("Södra"))
        .map(|(name, bytes)| Input::from_bytes(name, bytes))
        .collect();
    let mut guessed = programme(lang, three_marks(lang));
    guessed.scale = AnswerScale::Marks {
        implemented_label: "Toimenpide on toteutunut".into(),
        not_implemented_label: "Toimenpide ei ole toteutunut".into(),
        text_label: "Miten on toteutettu tai tulisi jatkossa toteuttaa?".into(),
        partial_label: None,
    };
    guessed.scale_guessed = true;
    let merged = koonti_engine::merge(
        inputs,
        &MergeOptions {
            programme: Some(guessed),
            period: koonti_engine::report_period("2025"),
            ..MergeOptions::default()
        },
    )
    .expect("merge");
    let report = &merged.report;
    for answer in &report.answers {
        let want = &prefill.answers[&answer.measure];
        assert_eq!(answer.status, want.status, "{}", answer.measure);
    }
    assert!(
        report
            .findings
            .iter()
            .any(|f| f.code.code() == "scale_from_returns"),
        "{:?}",
        report.findings
    );
    assert!(
        report.findings.iter().all(|f| f.severity == Severity::Info),
        "{:?}",
        report.findings
    );
}

/// Mark columns of options other than done / partly / not done
/// ("Genomförd | Pågår | Inte påbörjad" as marks) are a status scale laid
/// out as one mark column per option, and round-trip too.
#[test]
fn option_mark_columns_round_trip_in_every_language() {
    for lang in LANGS {
        let AnswerScale::Status {
            options,
            text_label,
            ..
        } = four_choices(lang)
        else {
            unreachable!("a status scale")
        };
        let options: Vec<StatusOption> = options.into_iter().filter(|o| o.id != "partly").collect();
        let scale = AnswerScale::Status {
            // A scale laid out as marks has no status column of its own.
            status_label: "TILA".into(),
            options,
            text_label,
            layout: ScaleLayout::Marks,
        };
        round_trip(&programme(lang, scale), lang);
    }
}

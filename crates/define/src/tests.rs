use super::*;
use koonti_form::programme_sheet::{sheet_names, table_headers};
use koonti_ingest::{Cell, Sheet, Value};
use koonti_model::{AnswerScale, Lang, Programme};

/// A sheet of text rows: `rows[r][c]`, empty strings left out.
fn sheet(name: &str, rows: &[&[&str]]) -> Sheet {
    let cells = rows
        .iter()
        .enumerate()
        .flat_map(|(r, row)| {
            row.iter()
                .enumerate()
                .filter(|(_, t)| !t.is_empty())
                .map(move |(c, t)| Cell {
                    row: r as u32,
                    col: c as u32,
                    value: Value::Text(t.to_string()),
                })
        })
        .collect();
    Sheet {
        name: name.into(),
        cells,
    }
}

fn book(sheets: Vec<Sheet>) -> Workbook {
    Workbook {
        file: "ohjelma.xlsx".into(),
        sheets,
        ..Workbook::default()
    }
}

fn measures(p: &Programme) -> Vec<(String, String)> {
    p.measures()
        .iter()
        .map(|(_, m)| (m.id.clone(), m.text.clone()))
        .collect()
}

/// Seed 000's goals table typed in as printed: the goal in capitals on its
/// first row only, VASTUU and AIKATAULU where given, TILA left empty.
#[test]
fn seed_000s_goals_table_reads_as_the_keusote_programme() {
    let keusote = koonti_programme::load("keusote-2020-2025").expect("bundled");
    let mut rows: Vec<Vec<String>> = vec![
        vec!["OSALLISUUSOHJELMA 2020-2025".into()],
        vec![],
        vec![
            "TAVOITE".into(),
            "TOIMENPIDE".into(),
            "VASTUU".into(),
            "AIKATAULU".into(),
            "TILA".into(),
        ],
    ];
    for section in &keusote.sections {
        for (i, m) in section.measures.iter().enumerate() {
            let goal = if i == 0 {
                section.title.to_uppercase()
            } else {
                String::new()
            };
            rows.push(vec![
                goal,
                m.text.clone(),
                m.responsible.clone().unwrap_or_default(),
                m.schedule.clone().unwrap_or_default(),
            ]);
        }
    }
    rows.push(vec![]);
    rows.push(vec![
        "Vastausvaihtoehdot: Ei aloitettu; Kesken; Valmis".into(),
    ]);
    let rows: Vec<Vec<&str>> = rows
        .iter()
        .map(|r| r.iter().map(String::as_str).collect())
        .collect();
    let rows: Vec<&[&str]> = rows.iter().map(Vec::as_slice).collect();
    let defined =
        from_workbook(&book(vec![sheet("Taulukko1", &rows)]), "keusote.xlsx").expect("reads");
    let p = &defined.programme;
    assert_eq!(measures(p), measures(&keusote));
    let titles = |p: &Programme| {
        p.sections
            .iter()
            .map(|s| s.title.clone())
            .collect::<Vec<_>>()
    };
    assert_eq!(titles(p), titles(&keusote));
    assert_eq!(p.section_label, "Tavoite");
    for ((_, a), (_, b)) in p.measures().iter().zip(keusote.measures()) {
        assert_eq!((&a.responsible, &a.schedule), (&b.responsible, &b.schedule));
    }
    match &p.scale {
        AnswerScale::Status {
            status_label,
            options,
            ..
        } => {
            assert_eq!(status_label, "TILA");
            let ids: Vec<&str> = options.iter().map(|o| o.id.as_str()).collect();
            assert_eq!(ids, ["not_started", "in_progress", "done"]);
        }
        other => panic!("{other:?}"),
    }
    assert!(defined.guesses.contains(&Guess::IdsNumbered));
}

/// Headings above each group, the county's own answer columns, a units
/// sheet with aliases.
#[test]
fn heading_rows_own_answer_columns_and_a_units_sheet() {
    let main = sheet(
        "Ohjelma",
        &[
            &["Kuusijärven osallisuusohjelma 2026–2028"],
            &["Tunnus:", "kuusijarvi-2026"],
            &["Organisaatio:", "Kuusijärven hyvinvointialue"],
            &[],
            &["Painopiste 1: Tieto kulkee"],
            &["Tunnus", "Toimenpiteen kuvaus", "Kyllä", "Ei", "Selitys"],
            &["A1", "Julkaisemme kaiken"],
            &["A2", "Kuulemme asukkaita"],
            &["Painopiste 2: Yhdessä"],
            &["Tunnus", "Toimenpiteen kuvaus", "Kyllä", "Ei", "Selitys"],
            &["B1", "Raadit toimivat"],
        ],
    );
    let units = sheet(
        "Yksiköt",
        &[
            &["Yksikkö", "Lyhenne"],
            &["Hallinto ja tuki", "HT; Hallinto"],
            &["Perhepalvelut", ""],
        ],
    );
    // The same units listed below the table on the programme's sheet.
    let mut below = main.clone();
    for (row, cells) in [
        (12, vec!["Vastaajat"]),
        (13, vec!["Hallinto ja tuki", "HT; Hallinto"]),
        (14, vec!["Perhepalvelut"]),
    ] {
        for (col, text) in cells.into_iter().enumerate() {
            below.cells.push(Cell {
                row,
                col: col as u32,
                value: Value::Text(text.into()),
            });
        }
    }
    let listed = from_workbook(&book(vec![below]), "kuusi.xlsx")
        .expect("reads")
        .programme;
    let defined = from_workbook(&book(vec![main, units]), "kuusi.xlsx").expect("reads");
    let p = defined.programme;
    assert_eq!(listed.units, p.units);
    assert_eq!(listed.measures().len(), 3);
    assert_eq!(p.id, "kuusijarvi-2026");
    assert_eq!(p.title, "Kuusijärven osallisuusohjelma 2026–2028");
    assert_eq!(p.organisation, "Kuusijärven hyvinvointialue");
    assert_eq!(p.section_label, "Painopiste");
    assert_eq!(
        measures(&p),
        [
            ("A1", "Julkaisemme kaiken"),
            ("A2", "Kuulemme asukkaita"),
            ("B1", "Raadit toimivat")
        ]
        .map(|(a, b)| (a.to_string(), b.to_string()))
    );
    assert_eq!(
        p.sections.iter().map(|s| s.id.as_str()).collect::<Vec<_>>(),
        ["1", "2"]
    );
    assert_eq!(
        p.scale,
        AnswerScale::Marks {
            implemented_label: "Kyllä".into(),
            not_implemented_label: "Ei".into(),
            text_label: "Selitys".into(),
            partial_label: None,
        }
    );
    assert_eq!(p.units.len(), 2);
    assert_eq!(p.units[0].aliases, ["HT", "Hallinto"]);
}

#[test]
fn the_spreadsheet_form_reads_back_as_the_same_programme() {
    let langs = [Lang::Fi, Lang::Sv, Lang::En];
    let bundled = koonti_programme::bundled().expect("bundled");
    for (p, lang) in bundled.iter().flat_map(|p| langs.map(|l| (p, l))) {
        let bytes = programme_xlsx(p, lang).expect("writes");
        let back = read_programme("ohjelma.xlsx", &bytes)
            .expect("reads")
            .programme;
        assert_eq!(
            back.id,
            format!("{}-oma", p.id),
            "a bundled id is not reused"
        );
        assert_eq!(measures(&back), measures(p), "{}", p.id);
        assert_eq!(
            without_aliases(&back.scale),
            without_aliases(&p.scale),
            "{}",
            p.id
        );
        assert_eq!(back.units, p.units, "{}", p.id);
        assert_eq!(back.section_label, p.section_label);
        assert_eq!(back.feedback.title, p.feedback.title);
        assert_eq!(back.feedback.prompt, p.feedback.prompt, "{lang:?}");
        assert_eq!(back.unit_label, p.unit_label, "{lang:?}");
        assert_eq!(back.organisation, p.organisation, "{lang:?}");
    }
    // A blank sheet in each language reads back as its example, in its
    // language's words, with no guessed scale.
    for (lang, measure_word, done) in [
        (Lang::Fi, "Toimenpide", "Toteutunut"),
        (Lang::Sv, "Åtgärd", "Genomförd"),
        (Lang::En, "Measure", "Implemented"),
    ] {
        let bytes = blank_xlsx(lang).expect("writes");
        let blank = read_programme("uusi.xlsx", &bytes).expect("reads");
        let p = &blank.programme;
        assert_eq!(p.measures().len(), 1, "{lang:?}");
        assert_eq!(p.units.len(), 1, "{lang:?}");
        assert_eq!(p.section_label, table_headers(lang)[0], "{lang:?}");
        match &p.scale {
            AnswerScale::Marks {
                implemented_label, ..
            } => assert_eq!(implemented_label, done),
            other => panic!("{lang:?}: {other:?}"),
        }
        assert!(
            !blank.guesses.iter().any(Guess::is_scale_guessed),
            "{lang:?}"
        );
        let cells = koonti_ingest::read_bytes(
            bytes.clone(),
            "uusi.xlsx",
            &koonti_ingest::Limits::default(),
        )
        .expect("opens");
        let texts: Vec<String> = cells.sheets[0]
            .cells
            .iter()
            .map(|c| c.value.text())
            .collect();
        assert!(
            texts.iter().any(|t| t == measure_word),
            "{lang:?}: {texts:?}"
        );
        let names: Vec<&str> = cells.sheets.iter().map(|s| s.name.as_str()).collect();
        assert_eq!(names, sheet_names(lang), "{lang:?}");
    }
}

#[test]
fn duplicates_and_tables_without_measures_are_named() {
    let dup = sheet(
        "Ohjelma",
        &[&["Nro", "Toimenpide"], &["1", "Yksi"], &["1", "Kaksi"]],
    );
    let err = from_workbook(&book(vec![dup]), "o.xlsx").expect_err("duplicate");
    let DefineError::DuplicateId { id, cells } = &err else {
        panic!("{err:?}");
    };
    assert_eq!(
        (id.as_str(), cells),
        ("1.1", &["Ohjelma!B2".to_string(), "Ohjelma!B3".to_string()])
    );
    let none = sheet("Taul", &[&["Nimi", "Osoite"], &["a", "b"]]);
    let err = from_workbook(&book(vec![none]), "o.xlsx").expect_err("no table");
    assert!(
        matches!(&err, DefineError::NoTable { file } if file == "o.xlsx"),
        "{err:?}"
    );
}

/// The scale without its options' aliases, which the spreadsheet form does
/// not carry (the reader adds the Swedish and English labels by id).
fn without_aliases(scale: &AnswerScale) -> AnswerScale {
    let mut scale = scale.clone();
    if let AnswerScale::Status { options, .. } = &mut scale {
        options.iter_mut().for_each(|o| o.aliases.clear());
    }
    scale
}

/// Another layout: the section a column of "Tavoite n: …" values repeated
/// on every row, ids restarting in each section, a second measure column,
/// a status column with its options on a sheet "Asteikko", units on
/// "Toimialueet" with abbreviations.
#[test]
fn a_layout_of_its_own_with_a_scale_sheet() {
    let main = sheet(
        "Taulukko",
        &[
            &["", "Pohjolan osallisuusohjelman toimeenpano"],
            &[],
            &[
                "",
                "Strateginen tavoite",
                "Numero",
                "Toimenpide",
                "Mittari",
                "Vastuu",
                "Aikataulu",
                "Toteutumisen tila",
                "Sanallinen arvio",
            ],
            &[
                "",
                "Tavoite 1: Tieto",
                "1",
                "Avaamme verkkosivut",
                "Kävijät",
                "Viestintä",
                "2026",
            ],
            &[
                "",
                "Tavoite 1: Tieto",
                "2",
                "Selkokieli käyttöön",
                "",
                "",
                "2027",
            ],
            &[
                "",
                "Tavoite 2: Vaikuttaminen",
                "1",
                "Asukasraati toimii",
                "Kokoukset",
            ],
        ],
    );
    let scale = sheet(
        "Asteikko",
        &[&["Vaihtoehto"], &["Ei alkanut"], &["Käynnissä"], &["Tehty"]],
    );
    let units = sheet(
        "Toimialueet",
        &[&["Toimialue", "Lyhenne"], &["Sosiaali- ja terveys", "SOTE"]],
    );
    let defined = from_workbook(&book(vec![main, scale, units]), "pohjola.ods").expect("reads");
    let p = &defined.programme;
    assert_eq!(p.title, "Pohjolan osallisuusohjelman toimeenpano");
    let ids: Vec<&str> = p.measures().iter().map(|(_, m)| m.id.as_str()).collect();
    assert_eq!(ids, ["1.1", "1.2", "2.1"]);
    assert_eq!(p.sections[1].title, "Vaikuttaminen");
    assert_eq!(p.section_label, "Tavoite");
    assert_eq!(p.measures()[0].1.responsible.as_deref(), Some("Viestintä"));
    assert_eq!(p.measures()[1].1.schedule.as_deref(), Some("2027"));
    match &p.scale {
        AnswerScale::Status {
            status_label,
            options,
            text_label,
            ..
        } => {
            assert_eq!(status_label, "Toteutumisen tila");
            let labels: Vec<&str> = options.iter().map(|o| o.label.as_str()).collect();
            assert_eq!(labels, ["Ei alkanut", "Käynnissä", "Tehty"]);
            assert_eq!(options[2].id, "done");
            assert_eq!(text_label.as_deref(), Some("Sanallinen arvio"));
        }
        other => panic!("{other:?}"),
    }
    assert_eq!(p.units[0].name, "Sosiaali- ja terveys");
    assert_eq!(p.units[0].aliases, ["SOTE"]);
    assert!(
        defined
            .guesses
            .contains(&Guess::IgnoredColumn("Mittari".into()))
    );
}

/// Options on a line above a table that has no answer column at all, in
/// fi, sv and en and written in one cell or one a cell, or on a scale
/// sheet: a choice scale of those options (the templates add its column),
/// never the guessed two-mark scale.
#[test]
fn options_above_a_table_without_answer_columns_make_a_choice_scale() {
    fn table<'a>(options: &[&'a str], header: [&'a str; 3]) -> Vec<Vec<&'a str>> {
        let mut rows: Vec<Vec<&str>> = vec![vec!["Osallisuusohjelma 2026–2028"]];
        rows.push(options.to_vec());
        rows.push(vec![]);
        rows.push(header.to_vec());
        rows.push(vec!["1. Tieto", "Avaamme verkkosivut", "Viestintä"]);
        rows.push(vec!["1. Tieto", "Selkokieli käyttöön", ""]);
        rows
    }
    let fi = ["Tavoite", "Toimenpide", "Vastuu"];
    let sv = ["Mål", "Åtgärd", "Ansvar"];
    let en = ["Goal", "Measure", "Responsible"];
    for (options, header, want) in [
        (
            vec!["Vastausvaihtoehdot: Ei aloitettu; Kesken; Valmis"],
            fi,
            ["Ei aloitettu", "Kesken", "Valmis"],
        ),
        (
            vec!["Vastausvaihtoehdot:", "Ei aloitettu", "Kesken", "Valmis"],
            fi,
            ["Ei aloitettu", "Kesken", "Valmis"],
        ),
        (
            vec!["Svarsalternativ: Inte påbörjad / Pågår / Genomförd"],
            sv,
            ["Inte påbörjad", "Pågår", "Genomförd"],
        ),
        (
            vec!["Answer options: Not started | In progress | Done"],
            en,
            ["Not started", "In progress", "Done"],
        ),
    ] {
        let rows = table(&options, header);
        let rows: Vec<&[&str]> = rows.iter().map(Vec::as_slice).collect();
        let defined =
            from_workbook(&book(vec![sheet("Ohjelma", &rows)]), "oma.xlsx").expect("reads");
        match &defined.programme.scale {
            AnswerScale::Status { options, .. } => {
                let labels: Vec<&str> = options.iter().map(|o| o.label.as_str()).collect();
                assert_eq!(labels, want, "{options:?}");
                // Option ids by meaning in sv and en come with the form
                // grammar's option classes (branch scale).
                if header == fi {
                    assert_eq!(options[2].id, "done", "{options:?}");
                }
            }
            other => panic!("{options:?}: {other:?}"),
        }
        assert!(
            defined
                .guesses
                .iter()
                .any(|g| matches!(g, Guess::StatusColumnAdded { .. })),
            "{:?}",
            defined.guesses
        );
        assert!(!defined.guesses.iter().any(Guess::is_scale_guessed));
    }
    // The same options on a scale sheet.
    let rows = table(&[], fi);
    let rows: Vec<&[&str]> = rows.iter().map(Vec::as_slice).collect();
    let scale = sheet(
        "Asteikko",
        &[&["Vaihtoehto"], &["Ei aloitettu"], &["Kesken"], &["Valmis"]],
    );
    let defined =
        from_workbook(&book(vec![sheet("Ohjelma", &rows), scale]), "oma.xlsx").expect("reads");
    assert!(matches!(
        defined.programme.scale,
        AnswerScale::Status { .. }
    ));
    // No options and no answer column: the two marks, and a guess said so.
    let defined = from_workbook(&book(vec![sheet("Ohjelma", &rows)]), "oma.xlsx").expect("reads");
    assert!(matches!(defined.programme.scale, AnswerScale::Marks { .. }));
    assert!(defined.guesses.iter().any(Guess::is_scale_guessed));
}

/// Returns of one programme, some texts edited, one row added by a single
/// unit: the consensus texts in their usual order, sections from headings.
#[test]
fn inference_takes_the_consensus_of_the_files() {
    let texts = [
        "Avaamme verkkosivut asukkaille",
        "Selkokieli käyttöön kaikessa",
        "Asukasraati kokoontuu",
    ];
    let files: Vec<Workbook> = (0..5)
        .map(|n| {
            let mut rows: Vec<Vec<String>> = vec![
                vec!["Pohjolan seuranta 2025".into()],
                vec![format!("Yksikkö: Yksikkö {n}")],
                vec!["Tavoite 1: Tieto".into()],
                vec![
                    "Toimenpide".into(),
                    "Toteutunut".into(),
                    "Ei toteutunut".into(),
                ],
            ];
            for (i, m) in texts.iter().enumerate() {
                if i == 2 {
                    rows.push(vec!["Tavoite 2: Vaikuttaminen".into()]);
                    rows.push(vec![
                        "Toimenpide".into(),
                        "Toteutunut".into(),
                        "Ei toteutunut".into(),
                    ]);
                }
                let text = if n == i {
                    m.to_uppercase()
                } else {
                    m.to_string()
                };
                rows.push(vec![text, "x".into()]);
            }
            if n == 4 {
                rows.push(vec!["Oma rivi".into(), "x".into()]);
            }
            let rows: Vec<Vec<&str>> = rows
                .iter()
                .map(|r| r.iter().map(String::as_str).collect())
                .collect();
            let rows: Vec<&[&str]> = rows.iter().map(Vec::as_slice).collect();
            book(vec![sheet("Vastaus", &rows)])
        })
        .collect();
    let refs: Vec<&Workbook> = files.iter().collect();
    let inferred = infer(&refs, "vastaukset")
        .expect("measures")
        .expect("a programme");
    let p = inferred.defined.programme;
    assert_eq!(inferred.files, 5);
    assert_eq!(
        measures(&p),
        [("1.1", texts[0]), ("1.2", texts[1]), ("2.1", texts[2])]
            .map(|(a, b)| (a.to_string(), b.to_string()))
    );
    assert_eq!(
        p.sections
            .iter()
            .map(|s| s.title.as_str())
            .collect::<Vec<_>>(),
        ["Tieto", "Vaikuttaminen"]
    );
    assert_eq!(p.unit_label.as_deref(), Some("Yksikkö"));
}

/// The complete example of docs/ohjelma.md reads as the page says.
#[test]
fn the_documented_example_reads_as_documented() {
    let main = sheet(
        "Ohjelma",
        &[
            &["Kuusijärven osallisuusohjelma 2026–2029"],
            &["Tunnus:", "kuusijarvi-2026"],
            &["Organisaatio:", "Kuusijärven hyvinvointialue"],
            &["Vuodet:", "2026–2029"],
            &["Yksikön nimike:", "Tulosyksikkö"],
            &[],
            &[
                "Painopiste",
                "Nro",
                "Toimenpide",
                "Vastuu",
                "Aikataulu",
                "Tehty",
                "Ei tehty",
                "Selitys",
            ],
            &[
                "Tieto kulkee",
                "1.1",
                "Julkaisemme osallistumisen mahdollisuudet yhdessä paikassa",
                "Viestintä",
                "2026",
            ],
            &["", "1.2", "Kerromme päätösten perustelut selkokielellä"],
            &[
                "Asukkaat mukana",
                "2.1",
                "Kokoamme asukasraadin jokaiselle palvelualueelle",
                "Palvelualueet",
                "2027",
            ],
        ],
    );
    let units = sheet(
        "Yksiköt",
        &[
            &["Nimi", "Muut nimet"],
            &["Sosiaalipalvelut", "Sote; Sosiaalityö"],
            &["Terveyspalvelut"],
        ],
    );
    let p = from_workbook(&book(vec![main, units]), "ohjelma.xlsx")
        .expect("reads")
        .programme;
    assert_eq!(p.id, "kuusijarvi-2026");
    assert_eq!(p.years.as_deref(), Some("2026–2029"));
    assert_eq!(p.unit_label.as_deref(), Some("Tulosyksikkö"));
    assert_eq!(p.section_label, "Painopiste");
    assert_eq!(
        (p.sections.len(), p.measures().len(), p.units.len()),
        (2, 3, 2)
    );
    assert_eq!(
        p.scale,
        AnswerScale::Marks {
            implemented_label: "Tehty".into(),
            not_implemented_label: "Ei tehty".into(),
            text_label: "Selitys".into(),
            partial_label: None,
        }
    );
}

/// Section rows written in the table itself, numbered 1, 2 above measures
/// numbered 1.1, 1.2, 2.1.
#[test]
fn numbered_section_rows_in_the_table_are_sections() {
    let main = sheet(
        "Ohjelma",
        &[
            &["Nro", "Toimenpide", "Vastuu"],
            &["1", "Tieto kulkee"],
            &["1.1", "Julkaisemme kaiken", "Viestintä"],
            &["1.2", "Kuulemme asukkaita"],
            &["2", "Yhdessä"],
            &["2.1", "Raadit toimivat"],
        ],
    );
    let p = from_workbook(&book(vec![main]), "o.xlsx")
        .expect("reads")
        .programme;
    let ids: Vec<&str> = p.measures().iter().map(|(_, m)| m.id.as_str()).collect();
    assert_eq!(ids, ["1.1", "1.2", "2.1"]);
    let titles: Vec<&str> = p.sections.iter().map(|s| s.title.as_str()).collect();
    assert_eq!(titles, ["Tieto kulkee", "Yhdessä"]);
    assert_eq!(p.sections[1].id, "2");
}

/// Ids given on some rows only: those are kept, the others numbered past them.
#[test]
fn ids_missing_on_some_rows_are_numbered_around_the_given_ones() {
    let main = sheet(
        "Ohjelma",
        &[
            &["Nro", "Toimenpide"],
            &["1.1", "Yksi"],
            &["", "Kaksi"],
            &["1.7", "Kolme"],
        ],
    );
    let defined = from_workbook(&book(vec![main]), "o.xlsx").expect("reads");
    assert_eq!(
        measures(&defined.programme),
        [("1.1", "Yksi"), ("1.2", "Kaksi"), ("1.7", "Kolme")]
            .map(|(a, b)| (a.to_string(), b.to_string()))
    );
    assert!(defined.guesses.contains(&Guess::IdsNumbered));
}

/// A status column in the returns: the options are the values written, in
/// their usual order; one unit's own word is not made an option.
#[test]
fn inferred_status_options_are_the_values_units_wrote() {
    let values = [
        ["Valmis", "Kesken"],
        ["Ei aloitettu", "Valmis"],
        ["osin", "Kesken"],
        ["Valmis", "Valmis"],
    ];
    let files: Vec<Workbook> = values
        .iter()
        .map(|[a, b]| {
            let rows: [&[&str]; 3] = [
                &["Toimenpide", "TILA", "Kommentti"],
                &["Avaamme verkkosivut asukkaille", a],
                &["Asukasraati kokoontuu kahdesti", b],
            ];
            book(vec![sheet("Vastaus", &rows)])
        })
        .collect();
    let refs: Vec<&Workbook> = files.iter().collect();
    let p = infer(&refs, "v")
        .expect("rows")
        .expect("programme")
        .defined
        .programme;
    match &p.scale {
        AnswerScale::Status {
            status_label,
            options,
            text_label,
            ..
        } => {
            assert_eq!(status_label, "TILA");
            let labels: Vec<&str> = options.iter().map(|o| o.label.as_str()).collect();
            assert_eq!(labels, ["Ei aloitettu", "Kesken", "Valmis"]);
            assert_eq!(text_label.as_deref(), Some("Kommentti"));
        }
        other => panic!("{other:?}"),
    }
}

/// A table without answer columns: the scale is guessed and marked so, and
/// the returns' own scale will decide it; given columns are not guesses.
#[test]
fn a_scale_the_file_does_not_give_is_marked_guessed() {
    let rows: [&[&str]; 3] = [
        &["Tavoite", "Toimenpide"],
        &["1. Tieto kulkee", "Avaamme verkkosivut asukkaille"],
        &["", "Asukasraati kokoontuu kahdesti"],
    ];
    let defined = from_workbook(&book(vec![sheet("Ohjelma", &rows)]), "o.xlsx").expect("read");
    assert!(defined.programme.scale_guessed);
    assert!(defined.guesses.contains(&Guess::DefaultScale));
    let rows: [&[&str]; 3] = [
        &[
            "Tavoite",
            "Toimenpide",
            "Genomförd",
            "Delvis genomförd",
            "Inte genomförd",
        ],
        &["1. Tieto kulkee", "Avaamme verkkosivut asukkaille"],
        &["", "Asukasraati kokoontuu kahdesti"],
    ];
    let defined = from_workbook(&book(vec![sheet("Ohjelma", &rows)]), "o.xlsx").expect("read");
    assert!(!defined.programme.scale_guessed);
    match &defined.programme.scale {
        AnswerScale::Marks { partial_label, .. } => {
            assert_eq!(partial_label.as_deref(), Some("Delvis genomförd"))
        }
        other => panic!("{other:?}"),
    }
}

/// A scale of one option, or of more than six, is refused where the file
/// gives it (the options line's cell, the scale sheet's first option),
/// worded in each language with the file's name.
#[test]
fn a_scale_of_one_or_more_than_six_options_is_refused_where_it_is() {
    let table: [&[&str]; 3] = [
        &["Toimenpide", "Kuvaus"],
        &["Avaamme verkkosivun", ""],
        &["Kokoamme raadin", ""],
    ];
    let seven =
        "Ei koske; Ei aloitettu; Suunnitteilla; Kesken; Osittain valmis; Lähes valmis; Valmis";
    let line = |options: &str| {
        let label = format!("Vastausvaihtoehdot: {options}");
        let label = [label.as_str()];
        let mut rows: Vec<&[&str]> = vec![&["Ohjelma 2026"], &[], &label, &[]];
        rows.extend(table);
        book(vec![sheet("Ohjelma", &rows)])
    };
    let scale_sheet = |options: &[&str]| {
        let rows: Vec<&[&str]> = options.iter().map(std::slice::from_ref).collect();
        book(vec![sheet("Ohjelma", &table), sheet("Asteikko", &rows)])
    };
    let seven_cells: Vec<&str> = seven.split("; ").collect();
    let cases = [
        (line("Valmis"), "Ohjelma!A3", 1),
        (line(seven), "Ohjelma!A3", 7),
        (scale_sheet(&["Valmis"]), "Asteikko!A1", 1),
        (scale_sheet(&seven_cells), "Asteikko!A1", 7),
    ];
    for (workbook, at, n) in cases {
        let err = from_workbook(&workbook, "oma.xlsx").expect_err("refused");
        let DefineError::ScaleSize {
            at: said, options, ..
        } = &err
        else {
            panic!("{at}: {err:?}");
        };
        assert_eq!((said.as_str(), options.len()), (at, n));
    }
    // Two to six are a scale.
    assert!(from_workbook(&line("Kesken; Valmis"), "oma.xlsx").is_ok());
    assert!(from_workbook(&scale_sheet(&seven_cells[1..]), "oma.xlsx").is_ok());
}

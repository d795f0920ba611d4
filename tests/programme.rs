//! A county without TOML (issue #13): the programme from a spreadsheet in
//! a layout of its own (round trip through templates, fills and merge),
//! `koonti programme` (new, check, list, show), and a programme inferred
//! from returned files when no definition exists.
use crate::template::{assert_exact, write_filled};
use crate::util::{koonti, merge_json, run};
use koonti_model::{AnswerScale, Lang, Programme};
use rust_xlsxwriter::{Format, Workbook};
use std::path::Path;

/// A goal and its measures (text, responsible).
type Goal = (&'static str, &'static [(&'static str, &'static str)]);

/// Kuusijärvi, a county not in the repository: its goals (Painopiste) as a
/// merged column, no ids, its own answer columns, units on "Vastaajat".
const GOALS: [Goal; 3] = [
    (
        "Tieto kulkee kaikille",
        &[
            (
                "Julkaisemme osallistumisen mahdollisuudet verkossa yhdessä paikassa",
                "Viestintä",
            ),
            ("Kerromme päätösten perustelut selkokielellä", ""),
        ],
    ),
    (
        "Asukkaat mukana suunnittelussa",
        &[
            (
                "Kokoamme asukasraadin jokaiselle palvelualueelle",
                "Palvelualueet",
            ),
            ("Kutsumme kokemusasiantuntijat kehittämisryhmiin", ""),
            (
                "Järjestämme vuosittain avoimen asukasillan",
                "Osallisuustiimi",
            ),
        ],
    ),
    (
        "Osallisuus johtamisessa",
        &[(
            "Arvioimme osallisuuden toteutumista johtoryhmissä kahdesti vuodessa",
            "",
        )],
    ),
];
const UNITS: [(&str, &str); 3] = [
    ("Sosiaalipalvelut", "Sote; Sosiaalityö"),
    ("Terveyspalvelut", ""),
    ("Pelastustoimi", "Pelastus"),
];

/// Writes Kuusijärvi's programme table: a title, a line of instructions,
/// then Painopiste | Toimenpiteen kuvaus | Vastuutaho | the answer columns.
fn write_kuusijarvi(path: &Path, answers: &[&str], options: Option<&str>) {
    let mut book = Workbook::new();
    let sheet = book.add_worksheet();
    sheet.set_name("Osallisuusohjelma").expect("name");
    sheet
        .write_string(
            0,
            1,
            "Kuusijärven hyvinvointialueen osallisuusohjelma 2026–2029",
        )
        .expect("title");
    sheet
        .write_string(1, 1, "Organisaatio: Kuusijärven hyvinvointialue")
        .expect("org");
    if let Some(options) = options {
        sheet.write_string(2, 1, options).expect("options");
    }
    let header = 4;
    for (col, text) in ["Painopiste", "Toimenpiteen kuvaus", "Vastuutaho"]
        .iter()
        .chain(answers)
        .enumerate()
    {
        sheet
            .write_string(header, col as u16 + 1, *text)
            .expect("header");
    }
    let mut row = header + 1;
    let merged = Format::new().set_text_wrap();
    for (goal, measures) in GOALS {
        let first = row;
        for (text, responsible) in measures {
            sheet.write_string(row, 2, *text).expect("measure");
            if !responsible.is_empty() {
                sheet
                    .write_string(row, 3, *responsible)
                    .expect("responsible");
            }
            row += 1;
        }
        if row - first > 1 {
            sheet
                .merge_range(first, 1, row - 1, 1, goal, &merged)
                .expect("merge");
        } else {
            sheet.write_string(first, 1, goal).expect("goal");
        }
    }
    let units = book.add_worksheet();
    units.set_name("Vastaajat").expect("name");
    units.write_string(0, 0, "Vastaaja").expect("h");
    units.write_string(0, 1, "Muut nimet").expect("h");
    for (i, (name, aliases)) in UNITS.iter().enumerate() {
        units.write_string(i as u32 + 1, 0, *name).expect("unit");
        if !aliases.is_empty() {
            units
                .write_string(i as u32 + 1, 1, *aliases)
                .expect("aliases");
        }
    }
    book.save(path).expect("save");
}

fn load(path: &Path) -> Programme {
    let bytes = std::fs::read(path).expect("read");
    koonti_engine::programme_from_file(&path.display().to_string(), &bytes).expect("a programme")
}

#[test]
fn a_spreadsheet_definition_round_trips_through_templates_and_merge() {
    let dir = tempfile::tempdir().expect("tempdir");
    let cases: [(&str, &[&str], Option<&str>); 2] = [
        ("tehty", &["Tehty", "Ei tehty", "Selitys"], None),
        (
            "vaihe",
            &["Vaihe", "Selitys"],
            Some("Vastausvaihtoehdot: Aloittamatta; Työn alla; Valmis"),
        ),
    ];
    for (name, answers, options) in cases {
        let definition = dir.path().join(format!("{name}.xlsx"));
        write_kuusijarvi(&definition, answers, options);
        let programme = load(&definition);
        assert!(koonti_engine::bundled_programme(&programme.id).is_err());
        let texts: Vec<&str> = programme
            .measures()
            .iter()
            .map(|(_, m)| m.text.as_str())
            .collect();
        let expected: Vec<&str> = GOALS
            .iter()
            .flat_map(|(_, ms)| ms.iter().map(|m| m.0))
            .collect();
        assert_eq!(texts, expected, "{name}");
        let ids: Vec<&str> = programme
            .measures()
            .iter()
            .map(|(_, m)| m.id.as_str())
            .collect();
        assert_eq!(ids, ["1.1", "1.2", "2.1", "2.2", "2.3", "3.1"]);
        assert_eq!(programme.section_label, "Painopiste");
        assert_eq!(programme.units.len(), 3);
        assert_eq!(programme.units[0].aliases, ["Sote", "Sosiaalityö"]);
        match (&programme.scale, name) {
            (
                AnswerScale::Marks {
                    implemented_label,
                    not_implemented_label,
                    text_label,
                    ..
                },
                "tehty",
            ) => {
                assert_eq!(
                    [implemented_label, not_implemented_label, text_label],
                    ["Tehty", "Ei tehty", "Selitys"]
                );
            }
            (
                AnswerScale::Status {
                    status_label,
                    options,
                    ..
                },
                "vaihe",
            ) => {
                assert_eq!(status_label, "Vaihe");
                let labels: Vec<&str> = options.iter().map(|o| o.label.as_str()).collect();
                assert_eq!(labels, ["Aloittamatta", "Työn alla", "Valmis"]);
            }
            (scale, _) => panic!("{name}: {scale:?}"),
        }
        // The templates koonti writes from it, filled, merge exactly.
        let forms = dir.path().join(format!("{name}-lomakkeet"));
        let output = run(
            koonti()
                .args(["template", "--programme"])
                .arg(&definition)
                .arg("-o")
                .arg(&forms),
            true,
        );
        assert!(String::from_utf8_lossy(&output.stderr).contains("kuluva vuosi"));
        assert_eq!(std::fs::read_dir(&forms).expect("forms").count(), 4);
        let inputs = dir.path().join(format!("{name}-in"));
        std::fs::create_dir_all(&inputs).expect("mkdir");
        let filled = write_filled(&programme, Lang::Fi, &inputs);
        let out_dir = dir.path().join(name);
        std::fs::create_dir_all(&out_dir).expect("mkdir");
        let report = merge_json(
            &[&inputs],
            &out_dir,
            &["--programme", definition.to_str().expect("utf-8")],
        );
        assert_eq!(report["programme"]["id"], programme.id.as_str());
        assert_exact(&report, &programme, &filled, name);
        // Merged with no definition at all, the filled templates give the
        // same answers: the programme is inferred from them under its id.
        let inferred_dir = dir.path().join(format!("{name}-päätelty"));
        std::fs::create_dir_all(&inferred_dir).expect("mkdir");
        let inferred = merge_json(&[&inputs], &inferred_dir, &[]);
        assert_eq!(inferred["programme"]["id"], programme.id.as_str());
        // The same answers, the units in the order of the files.
        let sorted = |r: &serde_json::Value, what: &str| -> Vec<String> {
            let mut rows: Vec<String> = r[what]
                .as_array()
                .expect("array")
                .iter()
                .map(|a| a.to_string())
                .collect();
            rows.sort();
            rows
        };
        for what in ["answers", "feedback", "support_requests"] {
            let (a, b) = (sorted(&inferred, what), sorted(&report, what));
            let first_diff = a.iter().zip(&b).find(|(x, y)| x != y);
            assert!(a == b, "{name}: {what}: {first_diff:?}");
        }
        let written = load(&inferred_dir.join("koonti-ohjelma.toml"));
        let key = |p: &Programme| -> Vec<(String, String)> {
            p.measures()
                .iter()
                .map(|(_, m)| (m.id.clone(), m.text.clone()))
                .collect()
        };
        assert_eq!(key(&written), key(&programme), "{name}");
        assert_eq!(written.scale, programme.scale, "{name}");
    }
}

#[test]
fn programme_new_check_list_and_show() {
    let dir = tempfile::tempdir().expect("tempdir");
    let blank = dir.path().join("ohjelma.xlsx");
    run(koonti().args(["programme", "new", "-o"]).arg(&blank), true);
    let out = run(koonti().args(["programme", "check"]).arg(&blank), true);
    assert!(String::from_utf8_lossy(&out.stdout).contains("kunnossa"));
    let list = run(koonti().args(["programme", "list"]), true);
    assert!(String::from_utf8_lossy(&list.stdout).contains("keusote-2020-2025"));
    let shown = run(
        koonti().args(["programme", "show", "siun-sote-2023-2025"]),
        true,
    );
    let toml = String::from_utf8(shown.stdout).expect("utf-8");
    let siun = koonti_engine::bundled_programme("siun-sote-2023-2025").expect("bundled");
    let back = koonti_engine::programme_from_toml("show.toml", toml.as_bytes()).expect("parses");
    assert_eq!(back, siun);
    // Mistakes, each on its line with the fix, in Finnish.
    let own = toml.replace("id = \"siun-sote-2023-2025\"", "id = \"oma\"");
    let cases = [
        (
            own.replacen("title = ", "titel = ", 1),
            "tarkoititko title?",
        ),
        (
            own.replacen("id = \"1.2\"", "id = \"1.1\"", 1),
            "id 1.1 on jo käytössä rivillä",
        ),
        (
            toml.replacen("text = \"", "text = \"Muutettu ", 1),
            "koonnin mukana tulevan ohjelman tunnus",
        ),
    ];
    for (text, expected) in cases {
        let path = dir.path().join("oma.toml");
        std::fs::write(&path, &text).expect("write");
        let out = run(koonti().args(["programme", "check"]).arg(&path), false);
        let said = String::from_utf8_lossy(&out.stdout);
        assert!(said.contains(expected) && said.contains("rivi "), "{said}");
        // The same reason where --programme takes it.
        let out = run(
            koonti()
                .args(["template", "--programme"])
                .arg(&path)
                .arg("-o")
                .arg(dir.path().join("l")),
            false,
        );
        assert!(String::from_utf8_lossy(&out.stderr).contains(expected));
    }
    let latin1 = dir.path().join("latin1.toml");
    let mut bytes = own.into_bytes();
    let at = bytes
        .windows(2)
        .position(|w| w == "ä".as_bytes())
        .expect("an ä");
    bytes.splice(at..at + 2, [0xE4]);
    std::fs::write(&latin1, bytes).expect("write");
    let out = run(koonti().args(["programme", "check"]).arg(&latin1), false);
    assert!(String::from_utf8_lossy(&out.stdout).contains("tallenna tiedosto UTF-8-muodossa"));
    // show --xlsx writes the spreadsheet form, which reads back.
    let sheet = dir.path().join("keusote.xlsx");
    run(
        koonti()
            .args(["programme", "show", "keusote-2020-2025", "--xlsx", "-o"])
            .arg(&sheet),
        true,
    );
    let keusote = koonti_engine::bundled_programme("keusote-2020-2025").expect("bundled");
    assert_eq!(load(&sheet).measures().len(), keusote.measures().len());
    // A consolidated workbook is no definition.
    let merged = dir.path().join("koonti.xlsx");
    run(
        koonti()
            .arg("merge")
            .arg(crate::util::samples())
            .arg("-o")
            .arg(&merged),
        true,
    );
    let out = run(koonti().args(["programme", "check"]).arg(&merged), false);
    assert!(String::from_utf8_lossy(&out.stdout).contains("koostetyökirja"));
}

#[test]
fn a_definition_is_derived_from_a_response_form() {
    let dir = tempfile::tempdir().expect("tempdir");
    let definition = dir.path().join("kuusi.xlsx");
    write_kuusijarvi(&definition, &["Tehty", "Ei tehty", "Selitys"], None);
    let programme = load(&definition);
    let inputs = dir.path().join("in");
    std::fs::create_dir_all(&inputs).expect("mkdir");
    let filled = write_filled(&programme, Lang::Fi, &inputs);
    // One returned response, filled in.
    let derived = dir.path().join("johdettu.toml");
    let out = run(
        koonti()
            .args(["programme", "new", "--from"])
            .arg(&filled[0].2)
            .arg("-o")
            .arg(&derived),
        true,
    );
    assert!(String::from_utf8_lossy(&out.stderr).contains("Arvattu"));
    let back = load(&derived);
    let key = |p: &Programme| -> Vec<(String, String)> {
        p.measures()
            .iter()
            .map(|(_, m)| (m.id.clone(), m.text.clone()))
            .collect()
    };
    assert_eq!(key(&back), key(&programme));
    assert_eq!(back.scale, programme.scale);
    assert_eq!(back.section_label, programme.section_label);
    let titles =
        |p: &Programme| -> Vec<String> { p.sections.iter().map(|s| s.title.clone()).collect() };
    assert_eq!(titles(&back), titles(&programme));
}

/// Six returns of a county koonti has no definition of, in a layout the
/// units made themselves: edited texts in some, a row added by one, one
/// measure missing from another.
fn write_returns(dir: &Path, goals: &[Goal]) -> Vec<(&'static str, Vec<Option<bool>>)> {
    let units = [
        "Hallinto",
        "Ikäpalvelut",
        "Perhepalvelut",
        "Terveys",
        "Pelastus",
        "Tukipalvelut",
    ];
    let mut expected = Vec::new();
    for (n, unit) in units.iter().enumerate() {
        let mut book = Workbook::new();
        let sheet = book.add_worksheet();
        sheet
            .write_string(0, 0, "Ylämaan osallisuusohjelman seuranta 2025")
            .expect("title");
        sheet
            .write_string(1, 0, format!("Yksikkö: {unit}"))
            .expect("unit");
        let mut row = 3;
        let mut marks = Vec::new();
        let mut index = 0;
        for (s, (goal, measures)) in goals.iter().enumerate() {
            sheet
                .write_string(row, 0, format!("Tavoite {}: {goal}", s + 1))
                .expect("heading");
            row += 1;
            for (c, header) in ["Toimenpide", "Toteutunut", "Ei toteutunut", "Kommentit"]
                .iter()
                .enumerate()
            {
                sheet.write_string(row, c as u16, *header).expect("header");
            }
            row += 1;
            for (text, _) in measures.iter() {
                index += 1;
                // Unit 3 left measure 5 out.
                if n == 3 && index == 5 {
                    marks.push(None);
                    continue;
                }
                let written = match (n, index) {
                    (1, 1) => text.to_lowercase(),
                    (2, 2) => text.replace("perustelut", "perusteet"),
                    (4, 3) => format!("{text}."),
                    _ => text.to_string(),
                };
                sheet.write_string(row, 0, &written).expect("measure");
                let done = (n + index) % 3 != 0;
                sheet
                    .write_string(row, if done { 1 } else { 2 }, "x")
                    .expect("mark");
                sheet
                    .write_string(row, 3, format!("Kommentti {n}.{index}"))
                    .expect("text");
                marks.push(Some(done));
                row += 1;
            }
            if n == 5 && s == 1 {
                sheet
                    .write_string(row, 0, "Oma lisäys: kehittämispäivä henkilöstölle")
                    .expect("own");
                sheet.write_string(row, 1, "x").expect("mark");
                row += 1;
            }
            row += 1;
        }
        book.save(dir.join(format!("{unit}.xlsx"))).expect("save");
        expected.push((*unit, marks));
    }
    expected
}

#[test]
fn without_any_definition_the_programme_is_inferred_from_the_returns() {
    let dir = tempfile::tempdir().expect("tempdir");
    let inputs = dir.path().join("vastaukset");
    std::fs::create_dir_all(&inputs).expect("mkdir");
    let expected = write_returns(&inputs, &GOALS);
    let output = dir.path().join("koonti.xlsx");
    let out = run(
        koonti()
            .arg("merge")
            .arg(&inputs)
            .arg("-o")
            .arg(&output)
            .args(["--json", "-"]),
        true,
    );
    let said = String::from_utf8_lossy(&out.stderr);
    assert!(
        said.contains("pääteltiin vastauksista") && said.contains("koonti-ohjelma.toml"),
        "{said}"
    );
    let written = dir.path().join("koonti-ohjelma.toml");
    let programme = load(&written);
    let texts: Vec<&str> = programme
        .measures()
        .iter()
        .map(|(_, m)| m.text.as_str())
        .collect();
    let goals: Vec<&str> = GOALS
        .iter()
        .flat_map(|(_, ms)| ms.iter().map(|m| m.0))
        .collect();
    assert_eq!(texts, goals);
    let titles: Vec<&str> = programme
        .sections
        .iter()
        .map(|s| s.title.as_str())
        .collect();
    assert_eq!(titles, GOALS.map(|g| g.0));
    assert_eq!(programme.units.len(), 6);
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    let codes: Vec<&str> = report["findings"]
        .as_array()
        .expect("findings")
        .iter()
        .filter_map(|f| f["code"].as_str())
        .collect();
    assert!(codes.contains(&"programme_inferred"), "{codes:?}");
    assert!(!codes.contains(&"unknown_unit"), "{codes:?}");
    // The definition's comment lines are in the merge's language.
    let swedish = dir.path().join("sv.xlsx");
    run(
        koonti()
            .arg("merge")
            .arg(&inputs)
            .arg("-o")
            .arg(&swedish)
            .args(["--lang", "sv"]),
        true,
    );
    let text = std::fs::read_to_string(dir.path().join("sv-ohjelma.toml")).expect("toml");
    assert!(text.contains("Härledd ur de returnerade svaren"), "{text}");
    assert!(!text.contains("Päätelty"), "{text}");
    // Every mark counted where it was made.
    let answers = report["answers"].as_array().expect("answers");
    assert_eq!(answers.len(), 6 * goals.len());
    for (unit, marks) in &expected {
        for ((_, measure), mark) in programme.measures().iter().zip(marks) {
            let answer = answers
                .iter()
                .find(|a| a["unit"] == *unit && a["measure"] == measure.id)
                .unwrap_or_else(|| panic!("{unit} {}", measure.id));
            let want = match mark {
                Some(true) => "implemented",
                Some(false) => "not_implemented",
                None => "unanswered",
            };
            assert_eq!(answer["status"], want, "{unit} {}", measure.id);
        }
    }
    // The unit's own row is not lost.
    let unmatched = serde_json::to_string(&report["unmatched"]).expect("json");
    assert!(unmatched.contains("Oma lisäys"), "{unmatched}");
    // Next round, the written definition is given.
    let again = merge_json(
        &[&inputs],
        dir.path(),
        &["--programme", written.to_str().expect("utf-8")],
    );
    assert_eq!(again["answers"], report["answers"]);
}

/// A county's own programme that shares a wording with a bundled one (here
/// Keusote's "Asiakaspalautteet ja aloitteet") is still its own: the weak
/// fit of the bundled programme gives way to the programme the files hold.
#[test]
fn a_wording_shared_with_a_bundled_programme_does_not_choose_it() {
    const SHARED: [Goal; 2] = [
        (
            "Palaute ohjaa kehittämistä",
            &[
                ("Asiakaspalautteet ja aloitteet", ""),
                ("Vastaamme jokaiseen aloitteeseen kuukauden kuluessa", ""),
                (
                    "Julkaisemme palautteiden yhteenvedon neljännesvuosittain",
                    "",
                ),
            ],
        ),
        (
            "Nuoret mukana",
            &[
                (
                    "Nuorisovaltuusto kuullaan ennen palveluverkon muutoksia",
                    "",
                ),
                ("Koulujen oppilaskunnat arvioivat kouluterveydenhuollon", ""),
            ],
        ),
    ];
    let dir = tempfile::tempdir().expect("tempdir");
    let inputs = dir.path().join("vastaukset");
    std::fs::create_dir_all(&inputs).expect("mkdir");
    write_returns(&inputs, &SHARED);
    let report = merge_json(&[&inputs], dir.path(), &[]);
    assert_ne!(report["programme"]["id"], "keusote-2020-2025");
    let written = load(&dir.path().join("koonti-ohjelma.toml"));
    let texts: Vec<&str> = written
        .measures()
        .iter()
        .map(|(_, m)| m.text.as_str())
        .collect();
    let want: Vec<&str> = SHARED
        .iter()
        .flat_map(|(_, ms)| ms.iter().map(|m| m.0))
        .collect();
    assert_eq!(texts, want);
}

/// The definition kept as .ods or .xls (re-saved by LibreOffice, merged
/// cells and all) reads as the same programme as the .xlsx.
#[test]
fn a_definition_saved_as_ods_or_xls_reads_the_same() {
    let dir = tempfile::tempdir().expect("tempdir");
    let xlsx = dir.path().join("kuusi.xlsx");
    write_kuusijarvi(&xlsx, &["Tehty", "Ei tehty", "Selitys"], None);
    let original = load(&xlsx);
    for format in ["ods", "xls:MS Excel 97"] {
        let out = dir
            .path()
            .join(format.split(':').next().expect("extension"));
        std::fs::create_dir_all(&out).expect("mkdir");
        let Some(converted) = crate::util::soffice_convert(&xlsx, format, &out) else {
            return;
        };
        let programme = load(&converted);
        let key = |p: &Programme| -> Vec<(String, String, Option<String>)> {
            p.measures()
                .iter()
                .map(|(s, m)| (m.id.clone(), m.text.clone(), Some(s.title.clone())))
                .collect()
        };
        assert_eq!(key(&programme), key(&original), "{format}");
        assert_eq!(programme.scale, original.scale, "{format}");
        assert_eq!(programme.units, original.units, "{format}");
    }
}

/// A status-scale county keeps its programme as a table with no answer
/// column and its options on a line above it, in fi, sv or en: `programme
/// check` names the choice scale it read, and every status its units wrote
/// in their own TILA / Status column is read — none "not recognised".
#[test]
fn a_status_scale_whose_options_are_a_line_above_its_table() {
    let dir = tempfile::tempdir().expect("tempdir");
    let cases: [(&str, &str, &str, [&str; 3]); 3] = [
        (
            "fi",
            "Vastausvaihtoehdot: Ei aloitettu; Kesken; Valmis",
            "TILA",
            ["Valmis", "Kesken", "Ei aloitettu"],
        ),
        (
            "sv",
            "Svarsalternativ: Inte påbörjad / Pågår / Genomförd",
            "Status",
            ["Genomförd", "Pågår", "Inte påbörjad"],
        ),
        (
            "en",
            "Answer options: Not started | In progress | Done",
            "Status",
            ["Done", "In progress", "Not started"],
        ),
    ];
    for (lang, options, header, answers) in cases {
        let definition = dir.path().join(format!("ohjelma-{lang}.xlsx"));
        write_kuusijarvi(&definition, &[], Some(options));
        let out = run(
            koonti()
                .args(["programme", "check", "--lang", lang])
                .arg(&definition),
            true,
        );
        let verdict = String::from_utf8_lossy(&out.stdout);
        let last = answers[0];
        assert!(
            verdict.contains(last) && verdict.contains(answers[2]),
            "{verdict}"
        );
        assert!(
            !verdict.contains("Toteutunut") && !verdict.contains("toteutunut"),
            "{verdict}"
        );
        // The units' own return form: their TILA column, one status a row.
        let returns = dir.path().join(format!("vastaukset-{lang}"));
        std::fs::create_dir_all(&returns).expect("mkdir");
        let measures: Vec<&str> = GOALS
            .iter()
            .flat_map(|(_, ms)| ms.iter().map(|m| m.0))
            .collect();
        for (u, (unit, _)) in UNITS.iter().enumerate() {
            let label = format!("Yksikkö: {unit}");
            let mut rows: Vec<Vec<&str>> = vec![vec![label.as_str()], vec![]];
            rows.push(vec!["Toimenpide", header, "Kommentti"]);
            for (i, measure) in measures.iter().enumerate() {
                rows.push(vec![measure, answers[(i + u) % 3], ""]);
            }
            let rows: Vec<&[&str]> = rows.iter().map(Vec::as_slice).collect();
            crate::util::write_rows(&returns.join(format!("{unit}.xlsx")), &rows);
        }
        let out_dir = dir.path().join(format!("koonti-{lang}"));
        std::fs::create_dir_all(&out_dir).expect("mkdir");
        let report = merge_json(
            &[&returns],
            &out_dir,
            &["--programme", definition.to_str().expect("utf-8")],
        );
        let answered: Vec<&serde_json::Value> = report["answers"]
            .as_array()
            .expect("answers")
            .iter()
            .filter(|a| a["status"] != "unanswered")
            .collect();
        assert_eq!(answered.len(), measures.len() * UNITS.len(), "{lang}");
        let unread: Vec<&serde_json::Value> = report["findings"]
            .as_array()
            .expect("findings")
            .iter()
            .filter(|f| {
                [
                    "status_not_recognised",
                    "mark_not_recognised",
                    "ambiguous_status",
                ]
                .contains(&f["code"].as_str().unwrap_or_default())
            })
            .collect();
        assert!(unread.is_empty(), "{lang}: {unread:?}");
        // The first unit's first answer is the scale's last option.
        let AnswerScale::Status { options, .. } = load(&definition).scale else {
            panic!("{lang}: a status scale");
        };
        let first = &report["answers"][0];
        assert_eq!(first["status"], options[2].id.as_str(), "{lang}: {first}");
        assert_eq!(options[2].label, answers[0], "{lang}");
    }
}

/// `koonti programme` in Swedish and English: a blank sheet in the chosen
/// language that checks as it is, the list counted in that language, and
/// `--help` on every subcommand worded in it.
#[test]
fn programme_speaks_swedish_and_english() {
    let dir = tempfile::tempdir().expect("tempdir");
    for (lang, fine, measure, measures_word, usage) in [
        ("fi", "kunnossa", "Toimenpide", "toimenpidettä", "Käyttö:"),
        ("sv", "i ordning", "Åtgärd", "åtgärder", "Användning:"),
        ("en", "fine", "Measure", "measures", "Usage:"),
    ] {
        let blank = dir.path().join(format!("ohjelma-{lang}.xlsx"));
        run(
            koonti()
                .args(["programme", "new", "--lang", lang, "-o"])
                .arg(&blank),
            true,
        );
        let bytes = std::fs::read(&blank).expect("written");
        let book = koonti_ingest::read_bytes(bytes, "b.xlsx", &koonti_ingest::Limits::default())
            .expect("opens");
        let texts: Vec<String> = book.sheets[0]
            .cells
            .iter()
            .map(|c| c.value.text())
            .collect();
        assert!(texts.iter().any(|t| t == measure), "{lang}: {texts:?}");
        let out = run(
            koonti()
                .args(["programme", "check", "--lang", lang])
                .arg(&blank),
            true,
        );
        let verdict = String::from_utf8_lossy(&out.stdout);
        assert!(verdict.contains(fine), "{lang}: {verdict}");
        let list = run(koonti().args(["programme", "list", "--lang", lang]), true);
        let list = String::from_utf8_lossy(&list.stdout);
        assert!(list.contains(measures_word), "{lang}: {list}");
        if lang != "fi" {
            assert!(!list.contains("toimenpide"), "{lang}: {list}");
        }
        for sub in [
            &["programme"][..],
            &["programme", "new"],
            &["programme", "check"],
            &["programme", "list"],
            &["programme", "show"],
            &["compare"],
        ] {
            let out = run(koonti().args(sub).args(["--help", "--lang", lang]), true);
            let help = String::from_utf8_lossy(&out.stdout);
            assert!(help.contains(usage), "{lang} {sub:?}: {help}");
            if lang != "en" {
                for english in [
                    "Examples:",
                    "Print a",
                    "Each INPUT",
                    "to write",
                    "One report",
                ] {
                    assert!(!help.contains(english), "{lang} {sub:?}: {help}");
                }
            }
        }
        let out = run(koonti().args(["--help", "--lang", lang]), true);
        let help = String::from_utf8_lossy(&out.stdout);
        let line = help
            .lines()
            .find(|l| l.trim_start().starts_with("programme"))
            .expect("a programme line");
        if lang != "en" {
            assert!(!line.contains("A county's own"), "{lang}: {line}");
        }
    }
}

/// A scale of one option, or of more than six, is refused with the file
/// and where, in the language asked — the spreadsheet's options line, its
/// scale sheet, and a TOML definition's [scale] — by `programme check` and
/// where `--programme` takes it; nothing in English in fi or sv.
#[test]
fn a_scale_of_one_or_more_than_six_options_is_refused() {
    let dir = tempfile::tempdir().expect("tempdir");
    let seven =
        "Ei koske; Ei aloitettu; Suunnitteilla; Kesken; Osittain valmis; Lähes valmis; Valmis";
    let one = dir.path().join("yksi.xlsx");
    write_kuusijarvi(&one, &[], Some("Vastausvaihtoehdot: Valmis"));
    let many = dir.path().join("seitseman.xlsx");
    write_kuusijarvi(&many, &[], Some(&format!("Vastausvaihtoehdot: {seven}")));
    let keusote = koonti_engine::bundled_programme("keusote-2020-2025").expect("bundled");
    let mut toml = koonti_engine::programme_toml(&keusote, "oma", Lang::Fi).expect("toml");
    toml = toml.replace("id = \"keusote-2020-2025\"", "id = \"oma\"");
    for (i, label) in [
        "Suunnitteilla",
        "Osittain valmis",
        "Lähes valmis",
        "Ei koske",
    ]
    .iter()
    .enumerate()
    {
        toml = toml.replacen(
            "[feedback]",
            &format!("[[scale.options]]\nid = \"oma_{i}\"\nlabel = \"{label}\"\n\n[feedback]"),
            1,
        );
    }
    let toml_file = dir.path().join("oma.toml");
    std::fs::write(&toml_file, &toml).expect("write");
    let scale_line = toml
        .lines()
        .position(|l| l.trim() == "[scale]")
        .expect("a [scale] table")
        + 1;
    for (lang, rule, line) in [
        ("fi", "vaihtoehtoja pitää olla 2–6", "rivi"),
        ("sv", "den ska ha 2–6 alternativ", "rad"),
        ("en", "it must have 2 to 6", "line"),
    ] {
        for (file, n) in [(&one, 1), (&many, 7)] {
            let shown = file.display().to_string();
            let out = run(
                koonti()
                    .args(["programme", "check", "--lang", lang])
                    .arg(file),
                false,
            );
            let said = String::from_utf8_lossy(&out.stdout);
            let at = format!("{shown}, Osallisuusohjelma!B3: ");
            assert!(said.contains(&at) && said.contains(rule), "{lang}: {said}");
            assert!(said.contains(&format!(" {n} ")), "{lang}: {said}");
            let out = run(
                koonti()
                    .args(["merge", "--lang", lang, "--programme"])
                    .arg(file)
                    .arg(crate::util::samples())
                    .arg("-o")
                    .arg(dir.path().join("k.xlsx")),
                false,
            );
            let said = String::from_utf8_lossy(&out.stderr);
            assert!(said.contains(&at) && said.contains(rule), "{lang}: {said}");
        }
        let out = run(
            koonti()
                .args(["programme", "check", "--lang", lang])
                .arg(&toml_file),
            false,
        );
        let said = String::from_utf8_lossy(&out.stdout);
        assert!(
            said.contains(&format!("{line} {scale_line}: ")) && said.contains(rule),
            "{lang}: {said}"
        );
        let out = run(
            koonti()
                .args(["template", "--lang", lang, "--programme"])
                .arg(&toml_file)
                .arg("-o")
                .arg(dir.path().join("l")),
            false,
        );
        let said = String::from_utf8_lossy(&out.stderr);
        assert!(
            said.contains("oma.toml") && said.contains(rule),
            "{lang}: {said}"
        );
        if lang != "en" {
            for english in ["the status scale", "options, at most", "allowed"] {
                assert!(!said.contains(english), "{lang}: {said}");
            }
        }
    }
}

//! Issue 20 item 7: reports name a scale's options by the programme's own
//! words, in the scale's order, with exact counts — the committee workbook,
//! the appendix workbook and the appendix page, in Finnish and Swedish. A
//! county's own words ("Tehty | Osin tehty | Ei tehty") stay in every
//! language; a status option's Swedish label is used in a Swedish report;
//! a scale worded in koonti's own Swedish words is named in Finnish in a
//! Finnish report. Built-in words only where the programme gives none. And
//! a definition `koonti programme new/show --lang` writes is commented in
//! that language.
use crate::scale_round_trip::{count_row, html_counts};
use crate::template::{assert_exact, write_filled};
use crate::util::{koonti, merge_json, run};
use calamine::{Data, Reader, open_workbook_auto};
use koonti_model::{Lang, Status};
use std::collections::BTreeMap;
use std::path::Path;

const BODY: &str = r#"
[feedback]
title = "Avoin palaute"

[[units]]
name = "Hallinto"

[[units]]
name = "Ikäpalvelut"

[[units]]
name = "Nuoret"

[[sections]]
id = "1"
title = "Tieto kulkee"

[[sections.measures]]
id = "1.1"
text = "Julkaisemme osallistumisen mahdollisuudet yhdessä paikassa"

[[sections.measures]]
id = "1.2"
text = "Kerromme palautteen vaikutuksista asukkaille"

[[sections.measures]]
id = "1.3"
text = "Kokoamme asukasraadin jokaiselle palvelualueelle"
"#;

fn three_marks(done: &str, partly: &str, not_done: &str) -> String {
    format!(
        "[scale]\nkind = \"marks\"\nimplemented_label = \"{done}\"\npartial_label = \"{partly}\"\nnot_implemented_label = \"{not_done}\"\ntext_label = \"Kuvaus\"\n"
    )
}

/// A four-option choice scale in the county's own words, with Swedish
/// labels: (id, class, label, sv).
const FOUR: [(&str, &str, &str, &str); 4] = [
    ("suunnitteilla", "not_started", "Suunnitteilla", "Planeras"),
    ("tyon_alla", "in_progress", "Työn alla", "Pågår"),
    ("osin", "partly", "Osin tehty", "Delvis gjort"),
    ("tehty", "done", "Tehty", "Gjort"),
];

fn four_options() -> String {
    let options: String = FOUR
        .iter()
        .map(|(id, class, label, sv)| {
            format!("\n[[scale.options]]\nid = \"{id}\"\nclass = \"{class}\"\nlabel = \"{label}\"\nsv = \"{sv}\"\n")
        })
        .collect();
    format!(
        "[scale]\nkind = \"status\"\nstatus_label = \"Vaihe\"\ntext_label = \"Kuvaus\"\n{options}"
    )
}

/// (id, scale, the option words a Finnish and a Swedish report show, in
/// the scale's order).
fn programmes() -> Vec<(&'static str, String, [Vec<&'static str>; 2])> {
    let own = ["Tehty", "Osin tehty", "Ei tehty"];
    vec![
        (
            "omat-sanat",
            three_marks(own[0], own[1], own[2]),
            [own.to_vec(), own.to_vec()],
        ),
        (
            "svenska",
            three_marks("Genomförd", "Delvis genomförd", "Inte genomförd"),
            [
                vec!["Toteutunut", "Osittain", "Ei toteutunut"],
                vec!["Genomförd", "Delvis genomförd", "Inte genomförd"],
            ],
        ),
        (
            "nelja",
            four_options(),
            [
                FOUR.iter().map(|o| o.2).collect(),
                FOUR.iter().map(|o| o.3).collect(),
            ],
        ),
    ]
}

/// The strings of the row of the first sheet of `book` whose cells start
/// with the measure-id and measure headers and then hold `first` somewhere.
fn header_with(book: &Path, first: &str) -> Vec<String> {
    let mut workbook = open_workbook_auto(book).expect("opens");
    let name = workbook.sheet_names()[0].clone();
    let range = workbook.worksheet_range(&name).expect("sheet");
    let rows: Vec<Vec<String>> = range
        .rows()
        .map(|r| {
            r.iter()
                .map(|c| match c {
                    Data::String(s) => s.clone(),
                    other => other.to_string(),
                })
                .collect()
        })
        .collect();
    rows.iter()
        .find(|r| r.iter().any(|c| c == first))
        .cloned()
        .unwrap_or_else(|| panic!("{}: no header {first}: {rows:?}", book.display()))
}

#[test]
fn reports_name_the_options_by_the_programmes_own_words_in_scale_order() {
    let dir = tempfile::tempdir().expect("tempdir");
    for (id, scale, words) in programmes() {
        let toml = format!(
            "id = \"{id}\"\ntitle = \"Omien sanojen ohjelma\"\norganisation = \"Kokeilualue\"\nsection_label = \"Toimenpide\"\n\n{scale}\n{BODY}"
        );
        let definition = dir.path().join(format!("{id}.toml"));
        std::fs::write(&definition, &toml).expect("write definition");
        let definition = definition.to_str().expect("utf-8 path");
        let programme = koonti_programme::load(definition).unwrap_or_else(|e| panic!("{id}: {e}"));
        let statuses: Vec<Status> = programme
            .scale
            .choices()
            .into_iter()
            .map(|c| c.status)
            .collect();
        assert_eq!(statuses.len(), words[0].len(), "{id}");
        for (lang, words) in [Lang::Fi, Lang::Sv].into_iter().zip(&words) {
            let what = format!("{id} {lang}");
            let out = dir.path().join(format!("{id}-{lang}"));
            let inputs = out.join("in");
            std::fs::create_dir_all(&inputs).expect("mkdir");
            let filled = write_filled(&programme, lang, &inputs);
            let report = merge_json(
                &[&inputs],
                &out,
                &["--programme", definition, "--lang", &lang.to_string()],
            );
            assert_exact(&report, &programme, &filled, &what);
            // What was filled, per measure and status.
            let mut expected: BTreeMap<(String, Status), u32> = BTreeMap::new();
            for (_, prefill, _) in &filled {
                for (measure, answer) in &prefill.answers {
                    *expected
                        .entry((measure.clone(), answer.status.clone()))
                        .or_default() += 1;
                }
            }
            let appendix = out.join("liite.xlsx");
            let page = out.join("liite.html");
            run(
                koonti()
                    .arg("appendix")
                    .arg(&inputs)
                    .args(["--programme", definition, "--lang", &lang.to_string(), "-o"])
                    .arg(&appendix)
                    .arg("--html")
                    .arg(&page),
                true,
            );
            let html = std::fs::read_to_string(&page).expect("page");
            let no_answer = lang.pick("Ei vastausta", "Inget svar", "No answer");
            let mut shown: Vec<&str> = words.clone();
            shown.push(no_answer);
            // The headers: the programme's words after their symbols, in
            // the scale's order, then no answer.
            for book in [out.join("koonti.xlsx"), appendix.clone()] {
                let header = header_with(&book, &format!("– {no_answer}"));
                let named: Vec<&str> = header
                    .iter()
                    .filter_map(|c| c.split_once(' ').map(|(_, word)| word))
                    .filter(|w| shown.contains(w))
                    .collect();
                assert_eq!(named, shown, "{what} {}: {header:?}", book.display());
            }
            let mut at = 0;
            for word in &shown {
                let cell = format!("</span> {word}</th>");
                let found = html[at..]
                    .find(&cell)
                    .unwrap_or_else(|| panic!("{what}: page lacks {cell} after {at}"));
                at += found + cell.len();
            }
            for built_in in ["Osittain", "Delvis", "Ej genomförd"] {
                if !shown.contains(&built_in) {
                    assert!(
                        !html.contains(&format!("</span> {built_in}<")),
                        "{what}: {built_in}"
                    );
                }
            }
            // The counts: one per option in that order, then no answer.
            let mut columns = statuses.clone();
            columns.push(Status::Unanswered);
            for (_, measure) in programme.measures() {
                let want: Vec<u32> = columns
                    .iter()
                    .map(|s| {
                        expected
                            .get(&(measure.id.clone(), s.clone()))
                            .copied()
                            .unwrap_or(0)
                    })
                    .collect();
                assert!(want.iter().sum::<u32>() > 0, "{what}");
                for book in [out.join("koonti.xlsx"), appendix.clone()] {
                    let got = count_row(&book, &measure.id, &measure.text, want.len());
                    assert_eq!(got, want, "{what} {} {}", book.display(), measure.id);
                }
                assert_eq!(html_counts(&html, &measure.id), want, "{what} html");
            }
        }
    }
}

/// `programme new` and `programme show` word a TOML's comment lines in the
/// language asked (the second line was Finnish in every language).
#[test]
fn a_definition_written_in_a_language_is_commented_in_it() {
    let dir = tempfile::tempdir().expect("tempdir");
    for (lang, check) in [
        (
            "fi",
            "# Muokkaa vapaasti; tarkista: koonti programme check TIEDOSTO",
        ),
        (
            "sv",
            "# Redigera fritt; kontrollera: koonti programme check FIL",
        ),
        ("en", "# Edit freely; check: koonti programme check FILE"),
    ] {
        let path = dir.path().join(format!("uusi-{lang}.toml"));
        run(
            koonti()
                .args(["programme", "new", "--lang", lang, "-o"])
                .arg(&path),
            true,
        );
        let written = std::fs::read_to_string(&path).expect("written");
        let shown = run(
            koonti().args(["programme", "show", "keusote-2020-2025", "--lang", lang]),
            true,
        );
        let shown = String::from_utf8(shown.stdout).expect("utf-8");
        for text in [&written, &shown] {
            assert_eq!(text.lines().nth(1), Some(check), "{lang}: {text}");
        }
        koonti_programme::load(path.to_str().expect("utf-8")).expect("reads back");
    }
}

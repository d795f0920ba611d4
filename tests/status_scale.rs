//! Keusote's quarterly returns (seed 000) as units fill them: status
//! headers with qualifiers, a status column per quarter, a mark column per
//! option, status words of their own, VASTUU and AIKATAULU, support
//! requests and the quarter as the period. Each variation is a generated
//! workbook merged by the real binary.
use crate::util::merge_json;
use calamine::{Reader, open_workbook_auto};
use koonti_samples::messy::{SheetSpec, WorkbookSpec};
use serde_json::Value;
use std::path::Path;

const PROGRAMME: &str = "keusote-2020-2025";
const TITLE: &str = "Keski-Uudenmaan sote -kuntayhtymän osallisuusohjelma 2020–2025";

/// The programme's measures as (id, text).
fn measures() -> Vec<(String, String)> {
    koonti_programme::load(PROGRAMME)
        .expect("bundled")
        .measures()
        .iter()
        .map(|(_, m)| (m.id.clone(), m.text.clone()))
        .collect()
}

/// A return of Viestintä: `title`, a unit label, then a table with
/// `header` after TOIMENPIDE and one row per entry of `rows` (the cells
/// after the measure), for the first measures; then `tail` rows.
fn return_sheet(title: &str, header: &[&str], rows: &[Vec<&str>], tail: &[&[&str]]) -> SheetSpec {
    let mut sheet = SheetSpec::new("Raportti");
    sheet.put_text(0, 0, title);
    sheet.put_text(1, 0, "Yksikkö: Viestintä");
    sheet.put_text(3, 0, "TOIMENPIDE");
    for (col, text) in header.iter().enumerate() {
        sheet.put_text(3, col as u16 + 1, text);
    }
    let measures = measures();
    for (i, cells) in rows.iter().enumerate() {
        let row = 4 + i as u32;
        sheet.put_text(row, 0, &measures[i].1);
        for (col, text) in cells.iter().enumerate() {
            sheet.put_text(row, col as u16 + 1, text);
        }
    }
    let first = 5 + rows.len() as u32;
    for (i, cells) in tail.iter().enumerate() {
        for (col, text) in cells.iter().enumerate() {
            sheet.put_text(first + i as u32, col as u16, text);
        }
    }
    sheet
}

/// Writes `sheet` as `file` in a folder of its own and merges it.
fn merge_one(dir: &Path, name: &str, file: &str, sheet: SheetSpec) -> Value {
    let folder = dir.join(name);
    std::fs::create_dir_all(&folder).expect("mkdir");
    WorkbookSpec {
        file_name: file.to_string(),
        modified: (2025, 10, 2),
        sheets: vec![sheet],
    }
    .write(&folder)
    .expect("written");
    merge_json(&[&folder], &folder, &["--programme", PROGRAMME])
}

fn answer<'a>(report: &'a Value, measure: &str) -> &'a Value {
    report["answers"]
        .as_array()
        .expect("answers")
        .iter()
        .find(|a| a["measure"] == measure)
        .expect("answer")
}

fn status(report: &Value, measure: &str) -> String {
    answer(report, measure)["status"]
        .as_str()
        .unwrap_or_default()
        .to_string()
}

fn extras(report: &Value, measure: &str) -> Vec<(String, String)> {
    answer(report, measure)["extra"]
        .as_array()
        .map_or_else(Vec::new, |e| {
            e.iter()
                .map(|x| {
                    (
                        x["header"].as_str().unwrap_or_default().to_string(),
                        x["text"].as_str().unwrap_or_default().to_string(),
                    )
                })
                .collect()
        })
}

fn findings<'a>(report: &'a Value, code: &str) -> Vec<&'a Value> {
    report["findings"]
        .as_array()
        .expect("findings")
        .iter()
        .filter(|f| f["code"] == code)
        .collect()
}

#[test]
fn status_headers_with_more_after_the_word_read() {
    let dir = tempfile::tempdir().expect("tempdir");
    for (i, header) in [
        "TILA (Ei aloitettu / Kesken / Valmis)",
        "TILA Q3/2025",
        "Tila 31.3.2025",
        "TILA / STATUS",
        "Tilanne",
        "Toteutumisen tila",
    ]
    .iter()
    .enumerate()
    {
        let rows = vec![vec!["Viestintä", "2025", "Valmis"], vec!["", "", "Kesken"]];
        let sheet = return_sheet(TITLE, &["VASTUU", "AIKATAULU", header], &rows, &[]);
        let report = merge_one(dir.path(), &format!("h{i}"), "viestinta.xlsx", sheet);
        assert_eq!(status(&report, "1.1"), "done", "{header}");
        assert_eq!(status(&report, "1.2"), "in_progress", "{header}");
        assert!(findings(&report, "no_table").is_empty(), "{header}");
        assert_eq!(
            report["unmatched"].as_array().map(Vec::len),
            Some(0),
            "{header}"
        );
    }
}

#[test]
fn the_current_quarter_column_is_the_status_and_a_blank_there_is_no_answer() {
    let dir = tempfile::tempdir().expect("tempdir");
    let rows = vec![
        vec!["Ei aloitettu", "Kesken", "Valmis"],
        vec!["Kesken", "Valmis", ""],
        vec!["Ei aloitettu", "", ""],
    ];
    for (name, headers) in [
        ("quarters", ["TILA Q1/2025", "TILA Q2/2025", "TILA Q3/2025"]),
        (
            "dates",
            ["Status 31.3.2025", "Status 30.6.2025", "Status 30.9.2025"],
        ),
    ] {
        let sheet = return_sheet(TITLE, &headers, &rows, &[]);
        let report = merge_one(dir.path(), name, "viestinta.xlsx", sheet);
        assert_eq!(status(&report, "1.1"), "done", "{name}");
        // The third column is being reported (filled on 1.1): the earlier
        // quarters' values never become the status now.
        assert_eq!(status(&report, "1.2"), "unanswered", "{name}");
        assert_eq!(status(&report, "1.3"), "unanswered", "{name}");
        assert_eq!(
            extras(&report, "1.2"),
            [
                (headers[0].to_string(), "Kesken".to_string()),
                (headers[1].to_string(), "Valmis".to_string())
            ],
            "{name}"
        );
        for i in 0..2 {
            assert_eq!(answer(&report, "1.2")["extra"][i]["kind"], "earlier_status");
        }
        assert_eq!(answer(&report, "1.1")["extra"][0]["kind"], "earlier_status");
        let blank = findings(&report, "current_status_blank");
        let cells: Vec<&str> = blank.iter().filter_map(|f| f["cell"].as_str()).collect();
        assert_eq!(cells, ["D6", "D7"], "{name}: {blank:?}");
        let message = blank[0]["message"].as_str().unwrap_or_default();
        assert!(
            message.contains(headers[2]) && message.contains("Valmis"),
            "{message}"
        );
    }
}

#[test]
fn a_mark_column_per_option() {
    let dir = tempfile::tempdir().expect("tempdir");
    let rows = vec![
        vec!["", "", "x"],
        vec!["X", "", ""],
        vec!["", "x", ""],
        vec!["", "x", "x"],
    ];
    let sheet = return_sheet(TITLE, &["Ei aloitettu", "Kesken", "Valmis"], &rows, &[]);
    let report = merge_one(dir.path(), "marks", "viestinta.xlsx", sheet);
    let got: Vec<String> = ["1.1", "1.2", "1.3", "2.1"]
        .iter()
        .map(|m| status(&report, m))
        .collect();
    assert_eq!(got, ["done", "not_started", "in_progress", "unanswered"]);
    assert_eq!(extras(&report, "2.1").len(), 2);
    assert_eq!(findings(&report, "ambiguous_status").len(), 1);
}

#[test]
fn status_words_as_units_type_them() {
    let dir = tempfile::tempdir().expect("tempdir");
    let words = [
        ("Käynnissä", "in_progress", "Kesken"),
        ("Työn alla", "in_progress", "Kesken"),
        ("Tehty", "done", "Valmis"),
        ("Ei ole aloitettu", "not_started", "Ei aloitettu"),
        ("Ei vielä aloitettu", "not_started", "Ei aloitettu"),
        ("Valmis ✓", "done", "Valmis"),
        ("kesken (jatkuu 2026)", "in_progress", "Kesken"),
        ("valmistunut 5/2025", "done", "Valmis"),
        ("Pågår", "in_progress", "Kesken"),
        ("Klar.", "done", "Valmis"),
    ];
    let unclear = [
        "Valmis / osittain kesken",
        "?",
        "ks. edellinen",
        "Versio 0.1 luotu",
    ];
    let rows: Vec<Vec<&str>> = words
        .iter()
        .map(|(w, _, _)| vec![*w])
        .chain(unclear.iter().map(|w| vec![*w]))
        .collect();
    let sheet = return_sheet(TITLE, &["TILA"], &rows, &[]);
    let report = merge_one(dir.path(), "words", "viestinta.xlsx", sheet);
    let measures = measures();
    let read = findings(&report, "status_word_read");
    for (i, (word, want, label)) in words.iter().enumerate() {
        let id = &measures[i].0;
        assert_eq!(status(&report, id), *want, "{word}");
        let cell = format!("B{}", 5 + i);
        if ["Pågår", "Klar."].contains(word) {
            // The programme's own words (any case, a full stop): no finding.
            assert!(read.iter().all(|f| f["cell"] != cell.as_str()), "{word}");
            continue;
        }
        let finding = read
            .iter()
            .find(|f| f["cell"] == cell.as_str())
            .unwrap_or_else(|| panic!("no finding for {word}"));
        let message = finding["message"].as_str().unwrap_or_default();
        assert!(
            message.contains(word) && message.contains(label),
            "{message}"
        );
        assert_eq!(finding["severity"], "info");
    }
    for (i, word) in unclear.iter().enumerate() {
        let id = &measures[words.len() + i].0;
        assert_eq!(status(&report, id), "unanswered", "{word}");
        assert_eq!(
            extras(&report, id),
            [("TILA".to_string(), word.to_string())]
        );
    }
    assert_eq!(findings(&report, "ambiguous_status").len(), 1);
    assert_eq!(findings(&report, "status_not_recognised").len(), 3);
}

#[test]
fn vastuu_and_aikataulu_edited_by_a_unit_are_on_the_goal_sheet() {
    let dir = tempfile::tempdir().expect("tempdir");
    let rows = vec![
        vec!["Viestintä ja asiakaspalvelu", "Syksy 2025", "Kesken"],
        vec!["", "", "Valmis"],
    ];
    let sheet = return_sheet(TITLE, &["VASTUU", "AIKATAULU", "TILA"], &rows, &[]);
    let report = merge_one(dir.path(), "vastuu", "viestinta.xlsx", sheet);
    assert_eq!(answer(&report, "1.1")["extra"][0]["kind"], "responsible");
    // AIKATAULU's years are no period.
    assert_eq!(report["period"], "");
    let mut workbook =
        open_workbook_auto(dir.path().join("vastuu/koonti.xlsx")).expect("workbook opens");
    let range = workbook.worksheet_range("Tavoite 1").expect("goal sheet");
    let cells: Vec<String> = range.rows().flatten().map(|c| c.to_string()).collect();
    assert!(cells.iter().any(|c| c == "Vastuu"), "{cells:?}");
    assert!(
        cells.iter().any(|c| c
            .starts_with("Viestintä ja asiakaspalvelu\n(ohjelmassa: Viestintä ja palvelualueet)")),
        "{cells:?}"
    );
    assert!(cells.iter().any(|c| c == "Syksy 2025"), "{cells:?}");
}

#[test]
fn support_requests_in_every_form_and_none_invented() {
    let dir = tempfile::tempdir().expect("tempdir");
    let cases: Vec<(&[&[&str]], Option<&str>)> = vec![
        (
            &[
                &["Tukipyyntö"],
                &["Tarvitsemme tukea osallisuuden kehittämisessä", "x"],
                &["Millaista tukea?", "Koulutusta"],
            ],
            Some("Koulutusta"),
        ),
        (
            &[
                &["Tuen tarve"],
                &["Tarvitsemme tukea osallisuuden kehittämisessä: x"],
                &["Millaista tukea?"],
                &["Asukasraadin vetämiseen"],
            ],
            Some("Asukasraadin vetämiseen"),
        ),
        (
            &[
                &["Avunpyyntö"],
                &[
                    "Tarvitsetteko tukea osallisuuden kehittämisessä?",
                    "Kyllä",
                    "Viestintään ja kyselyihin",
                ],
            ],
            Some("Viestintään ja kyselyihin"),
        ),
        (
            &[&["Tarvitsemme tukea osallisuuden kehittämisessä", "X"]],
            Some(""),
        ),
        (
            &[&["Tarvitsetteko tukea osallisuuden kehittämisessä?", "Ei"]],
            None,
        ),
        (
            &[
                &["Tukipyyntö"],
                &["Tarvitsemme tukea osallisuuden kehittämisessä"],
                &["Millaista tukea?"],
            ],
            None,
        ),
    ];
    for (i, (tail, want)) in cases.into_iter().enumerate() {
        let rows = vec![vec!["Kesken"]];
        let sheet = return_sheet(TITLE, &["TILA"], &rows, tail);
        let report = merge_one(dir.path(), &format!("s{i}"), "viestinta.xlsx", sheet);
        let requests = report["support_requests"].as_array().expect("requests");
        let got = requests
            .first()
            .map(|r| r["text"].as_str().unwrap_or_default());
        assert_eq!(got, want, "{tail:?}");
        assert!(requests.len() <= 1);
        // A "no" is no request; the unit's answer is kept as unmatched.
        let noes = usize::from(tail.iter().any(|r| r.contains(&"Ei")));
        assert_eq!(
            report["unmatched"].as_array().map(Vec::len),
            Some(noes),
            "{tail:?}"
        );
    }
}

#[test]
fn the_period_of_a_quarterly_return_is_its_quarter() {
    let dir = tempfile::tempdir().expect("tempdir");
    let cases = [
        (format!("{TITLE} – Q1/2025"), "viestinta.xlsx", "Q1/2025"),
        (
            format!("{TITLE} – 1. osavuosikatsaus 2025"),
            "viestinta.xlsx",
            "Q1/2025",
        ),
        (
            format!("{TITLE}: Osavuosikatsaus 3/2025"),
            "viestinta.xlsx",
            "Q3/2025",
        ),
        (format!("{TITLE} Q4 2025"), "viestinta.xlsx", "Q4/2025"),
        (
            format!("{TITLE}, raportointijakso 1–3/2025"),
            "viestinta.xlsx",
            "Q1/2025",
        ),
        (TITLE.to_string(), "Viestintä Q2 2025.xlsx", "Q2/2025"),
        (
            TITLE.to_string(),
            "viestinta 2. osavuosikatsaus 2025.xlsx",
            "Q2/2025",
        ),
    ];
    for (i, (title, file, want)) in cases.iter().enumerate() {
        let rows = vec![vec!["2026", "Kesken"]];
        let sheet = return_sheet(title, &["AIKATAULU", "TILA"], &rows, &[]);
        let report = merge_one(dir.path(), &format!("p{i}"), file, sheet);
        assert_eq!(report["period"], *want, "{title} {file}");
    }
    // A cell of its own names the quarter below a title with the year.
    let sheet = return_sheet(
        &format!("{TITLE} – vastaukset 2025"),
        &["TILA"],
        &[vec!["Kesken"]],
        &[&["Osavuosikatsaus 3/2025"]],
    );
    let report = merge_one(dir.path(), "cell", "viestinta.xlsx", sheet);
    assert_eq!(report["period"], "Q3/2025");
    // Issue 22: the period is read from the cell, and the cell stays listed.
    let unmatched = report["unmatched"].as_array().expect("unmatched");
    assert_eq!(unmatched.len(), 1);
    assert_eq!(unmatched[0]["text"], "Osavuosikatsaus 3/2025");
}

/// A layout of a county koonti has no definition of (issue 20), as its
/// units fill it: the words of the header row and of the areas under the
/// tables, in Swedish or Finnish.
struct Legacy {
    what: &'static str,
    unit_label: &'static str,
    section_label: &'static str,
    measure_header: &'static str,
    /// The answer headers after the measure column.
    answers: &'static [&'static str],
    /// What unit `u` types on measure `i`: the answer cells and the status
    /// the merge must give.
    fill: Fill,
    feedback: &'static str,
    support: &'static str,
}

const LEGACY_MEASURES: [[&str; 3]; 2] = [
    [
        "Vi öppnar en webbplats om delaktighet för invånarna",
        "Ungdomsfullmäktige sammanträder fyra gånger om året",
        "Vi publicerar besluten på lätt svenska",
    ],
    [
        "Vi ordnar bykvällar i varje kommun",
        "Vi utbildar cheferna i metoder för delaktighet",
        "Vi utvärderar arbetet med föreningarna",
    ],
];
const LEGACY_UNITS: [&str; 3] = ["Norra", "Södra", "Östra"];

/// Writes one return per unit of `layout` into `dir`; gives the status and
/// text expected per (unit, measure text): the text is what the last
/// (text) column holds.
fn write_legacy(dir: &Path, layout: &Legacy) -> Vec<(String, String, String, String)> {
    let mut expected = Vec::new();
    for (u, unit) in LEGACY_UNITS.iter().enumerate() {
        let mut sheet = SheetSpec::new("Blad1");
        sheet.put_text(0, 0, "Skärgårdens delaktighetsprogram, uppföljning 2025");
        sheet.put_text(1, 0, &format!("{}: {unit}", layout.unit_label));
        let mut row = 3;
        let mut i = 0;
        for (s, measures) in LEGACY_MEASURES.iter().enumerate() {
            let title = ["Informationen går fram", "Tillsammans"][s];
            sheet.put_text(
                row,
                0,
                &format!("{} {}: {title}", layout.section_label, s + 1),
            );
            row += 1;
            sheet.put_text(row, 0, layout.measure_header);
            for (c, header) in layout.answers.iter().enumerate() {
                sheet.put_text(row, c as u16 + 1, header);
            }
            row += 1;
            for measure in measures {
                let (cells, status) = (layout.fill)(u, i);
                sheet.put_text(row, 0, measure);
                for (c, text) in cells.iter().enumerate() {
                    sheet.put_text(row, c as u16 + 1, text);
                }
                let text = cells.last().copied().unwrap_or_default();
                expected.push((
                    unit.to_string(),
                    measure.to_string(),
                    status.to_string(),
                    text.to_string(),
                ));
                row += 1;
                i += 1;
            }
            row += 1;
        }
        sheet.put_text(row, 0, layout.feedback);
        sheet.put_text(row + 1, 0, &format!("Respons från {unit}"));
        sheet.put_text(row + 3, 0, layout.support);
        sheet.put_text(row + 3, 1, "Ja, utbildning");
        WorkbookSpec {
            file_name: format!("{unit}.xlsx"),
            modified: (2025, 10, 2),
            sheets: vec![sheet],
        }
        .write(dir)
        .expect("written");
    }
    expected
}

/// The legacy layouts of issue 20 merged with no programme at all: three
/// mark columns (Genomförd | Delvis genomförd | Inte genomförd, and the
/// Finnish copy) count the middle one as partly; a question header is the
/// text column; one Status column with Genomförd / Pågår / Inte påbörjad
/// is read; both marks on the two-mark layout are partly with no warning;
/// Övrig respons / Muu palaute is the feedback and "Behöver enheten stöd?"
/// the support request, never measures. Nothing unread, nothing guessed.
#[test]
fn legacy_layouts_merge_with_no_silently_wrong_status() {
    fn three(u: usize, i: usize) -> (Vec<&'static str>, &'static str) {
        match (u + i) % 4 {
            0 => (vec!["x", "", "", "Det har gjorts så här."], "implemented"),
            1 => (vec!["", "x", "", "Delvis: hälften klar."], "partial"),
            2 => (vec!["", "", "x", "Inte ännu."], "not_implemented"),
            _ => (vec!["", "", "", ""], "unanswered"),
        }
    }
    fn status(u: usize, i: usize) -> (Vec<&'static str>, &'static str) {
        match (u + i) % 4 {
            0 => (vec!["Genomförd", "Klart i maj."], "done"),
            1 => (vec!["Pågår", "Vi har börjat."], "in_progress"),
            2 => (vec!["Inte påbörjad", ""], "not_started"),
            _ => (vec!["", ""], "unanswered"),
        }
    }
    fn two(u: usize, i: usize) -> (Vec<&'static str>, &'static str) {
        match (u + i) % 3 {
            0 => (vec!["x", "", "Tehty."], "implemented"),
            1 => (vec!["x", "x", "Osittain."], "partial"),
            _ => (vec!["", "x", "Ei vielä."], "not_implemented"),
        }
    }
    let layouts = [
        Legacy {
            what: "three marks (sv)",
            unit_label: "Enhet",
            section_label: "Mål",
            measure_header: "Åtgärd",
            answers: &[
                "Genomförd",
                "Delvis genomförd",
                "Inte genomförd",
                "Hur har det genomförts / hur borde det genomföras?",
            ],
            fill: three,
            feedback: "Övrig respons",
            support: "Behöver enheten stöd? Vilket?",
        },
        Legacy {
            what: "three marks (fi)",
            unit_label: "Yksikkö",
            section_label: "Tavoite",
            measure_header: "Toimenpide",
            answers: &[
                "Toteutunut",
                "Osittain toteutunut",
                "Ei toteutunut",
                "Miten on toteutettu?",
            ],
            fill: three,
            feedback: "Muu palaute",
            support: "Tarvitaanko tukea?",
        },
        Legacy {
            what: "status column (sv)",
            unit_label: "Enhet",
            section_label: "Mål",
            measure_header: "Åtgärd",
            answers: &["Status", "Kommentar"],
            fill: status,
            feedback: "Övrig respons",
            support: "Behöver enheten stöd? Vilket?",
        },
        Legacy {
            what: "two marks, both for partly (fi)",
            unit_label: "Yksikkö",
            section_label: "Tavoite",
            measure_header: "Toimenpide",
            answers: &["Toteutunut", "Ei toteutunut", "Kommentit"],
            fill: two,
            feedback: "Muu palaute",
            support: "Tarvitaanko tukea?",
        },
    ];
    let dir = tempfile::tempdir().expect("tempdir");
    for (n, layout) in layouts.iter().enumerate() {
        let what = layout.what;
        let folder = dir.path().join(format!("l{n}"));
        std::fs::create_dir_all(&folder).expect("mkdir");
        let expected = write_legacy(&folder, layout);
        let out = dir.path().join(format!("o{n}"));
        std::fs::create_dir_all(&out).expect("mkdir");
        let report = merge_json(&[&folder], &out, &[]);
        let answers = report["answers"].as_array().expect("answers");
        // Six measures a unit: the feedback and support are none of them.
        assert_eq!(answers.len(), expected.len(), "{what}: {answers:?}");
        for (unit, measure, want, typed) in &expected {
            let answer = answers
                .iter()
                .find(|a| a["unit"] == unit.as_str() && a["measure_text"] == measure.as_str())
                .unwrap_or_else(|| panic!("{what}: no answer {unit} {measure}"));
            assert_eq!(answer["status"], want.as_str(), "{what}: {unit} {measure}");
            // The text typed is the answer's text, not a side field.
            assert_eq!(answer["text"], typed.as_str(), "{what}: {answer}");
            assert!(answer["extra"].is_null(), "{what}: {answer}");
        }
        let feedback = report["feedback"].as_array().expect("feedback");
        assert_eq!(feedback.len(), LEGACY_UNITS.len(), "{what}: {feedback:?}");
        let support = report["support_requests"].as_array().expect("support");
        assert_eq!(support.len(), LEGACY_UNITS.len(), "{what}: {support:?}");
        let doubts: Vec<&Value> = report["findings"]
            .as_array()
            .expect("findings")
            .iter()
            // Inferring the programme is said, as a warning to check it.
            .filter(|f| f["severity"] != "info" && f["code"] != "programme_inferred")
            .collect();
        assert!(doubts.is_empty(), "{what}: {doubts:?}");
    }
}

/// What unit `u` types on measure `i` of a legacy return, and the status
/// the merge must give (see [`Legacy::fill`]).
type Fill = fn(usize, usize) -> (Vec<&'static str>, &'static str);

/// Writes each variation's returns under `dir`, merges them in Swedish
/// against the programme `definition` and checks every status and typed
/// text exact, every answer found and no doubt raised but the unlisted
/// units; `each` checks one answer further against the status wanted.
/// Gives each variation's name and report.
fn merge_variations(
    dir: &Path,
    definition: &Path,
    variations: &[(&'static str, &'static [&'static str], Fill)],
    each: impl Fn(&str, &Value, &str),
) -> Vec<(&'static str, Value)> {
    let mut reports = Vec::new();
    for (n, &(what, answers, fill)) in variations.iter().enumerate() {
        let layout = Legacy {
            what,
            unit_label: "Enhet",
            section_label: "Mål",
            measure_header: "Åtgärd",
            answers,
            fill,
            feedback: "Övrig respons",
            support: "Behöver enheten stöd? Vilket?",
        };
        let folder = dir.join(format!("v{n}"));
        std::fs::create_dir_all(&folder).expect("mkdir");
        let expected = write_legacy(&folder, &layout);
        let out = dir.join(format!("o{n}"));
        std::fs::create_dir_all(&out).expect("mkdir");
        let report = merge_json(
            &[&folder],
            &out,
            &[
                "--programme",
                definition.to_str().expect("utf-8"),
                "--lang",
                "sv",
            ],
        );
        let answers = report["answers"].as_array().expect("answers");
        assert_eq!(answers.len(), expected.len(), "{what}");
        for (unit, measure, want, typed) in &expected {
            let answer = answers
                .iter()
                .find(|a| a["unit"] == unit.as_str() && a["measure_text"] == measure.as_str())
                .unwrap_or_else(|| panic!("{what}: no answer {unit} {measure}"));
            assert_eq!(answer["status"], want.as_str(), "{what}: {answer}");
            assert_eq!(answer["text"], typed.as_str(), "{what}: {answer}");
            each(what, answer, want);
        }
        let doubts: Vec<&Value> = report["findings"]
            .as_array()
            .expect("findings")
            .iter()
            // The sheet lists no units: each is named as it is, and said so.
            .filter(|f| f["severity"] != "info" && f["code"] != "unknown_unit")
            .collect();
        assert!(doubts.is_empty(), "{what}: {doubts:?}");
        reports.push((what, report));
    }
    reports
}

/// The Swedish county of issue 20 with its programme given (a sheet whose
/// answer columns are Genomförd | Delvis genomförd | Inte genomförd), its
/// units answering in variations of the form: the three mark columns, the
/// Finnish copy, one Status column with the options' words, and the
/// two-mark layout with both marks for partly. Every status exact.
#[test]
fn a_three_mark_programme_reads_its_returns_in_variations() {
    fn three(u: usize, i: usize) -> (Vec<&'static str>, &'static str) {
        match (u + i) % 4 {
            0 => (vec!["x", "", "", "Så här."], "implemented"),
            1 => (vec!["", "x", "", "Hälften."], "partial"),
            2 => (vec!["", "", "x", "Inte ännu."], "not_implemented"),
            _ => (vec!["", "", "", ""], "unanswered"),
        }
    }
    fn words(u: usize, i: usize) -> (Vec<&'static str>, &'static str) {
        match (u + i) % 4 {
            0 => (vec!["Genomförd", "Så här."], "implemented"),
            1 => (vec!["Delvis genomförd", "Hälften."], "partial"),
            2 => (vec!["Inte genomförd", "Inte ännu."], "not_implemented"),
            _ => (vec!["", ""], "unanswered"),
        }
    }
    fn two(u: usize, i: usize) -> (Vec<&'static str>, &'static str) {
        match (u + i) % 3 {
            0 => (vec!["x", "", "Så här."], "implemented"),
            1 => (vec!["x", "x", "Hälften."], "partial"),
            _ => (vec!["", "x", "Inte ännu."], "not_implemented"),
        }
    }
    let question = "Hur har det genomförts / hur borde det genomföras?";
    let sv_three: &'static [&'static str] = &[
        "Genomförd",
        "Delvis genomförd",
        "Inte genomförd",
        "Hur har det genomförts / hur borde det genomföras?",
    ];
    let variations = [
        ("three marks", sv_three, three as fn(usize, usize) -> _),
        (
            "finnish copy",
            &[
                "Toteutunut",
                "Osittain toteutunut",
                "Ei toteutunut",
                "Miten on toteutettu?",
            ][..],
            three,
        ),
        ("status words", &["Status", "Kommentar"][..], words),
        (
            "two marks",
            &["Genomförd", "Inte genomförd", "Kommentar"][..],
            two,
        ),
    ];
    let dir = tempfile::tempdir().expect("tempdir");
    // The programme: the county's sheet with the three mark columns.
    let definition = dir.path().join("program.xlsx");
    let mut rows: Vec<Vec<&str>> = vec![
        vec!["Skärgårdens delaktighetsprogram, uppföljning 2025"],
        vec![],
        vec![
            "Mål",
            "Åtgärd",
            "Genomförd",
            "Delvis genomförd",
            "Inte genomförd",
            question,
        ],
    ];
    let titles = ["Informationen går fram", "Tillsammans"];
    for (s, measures) in LEGACY_MEASURES.iter().enumerate() {
        for measure in measures {
            rows.push(vec![titles[s], measure]);
        }
    }
    rows.push(vec![]);
    let rows: Vec<&[&str]> = rows.iter().map(Vec::as_slice).collect();
    crate::util::write_rows(&definition, &rows);
    let reports = merge_variations(dir.path(), &definition, &variations, |_, _, _| {});
    for (what, report) in &reports {
        assert_eq!(
            report["feedback"].as_array().map(Vec::len),
            Some(LEGACY_UNITS.len()),
            "{what}"
        );
    }
}

/// A four-option choice programme given on an options line above a table
/// with no answer column (Svarsalternativ: …), its units answering in a
/// Status column of their own, in mark columns per option, or in the
/// options' words in another case and spelling. Every status exact.
#[test]
fn a_four_option_programme_reads_its_returns_in_variations() {
    fn column(u: usize, i: usize) -> (Vec<&'static str>, &'static str) {
        match (u + i) % 5 {
            0 => (vec!["Inte påbörjad", ""], "not_started"),
            1 => (vec!["Pågår", "Vi har börjat."], "in_progress"),
            2 => (vec!["Delvis klar", "Hälften."], "partly"),
            3 => (vec!["Genomförd", "Klart."], "done"),
            _ => (vec!["", ""], "unanswered"),
        }
    }
    fn spelt(u: usize, i: usize) -> (Vec<&'static str>, &'static str) {
        match (u + i) % 5 {
            0 => (vec!["inte påbörjad", ""], "not_started"),
            1 => (vec!["PÅGÅR", "Vi har börjat."], "in_progress"),
            2 => (vec!["delvis klar", "Hälften."], "partly"),
            3 => (vec!["Genomförd.", "Klart."], "done"),
            _ => (vec!["", ""], "unanswered"),
        }
    }
    fn marks(u: usize, i: usize) -> (Vec<&'static str>, &'static str) {
        match (u + i) % 5 {
            0 => (vec!["x", "", "", "", ""], "not_started"),
            1 => (vec!["", "x", "", "", "Vi har börjat."], "in_progress"),
            2 => (vec!["", "", "x", "", "Hälften."], "partly"),
            3 => (vec!["", "", "", "x", "Klart."], "done"),
            _ => (vec!["", "", "", "", ""], "unanswered"),
        }
    }
    let variations = [
        (
            "status column",
            &["Status", "Kommentar"][..],
            column as fn(usize, usize) -> _,
        ),
        ("spelt their own way", &["Läge", "Kommentar"][..], spelt),
        (
            "a mark column per option",
            &[
                "Inte påbörjad",
                "Pågår",
                "Delvis klar",
                "Genomförd",
                "Kommentar",
            ][..],
            marks,
        ),
    ];
    let dir = tempfile::tempdir().expect("tempdir");
    let definition = dir.path().join("program.xlsx");
    let mut rows: Vec<Vec<&str>> = vec![
        vec!["Skärgårdens delaktighetsprogram, uppföljning 2025"],
        vec!["Svarsalternativ: Inte påbörjad; Pågår; Delvis klar; Genomförd"],
        vec![],
        vec!["Mål", "Åtgärd", "Ansvar"],
    ];
    let titles = ["Informationen går fram", "Tillsammans"];
    for (s, measures) in LEGACY_MEASURES.iter().enumerate() {
        for measure in measures {
            rows.push(vec![titles[s], measure]);
        }
    }
    let rows: Vec<&[&str]> = rows.iter().map(Vec::as_slice).collect();
    crate::util::write_rows(&definition, &rows);
    merge_variations(
        dir.path(),
        &definition,
        &variations,
        |what, answer, want| {
            let class = (want != "unanswered").then_some(want);
            assert_eq!(answer["class"].as_str(), class, "{what}: {answer}");
        },
    );
}

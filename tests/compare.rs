//! Issue #16: the follow-up across years and quarters. Rounds are made
//! here from the programmes' own templates, filled with known answers, so
//! every transition is known.
use crate::util::{koonti, run};
use calamine::{Reader, open_workbook_auto};
use koonti_model::Status;
use serde_json::{Value, json};
use std::path::{Path, PathBuf};

/// One unit's answers: (measure id, status).
pub(crate) type Answers<'a> = &'a [(&'a str, Status)];

/// Writes the programme's template of each unit in `units`, filled with
/// its answers, into `dir` (one period's returned files).
pub(crate) fn round(
    programme: &str,
    period: &str,
    units: &[(&str, Answers)],
    dir: &Path,
) -> PathBuf {
    let programme = koonti_programme::load(programme).expect("bundled");
    round_of(&programme, period, units, dir)
}

/// [`round`] of a programme given as it is.
pub(crate) fn round_of(
    programme: &koonti_model::Programme,
    period: &str,
    units: &[(&str, Answers)],
    dir: &Path,
) -> PathBuf {
    std::fs::create_dir_all(dir).expect("dir");
    for (unit, answers) in units {
        let mut prefill = koonti_template::Prefill::default();
        for (measure, status) in *answers {
            prefill.answers.insert(
                measure.to_string(),
                koonti_template::PrefillAnswer {
                    status: status.clone(),
                    text: "Kuvaus.".into(),
                },
            );
        }
        let options = koonti_template::TemplateOptions {
            period: period.into(),
            lang: koonti_model::Lang::Fi,
            deadline: None,
            contact: None,
            prefill: Some(prefill),
        };
        let found = programme.units.iter().find(|u| u.name == *unit);
        let bytes = koonti_template::write_template(programme, found, &options).expect("template");
        std::fs::write(
            dir.join(format!("{unit} {}.xlsx", period.replace('/', "-"))),
            bytes,
        )
        .expect("write");
    }
    dir.to_path_buf()
}

/// `koonti merge DIR -o OUT` (a workbook or JSON by its extension).
pub(crate) fn merged(dir: &Path, out: &Path) -> PathBuf {
    run(koonti().arg("merge").arg(dir).arg("-o").arg(out), true);
    out.to_path_buf()
}

/// `koonti compare INPUTS -o DIR/kehitys.xlsx --json -`: the JSON.
pub(crate) fn compare(inputs: &[&Path], out: &Path) -> Value {
    let output = run(
        koonti()
            .arg("compare")
            .args(inputs)
            .arg("-o")
            .arg(out)
            .args(["--json", "-"]),
        true,
    );
    serde_json::from_slice(&output.stdout).expect("JSON on stdout")
}

use Status::{Implemented as I, NotImplemented as N, Partial as P};

/// Three years of Siun sote: Pelastuslaitos improves and regresses,
/// Hallintopalvelut answers in 2023 and 2025 only, Ikäihmisten palvelut
/// leaves 1.2 blank in 2024 and answers only then.
pub(crate) fn siun_years(root: &Path) -> [PathBuf; 3] {
    let p = "siun-sote-2023-2025";
    let y2023 = round(
        p,
        "2023",
        &[
            ("Pelastuslaitos", &[("1.1", N), ("1.2", P), ("2.1", I)]),
            ("Hallintopalvelut", &[("1.1", I)]),
        ],
        &root.join("2023"),
    );
    let y2024 = round(
        p,
        "2024",
        &[
            ("Pelastuslaitos", &[("1.1", P), ("1.2", I), ("2.1", I)]),
            ("Ikäihmisten palvelut", &[("1.1", N)]),
        ],
        &root.join("2024"),
    );
    let y2025 = round(
        p,
        "2025",
        &[
            ("Pelastuslaitos", &[("1.1", I), ("1.2", N), ("2.1", I)]),
            ("Hallintopalvelut", &[("1.1", N), ("1.2", I)]),
        ],
        &root.join("2025"),
    );
    [y2023, y2024, y2025]
}

pub(crate) fn rows_of(history: &Value) -> Vec<(String, String, Vec<Value>)> {
    history["rows"]
        .as_array()
        .expect("rows")
        .iter()
        .map(|r| {
            (
                r["unit"].as_str().expect("unit").to_string(),
                r["measure"].as_str().expect("measure").to_string(),
                r["statuses"].as_array().expect("statuses").clone(),
            )
        })
        .collect()
}

fn changes_of(history: &Value) -> Vec<String> {
    history["changes"]
        .as_array()
        .expect("changes")
        .iter()
        .map(|c| {
            format!(
                "{} {} {}→{} {}→{} {}",
                c["unit"].as_str().expect("unit"),
                c["measure"].as_str().expect("measure"),
                c["from_period"].as_str().expect("from_period"),
                c["to_period"].as_str().expect("to_period"),
                c["from"],
                c["to"],
                c["kind"].as_str().expect("kind")
            )
        })
        .collect()
}

#[test]
fn three_years_side_by_side_whatever_the_argument_order() {
    let dir = tempfile::tempdir().expect("tempdir");
    let [d2023, d2024, d2025] = siun_years(dir.path());
    // One period a workbook, one a JSON report, one a folder of responses.
    let w2023 = merged(&d2023, &dir.path().join("koonti-2023.xlsx"));
    let j2024 = merged(&d2024, &dir.path().join("koonti-2024.json"));
    let out = dir.path().join("kehitys.xlsx");
    let report = compare(&[&d2025, &w2023, &j2024], &out);
    let history = &report["history"];
    assert_eq!(history["periods"], json!(["2023", "2024", "2025"]));
    assert_eq!(report["period"], "2025", "the newest report carries it");
    let null = Value::Null;
    let s = |t: &str| json!(t);
    let expected = vec![
        (
            "Hallintopalvelut",
            "1.1",
            vec![s("implemented"), null.clone(), s("not_implemented")],
        ),
        (
            "Hallintopalvelut",
            "1.2",
            vec![s("unanswered"), null.clone(), s("implemented")],
        ),
        (
            "Ikäihmisten palvelut",
            "1.1",
            vec![null.clone(), s("not_implemented"), null.clone()],
        ),
        (
            "Pelastuslaitos",
            "1.1",
            vec![s("not_implemented"), s("partial"), s("implemented")],
        ),
        (
            "Pelastuslaitos",
            "1.2",
            vec![s("partial"), s("implemented"), s("not_implemented")],
        ),
        (
            "Pelastuslaitos",
            "2.1",
            vec![s("implemented"), s("implemented"), s("implemented")],
        ),
    ];
    let mut rows = rows_of(history);
    rows.sort_by(|a, b| (&a.0, &a.1).cmp(&(&b.0, &b.1)));
    let expected: Vec<(String, String, Vec<Value>)> = expected
        .into_iter()
        .map(|(u, m, s)| (u.to_string(), m.to_string(), s))
        .collect();
    assert_eq!(rows, expected);
    let mut changes = changes_of(history);
    changes.sort();
    let mut want = vec![
        "Hallintopalvelut 1.1 2023→2024 \"implemented\"→null dropped",
        "Hallintopalvelut 1.2 2024→2025 null→\"implemented\" new",
        "Ikäihmisten palvelut 1.1 2023→2024 null→\"not_implemented\" new",
        "Ikäihmisten palvelut 1.1 2024→2025 \"not_implemented\"→null dropped",
        "Hallintopalvelut 1.1 2024→2025 null→\"not_implemented\" new",
        "Pelastuslaitos 1.1 2023→2024 \"not_implemented\"→\"partial\" improved",
        "Pelastuslaitos 1.1 2024→2025 \"partial\"→\"implemented\" improved",
        "Pelastuslaitos 1.2 2023→2024 \"partial\"→\"implemented\" improved",
        "Pelastuslaitos 1.2 2024→2025 \"implemented\"→\"not_implemented\" regressed",
        "Pelastuslaitos 2.1 2023→2024 \"implemented\"→\"implemented\" unchanged",
        "Pelastuslaitos 2.1 2024→2025 \"implemented\"→\"implemented\" unchanged",
    ];
    want.sort();
    assert_eq!(changes, want, "no change for no answer → no answer");
    // Another order of the same inputs: the same history.
    let again = compare(&[&j2024, &d2025, &w2023], &dir.path().join("toinen.xlsx"));
    assert_eq!(again["history"], report["history"]);
    // The workbook: Kehitys after the summary, with the paragraph, and
    // Vastaukset with its period column.
    let mut book = open_workbook_auto(&out).expect("opens");
    assert_eq!(book.sheet_names()[1], "Kehitys");
    let kehitys = book.worksheet_range("Kehitys").expect("Kehitys");
    let text: Vec<String> = kehitys.cells().map(|(_, _, c)| c.to_string()).collect();
    let paragraph = text
        .iter()
        .find(|t| t.starts_with("Vuoteen 2024 verrattuna"))
        .unwrap_or_else(|| panic!("paragraph in {text:?}"));
    assert!(
        paragraph.contains("yksi toimenpide toteutui") && paragraph.contains("yksi heikkeni"),
        "{paragraph}"
    );
    assert!(
        paragraph.contains("Ikäihmisten palvelut ei vastannut nyt"),
        "{paragraph}"
    );
    assert!(text.iter().any(|t| t == "↑ Edistyi"), "{text:?}");
    assert!(text.iter().any(|t| t == "✓ Toteutunut"));
    let answers = book.worksheet_range("Vastaukset").expect("Vastaukset");
    let header: Vec<String> = answers
        .rows()
        .next()
        .expect("header")
        .iter()
        .map(|c| c.to_string())
        .collect();
    let period_col = header
        .iter()
        .position(|h| h == "Kausi")
        .expect("period column");
    assert!(answers.rows().skip(1).all(|r| r[period_col] == "2025"));
}

#[test]
fn a_compare_workbook_is_an_input_again_and_its_appendix_shows_the_progress() {
    let dir = tempfile::tempdir().expect("tempdir");
    let [d2023, d2024, d2025] = siun_years(dir.path());
    let first = dir.path().join("kehitys-2024.xlsx");
    let report = compare(&[&d2024, &d2023], &first);
    assert_eq!(report["history"]["periods"], json!(["2023", "2024"]));
    // The follow-up workbook is the 2024 report with 2023 in its history:
    // compared with 2025, all three years, as if given one by one.
    let second = compare(&[&d2025, &first], &dir.path().join("kehitys-2025.xlsx"));
    assert_eq!(
        second["history"]["periods"],
        json!(["2023", "2024", "2025"])
    );
    let direct = compare(&[&d2023, &d2024, &d2025], &dir.path().join("suora.xlsx"));
    assert_eq!(second["history"], direct["history"]);
    // Its appendix reads the workbook back (nothing edited) with progress.
    let html = dir.path().join("liite.html");
    run(
        koonti()
            .arg("appendix")
            .arg(&first)
            .arg("-o")
            .arg(dir.path().join("liite.xlsx"))
            .arg("--html")
            .arg(&html),
        true,
    );
    let page = std::fs::read_to_string(&html).expect("html");
    assert!(page.contains("<h2>Kehitys</h2>"), "{page}");
    assert!(page.contains("Vuoteen 2023 verrattuna"), "{page}");
}

#[test]
fn merge_with_previous_adds_the_history_and_without_it_there_is_none() {
    let dir = tempfile::tempdir().expect("tempdir");
    let [d2023, d2024, d2025] = siun_years(dir.path());
    let w2023 = merged(&d2023, &dir.path().join("koonti-2023.xlsx"));
    let j2024 = merged(&d2024, &dir.path().join("koonti-2024.json"));
    let output = run(
        koonti()
            .arg("merge")
            .arg(&d2025)
            .arg("-o")
            .arg(dir.path().join("koonti-2025.xlsx"))
            .args(["--json", "-", "--previous"])
            .arg(&j2024)
            .arg("--previous")
            .arg(&w2023),
        true,
    );
    let report: Value = serde_json::from_slice(&output.stdout).expect("json");
    assert_eq!(
        report["history"]["periods"],
        json!(["2023", "2024", "2025"])
    );
    let direct = compare(&[&w2023, &j2024, &d2025], &dir.path().join("k.xlsx"));
    assert_eq!(report["history"], direct["history"]);
    let plain = std::fs::read_to_string(&j2024).expect("json");
    let plain: Value = serde_json::from_str(&plain).expect("json");
    assert!(
        plain.get("history").is_none(),
        "no history key without --previous"
    );
    // A --previous of a later period is refused.
    let output = koonti()
        .arg("merge")
        .arg(&d2024)
        .arg("-o")
        .arg(dir.path().join("x.xlsx"))
        .arg("--previous")
        .arg(dir.path().join("koonti-2025.xlsx"))
        .output()
        .expect("runs");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(1), "{stderr}");
    assert!(
        stderr.contains("koonti-2025.xlsx") && stderr.contains("2025"),
        "{stderr}"
    );
    assert!(!dir.path().join("x.xlsx").exists());
}

/// `koonti compare ARGS` expecting exit 1 with one line naming `expected`.
fn refused(args: &[&Path], expected: &[&str]) {
    let dir = tempfile::tempdir().expect("tempdir");
    let out = dir.path().join("kehitys.xlsx");
    let output = koonti()
        .arg("compare")
        .args(args)
        .arg("-o")
        .arg(&out)
        .output()
        .expect("runs");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(1), "{stderr}");
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
    for part in expected {
        assert!(stderr.contains(part), "{part:?} not in {stderr}");
    }
    assert!(!out.exists());
}

#[test]
fn one_period_twice_an_unknown_period_and_no_report_are_refused() {
    let dir = tempfile::tempdir().expect("tempdir");
    let [d2023, d2024, _] = siun_years(dir.path());
    let a = merged(&d2024, &dir.path().join("a-2024.xlsx"));
    let b = merged(&d2024, &dir.path().join("b-2024.json"));
    refused(&[&d2023, &a, &b], &["2024", "a-2024.xlsx", "b-2024.json"]);
    // A report whose period cannot be told.
    let text = std::fs::read_to_string(&b).expect("json");
    let mut value: Value = serde_json::from_str(&text).expect("json");
    value["period"] = json!("");
    let unknown = dir.path().join("kausi.json");
    std::fs::write(&unknown, value.to_string()).expect("write");
    refused(&[&a, &unknown], &["kausi.json", "--period"]);
    // A file that is no report or response; one report alone compares
    // nothing.
    let note = dir.path().join("muistio.txt");
    std::fs::write(&note, "vuosi 2023").expect("write");
    refused(&[&a, &note], &["muistio.txt", "ei ole koontin raportti"]);
    refused(&[&a], &["kaksi kautta", "a-2024.xlsx"]);
    // A folder of two years' returns and one of no period: which year it
    // answers cannot be told.
    let mixed = dir.path().join("sekaisin");
    round(
        "siun-sote-2023-2025",
        "",
        &[("Osallisuustyöryhmä", &[("1.1", I)])],
        &mixed,
    );
    for year in [&d2023, &d2024] {
        for entry in std::fs::read_dir(year).expect("folder") {
            let path = entry.expect("entry").path();
            std::fs::copy(&path, mixed.join(path.file_name().expect("name"))).expect("copy");
        }
    }
    refused(
        &[&mixed],
        &["sekaisin", "Osallisuustyöryhmä .xlsx", "2023, 2024"],
    );
    // A response file is a period of its own.
    let response = d2023.join("Pelastuslaitos 2023.xlsx");
    let report = compare(&[&a, &response], &dir.path().join("k.xlsx"));
    assert_eq!(report["history"]["periods"], json!(["2023", "2024"]));
}

#[test]
fn a_folder_of_files_that_name_no_period_takes_the_folders_name() {
    let dir = tempfile::tempdir().expect("tempdir");
    let [_, d2024, _] = siun_years(dir.path());
    let undated = round(
        "siun-sote-2023-2025",
        "",
        &[("Pelastuslaitos", &[("1.1", N)])],
        &dir.path().join("vastaukset 2023"),
    );
    let report = compare(&[&d2024, &undated], &dir.path().join("kehitys.xlsx"));
    assert_eq!(report["history"]["periods"], json!(["2023", "2024"]));
    // Without a period in the folder's name either, it is refused.
    let nameless = dir.path().join("vastaukset");
    std::fs::rename(&undated, &nameless).expect("rename");
    refused(&[&d2024, &nameless], &["vastaukset", "--period"]);
}

#[test]
fn units_match_across_periods_through_their_aliases() {
    let dir = tempfile::tempdir().expect("tempdir");
    let [_, d2024, d2025] = siun_years(dir.path());
    let j2024 = merged(&d2024, &dir.path().join("koonti-2024.json"));
    // An older report that named the unit by its alias.
    let text = std::fs::read_to_string(&j2024).expect("json");
    let renamed = text.replace("\"Pelastuslaitos\"", "\"Pohjois-Karjalan pelastuslaitos\"");
    assert_ne!(renamed, text);
    std::fs::write(&j2024, renamed).expect("write");
    let report = compare(&[&d2025, &j2024], &dir.path().join("kehitys.xlsx"));
    let rows = rows_of(&report["history"]);
    let pelastus: Vec<&(String, String, Vec<Value>)> = rows
        .iter()
        .filter(|r| r.0.contains("elastuslaitos"))
        .collect();
    assert_eq!(pelastus.len(), 3, "{rows:?}");
    assert!(pelastus.iter().all(|r| r.0 == "Pelastuslaitos"));
    assert_eq!(pelastus[0].2, [json!("partial"), json!("implemented")]);
}

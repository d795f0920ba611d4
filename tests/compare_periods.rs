//! Issue #16 continued: quarters of a status scale, and a programme
//! version that renamed, added and removed measures.
use crate::compare::{compare, round, round_of, rows_of, siun_years};
use crate::util::{koonti, run};
use calamine::{Reader, open_workbook_auto};
use koonti_model::Status;
use serde_json::json;
use std::path::{Path, PathBuf};

use Status::{Implemented as I, Partial as P};

#[test]
fn quarters_of_a_status_scale_show_progress_and_what_stayed_in_progress() {
    let dir = tempfile::tempdir().expect("tempdir");
    let programme = koonti_programme::load("keusote-2020-2025").expect("bundled");
    let ids: Vec<String> = programme
        .measures()
        .iter()
        .map(|(_, m)| m.id.clone())
        .collect();
    let unit = programme.units[0].name.clone();
    let o = |id: &str| Status::Option(id.into());
    // The first measure goes not_started → in_progress → in_progress →
    // done; the second stays in_progress all year; the third is done in
    // Q2, then in progress again: three quarters in progress in all.
    let plan = [
        ("Q1/2025", ["not_started", "in_progress", "in_progress"]),
        ("Q2/2025", ["in_progress", "in_progress", "done"]),
        ("Q3/2025", ["in_progress", "in_progress", "in_progress"]),
        ("Q4/2025", ["done", "in_progress", "in_progress"]),
    ];
    let mut folders = Vec::new();
    for (quarter, statuses) in plan {
        let answers: Vec<(&str, Status)> = ids
            .iter()
            .zip(statuses)
            .map(|(id, s)| (id.as_str(), o(s)))
            .collect();
        let folder = dir.path().join(quarter.replace('/', "-"));
        folders.push(round(
            "keusote-2020-2025",
            quarter,
            &[(&unit, &answers)],
            &folder,
        ));
    }
    folders.reverse();
    let inputs: Vec<&Path> = folders.iter().map(PathBuf::as_path).collect();
    let out = dir.path().join("kehitys.xlsx");
    let report = compare(&inputs, &out);
    let history = &report["history"];
    assert_eq!(
        history["periods"],
        json!(["Q1/2025", "Q2/2025", "Q3/2025", "Q4/2025"])
    );
    let rows = rows_of(history);
    assert_eq!(rows.len(), 3, "{rows:?}");
    assert_eq!(rows[0].1, ids[0]);
    assert_eq!(
        rows[0].2,
        [
            json!("not_started"),
            json!("in_progress"),
            json!("in_progress"),
            json!("done")
        ]
    );
    let kinds: Vec<&str> = history["changes"]
        .as_array()
        .expect("changes")
        .iter()
        .filter(|c| c["measure"] == ids[0].as_str() || c["measure"] == ids[2].as_str())
        .map(|c| c["kind"].as_str().expect("kind"))
        .collect();
    assert_eq!(
        kinds,
        [
            "improved",
            "improved",
            "unchanged",
            "regressed",
            "improved",
            "unchanged"
        ]
    );
    // One folder with every quarter's returns: merged once per quarter.
    let all = dir.path().join("kaikki");
    std::fs::create_dir_all(&all).expect("dir");
    for folder in &folders {
        for entry in std::fs::read_dir(folder).expect("folder") {
            let path = entry.expect("entry").path();
            std::fs::copy(&path, all.join(path.file_name().expect("name"))).expect("copy");
        }
    }
    let pooled = compare(&[&all], &dir.path().join("kaikki.xlsx"));
    assert_eq!(pooled["history"], report["history"]);
    // The same returns given file by file: one set, split by quarter.
    let mut files: Vec<PathBuf> = std::fs::read_dir(&all)
        .expect("folder")
        .map(|e| e.expect("entry").path())
        .collect();
    files.sort();
    let loose: Vec<&Path> = files.iter().map(PathBuf::as_path).collect();
    let by_file = compare(&loose, &dir.path().join("tiedostot.xlsx"));
    assert_eq!(by_file["history"], report["history"]);
    assert!(
        !pooled["findings"].to_string().contains("other_period"),
        "the other quarters are no left-out files"
    );
    let mut book = open_workbook_auto(&out).expect("opens");
    let kehitys = book.worksheet_range("Kehitys").expect("Kehitys");
    let rows: Vec<Vec<String>> = kehitys
        .rows()
        .map(|r| r.iter().map(ToString::to_string).collect())
        .collect();
    let stalled_at = rows
        .iter()
        .position(|r| r[0] == "Kesken vähintään kolmena neljänneksenä")
        .expect("stalled table");
    let stalled: Vec<&Vec<String>> = rows[stalled_at + 2..]
        .iter()
        .take_while(|r| !r[0].is_empty())
        .collect();
    // The second in all four quarters, the third in three; not the first.
    let stalled: Vec<(&str, &str)> = stalled
        .iter()
        .map(|r| (r[0].as_str(), r[4].as_str()))
        .collect();
    assert_eq!(stalled, [(ids[1].as_str(), "4"), (ids[2].as_str(), "3")]);
    let text = rows.concat().join("\n");
    assert!(text.contains("Kauteen Q3/2025 verrattuna"), "{text}");
    assert!(
        text.contains(
            "Vastausten tilat kausilla Q1/2025 ja Q4/2025: Ei aloitettu 1 → 0, Kesken 2 → 2, Valmis 0 → 1."
        ),
        "{text}"
    );
    assert!(
        text.contains("Kaksi toimenpidettä on ollut kesken vähintään kolmena neljänneksenä."),
        "{text}"
    );
    assert!(text.contains("Tilat kausittain"), "{text}");
}

#[test]
fn a_new_programme_version_shows_renamed_added_and_removed_measures() {
    let dir = tempfile::tempdir().expect("tempdir");
    let [_, d2024, _] = siun_years(dir.path());
    let bundled = siun_toml();
    // Version 2: 1.1 reworded, 1.3 dropped and 1.4 added in its place.
    let old_1_1 = "Luomme osallisuuden verkkosivun ja painettavan oppaan, joilla teemme osallistumisen mahdollisuudet näkyväksi.";
    let old_1_3 = "id = \"1.3\"\ntext = \"Asukkaita ja asiakkaita osallistetaan verkkosivujen uudistukseen.\"";
    assert!(bundled.contains(old_1_1) && bundled.contains(old_1_3));
    let v2 = bundled
        .replace("version = 1", "version = 2")
        .replace(old_1_1, "Uudistamme osallisuuden verkkosivun.")
        .replace(
            old_1_3,
            "id = \"1.4\"\ntext = \"Kokeilemme osallistuvaa budjetointia.\"",
        );
    let toml = dir.path().join("siun-v2.toml");
    std::fs::write(&toml, &v2).expect("write");
    let programme = koonti_programme::load(toml.to_str().expect("utf-8")).expect("v2 loads");
    let d2025 = round_of(
        &programme,
        "2025",
        &[("Pelastuslaitos", &[("1.1", I), ("1.4", P), ("2.1", I)])],
        &dir.path().join("2025-v2"),
    );
    let w2025 = dir.path().join("koonti-2025.xlsx");
    run(
        koonti()
            .arg("merge")
            .arg(&d2025)
            .arg("-o")
            .arg(&w2025)
            .arg("--programme")
            .arg(&toml),
        true,
    );
    let report = compare(&[&w2025, &d2024], &dir.path().join("kehitys.xlsx"));
    let changes: Vec<(String, String)> = report["history"]["measure_changes"]
        .as_array()
        .expect("measure_changes")
        .iter()
        .map(|c| (c["measure"].to_string(), c["kind"].to_string()))
        .collect();
    let q = |t: &str| format!("\"{t}\"");
    assert_eq!(
        changes,
        [
            (q("1.1"), q("renamed")),
            (q("1.4"), q("added")),
            (q("1.3"), q("removed")),
        ]
    );
    let codes: Vec<&str> = report["findings"]
        .as_array()
        .expect("findings")
        .iter()
        .filter_map(|f| f["code"].as_str())
        .filter(|c| c.starts_with("measure_"))
        .collect();
    assert_eq!(
        codes,
        ["measure_renamed", "measure_added", "measure_removed"]
    );
    // 1.1 matched by id across the rewording: Pelastuslaitos P → I.
    let pelastus_1_1 = report["history"]["changes"]
        .as_array()
        .expect("changes")
        .iter()
        .find(|c| c["unit"] == "Pelastuslaitos" && c["measure"] == "1.1")
        .expect("1.1 change")
        .clone();
    assert_eq!(pelastus_1_1["kind"], "improved");
    let mut book = open_workbook_auto(dir.path().join("kehitys.xlsx")).expect("opens");
    let kehitys = book.worksheet_range("Kehitys").expect("Kehitys");
    let text: Vec<String> = kehitys.cells().map(|(_, _, c)| c.to_string()).collect();
    assert!(
        text.iter().any(|t| t == "Teksti muuttui (2024 → 2025)"),
        "{text:?}"
    );
    assert!(
        text.iter()
            .any(|t| t == "Uudistamme osallisuuden verkkosivun.")
    );
}

/// The bundled Siun sote definition as TOML.
fn siun_toml() -> String {
    std::fs::read_to_string(crate::util::root().join("templates/siun-sote-2023-2025.toml"))
        .expect("definition")
}

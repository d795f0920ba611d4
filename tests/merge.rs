//! `koonti merge`: outputs, the JSON contract, and what happens with bad
//! arguments and bad files.
use crate::util::{koonti, merge_json, run, samples};
use calamine::{Reader, open_workbook_auto};
use serde_json::Value;

#[test]
fn json_follows_the_documented_contract() {
    let dir = tempfile::tempdir().expect("tempdir");
    let report = merge_json(&[&samples()], dir.path(), &[]);
    let keys: Vec<&str> = report
        .as_object()
        .expect("object")
        .keys()
        .map(String::as_str)
        .collect();
    for key in [
        "programme",
        "period",
        "responses",
        "missing_units",
        "answers",
        "feedback",
        "unmatched",
        "findings",
        "support_requests",
        "sources",
    ] {
        assert!(keys.contains(&key), "{key} missing from {keys:?}");
    }
    assert!(
        report["programme"]["title"]
            .as_str()
            .is_some_and(|t| t.contains("Pohjois-Karjala"))
    );
    let responses = report["responses"].as_array().expect("responses");
    assert_eq!(responses.len(), 6);
    assert_eq!(responses[0]["files"][0], "Perhe- ja sosiaalipalvelut.xlsx");
    let answer = &report["answers"][0];
    for key in [
        "unit",
        "section",
        "measure",
        "measure_text",
        "status",
        "text",
        "items",
        "source",
    ] {
        assert!(!answer[key].is_null(), "answer.{key} missing: {answer}");
    }
    assert_eq!(answer["section"], "1");
    assert_eq!(answer["source"]["cell"], "A6");
    for finding in report["findings"].as_array().expect("findings") {
        for key in [
            "severity", "code", "unit", "file", "sheet", "cell", "message",
        ] {
            assert!(finding[key].is_string(), "finding.{key}: {finding}");
        }
        assert!(
            ["error", "warning", "info"].contains(&finding["severity"].as_str().expect("severity"))
        );
    }
    let contract = std::fs::read_to_string(crate::util::root().join("docs/json-contract.md"))
        .expect("contract documented");
    for key in keys {
        assert!(
            contract.contains(&format!("`{key}`")),
            "docs/json-contract.md does not describe {key}"
        );
    }
}

#[test]
fn workbook_has_the_committee_sheets_and_every_answer() {
    let dir = tempfile::tempdir().expect("tempdir");
    merge_json(&[&samples()], dir.path(), &[]);
    let mut workbook = open_workbook_auto(dir.path().join("koonti.xlsx")).expect("workbook opens");
    assert_eq!(
        workbook.sheet_names(),
        [
            "Yhteenveto",
            "Toimenpide 1",
            "Toimenpide 2",
            "Toimenpide 3",
            "Toimenpide 4",
            "Matriisi",
            "Vastaukset",
            "Vapaamuotoinen palaute",
            "Tukipyynnöt",
            "Puuttuvat",
            "Lähetä yksikölle",
            "Tarkista itse",
            "Nostot",
            "Tarkistukset",
            "Kohdistamattomat",
            "Lähteet",
            "_koonti_report",
        ]
    );
    let answers = workbook
        .worksheet_range("Vastaukset")
        .expect("answers sheet");
    assert_eq!(answers.height(), 1 + 6 * 13);
    let summary = workbook.worksheet_range("Yhteenveto").expect("summary");
    let rows: Vec<Vec<String>> = summary
        .rows()
        .map(|r| r.iter().map(ToString::to_string).collect())
        .collect();
    let measure_1_1 = rows.iter().find(|r| r[0] == "1.1").expect("row for 1.1");
    // 1.1: Osallisuustyöryhmä and Pelastuslaitos implemented; Hallinto partial;
    // Perhe- ja sosiaalipalvelut not; Ikäihmiset unanswered. Terveys had
    // nothing to comment and is left out of the counts.
    assert_eq!(&measure_1_1[2..7], ["2", "1", "1", "1", "5"]);
    let feedback = workbook
        .worksheet_range("Vapaamuotoinen palaute")
        .expect("feedback");
    assert_eq!(feedback.height(), 1 + 4);
}

#[test]
fn an_unreadable_file_is_a_finding_and_the_merge_goes_on() {
    let dir = tempfile::tempdir().expect("tempdir");
    let inputs = dir.path().join("vastaukset");
    std::fs::create_dir(&inputs).expect("mkdir");
    for entry in std::fs::read_dir(samples()).expect("samples") {
        let path = entry.expect("entry").path();
        std::fs::copy(&path, inputs.join(path.file_name().expect("name"))).expect("copy");
    }
    std::fs::write(inputs.join("rikki.xlsx"), b"this is not a workbook").expect("write");
    std::fs::write(inputs.join("~$Hallintopalvelut.xlsx"), b"lock").expect("write");
    let report = merge_json(&[&inputs], dir.path(), &[]);
    let findings = report["findings"].as_array().expect("findings");
    let broken: Vec<&Value> = findings
        .iter()
        .filter(|f| f["code"] == "unreadable_file")
        .collect();
    // The broken file is an error; the lock file is named too, as what it
    // is (issue 21: every input accounted for), as a note.
    assert_eq!(broken.len(), 2, "{findings:?}");
    let severity = |file: &str| {
        broken
            .iter()
            .find(|f| f["file"] == file)
            .map(|f| f["severity"].clone())
    };
    assert_eq!(severity("rikki.xlsx"), Some("error".into()));
    assert_eq!(severity("~$Hallintopalvelut.xlsx"), Some("info".into()));
    assert_eq!(report["responses"].as_array().expect("responses").len(), 6);
}

#[test]
fn nothing_to_merge_exits_non_zero_with_one_line() {
    let dir = tempfile::tempdir().expect("tempdir");
    let output = run(
        koonti()
            .arg("merge")
            .arg(dir.path())
            .arg("-o")
            .arg(dir.path().join("k.xlsx")),
        false,
    );
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.starts_with("koonti: Kohteesta ") && stderr.contains("ei löytynyt tiedostoja"),
        "{stderr}"
    );
    assert_eq!(stderr.trim_end().lines().count(), 1);
    assert!(!dir.path().join("k.xlsx").exists());
}

#[test]
fn output_over_an_input_is_refused_and_the_input_untouched() {
    let dir = tempfile::tempdir().expect("tempdir");
    let input = dir.path().join("Pelastuslaitos.xlsx");
    std::fs::copy(samples().join("Pelastuslaitos.xlsx"), &input).expect("copy");
    let before = std::fs::read(&input).expect("read");
    let output = run(
        koonti().arg("merge").arg(&input).arg("-o").arg(&input),
        false,
    );
    assert!(
        String::from_utf8_lossy(&output.stderr).contains("korvaisi yhden luettavista tiedostoista")
    );
    assert_eq!(std::fs::read(&input).expect("read"), before);
}

#[test]
fn unwritable_output_exits_non_zero_and_leaves_nothing() {
    let dir = tempfile::tempdir().expect("tempdir");
    let missing_dir = dir.path().join("ei-ole/koonti.xlsx");
    let output = run(
        koonti()
            .arg("merge")
            .arg(samples())
            .arg("-o")
            .arg(&missing_dir),
        false,
    );
    assert!(String::from_utf8_lossy(&output.stderr).contains("ei-ole"));
    assert!(!missing_dir.exists());
}

#[test]
fn programme_can_be_named_by_id_or_file_and_an_unknown_one_is_refused() {
    let dir = tempfile::tempdir().expect("tempdir");
    let by_id = merge_json(
        &[&samples()],
        dir.path(),
        &[
            "--programme",
            "siun-sote-2023-2025",
            "--period",
            "2024 (kevät)",
        ],
    );
    assert_eq!(by_id["period"], "2024 (kevät)");
    let file = crate::util::root().join("templates/siun-sote-2023-2025.toml");
    let by_file = merge_json(
        &[&samples()],
        dir.path(),
        &["--programme", file.to_str().expect("utf-8 path")],
    );
    assert_eq!(by_file["answers"], by_id["answers"]);
    let output = run(
        koonti()
            .arg("merge")
            .arg(samples())
            .args(["--programme", "ei-tällaista", "-o"])
            .arg(dir.path().join("x.xlsx")),
        false,
    );
    assert!(String::from_utf8_lossy(&output.stderr).contains("keusote-2020-2025"));
}

#[test]
fn files_answering_no_known_programme_need_programme_named() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("muu.xlsx");
    crate::util::write_rows(&path, &[&["Aivan", "muuta"], &["tekstiä", "täällä"]]);
    let output = run(
        koonti()
            .arg("merge")
            .arg(&path)
            .arg("-o")
            .arg(dir.path().join("k.xlsx")),
        false,
    );
    assert!(String::from_utf8_lossy(&output.stderr).contains("--programme"));
}

#[test]
fn a_read_only_output_is_refused_and_an_existing_one_replaced() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().expect("tempdir");
    let out = dir.path().join("koonti.xlsx");
    std::fs::write(&out, b"vanha").expect("write");
    let output = run(
        koonti().arg("merge").arg(samples()).arg("-o").arg(&out),
        true,
    );
    assert!(
        String::from_utf8_lossy(&output.stderr).contains("korvattu"),
        "says it replaced the old file"
    );
    assert!(std::fs::read(&out).expect("read").starts_with(b"PK"));
    std::fs::set_permissions(&out, std::fs::Permissions::from_mode(0o444)).expect("chmod");
    let before = std::fs::read(&out).expect("read");
    let output = run(
        koonti().arg("merge").arg(samples()).arg("-o").arg(&out),
        false,
    );
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("on kirjoitussuojattu"), "{stderr}");
    assert_eq!(std::fs::read(&out).expect("read"), before);
    let leftovers = std::fs::read_dir(dir.path()).expect("list").count();
    assert_eq!(leftovers, 1, "no temporary file left behind");
}

#[test]
fn merging_again_in_the_responses_folder_skips_the_earlier_output() {
    let dir = tempfile::tempdir().expect("tempdir");
    for entry in std::fs::read_dir(samples()).expect("samples") {
        let path = entry.expect("entry").path();
        std::fs::copy(&path, dir.path().join(path.file_name().expect("name"))).expect("copy");
    }
    let out = dir.path().join("koonti.xlsx");
    for round in 0..2 {
        let output = run(
            koonti()
                .arg("merge")
                .arg(dir.path())
                .arg("-o")
                .arg(&out)
                .args(["--json", "-"]),
            true,
        );
        let report: Value = serde_json::from_slice(&output.stdout).expect("json");
        assert_eq!(
            report["responses"].as_array().map(Vec::len),
            Some(6),
            "round {round}"
        );
        let skipped = report["findings"]
            .as_array()
            .expect("findings")
            .iter()
            .any(|f| f["code"] == "koonti_output_skipped");
        assert_eq!(skipped, round == 1, "round {round}");
    }
}


/// Writes a filled Siun sote response of `unit` whose file name carries the
/// period (`"Pelastuslaitos 2025.xlsx"`).
fn filled(dir: &Path, unit: &str, period: &str) -> std::path::PathBuf {
    let path = dir.join(format!("{unit} {period}.xlsx"));
    siun_response(&path, Some(unit), |id| !id.ends_with('2'));
    path
}

#[test]
fn one_report_one_period() {
    let dir = tempfile::tempdir().expect("tempdir");
    let input = dir.path().join("vastaukset");
    std::fs::create_dir_all(&input).expect("dir");
    filled(&input, "Pelastuslaitos", "2024");
    filled(&input, "Hallintopalvelut", "2025");
    filled(&input, "Ikäihmisten palvelut", "Q3-2025");
    let out = dir.path().join("koonti.xlsx");
    let output = koonti().arg("merge").arg(&input).arg("-o").arg(&out).output().expect("runs");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(1), "{stderr}");
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
    for (period, file) in [
        ("2024", "Pelastuslaitos 2024.xlsx"),
        ("2025", "Hallintopalvelut 2025.xlsx"),
        ("Q3/2025", "Ikäihmisten palvelut Q3-2025.xlsx"),
    ] {
        assert!(stderr.contains(&format!("{period}: {file}")), "{stderr}");
    }
    assert!(stderr.contains("--period"), "{stderr}");
    assert!(!out.exists());
    let report = merge_json(&[&input], dir.path(), &["--period", "2025"]);
    assert_eq!(report["period"], "2025");
    let units: Vec<&str> = report["responses"]
        .as_array()
        .expect("responses")
        .iter()
        .filter_map(|r| r["unit"].as_str())
        .collect();
    assert_eq!(units, ["Hallintopalvelut"]);
    let left_out: Vec<String> = report["findings"]
        .as_array()
        .expect("findings")
        .iter()
        .filter(|f| f["code"] == "other_period")
        .map(|f| format!("{} {}", f["file"], f["message"]))
        .collect();
    assert_eq!(left_out.len(), 2, "{left_out:?}");
    assert!(left_out.iter().any(|f| f.contains("Pelastuslaitos 2024.xlsx") && f.contains("2024")));
    assert!(left_out.iter().any(|f| f.contains("Q3-2025.xlsx") && f.contains("Q3/2025")));
}

#[test]
fn the_period_is_read_from_hidden_metadata_first() {
    let dir = tempfile::tempdir().expect("tempdir");
    templates("siun-sote-2023-2025", "Q2/2025", dir.path());
    // The hidden sheet says Q2/2025; a file name saying 2023 does not win.
    let template = std::fs::read_dir(dir.path())
        .expect("templates")
        .filter_map(Result::ok)
        .map(|e| e.path())
        .find(|p| p.to_string_lossy().contains("Pelastuslaitos"))
        .expect("Pelastuslaitos template");
    let renamed = dir.path().join("vastaus 2023.xlsx");
    std::fs::rename(&template, &renamed).expect("rename");
    let filled = dir.path().join("täytetty");
    std::fs::create_dir_all(&filled).expect("dir");
    // A feedback-only answer is enough to be a response: fill none, so the
    // merge of the blank template still reports the period it read.
    let report = merge_json(&[&renamed], dir.path(), &["--programme", "siun-sote-2023-2025"]);
    assert_eq!(report["period"], "", "a blank template is no response");
    let output = koonti()
        .arg("check")
        .arg(&renamed)
        .output()
        .expect("runs");
    assert!(String::from_utf8_lossy(&output.stdout).contains("tyhjänä"));
}

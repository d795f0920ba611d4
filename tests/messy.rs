//! The messy corpus (crates/samples/src/messy): every variation units
//! produce is read with every status, item, extra value and feedback exact.
use crate::util::{koonti, merge_json, run, soffice_convert_all};
use koonti_samples::messy::{Case, cases};
use serde_json::Value;
use std::path::{Path, PathBuf};

fn write_case(case: &Case, dir: &Path) -> PathBuf {
    let folder = dir.join(case.name);
    std::fs::create_dir_all(&folder).expect("mkdir");
    for file in &case.files {
        file.write(&folder).expect("case written");
    }
    folder
}

fn strings(value: &Value) -> Vec<String> {
    value.as_array().map_or_else(Vec::new, |a| {
        a.iter()
            .map(|v| v.as_str().unwrap_or_default().to_string())
            .collect()
    })
}

/// Asserts that `report` is exactly what `case` must read as.
fn assert_case(case: &Case, report: &Value, label: &str) {
    let name = format!("{} ({label}): {}", case.name, case.shows);
    let units: Vec<&str> = report["responses"]
        .as_array()
        .expect("responses")
        .iter()
        .map(|r| r["unit"].as_str().unwrap_or_default())
        .collect();
    assert_eq!(units, [case.unit], "{name}");
    let answers = report["answers"].as_array().expect("answers");
    assert_eq!(answers.len(), case.answers.len(), "{name}");
    for expected in &case.answers {
        let answer = answers
            .iter()
            .find(|a| a["measure"] == expected.measure)
            .unwrap_or_else(|| panic!("{name}: {} missing", expected.measure));
        let at = format!("{name}, measure {}", expected.measure);
        assert_eq!(answer["status"], expected.status.as_str(), "{at}");
        assert_eq!(strings(&answer["items"]), expected.items, "{at}");
        let extra: Vec<(String, String)> = answer["extra"].as_array().map_or_else(Vec::new, |e| {
            e.iter()
                .map(|x| {
                    (
                        x["header"].as_str().unwrap_or_default().to_string(),
                        x["text"].as_str().unwrap_or_default().to_string(),
                    )
                })
                .collect()
        });
        assert_eq!(extra, expected.extra, "{at}");
    }
    let feedback: Vec<String> = report["feedback"]
        .as_array()
        .expect("feedback")
        .iter()
        .map(|f| f["text"].as_str().unwrap_or_default().to_string())
        .collect();
    assert_eq!(feedback, case.feedback, "{name}");
    let codes: Vec<&str> = report["findings"]
        .as_array()
        .expect("findings")
        .iter()
        .map(|f| f["code"].as_str().unwrap_or_default())
        .collect();
    for code in &case.findings {
        assert!(
            codes.contains(code),
            "{name}: finding {code} missing from {codes:?}"
        );
    }
    for finding in report["findings"].as_array().expect("findings") {
        assert_ne!(finding["severity"], "error", "{name}: {finding}");
    }
    let unmatched = report["unmatched"].as_array().expect("unmatched");
    assert_eq!(unmatched.len(), case.unmatched, "{name}: {unmatched:?}");
}

#[test]
fn every_messy_case_reads_exactly() {
    let dir = tempfile::tempdir().expect("tempdir");
    for case in cases() {
        let folder = write_case(&case, dir.path());
        let report = merge_json(&[&folder], dir.path(), &["--programme", case.programme]);
        assert_case(&case, &report, "xlsx");
    }
}

#[test]
fn messy_cases_detect_their_programme() {
    let dir = tempfile::tempdir().expect("tempdir");
    for case in cases() {
        let folder = write_case(&case, dir.path());
        let report = merge_json(&[&folder], dir.path(), &[]);
        assert_eq!(report["programme"]["id"], case.programme, "{}", case.name);
    }
}

#[test]
fn messy_cases_resaved_by_libreoffice_read_the_same() {
    let dir = tempfile::tempdir().expect("tempdir");
    let cases = cases();
    let mut files = Vec::new();
    for case in &cases {
        let folder = write_case(case, dir.path());
        files.extend(case.files.iter().map(|f| folder.join(&f.file_name)));
    }
    for format in ["ods", "xls:MS Excel 97"] {
        let out = dir.path().join(format.split(':').next().unwrap_or(format));
        std::fs::create_dir_all(&out).expect("mkdir");
        let Some(converted) = soffice_convert_all(&files, format, &out) else {
            return;
        };
        for case in &cases {
            // Each case's converted files, in a folder of their own.
            let folder = out.join(case.name);
            std::fs::create_dir_all(&folder).expect("mkdir");
            for file in &case.files {
                let stem = Path::new(&file.file_name).file_stem().expect("stem");
                let from = converted
                    .iter()
                    .find(|c| c.file_stem() == Some(stem) && c.parent() == Some(&out))
                    .expect("converted");
                let to = folder.join(from.file_name().expect("name"));
                std::fs::copy(from, &to).expect("copy");
                // LibreOffice stamps its own save time; keep the case's order.
                let modified = if file.modified.1 == 4 {
                    1_700_000_000
                } else {
                    1_710_000_000
                };
                set_mtime(&to, modified);
            }
            let report = merge_json(&[&folder], dir.path(), &["--programme", case.programme]);
            assert_case(&as_resaved(case, format), &report, format);
        }
    }
}

/// What a case reads as after LibreOffice re-saved it. LibreOffice 7.4
/// writes the cached result of a string formula as the number 0 in .xls
/// (xlrd reads the same), so the formula mark is lost there: koonti keeps the
/// 0 with the answer and reports it, as it must.
fn as_resaved(case: &Case, format: &str) -> Case {
    let mut case = case.clone();
    if case.name == "merkinnat"
        && format.starts_with("xls")
        && let Some(answer) = case.answers.iter_mut().find(|a| a.measure == "1.1")
    {
        answer.status = "unanswered".into();
        answer.extra = vec![("Toimenpide on toteutunut".into(), "0".into())];
    }
    case
}

fn set_mtime(path: &Path, secs: u64) {
    let file = std::fs::File::options()
        .write(true)
        .open(path)
        .expect("open");
    file.set_modified(std::time::UNIX_EPOCH + std::time::Duration::from_secs(secs))
        .expect("set mtime");
}

#[test]
fn check_lists_findings_per_file_and_fails_on_errors() {
    let dir = tempfile::tempdir().expect("tempdir");
    let case = cases()
        .into_iter()
        .find(|c| c.name == "merkinnat")
        .expect("case");
    let folder = write_case(&case, dir.path());
    let output = run(koonti().arg("check").arg(&folder), true);
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(
        stdout.contains("pelastus.xlsx (Pelastuslaitos):"),
        "{stdout}"
    );
    assert!(
        stdout.contains("merkitty sekä toteutuneeksi että ei toteutuneeksi"),
        "{stdout}"
    );
    assert!(stdout.contains("”osittain”"), "{stdout}");
    std::fs::write(folder.join("rikki.xlsx"), b"PK\x03\x04 not really").expect("write");
    let output = run(koonti().arg("check").arg(&folder), false);
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(stdout.contains("rikki.xlsx"), "{stdout}");
    assert!(stdout.contains("VIRHE"), "{stdout}");
}

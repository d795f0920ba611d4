//! Findings in the output language: `--lang sv` / `--lang en` word them in
//! Swedish / English in the workbook, the JSON `message` and `koonti check`,
//! while the JSON `code` stays the same.
use crate::util::{koonti, merge_json, run, samples};
use calamine::{Reader, open_workbook_auto};
use serde_json::Value;
use std::path::Path;

/// The samples' Hallintopalvelut marks measure 1.1 both ways.
const BOTH_MARKED: [(&str, &str); 3] = [
    (
        "fi",
        "Toimenpide 1.1 on merkitty sekä toteutuneeksi että ei toteutuneeksi; tulkittu osittain toteutuneeksi.",
    ),
    (
        "sv",
        "Åtgärd 1.1 är markerad både som genomförd och som inte genomförd; den har tolkats som delvis genomförd.",
    ),
    (
        "en",
        "Measure 1.1 is marked both as implemented and as not implemented; it has been read as partially implemented.",
    ),
];

/// (code, file, cell, message) of every finding of a JSON report.
fn findings(report: &Value) -> Vec<[String; 4]> {
    report["findings"]
        .as_array()
        .expect("findings")
        .iter()
        .map(|f| ["code", "file", "cell", "message"].map(|k| f[k].as_str().expect(k).to_string()))
        .collect()
}

/// (cell, message) of each row of the findings sheet of a workbook (under
/// its note and header; the codes are only in the JSON).
fn findings_sheet(workbook: &Path, sheet: &str) -> Vec<(String, String)> {
    let mut workbook = open_workbook_auto(workbook).expect("workbook opens");
    let range = workbook.worksheet_range(sheet).expect("findings sheet");
    range
        .rows()
        .skip(2)
        .map(|r| (r[4].to_string(), r[5].to_string()))
        .collect()
}

#[test]
fn merge_words_findings_in_the_output_language() {
    let dir = tempfile::tempdir().expect("tempdir");
    let finnish = findings(&merge_json(&[&samples()], dir.path(), &[]));
    assert!(!finnish.is_empty());
    for (lang, sheet) in [("sv", "Kontroller"), ("en", "Checks")] {
        let worded = findings(&merge_json(&[&samples()], dir.path(), &["--lang", lang]));
        assert_eq!(worded.len(), finnish.len());
        for (fi, other) in finnish.iter().zip(&worded) {
            assert_eq!(fi[..3], other[..3], "code and place stay the same");
            assert_ne!(fi[3], other[3], "{lang}: {} still in Finnish", fi[0]);
        }
        let expected = BOTH_MARKED
            .iter()
            .find(|(l, _)| *l == lang)
            .expect("lang")
            .1;
        assert!(
            worded
                .iter()
                .any(|f| f[0] == "both_marked" && f[3] == expected),
            "{worded:?}"
        );
        let rows = findings_sheet(&dir.path().join("koonti.xlsx"), sheet);
        let messages: Vec<&str> = worded.iter().map(|f| f[3].as_str()).collect();
        assert_eq!(rows.len(), worded.len());
        for (cell, message) in &rows {
            assert!(
                messages.contains(&message.as_str()),
                "{lang}: {cell}: {message}"
            );
        }
        assert!(rows.iter().any(|(c, m)| c == "A6" && m == expected));
    }
}

#[test]
fn check_words_findings_in_the_output_language() {
    let fi = run(koonti().arg("check").arg(samples()), true);
    let fi = String::from_utf8_lossy(&fi.stdout);
    assert!(
        fi.contains(&format!("Vastaukset!A6: huomio: {}", BOTH_MARKED[0].1)),
        "{fi}"
    );
    assert!(fi.contains("Tarkistettu 6 vastausta"), "{fi}");
    for (lang, warning, total) in [
        ("sv", "varning", "Kontrollerade 6 svar"),
        ("en", "warning", "Checked 6 responses"),
    ] {
        let output = run(
            koonti().args(["check", "--lang", lang]).arg(samples()),
            true,
        );
        let stdout = String::from_utf8_lossy(&output.stdout);
        let expected = BOTH_MARKED
            .iter()
            .find(|(l, _)| *l == lang)
            .expect("lang")
            .1;
        assert!(
            stdout.contains(&format!("Vastaukset!A6: {warning}: {expected}")),
            "{stdout}"
        );
        assert!(stdout.contains(total), "{stdout}");
        assert!(!stdout.contains("kunnossa"), "{stdout}");
    }
}

#[test]
fn the_stored_report_keeps_codes_with_their_arguments() {
    let dir = tempfile::tempdir().expect("tempdir");
    merge_json(&[&samples()], dir.path(), &["--lang", "en"]);
    let mut workbook = open_workbook_auto(dir.path().join("koonti.xlsx")).expect("workbook");
    let range = workbook
        .worksheet_range("_koonti_report")
        .expect("stored report");
    let json: String = range.rows().map(|r| r[0].to_string()).collect();
    let stored: Value = serde_json::from_str(&json).expect("stored JSON");
    let both = stored["report"]["findings"]
        .as_array()
        .expect("findings")
        .iter()
        .find(|f| f["code"] == "both_marked" && f["args"]["measure"] == "1.1")
        .expect("both_marked of 1.1 stored with its measure");
    assert_eq!(both["args"]["code"], "both_marked");
    assert_eq!(both["message"], BOTH_MARKED[2].1);
}

//! Bad input: each case is a clear finding naming the file, and the merge
//! goes on with the others (exit 0, the workbook written).
use crate::util::{merge_json, root, samples, zip_of};
use serde_json::Value;
use std::path::{Path, PathBuf};

/// A folder holding one good response and the given bad files.
fn folder_with(dir: &Path, files: &[(&str, Vec<u8>)]) -> PathBuf {
    let folder = dir.join("saapuneet");
    std::fs::create_dir_all(&folder).expect("mkdir");
    std::fs::copy(
        samples().join("Hallintopalvelut.xlsx"),
        folder.join("Hallintopalvelut.xlsx"),
    )
    .expect("copy");
    for (name, bytes) in files {
        std::fs::write(folder.join(name), bytes).expect("write");
    }
    folder
}

fn finding_for<'a>(report: &'a Value, file: &str) -> &'a Value {
    report["findings"]
        .as_array()
        .expect("findings")
        .iter()
        .find(|f| f["file"] == file)
        .unwrap_or_else(|| panic!("no finding for {file}: {}", report["findings"]))
}

#[test]
fn every_kind_of_bad_file_is_named_and_the_merge_goes_on() {
    let dir = tempfile::tempdir().expect("tempdir");
    let good = std::fs::read(samples().join("Pelastuslaitos.xlsx")).expect("sample");
    let cases: Vec<(&str, Vec<u8>, &str)> = vec![
        ("tyhja.xlsx", Vec::new(), "tyhjä tiedosto"),
        (
            "katkennut.xlsx",
            good[..good.len() / 2].to_vec(),
            "rikkinäinen",
        ),
        (
            "paketti.xlsx",
            zip_of(&[("kuva.png", b"not a picture")]),
            "zip-paketti",
        ),
        (
            "salattu.xlsx",
            std::fs::read(root().join("tests/fixtures/salattu.xlsx")).expect("fixture"),
            "salasanalla",
        ),
        (
            "kysely.xls",
            b"<!DOCTYPE html><html><body><table><tr><td>x</td></tr></table></body></html>".to_vec(),
            "HTML-sivu",
        ),
        (
            "vienti.xls",
            b"yksikko;toimenpide;tila\nHallinto;1.1;x\n".to_vec(),
            "CSV",
        ),
        (
            "muistio.xlsx",
            zip_of(&[
                ("[Content_Types].xml", b"<Types/>"),
                ("word/document.xml", b"<w:document/>"),
            ]),
            "Word-asiakirja",
        ),
        ("raportti.xlsx", b"%PDF-1.7\n1 0 obj\n".to_vec(), "PDF"),
    ];
    let files: Vec<(&str, Vec<u8>)> = cases.iter().map(|(n, b, _)| (*n, b.clone())).collect();
    let folder = folder_with(dir.path(), &files);
    let report = merge_json(&[&folder], dir.path(), &[]);
    for (name, _, says) in &cases {
        let finding = finding_for(&report, name);
        assert_eq!(finding["severity"], "error", "{name}");
        assert_eq!(finding["code"], "unreadable_file", "{name}");
        assert!(
            finding["message"]
                .as_str()
                .is_some_and(|m| m.contains(says)),
            "{name}: {finding}"
        );
    }
    assert_eq!(report["responses"].as_array().map(Vec::len), Some(1));
    assert!(dir.path().join("koonti.xlsx").exists());
}

#[test]
fn an_xls_that_is_really_an_xlsx_is_read() {
    let dir = tempfile::tempdir().expect("tempdir");
    let bytes = std::fs::read(samples().join("Pelastuslaitos.xlsx")).expect("sample");
    let folder = folder_with(dir.path(), &[("Pelastuslaitos.xls", bytes)]);
    let report = merge_json(&[&folder], dir.path(), &[]);
    assert_eq!(
        report["responses"].as_array().map(Vec::len),
        Some(2),
        "{}",
        report["findings"]
    );
}

#[test]
fn a_stray_value_in_the_last_cell_costs_nothing() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("hajalla.xlsx");
    let mut workbook = rust_xlsxwriter::Workbook::new();
    let sheet = workbook.add_worksheet();
    sheet
        .write_string(0, 0, "Toimialue: Pelastuslaitos")
        .expect("cell");
    sheet
        .write_string(1_048_575, 16_383, "hukassa")
        .expect("cell");
    workbook.save(&path).expect("save");
    assert!(std::fs::metadata(&path).expect("meta").len() < 10_000);
    let report = merge_json(
        &[&path],
        dir.path(),
        &["--programme", "siun-sote-2023-2025"],
    );
    let unmatched = report["unmatched"].as_array().expect("unmatched");
    assert_eq!(unmatched.len(), 1);
    assert_eq!(unmatched[0]["cell"], "XFD1048576");
    assert_eq!(unmatched[0]["text"], "hukassa");
}

#[test]
fn thousands_of_unrelated_files_are_passed_over() {
    let dir = tempfile::tempdir().expect("tempdir");
    let folder = folder_with(dir.path(), &[]);
    let junk = folder.join("liitteet");
    std::fs::create_dir(&junk).expect("mkdir");
    for i in 0..3000 {
        std::fs::write(junk.join(format!("kuva{i}.jpg")), b"jpeg").expect("write");
    }
    let started = std::time::Instant::now();
    let report = merge_json(&[&folder], dir.path(), &[]);
    assert!(started.elapsed().as_secs() < 20);
    assert_eq!(report["responses"].as_array().map(Vec::len), Some(1));
}

/// The programme is detected from the first workbooks that read, not the
/// first files: sixty broken files sorting before the one response must
/// not leave detection with nothing to go on.
#[test]
fn the_programme_is_detected_past_a_run_of_unreadable_files() {
    let dir = tempfile::tempdir().expect("tempdir");
    let broken: Vec<(String, Vec<u8>)> = (0..60)
        .map(|i| (format!("0-rikki-{i:02}.xlsx"), Vec::new()))
        .collect();
    let files: Vec<(&str, Vec<u8>)> = broken
        .iter()
        .map(|(name, bytes)| (name.as_str(), bytes.clone()))
        .collect();
    let folder = folder_with(dir.path(), &files);
    let report = merge_json(&[&folder], dir.path(), &[]);
    assert_eq!(report["programme"]["id"], "siun-sote-2023-2025");
    assert_eq!(report["responses"].as_array().map(Vec::len), Some(1));
    let unreadable = report["findings"]
        .as_array()
        .expect("findings")
        .iter()
        .filter(|f| f["code"] == "unreadable_file")
        .count();
    assert_eq!(unreadable, 60);
}

/// Sets the declared uncompressed size of `entry` in a zip's central
/// directory, as a zip bomb declares gigabytes behind a few kilobytes.
fn claim_size(zip: &mut [u8], entry: &str, size: u32) {
    let name = entry.as_bytes();
    let at = zip
        .windows(4)
        .enumerate()
        .filter(|(_, w)| *w == b"PK\x01\x02")
        .map(|(i, _)| i)
        .find(|i| zip.get(i + 46..i + 46 + name.len()) == Some(name))
        .expect("central directory entry");
    zip[at + 24..at + 28].copy_from_slice(&size.to_le_bytes());
}

#[test]
fn a_sheet_claiming_gigabytes_is_refused_before_it_is_inflated() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut bomb = std::fs::read(samples().join("Pelastuslaitos.xlsx")).expect("sample");
    claim_size(&mut bomb, "xl/worksheets/sheet1.xml", 0xFFFF_FF00);
    let folder = folder_with(dir.path(), &[("pommi.xlsx", bomb)]);
    let report = merge_json(&[&folder], dir.path(), &[]);
    let finding = finding_for(&report, "pommi.xlsx");
    assert_eq!(finding["code"], "file_too_large", "{finding}");
    assert!(
        finding["message"]
            .as_str()
            .is_some_and(|m| m.contains("purettuna")),
        "{finding}"
    );
    assert_eq!(report["responses"].as_array().map(Vec::len), Some(1));
}

/// Two files the fuzz target found that made calamine allocate until the
/// process died (gigabytes in seconds): each is now an `unreadable_file`
/// finding, read in a moment, and the good response beside them merges.
#[test]
fn files_that_once_exhausted_memory_are_refused_at_once() {
    let dir = tempfile::tempdir().expect("tempdir");
    let fixture =
        |name: &str| std::fs::read(root().join("tests/fixtures").join(name)).expect("fixture");
    let folder = folder_with(
        dir.path(),
        &[
            ("silmukka.xls", fixture("fuzz-cfb-silmukka.xls")),
            ("rikki.ods", fixture("fuzz-ods-rikki.ods")),
        ],
    );
    let started = std::time::Instant::now();
    let report = merge_json(&[folder.as_path()], dir.path(), &[]);
    assert!(
        started.elapsed().as_secs() < 20,
        "took {:?}",
        started.elapsed()
    );
    for file in ["silmukka.xls", "rikki.ods"] {
        let finding = finding_for(&report, file);
        assert_eq!(finding["code"], "unreadable_file", "{finding}");
    }
    assert_eq!(report["responses"].as_array().map(Vec::len), Some(1));
}

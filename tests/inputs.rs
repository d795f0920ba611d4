//! Every input accounted for (issue 21): each file given or found is read,
//! or named as skipped with its reason on the console, in the workbook's
//! sheets and in the JSON; packages (.zip, .eml) are opened; a copy is one
//! response; nothing readable is a refusal naming what was given.
use crate::util::{ENGLISH_OR_CODES, koonti, samples, secretary_folder, zip_of};
use std::process::Output;

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

fn merge(args: &[&std::ffi::OsStr]) -> Output {
    koonti()
        .arg("merge")
        .args(args)
        .env_remove("KOONTI_LANG")
        .output()
        .expect("koonti runs")
}

fn assert_plain_finnish(said: &str) {
    for word in ENGLISH_OR_CODES {
        assert!(!said.contains(word), "{word:?} in {said}");
    }
}

#[test]
fn a_secretarys_folder_is_accounted_for_file_by_file() {
    let dir = tempfile::tempdir().expect("tempdir");
    let folder = secretary_folder(dir.path(), "Vastaukset 2024");
    let json = dir.path().join("k.json");
    let output = merge(&[
        folder.as_os_str(),
        "-o".as_ref(),
        dir.path().join("k.xlsx").as_os_str(),
        "--json".as_ref(),
        json.as_os_str(),
    ]);
    let said = text(&output.stderr);
    assert!(output.status.success(), "{said}");
    assert_plain_finnish(&said);
    // The unit that sent a PDF is missing, and the missing list says what it sent.
    assert!(
        said.contains(
            "Pelastuslaitos – lähetti tiedoston Pelastuslaitos.pdf: PDF-tiedosto, ei Excel-taulukko"
        ),
        "{said}"
    );
    // Grouped by unit, then the summary and the missing units last.
    let lines: Vec<&str> = said.lines().collect();
    let summary = lines
        .iter()
        .position(|l| l.starts_with("koonti: "))
        .expect("summary");
    assert!(
        lines[summary..]
            .iter()
            .any(|l| l.starts_with("Puuttuvat (1 yksikkö)")),
        "{said}"
    );
    assert!(lines[..summary].contains(&"Hallintopalvelut:"), "{said}");
    assert!(
        said.contains("5 vastausta (6 odotetusta), 1 puuttuu"),
        "{said}"
    );

    let report: serde_json::Value =
        serde_json::from_slice(&std::fs::read(&json).expect("json")).expect("parse");
    let sources: Vec<&str> = report["sources"]
        .as_array()
        .expect("sources")
        .iter()
        .map(|s| s["file"].as_str().expect("file"))
        .collect();
    for name in [
        "Pelastuslaitos.pdf",
        "Hallintopalvelut (2).xlsx",
        "Uusi laskentataulukko.xlsx",
        "~$Hallintopalvelut.xlsx",
        "saate.txt",
    ] {
        assert!(sources.contains(&name), "{name} not in {sources:?}");
    }
    let findings = report["findings"].as_array().expect("findings");
    let copy: Vec<&serde_json::Value> = findings
        .iter()
        .filter(|f| f["file"] == "Hallintopalvelut (2).xlsx")
        .collect();
    assert_eq!(
        copy.len(),
        1,
        "the copy's findings are shown once: {copy:?}"
    );
    assert_eq!(copy[0]["code"], "identical_copy");
    assert_eq!(copy[0]["severity"], "info");
    assert_eq!(report["responses"].as_array().map(Vec::len), Some(5));

    // Each file's size on Lähteet is its size on disk; a file never read
    // (the lock file) shows none rather than "0".
    use calamine::Reader;
    let mut book = calamine::open_workbook_auto(dir.path().join("k.xlsx")).expect("workbook");
    let sources = book.worksheet_range("Lähteet").expect("Lähteet");
    let mut checked = 0;
    for row in sources.rows().skip(2) {
        let (file, size) = (row[0].to_string(), row[6].to_string());
        let on_disk = std::fs::metadata(folder.join(&file)).expect("file").len();
        if file.starts_with("~$") {
            assert_eq!(size, "", "{file} was never read");
        } else {
            assert_eq!(size, on_disk.to_string(), "{file}");
            checked += 1;
        }
    }
    assert!(checked >= 8, "{checked} sizes");
}

#[test]
fn only_a_pdf_is_refused_naming_it_and_nothing_is_written() {
    let dir = tempfile::tempdir().expect("tempdir");
    let pdf = dir.path().join("Pelastuslaitos.pdf");
    std::fs::write(&pdf, b"%PDF-1.4\n").expect("write");
    let out = dir.path().join("koonti.xlsx");
    for programme in [None, Some("siun-sote-2023-2025")] {
        let mut args = vec![pdf.as_os_str(), "-o".as_ref(), out.as_os_str()];
        if let Some(id) = programme {
            args.extend(["--programme".as_ref(), std::ffi::OsStr::new(id)]);
        }
        let output = merge(&args);
        let said = text(&output.stderr);
        assert_eq!(output.status.code(), Some(1), "{said}");
        assert!(
            said.contains("Pelastuslaitos.pdf (PDF-tiedosto, ei Excel-taulukko)"),
            "{said}"
        );
        assert_plain_finnish(&said);
        assert!(!out.exists());
    }
}

#[test]
fn returns_in_a_zip_and_in_a_saved_email_are_read() {
    let dir = tempfile::tempdir().expect("tempdir");
    let read = |name: &str| std::fs::read(samples().join(name)).expect("sample");
    let (a, b) = (read("Hallintopalvelut.xlsx"), read("Pelastuslaitos.xlsx"));
    std::fs::write(
        dir.path().join("Vastaukset.zip"),
        zip_of(&[("Hallintopalvelut.xlsx", &a), ("ohje.pdf", b"%PDF-1.4")]),
    )
    .expect("zip");
    let base64 = |bytes: &[u8]| {
        const ABC: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
        let mut out = String::new();
        for chunk in bytes.chunks(3) {
            let n = chunk
                .iter()
                .enumerate()
                .fold(0u32, |n, (i, b)| n | (u32::from(*b) << (16 - 8 * i)));
            for i in 0..4 {
                out.push(if i <= chunk.len() {
                    ABC[(n >> (18 - 6 * i) & 63) as usize] as char
                } else {
                    '='
                });
            }
        }
        out
    };
    let mail = format!(
        "From: Pelastuslaitos <p@example.fi>\r\nSubject: Vastaus\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=\"b1\"\r\n\r\n--b1\r\nContent-Type: text/plain\r\n\r\nHei!\r\n--b1\r\nContent-Type: application/octet-stream\r\nContent-Disposition: attachment; filename=\"Pelastuslaitos.xlsx\"\r\nContent-Transfer-Encoding: base64\r\n\r\n{}\r\n--b1--\r\n",
        base64(&b)
    );
    std::fs::write(dir.path().join("Vastaus.eml"), mail).expect("eml");
    let json = dir.path().join("k.json");
    let output = merge(&[dir.path().as_os_str(), "-o".as_ref(), json.as_os_str()]);
    assert!(output.status.success(), "{}", text(&output.stderr));
    let report: serde_json::Value =
        serde_json::from_slice(&std::fs::read(&json).expect("json")).expect("parse");
    let files: Vec<&str> = report["responses"]
        .as_array()
        .expect("responses")
        .iter()
        .map(|r| r["files"][0].as_str().expect("file"))
        .collect();
    assert_eq!(
        files,
        [
            "Vastaukset.zip › Hallintopalvelut.xlsx",
            "Vastaus.eml › Pelastuslaitos.xlsx"
        ]
    );
    let skipped = report["findings"]
        .as_array()
        .expect("findings")
        .iter()
        .any(|f| f["file"] == "Vastaukset.zip › ohje.pdf" && f["code"] == "unreadable_file");
    assert!(skipped, "the PDF in the zip is named");
}

//! `koonti appendix`: from responses, from a JSON report and from a
//! consolidated workbook; read back, converted to PDF, opened in Chromium.
use crate::util::{koonti, run, samples, soffice_convert};
use calamine::{Reader, Xlsx, open_workbook};
use std::path::{Path, PathBuf};
use std::process::Command;

/// The action titles of the samples' programme.
const ACTIONS: [&str; 4] = [
    "Toimenpide 1: Viestimme selkeästi ja monikanavaisesti",
    "Toimenpide 2: Luomme mahdollisuuksia osallistua ja vaikuttaa",
    "Toimenpide 3: Hyödynnämme asiakaspalautetta",
    "Toimenpide 4: Edistämme järjestöjen toimintaedellytyksiä ja vaikuttamismahdollisuuksia",
];

/// Runs `koonti appendix INPUT -o DIR/liite.xlsx --html DIR/liite.html`.
fn appendix(input: &Path, dir: &Path, extra: &[&str]) -> (PathBuf, PathBuf) {
    let (xlsx, html) = (dir.join("liite.xlsx"), dir.join("liite.html"));
    run(
        koonti()
            .arg("appendix")
            .arg(input)
            .arg("-o")
            .arg(&xlsx)
            .arg("--html")
            .arg(&html)
            .args(extra),
        true,
    );
    (xlsx, html)
}

fn cells(path: &Path) -> Vec<Vec<String>> {
    let mut book: Xlsx<_> = open_workbook(path).expect("appendix opens");
    let name = book.sheet_names()[0].clone();
    book.worksheet_range(&name)
        .expect("sheet")
        .rows()
        .map(|r| r.iter().map(ToString::to_string).collect())
        .collect()
}

#[test]
fn appendix_from_responses_has_a_page_per_action_with_counts_and_highlights() {
    let dir = tempfile::tempdir().expect("tempdir");
    let (xlsx, html) = appendix(&samples(), dir.path(), &[]);
    let rows = cells(&xlsx);
    let text = rows.concat().join("\n");
    for action in ACTIONS {
        assert!(text.contains(action), "{action}");
    }
    assert!(text.contains("Vastauksia saatiin kuusi kappaletta."));
    let measure = rows.iter().find(|r| r[0] == "1.1").expect("measure 1.1");
    // Terveys- ja sairaanhoitopalvelut had nothing to comment: left out.
    // Numbers, shown "2 / 5" by their format.
    assert_eq!(&measure[2..6], ["2", "1", "1", "1"]);
    assert!(
        measure[6].contains("(Osallisuustyöryhmä)"),
        "{}",
        measure[6]
    );
    assert!(
        measure[6].starts_with("• Verkkosivuille on luotu"),
        "{}",
        measure[6]
    );
    let page = std::fs::read_to_string(&html).expect("html");
    assert!(page.starts_with("<!DOCTYPE html>\n<html lang=\"fi\">"));
    assert!(page.contains("<th scope=\"col\"><span aria-hidden=\"true\">✓</span> Toteutunut</th>"));
}

#[test]
fn appendix_from_a_workbook_or_json_equals_the_one_from_responses() {
    let dir = tempfile::tempdir().expect("tempdir");
    let merged = dir.path().join("koonti-2024.xlsx");
    let json = dir.path().join("koonti-2024.json");
    run(
        koonti()
            .arg("merge")
            .arg(samples())
            .arg("-o")
            .arg(&merged)
            .arg("--json")
            .arg(&json),
        true,
    );
    let direct = tempfile::tempdir().expect("tempdir");
    let (_, direct_html) = appendix(&samples(), direct.path(), &[]);
    let expected = std::fs::read_to_string(direct_html).expect("html");
    for input in [&merged, &json] {
        let out = tempfile::tempdir().expect("tempdir");
        let (xlsx, html) = appendix(input, out.path(), &[]);
        assert_eq!(
            std::fs::read_to_string(html).expect("html"),
            expected,
            "{}",
            input.display()
        );
        assert!(cells(&xlsx).concat().join(" ").contains(ACTIONS[3]));
    }
    let out = tempfile::tempdir().expect("tempdir");
    let (_, html) = appendix(
        &merged,
        out.path(),
        &["--lang", "en", "--period", "2024 (spring)"],
    );
    let page = std::fs::read_to_string(html).expect("html");
    assert!(page.contains("<html lang=\"en\">"));
    assert!(page.contains("2024 (spring)"));
    assert!(page.contains("Six responses were received."));
}

#[test]
fn appendix_converts_to_pdf() {
    let dir = tempfile::tempdir().expect("tempdir");
    let (xlsx, _) = appendix(&samples(), dir.path(), &[]);
    let Some(pdf) = soffice_convert(&xlsx, "pdf", dir.path()) else {
        return;
    };
    let bytes = std::fs::read(&pdf).expect("pdf");
    assert!(
        bytes.starts_with(b"%PDF") && bytes.len() > 5_000,
        "{} bytes",
        bytes.len()
    );
}

/// The page's DOM as headless Chromium renders it; `None` with a notice
/// when Chromium is missing, except under CI where that fails.
fn chromium_dom(html: &Path) -> Option<String> {
    let browser = crate::util::external_tool(
        &["chromium", "chromium-browser", "google-chrome"],
        "chromium",
        "the HTML rendering test",
    )?;
    let profile = tempfile::tempdir().expect("profile");
    let output = Command::new(browser)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
        ])
        .arg(format!("--user-data-dir={}", profile.path().display()))
        .arg("--dump-dom")
        .arg(format!("file://{}", html.display()))
        .output()
        .expect("chromium runs");
    assert!(
        output.status.success(),
        "chromium: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    Some(String::from_utf8_lossy(&output.stdout).into_owned())
}

/// The text of a DOM: tags dropped, entities of the escaper undone.
fn dom_text(dom: &str) -> String {
    let mut text = String::new();
    let mut in_tag = false;
    for c in dom.chars() {
        match c {
            '<' => in_tag = true,
            '>' => in_tag = false,
            _ if !in_tag => text.push(c),
            _ => {}
        }
    }
    // A no-break space (which keeps "2 / 5" on one line) reads as a space.
    text.replace("&amp;", "&")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&nbsp;", " ")
        .replace('\u{a0}', " ")
}

#[test]
fn html_opens_in_chromium_with_every_action_and_the_counts() {
    let dir = tempfile::tempdir().expect("tempdir");
    let (_, html) = appendix(&samples(), dir.path(), &[]);
    let Some(dom) = chromium_dom(&html) else {
        return;
    };
    let text = dom_text(&dom);
    for action in ACTIONS {
        assert!(text.contains(action), "{action} not in the rendered page");
    }
    for count in [
        "Vastauksia saatiin kuusi kappaletta.",
        "2 / 5",
        "1 / 5",
        "4 / 5",
    ] {
        assert!(text.contains(count), "{count} not in the rendered page");
    }
    assert!(dom.contains("<caption>"));
}

/// The report sheet is streamed through a temporary file; without a usable
/// temporary folder it is built in memory, and the workbook still carries
/// the report.
#[test]
fn workbook_without_a_temporary_folder_still_carries_the_report() {
    let dir = tempfile::tempdir().expect("tempdir");
    let merged = dir.path().join("koonti.xlsx");
    run(
        koonti()
            .env("TMPDIR", dir.path().join("ei-ole"))
            .arg("merge")
            .arg(samples())
            .arg("-o")
            .arg(&merged),
        true,
    );
    let direct = tempfile::tempdir().expect("tempdir");
    let (_, direct_html) = appendix(&samples(), direct.path(), &[]);
    let out = tempfile::tempdir().expect("tempdir");
    let (_, html) = appendix(&merged, out.path(), &[]);
    assert_eq!(
        std::fs::read_to_string(html).expect("html"),
        std::fs::read_to_string(direct_html).expect("html")
    );
}

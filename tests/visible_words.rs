//! Issue 21: every word the secretary and the committee read in the
//! workbook is theirs. Every visible cell of the committee workbook, in
//! Finnish and in Swedish, is scanned for the engine's codes (`both_marked`,
//! `[partial]`, a unit "(?)", "TOML") and for English words, on a merge of
//! the samples and the whole messy corpus (duplicates, stray cells, odd
//! marks and layouts), so that every kind of finding and unmatched cell is
//! there to be read, and files the readers cannot open (their English
//! errors never shown in Finnish or Swedish).
use crate::util::{koonti, run, samples};
use calamine::{Reader, SheetVisible, open_workbook_auto};
use koonti_samples::messy::cases;
use std::collections::BTreeSet;
use std::path::Path;

/// Whether `word` (letters, digits, `_`) is an engine code: snake_case.
fn is_code(word: &str) -> bool {
    let parts: Vec<&str> = word.split('_').collect();
    parts.len() > 1
        && parts
            .iter()
            .all(|p| !p.is_empty() && p.chars().all(|c| c.is_ascii_lowercase()))
}

/// What is wrong with a visible text, if anything.
fn problems(text: &str) -> Vec<String> {
    let mut found = Vec::new();
    for token in ["(?)", "TOML", "toml"] {
        if text.contains(token) {
            found.push(format!("token {token:?}"));
        }
    }
    // "[partial]", "[implemented]": a status code in brackets.
    for (i, _) in text.match_indices('[') {
        let inner: String = text[i + 1..].chars().take_while(|c| *c != ']').collect();
        if !inner.is_empty()
            && inner.len() < 40
            && inner.chars().all(|c| c.is_ascii_lowercase() || c == '_')
        {
            found.push(format!("code [{inner}]"));
        }
    }
    for word in text.split(|c: char| !(c.is_alphanumeric() || c == '_')) {
        if is_code(word) {
            found.push(format!("code {word:?}"));
        }
    }
    for word in text.split_whitespace() {
        let bare = word
            .trim_matches(|c: char| !c.is_alphanumeric())
            .to_lowercase();
        if koonti_model::ENGLISH_WORDS.contains(&bare.as_str()) {
            found.push(format!("English {bare:?}"));
        }
    }
    found
}

/// The samples and every messy case, each case in a folder of its own.
fn secretary_folder(dir: &Path) -> std::path::PathBuf {
    let folder = dir.join("Vastaukset");
    std::fs::create_dir_all(&folder).expect("mkdir");
    for entry in std::fs::read_dir(samples()).expect("samples") {
        let path = entry.expect("entry").path();
        std::fs::copy(&path, folder.join(path.file_name().expect("name"))).expect("copy");
    }
    // A second, re-saved copy of one unit's return (same answers, other
    // bytes): one of the two is not used, and its answers are kept on
    // Kohdistamattomat with their statuses.
    let original = std::fs::read(samples().join("Hallintopalvelut.xlsx")).expect("sample");
    std::fs::write(folder.join("Hallintopalvelut (2).xlsx"), resaved(&original)).expect("copy");
    // Files the readers cannot open, each for its own reason: an old
    // Excel file whose container loops, an .ods without its content, a
    // return cut short, a return whose answers sheet is cut in half.
    let broken = folder.join("rikki");
    std::fs::create_dir_all(&broken).expect("mkdir");
    for fixture in ["fuzz-cfb-silmukka.xls", "fuzz-ods-rikki.ods"] {
        let from = crate::util::root().join("tests/fixtures").join(fixture);
        std::fs::copy(from, broken.join(fixture)).expect("fixture");
    }
    let cut = std::fs::read(samples().join("Pelastuslaitos.xlsx")).expect("sample");
    std::fs::write(broken.join("katkennut.xlsx"), &cut[..cut.len() / 2]).expect("cut");
    std::fs::write(broken.join("puolikas.xlsx"), half_a_sheet(&original)).expect("half");
    for case in cases() {
        let sub = folder.join(case.name);
        std::fs::create_dir_all(&sub).expect("mkdir");
        for file in &case.files {
            file.write(&sub).expect("case written");
        }
    }
    folder
}

/// The workbook with each sheet's XML cut in half: it opens, and its
/// sheets cannot be read.
fn half_a_sheet(xlsx: &[u8]) -> Vec<u8> {
    use std::io::{Read, Write};
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(xlsx)).expect("zip");
    let mut out = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    for i in 0..archive.len() {
        let mut entry = archive.by_index(i).expect("entry");
        let mut bytes = Vec::new();
        entry.read_to_end(&mut bytes).expect("read");
        let name = entry.name().expect("name").to_string();
        if name.starts_with("xl/worksheets/sheet") {
            bytes.truncate(bytes.len() / 2);
        }
        out.start_file(name, zip::write::SimpleFileOptions::default())
            .expect("start");
        out.write_all(&bytes).expect("write");
    }
    out.finish().expect("finish").into_inner()
}

/// The same workbook zipped again (stored, not deflated): other bytes.
fn resaved(xlsx: &[u8]) -> Vec<u8> {
    use std::io::{Read, Write};
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(xlsx)).expect("zip");
    let mut out = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let options =
        zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Stored);
    for i in 0..archive.len() {
        let mut entry = archive.by_index(i).expect("entry");
        let mut bytes = Vec::new();
        entry.read_to_end(&mut bytes).expect("read");
        let name = entry.name().expect("name").to_string();
        out.start_file(name, options).expect("start");
        out.write_all(&bytes).expect("write");
    }
    out.finish().expect("finish").into_inner()
}

/// The inputs' own names (files and their sheets), which are shown as the
/// units wrote them: not scanned.
fn input_names(report: &serde_json::Value) -> BTreeSet<String> {
    let mut names = BTreeSet::new();
    for key in ["answers", "unmatched", "findings", "feedback"] {
        for item in report[key].as_array().into_iter().flatten() {
            for field in ["file", "sheet"] {
                for value in [&item[field], &item["source"][field]] {
                    if let Some(text) = value.as_str() {
                        names.insert(text.to_string());
                    }
                }
            }
        }
    }
    for source in report["sources"].as_array().into_iter().flatten() {
        if let Some(file) = source["file"].as_str() {
            names.insert(file.to_string());
        }
    }
    names
}

#[test]
fn no_code_or_english_in_any_visible_cell_of_the_workbook() {
    let dir = tempfile::tempdir().expect("tempdir");
    let folder = secretary_folder(dir.path());
    if let Ok(keep) = std::env::var("KOONTI_KEEP_VISIBLE") {
        let _ = std::fs::create_dir_all(&keep);
        let _ = std::process::Command::new("cp")
            .arg("-r")
            .arg(&folder)
            .arg(&keep)
            .status();
    }
    let mut seen_unmatched = 0;
    let mut seen_statuses = false;
    for lang in ["fi", "sv"] {
        let xlsx = dir.path().join(format!("koonti-{lang}.xlsx"));
        let json = dir.path().join(format!("koonti-{lang}.json"));
        run(
            koonti()
                .arg("merge")
                .arg(&folder)
                .args(["--lang", lang, "-o"])
                .arg(&xlsx)
                .arg("--json")
                .arg(&json),
            true,
        );
        let report: serde_json::Value =
            serde_json::from_str(&std::fs::read_to_string(&json).expect("json")).expect("parse");
        let names = input_names(&report);
        // Each broken file is named, its reader's text kept in the JSON only.
        let broken: Vec<&serde_json::Value> = report["findings"]
            .as_array()
            .expect("findings")
            .iter()
            .filter(|f| f["file"].as_str().is_some_and(|f| f.starts_with("rikki/")))
            .collect();
        assert_eq!(broken.len(), 4, "{broken:?}");
        let with_detail = broken.iter().filter(|f| f["detail"].is_string()).count();
        assert!(with_detail >= 3, "the readers' texts kept: {broken:?}");
        for finding in &broken {
            let message = finding["message"].as_str().expect("message");
            assert!(problems(message).is_empty(), "{message}");
        }
        let mut book = open_workbook_auto(&xlsx).expect("workbook opens");
        let visible: Vec<String> = book
            .sheets_metadata()
            .iter()
            .filter(|s| s.visible == SheetVisible::Visible)
            .map(|s| s.name.clone())
            .collect();
        let mut wrong = Vec::new();
        for name in &visible {
            let range = book.worksheet_range(name).expect("sheet");
            if name == "Kohdistamattomat" || name == "Ej kopplade" {
                seen_unmatched += range.rows().count();
            }
            for (row, col, cell) in range.cells() {
                let text = cell.to_string();
                seen_statuses |= text.starts_with("1.1: ◐ ");
                if text.trim().is_empty() || names.contains(&text) {
                    continue;
                }
                for problem in problems(&text) {
                    wrong.push(format!(
                        "{lang} {name}!R{}C{}: {problem} in {text:?}",
                        row + 1,
                        col + 1
                    ));
                }
            }
        }
        assert!(
            wrong.is_empty(),
            "{} problems:\n{}",
            wrong.len(),
            wrong.join("\n")
        );
    }
    assert!(seen_unmatched > 4, "the corpus has unmatched cells to read");
    assert!(
        seen_statuses,
        "an unused response's statuses are on Kohdistamattomat"
    );
}

#[test]
fn the_scanner_finds_what_it_looks_for() {
    assert!(!problems("Koodi both_marked").is_empty());
    assert!(!problems("1.2 [partial]").is_empty());
    assert!(!problems("Yksikkö (?)").is_empty());
    assert!(!problems("could not tell which programme").is_empty());
    assert!(!problems("ei voitu lukea (Xml error: tag not closed)").is_empty());
    assert!(
        problems("Toimenpide 1.1 on merkitty sekä toteutuneeksi että ei toteutuneeksi.").is_empty()
    );
    assert!(problems("Pilotoimme Pol.is osallisuustyökalua.").is_empty());
    assert!(
        problems("Åtgärd 1.1 är markerad både som genomförd och som inte genomförd.").is_empty()
    );
}

/// The percentages a sentence gives: "53 %", "53%" and the Finnish words
/// ("60 prosenttia", "40 prosentista", "53 prosenttiin").
fn percents(text: &str) -> Vec<u32> {
    let words: Vec<&str> = text.split_whitespace().collect();
    let mut found = Vec::new();
    for (i, word) in words.iter().enumerate() {
        let (number, rest) = match word.find('%') {
            Some(at) => (&word[..at], ""),
            None => (*word, words.get(i + 1).copied().unwrap_or_default()),
        };
        let Ok(value) = number.parse::<u32>() else {
            continue;
        };
        if word.contains('%') || rest.starts_with('%') || rest.starts_with("prosent") {
            found.push(value);
        }
    }
    found
}

/// A sheet's cell texts, and its shares (fractions) as whole percents.
fn texts_and_percents(
    book: &mut calamine::Sheets<std::io::BufReader<std::fs::File>>,
    sheet: &str,
) -> (Vec<String>, BTreeSet<u32>) {
    let range = book.worksheet_range(sheet).expect("sheet");
    let mut texts = Vec::new();
    let mut shares = BTreeSet::new();
    for (_, _, cell) in range.cells() {
        match cell {
            calamine::Data::Float(share) if (0.0..=1.0).contains(share) => {
                shares.insert((share * 100.0).round() as u32);
            }
            calamine::Data::String(text) => texts.push(text.clone()),
            _ => {}
        }
    }
    (texts, shares)
}

/// Issue 21: every percentage of the summary sentences is in the table
/// below them, of the same denominator, which the table names: the
/// committee summary (shares of all items) and the follow-up's Kehitys
/// (shares of the answers given, its total row included).
#[test]
fn every_percentage_of_the_summary_is_in_its_table() {
    let dir = tempfile::tempdir().expect("tempdir");
    let merged = dir.path().join("koonti.xlsx");
    run(
        koonti().arg("merge").arg(samples()).arg("-o").arg(&merged),
        true,
    );
    let mut book = open_workbook_auto(&merged).expect("opens");
    let (texts, shares) = texts_and_percents(&mut book, "Yhteenveto");
    let paragraph = texts
        .iter()
        .find(|t| t.starts_with("Vastauksia saatiin"))
        .expect("the summary paragraph");
    let said = percents(paragraph);
    assert!(said.len() >= 2, "best and worst: {paragraph}");
    for percent in &said {
        assert!(
            shares.contains(percent),
            "{percent} % not in the table {shares:?}: {paragraph}"
        );
    }
    assert!(paragraph.contains("kaikista"), "{paragraph}");
    assert!(
        texts.iter().any(|t| t.ends_with("osuus kaikista")),
        "the table says its basis"
    );

    let [d2023, d2024, d2025] = crate::compare::siun_years(dir.path());
    let out = dir.path().join("kehitys.xlsx");
    crate::compare::compare(&[&d2023, &d2024, &d2025], &out);
    let mut book = open_workbook_auto(&out).expect("opens");
    let (texts, shares) = texts_and_percents(&mut book, "Kehitys");
    let paragraph = texts
        .iter()
        .find(|t| t.starts_with("Vuoteen 2024 verrattuna"))
        .expect("the follow-up paragraph");
    let said = percents(paragraph);
    assert!(
        !said.is_empty(),
        "the share over the follow-up: {paragraph}"
    );
    for percent in &said {
        assert!(
            shares.contains(percent),
            "{percent} % not in Kehitys {shares:?}: {paragraph}"
        );
    }
    assert!(paragraph.contains("vastatuista"), "{paragraph}");
    assert!(
        texts.iter().any(|t| t.contains("osuus vastatuista")),
        "the table says its basis"
    );
    assert!(
        texts.iter().any(|t| t == "Yhteensä"),
        "the total row: {texts:?}"
    );
}

#[test]
fn percentages_are_read_in_each_form() {
    assert_eq!(
        percents("oli 53 %. Heikoimmin 40%, sitten 60 prosenttia (2024) ja 7 prosentista"),
        [53, 40, 60, 7]
    );
    assert!(percents("Kausi 2024: 6 vastausta").is_empty());
}

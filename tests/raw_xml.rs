//! Hand-written xlsx files with what other writers (and hostile ones) put in
//! the XML: lying dimensions, rows and cells without references, inline and
//! rich strings, formulas without values, error cells, dates and the 1904
//! epoch in mark columns. Each is read or reported, never a crash.
use crate::util::merge_json;
use serde_json::Value;
use std::path::Path;

const CONTENT_TYPES: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>"#;
const RELS: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>"#;
const WORKBOOK_RELS: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>"#;
/// Style 1 is a date format, so a number in it is a date.
const STYLES: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><numFmts count="1"><numFmt numFmtId="164" formatCode="d.m.yyyy"/></numFmts><fonts count="1"><font/></fonts><fills count="1"><fill/></fills><borders count="1"><border/></borders><cellStyleXfs count="1"><xf/></cellStyleXfs><cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="164" applyNumberFormat="1"/></cellXfs></styleSheet>"#;

/// A one-sheet xlsx with the given `<sheetData>` rows and `<dimension>`.
fn raw_xlsx(path: &Path, dimension: &str, rows: &str, date1904: bool) {
    let workbook = format!(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><workbookPr date1904="{}"/><sheets><sheet name="Vastaukset" sheetId="1" r:id="rId1"/></sheets></workbook>"#,
        u8::from(date1904)
    );
    let sheet = format!(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">{dimension}<sheetData>{rows}</sheetData></worksheet>"#
    );
    let entries = [
        ("[Content_Types].xml", CONTENT_TYPES.as_bytes()),
        ("_rels/.rels", RELS.as_bytes()),
        ("xl/workbook.xml", workbook.as_bytes()),
        ("xl/_rels/workbook.xml.rels", WORKBOOK_RELS.as_bytes()),
        ("xl/styles.xml", STYLES.as_bytes()),
        ("xl/worksheets/sheet1.xml", sheet.as_bytes()),
    ];
    std::fs::write(path, crate::util::zip_of(&entries)).expect("write");
}

fn inline(cell: &str, text: &str) -> String {
    format!(r#"<c r="{cell}" t="inlineStr"><is><t xml:space="preserve">{text}</t></is></c>"#)
}

/// The committee's header and unit rows, then `measure_rows`.
fn response_rows(measure_rows: &str) -> String {
    format!(
        r#"<row r="1">{}</row><row r="3">{}{}{}{}</row>{measure_rows}"#,
        inline("A1", "Toimialue: Pelastuslaitos"),
        inline("A3", "Toimenpiteet"),
        inline("B3", "Toimenpide on toteutunut"),
        inline("C3", "Toimenpide ei ole toteutunut"),
        inline("D3", "Miten on toteutettu tai tulisi jatkossa toteuttaa?"),
    )
}

fn answer<'a>(report: &'a Value, measure: &str) -> &'a Value {
    report["answers"]
        .as_array()
        .expect("answers")
        .iter()
        .find(|a| a["measure"] == measure)
        .unwrap_or_else(|| panic!("no answer {measure}: findings {}", report["findings"]))
}

fn merge_one(path: &Path, dir: &Path) -> Value {
    merge_json(&[path], dir, &["--programme", "siun-sote-2023-2025"])
}

/// Merges one file: its JSON report, or, when koonti refuses (exit 1, as
/// for a lone file it cannot read), its stderr.
fn merge_or_refusal(path: &Path, dir: &Path) -> Result<Value, String> {
    let json = dir.join("report.json");
    let out = crate::util::koonti()
        .arg("merge")
        .arg(path)
        .args(["--programme", "siun-sote-2023-2025", "-o"])
        .arg(&json)
        .output()
        .expect("koonti runs");
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    match out.status.code() {
        Some(0) => {
            let text = std::fs::read_to_string(&json).expect("report written");
            Ok(serde_json::from_str(&text).expect("report is JSON"))
        }
        Some(1) => Err(stderr),
        other => panic!("koonti exited with {other:?}: {stderr}"),
    }
}

/// A dimension that lies about the size is ignored; one that is not a cell
/// reference at all ("A0") stops calamine's reader, and the file is then
/// reported by name instead of read; one that overflows calamine's
/// arithmetic is read or reported, never a crash.
#[test]
fn lying_dimensions_are_ignored_or_reported() {
    let dir = tempfile::tempdir().expect("tempdir");
    let rows = response_rows(&format!(
        r#"<row r="4">{}<c r="B4" t="inlineStr"><is><t>x</t></is></c></row>"#,
        inline("A4", "Viestimme osallistumisen vaikutuksista.")
    ));
    for (name, dimension) in [
        ("huge.xlsx", r#"<dimension ref="A1:XFD1048576"/>"#),
        ("zero.xlsx", r#"<dimension ref="A0"/>"#),
        ("none.xlsx", ""),
        ("garbage.xlsx", r#"<dimension ref="ZZZZZZ99999999999"/>"#),
    ] {
        let path = dir.path().join(name);
        raw_xlsx(&path, dimension, &rows, false);
        // A file that cannot be read, given alone, leaves nothing to merge:
        // the merge is refused naming it (issue 21) — reported all the same.
        let reported = match merge_or_refusal(&path, dir.path()) {
            Err(stderr) => {
                assert!(stderr.contains(name), "{stderr}");
                true
            }
            Ok(report) => {
                let reported = report["findings"]
                    .as_array()
                    .expect("findings")
                    .iter()
                    .any(|f| {
                        f["code"] == "unreadable_file"
                            && f["file"].as_str().is_some_and(|f| f.ends_with(name))
                    });
                if !reported {
                    assert_eq!(answer(&report, "1.2")["status"], "implemented", "{name}");
                }
                reported
            }
        };
        if reported {
            eprintln!("{name}: reported");
        }
        // calamine's overflow on "ZZZZZZ99999999999" panics (and is
        // reported) where overflow checks are on, as in debug builds, and
        // wraps (and the file is read) in release builds: both are fine.
        if name != "garbage.xlsx" {
            assert_eq!(reported, name == "zero.xlsx", "{name}");
        }
    }
}

#[test]
fn rows_and_cells_without_references_are_read_or_reported() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("noref.xlsx");
    let rows = r#"<row><c t="inlineStr"><is><t>Toimialue: Pelastuslaitos</t></is></c></row><row><c t="inlineStr"><is><t>Toimenpiteet</t></is></c><c t="inlineStr"><is><t>Toimenpide on toteutunut</t></is></c><c t="inlineStr"><is><t>Toimenpide ei ole toteutunut</t></is></c></row><row><c t="inlineStr"><is><t>Viestimme osallistumisen vaikutuksista.</t></is></c><c t="inlineStr"><is><t>x</t></is></c></row>"#;
    raw_xlsx(&path, "", rows, false);
    let report = merge_one(&path, dir.path());
    assert_eq!(answer(&report, "1.2")["status"], "implemented");
}

#[test]
fn inline_and_rich_strings_are_text() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("rich.xlsx");
    let rich = r#"<c r="D4" t="inlineStr"><is><r><t xml:space="preserve">• Rikas </t></r><r><rPr><b/></rPr><t>teksti</t></r></is></c>"#;
    let rows = response_rows(&format!(
        r#"<row r="4">{}{}{rich}</row>"#,
        inline("A4", "Viestimme osallistumisen vaikutuksista."),
        inline("B4", "x")
    ));
    raw_xlsx(&path, "", &rows, false);
    let report = merge_one(&path, dir.path());
    assert_eq!(
        answer(&report, "1.2")["items"],
        serde_json::json!(["Rikas teksti"])
    );
}

#[test]
fn formulas_errors_and_dates_in_mark_columns_are_reported_not_crashed_on() {
    let dir = tempfile::tempdir().expect("tempdir");
    for date1904 in [false, true] {
        let path = dir.path().join(format!("merkit-{date1904}.xlsx"));
        let rows = response_rows(&format!(
            r#"<row r="4">{}<c r="B4"><f>IF(1=1,"x","")</f></c></row><row r="5">{}<c r="B5" t="e"><v>#N/A</v></c><c r="C5" t="e"><v>#DIV/0!</v></c></row><row r="6">{}<c r="B6" s="1"><v>45000</v></c></row>"#,
            inline("A4", "Viestimme osallistumisen vaikutuksista."),
            inline(
                "A5",
                "Asukkaita ja asiakkaita osallistetaan verkkosivujen uudistukseen."
            ),
            inline("A6", "Pilotoimme Pol.is osallisuustyökalua.")
        ));
        raw_xlsx(&path, "", &rows, date1904);
        let report = merge_one(&path, dir.path());
        // A formula without a cached value has nothing to read: unanswered.
        assert_eq!(answer(&report, "1.2")["status"], "unanswered");
        // Error values and a date in a mark column are kept and reported.
        let errors = &answer(&report, "1.3")["extra"];
        assert!(
            errors.to_string().contains("#N/A") && errors.to_string().contains("#DIV/0!"),
            "{errors}"
        );
        let date = &answer(&report, "2.4");
        assert_eq!(date["status"], "unanswered");
        assert!(
            !date["extra"].as_array().expect("extra").is_empty(),
            "{date}"
        );
        let codes: Vec<&str> = report["findings"]
            .as_array()
            .expect("findings")
            .iter()
            .map(|f| f["code"].as_str().unwrap_or(""))
            .collect();
        assert!(
            codes
                .iter()
                .filter(|c| **c == "mark_not_recognised")
                .count()
                >= 3,
            "{codes:?}"
        );
    }
}

#[test]
fn hostile_texts_keep_the_workbook_valid_and_the_json_whole() {
    use calamine::{Reader, open_workbook_auto};
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("vihamielinen.xlsx");
    let unit = format!("Yksikkö [a]:*?/\\ {} مرحبا", "pitkä ".repeat(60));
    let long_answer = format!("• {}", "sana ".repeat(8_000));
    let rows = format!(
        r#"<row r="1">{}</row><row r="3">{}{}{}{}</row><row r="4">{}{}{}</row><row r="5">{}{}{}</row>"#,
        inline("A1", &format!("Toimialue: {unit}")),
        inline("A3", "Toimenpiteet"),
        inline("B3", "Toimenpide on toteutunut"),
        inline("C3", "Toimenpide ei ole toteutunut"),
        inline("D3", "Miten on toteutettu tai tulisi jatkossa toteuttaa?"),
        inline("A4", "Viestimme osallistumisen vaikutuksista."),
        inline("B4", "x"),
        inline("D4", &long_answer),
        inline("A5", "Pilotoimme Pol.is osallisuustyökalua."),
        inline("C5", "x"),
        inline(
            "D5",
            "=HYPERLINK(\"http://x\") \u{202E}käännetty\u{202C} _x0001_ \u{200B}nolla"
        ),
    );
    raw_xlsx(&path, "", &rows, false);
    let report = merge_one(&path, dir.path());
    let long = answer(&report, "1.2");
    assert_eq!(
        long["items"][0].as_str().map(|s| s.chars().count()),
        Some("sana ".repeat(8_000).trim_end().chars().count())
    );
    let odd = answer(&report, "2.4")["text"]
        .as_str()
        .expect("text")
        .to_string();
    assert!(odd.starts_with("=HYPERLINK"), "{odd}");
    assert!(odd.contains("käännetty"), "{odd}");
    assert!(
        report["responses"][0]["unit"]
            .as_str()
            .is_some_and(|u| u.contains("مرحبا"))
    );
    let mut workbook =
        open_workbook_auto(dir.path().join("koonti.xlsx")).expect("the workbook is valid");
    let answers = workbook
        .worksheet_range("Vastaukset")
        .expect("answers sheet");
    let cut = answers
        .rows()
        .flat_map(|r| r.iter().map(ToString::to_string))
        .find(|t| t.starts_with("• sana"))
        .expect("long answer present");
    assert_eq!(cut.chars().count(), 32_767, "cut to Excel's limit");
    assert!(cut.contains("JSON"), "says where the whole text is");
}

/// Issue 11: the reader's panic on "ZZZZZZ99999999999" (debug builds) is
/// caught and reported as a finding; standard error keeps koonti's own
/// words only, without the panic's message or a backtrace.
#[test]
fn a_caught_reader_panic_keeps_stderr_for_koonti() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("garbage.xlsx");
    let rows = response_rows("");
    raw_xlsx(
        &path,
        r#"<dimension ref="ZZZZZZ99999999999"/>"#,
        &rows,
        false,
    );
    let out = crate::util::koonti()
        .arg("merge")
        .arg(&path)
        .args(["--programme", "siun-sote-2023-2025", "-o"])
        .arg(dir.path().join("koonti.xlsx"))
        .env("RUST_BACKTRACE", "1")
        .output()
        .expect("koonti runs");
    let stderr = String::from_utf8_lossy(&out.stderr);
    // Read (release: calamine's arithmetic wraps) or, alone and unreadable
    // (debug: the overflow panics and is caught), refused naming the file.
    assert!(
        out.status.success() || (out.status.code() == Some(1) && stderr.contains("garbage.xlsx")),
        "{stderr}"
    );
    for word in ["panicked", "backtrace", "calamine"] {
        assert!(!stderr.contains(word), "{word} on stderr: {stderr}");
    }
}

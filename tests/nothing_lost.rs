//! Issue 22, nothing lost as a property: workbooks generated from a seed
//! (a good response with random cells around it, and workbooks of random
//! cells alone) hold values of every kind — texts long and short, labels
//! ("Date", "Pvm:", "Yhteyshenkilö", "Q1 2025"), numbers, negatives, dates,
//! times, durations, numbers in date formats that are no dates, cached
//! error values — at random places; merged together, every one of those
//! cells is in the report: listed as unmatched with its sheet, address and
//! exact value, or read as feedback, a support request or an answer's extra
//! field from that very cell.
//!
//! The seed is fixed (`KOONTI_SEED` picks another), so a failure repeats.
use crate::util::{merge_json, samples};
use calamine::{Data, Reader, open_workbook_auto};
use rust_xlsxwriter::{ExcelDateTime, Format, Formula, Workbook, Worksheet};
use serde_json::Value;
use std::path::Path;

/// A small, seeded generator (xorshift64*): the test needs repeatable
/// choices, not a cryptographic source, and no crate for it.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    fn below(&mut self, n: u64) -> u64 {
        self.next() % n.max(1)
    }

    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len() as u64) as usize]
    }
}

/// One generated cell: where, and the text the report must show for it.
struct Written {
    sheet: String,
    row: u32,
    col: u16,
    expected: String,
    /// A number in a date or time format that is no date: a
    /// `number_not_a_date` finding must name its cell.
    no_date: bool,
}

/// Labels a unit or another program might write anywhere: none of them
/// may take a neighbour away or vanish itself.
const LABELS: &[&str] = &[
    "Date",
    "DATE",
    "Pvm",
    "Pvm:",
    "Datum",
    "Päivämäärä:",
    "Contact",
    "Contact person",
    "Yhteyshenkilö",
    "Yhteyshenkilö:",
    "Vastaaja:",
    "Täyttäjä: Liisa Virtanen",
    "Date: 2024-05-03",
    "Pvm 3.5.2024",
    "Q1 2025",
    "Q4 13",
    "Period",
    "Raportointijakso:",
    "Osavuosikatsaus 3/2025",
    "Amount Int",
    "Product",
    "Address",
];

const WORDS: &[&str] = &[
    "koulutus",
    "asukasraati",
    "palaute",
    "åtgärd",
    "budget",
    "Toimenpide",
    "x",
    "Kyllä",
    "Ei",
    "–",
    "€",
];

/// Excel's own date formats and some that only look like one.
const DATE_FORMATS: &[&str] = &["m/d/yy", "yyyy-mm-dd", "d.m.yyyy", "YY", "mmm-yy"];
const TIME_FORMATS: &[&str] = &["h:mm:ss", "hh:mm", "h:mm AM/PM"];
const NUMBER_FORMATS: &[&str] = &[
    "0.00",
    "#,##0",
    "0%",
    "[Red][<-25]General;[Blue][>25]General;0.00",
    "\"Y: \"0.00",
];
const ERRORS: &[&str] = &[
    "#DIV/0!", "#N/A", "#NAME?", "#NULL!", "#NUM!", "#REF!", "#VALUE!",
];

/// A number as koonti shows it: integers without a fraction.
fn number_text(n: f64) -> String {
    if n.fract() == 0.0 && n.abs() < 1e15 {
        format!("{}", n as i64)
    } else {
        format!("{n}")
    }
}

/// Writes one random value at (row, col) and returns the text the report
/// must show for it, and whether the value is a number in a date or time
/// format that is no date.
fn write_value(rng: &mut Rng, sheet: &mut Worksheet, row: u32, col: u16) -> (String, bool) {
    let kind = rng.below(11);
    (write_kind(kind, rng, sheet, row, col), kind == 7)
}

/// Writes a value of one kind (see [`write_value`]).
fn write_kind(kind: u64, rng: &mut Rng, sheet: &mut Worksheet, row: u32, col: u16) -> String {
    fn format(code: &str) -> Format {
        Format::new().set_num_format(code)
    }
    match kind {
        0 | 1 => {
            let text = rng.pick(LABELS).to_string();
            sheet.write_string(row, col, &text).expect("write");
            text
        }
        2 => {
            let words = 1 + rng.below(12);
            let text = (0..words)
                .map(|_| *rng.pick(WORDS))
                .collect::<Vec<_>>()
                .join(" ");
            sheet.write_string(row, col, &text).expect("write");
            text
        }
        3 => {
            // A long text, past what a glance shows.
            let text: String = std::iter::repeat_n("pitkä teksti ", 200 + rng.below(800) as usize)
                .collect::<String>()
                .trim_end()
                .to_string();
            sheet.write_string(row, col, &text).expect("write");
            text
        }
        4 => {
            let n = (rng.below(2_000_000) as f64 - 1_000_000.0)
                / [1.0, 100.0, 10_000.0][rng.below(3) as usize];
            let code = *rng.pick(NUMBER_FORMATS);
            sheet
                .write_number_with_format(row, col, n, &format(code))
                .expect("write");
            number_text(n)
        }
        5 => {
            let (y, m, d) = (
                1901 + rng.below(200) as u16,
                1 + rng.below(12) as u8,
                1 + rng.below(28) as u8,
            );
            let date = ExcelDateTime::from_ymd(y, m, d).expect("date");
            let code = *rng.pick(DATE_FORMATS);
            sheet
                .write_datetime_with_format(row, col, &date, &format(code))
                .expect("write");
            format!("{y:04}-{m:02}-{d:02}")
        }
        6 => {
            let (h, m, s) = (
                rng.below(24) as u16,
                rng.below(60) as u8,
                rng.below(60) as u8,
            );
            let time = ExcelDateTime::from_hms(h, m, s as f64).expect("time");
            let code = *rng.pick(TIME_FORMATS);
            sheet
                .write_datetime_with_format(row, col, &time, &format(code))
                .expect("write");
            format!("{h:02}:{m:02}:{s:02}")
        }
        7 => {
            // A number in a date or time format that is no date: negative,
            // or past 9999-12-31. It stays the number.
            let n = if rng.below(2) == 0 {
                -((1 + rng.below(1_000_000)) as f64) / 16.0
            } else {
                2_958_466.0 + rng.below(1000) as f64
            };
            let code = *rng.pick(&[DATE_FORMATS, TIME_FORMATS].concat());
            sheet
                .write_number_with_format(row, col, n, &format(code))
                .expect("write");
            number_text(n)
        }
        8 => {
            // A duration stays the number of days.
            let n = rng.below(100_000) as f64 / 64.0;
            sheet
                .write_number_with_format(row, col, n, &format("[h]:mm:ss"))
                .expect("write");
            number_text(n)
        }
        9 => {
            // A formula's cached error value, in any format.
            let error = *rng.pick(ERRORS);
            let formula = Formula::new("=A1/0").set_result(error);
            let code = *rng.pick(&[DATE_FORMATS, NUMBER_FORMATS].concat());
            sheet
                .write_formula_with_format(row, col, formula, &format(code))
                .expect("write");
            error.to_string()
        }
        _ => {
            let b = rng.below(2) == 0;
            sheet.write_boolean(row, col, b).expect("write");
            if b { "TRUE" } else { "FALSE" }.to_string()
        }
    }
}

/// Copies the answer sheet of a sample response into `sheet` as texts;
/// returns its last row and column, and its tables' header rows.
fn copy_sample(from: &Path, sheet: &mut Worksheet) -> (u32, u16, Vec<u32>) {
    let mut source = open_workbook_auto(from).expect("opens");
    let name = source.sheet_names()[0].clone();
    let range = source.worksheet_range(&name).expect("sheet");
    sheet.set_name(&name).expect("name");
    let (row0, col0) = range.start().expect("cells");
    let mut headers = Vec::new();
    for (r, c, data) in range.cells() {
        let text = match data {
            Data::Empty => continue,
            Data::String(s) => s.clone(),
            other => other.to_string(),
        };
        if text == "Toimenpiteet" {
            headers.push(row0 + r as u32);
        }
        sheet
            .write_string(row0 + r as u32, (col0 + c as u32) as u16, text)
            .expect("write");
    }
    let (last_row, last_col) = range.end().expect("cells");
    (last_row, last_col as u16, headers)
}

/// Where random cells go on one sheet: rows and columns, and the rows
/// left alone (a table's header row: a cell there heads a column of the
/// unit's own, structure by the JSON contract).
struct Area<'a> {
    rows: (u32, u32),
    cols: (u16, u16),
    headers: &'a [u32],
}

/// Places `count` random cells in `area` of `sheet`, each place once.
fn scatter(
    rng: &mut Rng,
    sheet: &mut Worksheet,
    name: &str,
    count: usize,
    area: Area<'_>,
    written: &mut Vec<Written>,
) {
    let mut taken = std::collections::HashSet::new();
    let (rows, cols) = (area.rows, area.cols);
    for _ in 0..count {
        let row = rows.0 + rng.below(u64::from(rows.1 - rows.0)) as u32;
        let col = cols.0 + rng.below(u64::from(cols.1 - cols.0)) as u16;
        if area.headers.contains(&row) || !taken.insert((row, col)) {
            continue;
        }
        let (expected, no_date) = write_value(rng, sheet, row, col);
        written.push(Written {
            sheet: name.to_string(),
            row,
            col,
            expected,
            no_date,
        });
    }
}

/// The files of one generated round in `dir`, and what each random cell
/// must show.
fn generate(seed: u64, dir: &Path) -> Vec<(String, Vec<Written>)> {
    let mut rng = Rng(seed.max(1));
    let mut files = Vec::new();
    let responses: Vec<_> = std::fs::read_dir(samples())
        .expect("samples")
        .map(|e| e.expect("entry").path())
        .collect();
    for n in 0..12 {
        let mut written = Vec::new();
        let mut book = Workbook::new();
        if n % 2 == 0 {
            // A good response with cells around its tables.
            let sample = &responses[n % responses.len()];
            let sheet = book.add_worksheet();
            let (last_row, last_col, headers) = copy_sample(sample, sheet);
            let name = sheet.name();
            // Beside the tables, and below them.
            scatter(
                &mut rng,
                sheet,
                &name,
                6,
                Area {
                    rows: (0, last_row),
                    cols: (last_col + 2, last_col + 8),
                    headers: &headers,
                },
                &mut written,
            );
            scatter(
                &mut rng,
                sheet,
                &name,
                10,
                Area {
                    rows: (last_row + 3, last_row + 30),
                    cols: (0, 8),
                    headers: &[],
                },
                &mut written,
            );
        }
        // A sheet of random cells alone: as sparse, or as dense.
        for s in 0..1 + rng.below(2) {
            let sheet = book.add_worksheet();
            let name = format!("Muu {s}");
            sheet.set_name(&name).expect("name");
            let (rows, cols) = if rng.below(2) == 0 {
                (400, 60)
            } else {
                (20, 6)
            };
            scatter(
                &mut rng,
                sheet,
                &name,
                40,
                Area {
                    rows: (0, rows),
                    cols: (0, cols),
                    headers: &[],
                },
                &mut written,
            );
        }
        let file = format!("generated-{n:02}.xlsx");
        book.save(dir.join(&file)).expect("save");
        files.push((file, written));
    }
    files
}

/// Where the report shows the cell `cell` of `sheet` in `file`, if it
/// does: the unmatched cell's text, or what read it.
fn found(report: &Value, file: &str, sheet: &str, cell: &str) -> Option<String> {
    let at = |v: &Value| v["file"] == file && v["sheet"] == sheet && v["cell"] == cell;
    let list = |key: &str| report[key].as_array().into_iter().flatten();
    if let Some(u) = list("unmatched").find(|u| at(u)) {
        return u["text"].as_str().map(str::to_string);
    }
    if list("feedback").any(|f| at(&f["source"])) {
        return Some("(feedback)".into());
    }
    if list("support_requests").any(|f| at(&f["source"])) {
        return Some("(support request)".into());
    }
    // An extra field of an answer: a column beside it on the answer's
    // sheet, or a note headed by its own sheet and cell.
    let note = format!("{sheet}!{cell}");
    let note = note.as_str();
    list("answers")
        .filter(|a| a["source"]["file"] == file)
        .flat_map(|a| {
            let same_sheet = a["source"]["sheet"] == sheet;
            a["extra"]
                .as_array()
                .into_iter()
                .flatten()
                .filter(move |e| e["cell"] == cell && (same_sheet || e["header"] == note))
        })
        .find_map(|e| e["text"].as_str().map(str::to_string))
}

#[test]
fn every_generated_cell_is_found_in_the_report_with_its_exact_value() {
    let seed = std::env::var("KOONTI_SEED")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(22_2026);
    let dir = tempfile::tempdir().expect("tempdir");
    // KOONTI_GENERATED_DIR keeps the files, to look at a failure.
    let inputs = std::env::var_os("KOONTI_GENERATED_DIR")
        .map(std::path::PathBuf::from)
        .unwrap_or_else(|| dir.path().join("in"));
    std::fs::create_dir_all(&inputs).expect("mkdir");
    let files = generate(seed, &inputs);
    let report = merge_json(
        &[&inputs],
        dir.path(),
        &["--programme", "siun-sote-2023-2025"],
    );
    let mut lost = Vec::new();
    let mut cells = 0;
    for (file, written) in &files {
        for w in written {
            cells += 1;
            let cell = koonti_ingest::cell_name(w.row, u32::from(w.col));
            match found(&report, file, &w.sheet, &cell) {
                Some(text) if text == w.expected || text.starts_with('(') => {}
                // A superseded file's feedback is listed as it was read:
                // bullets and spacing normalised, no word changed.
                Some(text) if words(&text) == words(&w.expected) => {}
                Some(text) => lost.push(format!(
                    "{file} {}!{cell}: {:?} shown as {:?}",
                    w.sheet,
                    snippet(&w.expected),
                    snippet(&text)
                )),
                None => lost.push(format!(
                    "{file} {}!{cell}: {:?} lost",
                    w.sheet,
                    snippet(&w.expected)
                )),
            }
        }
    }
    for (file, written) in &files {
        lost.extend(no_date_findings_missing(&report, file, written));
        lost.extend(respondents_not_from_labels(&report, file, written));
    }
    assert!(cells > 300, "{cells} cells generated");
    assert!(
        lost.is_empty(),
        "seed {seed}: {} of {cells} cells lost or changed:\n{}",
        lost.len(),
        lost.join("\n")
    );
}

/// Each number in a date format that is no date has a finding naming its
/// cell and the number (issue 22: kept, with its format noted).
fn no_date_findings_missing(report: &Value, file: &str, written: &[Written]) -> Vec<String> {
    let findings = report["findings"].as_array().cloned().unwrap_or_default();
    written
        .iter()
        .filter(|w| w.no_date)
        .filter_map(|w| {
            let cell = koonti_ingest::cell_name(w.row, u32::from(w.col));
            let noted = findings.iter().any(|f| {
                f["code"] == "number_not_a_date"
                    && f["file"] == file
                    && f["sheet"] == w.sheet.as_str()
                    && f["cell"] == cell.as_str()
                    && f["message"]
                        .as_str()
                        .is_some_and(|m| m.contains(w.expected.as_str()))
            });
            (!noted).then(|| format!("{file} {}!{cell}: no number_not_a_date finding", w.sheet))
        })
        .collect()
}

/// Labels marked as a respondent's or date's (a colon): the next cell of
/// the row is their value.
const MARKED_LABELS: &[&str] = &["Pvm:", "Päivämäärä:", "Yhteyshenkilö:", "Vastaaja:"];

/// The file's respondent and date are read only from a labelled field: a
/// "Label: value" cell, or the next cell right of a marked label; never
/// from a cell beside a column header ("Date", "Contact", "Product").
fn respondents_not_from_labels(report: &Value, file: &str, written: &[Written]) -> Vec<String> {
    let mut labelled = std::collections::HashSet::new();
    for w in written {
        for (label, value) in [
            ("Täyttäjä: ", "Liisa Virtanen"),
            ("Date: ", "2024-05-03"),
            ("Pvm ", "3.5.2024"),
        ] {
            if w.expected == format!("{label}{value}") {
                labelled.insert(value.to_string());
            }
        }
        if MARKED_LABELS.contains(&w.expected.as_str()) {
            let next = written
                .iter()
                .filter(|n| n.sheet == w.sheet && n.row == w.row && n.col > w.col)
                .min_by_key(|n| n.col);
            if let Some(next) = next {
                labelled.insert(next.expected.trim().to_string());
            }
        }
    }
    let random: std::collections::HashSet<&str> =
        written.iter().map(|w| w.expected.trim()).collect();
    let source = report["sources"]
        .as_array()
        .into_iter()
        .flatten()
        .find(|s| s["file"] == file);
    let mut wrong = Vec::new();
    for key in ["respondent", "dated"] {
        let Some(value) = source.and_then(|s| s[key].as_str()) else {
            continue;
        };
        // A value of the sample's own cells is the sample's field.
        if random.contains(value) && !labelled.contains(value) {
            wrong.push(format!(
                "{file}: {key} {value:?} read from an unlabelled cell"
            ));
        }
    }
    wrong
}

/// The words of a text, bullets and spacing aside.
fn words(text: &str) -> Vec<&str> {
    text.split_whitespace()
        .filter(|w| !matches!(*w, "–" | "-" | "•" | "*"))
        .collect()
}

fn snippet(text: &str) -> String {
    text.chars().take(60).collect()
}

/// Issue 22: a sheet is limited by its cells, not the area they span. An
/// .xls as LibreOffice saves one (shared strings, a run of numbers in one
/// MULRK record, a formula's cached error, a date and a number in a date
/// format that is no date) whose cells lie at the
/// sheet's far corners is read cell by cell: every cell at its address
/// with its value, the non-date named in a finding.
#[test]
fn a_sparse_xls_saved_by_libreoffice_keeps_every_cell_at_its_address() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut book = Workbook::new();
    let sheet = book.add_worksheet();
    sheet.set_name("Harva").expect("name");
    sheet.write_string(0, 0, "Alku").expect("write");
    for col in 1..5u16 {
        sheet
            .write_number(0, col, f64::from(col) + 0.5)
            .expect("write");
    }
    sheet
        .write_formula(29_999, 12, Formula::new("=1/0").set_result("#DIV/0!"))
        .expect("write");
    let date_format = Format::new().set_num_format("d.m.yyyy");
    sheet
        .write_number_with_format(39_999, 7, -5.0, &date_format)
        .expect("write");
    let date = ExcelDateTime::from_ymd(2024, 5, 3).expect("date");
    sheet
        .write_datetime_with_format(65_535, 0, &date, &date_format)
        .expect("write");
    sheet.write_string(65_535, 255, "Loppu").expect("write");
    let source = dir.path().join("harva.xlsx");
    book.save(&source).expect("save");
    let inputs = dir.path().join("in");
    let Some(xls) = crate::util::soffice_convert(&source, "xls", &inputs) else {
        return; // no LibreOffice here (CI has it): notice printed
    };
    let name = xls
        .file_name()
        .and_then(|n| n.to_str())
        .expect("name")
        .to_string();
    let report = merge_json(
        &[&inputs],
        dir.path(),
        &["--programme", "siun-sote-2023-2025"],
    );
    let expected = [
        ("A1", "Alku"),
        ("B1", "1.5"),
        ("C1", "2.5"),
        ("D1", "3.5"),
        ("E1", "4.5"),
        ("M30000", "#DIV/0!"),
        ("H40000", "-5"),
        ("A65536", "2024-05-03"),
        ("IV65536", "Loppu"),
    ];
    for (cell, text) in expected {
        assert_eq!(
            found(&report, &name, "Harva", cell).as_deref(),
            Some(text),
            "{cell}"
        );
    }
    let noted = report["findings"]
        .as_array()
        .into_iter()
        .flatten()
        .any(|f| f["code"] == "number_not_a_date" && f["cell"] == "H40000");
    assert!(noted, "{}", report["findings"]);
    let refused = report["findings"]
        .as_array()
        .into_iter()
        .flatten()
        .any(|f| f["code"] == "file_too_large");
    assert!(!refused, "{}", report["findings"]);
}

//! `koonti template`: the committed templates are what the code writes, and
//! filled templates merge back to exactly the answers typed into them, also
//! after edits, without their metadata, and after LibreOffice re-saves them.
use crate::util::{koonti, merge_json, root, run, soffice_convert, unmatched_besides_signatures};
use calamine::{Data, Reader, open_workbook_auto};
use koonti_model::{Lang, Programme, Status, Unit};
use koonti_template::{Prefill, PrefillAnswer, TemplateOptions, write_template};
use serde_json::Value;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

const PROGRAMMES: [&str; 3] = ["siun-sote-2023-2025", "keusote-2020-2025", "vantaa-kerava"];

fn programme(id: &str) -> Programme {
    koonti_programme::load(id).expect("bundled programme")
}

fn files(dir: &Path) -> BTreeMap<String, Vec<u8>> {
    std::fs::read_dir(dir)
        .expect("folder")
        .map(|e| e.expect("entry").path())
        .map(|p| {
            let name = p.file_name().expect("name").to_string_lossy().into_owned();
            (name, std::fs::read(&p).expect("read"))
        })
        .collect()
}

#[test]
fn committed_templates_are_what_koonti_template_writes_today() {
    let dir = tempfile::tempdir().expect("tempdir");
    for id in PROGRAMMES {
        let out = dir.path().join(id);
        run(
            koonti()
                .args(["template", "--programme", id, "--period", "2025", "-o"])
                .arg(&out),
            true,
        );
        let written = files(&out);
        let committed = files(&root().join("templates").join(id));
        assert_eq!(
            written.keys().collect::<Vec<_>>(),
            committed.keys().collect::<Vec<_>>(),
            "{id}: regenerate with `cargo run -- template --programme {id} --period 2025 -o templates/{id}`"
        );
        for (name, bytes) in &written {
            assert!(
                committed[name] == *bytes,
                "templates/{id}/{name} differs from what koonti writes today; regenerate with `cargo run -- template --programme {id} --period 2025 -o templates/{id}`"
            );
        }
    }
}

#[test]
fn bad_language_is_a_usage_error() {
    let output = koonti()
        .args(["template", "--programme", "vantaa-kerava", "--lang", "de"])
        .output()
        .expect("runs");
    assert_eq!(output.status.code(), Some(2));
}

/// The statuses a test unit answers with, in turn.
fn statuses(programme: &Programme) -> Vec<Status> {
    match &programme.scale {
        koonti_model::AnswerScale::Marks { .. } => vec![
            Status::Implemented,
            Status::NotImplemented,
            Status::Partial,
            Status::Unanswered,
        ],
        koonti_model::AnswerScale::Status { options, .. } => options
            .iter()
            .map(|o| Status::Option(o.id.clone()))
            .chain([Status::Unanswered])
            .collect(),
    }
}

/// Known answers for unit number `n`: every status in turn, bulleted and
/// plain texts (none on unanswered rows), feedback, and a support request
/// from every other unit.
fn prefill(programme: &Programme, n: usize, typed_unit: Option<&str>) -> Prefill {
    let statuses = statuses(programme);
    let answers = programme
        .measures()
        .iter()
        .enumerate()
        .map(|(i, (_, m))| {
            let status = statuses[(i + n) % statuses.len()].clone();
            let text = match (status.is_answered(), i % 3) {
                (false, _) => String::new(),
                (true, 0) => format!("• Toimenpide {} aloitettu\n• Jatkuu {}", m.id, 2026 + n),
                (true, 1) => format!("Yksikkö {n} teki tämän ja\ntoinen rivi jatkaa"),
                (true, _) => format!("1) ensin\n2) sitten {}", m.id),
            };
            (m.id.clone(), PrefillAnswer { status, text })
        })
        .collect();
    Prefill {
        unit: typed_unit.map(str::to_string),
        answers,
        feedback: format!("- Palautetta yksiköltä {n}\n- Toinen huomio"),
        support: n.is_multiple_of(2).then(|| match n % 4 {
            0 => format!("Koulutusta asukasraateihin ({n})"),
            _ => String::new(),
        }),
        respondent: (n % 3 != 2).then(|| format!("Liisa Virtanen {n}, kehittäjä")),
        dated: n.is_multiple_of(2).then(|| format!("{}.5.2025", n + 1)),
    }
}

/// The items the reader makes of a typed text.
fn items(text: &str) -> Vec<String> {
    text.lines()
        .map(|l| {
            l.trim_start_matches(['•', '-', ' '])
                .trim_start_matches(|c: char| c.is_ascii_digit())
                .trim_start_matches(") ")
                .to_string()
        })
        .fold(Vec::new(), |mut acc: Vec<String>, line| {
            // An unbulleted wrap ("toinen rivi jatkaa") continues the item.
            if line.starts_with("toinen rivi") {
                if let Some(last) = acc.last_mut() {
                    last.push(' ');
                    last.push_str(&line);
                }
            } else {
                acc.push(line);
            }
            acc
        })
}

/// Writes filled templates for every unit and a filled blank one into
/// `dir`; returns (unit name as merged, prefill) per file.
pub(crate) fn write_filled(
    programme: &Programme,
    lang: Lang,
    dir: &Path,
) -> Vec<(String, Prefill, PathBuf)> {
    let mut units: Vec<Option<&Unit>> = programme.units.iter().map(Some).collect();
    units.push(None);
    units
        .into_iter()
        .enumerate()
        .map(|(n, unit)| {
            let typed = unit.is_none().then_some("Kokeiluyksikkö");
            let filled = prefill(programme, n, typed);
            let options = TemplateOptions {
                period: "2025".into(),
                lang,
                deadline: Some("31.1.2026".into()),
                contact: Some("osallisuus@example.fi".into()),
                prefill: Some(filled.clone()),
            };
            let bytes = write_template(programme, unit, &options).expect("template");
            let path = dir.join(koonti_template::file_name(programme, unit, &options));
            std::fs::write(&path, bytes).expect("write");
            let name = unit.map_or("Kokeiluyksikkö".to_string(), |u| u.name.clone());
            (name, filled, path)
        })
        .collect()
}

/// Asserts that `report` holds exactly the answers of `filled`.
pub(crate) fn assert_exact(
    report: &Value,
    programme: &Programme,
    filled: &[(String, Prefill, PathBuf)],
    what: &str,
) {
    assert_eq!(
        unmatched_besides_signatures(report),
        Vec::<Value>::new(),
        "{what}"
    );
    assert_eq!(report["period"], "2025", "{what}");
    let answers = report["answers"].as_array().expect("answers");
    assert_eq!(
        answers.len(),
        filled.len() * programme.measures().len(),
        "{what}"
    );
    for (unit, prefill, _) in filled {
        for (_, measure) in programme.measures() {
            let expected = &prefill.answers[&measure.id];
            let answer = answers
                .iter()
                .find(|a| a["unit"] == *unit && a["measure"] == measure.id)
                .unwrap_or_else(|| panic!("{what}: no answer {unit} {}", measure.id));
            assert_eq!(
                answer["status"],
                expected.status.as_str(),
                "{what}: {unit} {}",
                measure.id
            );
            let got: Vec<String> = serde_json::from_value(answer["items"].clone()).expect("items");
            let want = if expected.text.is_empty() {
                vec![]
            } else {
                items(&expected.text)
            };
            assert_eq!(got, want, "{what}: {unit} {}", measure.id);
            let extra: Vec<&str> = answer["extra"]
                .as_array()
                .map(|e| e.iter().filter_map(|x| x["text"].as_str()).collect())
                .unwrap_or_default();
            // Only a status-scale template has VASTUU and AIKATAULU columns.
            let fixed: Vec<&str> = match programme.scale {
                koonti_model::AnswerScale::Status { .. } => {
                    [&measure.responsible, &measure.schedule]
                        .into_iter()
                        .filter_map(|t| t.as_deref())
                        .collect()
                }
                koonti_model::AnswerScale::Marks { .. } => Vec::new(),
            };
            assert_eq!(extra, fixed, "{what}: {unit} {} extra", measure.id);
        }
        let feedback: Vec<&Value> = report["feedback"]
            .as_array()
            .expect("feedback")
            .iter()
            .filter(|f| f["unit"] == *unit)
            .collect();
        assert_eq!(feedback.len(), 1, "{what}: {unit}");
        assert_eq!(
            feedback[0]["text"],
            items(&prefill.feedback).join("\n"),
            "{what}"
        );
        let support: Vec<&Value> = report["support_requests"]
            .as_array()
            .expect("support_requests")
            .iter()
            .filter(|s| s["unit"] == *unit)
            .collect();
        match &prefill.support {
            None => assert!(support.is_empty(), "{what}: {unit} asked for no support"),
            Some(text) => {
                assert_eq!(support.len(), 1, "{what}: {unit}");
                assert_eq!(support[0]["text"], text.as_str(), "{what}: {unit}");
            }
        }
    }
    // Who filled each file in and when, as typed in its fields.
    for (_, prefill, path) in filled {
        let name = path.file_name().and_then(|n| n.to_str()).expect("name");
        let source = report["sources"]
            .as_array()
            .expect("sources")
            .iter()
            .find(|s| s["file"].as_str().is_some_and(|f| f.ends_with(name)))
            .unwrap_or_else(|| panic!("{what}: no source {name}"));
        for (key, typed) in [
            ("respondent", &prefill.respondent),
            ("dated", &prefill.dated),
        ] {
            assert_eq!(
                source[key].as_str(),
                typed.as_deref(),
                "{what}: {name} {key}"
            );
        }
    }
    for finding in report["findings"].as_array().expect("findings") {
        let code = finding["code"].as_str().unwrap_or_default();
        assert!(
            ["both_marked", "unknown_unit"].contains(&code),
            "{what}: unexpected finding {finding}"
        );
    }
}

#[test]
fn filled_templates_merge_to_exactly_the_answers_in_every_language() {
    for id in ["siun-sote-2023-2025", "keusote-2020-2025"] {
        let programme = programme(id);
        for lang in [Lang::Fi, Lang::Sv, Lang::En] {
            let dir = tempfile::tempdir().expect("tempdir");
            let inputs = dir.path().join("in");
            std::fs::create_dir(&inputs).expect("mkdir");
            let filled = write_filled(&programme, lang, &inputs);
            let report = merge_json(&[&inputs], dir.path(), &[]);
            assert_eq!(report["programme"]["id"], id);
            assert_exact(&report, &programme, &filled, &format!("{id} {lang}"));
        }
    }
}

/// Copies the answer sheet of `from` cell by cell into a new workbook, as a
/// unit copy-pasting into a new file would: no `_koonti`, no instructions.
/// `edit` may change a cell's text or move it to another row.
fn copy_answer_sheet(from: &Path, to: &Path, edit: impl Fn(u32, u32, String) -> (u32, String)) {
    let mut source = open_workbook_auto(from).expect("opens");
    let name = source.sheet_names()[1].clone();
    let range = source.worksheet_range(&name).expect("answer sheet");
    let mut book = rust_xlsxwriter::Workbook::new();
    let sheet = book.add_worksheet();
    sheet.set_name(&name).expect("name");
    let (row0, col0) = range.start().expect("cells");
    for (r, c, data) in range.cells() {
        let text = match data {
            Data::Empty => continue,
            Data::String(s) => s.clone(),
            other => other.to_string(),
        };
        let (row, col) = (row0 + r as u32, col0 + c as u32);
        let (row, text) = edit(row, col, text);
        sheet.write_string(row, col as u16, text).expect("write");
    }
    book.save(to).expect("save");
}

/// A date typed into the date field in Excel becomes a date cell (a serial
/// number with a date format): it reads as the date, never as `45780`.
#[test]
fn a_date_typed_into_the_date_field_in_excel_reads_as_the_date() {
    let programme = programme("siun-sote-2023-2025");
    let dir = tempfile::tempdir().expect("tempdir");
    let (inputs, copies) = (dir.path().join("in"), dir.path().join("copies"));
    std::fs::create_dir(&inputs).expect("mkdir");
    std::fs::create_dir(&copies).expect("mkdir");
    let filled = write_filled(&programme, Lang::Fi, &inputs);
    let from = &filled[0].2;
    let mut source = open_workbook_auto(from).expect("opens");
    let name = source.sheet_names()[1].clone();
    let range = source.worksheet_range(&name).expect("answer sheet");
    let mut book = rust_xlsxwriter::Workbook::new();
    let sheet = book.add_worksheet();
    sheet.set_name(&name).expect("name");
    let date_format = rust_xlsxwriter::Format::new().set_num_format("d.m.yyyy");
    let (row0, col0) = range.start().expect("cells");
    let mut date_row = None;
    for (r, c, data) in range.cells() {
        let (row, col) = (row0 + r as u32, (col0 + c as u32) as u16);
        match data {
            Data::Empty => {}
            // The date typed as text, written below as a date cell instead.
            Data::String(_) if date_row == Some(row) && col == 2 => {}
            Data::String(s) => {
                if s == "Päivämäärä:" {
                    date_row = Some(row);
                }
                sheet.write_string(row, col, s).expect("write");
            }
            other => {
                sheet
                    .write_string(row, col, other.to_string())
                    .expect("write");
            }
        }
    }
    let date_row = date_row.expect("the template has a date field");
    let date = rust_xlsxwriter::ExcelDateTime::from_ymd(2025, 5, 3).expect("date");
    sheet
        .write_datetime_with_format(date_row, 2, &date, &date_format)
        .expect("date cell");
    book.save(copies.join("paivatty.xlsx")).expect("save");
    let report = merge_json(&[&copies], dir.path(), &[]);
    assert_eq!(
        report["sources"][0]["dated"], "2025-05-03",
        "{}",
        report["sources"]
    );
    assert_eq!(unmatched_besides_signatures(&report), Vec::<Value>::new());
}

#[test]
fn measure_ids_survive_edited_texts_moved_rows_and_lost_metadata() {
    let programme = programme("siun-sote-2023-2025");
    let dir = tempfile::tempdir().expect("tempdir");
    let (inputs, copies) = (dir.path().join("in"), dir.path().join("copies"));
    std::fs::create_dir(&inputs).expect("mkdir");
    std::fs::create_dir(&copies).expect("mkdir");
    let filled = write_filled(&programme, Lang::Fi, &inputs);
    let original = merge_json(&[&inputs], dir.path(), &[]);
    // Rows of 1.1 and 1.3 (rows 7 and 9, 0-based 6 and 8) swap places, and
    // every measure text is rewritten beyond recognition.
    for (_, _, path) in &filled {
        let to = copies.join(path.file_name().expect("name"));
        copy_answer_sheet(path, &to, |row, col, text| {
            let row = match row {
                6 => 8,
                8 => 6,
                r => r,
            };
            let text = if col == 1 && programme.measures().iter().any(|(_, m)| m.text == text) {
                format!(
                    "Yksikön oma muotoilu: {}",
                    text.chars().rev().collect::<String>()
                )
            } else {
                text
            };
            (row, text)
        });
    }
    let copied = merge_json(
        &[&copies],
        dir.path(),
        &["--programme", "siun-sote-2023-2025"],
    );
    let key = |r: &Value| -> Vec<(String, String, String, String)> {
        r["answers"]
            .as_array()
            .expect("answers")
            .iter()
            .map(|a| {
                let s = |k: &str| a[k].to_string();
                (s("unit"), s("measure"), s("status"), s("text"))
            })
            .collect()
    };
    assert_eq!(key(&copied), key(&original));
    assert_eq!(
        copied["support_requests"].as_array().map(Vec::len),
        original["support_requests"].as_array().map(Vec::len)
    );
    assert_eq!(unmatched_besides_signatures(&copied), Vec::<Value>::new());
}

#[test]
fn libreoffice_resaved_templates_merge_to_the_same_answers_and_print() {
    let programme = programme("keusote-2020-2025");
    let dir = tempfile::tempdir().expect("tempdir");
    let inputs = dir.path().join("in");
    std::fs::create_dir(&inputs).expect("mkdir");
    let filled = write_filled(&programme, Lang::Fi, &inputs);
    for format in ["xlsx:Calc MS Excel 2007 XML", "ods"] {
        let out = dir.path().join(format.split(':').next().expect("ext"));
        std::fs::create_dir_all(&out).expect("mkdir");
        let mut converted = Vec::new();
        for (unit, prefill, path) in &filled {
            let Some(path) = soffice_convert(path, format, &out) else {
                return;
            };
            converted.push((unit.clone(), prefill.clone(), path));
        }
        let report = merge_json(&[&out], dir.path(), &[]);
        assert_exact(&report, &programme, &converted, format);
    }
    let pdf_dir = dir.path().join("pdf");
    std::fs::create_dir(&pdf_dir).expect("mkdir");
    let template =
        root().join("templates/siun-sote-2023-2025/siun-sote-2023-2025 2025 muu yksikkö.xlsx");
    if let Some(pdf) = soffice_convert(&template, "pdf", &pdf_dir) {
        let bytes = std::fs::read(pdf).expect("pdf");
        assert!(
            bytes.starts_with(b"%PDF") && bytes.len() > 10_000,
            "{} bytes",
            bytes.len()
        );
    }
}

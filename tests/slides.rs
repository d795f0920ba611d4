//! The committee's presentation (issue 23): decks for the samples, a
//! subset with two units missing (from the edited workbook, through
//! `koonti appendix`) and the Keusote programme over a quarter (from a JSON
//! report) are rendered by LibreOffice (pptx → pdf → png) and read by an
//! independent reader (python-pptx, tests/slides_check.py). Every measure
//! text, unit name and count must be on a slide, no text may leave its
//! slide or run into other text, every slide has a title, every table a
//! header row, every chart alt text.
use crate::util::{external_tool, koonti, root, run, samples, soffice_convert_all};
use koonti_model::{
    Answer, AnswerScale, Feedback, ProgrammeRef, Report, ResponseEntry, Source, Status,
};
use serde_json::Value;
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::Command;

/// A deck and the report it must show.
struct Case {
    name: &'static str,
    pptx: PathBuf,
    report: Value,
    /// The JSON statuses in the order of the count columns.
    statuses: Vec<String>,
    /// The count columns' headers, where the programme names them.
    headers: Option<Vec<String>>,
}

fn marks() -> Vec<String> {
    ["implemented", "partial", "not_implemented", "unanswered"]
        .map(String::from)
        .to_vec()
}

fn merge_deck(dir: &Path, inputs: &[&Path], name: &'static str) -> Case {
    let pptx = dir.join(format!("{name}.pptx"));
    let json = dir.join(format!("{name}.json"));
    run(
        koonti()
            .arg("merge")
            .args(inputs)
            .arg("-o")
            .arg(dir.join(format!("{name}.xlsx")))
            .arg("--json")
            .arg(&json)
            .arg("--slides")
            .arg(&pptx),
        true,
    );
    let report = read_json(&json);
    Case {
        name,
        pptx,
        report,
        statuses: marks(),
        headers: None,
    }
}

fn read_json(path: &Path) -> Value {
    serde_json::from_slice(&std::fs::read(path).expect("json")).expect("a JSON report")
}

/// The samples less two units, merged; the deck made from the workbook by
/// `koonti appendix`.
fn subset_deck(dir: &Path) -> Case {
    let subset = dir.join("subset");
    std::fs::create_dir_all(&subset).expect("mkdir");
    let mut files: Vec<PathBuf> = std::fs::read_dir(samples())
        .expect("samples")
        .map(|e| e.expect("entry").path())
        .collect();
    files.sort();
    for file in files.iter().skip(2) {
        std::fs::copy(file, subset.join(file.file_name().expect("name"))).expect("copy");
    }
    let merged = merge_deck(dir, &[&subset], "subset-merged");
    let workbook = dir.join("subset-merged.xlsx");
    let pptx = dir.join("subset.pptx");
    let output = run(
        koonti()
            .arg("appendix")
            .arg(&workbook)
            .arg("-o")
            .arg(dir.join("subset-liite.xlsx"))
            .arg("--slides")
            .arg(&pptx),
        true,
    );
    assert!(
        String::from_utf8_lossy(&output.stderr).contains("subset.pptx"),
        "the summary names the deck"
    );
    assert_eq!(
        merged.report["missing_units"].as_array().map(Vec::len),
        Some(2)
    );
    Case {
        name: "subset",
        pptx,
        ..merged
    }
}

/// A Keusote report of the first quarter: every unit answers every goal's
/// measures on the status scale, some at length.
fn keusote_deck(dir: &Path) -> Case {
    let programme = koonti_programme::load("keusote-2020-2025").expect("bundled");
    let AnswerScale::Status { options, .. } = &programme.scale else {
        panic!("Keusote has a status scale")
    };
    let units: Vec<String> = programme.units.iter().map(|u| u.name.clone()).collect();
    let mut answers = Vec::new();
    for (u, unit) in units.iter().enumerate() {
        for (m, (section, measure)) in programme.measures().into_iter().enumerate() {
            let status = match (u + m) % (options.len() + 1) {
                i if i < options.len() => Status::Option(options[i].id.clone()),
                _ => Status::Unanswered,
            };
            let items = match status {
                Status::Unanswered => vec![],
                _ => vec![format!(
                    "{unit} on edistänyt kohtaa {} neljänneksen aikana yhdessä kumppaneiden kanssa, ja työ jatkuu suunnitellusti seuraavalla neljänneksellä. Seuraavaksi järjestämme työpajan ja kokoamme palautteen.",
                    measure.id
                )],
            };
            answers.push(Answer::new(unit, section, measure, status, items));
        }
    }
    let source = Source {
        file: "viestinta.xlsx".into(),
        sheet: "Tavoitteet".into(),
        cell: "B40".into(),
    };
    let report = Report {
        programme: ProgrammeRef {
            id: programme.id.clone(),
            title: programme.title.clone(),
        },
        period: "Q1/2025".into(),
        responses: units
            .iter()
            .map(|u| ResponseEntry {
                unit: u.clone(),
                files: vec![format!("{u}.xlsx")],
            })
            .collect(),
        missing_units: vec![],
        answers,
        feedback: vec![Feedback {
            unit: units[2].clone(),
            text: "Raportointi neljännesvuosittain toimii, kun lomake pysyy samana. ".repeat(12),
            source,
        }],
        unmatched: vec![],
        findings: vec![],
        support_requests: vec![],
        sources: vec![],
        history: None,
    };
    let json = dir.join("keusote.json");
    let worded = koonti_model::WordedReport {
        report: &report,
        lang: koonti_model::Lang::Fi,
        with_args: false,
        words: koonti_messages::finding_code,
    };
    std::fs::write(&json, serde_json::to_vec(&worded).expect("json")).expect("write");
    let pptx = dir.join("keusote.pptx");
    run(
        koonti()
            .arg("appendix")
            .arg(&json)
            .arg("-o")
            .arg(dir.join("keusote-liite.xlsx"))
            .arg("--slides")
            .arg(&pptx),
        true,
    );
    let mut statuses: Vec<String> = options.iter().map(|o| o.id.clone()).collect();
    statuses.push("unanswered".into());
    Case {
        name: "keusote",
        pptx,
        report: read_json(&json),
        statuses,
        headers: Some(options.iter().map(|o| o.label.clone()).collect()),
    }
}

/// The deck as python-pptx reads it; `None` when python-pptx is missing
/// (CI installs it).
fn read_with_python_pptx(pptx: &Path) -> Option<Value> {
    let python = external_tool(&["python3"], "python3", "the python-pptx check")?;
    let has_pptx = Command::new(python)
        .args(["-c", "import pptx"])
        .output()
        .is_ok_and(|o| o.status.success());
    if !has_pptx {
        assert!(
            std::env::var_os("CI").is_none(),
            "python-pptx is missing on CI; .ci/run installs it"
        );
        eprintln!("notice: python-pptx not found, skipping the independent reader");
        return None;
    }
    let output = Command::new(python)
        .arg(root().join("tests/slides_check.py"))
        .arg(pptx)
        .output()
        .expect("python runs");
    assert!(
        output.status.success(),
        "python-pptx could not read {}: {}",
        pptx.display(),
        String::from_utf8_lossy(&output.stderr)
    );
    Some(serde_json::from_slice(&output.stdout).expect("the checker's JSON"))
}

/// A word as pdftotext -bbox places it.
#[derive(Debug)]
struct Word {
    page: usize,
    text: String,
    x0: f64,
    y0: f64,
    x1: f64,
    y1: f64,
}

fn attribute(tag: &str, name: &str) -> f64 {
    let start = tag.find(&format!("{name}=\"")).expect(name) + name.len() + 2;
    let end = start + tag[start..].find('"').expect("quote");
    tag[start..end].parse().expect("a number")
}

/// The pages' sizes and their words.
fn words(pdf: &Path) -> (Vec<(f64, f64)>, Vec<Word>) {
    let output = Command::new("pdftotext")
        .arg("-bbox")
        .arg(pdf)
        .arg("-")
        .output()
        .expect("pdftotext runs (poppler-utils)");
    let html = String::from_utf8_lossy(&output.stdout).to_string();
    let mut pages = Vec::new();
    let mut words = Vec::new();
    for piece in html.split('<').skip(1) {
        if piece.starts_with("page ") {
            pages.push((attribute(piece, "width"), attribute(piece, "height")));
        } else if piece.starts_with("word ") {
            let text = piece.split_once('>').map_or("", |(_, t)| t).to_string();
            words.push(Word {
                page: pages.len(),
                text,
                x0: attribute(piece, "xMin"),
                y0: attribute(piece, "yMin"),
                x1: attribute(piece, "xMax"),
                y1: attribute(piece, "yMax"),
            });
        }
    }
    (pages, words)
}

/// Text without any white space, for finding wrapped texts.
fn squeezed(text: &str) -> String {
    text.chars().filter(|c| !c.is_whitespace()).collect()
}

fn norm(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Checks the rendering: every word inside its page, none on another.
fn check_pdf(case: &Case, pdf: &Path, slides: usize) -> String {
    let (pages, words) = words(pdf);
    assert_eq!(pages.len(), slides, "{}: a page per slide", case.name);
    for w in &words {
        let (width, height) = pages[w.page - 1];
        assert!(
            w.x0 >= 0.0 && w.y0 >= 0.0 && w.x1 <= width && w.y1 <= height,
            "{}: '{}' leaves slide {} ({:.0},{:.0})–({:.0},{:.0})",
            case.name,
            w.text,
            w.page,
            w.x0,
            w.y0,
            w.x1,
            w.y1
        );
    }
    // Text that spilled out of its box runs over other text.
    for page in 1..=pages.len() {
        let on: Vec<&Word> = words.iter().filter(|w| w.page == page).collect();
        for (i, a) in on.iter().enumerate() {
            for b in &on[i + 1..] {
                let dx = a.x1.min(b.x1) - a.x0.max(b.x0);
                let dy = a.y1.min(b.y1) - a.y0.max(b.y0);
                let smaller = ((a.x1 - a.x0) * (a.y1 - a.y0)).min((b.x1 - b.x0) * (b.y1 - b.y0));
                assert!(
                    dx <= 0.0 || dy <= 0.0 || dx * dy < 0.3 * smaller,
                    "{}: on slide {page} '{}' and '{}' overlap",
                    case.name,
                    a.text,
                    b.text
                );
            }
        }
    }
    let text = Command::new("pdftotext")
        .arg("-raw")
        .arg(pdf)
        .arg("-")
        .output()
        .expect("pdftotext runs");
    String::from_utf8_lossy(&text.stdout).to_string()
}

/// The units whose every answer is blank but who gave feedback: left out
/// of the counts, as the appendix does.
fn nothing_to_comment(report: &Value) -> BTreeSet<String> {
    let with_feedback: BTreeSet<&str> = report["feedback"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|f| f["unit"].as_str())
        .collect();
    report["responses"]
        .as_array()
        .expect("responses")
        .iter()
        .filter_map(|r| r["unit"].as_str())
        .filter(|unit| with_feedback.contains(unit))
        .filter(|unit| {
            report["answers"]
                .as_array()
                .expect("answers")
                .iter()
                .filter(|a| a["unit"] == *unit)
                .all(|a| {
                    a["status"] == "unanswered"
                        && a["items"].as_array().is_none_or(|i| i.is_empty())
                })
        })
        .map(str::to_string)
        .collect()
}

/// Per measure id: its text and its counts in the column order.
fn expected_counts(case: &Case) -> Vec<(String, String, Vec<usize>)> {
    let left_out = nothing_to_comment(&case.report);
    let mut measures: Vec<(String, String, Vec<usize>)> = Vec::new();
    for answer in case.report["answers"].as_array().expect("answers") {
        let id = answer["measure"].as_str().expect("measure").to_string();
        let index = match measures.iter().position(|(m, _, _)| *m == id) {
            Some(i) => i,
            None => {
                let text = answer["measure_text"].as_str().unwrap_or("").to_string();
                measures.push((id.clone(), text, vec![0; case.statuses.len()]));
                measures.len() - 1
            }
        };
        if left_out.contains(answer["unit"].as_str().unwrap_or("")) {
            continue;
        }
        let status = answer["status"].as_str().expect("status");
        let column = case
            .statuses
            .iter()
            .position(|s| s == status)
            .unwrap_or_else(|| panic!("{}: status {status} has no column", case.name));
        measures[index].2[column] += 1;
    }
    measures
}

fn check_reader(case: &Case, deck: &Value, pdf_text: &str) {
    let slides = deck["slides"].as_array().expect("slides");
    assert_eq!(deck["width"].as_i64(), Some(12_192_000), "16:9");
    assert_eq!(deck["height"].as_i64(), Some(6_858_000), "16:9");
    let mut tables = Vec::new();
    let mut all_text = String::new();
    for (n, slide) in slides.iter().enumerate() {
        let n = n + 1;
        let title = slide["title"].as_str().unwrap_or("");
        assert!(
            !title.trim().is_empty(),
            "{}: slide {n} has no title",
            case.name
        );
        assert_eq!(slide["shapes_outside"], 0, "{}: slide {n}", case.name);
        assert_eq!(slide["runs_without_lang"], 0, "{}: slide {n}", case.name);
        if let Some(size) = slide["min_body_pt"].as_f64() {
            assert!(size >= 18.0, "{}: slide {n} body text {size} pt", case.name);
        }
        if let Some(size) = slide["min_table_pt"].as_f64() {
            assert!(
                size >= 12.0,
                "{}: slide {n} table text {size} pt",
                case.name
            );
        }
        let tops: Vec<i64> = slide["tops"]
            .as_array()
            .expect("tops")
            .iter()
            .filter_map(Value::as_i64)
            .collect();
        assert!(
            tops.windows(2).all(|w| w[0] <= w[1]),
            "{}: slide {n}'s shapes are not in reading order: {tops:?}",
            case.name
        );
        for table in slide["tables"].as_array().expect("tables") {
            assert_eq!(table["first_row"], true, "{}: slide {n}", case.name);
            assert!(!table["alt"].as_str().unwrap_or("").is_empty());
            tables.push(table["rows"].clone());
        }
        for chart in slide["charts"].as_array().expect("charts") {
            let alt = chart["alt"].as_str().unwrap_or("");
            assert!(alt.len() > 20, "{}: slide {n}'s chart: '{alt}'", case.name);
        }
        for picture in slide["pictures"].as_array().expect("pictures") {
            assert!(!picture["alt"].as_str().unwrap_or("").is_empty());
        }
        for text in slide["texts"].as_array().expect("texts") {
            all_text.push_str(text.as_str().unwrap_or(""));
            all_text.push('\n');
        }
    }
    // The chart counts every counted answer once.
    let charted: f64 = slides
        .iter()
        .flat_map(|s| s["charts"].as_array().into_iter().flatten())
        .flat_map(|c| c["values"].as_array().into_iter().flatten())
        .flat_map(|series| series.as_array().into_iter().flatten())
        .filter_map(Value::as_f64)
        .sum();
    let counted: usize = expected_counts(case)
        .iter()
        .map(|(_, _, counts)| counts.iter().sum::<usize>())
        .sum();
    assert_eq!(
        charted as usize, counted,
        "{}: the chart's counts",
        case.name
    );
    // Every measure with its text and counts, in a table row of its id.
    let rendered = squeezed(pdf_text);
    for (id, text, counts) in expected_counts(case) {
        let row = tables
            .iter()
            .flat_map(|t| t.as_array().expect("rows").iter().skip(1))
            .find(|row| row[0] == *id)
            .unwrap_or_else(|| panic!("{}: no row for measure {id}", case.name));
        assert_eq!(norm(row[1].as_str().unwrap_or("")), norm(&text), "{id}");
        let shown: Vec<usize> = row.as_array().expect("cells")[2..]
            .iter()
            .map(|c| c.as_str().unwrap_or("").trim().parse().expect("a count"))
            .collect();
        assert_eq!(shown, counts, "{}: measure {id}'s counts", case.name);
        assert!(
            rendered.contains(&squeezed(&text)),
            "{}: measure {id}'s text is not on any rendered slide",
            case.name
        );
    }
    if let Some(headers) = &case.headers {
        let ids: Vec<String> = expected_counts(case)
            .into_iter()
            .map(|(id, _, _)| id)
            .collect();
        let header = tables
            .iter()
            .filter_map(Value::as_array)
            .find(|rows| rows.iter().any(|r| ids.iter().any(|id| r[0] == **id)))
            .and_then(|rows| rows.first())
            .expect("a measures table");
        for (i, word) in headers.iter().enumerate() {
            assert_eq!(
                norm(header[2 + i].as_str().unwrap_or("")).to_lowercase(),
                word.to_lowercase(),
                "{}: column {i}",
                case.name
            );
        }
    }
    // Every unit named: who answered and who did not.
    let units = case.report["responses"]
        .as_array()
        .expect("responses")
        .iter()
        .map(|r| r["unit"].as_str().unwrap_or("").to_string())
        .chain(
            case.report["missing_units"]
                .as_array()
                .expect("missing")
                .iter()
                .map(|u| u.as_str().unwrap_or("").to_string()),
        );
    for unit in units {
        assert!(
            all_text.contains(&unit),
            "{}: {unit} on no slide",
            case.name
        );
        assert!(
            rendered.contains(&squeezed(&unit)),
            "{}: {unit} not rendered",
            case.name
        );
    }
}

/// The slides' titles, from the reader.
fn titles(deck: &Value) -> Vec<String> {
    deck["slides"]
        .as_array()
        .expect("slides")
        .iter()
        .map(|s| s["title"].as_str().unwrap_or("").to_string())
        .collect()
}

fn check_structure(case: &Case, deck: &Value) {
    let titles = titles(deck);
    let sections: BTreeSet<&str> = case.report["answers"]
        .as_array()
        .expect("answers")
        .iter()
        .filter_map(|a| a["section"].as_str())
        .collect();
    // Title, summary, chart(s), one or more per action, feedback, units.
    assert!(
        titles.len() >= 3 + sections.len() + 2,
        "{}: {titles:?}",
        case.name
    );
    for section in &sections {
        assert!(
            titles.iter().any(|t| t.contains(&format!(" {section}:"))),
            "{}: no slide for action {section}: {titles:?}",
            case.name
        );
    }
    let continued: Vec<&String> = titles.iter().filter(|t| t.ends_with("(jatkuu)")).collect();
    for title in continued {
        let first = title.trim_end_matches(" (jatkuu)");
        assert!(
            titles.contains(&first.to_string()),
            "{}: {title}",
            case.name
        );
    }
}

#[test]
fn decks_render_within_their_slides_with_every_measure_unit_and_count() {
    let dir = tempfile::tempdir().expect("tempdir");
    let cases = vec![
        merge_deck(dir.path(), &[&samples()], "samples"),
        subset_deck(dir.path()),
        keusote_deck(dir.path()),
    ];
    // The reader first: it needs no LibreOffice.
    let mut decks = Vec::new();
    for case in &cases {
        let Some(deck) = read_with_python_pptx(&case.pptx) else {
            return;
        };
        check_structure(case, &deck);
        decks.push(deck);
    }
    let pdf_dir = dir.path().join("pdf");
    std::fs::create_dir_all(&pdf_dir).expect("mkdir");
    let pptx: Vec<PathBuf> = cases.iter().map(|c| c.pptx.clone()).collect();
    let Some(pdfs) = soffice_convert_all(&pptx, "pdf", &pdf_dir) else {
        return;
    };
    // pdftotext has no --version; -v prints it.
    if Command::new("pdftotext").arg("-v").output().is_err() {
        assert!(
            std::env::var_os("CI").is_none(),
            "pdftotext is missing on CI; .ci/run installs poppler-utils"
        );
        eprintln!("notice: pdftotext not found, skipping the rendered deck check");
        return;
    }
    // KOONTI_SLIDES_OUT=DIR keeps the decks and their PDFs to look at.
    if let Some(keep) = std::env::var_os("KOONTI_SLIDES_OUT") {
        for path in pptx.iter().chain(&pdfs) {
            let _ = std::fs::copy(path, Path::new(&keep).join(path.file_name().expect("name")));
        }
    }
    for ((case, deck), pdf) in cases.iter().zip(&decks).zip(&pdfs) {
        let slides = deck["slides"].as_array().map_or(0, Vec::len);
        let text = check_pdf(case, pdf, slides);
        check_reader(case, deck, &text);
        // And as pictures: a PNG per slide.
        let prefix = pdf_dir.join(case.name);
        let status = Command::new("pdftoppm")
            .args(["-r", "12", "-png"])
            .arg(pdf)
            .arg(&prefix)
            .status()
            .expect("pdftoppm runs");
        assert!(status.success());
        let pngs = std::fs::read_dir(&pdf_dir)
            .expect("pdf dir")
            .filter_map(Result::ok)
            .filter(|e| {
                let name = e.file_name().to_string_lossy().to_string();
                name.starts_with(&format!("{}-", case.name)) && name.ends_with(".png")
            })
            .count();
        assert_eq!(pngs, slides, "{}: a picture per slide", case.name);
    }
}

#[test]
fn a_slides_name_must_be_pptx_and_a_theme_a_presentation() {
    let dir = tempfile::tempdir().expect("tempdir");
    let output = run(
        koonti()
            .arg("merge")
            .arg(samples())
            .arg("-o")
            .arg(dir.path().join("k.xlsx"))
            .arg("--slides")
            .arg(dir.path().join("esitys.pdf")),
        false,
    );
    assert_eq!(output.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&output.stderr).contains(".pptx"));
    let theme = dir.path().join("pohja.pptx");
    std::fs::write(&theme, b"not a presentation").expect("write");
    let output = run(
        koonti()
            .arg("merge")
            .arg(samples())
            .arg("-o")
            .arg(dir.path().join("k.xlsx"))
            .arg("--slides")
            .arg(dir.path().join("esitys.pptx"))
            .arg("--slides-theme")
            .arg(&theme),
        false,
    );
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.contains("pohja.pptx") && stderr.contains("teema"),
        "{stderr}"
    );
    assert!(!dir.path().join("esitys.pptx").exists());
}

//! Issue 20's round trip through the real binary, in Finnish, Swedish and
//! English: a county's programme spreadsheet written with the form
//! grammar's own words — a three-option mark scale in its table's answer
//! columns, or a four-option choice scale given on an options line
//! (`Vastausvaihtoehdot:`, `Svarsalternativ:`, `Answer options:`) or on an
//! Asteikko / Skala / Scale sheet — goes through `koonti template`; each
//! template is filled cell by cell where its header row says; `koonti
//! merge` then counts every option exactly as filled.
use crate::util::{koonti, merge_json, run};
use calamine::{Data, Reader, open_workbook_auto};
use koonti_form::grammar::{choice_label, class_label, mark_label, scale_sheet_name, text_label};
use koonti_form::headers::table_columns;
use koonti_form::programme_sheet::{SheetLabel, sheet_names, table_headers, unit_headers};
use koonti_form::{Role, words::option_label};
use koonti_model::{AnswerScale, Lang, Programme, Status, StatusClass};
use rust_xlsxwriter::Workbook;
use serde_json::Value;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

const LANGS: [Lang; 3] = [Lang::Fi, Lang::Sv, Lang::En];

/// How the county's sheet gives its scale.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Given {
    /// Done | partly | not done as the table's mark columns.
    ThreeMarks,
    /// Four options on a line above the table; no answer column.
    OptionsLine,
    /// Four options on a scale sheet; a choice column in the table.
    ScaleSheet,
}

/// The classes of the four-option choice scale, in the scale's order.
const FOUR: [StatusClass; 4] = [
    StatusClass::NotStarted,
    StatusClass::InProgress,
    StatusClass::Partly,
    StatusClass::Done,
];

/// The county's sections and measures in `lang` (its data, not the
/// grammar's words).
fn sections(lang: Lang) -> [(&'static str, [&'static str; 2]); 3] {
    match lang {
        Lang::Fi => [
            (
                "Tieto kulkee",
                [
                    "Avaamme asukkaille verkkosivun osallistumisesta",
                    "Kokoamme nuorisovaltuuston neljästi vuodessa",
                ],
            ),
            (
                "Yhdessä",
                [
                    "Järjestämme kyläillat jokaisessa kunnassa",
                    "Koulutamme esihenkilöt osallisuuden menetelmiin",
                ],
            ),
            (
                "Arviointi",
                [
                    "Arvioimme toiminnan yhdessä järjestöjen kanssa",
                    "Julkaisemme arvion asukkaille",
                ],
            ),
        ],
        Lang::Sv => [
            (
                "Informationen går fram",
                [
                    "Vi öppnar en webbplats om delaktighet för invånarna",
                    "Ungdomsfullmäktige sammanträder fyra gånger om året",
                ],
            ),
            (
                "Tillsammans",
                [
                    "Vi ordnar bykvällar i varje kommun",
                    "Vi utbildar cheferna i metoder för delaktighet",
                ],
            ),
            (
                "Utvärdering",
                [
                    "Vi utvärderar verksamheten tillsammans med föreningarna",
                    "Vi publicerar utvärderingen för invånarna",
                ],
            ),
        ],
        Lang::En => [
            (
                "Information flows",
                [
                    "We open a website on participation for residents",
                    "The youth council meets four times a year",
                ],
            ),
            (
                "Together",
                [
                    "We hold village evenings in every municipality",
                    "We train managers in participation methods",
                ],
            ),
            (
                "Evaluation",
                [
                    "We evaluate the work together with associations",
                    "We publish the evaluation for residents",
                ],
            ),
        ],
    }
}

const UNITS: [&str; 3] = ["Norra", "Södra", "Östra"];

/// Writes the county's programme spreadsheet in `lang`: the labels, the
/// table headers and the sheet names are the form grammar's words.
fn write_definition(path: &Path, lang: Lang, given: Given) {
    let mut book = Workbook::new();
    let [programme_sheet, units_sheet, _] = sheet_names(lang);
    let sheet = book.add_worksheet();
    sheet.set_name(programme_sheet).expect("name");
    let title = lang.pick(
        "Saariston osallisuusohjelma 2026–2028",
        "Skärgårdens delaktighetsprogram 2026–2028",
        "Archipelago participation programme 2026–2028",
    );
    sheet.write_string(0, 0, title).expect("title");
    let organisation = format!(
        "{} {}",
        SheetLabel::Organisation.written(lang),
        lang.pick("Saaristo", "Skärgården", "Archipelago")
    );
    sheet.write_string(1, 0, &organisation).expect("org");
    let labels: Vec<&str> = FOUR.iter().map(|c| class_label(*c, lang)).collect();
    if given == Given::OptionsLine {
        let line = format!(
            "{} {}",
            SheetLabel::Options.written(lang),
            labels.join("; ")
        );
        sheet.write_string(2, 0, &line).expect("options");
    }
    let mut headers: Vec<&str> = table_headers(lang).to_vec();
    match given {
        Given::ThreeMarks => headers.extend(
            [StatusClass::Done, StatusClass::Partly, StatusClass::NotDone]
                .map(|c| mark_label(c, lang)),
        ),
        Given::OptionsLine => {}
        Given::ScaleSheet => headers.push(choice_label(lang)),
    }
    headers.push(text_label(lang));
    let header_row = 4;
    for (col, text) in headers.iter().enumerate() {
        sheet
            .write_string(header_row, col as u16, *text)
            .expect("header");
    }
    let mut row = header_row + 1;
    for (s, (section, measures)) in sections(lang).iter().enumerate() {
        for (m, measure) in measures.iter().enumerate() {
            sheet.write_string(row, 0, *section).expect("section");
            sheet
                .write_string(row, 1, format!("{}.{}", s + 1, m + 1))
                .expect("id");
            sheet.write_string(row, 2, *measure).expect("measure");
            if m == 0 {
                sheet
                    .write_string(
                        row,
                        3,
                        lang.pick("Viestintä", "Kommunikation", "Communications"),
                    )
                    .expect("responsible");
                sheet.write_string(row, 4, "2027").expect("schedule");
            }
            row += 1;
        }
    }
    if given == Given::ScaleSheet {
        let scale = book.add_worksheet();
        scale.set_name(scale_sheet_name(lang)).expect("name");
        for (i, label) in labels.iter().enumerate() {
            scale.write_string(i as u32, 0, *label).expect("option");
        }
    }
    let units = book.add_worksheet();
    units.set_name(units_sheet).expect("name");
    let [name, _] = unit_headers(lang);
    units.write_string(0, 0, name).expect("header");
    for (i, unit) in UNITS.iter().enumerate() {
        units.write_string(i as u32 + 1, 0, *unit).expect("unit");
    }
    book.save(path).expect("save");
}

/// What unit `u` answers to measure number `i`: every option of the scale
/// in turn, and no answer after the last.
fn chosen(programme: &Programme, u: usize, i: usize) -> Status {
    let mut statuses: Vec<Status> = programme
        .scale
        .choices()
        .into_iter()
        .map(|c| c.status)
        .collect();
    statuses.push(Status::Unanswered);
    statuses[(u + i) % statuses.len()].clone()
}

/// Copies a template as it is (every sheet, hidden ones hidden) and fills
/// each measure row where the template's own header row says: an x under
/// the option's mark column, or the option's label in the choice column,
/// and a line of text. Gives the answers filled, by measure id.
fn fill(
    template: &Path,
    out: &Path,
    programme: &Programme,
    lang: Lang,
    u: usize,
) -> BTreeMap<String, Status> {
    let mut source = open_workbook_auto(template).expect("template opens");
    let hidden: Vec<String> = source
        .sheets_metadata()
        .iter()
        .filter(|s| s.visible != calamine::SheetVisible::Visible)
        .map(|s| s.name.clone())
        .collect();
    let columns = table_columns(programme, lang);
    let measure_header = columns
        .iter()
        .find(|c| c.role == Role::Measure)
        .map(|c| c.header.clone())
        .expect("a measure column");
    let ids: BTreeMap<&str, usize> = programme
        .measures()
        .iter()
        .enumerate()
        .map(|(i, (_, m))| (m.text.as_str(), i))
        .collect();
    let mut filled = BTreeMap::new();
    let mut book = Workbook::new();
    for name in source.sheet_names() {
        let range = source.worksheet_range(&name).expect("sheet");
        let sheet = book.add_worksheet();
        sheet.set_name(&name).expect("name");
        if hidden.contains(&name) {
            sheet.set_hidden(true);
        }
        let (top, left) = range.start().unwrap_or((0, 0));
        let mut header: BTreeMap<u32, &Role> = BTreeMap::new();
        let mut measure_col = None;
        for (r, row) in range.rows().enumerate() {
            let at = top + r as u32;
            let text = |c: usize| match row.get(c) {
                Some(Data::String(s)) => s.clone(),
                _ => String::new(),
            };
            for (c, cell) in row.iter().enumerate() {
                let col = (left as usize + c) as u16;
                match cell {
                    Data::String(s) => sheet.write_string(at, col, s),
                    Data::Float(f) => sheet.write_number(at, col, *f),
                    Data::Int(i) => sheet.write_number(at, col, *i as f64),
                    Data::Bool(b) => sheet.write_boolean(at, col, *b),
                    _ => continue,
                }
                .expect("copy");
            }
            // A header row of the answer table: where each column is.
            if let Some(c) = (0..row.len()).find(|&c| text(c) == measure_header) {
                measure_col = Some(c);
                header = (0..row.len())
                    .filter_map(|c| {
                        let role = &columns.iter().find(|k| k.header == text(c))?.role;
                        Some((left + c as u32, role))
                    })
                    .collect();
                continue;
            }
            let Some(i) = measure_col.and_then(|c| ids.get(text(c).as_str()).copied()) else {
                continue;
            };
            let measure = &programme.measures()[i].1;
            let status = chosen(programme, u, i);
            for (&col, role) in &header {
                let value = match (role, &status) {
                    (Role::Text, s) if s.is_answered() => format!("{} {}", measure.id, s),
                    (Role::Implemented, Status::Implemented)
                    | (Role::Partial, Status::Partial)
                    | (Role::NotImplemented, Status::NotImplemented) => "x".into(),
                    (Role::OptionMark(id), Status::Option(chosen)) if id == chosen => "x".into(),
                    (Role::Status, Status::Option(id)) => {
                        option_label(programme.scale.option(id).expect("an option"), lang)
                    }
                    _ => continue,
                };
                sheet.write_string(at, col as u16, &value).expect("fill");
            }
            filled.insert(measure.id.clone(), status);
        }
    }
    book.save(out).expect("save");
    filled
}

/// The report's answers counted by (measure, status).
fn counts(report: &Value) -> BTreeMap<(String, String), usize> {
    let mut counts = BTreeMap::new();
    for answer in report["answers"].as_array().expect("answers") {
        let key = (
            answer["measure"].as_str().expect("measure").to_string(),
            answer["status"].as_str().expect("status").to_string(),
        );
        *counts.entry(key).or_default() += 1;
    }
    counts
}

fn round_trip(dir: &Path, lang: Lang, given: Given) {
    let what = format!("{lang} {given:?}");
    let name = format!("{lang}-{given:?}");
    let definition = dir.join(format!("{name}.xlsx"));
    write_definition(&definition, lang, given);
    let bytes = std::fs::read(&definition).expect("written");
    let programme = koonti_engine::programme_from_file(&definition.display().to_string(), &bytes)
        .expect("a programme");
    // The scale the sheet gives, read as written.
    let choices = programme.scale.choices();
    let classes: Vec<Option<StatusClass>> = choices.iter().map(|c| c.class).collect();
    match given {
        Given::ThreeMarks => {
            let AnswerScale::Marks { partial_label, .. } = &programme.scale else {
                panic!("{what}: {:?}", programme.scale)
            };
            assert_eq!(
                partial_label.as_deref(),
                Some(mark_label(StatusClass::Partly, lang)),
                "{what}"
            );
        }
        Given::OptionsLine | Given::ScaleSheet => {
            assert_eq!(classes, FOUR.map(Some), "{what}: {:?}", programme.scale);
            let labels: Vec<&str> = choices.iter().map(|c| c.label.as_str()).collect();
            assert_eq!(labels, FOUR.map(|c| class_label(c, lang)), "{what}");
        }
    }
    let check = run(
        koonti()
            .args(["programme", "check", "--lang", &lang.to_string()])
            .arg(&definition),
        true,
    );
    let verdict = String::from_utf8_lossy(&check.stdout);
    let fine = lang.pick("kunnossa", "i ordning", "fine");
    assert!(verdict.contains(fine), "{what}: {verdict}");
    // The verdict names every option of the scale.
    for choice in &choices {
        assert!(verdict.contains(&choice.label), "{what}: {verdict}");
    }
    // koonti template, in the programme's language.
    let forms = dir.join(format!("{name}-forms"));
    run(
        koonti()
            .args(["template", "--period", "2026", "--lang", &lang.to_string()])
            .arg("--programme")
            .arg(&definition)
            .arg("-o")
            .arg(&forms),
        true,
    );
    let filled_dir = dir.join(format!("{name}-filled"));
    std::fs::create_dir_all(&filled_dir).expect("mkdir");
    let mut expected: BTreeMap<(String, String), usize> = BTreeMap::new();
    let mut templates: Vec<PathBuf> = std::fs::read_dir(&forms)
        .expect("forms")
        .map(|e| e.expect("entry").path())
        .collect();
    templates.sort();
    for (u, unit) in UNITS.iter().enumerate() {
        let template = templates
            .iter()
            .find(|p| p.to_string_lossy().contains(unit))
            .unwrap_or_else(|| panic!("{what}: no template for {unit} in {templates:?}"));
        let out = filled_dir.join(format!("{unit}.xlsx"));
        let filled = fill(template, &out, &programme, lang, u);
        assert_eq!(filled.len(), programme.measures().len(), "{what} {unit}");
        for (measure, status) in filled {
            *expected.entry((measure, status.to_string())).or_default() += 1;
        }
    }
    let out_dir = dir.join(format!("{name}-out"));
    std::fs::create_dir_all(&out_dir).expect("mkdir");
    let report = merge_json(
        &[&filled_dir],
        &out_dir,
        &[
            "--programme",
            definition.to_str().expect("utf-8"),
            "--lang",
            &lang.to_string(),
        ],
    );
    assert_eq!(counts(&report), expected, "{what}");
    // Every option counted, and each answer's class beside its status.
    for choice in &choices {
        let n: usize = expected
            .iter()
            .filter(|((_, s), _)| *s == choice.status.as_str())
            .map(|(_, n)| n)
            .sum();
        assert!(n > 0, "{what}: {:?} never filled", choice.status);
    }
    for answer in report["answers"].as_array().expect("answers") {
        let status = Status::from(answer["status"].as_str().expect("status").to_string());
        let class = status.class(&programme.scale).map(|c| c.as_str());
        assert_eq!(answer["class"].as_str(), class, "{what}: {answer}");
    }
    // The committee workbook and the appendix (xlsx and HTML) count one
    // column per option, in the scale's order, then no answer.
    let appendix = out_dir.join("liite.xlsx");
    let page = out_dir.join("liite.html");
    run(
        koonti()
            .arg("appendix")
            .arg(&filled_dir)
            .args(["--programme", definition.to_str().expect("utf-8")])
            .args(["--lang", &lang.to_string(), "-o"])
            .arg(&appendix)
            .arg("--html")
            .arg(&page),
        true,
    );
    let mut statuses: Vec<Status> = choices.iter().map(|c| c.status.clone()).collect();
    statuses.push(Status::Unanswered);
    let html = std::fs::read_to_string(&page).expect("page");
    for (_, measure) in programme.measures() {
        let want: Vec<u32> = statuses
            .iter()
            .map(|s| {
                let key = (measure.id.clone(), s.to_string());
                expected.get(&key).copied().unwrap_or(0) as u32
            })
            .collect();
        for book in [out_dir.join("koonti.xlsx"), appendix.clone()] {
            let got = count_row(&book, &measure.id, &measure.text, want.len());
            assert_eq!(got, want, "{what} {} {}", book.display(), measure.id);
        }
        assert_eq!(
            html_counts(&html, &measure.id),
            want,
            "{what} html {}",
            measure.id
        );
    }
    let doubts: Vec<&Value> = report["findings"]
        .as_array()
        .expect("findings")
        .iter()
        .filter(|f| f["severity"] != "info")
        .collect();
    assert!(doubts.is_empty(), "{what}: {doubts:?}");
}

/// The `n` counts after a measure's id and text on the first sheet of
/// `book` (the committee workbook's summary, the appendix).
pub(crate) fn count_row(book: &Path, id: &str, text: &str, n: usize) -> Vec<u32> {
    let mut workbook = open_workbook_auto(book).expect("opens");
    let first = workbook.sheet_names()[0].clone();
    let range = workbook.worksheet_range(&first).expect("sheet");
    let row = range
        .rows()
        .find(|r| {
            matches!(r.first(), Some(Data::String(s)) if s == id)
                && matches!(r.get(1), Some(Data::String(s)) if s == text)
        })
        .unwrap_or_else(|| panic!("{}: no row {id}", book.display()));
    row[2..2 + n]
        .iter()
        .map(|c| match c {
            Data::Float(f) => *f as u32,
            Data::Int(i) => *i as u32,
            other => panic!("{}: {id}: {other:?} is no count", book.display()),
        })
        .collect()
}

/// The counts of a measure's row in the appendix page ("2 / 3" cells).
pub(crate) fn html_counts(html: &str, id: &str) -> Vec<u32> {
    let row = html
        .split("<tr>")
        .find(|r| r.contains(&format!(">{id}</th>")))
        .unwrap_or_else(|| panic!("no row {id} in the page"));
    row.split("class=\"n\"")
        .skip(1)
        .filter_map(|cell| {
            let value = cell.split_once('>')?.1.split_once('<')?.0;
            value.split('/').next()?.trim().parse().ok()
        })
        .collect()
}

#[test]
fn a_three_option_mark_scale_round_trips_through_the_binary_in_every_language() {
    let dir = tempfile::tempdir().expect("tempdir");
    for lang in LANGS {
        round_trip(dir.path(), lang, Given::ThreeMarks);
    }
}

#[test]
fn a_four_option_choice_column_round_trips_through_the_binary_in_every_language() {
    let dir = tempfile::tempdir().expect("tempdir");
    for lang in LANGS {
        round_trip(dir.path(), lang, Given::OptionsLine);
        round_trip(dir.path(), lang, Given::ScaleSheet);
    }
}

//! The cases of the messy corpus.
use super::build::{
    CellValue, Column, RowSpec, STANDARD_COLUMNS, SheetSpec, WorkbookSpec, text, write_table,
};
use super::{BaseAnswer, Case, ExpectedAnswer, base_answers};

/// The action headings of the Siun sote programme.
const HEADINGS: [(&str, &str); 4] = [
    ("1", "Toimenpide 1: Viestimme selkeästi ja monikanavaisesti"),
    (
        "2",
        "Toimenpide 2: Luomme mahdollisuuksia osallistua ja vaikuttaa",
    ),
    ("3", "Toimenpide 3: Hyödynnämme asiakaspalautetta"),
    (
        "4",
        "Toimenpide 4: Edistämme järjestöjen toimintaedellytyksiä ja vaikuttamismahdollisuuksia",
    ),
];

const TITLE: &str = "Vastaukset osallisuusohjelman toimenpiteiden toteutumiseen 2024";

/// Every way units were seen to type a mark, cycled through the rows.
fn mark_spellings() -> Vec<CellValue> {
    let mut marks: Vec<CellValue> = ["x", "X", " x", "x ", "✓", "✔", "kyllä", "Kyllä", "K"]
        .iter()
        .map(|m| text(m))
        .collect();
    marks.push(CellValue::Number(1.0));
    marks.push(CellValue::Bool(true));
    marks.push(CellValue::Formula("=IF(1=1,\"x\",\"\")".into(), "x".into()));
    marks.push(text("TRUE"));
    marks
}

/// Hands out mark spellings in turn.
struct Marks {
    all: Vec<CellValue>,
    next: usize,
}

impl Marks {
    fn new() -> Self {
        Marks {
            all: mark_spellings(),
            next: 0,
        }
    }

    fn take(&mut self) -> CellValue {
        let mark = self.all[self.next % self.all.len()].clone();
        self.next += 1;
        mark
    }
}

/// The rows of one action from the base answers, marked by status.
fn rows(section: &str, marks: &mut Marks) -> Vec<RowSpec> {
    base_answers()
        .iter()
        .filter(|a| a.measure.split('.').next() == Some(section))
        .map(|a| row(a, a.text, marks))
        .collect()
}

fn row(answer: &BaseAnswer, measure: &str, marks: &mut Marks) -> RowSpec {
    let (implemented, not_implemented) = match answer.status {
        "implemented" => (Some(marks.take()), None),
        "not_implemented" => (None, Some(marks.take())),
        "partial" => (Some(marks.take()), Some(marks.take())),
        _ => (None, None),
    };
    RowSpec {
        measure: measure.to_string(),
        implemented,
        not_implemented,
        text: answer.typed.to_string(),
        extra: String::new(),
    }
}

fn base_expected() -> Vec<ExpectedAnswer> {
    base_answers().iter().map(BaseAnswer::expected).collect()
}

/// The committee's one-sheet layout: title, unit cell, per action heading
/// and table, feedback at the end.
fn one_sheet(name: &str, unit_cell: &str, feedback: &[&str]) -> SheetSpec {
    let mut sheet = SheetSpec::new(name);
    sheet.put_text(0, 0, TITLE);
    sheet.put_text(1, 0, unit_cell);
    let mut marks = Marks::new();
    let mut at = 3;
    for (section, heading) in HEADINGS {
        sheet.put_text(at, 0, heading);
        at = write_table(
            &mut sheet,
            at + 1,
            0,
            &STANDARD_COLUMNS,
            &rows(section, &mut marks),
        ) + 1;
    }
    sheet.put_text(at, 0, "Vapaamuotoinen palaute");
    for (i, text) in feedback.iter().enumerate() {
        sheet.put_text(at + 1 + i as u32, 0, text);
    }
    sheet
}

fn workbook(file_name: &str, sheets: Vec<SheetSpec>) -> WorkbookSpec {
    WorkbookSpec {
        file_name: file_name.to_string(),
        modified: (2024, 5, 2),
        sheets,
    }
}

fn case(
    name: &'static str,
    shows: &'static str,
    files: Vec<WorkbookSpec>,
    unit: &'static str,
) -> Case {
    Case {
        name,
        shows,
        programme: "siun-sote-2023-2025",
        files,
        unit,
        answers: base_expected(),
        feedback: Vec::new(),
        findings: Vec::new(),
        unmatched: 0,
    }
}

/// Every case of the corpus.
pub fn cases() -> Vec<Case> {
    vec![
        one_sheet_case(),
        xlsm_case(),
        sheet_per_action(),
        merged_title_and_moved_table(),
        unit_in_sheet_name(),
        unit_in_file_name(),
        header_variants(),
        edited_rows(),
        odd_marks(),
        feedback_sheet(),
        status_scale(),
        quarterly_status(),
        two_files(),
        unknown_unit(),
    ]
}

fn one_sheet_case() -> Case {
    let feedback = [
        "• Ohjelma on hyvä.\n• Mittarit puuttuvat,\n  ne tulisi lisätä.",
        "Kiitos!",
    ];
    let sheet = one_sheet(
        "Vastaukset",
        "Toimialue: Perhe- ja sosiaalipalvelut",
        &feedback,
    );
    let mut case = case(
        "yksi-valilehti",
        "the whole response on one sheet, every mark spelling, the unit in a label cell",
        vec![workbook("vastaus 1.xlsx", vec![sheet])],
        "Perhe- ja sosiaalipalvelut",
    );
    case.feedback = vec![
        "Ohjelma on hyvä.\nMittarit puuttuvat, ne tulisi lisätä.".into(),
        "Kiitos!".into(),
    ];
    case
}

fn xlsm_case() -> Case {
    let sheet = one_sheet("Taul1", "Työryhmä: Osallisuustyöryhmä", &[]);
    case(
        "xlsm",
        "a macro-enabled workbook (.xlsm)",
        vec![workbook("vastaus.xlsm", vec![sheet])],
        "Osallisuustyöryhmä",
    )
}

fn sheet_per_action() -> Case {
    let mut info = SheetSpec::new("Tiedot");
    info.put_text(0, 0, "Toimialue");
    info.put_text(0, 1, "Ikäihmisten palvelut");
    let mut sheets = vec![info];
    let mut marks = Marks::new();
    for (section, name) in [
        ("1", "Toimenpide 1"),
        ("2", "TP2"),
        ("3", "Toimenpide 3"),
        ("4", "TP4"),
    ] {
        let mut sheet = SheetSpec::new(name);
        write_table(
            &mut sheet,
            0,
            0,
            &STANDARD_COLUMNS,
            &rows(section, &mut marks),
        );
        sheets.push(sheet);
    }
    case(
        "valilehti-per-toimenpide",
        "one sheet per action named \"Toimenpide 1\"/\"TP2\", the unit on an info sheet",
        vec![workbook("ika.xlsx", sheets)],
        "Ikäihmisten palvelut",
    )
}

fn merged_title_and_moved_table() -> Case {
    let mut sheet = SheetSpec::new("Vastaukset");
    sheet.put_text(
        0,
        0,
        "Osallisuusohjelman toteutuminen 2024 – Pelastuslaitos",
    );
    sheet.merged.push((0, 0, 0, 5));
    let mut marks = Marks::new();
    let mut at = 3;
    for (section, heading) in HEADINGS {
        sheet.put_text(at, 2, heading);
        sheet.put_text(
            at + 1,
            2,
            "Merkitse x oikeaan sarakkeeseen ja kuvaa toteutus.",
        );
        let mut table = SheetSpec::new("tmp");
        let end = write_table(
            &mut table,
            0,
            2,
            &STANDARD_COLUMNS,
            &rows(section, &mut marks),
        );
        // Blank rows between the measures: every table row moves down by its index.
        for (row, col, value) in table.cells {
            let spread = if row == 0 { 0 } else { row - 1 };
            sheet.put(at + 3 + row + spread, col, value);
        }
        at += 3 + end * 2 + 1;
    }
    case(
        "yhdistetty-otsikko",
        "the unit in a merged title, tables starting in column C after instruction lines, blank rows between measures",
        vec![workbook("vastaus pela.xlsx", vec![sheet])],
        "Pelastuslaitos",
    )
}

fn without_unit_cell(sheet_name: &str) -> SheetSpec {
    let mut sheet = one_sheet(sheet_name, "", &[]);
    sheet.cells.retain(|(_, _, v)| *v != text(TITLE));
    sheet
}

fn unit_in_sheet_name() -> Case {
    case(
        "vain-valilehden-nimi",
        "the unit named only by the sheet name",
        vec![workbook(
            "vastaus 2024.xlsx",
            vec![without_unit_cell("Hallintopalvelut")],
        )],
        "Hallintopalvelut",
    )
}

fn unit_in_file_name() -> Case {
    let mut sheet = without_unit_cell("Taul1");
    // The unit deleted the last measure's row: it must read as unanswered.
    let last = base_answers().last().map(|a| a.text).unwrap_or_default();
    let row = sheet
        .cells
        .iter()
        .find(|(_, _, v)| *v == text(last))
        .map(|(r, _, _)| *r);
    sheet.cells.retain(|(r, _, _)| Some(*r) != row);
    let mut case = case(
        "vain-tiedoston-nimi",
        "the unit named only by the file name; a measure row deleted",
        vec![workbook(
            "Vastaukset Osallisuustyöryhmä 2024.xlsx",
            vec![sheet],
        )],
        "Osallisuustyöryhmä",
    );
    if let Some(last) = case.answers.last_mut() {
        last.status = "unanswered".into();
        last.items.clear();
    }
    case.findings = vec!["measure_missing"];
    case
}

fn header_variants() -> Case {
    let shortened = [
        (Column::Measure, "TOIMENPIDE"),
        (Column::NotImplemented, "Ei toteutunut"),
        (Column::Implemented, "Toteutunut"),
        (Column::Text, "Miten\ntoteutettu"),
        (Column::Extra, "Lisätietoja"),
    ];
    let upper = [
        (Column::Measure, "TOIMENPITEET"),
        (Column::Implemented, "TOIMENPIDE ON\nTOTEUTUNUT"),
        (Column::NotImplemented, "TOIMENPIDE EI OLE\nTOTEUTUNUT"),
        (
            Column::Text,
            "MITEN ON TOTEUTETTU TAI TULISI JATKOSSA TOTEUTTAA?",
        ),
        (Column::Extra, "Lisätietoja"),
    ];
    let mut sheet = SheetSpec::new("Vastaukset");
    sheet.put_text(0, 0, "Toimialue: Hallintopalvelut");
    let mut marks = Marks::new();
    let mut at = 2;
    let mut answers = base_expected();
    for (i, (section, heading)) in HEADINGS.iter().enumerate() {
        let mut rows = rows(section, &mut marks);
        for row in &mut rows {
            row.extra = format!(
                "Yhteyshenkilö: {}",
                row.measure.split_whitespace().next().unwrap_or_default()
            );
            if let Some(a) = answers
                .iter_mut()
                .find(|a| base_text(a.measure) == row.measure)
            {
                a.extra = vec![("Lisätietoja".into(), row.extra.clone())];
            }
        }
        sheet.put_text(at, 0, heading);
        let columns: &[(Column, &str)] = if i % 2 == 0 { &shortened } else { &upper };
        at = write_table(&mut sheet, at + 1, 0, columns, &rows) + 1;
    }
    let mut case = case(
        "otsikkomuunnelmat",
        "shortened and upper-case headers with line breaks, mark columns swapped, an added Lisätietoja column",
        vec![workbook("hallinto.xlsx", vec![sheet])],
        "Hallintopalvelut",
    );
    case.answers = answers;
    case
}

fn base_text(measure: &str) -> &'static str {
    base_answers()
        .iter()
        .find(|a| a.measure == measure)
        .map(|a| a.text)
        .unwrap_or_default()
}

fn edited_rows() -> Case {
    let edits: [(&str, &str); 6] = [
        (
            "1.1",
            "Luomme osallisuuden verkkosivun ja painettavan oppaan, joilla teemme osallistumisen mahdollisuudet näkyviksi",
        ),
        ("1.2", "Viestime osallistumisen vaikutuksista"),
        (
            "2.1",
            "HYÖDYNNÄMME VAIKUTTAMISTOIMIELINTEN JA JÄRJESTÖJEN ASIANTUNTIJUUTTA ASIOIDEN VALMISTELUSSA.",
        ),
        (
            "2.3",
            "Hyödynnämme  monipuolisesti eri asiakasryhmiä,  asiakasraateja ja kokemusasiantuntijoita\npalvelujen kehittämisessä erilaisia osallisuuden menetelmiä käyttäen.",
        ),
        (
            "3.1",
            "Kehitämme palautteenanto menetelmiä eri kanavien kautta",
        ),
        ("4.3", "kehitämme vapaaehtoistoimintaa sote-ympäristössä."),
    ];
    let mut sheet = SheetSpec::new("Vastaukset");
    sheet.put_text(0, 0, "Toimialue: Ikäihmisten palvelut");
    let mut marks = Marks::new();
    let mut at = 2;
    for (section, heading) in HEADINGS {
        sheet.put_text(at, 0, heading);
        let mut answers: Vec<BaseAnswer> = base_answers()
            .into_iter()
            .filter(|a| a.measure.starts_with(section))
            .collect();
        answers.reverse();
        let mut header = SheetSpec::new("tmp");
        write_table(&mut header, 0, 0, &STANDARD_COLUMNS, &[]);
        sheet
            .cells
            .extend(header.cells.into_iter().map(|(r, c, v)| (at + 1 + r, c, v)));
        let mut row = at + 2;
        for answer in &answers {
            let measure = edits
                .iter()
                .find(|(id, _)| *id == answer.measure)
                .map_or(answer.text, |(_, t)| t);
            let spec = super::cases::row(answer, measure, &mut marks);
            row = write_measure_row(&mut sheet, row, &spec, answer.measure == "1.1");
        }
        at = row + 1;
    }
    case(
        "muokatut-rivit",
        "measure rows in reverse order, measure texts edited (case, full stop, double spaces, line break, typos), a measure cell merged over two rows",
        vec![workbook("ikaihmiset.xlsx", vec![sheet])],
        "Ikäihmisten palvelut",
    )
}

/// Writes one measure row; `merged` spreads it over two rows with the
/// measure cell merged and the text split at its line break.
fn write_measure_row(sheet: &mut SheetSpec, row: u32, spec: &RowSpec, merged: bool) -> u32 {
    sheet.put_text(row, 0, &spec.measure);
    for (col, value) in [(1, &spec.implemented), (2, &spec.not_implemented)] {
        if let Some(value) = value {
            sheet.put(row, col, value.clone());
        }
    }
    if !merged {
        sheet.put_text(row, 3, &spec.text);
        return row + 1;
    }
    let (first, second) = spec.text.split_once('\n').unwrap_or((&spec.text, ""));
    sheet.put_text(row, 3, first);
    sheet.put_text(row + 1, 3, second);
    sheet.merged.push((row, 0, row + 1, 0));
    row + 2
}

fn odd_marks() -> Case {
    let mut sheet = one_sheet("Vastaukset", "Toimialue: Pelastuslaitos", &[]);
    let find = |sheet: &SheetSpec, measure: &str| {
        let text = base_text(measure);
        sheet
            .cells
            .iter()
            .find(|(_, _, v)| *v == super::build::text(text))
            .map(|(r, _, _)| *r)
            .unwrap_or_default()
    };
    // 1.1 and 1.2 marked by a formula (read by its cached value) and by the
    // text TRUE; 1.3: both columns marked; 2.2: a word in a mark column.
    let (r11, r12) = (find(&sheet, "1.1"), find(&sheet, "1.2"));
    sheet
        .cells
        .retain(|(r, c, _)| !((*r == r11 && *c == 1) || (*r == r12 && *c == 2)));
    sheet.put(
        r11,
        1,
        CellValue::Formula("=IF(1=1,\"x\",\"\")".into(), "x".into()),
    );
    sheet.put(r12, 2, text("TRUE"));
    let r13 = find(&sheet, "1.3");
    sheet.put(r13, 2, text("x"));
    let r22 = find(&sheet, "2.2");
    sheet.put(r22, 1, text("osittain"));
    let mut case = case(
        "merkinnat",
        "both mark columns marked, a word typed into a mark column, formula marks",
        vec![workbook("pelastus.xlsx", vec![sheet])],
        "Pelastuslaitos",
    );
    for answer in &mut case.answers {
        match answer.measure {
            "1.3" => answer.status = "partial".into(),
            "2.2" => answer.extra = vec![("Toimenpide on toteutunut".into(), "osittain".into())],
            _ => {}
        }
    }
    case.findings = vec!["both_marked", "mark_not_recognised"];
    case
}

fn feedback_sheet() -> Case {
    let mut answers = one_sheet("Vastaukset", "Toimialue: Perhe- ja sosiaalipalvelut", &[]);
    answers
        .cells
        .retain(|(_, _, v)| *v != text("Vapaamuotoinen palaute"));
    let mut feedback = SheetSpec::new("Vapaamuotoinen palaute");
    feedback.put_text(0, 0, "Ohjelmasta puuttuu mikrotason osallisuus.");
    feedback.put_text(2, 1, "1) Lisää koulutusta\n2) Lisää resursseja");
    let mut case = case(
        "palaute-omalla-valilehdella",
        "free-form feedback on a sheet of its own",
        vec![workbook("peso.xlsx", vec![answers, feedback])],
        "Perhe- ja sosiaalipalvelut",
    );
    case.feedback = vec![
        "Ohjelmasta puuttuu mikrotason osallisuus.".into(),
        "Lisää koulutusta\nLisää resursseja".into(),
    ];
    case
}

fn two_files() -> Case {
    let newer = one_sheet("Vastaukset", "Toimialue: Hallintopalvelut", &[]);
    let mut older = SheetSpec::new("Vastaukset");
    older.put_text(0, 0, "Toimialue: Hallintopalvelut");
    older.put_text(1, 0, HEADINGS[0].1);
    let old_rows = [RowSpec {
        measure: base_text("1.1").into(),
        implemented: None,
        not_implemented: Some(text("x")),
        text: "Vanha luonnos".into(),
        extra: String::new(),
    }];
    write_table(&mut older, 2, 0, &STANDARD_COLUMNS, &old_rows);
    let mut old_file = workbook("Hallinto luonnos.xlsx", vec![older]);
    old_file.modified = (2024, 4, 1);
    let mut case = case(
        "kaksi-tiedostoa",
        "two files from one unit: the newer is used, the older named in a finding and listed",
        vec![old_file, workbook("Hallinto lopullinen.xlsx", vec![newer])],
        "Hallintopalvelut",
    );
    case.findings = vec!["duplicate_response"];
    case.unmatched = 1;
    case
}

fn unknown_unit() -> Case {
    let sheet = one_sheet("Vastaukset", "Toimialue: Digipalvelut", &[]);
    let mut case = case(
        "tuntematon-yksikko",
        "a unit that is not in the programme: kept under its own name",
        vec![workbook("digi.xlsx", vec![sheet])],
        "Digipalvelut",
    );
    case.findings = vec!["unknown_unit"];
    case
}

/// The status-column scale (seed 000, Keusote): TAVOITE | TOIMENPIDE |
/// VASTUU | AIKATAULU | TILA | text, with Finnish and Swedish status words
/// in any case.
fn status_scale() -> Case {
    let programme = keusote();
    let words = [
        ("Valmis", "done"),
        ("kesken", "in_progress"),
        ("EI ALOITETTU", "not_started"),
        ("påbörjad", "in_progress"),
        ("Klar", "done"),
        ("inte påbörjad", "not_started"),
        ("", "unanswered"),
    ];
    let mut sheet = SheetSpec::new("Raportti");
    sheet.put_text(0, 0, "Osallisuuden raportointi 2024");
    sheet.put_text(1, 0, "Yksikkö: Ulkoinen integraatio");
    for (col, header) in [
        "TAVOITE",
        "TOIMENPIDE",
        "VASTUU",
        "AIKATAULU",
        "TILA",
        "Miten toimenpide on edennyt?",
    ]
    .iter()
    .enumerate()
    {
        sheet.put_text(3, col as u16, header);
    }
    let mut answers = Vec::new();
    for (i, (section_title, first, measure, text_)) in programme.iter().enumerate() {
        let row = 4 + i as u32;
        let (word, status) = words[i % words.len()];
        if *first {
            sheet.put_text(row, 0, section_title);
        }
        sheet.put_text(row, 1, measure.1);
        let responsible = if i % 3 == 0 {
            "Ulkoinen integraatio"
        } else {
            ""
        };
        sheet.put_text(row, 2, responsible);
        sheet.put_text(row, 3, if i % 4 == 0 { "2025" } else { "" });
        sheet.put_text(row, 4, word);
        sheet.put_text(row, 5, text_);
        let mut extra = Vec::new();
        if !responsible.is_empty() {
            extra.push(("VASTUU".to_string(), responsible.to_string()));
        }
        if i % 4 == 0 {
            extra.push(("AIKATAULU".to_string(), "2025".to_string()));
        }
        answers.push(ExpectedAnswer {
            measure: measure.0,
            status: status.into(),
            items: if text_.is_empty() {
                vec![]
            } else {
                vec![text_.to_string()]
            },
            extra,
        });
    }
    Case {
        name: "tila-asteikko",
        shows: "a status-column programme (TILA: Ei aloitettu / Kesken / Valmis, also Swedish) with VASTUU and AIKATAULU",
        programme: "keusote-2020-2025",
        files: vec![workbook("keusote.xlsx", vec![sheet])],
        unit: "Ulkoinen integraatio",
        answers,
        feedback: Vec::new(),
        findings: Vec::new(),
        unmatched: 0,
    }
}

/// A quarterly return of the status scale as units fill it: a TILA column
/// per quarter, the later one's header with its options, status words of
/// the unit's own, a value naming two options (unanswered, kept), and a
/// row whose current quarter is blank: unanswered for this quarter, its
/// earlier quarter's status kept as such, never the status now.
fn quarterly_status() -> Case {
    let programme = keusote();
    let latest = [
        ("Käynnissä", "in_progress"),
        ("Tehty", "done"),
        ("Ei vielä aloitettu", "not_started"),
        ("valmistunut 5/2025", "done"),
        ("kesken (jatkuu 2026)", "in_progress"),
        ("", "unanswered"),
        ("Valmis / osittain kesken", "unanswered"),
    ];
    let earlier_header = "TILA Q1/2025";
    let latest_header = "TILA Q2/2025 (Ei aloitettu / Kesken / Valmis)";
    let mut sheet = SheetSpec::new("Raportti");
    sheet.put_text(0, 0, "Osallisuuden raportointi Q2/2025");
    sheet.put_text(1, 0, "Yksikkö: Viestintä");
    for (col, header) in [
        "TAVOITE",
        "TOIMENPIDE",
        "VASTUU",
        earlier_header,
        latest_header,
        "Miten toimenpide on edennyt?",
    ]
    .iter()
    .enumerate()
    {
        sheet.put_text(3, col as u16, header);
    }
    let mut answers = Vec::new();
    for (i, (section_title, first, measure, text_)) in programme.iter().enumerate() {
        let row = 4 + i as u32;
        let (word, status) = latest[i % latest.len()];
        if *first {
            sheet.put_text(row, 0, section_title);
        }
        sheet.put_text(row, 1, measure.1);
        let responsible = if i % 4 == 1 { "Viestintä" } else { "" };
        sheet.put_text(row, 2, responsible);
        sheet.put_text(row, 3, "Kesken");
        sheet.put_text(row, 4, word);
        sheet.put_text(row, 5, text_);
        let mut extra = Vec::new();
        if !responsible.is_empty() {
            extra.push(("VASTUU".to_string(), responsible.to_string()));
        }
        extra.push((earlier_header.to_string(), "Kesken".to_string()));
        if status == "unanswered" && !word.is_empty() {
            extra.push((latest_header.to_string(), word.to_string()));
        }
        answers.push(ExpectedAnswer {
            measure: measure.0,
            status: status.into(),
            items: if text_.is_empty() {
                vec![]
            } else {
                vec![text_.to_string()]
            },
            extra,
        });
    }
    Case {
        name: "tila-neljannekset",
        shows: "a quarterly status return: a TILA column per quarter (the current quarter's counts, a blank there is no answer now), a header with its options, status words of the unit's own, an ambiguous value",
        programme: "keusote-2020-2025",
        files: vec![workbook("keusote Q2 2025.xlsx", vec![sheet])],
        unit: "Viestintä",
        answers,
        feedback: Vec::new(),
        findings: vec![
            "status_word_read",
            "ambiguous_status",
            "current_status_blank",
        ],
        unmatched: 0,
    }
}

/// (section title, first of its section, (measure id, text), answer text)
/// for the Keusote programme, read from its bundled definition.
type StatusRow = (
    &'static str,
    bool,
    (&'static str, &'static str),
    &'static str,
);

fn keusote() -> Vec<StatusRow> {
    let text = include_str!("../../../../templates/keusote-2020-2025.toml");
    let mut rows = Vec::new();
    let mut section_title = "";
    let mut first = false;
    let mut id = "";
    let mut in_section = false;
    for line in text.lines() {
        let value = || {
            line.split_once('=')
                .map(|(_, v)| v.trim().trim_matches('"'))
                .unwrap_or_default()
        };
        match line.trim() {
            "[[sections]]" => {
                in_section = true;
                first = true;
            }
            "[[sections.measures]]" => in_section = false,
            l if l.starts_with("title =") && in_section => section_title = value(),
            l if l.starts_with("id =") && !in_section => id = value(),
            l if l.starts_with("text =") && !in_section => {
                let answer = if rows.len() % 5 == 4 {
                    ""
                } else {
                    "Edennyt suunnitellusti."
                };
                rows.push((section_title, first, (id, value()), answer));
                first = false;
            }
            _ => {}
        }
    }
    rows
}

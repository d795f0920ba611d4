//! The committee's table layout: per action a heading ("Toimenpide N: …")
//! and a table whose header names the columns (measure | implemented | not
//! implemented | how, or TAVOITE | TOIMENPIDE | VASTUU | AIKATAULU | TILA),
//! then free-form feedback under its heading. Everything is found by text,
//! never by position.
use crate::LayoutReader;
use crate::index::{ProgrammeIndex, Role};
use crate::support::{self, SupportField};
use crate::unit::{self, LooseCell};
use koonti_ingest::{Cell, Sheet, Workbook, cell_name};
use koonti_model::{
    ExtraField, Feedback, Finding, FindingCode, RawAnswer, Severity, Source, Status,
    SupportRequest, UnitName, UnitResponse, Unmatched,
};
use koonti_normalise::{Mark, parse_mark, split_items};

/// The name of the hidden sheet in koonti's own templates that holds the
/// template's identity (programme, version, period, unit, measure ids,
/// language and the name of its instructions sheet).
pub const METADATA_SHEET: &str = "_koonti";

/// Reads responses laid out as tables with a header row, anywhere on any
/// number of sheets.
#[derive(Debug, Clone, Copy, Default)]
pub struct TableLayout;

impl LayoutReader for TableLayout {
    fn name(&self) -> &'static str {
        "taulukko"
    }

    fn fits(&self, workbook: &Workbook, index: &ProgrammeIndex) -> usize {
        workbook
            .sheets
            .iter()
            .flat_map(|sheet| rows(&sheet.cells))
            .filter(|row| header_of(row, index).is_some())
            .count()
    }

    fn read(&self, workbook: &Workbook, index: &ProgrammeIndex) -> UnitResponse {
        let mut reader = WorkbookReader::new(workbook, index);
        // The metadata names the instructions sheet to skip, so it goes first.
        let (metadata, answers): (Vec<&Sheet>, Vec<&Sheet>) = workbook
            .sheets
            .iter()
            .partition(|s| s.name == METADATA_SHEET);
        for sheet in metadata.into_iter().chain(answers) {
            reader.read_sheet(sheet);
        }
        reader.finish(self.name())
    }
}

/// The cells of one row, in column order.
type Row<'a> = &'a [Cell];

/// Splits sorted cells into rows.
fn rows(cells: &[Cell]) -> impl Iterator<Item = Row<'_>> {
    cells.chunk_by(|a, b| a.row == b.row)
}

/// A table's columns, from its header row.
#[derive(Debug, Clone)]
struct Table {
    columns: Vec<(u32, Role, String)>,
    measure_col: u32,
    id_col: Option<u32>,
}

impl Table {
    fn role(&self, col: u32) -> Option<&(u32, Role, String)> {
        self.columns.iter().find(|(c, _, _)| *c == col)
    }
}

/// The longest header cell, in bytes: the template's longest header,
/// "Miten on toteutettu tai tulisi jatkossa toteuttaa?", with room for
/// a unit's rewording and line breaks.
const HEADER_CELL_MAX_BYTES: usize = 120;

/// The header a row is, if it is one: a measure column and at least one
/// answer column (a mark or a status column).
fn header_of(row: Row<'_>, index: &ProgrammeIndex) -> Option<Table> {
    // A row naming a measure id is an answer row, however its texts read:
    // "Done" and "• Toimenpide 3.3 aloitettu" would pass for headers.
    // Header cells are short labels; a long cell is an answer or a measure
    // ("Toteutunut, vuonna 2024 …" must not pass for a header).
    if row.len() < 2
        || row.iter().any(|c| match &c.value {
            koonti_ingest::Value::Text(t) => {
                t.len() > HEADER_CELL_MAX_BYTES || index.measure_by_id(t).is_some()
            }
            _ => true,
        })
    {
        return None;
    }
    // Most short rows are answers: decide before building the table, with
    // no allocation per cell, and first by the cheapest test.
    let names_measures = row.iter().any(|c| match &c.value {
        koonti_ingest::Value::Text(t) => ProgrammeIndex::may_head_measures(t),
        _ => false,
    });
    if !names_measures {
        return None;
    }
    let (mut measure, mut answer) = (false, false);
    for cell in row {
        if let koonti_ingest::Value::Text(t) = &cell.value {
            match index.header_role(t) {
                Some(Role::Measure) => measure = true,
                Some(Role::Implemented | Role::NotImplemented | Role::Status) => answer = true,
                _ => {}
            }
        }
    }
    if !(measure && answer) {
        return None;
    }
    let columns: Vec<(u32, Role, String)> = row
        .iter()
        .map(|c| {
            let role = match &c.value {
                koonti_ingest::Value::Text(t) => index.classify_header(t),
                _ => Role::Extra(String::new()),
            };
            (c.col, role, koonti_normalise::clean(&c.value.text()))
        })
        .collect();
    let measure_col = columns
        .iter()
        .find(|(_, r, _)| *r == Role::Measure)
        .map(|(c, _, _)| *c)?;
    let answers = columns
        .iter()
        .any(|(_, r, _)| matches!(r, Role::Implemented | Role::NotImplemented | Role::Status));
    let id_col = columns
        .iter()
        .find(|(_, r, _)| *r == Role::MeasureId)
        .map(|(c, _, _)| *c);
    answers.then_some(Table {
        columns,
        measure_col,
        id_col,
    })
}

/// One measure row being read; continuation rows (an empty measure cell
/// under it, e.g. a merged measure cell) add to it.
#[derive(Debug)]
struct Draft {
    measure: usize,
    source: Source,
    implemented: bool,
    not_implemented: bool,
    status: Option<String>,
    texts: Vec<String>,
    extra: Vec<ExtraField>,
}

struct WorkbookReader<'a> {
    workbook: &'a Workbook,
    index: &'a ProgrammeIndex,
    answers: Vec<RawAnswer>,
    answered: Vec<bool>,
    feedback: Vec<Feedback>,
    support: SupportDraft,
    skip_sheets: Vec<String>,
    unmatched: Vec<Unmatched>,
    findings: Vec<Finding>,
    unit: Option<UnitName>,
    period: Option<String>,
    tables: usize,
}

/// The support-request area as read so far: the ticked box and the
/// description cells.
#[derive(Debug, Default)]
struct SupportDraft {
    ticked: Option<Source>,
    texts: Vec<(String, Source)>,
}

impl SupportDraft {
    /// The request, when the box is ticked or a description written.
    fn request(self) -> Option<SupportRequest> {
        let text = self
            .texts
            .iter()
            .map(|(t, _)| t.as_str())
            .collect::<Vec<_>>()
            .join("\n");
        let source = self
            .ticked
            .or_else(|| self.texts.into_iter().next().map(|(_, s)| s))?;
        Some(SupportRequest {
            unit: String::new(),
            text,
            source,
        })
    }
}

/// Where the reader is on a sheet.
struct SheetState<'a> {
    sheet: &'a Sheet,
    table: Option<Table>,
    section: Option<String>,
    in_feedback: bool,
    in_support: bool,
    draft: Option<Draft>,
}

impl<'a> WorkbookReader<'a> {
    fn new(workbook: &'a Workbook, index: &'a ProgrammeIndex) -> Self {
        WorkbookReader {
            workbook,
            index,
            answers: Vec::new(),
            answered: vec![false; index.measures.len()],
            feedback: Vec::new(),
            support: SupportDraft::default(),
            skip_sheets: Vec::new(),
            unmatched: Vec::new(),
            findings: Vec::new(),
            unit: None,
            period: None,
            tables: 0,
        }
    }

    fn source(&self, sheet: &Sheet, cell: &Cell) -> Source {
        Source {
            file: self.workbook.file.clone(),
            sheet: sheet.name.clone(),
            cell: cell_name(cell.row, cell.col),
        }
    }

    fn read_sheet(&mut self, sheet: &'a Sheet) {
        if sheet.name == METADATA_SHEET {
            self.read_metadata(sheet);
            return;
        }
        if self.skip_sheets.contains(&sheet.name) {
            return;
        }
        let mut state = SheetState {
            sheet,
            table: None,
            section: self.index.section_heading(&sheet.name),
            in_feedback: self.index.is_feedback_heading(&sheet.name),
            in_support: false,
            draft: None,
        };
        for row in rows(&sheet.cells) {
            self.read_row(&mut state, row);
        }
        self.close_draft(&mut state);
    }

    /// koonti's own templates carry a hidden sheet of `key | value` rows:
    /// programme, version, period, unit, measure ids, language and the
    /// instructions sheet (skipped: it is all template text). Unknown keys
    /// are unmatched.
    fn read_metadata(&mut self, sheet: &Sheet) {
        for row in rows(&sheet.cells) {
            let key = row[0].value.text();
            let value = row.get(1).map(|c| c.value.text()).unwrap_or_default();
            match key.as_str() {
                "unit" if !value.is_empty() => {
                    let found_in = format!("{METADATA_SHEET}!{}", cell_name(row[0].row, 1));
                    self.unit = Some(unit::resolve(&value, found_in, self.index));
                }
                "period" if !value.is_empty() => self.period = Some(value),
                "programme" if value != self.index.programme.id => {
                    let source = self.source(sheet, &row[1.min(row.len() - 1)]);
                    self.findings.push(Finding::at(
                        Severity::Warning,
                        FindingCode::ProgrammeMismatch {
                            template: value,
                            programme: self.index.programme.id.clone(),
                        },
                        &source,
                    ));
                }
                "instructions" if !value.is_empty() => self.skip_sheets.push(value),
                "programme" | "version" | "unit" | "period" | "measure_ids" | "lang"
                | "instructions" => {}
                _ => {
                    for cell in row {
                        self.unmatched_cell(sheet, cell);
                    }
                    continue;
                }
            }
            for cell in row.iter().skip(2) {
                self.unmatched_cell(sheet, cell);
            }
        }
    }

    fn read_row(&mut self, state: &mut SheetState<'a>, row: Row<'a>) {
        if let Some(table) = header_of(row, self.index) {
            self.close_draft(state);
            state.table = Some(table);
            state.in_feedback = false;
            state.in_support = false;
            self.tables += 1;
            return;
        }
        let first = koonti_normalise::clean(&row[0].value.text());
        if self.index.is_feedback_heading(&first) {
            self.close_draft(state);
            state.table = None;
            state.in_feedback = true;
            state.in_support = false;
            self.feedback_cells(state.sheet, &row[1..]);
            return;
        }
        // Checked before feedback: the support area follows the feedback.
        if support::is_support_heading(&first) {
            self.close_draft(state);
            state.table = None;
            state.in_feedback = false;
            state.in_support = true;
            self.loose_cells(state.sheet, &row[1..]);
            return;
        }
        if state.in_support {
            self.support_row(state.sheet, row);
            return;
        }
        if state.in_feedback {
            self.feedback_cells(state.sheet, row);
            return;
        }
        if row.len() == 1
            && let Some(section) = self.index.section_heading(&first)
        {
            self.close_draft(state);
            state.section = Some(section);
            return;
        }
        match state.table.clone() {
            Some(table) => self.table_row(state, &table, row),
            None => self.loose_cells(state.sheet, row),
        }
    }

    fn table_row(&mut self, state: &mut SheetState<'a>, table: &Table, row: Row<'a>) {
        let id_cell = table
            .id_col
            .and_then(|col| row.iter().find(|c| c.col == col));
        let by_id = id_cell.and_then(|c| self.index.measure_by_id(&c.value.text()));
        let measure_cell = row.iter().find(|c| c.col == table.measure_col);
        let Some(measure_cell) = measure_cell.or(id_cell.filter(|_| by_id.is_some())) else {
            self.continuation(state, table, row);
            return;
        };
        let text = measure_cell.value.text();
        let source = self.source(state.sheet, measure_cell);
        let found = match by_id {
            Some(index) => Some(crate::index::MeasureMatch {
                index,
                score: 1.0,
                rival: None,
            }),
            None => self.index.match_measure(&text, state.section.as_deref()),
        };
        let Some(found) = found else {
            self.close_draft(state);
            if row.len() == 1 && self.index.section_heading(&text).is_some() {
                return;
            }
            if row.len() == 1 {
                // A lone cell in the measure column that is no measure: an
                // instruction or title line between tables, or a stray note.
                self.loose_cells(state.sheet, row);
                return;
            }
            self.unmatched_row(state.sheet, row, |t| FindingCode::UnknownMeasure {
                text: snippet(t),
            });
            return;
        };
        self.close_draft(state);
        let measure = &self.index.measures[found.index];
        if let Some(rival) = found.rival {
            let rival = &self.index.measures[rival].id;
            self.findings.push(Finding::at(
                Severity::Warning,
                FindingCode::AmbiguousMeasure {
                    text: snippet(&text),
                    measure: measure.id.clone(),
                    rival: rival.clone(),
                },
                &source,
            ));
        } else if found.score < 1.0 {
            self.findings.push(Finding::at(
                Severity::Info,
                FindingCode::EditedMeasureText {
                    measure: measure.id.clone(),
                    similarity: percent(found.score),
                },
                &source,
            ));
        }
        if self.answered[found.index] {
            let id = measure.id.clone();
            self.unmatched_row(state.sheet, row, |_| FindingCode::DuplicateMeasure {
                measure: id,
            });
            return;
        }
        if state.section.is_none() || state.section.as_deref() != Some(measure.section.as_str()) {
            state.section = Some(measure.section.clone());
        }
        self.answered[found.index] = true;
        state.draft = Some(Draft {
            measure: found.index,
            source,
            implemented: false,
            not_implemented: false,
            status: None,
            texts: Vec::new(),
            extra: Vec::new(),
        });
        self.fill_draft(state, table, row);
    }

    /// A row with an empty measure cell: more of the measure above, or,
    /// without one, cells that match nothing.
    fn continuation(&mut self, state: &mut SheetState<'a>, table: &Table, row: Row<'a>) {
        let section_only = row
            .iter()
            .all(|c| matches!(table.role(c.col), Some((_, Role::Section, _))));
        if section_only && let Some(section) = self.index.section_heading(&row[0].value.text()) {
            self.close_draft(state);
            state.section = Some(section);
            return;
        }
        if state.draft.is_some() {
            self.fill_draft(state, table, row);
        } else {
            self.loose_cells(state.sheet, row);
        }
    }

    fn fill_draft(&mut self, state: &mut SheetState<'a>, table: &Table, row: Row<'a>) {
        let Some(mut draft) = state.draft.take() else {
            return;
        };
        for cell in row {
            let text = cell.value.text();
            let source = self.source(state.sheet, cell);
            let (role, header) = match table.role(cell.col) {
                Some((_, role, header)) => (role.clone(), header.clone()),
                None => (
                    Role::Extra(String::new()),
                    format!("sarake {}", cell_name(0, cell.col).trim_end_matches('1')),
                ),
            };
            match role {
                Role::Measure | Role::MeasureId => {}
                Role::Section => {
                    if let Some(section) = self.index.section_heading(&text) {
                        state.section = Some(section);
                    } else {
                        draft.extra.push(ExtraField {
                            header,
                            text: koonti_normalise::clean(&text),
                            cell: source.cell,
                        });
                    }
                }
                Role::Implemented | Role::NotImplemented => match parse_mark(&text) {
                    Mark::Empty => {}
                    Mark::Marked if role == Role::Implemented => draft.implemented = true,
                    Mark::Marked => draft.not_implemented = true,
                    Mark::Text(typed) => {
                        self.findings.push(Finding::at(
                            Severity::Warning,
                            FindingCode::MarkNotRecognised {
                                header: header.clone(),
                                text: snippet(&typed),
                            },
                            &source,
                        ));
                        draft.extra.push(ExtraField {
                            header,
                            text: typed,
                            cell: source.cell,
                        });
                    }
                },
                Role::Status => match self.index.status_option(&text) {
                    Some(id) => draft.status = Some(id.to_string()),
                    None => {
                        self.findings.push(Finding::at(
                            Severity::Warning,
                            FindingCode::StatusNotRecognised {
                                text: snippet(&text),
                            },
                            &source,
                        ));
                        draft.extra.push(ExtraField {
                            header,
                            text: koonti_normalise::clean(&text),
                            cell: source.cell,
                        });
                    }
                },
                Role::Text => draft.texts.push(text),
                Role::Extra(_) => draft.extra.push(ExtraField {
                    header,
                    text: koonti_normalise::clean(&text),
                    cell: source.cell,
                }),
            }
        }
        state.draft = Some(draft);
    }

    fn close_draft(&mut self, state: &mut SheetState<'a>) {
        let Some(draft) = state.draft.take() else {
            return;
        };
        let id = self.index.measures[draft.measure].id.clone();
        let items: Vec<String> = draft.texts.iter().flat_map(|t| split_items(t)).collect();
        let status = match (draft.status, draft.implemented, draft.not_implemented) {
            (Some(option), _, _) => Status::Option(option),
            (None, true, true) => {
                self.findings.push(Finding::at(
                    Severity::Warning,
                    FindingCode::BothMarked {
                        measure: id.clone(),
                    },
                    &draft.source,
                ));
                Status::Partial
            }
            (None, true, false) => Status::Implemented,
            (None, false, true) => Status::NotImplemented,
            (None, false, false) => Status::Unanswered,
        };
        if status == Status::Unanswered && !items.is_empty() {
            self.findings.push(Finding::at(
                Severity::Info,
                FindingCode::TextWithoutMark {
                    measure: id.clone(),
                },
                &draft.source,
            ));
        }
        self.answers.push(RawAnswer {
            measure: id,
            status,
            items,
            extra: draft.extra,
            source: draft.source,
        });
    }

    fn feedback_cells(&mut self, sheet: &Sheet, cells: &[Cell]) {
        for cell in cells {
            let text = split_items(&cell.value.text()).join("\n");
            if !text.is_empty() {
                self.feedback.push(Feedback {
                    unit: String::new(),
                    text,
                    source: self.source(sheet, cell),
                });
            }
        }
    }

    /// A row of the support area: a label ("Tarvitsemme tukea …", "Millaista
    /// tukea?") and the answer in the cells after it.
    fn support_row(&mut self, sheet: &Sheet, row: Row<'_>) {
        let Some(field) = support::support_field(&row[0].value.text()) else {
            self.loose_cells(sheet, row);
            return;
        };
        for cell in &row[1..] {
            let text = cell.value.text();
            let source = self.source(sheet, cell);
            match (field, parse_mark(&text)) {
                (_, Mark::Empty) => {}
                (SupportField::Need, Mark::Marked) => {
                    self.support.ticked.get_or_insert(source);
                }
                (SupportField::Need, Mark::Text(_)) => self.unmatched_cell(sheet, cell),
                (SupportField::Details, _) => {
                    let text = split_items(&text).join("\n");
                    self.support.texts.push((text, source));
                }
            }
        }
    }

    /// Cells outside tables: unit labels, titles and the template's answer
    /// counter are structure, anything else is unmatched.
    fn loose_cells(&mut self, sheet: &Sheet, row: Row<'_>) {
        let mut label_value_next = false;
        for cell in row {
            let text = cell.value.text();
            if support::is_counter(&text) {
                continue;
            }
            if label_value_next {
                label_value_next = false;
                self.name_unit(&text, sheet, cell);
                continue;
            }
            match unit::classify_loose(&text, self.index) {
                Some(LooseCell::UnitLabel {
                    name: Some(name), ..
                }) => self.name_unit(&name, sheet, cell),
                Some(LooseCell::UnitLabel { name: None, .. }) => label_value_next = true,
                Some(LooseCell::UnitName(name)) => self.name_unit(&name, sheet, cell),
                Some(LooseCell::Title { period, unit }) => {
                    if self.period.is_none() {
                        self.period = period;
                    }
                    if let Some(unit) = unit {
                        self.name_unit(&unit, sheet, cell);
                    }
                }
                Some(LooseCell::Instruction) => {}
                None => self.unmatched_cell(sheet, cell),
            }
        }
    }

    fn name_unit(&mut self, written: &str, sheet: &Sheet, cell: &Cell) {
        let found_in = format!("{}!{}", sheet.name, cell_name(cell.row, cell.col));
        let named = unit::resolve(written, found_in, self.index);
        match &self.unit {
            None => self.unit = Some(named),
            Some(current) if current.name == named.name => {}
            Some(current) => {
                let current = current.name.clone();
                self.findings.push(Finding::at(
                    Severity::Warning,
                    FindingCode::ConflictingUnit {
                        named: named.name,
                        current,
                    },
                    &self.source(sheet, cell),
                ));
            }
        }
    }

    fn unmatched_cell(&mut self, sheet: &Sheet, cell: &Cell) {
        let source = self.source(sheet, cell);
        let text = cell.value.text();
        self.findings.push(Finding::at(
            Severity::Warning,
            FindingCode::UnmatchedCell {
                text: snippet(&text),
            },
            &source,
        ));
        self.unmatched.push(Unmatched::at(source, text));
    }

    fn unmatched_row(
        &mut self,
        sheet: &Sheet,
        row: Row<'_>,
        code: impl FnOnce(&str) -> FindingCode,
    ) {
        let first = self.source(sheet, &row[0]);
        self.findings.push(Finding::at(
            Severity::Warning,
            code(&row[0].value.text()),
            &first,
        ));
        for cell in row {
            let source = self.source(sheet, cell);
            self.unmatched
                .push(Unmatched::at(source, cell.value.text()));
        }
    }

    fn finish(mut self, layout: &str) -> UnitResponse {
        let file = self.workbook.file.clone();
        if self.tables == 0 {
            self.findings
                .push(Finding::file(Severity::Error, FindingCode::NoTable, &file));
        }
        let unit = self.unit.take().or_else(|| {
            let sheets: Vec<&str> = self
                .workbook
                .sheets
                .iter()
                .map(|s| s.name.as_str())
                .collect();
            unit::from_names(&sheets, &file, self.index)
        });
        match &unit {
            None => self.findings.push(Finding::file(
                Severity::Warning,
                FindingCode::UnitNotFound,
                &file,
            )),
            Some(u) if !u.known => self.findings.push(Finding::file(
                Severity::Warning,
                FindingCode::UnknownUnit {
                    unit: u.name.clone(),
                    found_in: u.found_in.clone(),
                },
                &file,
            )),
            Some(_) => {}
        }
        let unit_name = unit.as_ref().map(|u| u.name.clone()).unwrap_or_default();
        for finding in &mut self.findings {
            finding.unit.clone_from(&unit_name);
        }
        for feedback in &mut self.feedback {
            feedback.unit.clone_from(&unit_name);
        }
        let support_requests: Vec<SupportRequest> = std::mem::take(&mut self.support)
            .request()
            .map(|r| SupportRequest {
                unit: unit_name.clone(),
                ..r
            })
            .into_iter()
            .collect();
        UnitResponse {
            file,
            modified: self.workbook.modified,
            layout: layout.to_string(),
            unit,
            period: self.period,
            answers: self.answers,
            feedback: self.feedback,
            support_requests,
            unmatched: self.unmatched,
            findings: self.findings,
        }
    }
}

/// A similarity score (0…1) in whole percent, rounded as `{:.0}` rounds
/// (half to even), as the message always showed it.
fn percent(score: f64) -> u32 {
    (score * 100.0).round_ties_even().clamp(0.0, 100.0) as u32
}

/// The start of a text for a message, on one line.
fn snippet(text: &str) -> String {
    let cleaned = koonti_normalise::clean(text);
    if cleaned.chars().count() <= 60 {
        cleaned
    } else {
        format!("{}…", cleaned.chars().take(59).collect::<String>())
    }
}

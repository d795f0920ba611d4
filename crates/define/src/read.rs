//! One workbook → a [`Draft`]: the programme tables found by their header
//! words on every sheet, the headings above each group, the labels above
//! the table and the units sheet. Shared by a definition kept as a
//! spreadsheet, a response form and a returned response.
use crate::labels::{label_value, read_label_row, section_from, split_options};
use crate::sheets::{declared_id, option_lists, read_scale_sheet, read_units, split_names};
use crate::words::{self, AnswerKind, ColumnRole, MetaField, column_role, heading};
use koonti_form::grammar;
use koonti_ingest::{Sheet, Workbook, cell_name};
use koonti_normalise::{Mark, clean, match_key, parse_mark};
use std::collections::{BTreeMap, HashMap};

/// A section as found: a heading row or a value of the section column.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct DraftSection {
    /// The number the heading or value gives, if any.
    pub(crate) number: Option<String>,
    /// The heading word ("Tavoite"), for heading rows.
    pub(crate) label: Option<String>,
    /// The title, without label and number.
    pub(crate) title: String,
}

/// A measure row as found.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct DraftMeasure {
    /// The id column's value.
    pub(crate) id: Option<String>,
    /// The measure text, cleaned.
    pub(crate) text: String,
    /// VASTUU.
    pub(crate) responsible: Option<String>,
    /// AIKATAULU.
    pub(crate) schedule: Option<String>,
    /// Index into [`Draft::sections`].
    pub(crate) section: Option<usize>,
    /// Where the text is ("Ohjelma!B4").
    pub(crate) cell: String,
}

/// What an answer column's cells hold below its header.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub(crate) struct Content {
    /// Cells that are marks (x, ✓, 1, …).
    pub(crate) marks: usize,
    /// Other non-empty cells.
    pub(crate) texts: usize,
}

/// An answer column of the table: right of the programme's own columns.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct AnswerColumn {
    /// Its header as written.
    pub(crate) header: String,
    /// What its header says it is, if the words tell.
    pub(crate) kind: Option<AnswerKind>,
    /// What its cells hold.
    pub(crate) content: Content,
}

/// Everything read from one workbook, before it is made a programme.
#[derive(Debug, Clone, Default)]
pub(crate) struct Draft {
    /// The first title cell.
    pub(crate) title: Option<String>,
    /// Labelled values above the table ("Tunnus: …").
    pub(crate) meta: HashMap<MetaField, String>,
    /// The unit label and name of a response form ("Toimialue: …").
    pub(crate) unit_label: Option<(String, Option<String>)>,
    /// The feedback heading of a response form.
    pub(crate) feedback: Option<String>,
    /// The sections, in order.
    pub(crate) sections: Vec<DraftSection>,
    /// The header of the section column, when sections are a column.
    pub(crate) section_header: Option<String>,
    /// The measures, in order.
    pub(crate) measures: Vec<DraftMeasure>,
    /// The first table's answer columns, in order.
    pub(crate) answers: Vec<AnswerColumn>,
    /// The status options a label cell or scale sheet lists.
    pub(crate) options: Vec<String>,
    /// Where those options are: the label cell ("Ohjelma!A3"), or the
    /// scale sheet's first option.
    pub(crate) options_at: Option<String>,
    /// The units of a units sheet: (name, aliases).
    pub(crate) units: Vec<(String, Vec<String>)>,
    /// Columns with content that are neither programme nor answer columns.
    pub(crate) ignored: Vec<String>,
    /// The programme id a hidden `_koonti` sheet names.
    pub(crate) declared_id: Option<String>,
    /// The values units wrote in the status column, each once.
    pub(crate) status_values: Vec<String>,
    /// Lists of options in parentheses anywhere ("(Ei aloitettu / Kesken /
    /// Valmis)", as instructions give them): the order of the options.
    pub(crate) option_lists: Vec<Vec<String>>,
}

/// The rows of a sheet: (row, [(col, text)]), texts cleaned, empty ones left out.
pub(crate) type Rows = BTreeMap<u32, Vec<(u32, String)>>;

pub(crate) fn rows_of(sheet: &Sheet) -> Rows {
    let mut rows: Rows = BTreeMap::new();
    for cell in &sheet.cells {
        let text = clean(&cell.value.text());
        if !text.is_empty() {
            rows.entry(cell.row).or_default().push((cell.col, text));
        }
    }
    rows
}

/// A table's header: which column holds what.
#[derive(Debug, Clone)]
struct Table {
    measure_col: u32,
    id_col: Option<u32>,
    section_col: Option<u32>,
    responsible_col: Option<u32>,
    schedule_col: Option<u32>,
    /// Answer columns by column number → index into [`Draft::answers`]
    /// (only for the first table; later tables' answers are read the same).
    answer_cols: Vec<(u32, usize)>,
    /// Columns of their own left of the answers.
    other_cols: Vec<(u32, String)>,
    headers: Vec<String>,
}

fn header_of(cells: &[(u32, String)], draft: &mut Draft) -> Option<Table> {
    // A row with a measure id ("1.1") is a measure row, whatever its
    // answer cells say ("Valmis" reads as an option's header).
    let is_id = |t: &str| {
        let t = t.trim().trim_end_matches('.');
        !t.is_empty() && t.chars().all(|c| c.is_ascii_digit() || c == '.')
    };
    if cells.len() > 1 && cells.iter().any(|(_, t)| is_id(t)) {
        return None;
    }
    let roles: Vec<(u32, ColumnRole, &str)> = cells
        .iter()
        .map(|(col, text)| (*col, column_role(text), text.as_str()))
        .collect();
    let measure_col = roles
        .iter()
        .find(|(_, r, _)| *r == ColumnRole::Measure)
        .map(|(c, _, _)| *c)?;
    let known = roles
        .iter()
        .filter(|(_, r, _)| !matches!(r, ColumnRole::Other | ColumnRole::Measure))
        .count();
    let lone = cells.len() == 1 && grammar::heads_measures_alone(&cells[0].1);
    if known == 0 && !lone {
        return None;
    }
    let col_of = |role: ColumnRole| {
        roles
            .iter()
            .find(|(_, r, _)| *r == role)
            .map(|(c, _, _)| *c)
    };
    let section_col = col_of(ColumnRole::Section);
    let programme_cols = [
        Some(measure_col),
        col_of(ColumnRole::Id),
        section_col,
        col_of(ColumnRole::Responsible),
        col_of(ColumnRole::Schedule),
    ];
    let last_programme_col = programme_cols.iter().flatten().max().copied().unwrap_or(0);
    let first_table = draft.answers.is_empty();
    let mut answer_cols = Vec::new();
    let mut other_cols = Vec::new();
    for (col, role, text) in &roles {
        let kind = match role {
            ColumnRole::Answer(kind) => Some(*kind),
            ColumnRole::Other => None,
            // A second measure column ("Mittari" beside "Toimenpide") is
            // no part of the measure: named as not used if it has content.
            ColumnRole::Measure if *col != measure_col => {
                other_cols.push((*col, text.to_string()));
                continue;
            }
            _ => continue,
        };
        // Answers are right of the programme's columns: a "Kuvaus" between
        // the measure and Vastuu describes the measure.
        if *col > last_programme_col {
            if first_table {
                draft.answers.push(AnswerColumn {
                    header: text.to_string(),
                    kind,
                    content: Content::default(),
                });
            }
            answer_cols.push((*col, answer_cols.len()));
        } else {
            other_cols.push((*col, text.to_string()));
        }
    }
    if let (Some(col), None) = (section_col, &draft.section_header) {
        draft.section_header = cells
            .iter()
            .find(|(c, _)| *c == col)
            .map(|(_, t)| t.clone());
    }
    Some(Table {
        measure_col,
        id_col: col_of(ColumnRole::Id),
        section_col,
        responsible_col: col_of(ColumnRole::Responsible),
        schedule_col: col_of(ColumnRole::Schedule),
        answer_cols: if first_table { answer_cols } else { Vec::new() },
        other_cols,
        headers: cells.iter().map(|(_, t)| t.clone()).collect(),
    })
}

/// Reads one sheet's tables into `draft`; returns how many measures it added.
fn read_sheet(sheet: &Sheet, draft: &mut Draft, unit_reader: &koonti_form::Form) -> usize {
    let rows = rows_of(sheet);
    let before = draft.measures.len();
    let mut table: Option<Table> = None;
    let mut after_feedback = false;
    let mut section: Option<usize> = None;
    let cell = |row: u32, col: u32| format!("{}!{}", sheet.name, cell_name(row, col));
    // Units listed on the programme's own sheet, under a row "Yksiköt":
    // one a row (name, then other names) until a blank row.
    let mut units_until: Option<u32> = None;
    for (row, cells) in &rows {
        if let Some(next) = units_until {
            if *row == next {
                let aliases = cells.get(1).map(|(_, t)| split_names(t, &cells[0].1));
                draft
                    .units
                    .push((cells[0].1.clone(), aliases.unwrap_or_default()));
                units_until = Some(row + 1);
                continue;
            }
            units_until = None;
        }
        if cells.len() == 1 {
            let text = &cells[0].1;
            let (label, listed) = text.split_once([':', '：']).unwrap_or((text, ""));
            if words::is_units_heading(label) {
                if listed.trim().is_empty() {
                    units_until = Some(row + 1);
                } else {
                    let names = listed.split(';').map(clean).filter(|n| !n.is_empty());
                    draft.units.extend(names.map(|n| (n, Vec::new())));
                }
                continue;
            }
        }
        if let Some(found) = header_of(cells, draft) {
            table = Some(found);
            after_feedback = false;
            continue;
        }
        let Some(t) = &table else {
            if cells.len() == 1
                && let Some(h) = heading(&cells[0].1)
            {
                draft.sections.push(section_from(&cells[0].1, Some(h)));
                section = Some(draft.sections.len() - 1);
                continue;
            }
            let listed = draft.options.clone();
            read_label_row(cells, draft, unit_reader);
            if draft.options != listed {
                draft.options_at = Some(cell(*row, cells[0].0));
            }
            continue;
        };
        if after_feedback {
            continue;
        }
        let single = cells.len() == 1;
        if words::is_feedback_heading(&cells[0].1) {
            draft.feedback.get_or_insert(cells[0].1.clone());
            after_feedback = true;
            continue;
        }
        // The support request ("Behöver enheten stöd? Vilket?") ends the
        // table too: never a measure.
        if koonti_form::support::support_label(&cells[0].1).is_some() {
            after_feedback = true;
            continue;
        }
        if let Some((key, value)) = label_value(cells, 0)
            && grammar::is_options_label(&key)
        {
            draft.options = split_options(&value);
            draft.options_at = Some(cell(*row, cells[0].0));
            continue;
        }
        if cells.iter().all(|(_, text)| t.headers.contains(text)) {
            continue; // a header repeated on a new page
        }
        let at = |col: Option<u32>| {
            col.and_then(|col| cells.iter().find(|(c, _)| *c == col))
                .map(|(_, text)| text.clone())
        };
        let lone_col = cells[0].0;
        if single
            && (heading(&cells[0].1).is_some()
                || (lone_col != t.measure_col && Some(lone_col) != t.id_col))
        {
            let text = &cells[0].1;
            draft.sections.push(section_from(text, heading(text)));
            section = Some(draft.sections.len() - 1);
            continue;
        }
        if let Some(value) = at(t.section_col) {
            let found = section_from(&value, heading(&value));
            let same = section
                .and_then(|s| draft.sections.get(s))
                .is_some_and(|s| s.title == found.title);
            if !same {
                draft.sections.push(found);
                section = Some(draft.sections.len() - 1);
            }
        }
        let Some(text) = at(Some(t.measure_col)) else {
            continue;
        };
        for (col, answer) in &t.answer_cols {
            if let Some(value) = at(Some(*col)) {
                let content = &mut draft.answers[*answer].content;
                match parse_mark(&value) {
                    Mark::Marked => content.marks += 1,
                    _ => content.texts += 1,
                }
                if draft.answers[*answer].kind == Some(AnswerKind::Status) {
                    let listed = split_options(&value);
                    if listed.len() >= 2 {
                        if draft.options.is_empty() {
                            draft.options = listed;
                        }
                    } else if !draft
                        .status_values
                        .iter()
                        .any(|v| match_key(v) == match_key(&value))
                    {
                        draft.status_values.push(value.clone());
                    }
                }
            }
        }
        for (col, header) in &t.other_cols {
            if at(Some(*col)).is_some() && !draft.ignored.contains(header) {
                draft.ignored.push(header.clone());
            }
        }
        draft.measures.push(DraftMeasure {
            id: at(t.id_col),
            text,
            responsible: at(t.responsible_col),
            schedule: at(t.schedule_col),
            section,
            cell: cell(*row, t.measure_col),
        });
    }
    draft.measures.len() - before
}

/// Reads a workbook: the units and scale sheets, the `_koonti` sheet, and
/// every other sheet's tables. A sheet of its own holding measures with no
/// section of their own makes a section named after the sheet when more
/// than one sheet holds measures.
pub(crate) fn read_workbook(workbook: &Workbook) -> Draft {
    let mut draft = Draft::default();
    let unit_reader = koonti_form::Form::new(&crate::build::skeleton());
    let mut per_sheet: Vec<(String, usize, usize, usize)> = Vec::new();
    for sheet in &workbook.sheets {
        draft.option_lists.extend(option_lists(sheet));
        if sheet.name == koonti_form::METADATA_SHEET {
            draft.declared_id = declared_id(sheet);
        } else if words::is_units_sheet(&sheet.name) {
            draft.units.extend(read_units(sheet));
        } else if words::is_scale_sheet(&sheet.name) {
            (draft.options, draft.options_at) = read_scale_sheet(sheet);
        } else if !words::is_skipped_sheet(&sheet.name) {
            let (measures, sections) = (draft.measures.len(), draft.sections.len());
            let added = read_sheet(sheet, &mut draft, &unit_reader);
            if added > 0 {
                per_sheet.push((sheet.name.clone(), measures, sections, added));
            }
        }
    }
    if per_sheet.len() > 1 {
        for (name, first_measure, _, added) in per_sheet {
            let range = first_measure..first_measure + added;
            if draft.measures[range.clone()]
                .iter()
                .all(|m| m.section.is_none())
            {
                draft.sections.push(section_from(&name, heading(&name)));
                let index = draft.sections.len() - 1;
                for measure in &mut draft.measures[range] {
                    measure.section = Some(index);
                }
            }
        }
    }
    draft
}

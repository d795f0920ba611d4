//! The committee's table layout: per action a heading ("Toimenpide N: …")
//! and a table whose header names the columns (measure | implemented | not
//! implemented | how, or TAVOITE | TOIMENPIDE | VASTUU | AIKATAULU | TILA),
//! then free-form feedback under its heading. Everything is found by text,
//! never by position.
//!
//! - [`header`]: which row is a table's header and what its columns hold;
//! - [`rows`]: a sheet read row by row, in a table, the feedback, the
//!   support area or outside them;
//! - [`draft`]: one measure's cells → its answer;
//! - [`areas`]: feedback, support request and loose cells;
//! - [`metadata`]: the hidden `_koonti` sheet of koonti's templates.
mod areas;
mod draft;
mod header;
mod measure_row;
mod metadata;
mod rows;
mod status;
mod unmatched;

use crate::LayoutReader;
use crate::index::ProgrammeIndex;
use crate::unit;
use areas::SupportDraft;
use header::header_of;
use koonti_form::METADATA_SHEET;
use koonti_ingest::{Cell, Sheet, Workbook, cell_name};
use koonti_model::{
    Feedback, FieldText, Finding, FindingCode, Period, RawAnswer, Severity, Source, SupportRequest,
    UnitName, UnitResponse, Unmatched,
};

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

/// One workbook being read: what it has given so far.
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
    period: Option<Period>,
    tables: usize,
    /// Notes outside the tables naming a measure (its index), with their
    /// text and cell: kept with that measure's answer when there is one.
    notes: Vec<(usize, String, Source)>,
    /// Unmatched cells so far per sheet, for `unmatched::UNMATCHED_FINDINGS`.
    unmatched_counts: Vec<(String, usize)>,
    /// The respondent and date fields, the first filled one of each.
    respondent: Option<FieldText>,
    dated: Option<FieldText>,
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
            notes: Vec::new(),
            unmatched_counts: Vec::new(),
            respondent: None,
            dated: None,
        }
    }

    fn source(&self, sheet: &Sheet, cell: &Cell) -> Source {
        Source {
            file: self.workbook.file.clone(),
            sheet: sheet.name.clone(),
            cell: cell_name(cell.row, cell.col),
        }
    }

    /// Reads one sheet: the metadata, a skipped instructions sheet, or rows.
    fn read_sheet(&mut self, sheet: &'a Sheet) {
        if sheet.name == METADATA_SHEET {
            self.read_metadata(sheet);
            return;
        }
        if self.skip_sheets.contains(&sheet.name) {
            return;
        }
        self.read_rows(sheet);
    }

    /// The response: the unit named or guessed, with the file-level findings.
    fn finish(mut self, layout: &str) -> UnitResponse {
        let file = self.workbook.file.clone();
        // The period: hidden metadata, else a title, else the file name.
        let name = std::path::Path::new(&file)
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default();
        unit::refine_period(&mut self.period, unit::period_in(&name, self.index));
        if self.tables == 0 {
            self.findings
                .push(Finding::file(Severity::Error, FindingCode::NoTable, &file));
        }
        self.sheets_not_read(&file);
        self.cells_not_read(&file);
        self.numbers_not_dates(&file);
        self.place_notes();
        self.more_unmatched(&file);
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
            respondent: self.respondent,
            dated: self.dated,
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

#[cfg(test)]
mod legacy_tests;

#[cfg(test)]
pub(crate) mod tests {
    //! Cells built in memory, as ingest would give them.
    use super::*;
    use koonti_ingest::Value;

    pub fn siun() -> ProgrammeIndex {
        ProgrammeIndex::new(koonti_programme::load("siun-sote-2023-2025").expect("bundled"))
    }

    pub fn keusote() -> ProgrammeIndex {
        ProgrammeIndex::new(koonti_programme::load("keusote-2020-2025").expect("bundled"))
    }

    /// The non-empty cells of row `row` from column A on.
    pub fn row(row: u32, texts: &[&str]) -> Vec<Cell> {
        texts
            .iter()
            .enumerate()
            .filter(|(_, t)| !t.is_empty())
            .map(|(col, t)| Cell {
                row,
                col: col as u32,
                value: Value::Text(t.to_string()),
            })
            .collect()
    }

    /// A sheet of rows from A1 on; empty texts are empty cells.
    pub fn sheet(name: &str, rows: &[&[&str]]) -> Sheet {
        Sheet {
            name: name.to_string(),
            cells: rows
                .iter()
                .enumerate()
                .flat_map(|(r, texts)| row(r as u32, texts))
                .collect(),
        }
    }

    /// The texts of a response's unmatched cells, in order.
    pub fn unmatched_texts(response: &UnitResponse) -> Vec<&str> {
        response.unmatched.iter().map(|u| u.text.as_str()).collect()
    }

    /// `sheets` read as one workbook by the table layout.
    pub fn read(index: &ProgrammeIndex, sheets: Vec<Sheet>) -> UnitResponse {
        let workbook = Workbook {
            file: "vastaus.xlsx".into(),
            sheets,
            ..Workbook::default()
        };
        TableLayout.read(&workbook, index)
    }

    #[test]
    fn a_workbook_without_a_table_says_so_and_keeps_its_cells() {
        let index = siun();
        let response = read(&index, vec![sheet("Taul1", &[&["Jotain", "muuta"]])]);
        assert!(response.answers.is_empty());
        assert_eq!(response.unmatched.len(), 2);
        let codes: Vec<&FindingCode> = response.findings.iter().map(|f| &f.code).collect();
        assert!(codes.contains(&&FindingCode::NoTable), "{codes:?}");
        assert!(codes.contains(&&FindingCode::UnitNotFound), "{codes:?}");
    }

    /// Issue 22: a number in a date format that is no date stays the
    /// number among the cells, and a finding names its cell and format.
    #[test]
    fn a_number_that_is_no_date_is_a_finding_naming_its_format() {
        let index = siun();
        let workbook = Workbook {
            file: "luvut.xlsx".into(),
            sheets: vec![sheet("Taul1", &[&["Jotain"]])],
            not_dates: vec![koonti_ingest::NotADate {
                sheet: "Taul1".into(),
                row: 0,
                col: 1,
                number: -12345.6789,
                format: "m/d/yy".into(),
            }],
            ..Workbook::default()
        };
        let response = TableLayout.read(&workbook, &index);
        let finding = response
            .findings
            .iter()
            .find(|f| f.code.code() == "number_not_a_date")
            .expect("a finding");
        assert_eq!(
            (
                finding.file.as_str(),
                finding.sheet.as_str(),
                finding.cell.as_str()
            ),
            ("luvut.xlsx", "Taul1", "B1")
        );
        assert_eq!(
            finding.code,
            FindingCode::NumberNotADate {
                number: "-12345.6789".into(),
                format: "m/d/yy".into()
            }
        );
    }

    #[test]
    fn the_table_layout_fits_by_its_header_rows() {
        let index = siun();
        let workbook = Workbook {
            sheets: vec![sheet(
                "S",
                &[
                    &["Toimenpiteet", "Toteutunut"],
                    &["x"],
                    &["Toimenpiteet", "TILA"],
                ],
            )],
            ..Workbook::default()
        };
        assert_eq!(TableLayout.fits(&workbook, &index), 2);
    }
}

//! What is kept aside: cells that matched nothing (each listed, the first
//! of a sheet with a finding of its own), notes naming a measure (kept with
//! its answer) and the sheets that are no worksheets.
use super::{Row, WorkbookReader, snippet};
use koonti_ingest::{Cell, Sheet};
use koonti_model::{ExtraField, Finding, FindingCode, Severity, Source, Unmatched};

/// The unmatched cells of one sheet that get a finding each.
pub(super) const UNMATCHED_FINDINGS: usize = 50;

impl WorkbookReader<'_> {
    /// Lists a cell that matched nothing, with a finding (the first
    /// [`UNMATCHED_FINDINGS`] of a sheet; then one finding counts the rest).
    pub(super) fn unmatched_cell(&mut self, sheet: &Sheet, cell: &Cell) {
        let source = self.source(sheet, cell);
        let text = cell.value.text();
        self.unmatched_finding(&source, &text);
        self.unmatched.push(Unmatched::at(source, text));
    }

    /// Lists a cell that was read for what it says (the respondent, the
    /// date, the period) without a finding: it is in the report as read,
    /// and still listed where it came from.
    pub(super) fn keep_listed(&mut self, sheet: &Sheet, cell: &Cell) {
        let source = self.source(sheet, cell);
        self.unmatched
            .push(Unmatched::at(source, cell.value.text()));
    }

    /// The finding of one unmatched cell, or a count of it when its sheet
    /// has had its share: a sheet of a hundred thousand stray cells lists
    /// them all as unmatched without as many findings.
    pub(super) fn unmatched_finding(&mut self, source: &Source, text: &str) {
        let count = match self
            .unmatched_counts
            .iter_mut()
            .find(|(s, _)| *s == source.sheet)
        {
            Some((_, count)) => count,
            None => {
                self.unmatched_counts.push((source.sheet.clone(), 0));
                &mut self.unmatched_counts.last_mut().expect("just pushed").1
            }
        };
        *count += 1;
        if *count <= UNMATCHED_FINDINGS {
            self.findings.push(Finding::at(
                Severity::Warning,
                FindingCode::UnmatchedCell {
                    text: snippet(text),
                },
                source,
            ));
        }
    }

    /// One finding per sheet counting the unmatched cells past the first
    /// [`UNMATCHED_FINDINGS`].
    pub(super) fn more_unmatched(&mut self, file: &str) {
        for (sheet, count) in std::mem::take(&mut self.unmatched_counts) {
            if count > UNMATCHED_FINDINGS {
                let mut finding = Finding::file(
                    Severity::Warning,
                    FindingCode::MoreUnmatchedCells {
                        count: (count - UNMATCHED_FINDINGS) as u64,
                    },
                    file,
                );
                finding.sheet = sheet;
                self.findings.push(finding);
            }
        }
    }

    /// Lists every cell of a row that matched nothing, with one finding.
    pub(super) fn unmatched_row(
        &mut self,
        sheet: &Sheet,
        row: Row<'_>,
        code: impl FnOnce(&str) -> FindingCode,
    ) {
        let first = self.source(sheet, &row[0]);
        self.findings.push(Finding::at(
            Severity::Warning,
            code(&row[0].value.as_text()),
            &first,
        ));
        for cell in row {
            let source = self.source(sheet, cell);
            self.unmatched
                .push(Unmatched::at(source, cell.value.text()));
        }
    }

    /// A finding for each sheet of the workbook that is no worksheet (a
    /// chart or macro sheet): it was there, and it held nothing to read.
    pub(super) fn sheets_not_read(&mut self, file: &str) {
        for skipped in &self.workbook.skipped {
            let mut finding = Finding::file(
                Severity::Info,
                FindingCode::SheetNotRead {
                    sheet: skipped.name.clone(),
                    kind: skipped.kind,
                },
                file,
            );
            finding.sheet.clone_from(&skipped.name);
            self.findings.push(finding);
        }
    }

    /// A finding for each sheet read in part (more cells than are read from
    /// one sheet, or than the file's limit left it): how many cells were
    /// read and how many were not.
    pub(super) fn cells_not_read(&mut self, file: &str) {
        for cut in &self.workbook.cut {
            let (sheet, read, rest) = (cut.name.clone(), cut.read, cut.rest);
            let code = match cut.by {
                koonti_ingest::CutBy::Sheet => FindingCode::CellsNotRead { sheet, read, rest },
                koonti_ingest::CutBy::File { max } => FindingCode::FileCellsNotRead {
                    sheet,
                    read,
                    rest,
                    max,
                },
            };
            let mut finding = Finding::file(Severity::Error, code, file);
            finding.sheet.clone_from(&cut.name);
            self.findings.push(finding);
        }
    }

    /// A finding for each number in a date or time format that is no date
    /// (issue 22): the cell keeps the number, the finding names the format.
    pub(super) fn numbers_not_dates(&mut self, file: &str) {
        for odd in &self.workbook.not_dates {
            let source = Source {
                file: file.to_string(),
                sheet: odd.sheet.clone(),
                cell: koonti_ingest::cell_name(odd.row, odd.col),
            };
            self.findings.push(Finding::at(
                Severity::Warning,
                FindingCode::NumberNotADate {
                    number: koonti_ingest::Value::Number(odd.number).text(),
                    format: odd.format.clone(),
                },
                &source,
            ));
        }
    }

    /// Puts each note naming a measure with that measure's answer (as an
    /// extra field headed by its cell, with a finding); a note about a
    /// measure this response does not answer is unmatched.
    pub(super) fn place_notes(&mut self) {
        for (measure, text, source) in std::mem::take(&mut self.notes) {
            let id = &self.index.measures[measure].id;
            let Some(answer) = self.answers.iter_mut().find(|a| &a.measure == id) else {
                self.unmatched_finding(&source, &text);
                self.unmatched.push(Unmatched::at(source, text));
                continue;
            };
            self.findings.push(Finding::at(
                Severity::Info,
                FindingCode::NoteKeptWithAnswer {
                    measure: id.clone(),
                    text: snippet(&text),
                },
                &source,
            ));
            answer.extra.push(ExtraField {
                header: format!("{}!{}", source.sheet, source.cell),
                text,
                cell: source.cell,
                kind: None,
            });
        }
    }
}

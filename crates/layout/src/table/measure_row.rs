//! A row under a table's header: a measure row, found by its id or its
//! text, or a continuation of the measure above it.
use super::draft::{CurrentStatus, Draft};
use super::header::Table;
use super::rows::SheetState;
use super::{Row, WorkbookReader, percent, snippet};
use crate::index::{MeasureMatch, Role};
use koonti_model::{Finding, FindingCode, Severity};
use koonti_normalise::Keyed;

impl<'a> WorkbookReader<'a> {
    /// A row under a table's header: a measure row (by its id or text), a
    /// continuation of the measure above, or cells that match nothing.
    pub(super) fn table_row(
        &mut self,
        state: &mut SheetState<'a>,
        table: &Table,
        row: Row<'a>,
        keys: &[Option<Keyed<'_>>; 2],
    ) {
        let id_cell = table
            .id_col
            .and_then(|col| row.iter().find(|c| c.col == col));
        let by_id = id_cell.and_then(|c| self.index.measure_by_id(&c.value.as_text()));
        let measure_cell = row.iter().position(|c| c.col == table.measure_col);
        let Some(at) = measure_cell.or(id_cell
            .filter(|_| by_id.is_some())
            .and_then(|id| row.iter().position(|c| c.col == id.col)))
        else {
            self.continuation(state, table, row);
            return;
        };
        let measure_cell = &row[at];
        let text = measure_cell.value.text();
        let source = self.source(state.sheet, measure_cell);
        let found = match by_id {
            Some(index) => Some(MeasureMatch {
                index,
                score: 1.0,
                rival: None,
            }),
            None => match keys.get(at).and_then(Option::as_ref) {
                Some(key) => self
                    .index
                    .match_measure_keyed(key, state.section.as_deref()),
                None => self.index.match_measure(&text, state.section.as_deref()),
            },
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
        if state.section.as_deref() != Some(measure.section.as_str()) {
            state.section = Some(measure.section.clone());
        }
        self.answered[found.index] = true;
        let mut draft = Draft::new(found.index, source);
        draft.current_status = table.current_status.map(|col| CurrentStatus {
            col,
            row: row[0].row,
            header: table
                .column(col)
                .map_or_else(String::new, |(_, h)| h.to_string()),
        });
        state.draft = Some(draft);
        self.fill_draft(state, table, row, false);
    }

    /// A row with an empty measure cell: a section named in the section
    /// column, more of the measure above, or, without one, cells that match
    /// nothing.
    fn continuation(&mut self, state: &mut SheetState<'a>, table: &Table, row: Row<'a>) {
        let section_only = row
            .iter()
            .all(|c| matches!(table.column(c.col), Some((Role::Section, _))));
        if section_only && let Some(section) = self.index.section_heading(&row[0].value.as_text()) {
            self.close_draft(state);
            state.section = Some(section);
            return;
        }
        if state.draft.is_some() {
            self.fill_draft(state, table, row, true);
        } else {
            self.loose_cells(state.sheet, row);
        }
    }
}

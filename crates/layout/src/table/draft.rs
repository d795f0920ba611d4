//! One measure's answer as its row (and the continuation rows under it)
//! are read: the marks or the status, the texts and the extra columns, and
//! then the answer they make. The status of a status scale is decided in
//! [`super::status`].
use super::header::Table;
use super::rows::SheetState;
use super::{Row, WorkbookReader, snippet};
use crate::index::Role;
use koonti_ingest::cell_name;
use koonti_model::{
    ExtraField, ExtraKind, Finding, FindingCode, RawAnswer, Severity, Source, Status,
};
use koonti_normalise::{Mark, parse_mark, split_items};

/// A cell that may give the status of a status scale: a status column's
/// value or a mark under one option's column. It is kept among the extras
/// (at `extra`) until the status is decided, so that a value that gives no
/// confident status stays with the answer in its column's place.
#[derive(Debug)]
pub(super) struct StatusCell {
    pub(super) col: u32,
    pub(super) header: String,
    pub(super) text: String,
    /// The text as written, line breaks and all (they separate clauses).
    pub(super) written: String,
    pub(super) source: Source,
    /// The option whose mark column it is in; `None` for a status column.
    pub(super) option: Option<String>,
    /// Index of the cell's value in the draft's extras.
    pub(super) extra: usize,
}

/// The status column of the period being reported, on a measure's row.
#[derive(Debug)]
pub(super) struct CurrentStatus {
    pub(super) col: u32,
    /// The measure's (first) row.
    pub(super) row: u32,
    pub(super) header: String,
}

/// One measure row being read; continuation rows (an empty measure cell
/// under it, e.g. a merged measure cell) add to it.
#[derive(Debug)]
pub(super) struct Draft {
    pub(super) measure: usize,
    pub(super) source: Source,
    implemented: bool,
    not_implemented: bool,
    /// Marks of a marks scale as read: (column role, header, text, source),
    /// kept so that marks that do not fit the scale stay with the answer.
    marks: Vec<(Role, String, String, Source)>,
    /// The table has a "partly" mark column: both outer marks are then
    /// a contradiction, not "partly".
    partial_column: bool,
    pub(super) status_cells: Vec<StatusCell>,
    /// The status column of the period being reported: a blank there is
    /// no answer for this period, whatever earlier periods' columns say.
    pub(super) current_status: Option<CurrentStatus>,
    texts: Vec<String>,
    pub(super) extra: Vec<ExtraField>,
}

impl Draft {
    /// An answer to measure `measure` (index into the programme index)
    /// whose row starts at `source`.
    pub(super) fn new(measure: usize, source: Source) -> Draft {
        Draft {
            measure,
            source,
            implemented: false,
            not_implemented: false,
            marks: Vec::new(),
            partial_column: false,
            status_cells: Vec::new(),
            current_status: None,
            texts: Vec::new(),
            extra: Vec::new(),
        }
    }

    /// The status the marks make: one mark column's status; both outer
    /// marks are `Partial` on the two-mark layout (koonti's instructions
    /// say so). `None` when the marks do not fit the scale: a mark under an
    /// option the scale lacks, the partly column with another, or both
    /// outer marks beside a partly column.
    fn mark_status(&self) -> Option<Status> {
        let partial = self.marks.iter().any(|(r, ..)| *r == Role::Partial);
        let other = self
            .marks
            .iter()
            .any(|(r, ..)| matches!(r, Role::OtherOption(_)));
        let outer = (self.implemented, self.not_implemented);
        if other || (partial && (outer.0 || outer.1)) || (self.partial_column && outer.0 && outer.1)
        {
            return None;
        }
        Some(match outer {
            _ if partial => Status::Partial,
            (true, true) => Status::Partial,
            (true, false) => Status::Implemented,
            (false, true) => Status::NotImplemented,
            (false, false) => Status::Unanswered,
        })
    }
}

impl<'a> WorkbookReader<'a> {
    /// Adds the cells of `row` to the draft in `state`, each by its
    /// column's role.
    /// `continued` says the row goes on the measure's earlier row: text in
    /// its measure or id column is then no part of the measure (a note
    /// typed below the table) and is read as a loose cell.
    pub(super) fn fill_draft(
        &mut self,
        state: &mut SheetState<'a>,
        table: &Table,
        row: Row<'a>,
        continued: bool,
    ) {
        let Some(mut draft) = state.draft.take() else {
            return;
        };
        draft.partial_column |= table.has_partial_column();
        for cell in row {
            // The measure's own cells and its text need neither the
            // column's header nor the cell's place: not made for them.
            match table.column(cell.col).map(|(role, _)| role) {
                Some(Role::Measure | Role::MeasureId) if !continued => continue,
                Some(Role::Text) => {
                    draft.texts.push(cell.value.text());
                    continue;
                }
                _ => {}
            }
            let text = cell.value.text();
            let source = self.source(state.sheet, cell);
            let (role, header) = match table.column(cell.col) {
                Some((role, header)) => (role.clone(), header.to_string()),
                None => (
                    Role::Extra(String::new()),
                    format!("sarake {}", cell_name(0, cell.col).trim_end_matches('1')),
                ),
            };
            let extra = |text: String, kind: Option<ExtraKind>| ExtraField {
                header: header.clone(),
                text,
                cell: source.cell.clone(),
                kind,
            };
            match role {
                Role::Measure | Role::MeasureId if continued => {
                    self.loose_cells(state.sheet, std::slice::from_ref(cell));
                }
                Role::Measure | Role::MeasureId => {}
                Role::Section => match self.index.section_heading(&text) {
                    Some(section) => state.section = Some(section),
                    None => draft
                        .extra
                        .push(extra(koonti_normalise::clean(&text), None)),
                },
                Role::Implemented | Role::NotImplemented | Role::Partial | Role::OtherOption(_) => {
                    match parse_mark(&text) {
                        Mark::Empty => {}
                        Mark::Marked => {
                            match role {
                                Role::Implemented => draft.implemented = true,
                                Role::NotImplemented => draft.not_implemented = true,
                                _ => {}
                            }
                            let cleaned = koonti_normalise::clean(&text);
                            draft.marks.push((role, header.clone(), cleaned, source));
                        }
                        Mark::Text(typed) => {
                            self.mark_not_recognised(&header, &typed, &source);
                            draft.extra.push(extra(typed, None));
                        }
                    }
                }
                Role::OptionMark(id) => match parse_mark(&text) {
                    Mark::Empty => {}
                    Mark::Marked => {
                        draft
                            .extra
                            .push(extra(koonti_normalise::clean(&text), None));
                        draft.status_cells.push(StatusCell {
                            col: cell.col,
                            header: header.clone(),
                            text: koonti_normalise::clean(&text),
                            written: text.clone(),
                            source,
                            option: Some(id),
                            extra: draft.extra.len() - 1,
                        });
                    }
                    Mark::Text(typed) => {
                        self.mark_not_recognised(&header, &typed, &source);
                        draft
                            .extra
                            .push(extra(typed, Some(ExtraKind::UnreadStatus)));
                    }
                },
                Role::Status => {
                    let cleaned = koonti_normalise::clean(&text);
                    if !cleaned.is_empty() {
                        draft.extra.push(extra(cleaned.clone(), None));
                        draft.status_cells.push(StatusCell {
                            col: cell.col,
                            header: header.clone(),
                            text: cleaned,
                            written: text.clone(),
                            source,
                            option: None,
                            extra: draft.extra.len() - 1,
                        });
                    }
                }
                Role::Responsible => draft.extra.push(extra(
                    koonti_normalise::clean(&text),
                    Some(ExtraKind::Responsible),
                )),
                Role::Schedule => draft.extra.push(extra(
                    koonti_normalise::clean(&text),
                    Some(ExtraKind::Schedule),
                )),
                Role::Text => draft.texts.push(text),
                Role::Extra(_) => draft
                    .extra
                    .push(extra(koonti_normalise::clean(&text), None)),
            }
        }
        state.draft = Some(draft);
    }

    /// Marks that do not fit the scale: a finding on the row, and every
    /// mark kept with the answer as an unread status, never counted.
    fn marks_do_not_fit(&mut self, draft: &mut Draft) {
        let headers: Vec<&str> = draft.marks.iter().map(|(_, h, ..)| h.as_str()).collect();
        let text = snippet(&headers.join(" + "));
        let source = draft.marks.first().map_or(&draft.source, |(.., s)| s);
        let code = match draft.marks.as_slice() {
            [(Role::OtherOption(_), header, ..)] => FindingCode::StatusNotRecognised {
                text: snippet(header),
            },
            _ => FindingCode::AmbiguousStatus {
                text,
                options: headers.iter().map(|h| h.to_string()).collect(),
            },
        };
        self.findings
            .push(Finding::at(Severity::Warning, code, source));
        for (_, header, text, source) in std::mem::take(&mut draft.marks) {
            draft.extra.push(ExtraField {
                header,
                text,
                cell: source.cell,
                kind: Some(ExtraKind::UnreadStatus),
            });
        }
    }

    fn mark_not_recognised(&mut self, header: &str, typed: &str, source: &Source) {
        self.findings.push(Finding::at(
            Severity::Warning,
            FindingCode::MarkNotRecognised {
                header: header.to_string(),
                text: snippet(typed),
            },
            source,
        ));
    }

    /// Turns the draft in `state`, if any, into an answer.
    pub(super) fn close_draft(&mut self, state: &mut SheetState<'a>) {
        let Some(mut draft) = state.draft.take() else {
            return;
        };
        let id = self.index.measures[draft.measure].id.clone();
        let items: Vec<String> = draft.texts.iter().flat_map(|t| split_items(t)).collect();
        let scale_status = self.scale_status(&mut draft);
        let status = match draft.mark_status() {
            None => {
                self.marks_do_not_fit(&mut draft);
                Status::Unanswered
            }
            Some(marked) => match scale_status {
                Some(status) if status.is_answered() => status,
                _ => marked,
            },
        };
        if status == Status::Partial && draft.implemented && draft.not_implemented {
            // As koonti's instructions say: told, not doubted.
            self.findings.push(Finding::at(
                Severity::Info,
                FindingCode::BothMarked {
                    measure: id.clone(),
                },
                &draft.source,
            ));
        }
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
}

#[cfg(test)]
mod tests;

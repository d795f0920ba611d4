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
            status_cells: Vec::new(),
            current_status: None,
            texts: Vec::new(),
            extra: Vec::new(),
        }
    }

    /// The status the marks make; both marks are `Partial`.
    fn mark_status(&self) -> Status {
        match (self.implemented, self.not_implemented) {
            (true, true) => Status::Partial,
            (true, false) => Status::Implemented,
            (false, true) => Status::NotImplemented,
            (false, false) => Status::Unanswered,
        }
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
        for cell in row {
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
                Role::Implemented | Role::NotImplemented => match parse_mark(&text) {
                    Mark::Empty => {}
                    Mark::Marked if role == Role::Implemented => draft.implemented = true,
                    Mark::Marked => draft.not_implemented = true,
                    Mark::Text(typed) => {
                        self.mark_not_recognised(&header, &typed, &source);
                        draft.extra.push(extra(typed, None));
                    }
                },
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
        let status = match self.scale_status(&mut draft) {
            Some(status) if status.is_answered() => status,
            _ => draft.mark_status(),
        };
        if status == Status::Partial {
            self.findings.push(Finding::at(
                Severity::Warning,
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
mod tests {
    use super::*;
    use crate::table::tests::{keusote, read, sheet, siun};
    use koonti_model::FindingCode;

    fn source() -> Source {
        Source {
            file: "f.xlsx".into(),
            sheet: "S".into(),
            cell: "B2".into(),
        }
    }

    #[test]
    fn marks_make_the_status() {
        let mut draft = Draft::new(0, source());
        assert_eq!(draft.mark_status(), Status::Unanswered);
        draft.implemented = true;
        assert_eq!(draft.mark_status(), Status::Implemented);
        draft.not_implemented = true;
        assert_eq!(draft.mark_status(), Status::Partial);
        draft.implemented = false;
        assert_eq!(draft.mark_status(), Status::NotImplemented);
    }

    const HEADER: &[&str] = &[
        "Toimenpiteet",
        "Toteutunut",
        "Ei toteutunut",
        "Miten",
        "Muuta",
    ];

    #[test]
    fn each_cell_goes_where_its_column_says() {
        let index = siun();
        let measure = index.programme.measures()[0].1.text.clone();
        let response = read(
            &index,
            vec![sheet(
                "Pelastuslaitos",
                &[
                    HEADER,
                    &[&measure, "x", "", "• eka\n• toka", "huom"],
                    // A continuation row: more text for the same measure.
                    &["", "", "", "kolmas"],
                ],
            )],
        );
        let answer = &response.answers[0];
        assert_eq!(answer.status, Status::Implemented);
        assert_eq!(answer.items, ["eka", "toka", "kolmas"]);
        assert_eq!(answer.extra.len(), 1);
        assert_eq!(
            (
                answer.extra[0].header.as_str(),
                answer.extra[0].text.as_str()
            ),
            ("Muuta", "huom")
        );
        assert!(response.findings.is_empty(), "{:?}", response.findings);
    }

    #[test]
    fn both_marks_a_word_and_a_text_alone_are_findings() {
        let index = siun();
        let texts: Vec<String> = index.programme.measures()[..3]
            .iter()
            .map(|(_, m)| m.text.clone())
            .collect();
        let response = read(
            &index,
            vec![sheet(
                "Vastaukset",
                &[
                    HEADER,
                    &[&texts[0], "x", "x"],
                    &[&texts[1], "ehkä"],
                    &[&texts[2], "", "", "tekstiä"],
                ],
            )],
        );
        let statuses: Vec<&Status> = response.answers.iter().map(|a| &a.status).collect();
        assert_eq!(
            statuses,
            [&Status::Partial, &Status::Unanswered, &Status::Unanswered]
        );
        assert_eq!(response.answers[1].extra[0].text, "ehkä");
        let codes: Vec<&FindingCode> = response.findings.iter().map(|f| &f.code).collect();
        assert!(
            matches!(codes[0], FindingCode::BothMarked { .. }),
            "{codes:?}"
        );
        assert!(
            matches!(codes[1], FindingCode::MarkNotRecognised { .. }),
            "{codes:?}"
        );
        assert!(
            matches!(codes[2], FindingCode::TextWithoutMark { .. }),
            "{codes:?}"
        );
    }

    #[test]
    fn a_status_column_takes_the_scales_options() {
        let index = keusote();
        let (_, first) = index.programme.measures()[0];
        let (_, second) = index.programme.measures()[1];
        let response = read(
            &index,
            vec![sheet(
                "Vastaukset",
                &[
                    &["TOIMENPIDE", "VASTUU", "TILA"],
                    &[&first.text, "Hallitus", "kesken"],
                    &[&second.text, "", "puolivalmis"],
                ],
            )],
        );
        assert_eq!(
            response.answers[0].status,
            Status::Option("in_progress".into())
        );
        assert_eq!(response.answers[0].extra[0].text, "Hallitus");
        assert_eq!(response.answers[1].status, Status::Unanswered);
        assert_eq!(response.answers[1].extra[0].text, "puolivalmis");
        assert!(matches!(
            response.findings[0].code,
            FindingCode::StatusNotRecognised { .. }
        ));
    }
}

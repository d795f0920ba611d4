//! One measure's answer as its row (and the continuation rows under it)
//! are read: the marks or the status, the texts and the extra columns, and
//! then the answer they make.
use super::header::Table;
use super::rows::SheetState;
use super::{Row, WorkbookReader, snippet};
use crate::index::Role;
use koonti_ingest::cell_name;
use koonti_model::{ExtraField, Finding, FindingCode, RawAnswer, Severity, Source, Status};
use koonti_normalise::{Mark, parse_mark, split_items};

/// One measure row being read; continuation rows (an empty measure cell
/// under it, e.g. a merged measure cell) add to it.
#[derive(Debug)]
pub(super) struct Draft {
    pub(super) measure: usize,
    pub(super) source: Source,
    implemented: bool,
    not_implemented: bool,
    status: Option<String>,
    texts: Vec<String>,
    extra: Vec<ExtraField>,
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
            status: None,
            texts: Vec::new(),
            extra: Vec::new(),
        }
    }

    /// The status the marks or the chosen option make; both marks are
    /// `Partial`.
    fn status(&self) -> Status {
        match (&self.status, self.implemented, self.not_implemented) {
            (Some(option), _, _) => Status::Option(option.clone()),
            (None, true, true) => Status::Partial,
            (None, true, false) => Status::Implemented,
            (None, false, true) => Status::NotImplemented,
            (None, false, false) => Status::Unanswered,
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
            let extra = |text: String| ExtraField {
                header: header.clone(),
                text,
                cell: source.cell.clone(),
            };
            match role {
                Role::Measure | Role::MeasureId if continued => {
                    self.loose_cells(state.sheet, std::slice::from_ref(cell));
                }
                Role::Measure | Role::MeasureId => {}
                Role::Section => match self.index.section_heading(&text) {
                    Some(section) => state.section = Some(section),
                    None => draft.extra.push(extra(koonti_normalise::clean(&text))),
                },
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
                        draft.extra.push(extra(typed));
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
                        draft.extra.push(extra(koonti_normalise::clean(&text)));
                    }
                },
                Role::Text => draft.texts.push(text),
                Role::Extra(_) => draft.extra.push(extra(koonti_normalise::clean(&text))),
            }
        }
        state.draft = Some(draft);
    }

    /// Turns the draft in `state`, if any, into an answer.
    pub(super) fn close_draft(&mut self, state: &mut SheetState<'a>) {
        let Some(draft) = state.draft.take() else {
            return;
        };
        let id = self.index.measures[draft.measure].id.clone();
        let items: Vec<String> = draft.texts.iter().flat_map(|t| split_items(t)).collect();
        let status = draft.status();
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
    fn marks_and_options_make_the_status() {
        let mut draft = Draft::new(0, source());
        assert_eq!(draft.status(), Status::Unanswered);
        draft.implemented = true;
        assert_eq!(draft.status(), Status::Implemented);
        draft.not_implemented = true;
        assert_eq!(draft.status(), Status::Partial);
        draft.implemented = false;
        assert_eq!(draft.status(), Status::NotImplemented);
        draft.status = Some("done".into());
        assert_eq!(draft.status(), Status::Option("done".into()));
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

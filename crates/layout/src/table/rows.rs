//! A sheet read row by row. Where the reader is — in a table, in the
//! feedback, in the support area, or outside all of them — decides what a
//! row is; a header row, a feedback or support heading and a section
//! heading move it.
use super::draft::Draft;
use super::header::{Table, header_of};
use super::status::current_status_column;
use super::{Row, WorkbookReader};
use koonti_form::support;
use koonti_ingest::Sheet;
use koonti_normalise::Keyed;

/// The part of a sheet the reader is in.
#[derive(Debug, Clone)]
pub(super) enum Area {
    /// Outside every table and area: titles, labels, instructions.
    Loose,
    /// Under a table's header row.
    Table(Table),
    /// Under the feedback heading (or on a feedback sheet).
    Feedback,
    /// Under the support-request heading.
    Support,
}

/// Where the reader is on a sheet.
pub(super) struct SheetState<'a> {
    pub(super) sheet: &'a Sheet,
    area: Area,
    /// The section (action, goal) the rows belong to.
    pub(super) section: Option<String>,
    /// The measure whose rows are being read.
    pub(super) draft: Option<Draft>,
}

impl<'a> WorkbookReader<'a> {
    /// Reads a sheet's rows; a sheet named after a section or the feedback
    /// starts in it.
    pub(super) fn read_rows(&mut self, sheet: &'a Sheet) {
        let mut state = SheetState {
            sheet,
            area: if self.index.is_feedback_heading(&sheet.name) {
                Area::Feedback
            } else {
                Area::Loose
            },
            section: self.index.section_heading(&sheet.name),
            draft: None,
        };
        for row in super::rows(&sheet.cells) {
            self.read_row(&mut state, row);
        }
        self.close_draft(&mut state);
    }

    fn read_row(&mut self, state: &mut SheetState<'a>, row: Row<'a>) {
        if let Some(mut table) = header_of(row, self.index) {
            table.current_status = current_status_column(&table, state.sheet, row[0].row);
            self.enter(state, Area::Table(table));
            self.tables += 1;
            return;
        }
        let first_text = row[0].value.as_text();
        let first = koonti_normalise::cleaned(&first_text);
        // The first two cells keyed once, for all the tests below (the
        // key of a text does not depend on its whitespace).
        let second_text = row.get(1).map(|c| c.value.as_text());
        let keys = [
            Some(Keyed::new(&first)),
            second_text.as_deref().map(Keyed::new),
        ];
        let first_key = keys[0].as_ref().expect("the first cell is keyed");
        if self.index.is_feedback_heading_keyed(&first, first_key) {
            self.enter(state, Area::Feedback);
            // "Vapaamuotoinen palaute: Ohjelma on hyvä" is feedback itself.
            let written = self.index.form().feedback_in_heading(&first_text);
            if let Some(written) = written {
                self.feedback_text(state.sheet, &row[0], &written);
            }
            self.feedback_cells(state.sheet, &row[1..]);
            return;
        }
        // Checked before feedback: the support area follows the feedback.
        // A label of it ("Tarvitsemme tukea …: x") starts it without its
        // heading, after a table or the feedback too.
        // In the feedback, a sentence asking for support in the unit's own
        // words stays feedback unless an answer stands beside it.
        // Under a table, only a row that starts with the label (or a mark
        // and the label) is one: a text cell of a measure row may read like
        // a request ("Tarvitsemme tukea …") and stays that measure's.
        let support_label = match (&state.area, Self::support_label_in(row, &keys)) {
            (_, None) => false,
            (Area::Feedback, Some((_, label))) => !label.statement || row.len() > 1,
            (Area::Table(_), Some((at, _))) => {
                (at == 0
                    || koonti_normalise::parse_mark(&row[0].value.as_text())
                        == koonti_normalise::Mark::Marked)
                    && keys[at]
                        .as_ref()
                        .and_then(|key| self.index.match_measure_keyed(key, None))
                        .is_none()
            }
            _ => true,
        };
        if support::is_support_heading_keyed(&first, first_key) || support_label {
            if !matches!(state.area, Area::Support) {
                self.enter(state, Area::Support);
            }
            self.support_row(state.sheet, row);
            return;
        }
        match &state.area {
            Area::Support => return self.support_row(state.sheet, row),
            Area::Feedback => return self.feedback_cells(state.sheet, row),
            Area::Table(_) | Area::Loose => {}
        }
        if row.len() == 1
            && let Some(section) = self.index.section_heading_keyed(&first, first_key)
        {
            self.close_draft(state);
            state.section = Some(section);
            return;
        }
        // Periods under a status header merged over them: more header.
        if let Area::Table(table) = &mut state.area
            && state.draft.is_none()
            && table.period_subheader(row)
        {
            table.current_status = current_status_column(table, state.sheet, row[0].row);
            return;
        }
        // The table taken out for the row, not copied (its columns' headers
        // are strings), and put back: only `enter` moves to another area.
        match std::mem::replace(&mut state.area, Area::Loose) {
            Area::Table(table) => {
                self.table_row(state, &table, row, &keys);
                state.area = Area::Table(table);
            }
            area => {
                state.area = area;
                self.loose_cells(state.sheet, row);
            }
        }
    }

    /// Moves into `area`, closing the measure being read.
    fn enter(&mut self, state: &mut SheetState<'a>, area: Area) {
        self.close_draft(state);
        state.area = area;
    }
}

#[cfg(test)]
mod tests {
    use crate::ProgrammeIndex;
    use crate::table::tests::{read, sheet, siun, unmatched_texts};
    use koonti_model::{FindingCode, Status};

    /// A county's own labels: "Kyllä" / "Ei" mark columns, a "Selitys"
    /// text column, "Painopiste" headings and a "Tulosyksikkö" label.
    fn own_labels() -> ProgrammeIndex {
        let text = r#"
id = "oma"
title = "Oma ohjelma"
organisation = "Oma alue"
section_label = "Painopiste"
unit_label = "Tulosyksikkö"

[scale]
kind = "marks"
implemented_label = "Kyllä"
not_implemented_label = "Ei"
text_label = "Selitys"

[feedback]
title = "Avoin palaute"

[[units]]
name = "Hallinto"

[[sections]]
id = "1"
title = "Ensimmäinen"

[[sections.measures]]
id = "1.1"
text = "Teemme ensimmäisen asian"

[[sections]]
id = "2"
title = "Toinen"

[[sections.measures]]
id = "2.1"
text = "Teemme toisen asian"
"#;
        ProgrammeIndex::new(koonti_programme::parse("oma.toml", text).expect("valid"))
    }

    #[test]
    fn the_programmes_own_labels_head_its_columns() {
        let index = own_labels();
        let response = read(
            &index,
            vec![sheet(
                "Vastaukset",
                &[
                    &["Tulosyksikkö:", "Hallinto"],
                    &["Painopiste 1: Ensimmäinen"],
                    &["Nro", "Toimenpiteet", "Kyllä", "Ei", "Selitys"],
                    &[
                        "1.1",
                        "Teemme ensimmäisen asian",
                        "x",
                        "",
                        "- tehty keväällä",
                    ],
                    &["Painopiste 2: Toinen"],
                    &["Nro", "Toimenpiteet", "Kyllä", "Ei", "Selitys"],
                    &["2.1", "Teemme toisen asian", "", "x", "ei ehditty"],
                    &["Fri respons"],
                    &["Kiitos"],
                ],
            )],
        );
        let answers: Vec<(&str, &Status, &[String])> = response
            .answers
            .iter()
            .map(|a| (a.measure.as_str(), &a.status, a.items.as_slice()))
            .collect();
        assert_eq!(
            answers,
            [
                (
                    "1.1",
                    &Status::Implemented,
                    &["tehty keväällä".to_string()][..]
                ),
                (
                    "2.1",
                    &Status::NotImplemented,
                    &["ei ehditty".to_string()][..]
                ),
            ]
        );
        assert!(response.answers.iter().all(|a| a.extra.is_empty()));
        assert_eq!(
            response.unit.map(|u| (u.name, u.known)),
            Some(("Hallinto".into(), true))
        );
        assert_eq!(response.feedback.len(), 1);
        assert!(response.unmatched.is_empty(), "{:?}", response.unmatched);
        assert!(response.findings.is_empty(), "{:?}", response.findings);
    }

    const HEADER: &[&str] = &[
        "Nro",
        "Toimenpiteet",
        "Toteutunut",
        "Ei toteutunut",
        "Miten",
    ];

    #[test]
    fn ids_outrank_texts_and_a_repeated_measure_is_unmatched() {
        let index = siun();
        let response = read(
            &index,
            vec![sheet(
                "Vastaukset",
                &[
                    HEADER,
                    &["1.2", "Kokonaan toisin kirjoitettu toimenpide", "x"],
                    &["1.2", "Sama uudestaan", "", "x"],
                ],
            )],
        );
        assert_eq!(response.answers.len(), 1);
        assert_eq!(response.answers[0].measure, "1.2");
        assert_eq!(response.answers[0].status, Status::Implemented);
        assert_eq!(response.unmatched.len(), 3);
        assert!(matches!(
            response.findings[0].code,
            FindingCode::DuplicateMeasure { .. }
        ));
    }

    #[test]
    fn feedback_and_support_headings_end_the_table() {
        let index = siun();
        let measure = index.programme.measures()[0].1.text.clone();
        let response = read(
            &index,
            vec![sheet(
                "Vastaukset",
                &[
                    HEADER,
                    &["", &measure, "x"],
                    &["Vapaamuotoinen palaute"],
                    &["- Hyvä vuosi\n- Lisää resursseja"],
                    &["Tukipyyntö"],
                    &["Tarvitsemme tukea osallisuuden kehittämisessä", "x"],
                    &["Millaista tukea?", "Koulutusta"],
                ],
            )],
        );
        assert_eq!(response.answers.len(), 1);
        assert_eq!(response.feedback.len(), 1);
        assert_eq!(response.feedback[0].text, "Hyvä vuosi\nLisää resursseja");
        assert_eq!(response.support_requests.len(), 1);
        assert_eq!(response.support_requests[0].text, "Koulutusta");
        assert!(response.unmatched.is_empty(), "{:?}", response.unmatched);
    }

    #[test]
    fn unknown_rows_are_unmatched_and_lone_cells_between_tables_are_loose() {
        let index = siun();
        let response = read(
            &index,
            vec![sheet(
                "Vastaukset",
                &[
                    HEADER,
                    &["", "Kahvinkeitin hankittu taukotilaan", "x"],
                    &[
                        "",
                        "Toimenpide 2: Luomme mahdollisuuksia osallistua ja vaikuttaa",
                    ],
                    &["", "Merkitse x oikeaan sarakkeeseen."],
                ],
            )],
        );
        assert!(response.answers.is_empty());
        let unmatched = unmatched_texts(&response);
        assert_eq!(unmatched, ["Kahvinkeitin hankittu taukotilaan", "x"]);
        assert!(matches!(
            response.findings[0].code,
            FindingCode::UnknownMeasure { .. }
        ));
    }
}

//! The cells outside the answer tables: the free-form feedback, the
//! support-request area, and loose cells (titles, unit labels, the answer
//! counter, instructions — or cells that match nothing).
use super::{Row, WorkbookReader};
use crate::unit::{self, LooseCell};
use koonti_form::support::{self, SupportField};
use koonti_ingest::{Cell, Sheet, cell_name};
use koonti_model::{Feedback, Finding, FindingCode, Severity, Source, SupportRequest};
use koonti_normalise::{Mark, parse_mark, split_items};

/// The support-request area as read so far: the ticked box and the
/// description cells.
#[derive(Debug, Default)]
pub(super) struct SupportDraft {
    ticked: Option<Source>,
    texts: Vec<(String, Source)>,
}

impl SupportDraft {
    /// The request, when the box is ticked or a description written.
    pub(super) fn request(self) -> Option<SupportRequest> {
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

impl WorkbookReader<'_> {
    /// Every non-empty cell is feedback, its items one to a line.
    pub(super) fn feedback_cells(&mut self, sheet: &Sheet, cells: &[Cell]) {
        for cell in cells {
            self.feedback_text(sheet, cell, &cell.value.text());
        }
    }

    /// `written` (a cell's text, or the part of it after a heading) as
    /// feedback from `cell`.
    pub(super) fn feedback_text(&mut self, sheet: &Sheet, cell: &Cell, written: &str) {
        let text = split_items(written).join("\n");
        if !text.is_empty() {
            self.feedback.push(Feedback {
                unit: String::new(),
                text,
                source: self.source(sheet, cell),
            });
        }
    }

    /// A row of the support area: a label ("Tarvitsemme tukea …", "Millaista
    /// tukea?") and the answer in the cells after it.
    pub(super) fn support_row(&mut self, sheet: &Sheet, row: Row<'_>) {
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

    /// Cells outside tables: unit labels, titles, the template's guidance
    /// lines and answer counter are structure; a note naming a measure goes
    /// with that measure's answer; anything else is unmatched.
    pub(super) fn loose_cells(&mut self, sheet: &Sheet, row: Row<'_>) {
        // A label whose name is in the next cell: the label cell, and
        // whether any next cell will do (it ends with a colon).
        let mut label: Option<(&Cell, bool)> = None;
        for cell in row {
            let text = cell.value.text();
            if support::is_counter(&text) {
                continue;
            }
            if let Some((label_cell, colon)) = label.take() {
                if colon || self.index.match_unit(&text).is_some() || self.names_unit(&text) {
                    self.name_unit(&text, sheet, cell);
                    continue;
                }
                // "Unit" | "Priority": a word, not a label.
                self.unmatched_cell(sheet, label_cell);
            }
            match unit::classify_loose(&text, self.index) {
                Some(LooseCell::UnitLabel {
                    name: Some(name), ..
                }) => self.name_unit(&name, sheet, cell),
                Some(LooseCell::UnitLabel {
                    name: None, colon, ..
                }) => label = Some((cell, colon)),
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
                Some(LooseCell::MeasureNote(measure)) => {
                    let source = self.source(sheet, cell);
                    self.notes.push((measure, text, source));
                }
                None => self.unmatched_cell(sheet, cell),
            }
        }
        // A bare word left at the row's end ("Yksikkö" alone) is kept.
        if let Some((label_cell, false)) = label {
            self.unmatched_cell(sheet, label_cell);
        }
    }

    /// True when a short `text` names one of the programme's units.
    fn names_unit(&self, text: &str) -> bool {
        text.chars().count() <= 80 && self.index.find_unit_in(text).is_some()
    }

    /// The unit a cell names; the first naming wins, a different one later
    /// is a finding.
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
}

#[cfg(test)]
mod tests {
    use crate::table::tests::{read, sheet, siun};
    use koonti_model::FindingCode;

    #[test]
    fn labels_titles_and_the_counter_are_structure() {
        let index = siun();
        let response = read(
            &index,
            vec![sheet(
                "Vastaukset",
                &[
                    &["Vastaukset osallisuusohjelman toimenpiteiden toteutumiseen 2024"],
                    &["Toimialue:", "Pelastuslaitos"],
                    &["Vastattu 9 / 13"],
                    &["Hallintopalvelut"],
                    &["Kahvitauko klo 10"],
                ],
            )],
        );
        assert_eq!(response.period.as_deref(), Some("2024"));
        assert_eq!(response.unit.map(|u| u.name), Some("Pelastuslaitos".into()));
        let unmatched: Vec<&str> = response.unmatched.iter().map(|u| u.text.as_str()).collect();
        assert_eq!(unmatched, ["Kahvitauko klo 10"]);
        let codes: Vec<&FindingCode> = response.findings.iter().map(|f| &f.code).collect();
        assert!(
            matches!(codes[0], FindingCode::ConflictingUnit { .. }),
            "{codes:?}"
        );
    }

    #[test]
    fn a_description_alone_is_a_support_request_and_a_word_in_the_box_is_unmatched() {
        let index = siun();
        let response = read(
            &index,
            vec![sheet(
                "Vastaukset",
                &[
                    &["Tukipyyntö"],
                    &["Tarvitsemme tukea osallisuuden kehittämisessä", "ehkä"],
                    &["Millaista tukea?", "- Koulutusta\n- Rahaa"],
                ],
            )],
        );
        let request = &response.support_requests[0];
        assert_eq!(request.text, "Koulutusta\nRahaa");
        assert_eq!(request.source.cell, "B3");
        let unmatched: Vec<&str> = response.unmatched.iter().map(|u| u.text.as_str()).collect();
        assert_eq!(unmatched, ["ehkä"]);
    }

    /// Issue 11: what units type around their tables is kept.
    #[test]
    fn notes_respondents_and_bare_words_are_kept_and_a_note_goes_with_its_measure() {
        let index = siun();
        let measure = |id: &str| {
            index
                .programme
                .measures()
                .into_iter()
                .find(|(_, m)| m.id == id)
                .map(|(_, m)| m.text.clone())
                .expect("measure")
        };
        let (m11, m23) = (measure("1.1"), measure("2.3"));
        let response = read(
            &index,
            vec![sheet(
                "Vastaukset",
                &[
                    &["Unit", "Priority"],
                    &["Vastaaja: toimialuejohtaja, 3.5.2024"],
                    &["Vastaava toimialue: Uusi palvelualue"],
                    &["Toimenpiteet", "Toteutunut", "Ei toteutunut", "Miten"],
                    &[&m11, "x"],
                    &[&m23, "", "x"],
                    &[
                        "Huom! Toimenpiteen 2.3 pilotti siirtyi syksyyn 2025, koska rahoitus viivästyi.",
                    ],
                    &["Huom! Toimenpiteen 4.3 aikataulu avoin."],
                    &["Vastaa: Liisa Virtanen, puh. 040 123 4567"],
                    &["Merkitse x oikeaan sarakkeeseen."],
                    &["Vapaamuotoinen palaute: Ohjelma on hyvä, mittarit puuttuvat."],
                ],
            )],
        );
        let unit = response.unit.expect("unit");
        assert_eq!(
            (unit.name.as_str(), unit.known),
            ("Uusi palvelualue", false)
        );
        let unmatched: Vec<&str> = response.unmatched.iter().map(|u| u.text.as_str()).collect();
        assert_eq!(
            unmatched,
            [
                "Unit",
                "Priority",
                "Vastaaja: toimialuejohtaja, 3.5.2024",
                "Vastaa: Liisa Virtanen, puh. 040 123 4567",
                "Huom! Toimenpiteen 4.3 aikataulu avoin.",
            ]
        );
        let answer = response
            .answers
            .iter()
            .find(|a| a.measure == "2.3")
            .expect("2.3");
        assert_eq!(answer.extra.len(), 1);
        assert!(
            answer.extra[0]
                .text
                .starts_with("Huom! Toimenpiteen 2.3 pilotti")
        );
        assert_eq!(answer.extra[0].header, "Vastaukset!A7");
        assert!(response.findings.iter().any(|f| matches!(
            &f.code,
            FindingCode::NoteKeptWithAnswer { measure, .. } if measure == "2.3"
        )));
        let feedback: Vec<&str> = response.feedback.iter().map(|f| f.text.as_str()).collect();
        assert_eq!(feedback, ["Ohjelma on hyvä, mittarit puuttuvat."]);
    }

    #[test]
    fn a_chart_sheet_is_a_finding() {
        let index = siun();
        let workbook = koonti_ingest::Workbook {
            file: "kaavio.xlsx".into(),
            sheets: vec![sheet("Vastaukset", &[&["Kahvitauko"]])],
            skipped: vec![koonti_ingest::SkippedSheet {
                name: "Kaavio1".into(),
                kind: koonti_model::SheetKind::Chart,
            }],
            ..koonti_ingest::Workbook::default()
        };
        let response = crate::LayoutReader::read(&crate::TableLayout, &workbook, &index);
        let finding = response
            .findings
            .iter()
            .find(|f| matches!(f.code, FindingCode::SheetNotRead { .. }))
            .expect("finding");
        assert_eq!(finding.sheet, "Kaavio1");
        assert_eq!(response.unmatched.len(), 1);
    }

    #[test]
    fn a_sheet_of_stray_cells_lists_them_all_with_bounded_findings() {
        let index = siun();
        let texts: Vec<String> = (0..60).map(|i| format!("arvo {i}")).collect();
        let rows: Vec<Vec<&str>> = texts.iter().map(|t| vec![t.as_str()]).collect();
        let rows: Vec<&[&str]> = rows.iter().map(Vec::as_slice).collect();
        let response = read(&index, vec![sheet("Roska", &rows)]);
        assert_eq!(response.unmatched.len(), 60);
        let per_cell = response
            .findings
            .iter()
            .filter(|f| matches!(f.code, FindingCode::UnmatchedCell { .. }))
            .count();
        assert_eq!(per_cell, 50);
        let more = response
            .findings
            .iter()
            .find(|f| matches!(f.code, FindingCode::MoreUnmatchedCells { .. }))
            .expect("a count of the rest");
        assert_eq!(more.code, FindingCode::MoreUnmatchedCells { count: 10 });
        assert_eq!(more.sheet, "Roska");
    }

    /// A note in the Nro column below a table tied by ids is no part of the
    /// measure above it: it goes with the measure it names, or is unmatched.
    #[test]
    fn notes_in_the_id_column_below_a_table_are_kept() {
        let index = siun();
        let response = read(
            &index,
            vec![sheet(
                "Vastaukset",
                &[
                    &[
                        "Nro",
                        "Toimenpiteet",
                        "Toteutunut",
                        "Ei toteutunut",
                        "Miten",
                    ],
                    &["2.3", "Asiakasraadit", "", "x", ""],
                    &["Huom! Toimenpiteen 2.3 pilotti siirtyi syksyyn 2025."],
                    &["Vastaa: Liisa Virtanen, puh. 040 123 4567"],
                ],
            )],
        );
        let answer = &response.answers[0];
        assert_eq!(answer.measure, "2.3");
        let extra: Vec<&str> = answer.extra.iter().map(|e| e.text.as_str()).collect();
        assert_eq!(
            extra,
            ["Huom! Toimenpiteen 2.3 pilotti siirtyi syksyyn 2025."]
        );
        let unmatched: Vec<&str> = response.unmatched.iter().map(|u| u.text.as_str()).collect();
        assert_eq!(unmatched, ["Vastaa: Liisa Virtanen, puh. 040 123 4567"]);
    }
}

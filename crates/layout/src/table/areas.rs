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

    /// Cells outside tables: unit labels, titles and the template's answer
    /// counter are structure, anything else is unmatched.
    pub(super) fn loose_cells(&mut self, sheet: &Sheet, row: Row<'_>) {
        let mut label_value_next = false;
        let mut period_next = false;
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
            if std::mem::take(&mut period_next)
                && let Some(period) = koonti_normalise::parse_period(&text)
            {
                unit::refine_period(&mut self.period, Some(period.to_string()));
                continue;
            }
            match unit::classify_loose(&text, self.index) {
                Some(LooseCell::UnitLabel {
                    name: Some(name), ..
                }) => self.name_unit(&name, sheet, cell),
                Some(LooseCell::UnitLabel { name: None, .. }) => label_value_next = true,
                Some(LooseCell::UnitName(name)) => self.name_unit(&name, sheet, cell),
                Some(LooseCell::Title { period, unit }) => {
                    unit::refine_period(&mut self.period, period);
                    if let Some(unit) = unit {
                        self.name_unit(&unit, sheet, cell);
                    }
                }
                Some(LooseCell::Period(Some(period))) => {
                    unit::refine_period(&mut self.period, Some(period));
                }
                Some(LooseCell::Period(None)) => period_next = true,
                Some(LooseCell::Instruction) => {}
                None => self.unmatched_cell(sheet, cell),
            }
        }
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
    fn a_quarter_in_a_cell_refines_the_year_of_the_title() {
        let index = crate::table::tests::keusote();
        for (cells, want) in [
            (
                &[
                    &["Keski-Uudenmaan sote -kuntayhtymän osallisuusohjelma 2020–2025 – vastaukset 2025"][..],
                    &["Osavuosikatsaus 3/2025"],
                ][..],
                "Q3/2025",
            ),
            (&[&["Raportointijakso:", "1–3/2025"][..]], "Q1/2025"),
            (&[&["1. osavuosikatsaus 2025"][..]], "Q1/2025"),
            (&[&["Osallisuusohjelma 2020–2025", "Q4 2025"][..]], "Q4/2025"),
        ] {
            let response = read(&index, vec![sheet("Viestintä", cells)]);
            assert_eq!(response.period.as_deref(), Some(want), "{cells:?}");
            assert!(response.unmatched.is_empty(), "{:?}", response.unmatched);
        }
        // The programme's years and a schedule's years are no period.
        let response = read(
            &index,
            vec![sheet("Viestintä", &[&["Osallisuusohjelma 2020 - 2025"]])],
        );
        assert_eq!(response.period, None);
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
}

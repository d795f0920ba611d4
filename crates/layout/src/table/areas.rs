//! The cells outside the answer tables: the free-form feedback, the
//! support-request area, and loose cells (titles, unit labels, the answer
//! counter, instructions — or cells that match nothing).
use super::{Row, WorkbookReader};
use crate::unit::{self, LooseCell};
use koonti_form::support::{self, SupportAnswer, SupportField, SupportLabel};
use koonti_ingest::{Cell, Sheet, cell_name};
use koonti_model::{Feedback, Finding, FindingCode, Severity, Source, SupportRequest};
use koonti_normalise::split_items;

/// The support-request area as read so far: the ticked box and the
/// description cells.
#[derive(Debug, Default)]
pub(super) struct SupportDraft {
    ticked: Option<Source>,
    texts: Vec<(String, Source)>,
    /// A label whose answer is in the rows below it ("Millaista tukea?"
    /// with the description under it), with the last row read for it: the
    /// rows right after it answer it.
    pending: Option<(SupportField, u32)>,
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

    /// The support label in the first cells of `row`, if any: (its index,
    /// the label). A tick box may come before its label.
    pub(super) fn support_label_in(row: Row<'_>) -> Option<(usize, SupportLabel)> {
        row.iter()
            .take(2)
            .enumerate()
            .find_map(|(i, c)| support::support_label(&c.value.text()).map(|l| (i, l)))
    }

    /// A row of the support area: a label ("Tarvitsemme tukea …", "Millaista
    /// tukea?", "Tuen tarve") with its answer after a colon, in the cells
    /// beside it or in the rows right below it; or those rows themselves.
    pub(super) fn support_row(&mut self, sheet: &Sheet, row: Row<'_>) {
        let Some((at, label)) = Self::support_label_in(row) else {
            match self.support.pending {
                Some((field, last)) if row[0].row == last + 1 => {
                    self.support.pending = Some((field, row[0].row));
                    let answers = row.iter().map(|c| (c.value.text(), c)).collect();
                    self.support_answers(sheet, field, answers);
                }
                _ => {
                    self.support.pending = None;
                    self.loose_cells(sheet, row);
                }
            }
            return;
        };
        let label_cell = &row[at];
        let mut answers: Vec<(String, &Cell)> =
            label.value.into_iter().map(|v| (v, label_cell)).collect();
        answers.extend(
            row.iter()
                .enumerate()
                .filter(|(i, _)| *i != at)
                .map(|(_, c)| (c.value.text(), c)),
        );
        let answered = answers
            .iter()
            .any(|(t, _)| !koonti_normalise::clean(t).is_empty());
        if label.statement && !answered {
            // "Tarvitsemme tukea viestintään.": the sentence is the request.
            let source = self.source(sheet, label_cell);
            let text = split_items(&label_cell.value.text()).join("\n");
            self.support.texts.push((text, source));
            self.support.pending = None;
            return;
        }
        self.support.pending = (!answered).then_some((label.field, label_cell.row));
        self.support_answers(sheet, label.field, answers);
    }

    /// The answers to one support field. A "no" asks for nothing; a mark or
    /// "Kyllä" ticks the box; words describe the support. A lone word that
    /// is neither ("ehkä") beside an unticked box is unmatched.
    fn support_answers(
        &mut self,
        sheet: &Sheet,
        field: SupportField,
        answers: Vec<(String, &Cell)>,
    ) {
        let read: Vec<(SupportAnswer, &Cell)> = answers
            .iter()
            .filter(|(t, _)| !koonti_normalise::clean(t).is_empty())
            .map(|(t, c)| (support::support_answer(t), *c))
            .collect();
        let ticked = read
            .iter()
            .any(|(a, _)| matches!(a, SupportAnswer::Yes | SupportAnswer::YesWith(_)));
        // "Kyllä" and "Ei" in cells of their own: the choices as printed,
        // not an answer. Kept as unmatched, and no request made of them.
        if ticked && read.iter().any(|(a, _)| *a == SupportAnswer::No) {
            for (answer, cell) in &read {
                match answer {
                    SupportAnswer::Yes | SupportAnswer::No => self.unmatched_cell(sheet, cell),
                    SupportAnswer::YesWith(text)
                    | SupportAnswer::Text(text)
                    | SupportAnswer::Unclear(text) => {
                        let source = self.source(sheet, cell);
                        self.support
                            .texts
                            .push((split_items(text).join("\n"), source));
                    }
                }
            }
            return;
        }
        for (answer, cell) in read {
            let source = self.source(sheet, cell);
            let describe = |text: &str| split_items(text).join("\n");
            match (field, answer) {
                (_, SupportAnswer::No) => {}
                (SupportField::Need, SupportAnswer::Yes) => {
                    self.support.ticked.get_or_insert(source);
                }
                (_, SupportAnswer::YesWith(text)) => {
                    self.support.ticked.get_or_insert(source.clone());
                    self.support.texts.push((describe(&text), source));
                }
                (SupportField::Need, SupportAnswer::Unclear(_)) if !ticked => {
                    self.unmatched_cell(sheet, cell)
                }
                (_, SupportAnswer::Yes) => self.unmatched_cell(sheet, cell),
                (_, SupportAnswer::Text(text) | SupportAnswer::Unclear(text)) => {
                    self.support.texts.push((describe(&text), source));
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
                    &[
                        "Keski-Uudenmaan sote -kuntayhtymän osallisuusohjelma 2020–2025 – vastaukset 2025",
                    ][..],
                    &["Osavuosikatsaus 3/2025"],
                ][..],
                "Q3/2025",
            ),
            (&[&["Raportointijakso:", "1–3/2025"][..]], "Q1/2025"),
            (&[&["1. osavuosikatsaus 2025"][..]], "Q1/2025"),
            (
                &[&["Osallisuusohjelma 2020–2025", "Q4 2025"][..]],
                "Q4/2025",
            ),
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

    /// Every way units write a support request, after a table (and so
    /// without a heading ending it), and the ways they say they need none.
    #[test]
    fn support_requests_in_every_form_and_none_invented() {
        let index = siun();
        let measure = index.programme.measures()[0].1.text.clone();
        let header: &[&str] = &["Toimenpiteet", "Toteutunut", "Ei toteutunut"];
        let cases: Vec<(Vec<&[&str]>, Option<&str>)> = vec![
            (
                vec![&["Tarvitsemme tukea osallisuuden kehittämisessä: x"]],
                Some(""),
            ),
            (
                vec![&["Tarvitsetteko tukea osallisuuden kehittämisessä?", "Kyllä"]],
                Some(""),
            ),
            (
                vec![&["X", "Tarvitsemme tukea osallisuuden kehittämisessä"]],
                Some(""),
            ),
            (
                vec![
                    &["Avunpyyntö"],
                    &["Tarvitsemme tukea osallisuuden kehittämisessä", "x"],
                    &["Millaista tukea?"],
                    &["Koulutusta asukasraateihin"],
                ],
                Some("Koulutusta asukasraateihin"),
            ),
            (
                vec![&["Tuen tarve: koulutusta esihenkilöille"]],
                Some("koulutusta esihenkilöille"),
            ),
            (
                vec![&[
                    "Tarvitsemme tukea osallisuuden kehittämisessä",
                    "x",
                    "Koulutusta",
                ]],
                Some("Koulutusta"),
            ),
            (
                vec![&["Tarvitsemme tukea osallisuuden kehittämisessä: kyllä, viestintään"]],
                Some("viestintään"),
            ),
            (
                vec![&["Tarvitsetteko tukea osallisuuden kehittämisessä?", "Ei"]],
                None,
            ),
            (
                vec![
                    &["Tukipyyntö"],
                    &["Tarvitsemme tukea osallisuuden kehittämisessä"],
                    &["Millaista tukea?", "-"],
                ],
                None,
            ),
            (vec![&["Tuen tarve", "ei tarvetta"]], None),
            // The seed's wording of the label, left unanswered, then ticked.
            (
                vec![&["Tarvitsemme tukea osallisuuden kehittämiseen"]],
                None,
            ),
            (
                vec![&["Tarvitsemme tukea osallisuuden kehittämiseen", "x"]],
                Some(""),
            ),
            (
                vec![&["Tarvitsemme tukea asukasraatien vetämisessä."]],
                Some("Tarvitsemme tukea asukasraatien vetämisessä."),
            ),
        ];
        for (rows, want) in cases {
            let first: [&str; 2] = [&measure, "x"];
            let mut cells: Vec<&[&str]> = vec![header, &first];
            cells.extend(rows.iter().copied());
            let response = read(&index, vec![sheet("Pelastuslaitos", &cells)]);
            let got = response.support_requests.first().map(|r| r.text.as_str());
            assert_eq!(got, want, "{rows:?}");
            assert!(
                response.unmatched.is_empty(),
                "{rows:?}: {:?}",
                response.unmatched
            );
            assert_eq!(response.answers.len(), 1, "{rows:?}");
        }
        // A measure's text that reads like a request stays the measure's.
        let row: [&str; 3] = [&measure, "", "Tarvitsemme tukea viestinnässä."];
        let cells: Vec<&[&str]> = vec![&["Toimenpiteet", "Toteutunut", "Miten"], &row];
        let response = read(&index, vec![sheet("Pelastuslaitos", &cells)]);
        assert!(response.support_requests.is_empty());
        assert_eq!(
            response.answers[0].items,
            ["Tarvitsemme tukea viestinnässä."]
        );
        // In the feedback, such a sentence stays feedback.
        let first: [&str; 2] = [&measure, "x"];
        let cells: Vec<&[&str]> = vec![
            header,
            &first,
            &["Vapaamuotoinen palaute"],
            &["Tarvitsemme tukea asukasraatien vetämisessä."],
            &["Kiitos"],
        ];
        let response = read(&index, vec![sheet("Pelastuslaitos", &cells)]);
        assert!(response.support_requests.is_empty());
        assert_eq!(response.feedback.len(), 2);
        // The choices as the form printed them, unticked: no request, kept.
        let cells: Vec<&[&str]> = vec![header, &first, &["Tuen tarve: Kyllä / Ei"]];
        let response = read(&index, vec![sheet("Pelastuslaitos", &cells)]);
        assert!(response.support_requests.is_empty());
        assert_eq!(response.unmatched.len(), 1);
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

//! The cells outside the answer tables: the free-form feedback, the
//! support-request area, and loose cells (titles, unit labels, the answer
//! counter, instructions — or cells that match nothing).
use super::{Row, WorkbookReader};
use crate::unit::{self, LooseCell};
use koonti_form::signature::{self, SignatureField, SignatureLabel};
use koonti_form::support::{self, SupportAnswer, SupportField, SupportLabel};
use koonti_ingest::{Cell, Sheet, cell_name};
use koonti_model::{Feedback, FieldText, Finding, FindingCode, Severity, Source, SupportRequest};
use koonti_normalise::{Keyed, split_items};

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

    /// The support label in the first cells of `row`, if any: (its index,
    /// the label). A tick box may come before its label. `keys` are the
    /// keys of those cells when the caller has them.
    pub(super) fn support_label_in(
        row: Row<'_>,
        keys: &[Option<Keyed<'_>>],
    ) -> Option<(usize, SupportLabel)> {
        row.iter().take(2).enumerate().find_map(|(i, c)| {
            let text = c.value.as_text();
            match keys.get(i).and_then(Option::as_ref) {
                Some(key) => support::support_label_keyed(&text, key),
                None => support::support_label(&text),
            }
            .map(|l| (i, l))
        })
    }

    /// A row of the support area: a label ("Tarvitsemme tukea …", "Millaista
    /// tukea?", "Tuen tarve") with its answer after a colon, in the cells
    /// beside it or in the rows right below it; or those rows themselves.
    pub(super) fn support_row(&mut self, sheet: &Sheet, row: Row<'_>) {
        let Some((at, label)) = Self::support_label_in(row, &[]) else {
            // The respondent and date rows after the area answer no
            // support question, even right below an empty one.
            let signed = signature::signature_label(&row[0].value.as_text()).is_some();
            match self.support.pending {
                _ if signed => {
                    self.support.pending = None;
                    self.loose_cells(sheet, row);
                }
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
            let text = split_items(&label_cell.value.as_text()).join("\n");
            self.support.texts.push((text, source));
            self.support.pending = None;
            return;
        }
        self.support.pending = (!answered).then_some((label.field, label_cell.row));
        self.support_answers(sheet, label.field, answers);
    }

    /// The answers to one support field. A "no" asks for nothing (the cell
    /// is listed as unmatched, so it is not lost); a mark or
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
                // No request, but the unit's answer is kept where it shows.
                (_, SupportAnswer::No) => self.unmatched_cell(sheet, cell),
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

    /// Cells outside tables: unit labels, titles, the template's guidance
    /// lines and answer counter are structure; a note naming a measure goes
    /// with that measure's answer; anything else is unmatched.
    pub(super) fn loose_cells(&mut self, sheet: &Sheet, row: Row<'_>) {
        // A period label whose period is in the next cell.
        let mut period_label: Option<&Cell> = None;
        // A label whose name is in the next cell: the label cell, and
        // whether any next cell will do (it ends with a colon).
        let mut label: Option<(&Cell, bool)> = None;
        // A respondent or date label, marked as one (a colon), whose value
        // is in the next cell.
        let mut signature: Option<(&Cell, SignatureLabel)> = None;
        for cell in row {
            let text = cell.value.text();
            if support::is_counter(&text) {
                continue;
            }
            if let Some((label_cell, pending)) = signature.take() {
                // "Vastaaja:" | "Päivämäärä:" | "3.5.2024": the first
                // field left empty, the next label read as one; a label of
                // another kind ("Date:" | "Amount:") is no value.
                if signature::signature_label(&text).is_none() && !is_label(&text) {
                    self.sign(pending.field, text, sheet, cell, Some(label_cell));
                    continue;
                }
                self.empty_field(sheet, label_cell);
            }
            if let Some((label_cell, colon)) = label.take() {
                if colon || self.index.match_unit(&text).is_some() || self.names_unit(&text) {
                    self.name_unit(&text, sheet, cell);
                    continue;
                }
                // "Unit" | "Priority": a word, not a label.
                self.unmatched_cell(sheet, label_cell);
            }
            if let Some(label_cell) = period_label.take() {
                if let Some(period) = koonti_normalise::parse_period(&text) {
                    // Read, and both cells still listed.
                    unit::refine_period(&mut self.period, Some(period));
                    self.keep_listed(sheet, label_cell);
                    self.keep_listed(sheet, cell);
                    continue;
                }
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
                    unit::refine_period(&mut self.period, period);
                    if let Some(unit) = unit {
                        self.name_unit(&unit, sheet, cell);
                    }
                }
                // A period read from a cell's text leaves the text listed
                // ("Q4 13" in a unit's own table is its text).
                Some(LooseCell::Period(Some(period))) => {
                    unit::refine_period(&mut self.period, Some(period));
                    self.keep_listed(sheet, cell);
                }
                Some(LooseCell::Period(None)) => period_label = Some(cell),
                Some(LooseCell::Instruction) => {}
                Some(LooseCell::MeasureNote(measure)) => {
                    let source = self.source(sheet, cell);
                    self.notes.push((measure, text, source));
                }
                Some(LooseCell::Signature(found)) => match found.value.clone() {
                    Some(value) => self.sign(found.field, value, sheet, cell, None),
                    // Only a label marked as one takes the next cell: a
                    // column header "Date" | "Amount" is a unit's text.
                    None if found.marked => signature = Some((cell, found)),
                    None => self.unmatched_cell(sheet, cell),
                },
                None => self.unmatched_cell(sheet, cell),
            }
        }
        // A bare word left at the row's end ("Yksikkö" alone) is kept; a
        // label with its colon and no value is the form's empty field.
        if let Some((label_cell, false)) = label {
            self.unmatched_cell(sheet, label_cell);
        }
        if let Some(label_cell) = period_label {
            self.unmatched_cell(sheet, label_cell);
        }
        if let Some((label_cell, _)) = signature {
            self.empty_field(sheet, label_cell);
        }
    }

    /// A respondent or date label with no value beside it: in a koonti
    /// template (its metadata sheet is there) the template's own empty
    /// field is structure; any other label ("Date:" over a column of
    /// another workbook, "Täyttäjä:" left empty) is text, listed.
    fn empty_field(&mut self, sheet: &Sheet, label_cell: &Cell) {
        let template = self
            .workbook
            .sheets
            .iter()
            .any(|s| s.name == koonti_form::METADATA_SHEET);
        if !(template && signature::is_template_label(&label_cell.value.as_text())) {
            self.keep_listed(sheet, label_cell);
        }
    }

    /// The respondent or the date as the unit wrote it; the first one
    /// written is the file's, a second one is kept as unmatched. The cells
    /// it was read from (and its label's, when that is a cell of its own)
    /// stay listed, so that the report shows every cell of the input.
    fn sign(
        &mut self,
        field: SignatureField,
        text: String,
        sheet: &Sheet,
        cell: &Cell,
        label: Option<&Cell>,
    ) {
        if let Some(label) = label {
            self.keep_listed(sheet, label);
        }
        let text = koonti_normalise::clean(&text);
        if text.is_empty() {
            return;
        }
        let source = self.source(sheet, cell);
        let slot = match field {
            SignatureField::Respondent => &mut self.respondent,
            SignatureField::Date => &mut self.dated,
        };
        if slot.is_some() {
            self.unmatched_cell(sheet, cell);
            return;
        }
        *slot = Some(FieldText { text, source });
        self.keep_listed(sheet, cell);
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

/// True when `text` is a label of its own ("Amount:"), not a value.
fn is_label(text: &str) -> bool {
    let text = text.trim();
    text.ends_with([':', '：']) && text.chars().count() <= 60
}

#[cfg(test)]
mod tests;

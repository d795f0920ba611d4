//! The hidden `_koonti` sheet of koonti's own templates: `key | value` rows
//! with the keys of [`MetaKey`], the same the template writer uses.
use super::{WorkbookReader, rows};
use crate::unit;
use koonti_form::{METADATA_SHEET, MetaKey};
use koonti_ingest::{Sheet, cell_name};
use koonti_model::{Finding, FindingCode, Severity};

impl WorkbookReader<'_> {
    /// Reads the unit, the period and the instructions sheet (skipped: it
    /// is all template text); a template made for another programme is a
    /// finding. Unknown keys and cells past the value are unmatched.
    pub(super) fn read_metadata(&mut self, sheet: &Sheet) {
        for row in rows(&sheet.cells) {
            let key = row[0].value.text();
            let value = row.get(1).map(|c| c.value.text()).unwrap_or_default();
            let Some(key) = MetaKey::parse(&key) else {
                for cell in row {
                    self.unmatched_cell(sheet, cell);
                }
                continue;
            };
            match key {
                MetaKey::Unit if !value.is_empty() => {
                    let found_in = format!("{METADATA_SHEET}!{}", cell_name(row[0].row, 1));
                    self.unit = Some(unit::resolve(&value, found_in, self.index));
                }
                // A period named with more words ("2024 (kevät)") is of
                // the period in it.
                MetaKey::Period if !value.is_empty() => {
                    self.period = koonti_normalise::find_period(&value)
                }
                MetaKey::Programme if value != self.index.programme.id => {
                    let source = self.source(sheet, &row[1.min(row.len() - 1)]);
                    self.findings.push(Finding::at(
                        Severity::Warning,
                        FindingCode::ProgrammeMismatch {
                            template: value,
                            programme: self.index.programme.id.clone(),
                        },
                        &source,
                    ));
                }
                MetaKey::Instructions if !value.is_empty() => self.skip_sheets.push(value),
                _ => {}
            }
            for cell in row.iter().skip(2) {
                self.unmatched_cell(sheet, cell);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::table::tests::{read, sheet, siun, unmatched_texts};
    use koonti_form::METADATA_SHEET;

    #[test]
    fn the_metadata_names_the_unit_and_period_and_skips_the_instructions() {
        let index = siun();
        let response = read(
            &index,
            vec![
                sheet(
                    METADATA_SHEET,
                    &[
                        &["programme", "siun-sote-2023-2025"],
                        &["unit", "Pelastuslaitos"],
                        &["period", "2025"],
                        &["instructions", "Ohjeet"],
                        &["colour", "blue"],
                        &["lang", "fi", "extra"],
                    ],
                ),
                sheet("Ohjeet", &[&["Merkitse x …"], &["Jotain aivan muuta"]]),
            ],
        );
        let unit = response.unit.as_ref().expect("unit");
        assert_eq!((unit.name.as_str(), unit.known), ("Pelastuslaitos", true));
        assert_eq!(
            response.period.map(|p| p.to_string()).as_deref(),
            Some("2025")
        );
        let unmatched = unmatched_texts(&response);
        assert_eq!(unmatched, ["colour", "blue", "extra"]);
    }

    #[test]
    fn a_template_of_another_programme_is_a_finding() {
        let index = siun();
        let response = read(
            &index,
            vec![sheet(
                METADATA_SHEET,
                &[&["programme", "keusote-2020-2025"]],
            )],
        );
        assert!(
            response
                .findings
                .iter()
                .any(|f| matches!(f.code, koonti_model::FindingCode::ProgrammeMismatch { .. }))
        );
    }
}

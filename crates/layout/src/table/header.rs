//! The header row of a table: which row it is and what each column holds.
use super::Row;
use crate::index::{ProgrammeIndex, Role};
use koonti_ingest::Value;

/// A table's columns, from its header row.
#[derive(Debug, Clone)]
pub(super) struct Table {
    columns: Vec<(u32, Role, String)>,
    pub(super) measure_col: u32,
    pub(super) id_col: Option<u32>,
    /// The status column of the period being reported, when the status
    /// columns are one per period ([`super::status::current_status_column`]).
    pub(super) current_status: Option<u32>,
}

impl Table {
    /// The role and header text of column `col`, if the header names it.
    pub(super) fn column(&self, col: u32) -> Option<(&Role, &str)> {
        self.columns
            .iter()
            .find(|(c, _, _)| *c == col)
            .map(|(_, role, header)| (role, header.as_str()))
    }

    /// The status columns (one per period, or one), as (column, header).
    pub(super) fn status_columns(&self) -> impl Iterator<Item = (u32, &str)> {
        self.columns
            .iter()
            .filter(|(_, role, _)| *role == Role::Status)
            .map(|(col, _, header)| (*col, header.as_str()))
    }
}

impl Table {
    /// True when the table has a "partly" mark column.
    pub(super) fn has_partial_column(&self) -> bool {
        self.columns
            .iter()
            .any(|(_, role, _)| *role == Role::Partial)
    }

    /// Reads `row` as a second header row of periods under a status
    /// header merged over them ("TILA" above "Q1/2025 | Q2/2025 | …"):
    /// each period's cell becomes a status column of its own, named by
    /// both ("TILA Q1/2025"). False, and nothing changed, when the row is
    /// not one: every cell a period (a quarter or a date), each at or after
    /// a status column.
    pub(super) fn period_subheader(&mut self, row: Row<'_>) -> bool {
        let mut named = Vec::new();
        for cell in row {
            let Value::Text(text) = &cell.value else {
                return false;
            };
            let text = koonti_normalise::clean(text);
            let is_period =
                koonti_normalise::period_label(&text).is_some() || DATE_CELL.is_match(&text);
            let parent = self
                .columns
                .iter()
                .filter(|(c, role, _)| *c <= cell.col && *role == Role::Status)
                .max_by_key(|(c, _, _)| *c);
            match parent {
                Some((_, _, header)) if is_period => {
                    named.push((cell.col, format!("{header} {text}")));
                }
                _ => return false,
            }
        }
        if named.is_empty() {
            return false;
        }
        for (col, header) in named {
            self.columns.retain(|(c, _, _)| *c != col);
            self.columns.push((col, Role::Status, header));
        }
        true
    }
}

/// A date alone in a cell, d.m.yyyy ("31.3.2025").
static DATE_CELL: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
    regex::Regex::new(r"^\d{1,2}\.\d{1,2}\.(?:20)?\d\d$").expect("DATE_CELL is valid")
});

/// The longest header cell, in bytes: the template's longest header,
/// "Miten on toteutettu tai tulisi jatkossa toteuttaa?", with room for
/// a unit's rewording and line breaks.
const HEADER_CELL_MAX_BYTES: usize = 120;

/// The header a row is, if it is one: a measure column and at least one
/// answer column (a mark or a status column).
pub(super) fn header_of(row: Row<'_>, index: &ProgrammeIndex) -> Option<Table> {
    // A row naming a measure id is an answer row, however its texts read:
    // "Done" and "• Toimenpide 3.3 aloitettu" would pass for headers.
    // Header cells are short labels; a long cell is an answer or a measure
    // ("Toteutunut, vuonna 2024 …" must not pass for a header).
    if row.len() < 2
        || row.iter().any(|c| match &c.value {
            Value::Text(t) => t.len() > HEADER_CELL_MAX_BYTES,
            _ => true,
        })
    {
        return None;
    }
    // Most short rows are answers: decide before building the table, with
    // no allocation per cell, and first by the cheapest test.
    let names_measures = row.iter().any(|c| match &c.value {
        Value::Text(t) => ProgrammeIndex::may_head_measures(t),
        _ => false,
    });
    if !names_measures
        || row
            .iter()
            .any(|c| matches!(&c.value, Value::Text(t) if index.measure_by_id(t).is_some()))
    {
        return None;
    }
    // Each cell's role once: for the test below and for the columns.
    let roles: Vec<Option<Role>> = row
        .iter()
        .map(|c| match &c.value {
            Value::Text(t) => index.header_role(t),
            _ => None,
        })
        .collect();
    // One option's column alone ("Valmis") is more likely an answer than a
    // header: a mark column per option needs two options at least.
    let (mut measure, mut answer) = (false, false);
    let mut options: Vec<&String> = Vec::new();
    for role in &roles {
        match role {
            Some(Role::Measure) => measure = true,
            Some(Role::OptionMark(id)) if !options.contains(&id) => options.push(id),
            Some(Role::OptionMark(_)) => {}
            Some(role) if role.is_answer() => answer = true,
            _ => {}
        }
    }
    if !(measure && (answer || options.len() >= 2)) {
        return None;
    }
    // What `classify_header` says: the role, or an extra column named by
    // the cleaned text.
    let columns: Vec<(u32, Role, String)> = row
        .iter()
        .zip(roles)
        .map(|(c, role)| {
            let role = match &c.value {
                Value::Text(t) => role.unwrap_or_else(|| Role::Extra(koonti_normalise::clean(t))),
                _ => Role::Extra(String::new()),
            };
            (c.col, role, koonti_normalise::clean(&c.value.as_text()))
        })
        .collect();
    let measure_col = columns
        .iter()
        .find(|(_, r, _)| *r == Role::Measure)
        .map(|(c, _, _)| *c)?;
    let id_col = columns
        .iter()
        .find(|(_, r, _)| *r == Role::MeasureId)
        .map(|(c, _, _)| *c);
    Some(Table {
        columns,
        measure_col,
        id_col,
        current_status: None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::table::tests::{row, siun};

    #[test]
    fn a_header_names_a_measure_and_an_answer_column() {
        let index = siun();
        let cells = row(
            5,
            &[
                "Nro",
                "Toimenpiteet",
                "Toteutunut",
                "EI TOTEUTUNUT",
                "Miten",
                "Lisätietoja",
            ],
        );
        let table = header_of(&cells, &index).expect("a header");
        assert_eq!((table.measure_col, table.id_col), (1, Some(0)));
        assert_eq!(table.column(2), Some((&Role::Implemented, "Toteutunut")));
        assert_eq!(table.column(3).map(|c| c.0), Some(&Role::NotImplemented));
        assert_eq!(table.column(4).map(|c| c.0), Some(&Role::Text));
        assert_eq!(
            table.column(5),
            Some((&Role::Extra("Lisätietoja".into()), "Lisätietoja"))
        );
        assert_eq!(table.column(6), None);
    }

    #[test]
    fn rows_without_a_measure_or_an_answer_column_are_no_headers() {
        let index = siun();
        for cells in [
            row(0, &["Toimenpiteet", "Lisätietoja"]),
            row(0, &["Toteutunut", "Ei toteutunut"]),
            row(0, &["Toimenpiteet"]),
        ] {
            assert!(header_of(&cells, &index).is_none(), "{cells:?}");
        }
    }

    #[test]
    fn answer_rows_that_read_like_headers_are_no_headers() {
        let index = siun();
        // A measure id in the row: an answer, whatever its words.
        let cells = row(7, &["1.1", "Toimenpide 3.3 aloitettu", "Done"]);
        assert!(header_of(&cells, &index).is_none());
        // A long cell is an answer, not a label.
        let long = format!("Toteutunut, vuonna 2024 {}", "ja paljon muuta ".repeat(8));
        let cells = row(7, &["Toimenpiteet", &long]);
        assert!(header_of(&cells, &index).is_none());
    }
}

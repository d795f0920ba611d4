//! The bundled samples: the answers of seed 004 (Siun sote's participation
//! committee, 27.5.2024 § 54) as the six files the units returned.
//!
//! The data in [`seed004`] is the ground truth twice over: [`write_samples`]
//! writes `samples/siun-sote-2024/` from it, and the integration tests assert
//! that `koonti merge` reads back exactly these statuses, items and feedback.
#![warn(missing_docs)]

pub mod bench;
pub mod messy;
pub mod seed004;
mod writer;
pub mod xlsb;

pub use writer::{write_response, write_response_as, write_samples};

/// Which mark column(s) a unit put its "x" in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mark {
    /// "Toimenpide on toteutunut".
    Implemented,
    /// "Toimenpide ei ole toteutunut".
    NotImplemented,
    /// Both columns ("x x" in the seed).
    Both,
    /// Neither column.
    None,
}

impl Mark {
    /// The contract status string this mark normalises to.
    pub fn status(self) -> &'static str {
        match self {
            Mark::Implemented => "implemented",
            Mark::NotImplemented => "not_implemented",
            Mark::Both => "partial",
            Mark::None => "unanswered",
        }
    }
}

/// One measure row of a returned table.
#[derive(Debug, Clone)]
pub struct SampleRow {
    /// The programme measure id, e.g. `1.2`.
    pub measure: &'static str,
    /// The measure text exactly as the unit's file has it (the seed shows
    /// small edits, e.g. "näkyviksi" or a missing full stop).
    pub measure_text: &'static str,
    /// The mark(s).
    pub mark: Mark,
    /// The free-text items the committee reads, one per bullet, with the
    /// PDF's line wraps joined; empty when the unit wrote nothing.
    pub items: Vec<&'static str>,
    /// The text cell exactly as typed, where it differs from the items joined
    /// as "• item" lines (e.g. hard line breaks inside an item).
    pub typed: Option<&'static str>,
}

/// One action's table in a response.
#[derive(Debug, Clone)]
pub struct SampleAction {
    /// The heading above the table, e.g. "Toimenpide 1: Viestimme selkeästi ja monikanavaisesti".
    pub heading: &'static str,
    /// The measure rows in the order the file has them.
    pub rows: Vec<SampleRow>,
}

/// One returned workbook.
#[derive(Debug, Clone)]
pub struct SampleResponse {
    /// File name inside the samples folder.
    pub file_name: &'static str,
    /// The unit's canonical programme name.
    pub unit: &'static str,
    /// The cell that names the unit, e.g. "Toimialue: Pelastuslaitos".
    pub unit_cell: &'static str,
    /// The per-action tables.
    pub actions: Vec<SampleAction>,
    /// Cells under the "Vapaamuotoinen palaute" heading, each as typed.
    pub feedback: Vec<&'static str>,
}

impl SampleRow {
    /// The text cell as written into the workbook.
    pub fn cell_text(&self) -> String {
        match self.typed {
            Some(typed) => typed.to_string(),
            None => self
                .items
                .iter()
                .map(|item| format!("• {item}"))
                .collect::<Vec<_>>()
                .join("\n"),
        }
    }
}

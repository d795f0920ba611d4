//! The follow-up across periods: the reports of several years or quarters
//! of one programme side by side ([`compare`] gives a
//! [`koonti_model::History`]), and what the committee reads from it
//! ([`section_progress`], [`units_gone`], [`stalled`], [`change_counts`]).
//!
//! Reports are ordered oldest first by their periods, whatever order they
//! come in; measures match by id across programme versions (a renamed,
//! added or removed measure is a [`koonti_model::MeasureChange`] with a
//! finding) and units through the programmes' aliases. Statuses are ordered
//! on the newest programme's scale: not_implemented < partial < implemented
//! for the mark columns, the options' order for a status scale.
//!
//! No bytes and no file system here: the crate builds for wasm32, and the
//! engine exposes it to every front end.
#![warn(missing_docs)]

mod analysis;
mod build;
mod changes;
mod error;
mod restate;
mod scale;
mod units;

pub use analysis::{
    ChangeCounts, SectionProgress, Stalled, change_counts, section_progress, stalled,
    status_counts, units_gone,
};
pub use build::{Compared, PeriodReport, compare, is_history_finding};
pub use error::HistoryError;
pub use restate::restate;
pub use scale::{Scale, is_quarterly};

#[cfg(test)]
mod tests;

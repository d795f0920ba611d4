//! Layout: the cells of a returned workbook → a unit's response.
//!
//! A [`LayoutReader`] turns a [`Workbook`] (from `koonti-ingest`) into a
//! [`UnitResponse`]; the committee's own table layout is [`TableLayout`].
//! [`read_response`] picks the reader that fits best. The words it looks
//! for (headers, headings, labels, sheet names) come from `koonti-form`,
//! the same words koonti's templates are written with.
#![warn(missing_docs)]

mod index;
mod table;
mod unit;

pub use index::ProgrammeIndex;
pub use koonti_form::{METADATA_SHEET, MetaKey};
pub use table::TableLayout;

use koonti_ingest::Workbook;

use koonti_model::UnitResponse;

/// A reader for one family of response layouts.
///
/// Readers are plugins: [`read_response`] asks each how well it fits a
/// workbook and lets the best one read it. New template layouts get a new
/// implementation, not a branch in an existing one.
pub trait LayoutReader: Send + Sync {
    /// A short name shown in outputs, e.g. `taulukko`.
    fn name(&self) -> &'static str;
    /// How well this reader fits `workbook`; 0 means not at all.
    fn fits(&self, workbook: &Workbook, index: &ProgrammeIndex) -> usize;
    /// Reads the workbook. Never fails: what it cannot place goes to
    /// `unmatched` and `findings`.
    fn read(&self, workbook: &Workbook, index: &ProgrammeIndex) -> UnitResponse;
}

/// The layout readers koonti knows, best first on a tie.
pub fn readers() -> Vec<Box<dyn LayoutReader>> {
    vec![Box::new(TableLayout)]
}

/// Reads `workbook` with the reader from `readers` that fits it best; the
/// first reader reads it when none fits (and reports what it cannot place).
pub fn read_response(
    workbook: &Workbook,
    index: &ProgrammeIndex,
    readers: &[Box<dyn LayoutReader>],
) -> Option<UnitResponse> {
    if let [only] = readers {
        return Some(only.read(workbook, index));
    }
    let best = readers
        .iter()
        .enumerate()
        .max_by_key(|(i, r)| (r.fits(workbook, index), std::cmp::Reverse(*i)))
        .map(|(_, r)| r)?;
    Some(best.read(workbook, index))
}

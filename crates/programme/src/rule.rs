//! The rules a programme definition must keep beyond its format, typed so
//! that every front end words them in the reader's language (the message
//! catalogue, `koonti_messages`).
use std::fmt;

/// The fewest and the most options a scale may have: fewer is no choice,
/// more is no scale a unit can mark (issue 20).
pub const SCALE_OPTIONS: std::ops::RangeInclusive<usize> = 2..=6;

/// A rule a definition breaks.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Rule {
    /// The id is empty.
    EmptyId,
    /// No measures.
    NoMeasures,
    /// Two measures have one id.
    DuplicateMeasureId(String),
    /// A measure has no text.
    EmptyMeasureText(String),
    /// Two top-level sections have one id.
    DuplicateSectionId(String),
    /// One unit name (or alias) is given twice.
    DuplicateUnitName(String),
    /// The scale has fewer than 2 or more than 6 options.
    ScaleSize {
        /// How many it has.
        options: usize,
    },
    /// Two options have one id.
    DuplicateOptionId(String),
    /// An option id is one of the two-mark scale's or "unanswered".
    ReservedOptionId(String),
}

/// For logs and developers: terse English. The reader reads the message
/// catalogue's wording (`koonti_messages`).
impl fmt::Display for Rule {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "rule broken: {self:?}")
    }
}

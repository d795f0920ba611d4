//! Why reports cannot be compared: typed, worded in fi, sv and en by the
//! message catalogue (`koonti_messages`).
use koonti_model::Period;
use std::fmt;

/// Why a set of reports cannot be followed across periods. Each names the
/// inputs concerned, as the caller named them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum HistoryError {
    /// Fewer than two reports: nothing to compare.
    TooFew {
        /// The inputs given.
        names: Vec<String>,
    },
    /// A report whose period is empty or no year or quarter.
    NoPeriod {
        /// The input.
        name: String,
        /// The period as written in it (may be empty).
        period: String,
    },
    /// Two or more reports of the same period.
    SamePeriod {
        /// The period.
        period: Period,
        /// The inputs of that period.
        names: Vec<String>,
    },
    /// A report of another programme than the others.
    OtherProgramme {
        /// The input.
        name: String,
        /// Its programme id.
        programme: String,
        /// The programme id of the newest report.
        expected: String,
    },
    /// A `--previous` report that is not of an earlier period than the
    /// merge it is added to.
    NotEarlier {
        /// The input.
        name: String,
        /// Its period.
        period: Period,
        /// The merge's period.
        current: Period,
    },
}

/// For logs and developers: terse English. The reader reads the message
/// catalogue's wording (`koonti_messages`).
impl fmt::Display for HistoryError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            HistoryError::TooFew { names } => write!(f, "too few reports: {names:?}"),
            HistoryError::NoPeriod { name, period } => write!(f, "{name}: no period ({period:?})"),
            HistoryError::SamePeriod { period, names } => {
                write!(f, "same period {period}: {names:?}")
            }
            HistoryError::OtherProgramme {
                name,
                programme,
                expected,
            } => write!(f, "{name}: programme {programme}, not {expected}"),
            HistoryError::NotEarlier {
                name,
                period,
                current,
            } => write!(f, "{name}: period {period} is not before {current}"),
        }
    }
}

impl std::error::Error for HistoryError {}

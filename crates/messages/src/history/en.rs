//! English wording of why reports cannot be followed across periods.
use koonti_history::HistoryError;

/// `err` as one line.
pub(super) fn message(err: &HistoryError) -> String {
    match err {
        HistoryError::TooFew { names } => format!(
            "a comparison needs at least two periods, only {} given",
            super::shown(names)
        ),
        HistoryError::NoPeriod { name, period } => {
            let written = super::written(period);
            format!(
                "{name}: the report's period{written} is no year or quarter; merge it again with --period, or name the folder of responses by its period (e.g. 2024 or Q1-2025)"
            )
        }
        HistoryError::SamePeriod { period, names } => format!(
            "several inputs are of the same period {period}: {}; give one report per period",
            names.join(", ")
        ),
        HistoryError::OtherProgramme {
            name,
            programme,
            expected,
        } => format!(
            "{name} is a report of the programme {programme}, the others of {expected}; only periods of one programme can be compared"
        ),
        HistoryError::NotEarlier {
            name,
            period,
            current,
        } => format!(
            "{name}: the --previous report's period {period} is not earlier than the merged period {current}"
        ),
    }
}

//! Swedish wording of why reports cannot be followed across periods.
use koonti_history::HistoryError;

/// `err` as one line.
pub(super) fn message(err: &HistoryError) -> String {
    match err {
        HistoryError::TooFew { names } => format!(
            "jämförelsen behöver minst två perioder, endast {} angavs",
            super::shown(names)
        ),
        HistoryError::NoPeriod { name, period } => {
            let written = super::written(period);
            format!(
                "{name}: rapportens period{written} kan inte tolkas som ett år eller ett kvartal; gör sammanställningen på nytt med --period eller namnge svarsmappen efter perioden (t.ex. 2024 eller Q1-2025)"
            )
        }
        HistoryError::SamePeriod { period, names } => format!(
            "flera indata har samma period {period}: {}; ange en rapport per period",
            names.join(", ")
        ),
        HistoryError::OtherProgramme {
            name,
            programme,
            expected,
        } => format!(
            "{name} är en rapport för programmet {programme}, de andra för {expected}; endast perioder av samma program kan jämföras"
        ),
        HistoryError::NotEarlier {
            name,
            period,
            current,
        } => format!(
            "{name}: perioden {period} i --previous-rapporten är inte tidigare än perioden {current} som sammanställs"
        ),
    }
}

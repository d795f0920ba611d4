//! Finnish wording of why reports cannot be followed across periods.
use koonti_history::HistoryError;

/// `err` as one line.
pub(super) fn message(err: &HistoryError) -> String {
    match err {
        HistoryError::TooFew { names } => format!(
            "vertailuun tarvitaan vähintään kaksi kautta, annettu vain {}",
            super::shown(names)
        ),
        HistoryError::NoPeriod { name, period } => {
            let written = super::written(period);
            format!(
                "{name}: raportin kautta{written} ei voi tulkita vuodeksi tai neljännekseksi; tee kooste uudelleen valitsimella --period tai nimeä vastauskansio kautensa mukaan (esim. 2024 tai Q1-2025)"
            )
        }
        HistoryError::SamePeriod { period, names } => format!(
            "usealla syötteellä on sama kausi {period}: {}; anna kustakin kaudesta yksi raportti",
            names.join(", ")
        ),
        HistoryError::OtherProgramme {
            name,
            programme,
            expected,
        } => format!(
            "{name} on ohjelman {programme} raportti, muut ohjelman {expected}; vain saman ohjelman kausia voi verrata"
        ),
        HistoryError::NotEarlier {
            name,
            period,
            current,
        } => format!(
            "{name}: --previous-raportin kausi {period} ei ole koostettavaa kautta {current} aiempi"
        ),
    }
}

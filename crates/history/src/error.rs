//! Why reports cannot be compared, worded in fi, sv and en.
use koonti_model::{Lang, Period};
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

impl HistoryError {
    /// The reason as one line in `lang`.
    pub fn message(&self, lang: Lang) -> String {
        match self {
            HistoryError::TooFew { names } => match lang {
                Lang::Fi => format!(
                    "vertailuun tarvitaan vähintään kaksi kautta, annettu vain {}",
                    shown(names)
                ),
                Lang::Sv => format!(
                    "jämförelsen behöver minst två perioder, endast {} angavs",
                    shown(names)
                ),
                Lang::En => format!(
                    "a comparison needs at least two periods, only {} given",
                    shown(names)
                ),
            },
            HistoryError::NoPeriod { name, period } => {
                let written = if period.trim().is_empty() {
                    String::new()
                } else {
                    format!(" (”{period}”)")
                };
                match lang {
                    Lang::Fi => format!(
                        "{name}: raportin kautta{written} ei voi tulkita vuodeksi tai neljännekseksi; tee kooste uudelleen valitsimella --period tai nimeä vastauskansio kautensa mukaan (esim. 2024 tai Q1-2025)"
                    ),
                    Lang::Sv => format!(
                        "{name}: rapportens period{written} kan inte tolkas som ett år eller ett kvartal; gör sammanställningen på nytt med --period eller namnge svarsmappen efter perioden (t.ex. 2024 eller Q1-2025)"
                    ),
                    Lang::En => format!(
                        "{name}: the report's period{written} is no year or quarter; merge it again with --period, or name the folder of responses by its period (e.g. 2024 or Q1-2025)"
                    ),
                }
            }
            HistoryError::SamePeriod { period, names } => match lang {
                Lang::Fi => format!(
                    "usealla syötteellä on sama kausi {period}: {}; anna kustakin kaudesta yksi raportti",
                    names.join(", ")
                ),
                Lang::Sv => format!(
                    "flera indata har samma period {period}: {}; ange en rapport per period",
                    names.join(", ")
                ),
                Lang::En => format!(
                    "several inputs are of the same period {period}: {}; give one report per period",
                    names.join(", ")
                ),
            },
            HistoryError::OtherProgramme {
                name,
                programme,
                expected,
            } => match lang {
                Lang::Fi => format!(
                    "{name} on ohjelman {programme} raportti, muut ohjelman {expected}; vain saman ohjelman kausia voi verrata"
                ),
                Lang::Sv => format!(
                    "{name} är en rapport för programmet {programme}, de andra för {expected}; endast perioder av samma program kan jämföras"
                ),
                Lang::En => format!(
                    "{name} is a report of the programme {programme}, the others of {expected}; only periods of one programme can be compared"
                ),
            },
            HistoryError::NotEarlier {
                name,
                period,
                current,
            } => match lang {
                Lang::Fi => format!(
                    "{name}: --previous-raportin kausi {period} ei ole koostettavaa kautta {current} aiempi"
                ),
                Lang::Sv => format!(
                    "{name}: perioden {period} i --previous-rapporten är inte tidigare än perioden {current} som sammanställs"
                ),
                Lang::En => format!(
                    "{name}: the --previous report's period {period} is not earlier than the merged period {current}"
                ),
            },
        }
    }
}

fn shown(names: &[String]) -> String {
    if names.is_empty() {
        "–".to_string()
    } else {
        names.join(", ")
    }
}

impl fmt::Display for HistoryError {
    /// The Finnish wording (the CLI's default).
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message(Lang::Fi))
    }
}

impl std::error::Error for HistoryError {}

//! Reporting periods as types: a [`Period`] is a year or one quarter of
//! it, read once from text (by `koonti_normalise`, which knows the written
//! forms) and from then on compared, ordered and shown as a value. A
//! [`ReportPeriod`] is what a report is of: a period, a name its maker gave
//! ("2024 (kevät)"), or nothing known. Both are serialised as the strings
//! the JSON contract has always had (`2025`, `Q3/2025`, a name, `""`).
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::cmp::Ordering;
use std::fmt;
use std::str::FromStr;

/// A reporting period: a year, or one quarter (1–4) of it. Ordered in
/// time, a whole year after its fourth quarter (a year's report closes the
/// year). Shown and serialised in its canonical form: `2025`, `Q3/2025`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Period {
    year: u16,
    /// 1–4, or `None` for the whole year.
    quarter: Option<u8>,
}

impl Period {
    /// The whole year `year`.
    pub fn of_year(year: u16) -> Period {
        Period {
            year,
            quarter: None,
        }
    }

    /// Quarter `quarter` of `year`; `None` unless `quarter` is 1–4.
    pub fn of_quarter(year: u16, quarter: u8) -> Option<Period> {
        (1..=4).contains(&quarter).then_some(Period {
            year,
            quarter: Some(quarter),
        })
    }

    /// The year, e.g. 2025.
    pub fn year(self) -> u16 {
        self.year
    }

    /// The quarter 1–4, or `None` for a whole year.
    pub fn quarter(self) -> Option<u8> {
        self.quarter
    }

    /// True for a quarter, false for a whole year.
    pub fn is_quarter(self) -> bool {
        self.quarter.is_some()
    }

    /// The key the order is by: a whole year after its fourth quarter.
    fn order_key(self) -> (u16, u8) {
        (self.year, self.quarter.unwrap_or(5))
    }
}

impl Ord for Period {
    fn cmp(&self, other: &Self) -> Ordering {
        self.order_key().cmp(&other.order_key())
    }
}

impl PartialOrd for Period {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl fmt::Display for Period {
    /// The canonical form: `2025` or `Q3/2025`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.quarter {
            Some(q) => write!(f, "Q{q}/{}", self.year),
            None => write!(f, "{}", self.year),
        }
    }
}

/// A text that is not a period in its canonical form (`2025`, `Q3/2025`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PeriodError(pub String);

impl fmt::Display for PeriodError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "not a period (2025, Q3/2025): {:?}", self.0)
    }
}

impl std::error::Error for PeriodError {}

impl FromStr for Period {
    type Err = PeriodError;

    /// The canonical forms only (what [`Period`]'s `Display` writes, as
    /// stored JSON holds them); the many written forms of the forms and
    /// file names are `koonti_normalise::parse_period`'s.
    fn from_str(text: &str) -> Result<Period, PeriodError> {
        let error = || PeriodError(text.to_string());
        let trimmed = text.trim();
        let year = |y: &str| -> Option<u16> {
            (y.len() == 4 && y.bytes().all(|b| b.is_ascii_digit()))
                .then(|| y.parse().ok())
                .flatten()
        };
        match trimmed.strip_prefix(['Q', 'q']) {
            Some(rest) => {
                let (quarter, y) = rest.split_once('/').ok_or_else(error)?;
                let quarter: u8 = quarter.parse().map_err(|_| error())?;
                Period::of_quarter(year(y).ok_or_else(error)?, quarter).ok_or_else(error)
            }
            None => year(trimmed).map(Period::of_year).ok_or_else(error),
        }
    }
}

impl Serialize for Period {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Period {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Period, D::Error> {
        let text = String::deserialize(deserializer)?;
        text.parse().map_err(serde::de::Error::custom)
    }
}

/// What a report (or a round of templates) is of: a period, a name its
/// maker chose that is not one period as a whole ("2024 (kevät)",
/// "syksy"), or nothing known. Serialised as the text: the period's
/// canonical form, the name as given, or `""`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum ReportPeriod {
    /// No period known (no `--period`, none in the files).
    #[default]
    Unknown,
    /// One period.
    Period(Period),
    /// A name that is not one period as a whole, kept as given (trimmed).
    Named(String),
}

impl ReportPeriod {
    /// The period, when the report is of one.
    pub fn period(&self) -> Option<Period> {
        match self {
            ReportPeriod::Period(period) => Some(*period),
            _ => None,
        }
    }

    /// True when nothing is known.
    pub fn is_unknown(&self) -> bool {
        matches!(self, ReportPeriod::Unknown)
    }

    /// Read from stored text: `""` is unknown, a canonical period is that
    /// period, anything else a name.
    pub fn from_stored(text: &str) -> ReportPeriod {
        let text = text.trim();
        if text.is_empty() {
            ReportPeriod::Unknown
        } else {
            text.parse().map_or_else(
                |_| ReportPeriod::Named(text.to_string()),
                ReportPeriod::Period,
            )
        }
    }
}

impl From<Period> for ReportPeriod {
    fn from(period: Period) -> ReportPeriod {
        ReportPeriod::Period(period)
    }
}

impl From<Option<Period>> for ReportPeriod {
    fn from(period: Option<Period>) -> ReportPeriod {
        period.map_or(ReportPeriod::Unknown, ReportPeriod::Period)
    }
}

impl From<&str> for ReportPeriod {
    /// As [`ReportPeriod::from_stored`]: every text is a report period.
    fn from(text: &str) -> ReportPeriod {
        ReportPeriod::from_stored(text)
    }
}

impl fmt::Display for ReportPeriod {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ReportPeriod::Unknown => Ok(()),
            ReportPeriod::Period(period) => period.fmt(f),
            ReportPeriod::Named(name) => f.write_str(name),
        }
    }
}

/// A report period and a text are equal when the text is how it is
/// stored (for tests and callers holding text).
impl PartialEq<str> for ReportPeriod {
    fn eq(&self, other: &str) -> bool {
        *self == ReportPeriod::from_stored(other)
    }
}

impl PartialEq<&str> for ReportPeriod {
    fn eq(&self, other: &&str) -> bool {
        *self == ReportPeriod::from_stored(other)
    }
}

/// A period and a text are equal when the text is the period's canonical
/// form.
impl PartialEq<&str> for Period {
    fn eq(&self, other: &&str) -> bool {
        other.parse::<Period>().is_ok_and(|p| p == *self)
    }
}

impl Serialize for ReportPeriod {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for ReportPeriod {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<ReportPeriod, D::Error> {
        Ok(ReportPeriod::from_stored(&String::deserialize(
            deserializer,
        )?))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn q(year: u16, quarter: u8) -> Period {
        Period::of_quarter(year, quarter).expect("a quarter")
    }

    #[test]
    fn canonical_forms_parse_and_show_the_same() {
        for text in ["2025", "Q1/2025", "Q4/2024"] {
            let period: Period = text.parse().expect(text);
            assert_eq!(period.to_string(), text);
        }
        assert_eq!("q3/2025".parse(), Ok(q(2025, 3)));
        for text in ["", "Q5/2025", "Q3 2025", "25", "2025 (kevät)", "Q/2025"] {
            assert!(text.parse::<Period>().is_err(), "{text}");
        }
        assert_eq!(Period::of_quarter(2025, 0), None);
    }

    #[test]
    fn a_year_follows_its_quarters_and_precedes_the_next() {
        let mut periods = [
            Period::of_year(2025),
            q(2025, 2),
            Period::of_year(2024),
            q(2025, 1),
            q(2026, 1),
        ];
        periods.sort();
        let shown: Vec<String> = periods.iter().map(Period::to_string).collect();
        assert_eq!(shown, ["2024", "Q1/2025", "Q2/2025", "2025", "Q1/2026"]);
    }

    #[test]
    fn json_holds_the_strings_it_always_had() {
        let json = serde_json::to_string(&vec![Period::of_year(2024), q(2025, 3)]).expect("json");
        assert_eq!(json, r#"["2024","Q3/2025"]"#);
        let back: Vec<Period> = serde_json::from_str(&json).expect("back");
        assert_eq!(back, [Period::of_year(2024), q(2025, 3)]);
        let reports = [
            ReportPeriod::Unknown,
            ReportPeriod::Period(q(2025, 3)),
            ReportPeriod::Named("2024 (kevät)".into()),
        ];
        let json = serde_json::to_string(&reports).expect("json");
        assert_eq!(json, r#"["","Q3/2025","2024 (kevät)"]"#);
        let back: Vec<ReportPeriod> = serde_json::from_str(&json).expect("back");
        assert_eq!(back, reports);
    }
}

//! Reporting periods as units and templates write them: a year ("2025") or
//! a quarter of a year ("Q3/2025", "Q3 2025", "2025 Q3", "3. neljännes
//! 2025", "III/2025", "Q3/25"). One place, so new forms are added here once
//! and every reader (metadata, titles, file names, `--period`) gets them.

use regex::Regex;
use std::fmt;
use std::sync::LazyLock;

/// A reporting period: a year, or one quarter of it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Period {
    /// The year, e.g. 2025.
    pub year: u16,
    /// The quarter 1–4, or `None` for the whole year.
    pub quarter: Option<u8>,
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

/// The quarter forms, each with named groups `q` (digit or Roman numeral)
/// and `y` (four or two digits). Tried in order; the first match wins.
static QUARTERS: LazyLock<Vec<Regex>> = LazyLock::new(|| {
    [
        // Q3/2025, Q3 2025, Q3-2025, Q3/25, q3_2025
        r"(?i)(?:^|[^\p{L}\d])Q\s?(?P<q>[1-4])\s*[/\-_ .]\s*(?P<y>20\d\d|\d\d)(?:$|[^\d])",
        // 2025 Q3, 2025/Q3, 2025-Q3
        r"(?i)(?:^|[^\d])(?P<y>20\d\d)\s*[/\-_ .]?\s*Q(?P<q>[1-4])(?:$|[^\d])",
        // 3. neljännes 2025, 3. vuosineljännes 2025, 3 kvartal 2025, 3rd quarter 2025
        r"(?i)(?:^|[^\d])(?P<q>[1-4])\s*(?:\.|st|nd|rd|th)?\s*(?:vuosi)?(?:neljännes|kvartalet|kvartal|quarter)\w*\s*(?:/|vuonna|år|of)?\s*(?P<y>20\d\d)(?:$|[^\d])",
        // III/2025, IV 2025
        r"(?:^|[^\p{L}\d])(?P<q>IV|I{1,3})\s*[/\-_ ]\s*(?P<y>20\d\d)(?:$|[^\d])",
    ]
    .iter()
    .map(|p| Regex::new(p).expect("quarter patterns are valid regexes"))
    .collect()
});

/// A four-digit year on its own.
static YEAR: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?:^|[^\d])(20\d\d)(?:$|[^\d])").expect("YEAR is valid"));

fn quarter_number(text: &str) -> Option<u8> {
    match text {
        "I" => Some(1),
        "II" => Some(2),
        "III" => Some(3),
        "IV" => Some(4),
        digit => digit.parse().ok().filter(|q| (1..=4).contains(q)),
    }
}

fn year_number(text: &str) -> Option<u16> {
    let n: u16 = text.parse().ok()?;
    Some(if text.len() == 2 { 2000 + n } else { n })
}

/// The first period written in `text`: a quarter if one is, else the first
/// year. `None` when there is neither.
pub fn find_period(text: &str) -> Option<Period> {
    for pattern in QUARTERS.iter() {
        if let Some(caps) = pattern.captures(text) {
            let quarter = caps.name("q").and_then(|q| quarter_number(q.as_str()));
            let year = caps.name("y").and_then(|y| year_number(y.as_str()));
            if let (Some(year), Some(quarter)) = (year, quarter) {
                return Some(Period {
                    year,
                    quarter: Some(quarter),
                });
            }
        }
    }
    let year = YEAR.captures(text)?.get(1)?.as_str().parse().ok()?;
    Some(Period {
        year,
        quarter: None,
    })
}

/// `text` as a whole read as a period (metadata, `--period`); `None` when
/// it holds more than one period's words or none.
pub fn parse_period(text: &str) -> Option<Period> {
    let period = find_period(text)?;
    let rest = strip_period_words(text);
    rest.is_empty().then_some(period)
}

/// What is left of `text` without digits, quarter words and separators.
fn strip_period_words(text: &str) -> String {
    let lower = text.to_lowercase();
    let mut rest = lower.clone();
    for word in [
        "vuosineljännes",
        "neljännes",
        "kvartalet",
        "kvartal",
        "quarter",
        "st",
        "nd",
        "rd",
        "th",
        "iv",
        "i",
        "v",
        "q",
    ] {
        rest = rest.replace(word, "");
    }
    rest.chars()
        .filter(|c| !c.is_ascii_digit() && !matches!(c, '/' | '-' | '_' | '.' | ' '))
        .collect()
}

/// The canonical form of a period written as `text` ("q3 2025" →
/// "Q3/2025"); text that is no period is kept as written, trimmed.
pub fn canonical_period(text: &str) -> String {
    parse_period(text).map_or_else(|| text.trim().to_string(), |p| p.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn q(year: u16, quarter: u8) -> Option<Period> {
        Some(Period {
            year,
            quarter: Some(quarter),
        })
    }

    fn y(year: u16) -> Option<Period> {
        Some(Period {
            year,
            quarter: None,
        })
    }

    #[test]
    fn years_and_quarters_in_their_written_forms() {
        assert_eq!(find_period("Osallisuusohjelman toteutuminen 2024"), y(2024));
        for text in [
            "Q3/2025",
            "q3 2025",
            "Raportti Q3-2025",
            "Q3/25",
            "2025 Q3",
            "2025/Q3",
            "3. neljännes 2025",
            "3. vuosineljännes 2025",
            "III/2025",
            "vastaus_2025-Q3.xlsx",
        ] {
            assert_eq!(find_period(text), q(2025, 3), "{text}");
        }
        assert_eq!(find_period("IV 2024"), q(2024, 4));
        assert_eq!(find_period("Q5/2025"), y(2025), "no fifth quarter");
        assert_eq!(find_period("ei vuotta"), None);
        assert_eq!(find_period("puh. 0401234567"), None);
    }

    #[test]
    fn a_whole_text_is_one_period_or_none() {
        assert_eq!(parse_period("2025"), y(2025));
        assert_eq!(parse_period(" Q3/2025 "), q(2025, 3));
        assert_eq!(parse_period("vuosi 2025 ja jotain"), None);
        assert_eq!(canonical_period("q3 2025"), "Q3/2025");
        assert_eq!(canonical_period("syksy"), "syksy");
    }

    #[test]
    fn canonical_forms_round_trip() {
        for period in [y(2024), q(2025, 1), q(2025, 4)].into_iter().flatten() {
            assert_eq!(parse_period(&period.to_string()), Some(period));
        }
    }
}

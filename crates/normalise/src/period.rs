//! Reporting periods as units and templates write them: a year ("2025") or
//! a quarter of a year ("Q3/2025", "Q3 2025", "2025 Q3", "3. neljännes
//! 2025", "III/2025", "Q3/25"). One place, so new forms are added here once
//! and every reader (metadata, titles, file names, `--period`) gets them.

use regex::Regex;
use std::sync::LazyLock;

pub use koonti_model::{Period, ReportPeriod};

/// The quarter forms, each with named groups `q` (digit or Roman numeral)
/// and `y` (four or two digits). Tried in order; the first match wins.
static QUARTERS: LazyLock<Vec<Regex>> = LazyLock::new(|| {
    [
        // Q3/2025, Q3 2025, Q3-2025, Q3/25, q3_2025
        r"(?i)(?:^|[^\p{L}\d])Q\s?(?P<q>[1-4])\s*[/\-_ .]\s*(?P<y>20\d\d|\d\d)(?:$|[^\d])",
        // 2025 Q3, 2025/Q3, 2025-Q3
        r"(?i)(?:^|[^\d])(?P<y>20\d\d)\s*[/\-_ .,]?\s*Q(?P<q>[1-4])(?:$|[^\d])",
        // 3. neljännes 2025, 3. vuosineljännes 2025, 3 kvartal 2025, 3rd quarter 2025
        r"(?i)(?:^|[^\d])(?P<q>[1-4])\s*(?:\.|st|nd|rd|th)?\s*(?:vuosi)?(?:neljännes|kvartalet|kvartal|quarter)\w*\s*(?:/|vuonna|år|of)?\s*(?P<y>20\d\d)(?:$|[^\d])",
        // III/2025, IV 2025
        r"(?:^|[^\p{L}\d])(?P<q>IV|I{1,3})\s*[/\-_ ]\s*(?P<y>20\d\d)(?:$|[^\d])",
        // 1. osavuosikatsaus 2025, 2_osavuosiraportti_2025 (Keusote's quarterly reviews)
        r"(?i)(?:^|[^\d])(?P<q>[1-4])[\s_.\-]*osavuosi(?:katsaus|raportti)\w*[\s_.\-]*(?:/|vuonna|vuodelta)?\s*(?P<y>20\d\d)(?:$|[^\d])",
        // Osavuosikatsaus 3/2025, osavuosikatsaus_3_2025
        r"(?i)osavuosi(?:katsaus|raportti)\w*[\s_.\-]*(?P<q>[1-4])[\s_.\-]*[/\-_ .][\s_.\-]*(?P<y>20\d\d)(?:$|[^\d])",
    ]
    .iter()
    .map(|p| Regex::new(p).expect("quarter patterns are valid regexes"))
    .collect()
});

/// A range of months of one year, as a quarterly report names its
/// months: "1–3/2025", "4-6/2025", "10–12/2025".
static MONTH_RANGE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?:^|[^\d./])(?P<a>0?[1-9]|1[0-2])\s*[-–—]\s*(?P<b>0?[1-9]|1[0-2])\s*/\s*(?P<y>20\d\d)(?:$|[^\d])",
    )
    .expect("MONTH_RANGE is valid")
});

/// Month names (their first letters) in fi, sv and en, January first.
const MONTH_NAMES: [[&str; 3]; 12] = [
    ["tammi", "januari", "january"],
    ["helmi", "februari", "february"],
    ["maalis", "mars", "march"],
    ["huhti", "april", "april"],
    ["touko", "maj", "may"],
    ["kesä", "juni", "june"],
    ["heinä", "juli", "july"],
    ["elo", "augusti", "august"],
    ["syys", "september", "september"],
    ["loka", "oktober", "october"],
    ["marras", "november", "november"],
    ["joulu", "december", "december"],
];

/// A range of named months of one year: "tammi–maaliskuu 2025",
/// "huhtikuu - kesäkuu 2025", "januari–mars 2025".
static NAMED_MONTH_RANGE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?:^|[^\p{L}])(?P<a>\p{L}+?)(?:kuu\w*)?\s*[-–—]\s*(?P<b>\p{L}+)\s+(?P<y>20\d\d)(?:$|[^\d])")
        .expect("NAMED_MONTH_RANGE is valid")
});

/// The month (1–12) a word names, by its first letters.
fn month_named(word: &str) -> Option<u8> {
    let word = word.to_lowercase();
    MONTH_NAMES
        .iter()
        .position(|names| {
            names.iter().any(|n| {
                word == *n
                    || (word.starts_with(n) && (n.len() >= 5 || word[n.len()..].starts_with("kuu")))
            })
        })
        .map(|i| i as u8 + 1)
}

/// The quarter a range of months is: exactly one quarter's months, or the
/// months from January to a quarter's end (a cumulative interim report,
/// "1–6/2025" is the second). January to December is the whole year.
fn quarter_of_months(first: u8, last: u8) -> Option<u8> {
    let quarter = last / 3;
    let ends_quarter = last.is_multiple_of(3) && (1..=4).contains(&quarter);
    let starts = first == last.saturating_sub(2) || (first == 1 && last < 12);
    (ends_quarter && starts).then_some(quarter)
}

/// The quarter a range of months names, in its two written forms.
fn months_quarter(text: &str) -> Option<Period> {
    // `is_match` first, here and below: most texts match none of the
    // patterns, and it makes no captures to find that out.
    if MONTH_RANGE.is_match(text)
        && let Some(caps) = MONTH_RANGE.captures(text)
    {
        let first: u8 = caps["a"].parse().ok()?;
        let last: u8 = caps["b"].parse().ok()?;
        let year: u16 = caps["y"].parse().ok()?;
        return quarter_of_months(first, last).and_then(|q| Period::of_quarter(year, q));
    }
    if !NAMED_MONTH_RANGE.is_match(text) {
        return None;
    }
    for caps in NAMED_MONTH_RANGE.captures_iter(text) {
        if let (Some(first), Some(last)) = (month_named(&caps["a"]), month_named(&caps["b"])) {
            let year: u16 = caps["y"].parse().ok()?;
            return quarter_of_months(first, last).and_then(|q| Period::of_quarter(year, q));
        }
    }
    None
}

/// A span of years, "2020–2025", "2023 - 2025".
static YEAR_RANGE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:^|[^\d])20\d\d\s*[-–—]\s*20\d\d(?:$|[^\d])").expect("YEAR_RANGE is valid")
});

/// Words that label a period in a cell ("Raportointijakso: Q3/2025"),
/// longest first.
const PERIOD_LABELS: [&str; 12] = [
    "raportointiajankohta",
    "rapporteringsperiod",
    "raportointijakso",
    "raportointikausi",
    "reporting period",
    "tarkastelujakso",
    "katsauskausi",
    "ajanjakso",
    "ajalta",
    "period",
    "jakso",
    "kausi",
];

/// The period a cell outside the tables names: a quarter written alone or
/// with its review's words ("Q3/2025", "Osavuosikatsaus 3/2025"), or any
/// period after a period label ("Raportointijakso: 2025"). A bare year is
/// no period here: a year in a cell is as often a schedule.
pub fn period_label(text: &str) -> Option<Period> {
    if text.len() > 80 {
        return None;
    }
    let mut rest = text.to_lowercase().replace([':', '：'], " ");
    let mut labelled = false;
    for label in PERIOD_LABELS {
        if rest.contains(label) {
            labelled = true;
            rest = rest.replace(label, " ");
        }
    }
    let period = parse_period(&rest)?;
    (labelled || period.is_quarter()).then_some(period)
}

/// True when `text` is a period label alone ("Raportointijakso:"), its
/// period in the next cell.
pub fn is_period_label(text: &str) -> bool {
    let lower = text
        .trim()
        .trim_end_matches([':', '：'])
        .trim()
        .to_lowercase();
    PERIOD_LABELS.contains(&lower.as_str())
}

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
    // Every pattern below needs a year of two digits or more, so a text
    // without two digits side by side names no period: most cells of a
    // response, which this spares a dozen regex searches.
    if !has_two_digits(text) {
        return None;
    }
    // Each pattern also needs a "Q" (a quarter of a two-digit year) or a
    // year of this century ("20" and two digits): a file name such as
    // "vastaus-0017" has neither.
    if !text.contains("20") && !text.contains(['q', 'Q']) {
        return None;
    }
    // The same titles and headings come back in every response of a merge.
    crate::memo::remembered(text, search_period)
}

/// [`find_period`] without its checks: the regular-expression searches.
fn search_period(text: &str) -> Option<Period> {
    for pattern in QUARTERS.iter() {
        if !pattern.is_match(text) {
            continue;
        }
        if let Some(caps) = pattern.captures(text) {
            let quarter = caps.name("q").and_then(|q| quarter_number(q.as_str()));
            let year = caps.name("y").and_then(|y| year_number(y.as_str()));
            if let (Some(year), Some(quarter)) = (year, quarter) {
                return Period::of_quarter(year, quarter);
            }
        }
    }
    if let Some(period) = months_quarter(text) {
        return Some(period);
    }
    // A span of years ("2020–2025", a programme's years) is no period.
    let text = YEAR_RANGE.replace_all(text, " ");
    let year = YEAR.captures(&text)?.get(1)?.as_str().parse().ok()?;
    Some(Period::of_year(year))
}

/// True when two digits (of any script, as `\d` matches) stand side by side.
fn has_two_digits(text: &str) -> bool {
    let mut previous = false;
    text.chars().any(|c| {
        let digit = c.is_numeric();
        let pair = previous && digit;
        previous = digit;
        pair
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
        "osavuosikatsaus",
        "osavuosiraportti",
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
        .filter(|c| !c.is_ascii_digit() && !matches!(c, '/' | '-' | '–' | '—' | '_' | '.' | ' '))
        .collect()
}

/// What a report named `text` (`--period`, a template's period field) is
/// of: the period it writes as a whole ("q3 2025" → Q3/2025), else the
/// name as written, trimmed ("2024 (kevät)"); nothing for blank text.
pub fn report_period(text: &str) -> ReportPeriod {
    let text = text.trim();
    if text.is_empty() {
        ReportPeriod::Unknown
    } else {
        parse_period(text).map_or_else(
            || ReportPeriod::Named(text.to_string()),
            ReportPeriod::Period,
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_text_without_two_digits_side_by_side_has_no_period() {
        assert!(has_two_digits("Q4 13"));
        assert!(has_two_digits("vuosi 2024"));
        assert!(!has_two_digits("Q4 1 3"));
        assert!(!has_two_digits("Toteutunut"));
        assert_eq!(find_period("Q1 ja 2 kvartaali"), None);
        // Neither a "Q" nor a year of this century: searched no further.
        assert_eq!(find_period("vastaus-0017"), None);
        assert_eq!(find_period("vastaus-2017"), Some(Period::of_year(2017)));
        assert_eq!(find_period("Q4 13"), Period::of_quarter(2013, 4));
    }

    fn q(year: u16, quarter: u8) -> Option<Period> {
        Period::of_quarter(year, quarter)
    }

    fn y(year: u16) -> Option<Period> {
        Some(Period::of_year(year))
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
            "vuosi 2025, Q3",
        ] {
            assert_eq!(find_period(text), q(2025, 3), "{text}");
        }
        assert_eq!(find_period("IV 2024"), q(2024, 4));
        assert_eq!(find_period("Q4 2025"), q(2025, 4));
        assert_eq!(find_period("Q5/2025"), y(2025), "no fifth quarter");
        assert_eq!(find_period("ei vuotta"), None);
        assert_eq!(find_period("puh. 0401234567"), None);
    }

    #[test]
    fn quarterly_reviews_and_month_ranges_are_quarters() {
        for (text, year, quarter) in [
            ("1. osavuosikatsaus 2025", 2025, 1),
            ("Keusote 2. osavuosikatsaus vuonna 2025", 2025, 2),
            ("Osavuosikatsaus 3/2025", 2025, 3),
            ("osavuosikatsaus_4_2025.xlsx", 2025, 4),
            ("3_osavuosikatsaus_2025", 2025, 3),
            ("Raportointijakso 1–3/2025", 2025, 1),
            ("4-6/2025", 2025, 2),
            ("7 – 9/2025", 2025, 3),
            ("10–12/2025", 2025, 4),
            ("1–6/2025", 2025, 2),
            ("tammi–maaliskuu 2025", 2025, 1),
            ("Huhtikuu–kesäkuu 2025", 2025, 2),
            ("heinä-syyskuu 2024", 2024, 3),
            ("januari–mars 2025", 2025, 1),
        ] {
            assert_eq!(find_period(text), q(year, quarter), "{text}");
        }
        // Not a quarter's months: the year.
        for text in [
            "1–12/2025",
            "2–4/2025",
            "5/2025",
            "Osallisuusohjelma 2020–2025",
        ] {
            assert_eq!(find_period(text).and_then(Period::quarter), None, "{text}");
        }
        assert_eq!(parse_period("1. osavuosikatsaus 2025"), q(2025, 1));
        assert_eq!(parse_period("1–3/2025"), q(2025, 1));
        assert_eq!(
            report_period("Osavuosikatsaus 3/2025").to_string(),
            "Q3/2025"
        );
    }

    #[test]
    fn year_spans_are_no_periods_and_labels_name_one() {
        assert_eq!(find_period("Osallisuusohjelma 2020 - 2025"), None);
        assert_eq!(find_period("Ohjelma 2020–2025, vastaukset 2025"), y(2025));
        assert_eq!(period_label("Raportointijakso: Q3/2025"), q(2025, 3));
        assert_eq!(period_label("Q3/2025"), q(2025, 3));
        assert_eq!(period_label("Osavuosikatsaus 3/2025"), q(2025, 3));
        assert_eq!(period_label("Ajanjakso 1–3/2025"), q(2025, 1));
        assert_eq!(period_label("Raportointikausi: 2025"), y(2025));
        assert_eq!(period_label("2025"), None);
        assert!(is_period_label("Raportointijakso:"));
        assert!(!is_period_label("Raportointijakso: Q3/2025"));
        assert_eq!(period_label("Valmis 2025"), None);
        assert_eq!(period_label("Aikataulu 2025–2026"), None);
    }

    #[test]
    fn a_whole_text_is_one_period_or_none() {
        assert_eq!(parse_period("2025"), y(2025));
        assert_eq!(parse_period(" Q3/2025 "), q(2025, 3));
        assert_eq!(parse_period("vuosi 2025 ja jotain"), None);
        assert_eq!(report_period("q3 2025").to_string(), "Q3/2025");
        assert_eq!(
            report_period(" syksy "),
            ReportPeriod::Named("syksy".into())
        );
        assert_eq!(report_period(" "), ReportPeriod::Unknown);
    }

    #[test]
    fn canonical_forms_round_trip() {
        for period in [y(2024), q(2025, 1), q(2025, 4)].into_iter().flatten() {
            assert_eq!(parse_period(&period.to_string()), Some(period));
        }
    }
}

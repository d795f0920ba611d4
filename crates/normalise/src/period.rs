//! Reporting periods as units and templates write them: a year ("2025") or
//! a quarter of a year ("Q3/2025", "Q3 2025", "2025 Q3", "3. neljännes
//! 2025", "III/2025", "Q3/25"). One place, so new forms are added here once
//! and every reader (metadata, titles, file names, `--period`) gets them.

pub use koonti_model::{Period, ReportPeriod};

mod search;

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
    crate::memo::remembered(text, search::search_period)
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

//! The regular-expression searches for a period, each compiled and run
//! only for a text that holds what its pattern cannot match without (a
//! "Q", a dash, a quarter's word): compiling the dozen patterns, with
//! their Unicode classes, took ~12 ms of a merge's CPU time when one
//! title with a year reached them, and a title of a response holds a
//! year, not a quarter.
use koonti_model::Period;
use regex::Regex;
use std::sync::LazyLock;

/// The quarter forms, each with named groups `q` (digit or Roman numeral)
/// and `y` (four or two digits). Tried in order; the first match wins.
pub(super) const QUARTER_PATTERNS: [&str; 6] = [
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
];

/// A range of months of one year, as a quarterly report names its
/// months: "1–3/2025", "4-6/2025", "10–12/2025".
pub(super) const MONTH_RANGE_PATTERN: &str = r"(?:^|[^\d./])(?P<a>0?[1-9]|1[0-2])\s*[-–—]\s*(?P<b>0?[1-9]|1[0-2])\s*/\s*(?P<y>20\d\d)(?:$|[^\d])";

/// A range of named months of one year: "tammi–maaliskuu 2025",
/// "huhtikuu - kesäkuu 2025", "januari–mars 2025".
pub(super) const NAMED_MONTH_RANGE_PATTERN: &str = r"(?i)(?:^|[^\p{L}])(?P<a>\p{L}+?)(?:kuu\w*)?\s*[-–—]\s*(?P<b>\p{L}+)\s+(?P<y>20\d\d)(?:$|[^\d])";

/// A span of years, "2020–2025", "2023 - 2025".
pub(super) const YEAR_RANGE_PATTERN: &str = r"(?:^|[^\d])20\d\d\s*[-–—]\s*20\d\d(?:$|[^\d])";

/// A four-digit year on its own.
pub(super) const YEAR_PATTERN: &str = r"(?:^|[^\d])(20\d\d)(?:$|[^\d])";

/// Compiled on first use, each on its own.
type Lazy = LazyLock<Regex>;

static QUARTERS: [Lazy; 6] = [
    LazyLock::new(|| compiled(QUARTER_PATTERNS[0])),
    LazyLock::new(|| compiled(QUARTER_PATTERNS[1])),
    LazyLock::new(|| compiled(QUARTER_PATTERNS[2])),
    LazyLock::new(|| compiled(QUARTER_PATTERNS[3])),
    LazyLock::new(|| compiled(QUARTER_PATTERNS[4])),
    LazyLock::new(|| compiled(QUARTER_PATTERNS[5])),
];
static MONTH_RANGE: Lazy = LazyLock::new(|| compiled(MONTH_RANGE_PATTERN));
static NAMED_MONTH_RANGE: Lazy = LazyLock::new(|| compiled(NAMED_MONTH_RANGE_PATTERN));
static YEAR_RANGE: Lazy = LazyLock::new(|| compiled(YEAR_RANGE_PATTERN));
static YEAR: Lazy = LazyLock::new(|| compiled(YEAR_PATTERN));

fn compiled(pattern: &str) -> Regex {
    Regex::new(pattern).expect("the period patterns are valid regexes")
}

/// What a text holds that some pattern cannot match without. Each test is
/// a necessary condition, never a sufficient one: a pattern passed over
/// could not have matched. The words are compared in lower case without
/// a `k` or an `s`: `(?i)` also matches those with the Kelvin sign and the
/// long s, which `to_lowercase` keeps apart; every other letter of them
/// has only its ASCII capital as a case partner (a test checks this).
/// `\s` is `char::is_whitespace`, and every `\p{L}` is
/// `char::is_alphabetic`.
pub(super) struct Holds {
    /// A "Q" or "q" (the first two quarter forms).
    q: bool,
    /// A Roman numeral's last letter, then a separator and "20"
    /// ("III/2025", "IV 2025"; matched case-sensitively).
    roman: bool,
    /// "neljänne", "vartal" or "quarter": "neljännes", "kvartal(et)",
    /// "quarter".
    quarter_word: bool,
    /// "avuo", of "osavuosikatsaus" and "osavuosiraportti".
    review_word: bool,
    /// A slash and a dash with a digit after it (a range of months'
    /// numbers, "1–3/2025").
    month_numbers: bool,
    /// A dash with a word after it and "20" after that (a range of named
    /// months, "tammi–maaliskuu 2025").
    month_names: bool,
    /// A dash with "20" after it (a span of years, "2020–2025").
    year_span: bool,
}

impl Holds {
    pub(super) fn of(text: &str) -> Holds {
        let is_dash = |c: char| matches!(c, '-' | '–' | '—');
        let year = |rest: &str| rest.starts_with("20");
        let word_then_year = |rest: &str| {
            let after_word = rest.trim_start_matches(char::is_alphabetic);
            let after_space = after_word.trim_start_matches(char::is_whitespace);
            after_word.len() < rest.len()
                && after_space.len() < after_word.len()
                && year(after_space)
        };
        let after_dash =
            |then: &dyn Fn(&str) -> bool| followed(text, is_dash, char::is_whitespace, 0, then);
        let lower = text.to_lowercase();
        Holds {
            q: text.contains(['q', 'Q']),
            roman: followed(
                text,
                |c| matches!(c, 'I' | 'V'),
                |c| c.is_whitespace() || matches!(c, '/' | '-' | '_'),
                1,
                &year,
            ),
            quarter_word: ["neljänne", "vartal", "quarter"]
                .iter()
                .any(|w| lower.contains(w)),
            review_word: lower.contains("avuo"),
            month_numbers: text.contains('/')
                && after_dash(&|rest: &str| rest.starts_with(|c: char| c.is_ascii_digit())),
            month_names: after_dash(&word_then_year),
            year_span: after_dash(&year),
        }
    }

    /// Whether the quarter form `at` of [`QUARTER_PATTERNS`] may match.
    fn quarter(&self, at: usize) -> bool {
        match at {
            0 | 1 => self.q,
            2 => self.quarter_word,
            3 => self.roman,
            _ => self.review_word,
        }
    }
}

/// Whether some character of `text` that is `first` is followed by at
/// least `gap_min` characters that are `gap`, and then by what `then`
/// holds for (all the gap taken).
fn followed(
    text: &str,
    first: impl Fn(char) -> bool,
    gap: impl Fn(char) -> bool,
    gap_min: usize,
    then: &dyn Fn(&str) -> bool,
) -> bool {
    text.char_indices().any(|(at, c)| {
        if !first(c) {
            return false;
        }
        let rest = &text[at + c.len_utf8()..];
        let after = rest.trim_start_matches(&gap);
        rest[..rest.len() - after.len()].chars().count() >= gap_min && then(after)
    })
}

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

/// `crate::find_period` without its checks: the regular-expression
/// searches, those `text` may match.
pub(super) fn search_period(text: &str) -> Option<Period> {
    let holds = Holds::of(text);
    for (at, pattern) in QUARTERS.iter().enumerate() {
        if !holds.quarter(at) || !pattern.is_match(text) {
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
    if let Some(period) = months_quarter(text, &holds) {
        return Some(period);
    }
    // A span of years ("2020–2025", a programme's years) is no period.
    let text = if holds.year_span {
        YEAR_RANGE.replace_all(text, " ")
    } else {
        std::borrow::Cow::Borrowed(text)
    };
    let year = YEAR.captures(&text)?.get(1)?.as_str().parse().ok()?;
    Some(Period::of_year(year))
}

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
fn months_quarter(text: &str, holds: &Holds) -> Option<Period> {
    // `is_match` first, here and below: most texts match none of the
    // patterns, and it makes no captures to find that out.
    if holds.month_numbers
        && MONTH_RANGE.is_match(text)
        && let Some(caps) = MONTH_RANGE.captures(text)
    {
        let first: u8 = caps["a"].parse().ok()?;
        let last: u8 = caps["b"].parse().ok()?;
        let year: u16 = caps["y"].parse().ok()?;
        return quarter_of_months(first, last).and_then(|q| Period::of_quarter(year, q));
    }
    if !holds.month_names || !NAMED_MONTH_RANGE.is_match(text) {
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

#[cfg(test)]
mod tests;

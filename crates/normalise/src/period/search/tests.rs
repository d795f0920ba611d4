use super::*;

/// The patterns compiled once for the tests.
struct Every {
    quarters: Vec<Regex>,
    month_range: Regex,
    named: Regex,
    year_range: Regex,
    year: Regex,
}

impl Every {
    fn new() -> Every {
        Every {
            quarters: QUARTER_PATTERNS.iter().map(|p| compiled(p)).collect(),
            month_range: compiled(MONTH_RANGE_PATTERN),
            named: compiled(NAMED_MONTH_RANGE_PATTERN),
            year_range: compiled(YEAR_RANGE_PATTERN),
            year: compiled(YEAR_PATTERN),
        }
    }

    /// The search as it was before the checks: every pattern searched,
    /// in the same order.
    fn search(&self, text: &str) -> Option<Period> {
        for pattern in &self.quarters {
            if let Some(caps) = pattern.captures(text) {
                let quarter = caps.name("q").and_then(|q| quarter_number(q.as_str()));
                let year = caps.name("y").and_then(|y| year_number(y.as_str()));
                if let (Some(year), Some(quarter)) = (year, quarter) {
                    return Period::of_quarter(year, quarter);
                }
            }
        }
        if let Some(period) = self.months(text) {
            return Some(period);
        }
        let text = self.year_range.replace_all(text, " ");
        let year = self.year.captures(&text)?.get(1)?.as_str().parse().ok()?;
        Some(Period::of_year(year))
    }

    /// The months' ranges as they were searched before the checks.
    fn months(&self, text: &str) -> Option<Period> {
        if let Some(caps) = self.month_range.captures(text) {
            let first: u8 = caps["a"].parse().ok()?;
            let last: u8 = caps["b"].parse().ok()?;
            let year: u16 = caps["y"].parse().ok()?;
            return quarter_of_months(first, last).and_then(|q| Period::of_quarter(year, q));
        }
        for caps in self.named.captures_iter(text) {
            if let (Some(first), Some(last)) = (month_named(&caps["a"]), month_named(&caps["b"])) {
                let year: u16 = caps["y"].parse().ok()?;
                return quarter_of_months(first, last).and_then(|q| Period::of_quarter(year, q));
            }
        }
        None
    }
}

/// Texts with every piece the patterns look for, a few thousand of them
/// made at random (the same each run), and the forms of the other tests.
fn texts() -> Vec<String> {
    const PIECES: [&str; 63] = [
        "Q",
        "q",
        "I",
        "V",
        "II",
        "IV",
        "III",
        "1",
        "2",
        "3",
        "4",
        "5",
        "0",
        "9",
        "20",
        "2025",
        "25",
        "/",
        "-",
        "–",
        "—",
        " ",
        "  ",
        "_",
        ".",
        ",",
        "neljännes",
        "vuosineljännes",
        "kvartal",
        "kvartalet",
        "quarter",
        "osavuosikatsaus",
        "Osavuosiraportti",
        "tammi",
        "maalis",
        "kuu",
        "huhtikuu",
        "kesäkuu",
        "januari",
        "mars",
        "vuonna",
        "år",
        "of",
        "rd",
        "st",
        "x",
        "ä",
        "K",
        "\u{212A}",
        "\u{17F}",
        "NELJÄNNES",
        "Quarter",
        "\n",
        "(",
        ")",
        ":",
        "\u{a0}",
        "Ohjelma",
        "Pohjois-Karjala",
        "a",
        "\u{2167}",
        "\t",
        "-20",
    ];
    let mut texts: Vec<String> = [
        "Vastaukset osallisuusohjelman toimenpiteiden toteutumiseen 2024",
        "Osallisuusohjelma 2020–2025",
        "Ohjelma 2020–2025, vastaukset 2025",
        "Q3/2025",
        "vastaus_2025-Q3.xlsx",
        "3. vuosineljännes 2025",
        "3. VUOSINELJÄNNES 2025",
        "3 \u{212A}vartal 2025",
        "1. o\u{17F}avuosikatsaus 2025",
        "Osavuosikatsaus 3/2025",
        "III/2025",
        "Raportointijakso 1–3/2025",
        "tammi–maaliskuu 2025",
        "heinä - syyskuu 2024",
        "januari–mars 2025",
        "1–12/2025",
        "Aikataulu 2025–2026",
    ]
    .map(str::to_string)
    .to_vec();
    let mut seed: u64 = 0x2545_F491_4F6C_DD1D;
    let mut next = |below: usize| {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        (seed % below as u64) as usize
    };
    for _ in 0..6000 {
        let pieces = 1 + next(9);
        texts.push((0..pieces).map(|_| PIECES[next(PIECES.len())]).collect());
    }
    texts
}

#[test]
fn the_checked_search_finds_what_every_pattern_found() {
    let every = Every::new();
    for text in texts() {
        assert_eq!(search_period(&text), every.search(&text), "{text:?}");
    }
}

/// A pattern passed over could not have matched: each check holds for
/// every text its pattern matches.
#[test]
fn each_check_holds_where_its_pattern_matches() {
    let Every {
        quarters,
        month_range,
        named,
        year_range,
        ..
    } = Every::new();
    let mut matched = [0; 9];
    for text in texts() {
        let holds = Holds::of(&text);
        for (at, pattern) in quarters.iter().enumerate() {
            if pattern.is_match(&text) {
                matched[at] += 1;
                assert!(holds.quarter(at), "{at}: {text:?}");
            }
        }
        for (at, pattern, check) in [
            (6, &month_range, holds.month_numbers),
            (7, &named, holds.month_names),
            (8, &year_range, holds.year_span),
        ] {
            if pattern.is_match(&text) {
                matched[at] += 1;
                assert!(check, "{at}: {text:?}");
            }
        }
    }
    // Every pattern met texts it matches.
    assert!(matched.iter().all(|n| *n > 0), "{matched:?}");
}

/// The checks compare lower-case words without a "k" or an "s": every
/// letter they use has, under `(?i)`, only case partners that
/// `to_lowercase` makes that letter.
#[test]
fn the_checked_letters_fold_as_to_lowercase_does() {
    let letters = "neljävrtquo";
    let any_case = compiled(&format!("(?i)^[{letters}]$"));
    let folded: Vec<char> = (0..=char::MAX as u32)
        .filter_map(char::from_u32)
        .filter(|c| any_case.is_match(c.encode_utf8(&mut [0; 4])))
        .collect();
    for c in &folded {
        let lower: Vec<char> = c.to_lowercase().collect();
        assert!(
            lower.len() == 1 && letters.contains(lower[0]),
            "{c:?} matches (?i) a letter it does not lower-case to"
        );
    }
    assert_eq!(folded.len(), 2 * letters.chars().count());
}

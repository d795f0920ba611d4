//! Points in time as documents record them: W3CDTF (the ISO 8601 profile
//! of `docProps/core.xml`) with or without an offset, compared as instants.
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::cmp::Ordering;
use std::fmt;
use std::str::FromStr;

/// An instant, e.g. a file's modified time. Parsed from W3CDTF / ISO 8601
/// (`2024-05-03T12:00:00+03:00`, `…Z`, fractional seconds, a date only, a
/// year-month or a year); a time without an offset is taken as UTC.
/// Compared as instants: `12:00+03:00` is before `10:00Z`. Shown and
/// serialised as ISO 8601 UTC (`2024-05-03T09:00:00Z`, with the fraction
/// only when there is one).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Timestamp {
    /// Seconds since 1970-01-01T00:00:00Z.
    seconds: i64,
    /// Nanoseconds past `seconds`, below 1e9.
    nanos: u32,
}

/// Why a text is not a W3CDTF time.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TimestampError(String);

impl fmt::Display for TimestampError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "not a W3CDTF / ISO 8601 time: {:?}", self.0)
    }
}

impl std::error::Error for TimestampError {}

impl Timestamp {
    /// The instant `seconds` (and `nanos`) after 1970-01-01T00:00:00Z.
    pub fn from_unix(seconds: i64, nanos: u32) -> Timestamp {
        Timestamp {
            seconds: seconds + i64::from(nanos / 1_000_000_000),
            nanos: nanos % 1_000_000_000,
        }
    }

    /// Seconds since 1970-01-01T00:00:00Z.
    pub fn unix_seconds(self) -> i64 {
        self.seconds
    }
}

impl Ord for Timestamp {
    fn cmp(&self, other: &Self) -> Ordering {
        (self.seconds, self.nanos).cmp(&(other.seconds, other.nanos))
    }
}

impl PartialOrd for Timestamp {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl FromStr for Timestamp {
    type Err = TimestampError;

    fn from_str(text: &str) -> Result<Timestamp, TimestampError> {
        parse(text.trim()).ok_or_else(|| TimestampError(text.to_string()))
    }
}

/// Reads `digits` ASCII digits at the start of `s`.
fn number(s: &mut &[u8], digits: usize) -> Option<i64> {
    if s.len() < digits || !s[..digits].iter().all(u8::is_ascii_digit) {
        return None;
    }
    let value = s[..digits]
        .iter()
        .fold(0i64, |n, d| n * 10 + i64::from(d - b'0'));
    *s = &s[digits..];
    Some(value)
}

/// Consumes `byte` when `s` starts with it.
fn eat(s: &mut &[u8], byte: u8) -> bool {
    if s.first() == Some(&byte) {
        *s = &s[1..];
        true
    } else {
        false
    }
}

fn parse(text: &str) -> Option<Timestamp> {
    let mut s = text.as_bytes();
    let year = number(&mut s, 4)?;
    let (mut month, mut day) = (1, 1);
    if eat(&mut s, b'-') {
        month = number(&mut s, 2)?;
        if eat(&mut s, b'-') {
            day = number(&mut s, 2)?;
        }
    }
    if !(1..=12).contains(&month) || day < 1 || day > days_in_month(year, month) {
        return None;
    }
    let mut seconds = days_from_civil(year, month, day) * 86_400;
    let mut nanos = 0u32;
    if s.first().is_some_and(|b| matches!(b, b'T' | b't' | b' ')) {
        s = &s[1..];
        let hour = number(&mut s, 2)?;
        if !eat(&mut s, b':') {
            return None;
        }
        let minute = number(&mut s, 2)?;
        let mut second = 0;
        if eat(&mut s, b':') {
            second = number(&mut s, 2)?;
            if eat(&mut s, b'.') || eat(&mut s, b',') {
                let digits = s.iter().take_while(|b| b.is_ascii_digit()).count();
                if digits == 0 {
                    return None;
                }
                let (fraction, rest) = s.split_at(digits);
                for (i, d) in fraction.iter().take(9).enumerate() {
                    nanos += u32::from(d - b'0') * 10u32.pow(8 - i as u32);
                }
                s = rest;
            }
        }
        // 24:00:00 is midnight at the end of the day; 60 a leap second.
        if hour > 24 || minute > 59 || second > 60 || (hour == 24 && minute + second > 0) {
            return None;
        }
        seconds += hour * 3600 + minute * 60 + second;
        seconds -= offset(&mut s)?;
    }
    s.is_empty().then_some(Timestamp { seconds, nanos })
}

/// The offset east of UTC in seconds: `Z`, `±hh:mm`, `±hhmm`, `±hh` or
/// nothing (UTC).
fn offset(s: &mut &[u8]) -> Option<i64> {
    if eat(s, b'Z') || eat(s, b'z') || s.is_empty() {
        return Some(0);
    }
    let sign = if eat(s, b'+') {
        1
    } else if eat(s, b'-') {
        -1
    } else {
        return None;
    };
    let hours = number(s, 2)?;
    eat(s, b':');
    let minutes = if s.is_empty() { 0 } else { number(s, 2)? };
    (hours <= 23 && minutes <= 59).then_some(sign * (hours * 3600 + minutes * 60))
}

fn is_leap(year: i64) -> bool {
    year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
}

fn days_in_month(year: i64, month: i64) -> i64 {
    match month {
        2 if is_leap(year) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// Days since 1970-01-01 of a civil date; Howard Hinnant's algorithm.
fn days_from_civil(year: i64, month: i64, day: i64) -> i64 {
    let y = if month <= 2 { year - 1 } else { year };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (month + 9) % 12;
    let doy = (153 * mp + 2) / 5 + day - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// The civil date of days since 1970-01-01; Howard Hinnant's algorithm.
fn civil_from_days(z: i64) -> (i64, i64, i64) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    (yoe + era * 400 + i64::from(m <= 2), m, d)
}

impl fmt::Display for Timestamp {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (y, m, d) = civil_from_days(self.seconds.div_euclid(86_400));
        let rem = self.seconds.rem_euclid(86_400);
        write!(
            f,
            "{y:04}-{m:02}-{d:02}T{:02}:{:02}:{:02}",
            rem / 3600,
            rem % 3600 / 60,
            rem % 60
        )?;
        if self.nanos > 0 {
            let fraction = format!("{:09}", self.nanos);
            write!(f, ".{}", fraction.trim_end_matches('0'))?;
        }
        f.write_str("Z")
    }
}

impl Serialize for Timestamp {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Timestamp {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        text.parse().map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn t(text: &str) -> Timestamp {
        text.parse().expect(text)
    }

    #[test]
    fn compares_instants_across_offsets() {
        assert!(t("2024-05-03T12:00:00+03:00") < t("2024-05-03T10:00:00Z"));
        assert_eq!(t("2024-05-03T12:00:00+03:00"), t("2024-05-03T09:00:00Z"));
        assert_eq!(t("2024-05-03T06:30:00-02:30"), t("2024-05-03T09:00:00Z"));
        assert!(t("2024-05-03T09:00:00.5Z") > t("2024-05-03T09:00:00Z"));
    }

    #[test]
    fn displays_iso_utc() {
        assert_eq!(
            t("2024-05-03T12:00:00+03:00").to_string(),
            "2024-05-03T09:00:00Z"
        );
        assert_eq!(t("2024-05-03").to_string(), "2024-05-03T00:00:00Z");
        assert_eq!(t("2024").to_string(), "2024-01-01T00:00:00Z");
        assert_eq!(
            t("2024-02-29T23:59:59.250+00:00").to_string(),
            "2024-02-29T23:59:59.25Z"
        );
        assert_eq!(
            t("2024-05-03T01:00:00+03:00").to_string(),
            "2024-05-02T22:00:00Z"
        );
        assert_eq!(
            Timestamp::from_unix(1_714_640_400, 0).to_string(),
            "2024-05-02T09:00:00Z"
        );
        assert_eq!(
            Timestamp::from_unix(0, 0).to_string(),
            "1970-01-01T00:00:00Z"
        );
        assert_eq!(t("1969-12-31T23:59:59Z").unix_seconds(), -1);
    }

    #[test]
    fn refuses_what_is_no_time() {
        for bad in [
            "",
            "2024-13-01",
            "2024-02-30",
            "2023-02-29",
            "2024-05-03T25:00Z",
            "2024-05-03T12",
            "2024-05-03T12:00:00+3",
            "2024-05-03T12:00:00Zjunk",
            "eilen",
            "2024-05-03T12:00:00.",
        ] {
            assert!(bad.parse::<Timestamp>().is_err(), "{bad:?}");
        }
    }

    #[test]
    fn serialises_as_its_iso_string() {
        let json = serde_json::to_string(&t("2024-05-03T12:00:00+03:00")).expect("json");
        assert_eq!(json, "\"2024-05-03T09:00:00Z\"");
        let back: Timestamp = serde_json::from_str(&json).expect("back");
        assert_eq!(back, t("2024-05-03T09:00:00Z"));
    }
}

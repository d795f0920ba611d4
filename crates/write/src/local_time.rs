//! "Laadittu" in the committee's own clock: Finnish time (Europe/Helsinki,
//! EET UTC+2, EEST UTC+3 in summer) by the EU rule — summer time from the
//! last Sunday of March 01:00 UTC to the last Sunday of October 01:00 UTC —
//! computed here, because the engine has no time-zone database (and builds
//! for wasm32, where there is none).
use koonti_model::{Lang, Timestamp};

/// The wall-clock time in Finland of `made` (an ISO 8601 instant such as
/// `2026-12-02T05:42:23Z`, or `2026-12-02 05:42:23 UTC`), written as the
/// language writes dates: `2.12.2026 klo 7.42` (fi), `2.12.2026 kl. 7.42`
/// (sv), `2 December 2026, 07:42 EET` (en). A text that is no instant is
/// shown as it is.
pub(crate) fn finnish_local(made: &str, lang: Lang) -> String {
    let iso = made.trim().replace(" UTC", "Z").replacen(' ', "T", 1);
    let Ok(instant) = iso.parse::<Timestamp>() else {
        return made.to_string();
    };
    let utc = instant.unix_seconds();
    let summer = is_summer_time(utc);
    let local = utc + if summer { 3 * 3600 } else { 2 * 3600 };
    let (year, month, day) = civil_from_days(local.div_euclid(86_400));
    let seconds = local.rem_euclid(86_400);
    let (hour, minute) = (seconds / 3600, seconds % 3600 / 60);
    match lang {
        Lang::Fi => format!("{day}.{month}.{year} klo {hour}.{minute:02}"),
        Lang::Sv => format!("{day}.{month}.{year} kl. {hour}.{minute:02}"),
        Lang::En => {
            let zone = if summer { "EEST" } else { "EET" };
            let name = MONTHS_EN[(month - 1) as usize];
            format!("{day} {name} {year}, {hour:02}:{minute:02} {zone}")
        }
    }
}

/// The date alone of [`finnish_local`]: "2.12.2026" (fi, sv), "2 December
/// 2026" (en); empty when `made` is no instant.
pub(crate) fn finnish_local_date(made: &str, lang: Lang) -> String {
    let iso = made.trim().replace(" UTC", "Z").replacen(' ', "T", 1);
    let Ok(instant) = iso.parse::<Timestamp>() else {
        return String::new();
    };
    let utc = instant.unix_seconds();
    let local = utc
        + if is_summer_time(utc) {
            3 * 3600
        } else {
            2 * 3600
        };
    let (year, month, day) = civil_from_days(local.div_euclid(86_400));
    match lang {
        Lang::En => format!("{day} {} {year}", MONTHS_EN[(month - 1) as usize]),
        _ => format!("{day}.{month}.{year}"),
    }
}

const MONTHS_EN: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// Whether EU summer time is in force at `utc` (seconds since 1970).
fn is_summer_time(utc: i64) -> bool {
    let (year, _, _) = civil_from_days(utc.div_euclid(86_400));
    let start = last_sunday(year, 3) * 86_400 + 3600;
    let end = last_sunday(year, 10) * 86_400 + 3600;
    (start..end).contains(&utc)
}

/// The day number (since 1970-01-01) of the last Sunday of `month`.
fn last_sunday(year: i64, month: i64) -> i64 {
    let last = days_from_civil(year, month + 1, 1) - 1;
    // 1970-01-01 was a Thursday: day 0 is weekday 4 (Sunday = 0).
    let weekday = (last + 4).rem_euclid(7);
    last - weekday
}

/// Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's
/// algorithm); `month` 13 is January of the next year.
fn days_from_civil(year: i64, month: i64, day: i64) -> i64 {
    let (year, month) = if month > 12 {
        (year + 1, month - 12)
    } else {
        (year, month)
    };
    let y = if month <= 2 { year - 1 } else { year };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (month + 9) % 12;
    let doy = (153 * mp + 2) / 5 + day - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// The date of a day number since 1970-01-01.
fn civil_from_days(z: i64) -> (i64, i64, i64) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    (year, month, day)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn winter_is_utc_plus_two_and_summer_plus_three() {
        assert_eq!(
            finnish_local("2026-12-02T05:42:23Z", Lang::Fi),
            "2.12.2026 klo 7.42"
        );
        assert_eq!(
            finnish_local("2024-05-27 09:05:00 UTC", Lang::Fi),
            "27.5.2024 klo 12.05"
        );
        assert_eq!(
            finnish_local("2024-05-27T09:05:00Z", Lang::Sv),
            "27.5.2024 kl. 12.05"
        );
        assert_eq!(
            finnish_local("2024-05-27T09:05:00Z", Lang::En),
            "27 May 2024, 12:05 EEST"
        );
        assert_eq!(
            finnish_local("2024-12-31T22:30:00Z", Lang::En),
            "1 January 2025, 00:30 EET"
        );
    }

    #[test]
    fn summer_time_starts_and_ends_at_one_utc_on_the_last_sundays() {
        // 2025: 30 March and 26 October.
        assert_eq!(
            finnish_local("2025-03-30T00:59:00Z", Lang::Fi),
            "30.3.2025 klo 2.59"
        );
        assert_eq!(
            finnish_local("2025-03-30T01:00:00Z", Lang::Fi),
            "30.3.2025 klo 4.00"
        );
        assert_eq!(
            finnish_local("2025-10-26T00:59:00Z", Lang::Fi),
            "26.10.2025 klo 3.59"
        );
        assert_eq!(
            finnish_local("2025-10-26T01:00:00Z", Lang::Fi),
            "26.10.2025 klo 3.00"
        );
        // 2024: 31 March and 27 October.
        assert_eq!(last_sunday(2024, 3), days_from_civil(2024, 3, 31));
        assert_eq!(last_sunday(2024, 10), days_from_civil(2024, 10, 27));
    }

    #[test]
    fn dates_alone() {
        assert_eq!(
            finnish_local_date("2024-12-31T22:30:00Z", Lang::Fi),
            "1.1.2025"
        );
        assert_eq!(
            finnish_local_date("2024-05-27T09:05:00Z", Lang::En),
            "27 May 2024"
        );
        assert_eq!(finnish_local_date("", Lang::Fi), "");
    }

    #[test]
    fn what_is_no_instant_is_shown_as_it_is() {
        assert_eq!(finnish_local("eilen", Lang::Fi), "eilen");
        assert_eq!(finnish_local("", Lang::Fi), "");
    }
}

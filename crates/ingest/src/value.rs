//! One cell value type across every format calamine reads.

use calamine::{Data, DataRef, ExcelDateTime};

/// A cell value, in one type across all formats.
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    /// Text (shared, inline or rich strings).
    Text(String),
    /// A number (integers included).
    Number(f64),
    /// TRUE or FALSE.
    Bool(bool),
    /// A duration, as the spreadsheet's serial number (days).
    Duration(f64),
    /// A date or time as ISO 8601 text (`2024-05-03`, `2024-05-03T14:30:00`,
    /// `14:30:00`): as an .ods stores it, and an .xlsx or .xls date cell
    /// converted so, so a date reads alike from every format (a serial such
    /// as `45415` means nothing to the committee).
    Iso(String),
    /// An error value such as `#N/A`.
    Error(String),
}

impl Value {
    /// The value as a person sees it in the cell: numbers without a trailing
    /// `.0`, booleans as `TRUE`/`FALSE`.
    pub fn text(&self) -> String {
        match self {
            Value::Text(s) | Value::Iso(s) | Value::Error(s) => s.clone(),
            Value::Number(n) | Value::Duration(n) => format_number(*n),
            Value::Bool(true) => "TRUE".into(),
            Value::Bool(false) => "FALSE".into(),
        }
    }

    /// [`Value::text`] without copying a text: for a caller that only
    /// looks at it (most cells are texts, and are looked at several times).
    pub fn as_text(&self) -> std::borrow::Cow<'_, str> {
        match self {
            Value::Text(s) | Value::Iso(s) | Value::Error(s) => std::borrow::Cow::Borrowed(s),
            _ => std::borrow::Cow::Owned(self.text()),
        }
    }

    pub(crate) fn from_data(data: &Data) -> Option<Value> {
        Some(match data {
            Data::Empty => return None,
            Data::String(s) => return non_blank(s),
            Data::Int(i) => Value::Number(*i as f64),
            Data::Float(f) => Value::Number(*f),
            Data::Bool(b) => Value::Bool(*b),
            Data::DateTime(d) => date_time(d),
            Data::DateTimeIso(s) | Data::DurationIso(s) => Value::Iso(s.clone()),
            Data::Error(e) => Value::Error(e.to_string()),
        })
    }

    pub(crate) fn from_data_ref(data: &DataRef<'_>) -> Option<Value> {
        Some(match data {
            DataRef::Empty => return None,
            DataRef::String(s) => return non_blank(s),
            DataRef::SharedString(s) => return non_blank(s),
            DataRef::Int(i) => Value::Number(*i as f64),
            DataRef::Float(f) => Value::Number(*f),
            DataRef::Bool(b) => Value::Bool(*b),
            DataRef::DateTime(d) => date_time(d),
            DataRef::DateTimeIso(s) | DataRef::DurationIso(s) => Value::Iso(s.clone()),
            DataRef::Error(e) => Value::Error(e.to_string()),
        })
    }
}

/// A date cell of an .xlsx or .xls as ISO 8601 text, calamine converting
/// the serial (the 1904 date system and Excel's 1900 leap day included); a
/// duration stays a number.
///
/// A number is a date only when it is one: Excel shows a serial outside
/// `0 ≤ serial < 2,958,466` (before 1900 or after 9999) as `#####`, and
/// calamine would turn it into the epoch or 9999-12-31. Such a number, and
/// one that is no number at all, stays a number.
fn date_time(d: &ExcelDateTime) -> Value {
    let serial = d.as_f64();
    if d.is_duration() {
        return Value::Duration(serial);
    }
    if !(0.0..MAX_SERIAL).contains(&serial) {
        return Value::Number(serial);
    }
    let (year, month, day, hour, min, sec, _) = d.to_ymd_hms_milli();
    let time = format!("{hour:02}:{min:02}:{sec:02}");
    let date = format!("{year:04}-{month:02}-{day:02}");
    Value::Iso(if d.as_f64() < 1.0 {
        time
    } else if (hour, min, sec) == (0, 0, 0) {
        date
    } else {
        format!("{date}T{time}")
    })
}

/// The first serial past Excel's last date, 9999-12-31.
const MAX_SERIAL: f64 = 2_958_466.0;

/// Empty and whitespace-only strings are empty cells: a unit that clears a
/// cell with a space has not written anything. A NUL is never text (no
/// spreadsheet can hold one); some .xls files come out of calamine with one
/// between every letter ("T\0i\0t\0e\0l"), so they are taken out.
fn non_blank(s: &str) -> Option<Value> {
    let s: std::borrow::Cow<'_, str> = if s.contains('\0') {
        s.replace('\0', "").into()
    } else {
        s.into()
    };
    (!s.trim().is_empty()).then(|| Value::Text(s.into_owned()))
}

fn format_number(n: f64) -> String {
    if n.fract() == 0.0 && n.abs() < 1e15 {
        format!("{}", n as i64)
    } else {
        format!("{n}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use calamine::ExcelDateTimeType;

    #[test]
    fn date_cells_read_as_iso_text_and_durations_as_numbers() {
        let cell = |serial, kind, is_1904| {
            Value::from_data(&Data::DateTime(ExcelDateTime::new(serial, kind, is_1904)))
                .map(|v| v.text())
        };
        let date = ExcelDateTimeType::DateTime;
        // 3.5.2024 typed into a date field in Excel.
        assert_eq!(cell(45415.0, date, false).as_deref(), Some("2024-05-03"));
        assert_eq!(
            cell(45415.0 + 14.5 / 24.0, date, false).as_deref(),
            Some("2024-05-03T14:30:00")
        );
        assert_eq!(cell(43953.0, date, true).as_deref(), Some("2024-05-03"));
        assert_eq!(cell(0.5, date, false).as_deref(), Some("12:00:00"));
        assert_eq!(
            cell(1.5, ExcelDateTimeType::TimeDelta, false).as_deref(),
            Some("1.5")
        );
    }
}

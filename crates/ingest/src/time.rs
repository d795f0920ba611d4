use koonti_model::Timestamp;
use std::time::{SystemTime, UNIX_EPOCH};

/// A file time as a [`Timestamp`]; `None` before 1970 or past the range.
pub fn file_time(time: SystemTime) -> Option<Timestamp> {
    let since = time.duration_since(UNIX_EPOCH).ok()?;
    let secs = i64::try_from(since.as_secs()).ok()?;
    Some(Timestamp::from_unix(secs, 0))
}

/// A file time as ISO 8601 UTC, e.g. `2024-05-02T09:00:00Z`.
pub fn iso_utc(time: SystemTime) -> Option<String> {
    file_time(time).map(|t| t.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::Duration;

    #[test]
    fn formats_known_instants() {
        assert_eq!(iso_utc(UNIX_EPOCH).as_deref(), Some("1970-01-01T00:00:00Z"));
        let t = UNIX_EPOCH + Duration::from_secs(1_714_640_400);
        assert_eq!(iso_utc(t).as_deref(), Some("2024-05-02T09:00:00Z"));
        assert_eq!(file_time(t), "2024-05-02T12:00:00+03:00".parse().ok());
    }
}

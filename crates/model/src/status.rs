use serde::{Deserialize, Serialize};
use std::fmt;

/// The normalised answer to one measure.
///
/// The two-mark scale (seed 004) yields `Implemented`, `NotImplemented`,
/// `Partial` (both columns marked) or `Unanswered`; a status-column scale
/// (seed 000: TILA) yields `Option(id)` with the id of one of the scale's
/// options, or `Unanswered`. Serialised as a plain string, e.g.
/// `"implemented"` or `"in_progress"`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(into = "String", from = "String")]
pub enum Status {
    /// "Toimenpide on toteutunut" is marked.
    Implemented,
    /// "Toimenpide ei ole toteutunut" is marked.
    NotImplemented,
    /// Both mark columns are marked.
    Partial,
    /// Nothing is marked or chosen.
    Unanswered,
    /// One option of a status-column scale, by its id.
    Option(String),
}

impl Status {
    /// The contract string of this status.
    pub fn as_str(&self) -> &str {
        match self {
            Status::Implemented => "implemented",
            Status::NotImplemented => "not_implemented",
            Status::Partial => "partial",
            Status::Unanswered => "unanswered",
            Status::Option(id) => id,
        }
    }

    /// True unless the status is [`Status::Unanswered`].
    pub fn is_answered(&self) -> bool {
        *self != Status::Unanswered
    }
}

impl fmt::Display for Status {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl From<Status> for String {
    fn from(status: Status) -> String {
        status.as_str().to_string()
    }
}

impl From<String> for Status {
    fn from(s: String) -> Status {
        match s.as_str() {
            "implemented" => Status::Implemented,
            "not_implemented" => Status::NotImplemented,
            "partial" => Status::Partial,
            "unanswered" => Status::Unanswered,
            _ => Status::Option(s),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_through_json_strings() {
        for status in [
            Status::Implemented,
            Status::NotImplemented,
            Status::Partial,
            Status::Unanswered,
            Status::Option("in_progress".into()),
        ] {
            let json = serde_json::to_string(&status).unwrap();
            assert_eq!(json, format!("\"{}\"", status.as_str()));
            let back: Status = serde_json::from_str(&json).unwrap();
            assert_eq!(back, status);
        }
    }
}

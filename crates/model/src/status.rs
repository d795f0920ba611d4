use crate::StatusOption;
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

    /// The class of the status on `scale`: the two-mark statuses by their
    /// meaning, an option by the class its scale gives it; `None` for no
    /// answer or an option not on the scale.
    pub fn class(&self, scale: &crate::AnswerScale) -> Option<StatusClass> {
        match self {
            Status::Implemented => Some(StatusClass::Done),
            Status::Partial => Some(StatusClass::Partly),
            Status::NotImplemented => Some(StatusClass::NotDone),
            Status::Unanswered => None,
            Status::Option(id) => scale.option(id).and_then(StatusOption::class),
        }
    }
}

/// What an answer option means, in a set every programme's scale maps to,
/// so that reports can compare scales of different counties and show
/// shares per class. Serialised in snake case (`"in_progress"`).
///
/// The set, from best to worst: `done` (implemented, finished),
/// `partly` (partly implemented: the two-mark scale's both marks, "Delvis
/// genomförd"), `in_progress` (started, under way), `not_started`,
/// `not_done` (not implemented: the two-mark scale's second mark), and
/// `not_applicable` (the measure does not concern the unit).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum StatusClass {
    /// Implemented, finished.
    Done,
    /// Partly implemented.
    Partly,
    /// Started, under way.
    InProgress,
    /// Not started yet.
    NotStarted,
    /// Not implemented.
    NotDone,
    /// Does not concern the unit.
    NotApplicable,
}

impl StatusClass {
    /// Every class, best first.
    pub const ALL: [StatusClass; 6] = [
        StatusClass::Done,
        StatusClass::Partly,
        StatusClass::InProgress,
        StatusClass::NotStarted,
        StatusClass::NotDone,
        StatusClass::NotApplicable,
    ];

    /// The contract string of the class (`"not_started"`).
    pub fn as_str(self) -> &'static str {
        match self {
            StatusClass::Done => "done",
            StatusClass::Partly => "partly",
            StatusClass::InProgress => "in_progress",
            StatusClass::NotStarted => "not_started",
            StatusClass::NotDone => "not_done",
            StatusClass::NotApplicable => "not_applicable",
        }
    }

    /// The class a contract string names (`"partly"`), if one.
    pub fn parse(text: &str) -> Option<StatusClass> {
        StatusClass::ALL.into_iter().find(|c| c.as_str() == text)
    }

    /// The class of an option by its id alone: the usual ids
    /// (`done`, `in_progress`, `not_started`, the two-mark scale's
    /// `implemented`, `partial`, `not_implemented`, and the class names
    /// themselves).
    pub fn of_id(id: &str) -> Option<StatusClass> {
        match id {
            "implemented" => Some(StatusClass::Done),
            "partial" => Some(StatusClass::Partly),
            "not_implemented" => Some(StatusClass::NotDone),
            _ => StatusClass::parse(id),
        }
    }
}

impl fmt::Display for StatusClass {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
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

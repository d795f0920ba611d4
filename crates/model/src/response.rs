use crate::{Feedback, Finding, Period, Status, SupportRequest, Timestamp, Unmatched};
use serde::{Deserialize, Serialize};

/// Where a value was read: the file (as given on the command line, relative
/// to the input folder), the sheet and the cell in A1 notation.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Source {
    /// The input file.
    pub file: String,
    /// The sheet name.
    pub sheet: String,
    /// The cell, e.g. `B7`.
    pub cell: String,
}

/// The responding unit as a reader found it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct UnitName {
    /// The canonical programme name, or the name as written when the unit is
    /// not in the programme.
    pub name: String,
    /// True when `name` is one of the programme's expected units.
    pub known: bool,
    /// Where the name was found: a cell, the sheet name or the file name.
    pub found_in: String,
}

/// A value from a column the template does not have (e.g. "Lisätietoja"),
/// kept with the answer on its row.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ExtraField {
    /// The column's header text.
    pub header: String,
    /// The cell's text.
    pub text: String,
    /// The cell.
    pub cell: String,
    /// What the column is, when it is one the committee reads on its own
    /// (VASTUU, AIKATAULU, an earlier quarter's status); absent otherwise.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<ExtraKind>,
}

/// Which of the status scale's own columns an [`ExtraField`] comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ExtraKind {
    /// Who is responsible (VASTUU), as the unit wrote it.
    Responsible,
    /// When it is due (AIKATAULU), as the unit wrote it.
    Schedule,
    /// The status of an earlier period's column ("TILA Q1/2025" when a later
    /// quarter's column is filled), kept beside the status used.
    EarlierStatus,
    /// A status value that gave no confident status (ambiguous or
    /// unrecognised), kept with the unanswered answer.
    UnreadStatus,
}

/// A text a unit wrote in a labelled field of the form (who answered, the
/// date), with its cell.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FieldText {
    /// The text as written.
    pub text: String,
    /// Where it was written.
    pub source: Source,
}

/// One measure's answer as read from one response, before consolidation.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RawAnswer {
    /// The programme measure id.
    pub measure: String,
    /// The normalised status.
    pub status: Status,
    /// The free-text items, normalised.
    pub items: Vec<String>,
    /// Values of added columns on the measure's row.
    pub extra: Vec<ExtraField>,
    /// The cell holding the measure text.
    pub source: Source,
}

/// Everything one reader got out of one workbook.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct UnitResponse {
    /// The input file.
    pub file: String,
    /// The document's modified time, else the file's, as ISO 8601 UTC
    /// (`2024-05-02T09:00:00Z`); picks the newer of two responses of one unit.
    pub modified: Option<Timestamp>,
    /// The name of the layout reader that read it.
    pub layout: String,
    /// The responding unit, if one could be named.
    pub unit: Option<UnitName>,
    /// The reporting period found in the file, e.g. `2024`.
    pub period: Option<Period>,
    /// Answers in the order read.
    pub answers: Vec<RawAnswer>,
    /// Free-form feedback.
    pub feedback: Vec<Feedback>,
    /// Requests for support (at most one per response in koonti's template).
    #[serde(default)]
    pub support_requests: Vec<SupportRequest>,
    /// Non-empty cells that are neither structure nor part of an answer.
    pub unmatched: Vec<Unmatched>,
    /// What the reader noticed.
    pub findings: Vec<Finding>,
    /// Who filled in the form, as written in its respondent field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub respondent: Option<FieldText>,
    /// The date written in the form's date field, as written.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dated: Option<FieldText>,
}

//! The merge report: the JSON contract of `koonti merge --json`.
use crate::{
    ExtraField, Finding, History, Measure, ReportPeriod, Section, Source, Status, StatusClass,
};
use serde::{Deserialize, Serialize};

/// The consolidated result of one merge. Serialised for `--json` worded in
/// one language through [`crate::WordedReport`] (its findings' messages need
/// the language).
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct Report {
    /// Which programme the answers are for.
    pub programme: ProgrammeRef,
    /// The reporting period, e.g. `2024`; empty when unknown.
    pub period: ReportPeriod,
    /// The units that responded and the files each came from.
    pub responses: Vec<ResponseEntry>,
    /// Expected units that sent nothing.
    pub missing_units: Vec<String>,
    /// One entry per responding unit × programme measure.
    pub answers: Vec<Answer>,
    /// Free-form feedback, per unit.
    pub feedback: Vec<Feedback>,
    /// Non-empty input cells that matched nothing.
    pub unmatched: Vec<Unmatched>,
    /// What was missing, ambiguous or unreadable.
    pub findings: Vec<Finding>,
    /// Units asking for help in developing participation (the template's
    /// "Tarvitsemme tukea" field); absent in older JSON.
    #[serde(default)]
    pub support_requests: Vec<SupportRequest>,
    /// Every input file read: its SHA-256, size, unit and layout, so the
    /// report can be traced to the exact files. Absent in older JSON.
    #[serde(default)]
    pub sources: Vec<SourceFile>,
    /// The follow-up across periods: present only when the report was
    /// compared with earlier ones (`koonti compare`, `koonti merge
    /// --previous`); no `history` key otherwise.
    #[serde(default)]
    pub history: Option<History>,
}

/// The name of the hidden sheet of a consolidated workbook that holds the
/// report (and its programme) as JSON, split over cells of column A in
/// chunks of at most [`EMBEDDED_CHUNK_CHARS`] characters.
pub const EMBEDDED_REPORT_SHEET: &str = "_koonti_report";

/// The most characters one cell of [`EMBEDDED_REPORT_SHEET`] holds (Excel
/// allows 32,767).
pub const EMBEDDED_CHUNK_CHARS: usize = 32_000;

/// One input file as read.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SourceFile {
    /// The file as shown in outputs (relative to its input folder).
    pub file: String,
    /// The SHA-256 of the file's bytes, 64 lowercase hex digits; empty when
    /// the file could not be read.
    pub sha256: String,
    /// The file's size in bytes.
    pub size: u64,
    /// The unit the file answered for; empty when none was found or the
    /// file could not be read.
    pub unit: String,
    /// The layout reader that read it (e.g. `taulukko`); empty when unread.
    pub layout: String,
    /// Who filled in the file, as written in its respondent field; empty
    /// when none was written.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub respondent: String,
    /// The date written in the file's date field, as written; empty when
    /// none was written.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub dated: String,
}

/// Programme id and title.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ProgrammeRef {
    /// The programme id.
    pub id: String,
    /// The programme title.
    pub title: String,
}

/// One responding unit.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ResponseEntry {
    /// The unit's canonical name.
    pub unit: String,
    /// The files read for it; the first is the one used.
    pub files: Vec<String>,
}

/// One unit's answer to one measure.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Answer {
    /// The unit's canonical name.
    pub unit: String,
    /// The id of the top-level section (action, goal) of the measure.
    pub section: String,
    /// The measure id.
    pub measure: String,
    /// The measure as the programme words it.
    pub measure_text: String,
    /// The normalised status.
    pub status: Status,
    /// What the status means on the programme's scale (`done`, `partly`,
    /// `in_progress`, `not_started`, `not_done`, `not_applicable`), so that
    /// scales of different programmes compare; absent for no answer or an
    /// option without a class.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub class: Option<StatusClass>,
    /// The items joined by newlines.
    pub text: String,
    /// The free-text items.
    pub items: Vec<String>,
    /// Values of columns the template does not have, on the measure's row.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub extra: Vec<ExtraField>,
    /// The cell of the measure's row; `null` when the response lacks the measure.
    pub source: Option<Source>,
}

impl Answer {
    /// The answer of `unit` to `measure` (of the top-level `section`), with
    /// `text` made from `items`, no extra values and no source cell.
    pub fn new(
        unit: &str,
        section: &Section,
        measure: &Measure,
        status: Status,
        items: Vec<String>,
    ) -> Answer {
        Answer {
            unit: unit.to_string(),
            section: section.id.clone(),
            measure: measure.id.clone(),
            measure_text: measure.text.clone(),
            status,
            class: None,
            text: items.join("\n"),
            items,
            extra: Vec::new(),
            source: None,
        }
    }
}

/// A piece of free-form feedback.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Feedback {
    /// The unit's canonical name (empty while a reader has not named it).
    pub unit: String,
    /// The feedback text, items joined by newlines.
    pub text: String,
    /// The cell it was read from.
    pub source: Source,
}

/// A unit's request for support in developing participation, from the
/// support field of koonti's response template (seed 000's reporting tool
/// let units ask for help this way).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SupportRequest {
    /// The unit's canonical name (empty while a reader has not named it).
    pub unit: String,
    /// What kind of support the unit asks for, items joined by newlines;
    /// empty when the unit only ticked the box.
    pub text: String,
    /// The cell of the request: the ticked box, else the description.
    pub source: Source,
}

/// A non-empty input cell that matched nothing in the programme.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Unmatched {
    /// The input file.
    pub file: String,
    /// The sheet.
    pub sheet: String,
    /// The cell.
    pub cell: String,
    /// The cell's text.
    pub text: String,
}

impl Unmatched {
    /// The cell at `source` holding `text`.
    pub fn at(source: Source, text: impl Into<String>) -> Self {
        Unmatched {
            file: source.file,
            sheet: source.sheet,
            cell: source.cell,
            text: text.into(),
        }
    }
}

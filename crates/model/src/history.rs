//! The follow-up across periods (`koonti compare`, `koonti merge
//! --previous`): each unit's status per measure in every period, and what
//! changed between consecutive periods. The `history` key of the JSON
//! contract (docs/json-contract.md); built by `koonti-history`.
use crate::{Period, Status};
use serde::{Deserialize, Serialize};

/// The statuses of several periods side by side and the changes between
/// consecutive ones.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct History {
    /// The period names, oldest first (`2024`, `Q1/2025`).
    pub periods: Vec<Period>,
    /// Every unit × measure answered in at least one period.
    pub rows: Vec<HistoryRow>,
    /// The changes between each pair of consecutive periods, for every row
    /// that was answered in at least one of the two.
    pub changes: Vec<HistoryChange>,
    /// Measures a later programme version renamed, added or removed
    /// (matched by id). Absent when there were none.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub measure_changes: Vec<MeasureChange>,
    /// Per period, the units that sent a response (canonical names), so a
    /// report that carries this history can bring its earlier periods into
    /// a later comparison. Absent in a history without it.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub responded: Vec<Vec<String>>,
}

/// One unit's status for one measure in every period.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct HistoryRow {
    /// The unit's canonical name (of the newest programme).
    pub unit: String,
    /// The measure id.
    pub measure: String,
    /// One entry per period of [`History::periods`]: the status id, or
    /// `None` (JSON `null`) when the unit sent no response that period (or
    /// the measure was not in that period's programme); `unanswered` when
    /// it responded but left the measure blank.
    pub statuses: Vec<Option<Status>>,
}

/// What became of one unit's answer to one measure from one period to the
/// next.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct HistoryChange {
    /// The unit's canonical name.
    pub unit: String,
    /// The measure id.
    pub measure: String,
    /// The status in the earlier period (`None`: no response).
    pub from: Option<Status>,
    /// The status in the later period (`None`: no response).
    pub to: Option<Status>,
    /// The earlier period.
    pub from_period: Period,
    /// The later period.
    pub to_period: Period,
    /// Better, worse or the same on the scale, or answered only now or
    /// only before.
    pub kind: ChangeKind,
}

/// How a status moved between two periods. "No answer" is both `null`
/// (no response) and `unanswered` (left blank).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ChangeKind {
    /// Higher on the scale than before (not_implemented < partial <
    /// implemented; a status scale in its option order).
    Improved,
    /// Lower on the scale than before.
    Regressed,
    /// The same status.
    Unchanged,
    /// Answered now, no answer before.
    New,
    /// Answered before, no answer now.
    Dropped,
}

impl ChangeKind {
    /// Every kind, in the order tables show them.
    pub const ALL: [ChangeKind; 5] = [
        ChangeKind::Improved,
        ChangeKind::Regressed,
        ChangeKind::Unchanged,
        ChangeKind::New,
        ChangeKind::Dropped,
    ];

    /// The contract string, e.g. `improved`.
    pub fn as_str(self) -> &'static str {
        match self {
            ChangeKind::Improved => "improved",
            ChangeKind::Regressed => "regressed",
            ChangeKind::Unchanged => "unchanged",
            ChangeKind::New => "new",
            ChangeKind::Dropped => "dropped",
        }
    }
}

/// A measure that differs between two programme versions.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MeasureChange {
    /// The measure id.
    pub measure: String,
    /// Renamed, added or removed.
    pub kind: MeasureChangeKind,
    /// The earlier period.
    pub from_period: Period,
    /// The later period.
    pub to_period: Period,
    /// The measure's text in the earlier period (`None` when added).
    pub from_text: Option<String>,
    /// The measure's text in the later period (`None` when removed).
    pub to_text: Option<String>,
}

/// How a measure differs between two programme versions.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum MeasureChangeKind {
    /// The same id with another text.
    Renamed,
    /// In the later version only.
    Added,
    /// In the earlier version only.
    Removed,
}

//! What changed between consecutive periods: each answer's kind of change,
//! and the measures renamed, added or removed between programme versions.
use crate::scale::Scale;
use koonti_model::{
    ChangeKind, Finding, FindingCode, HistoryChange, HistoryRow, MeasureChange, MeasureChangeKind,
    Period, Severity, Status,
};
use koonti_normalise::match_key;

/// The kind of change from `from` to `to`; `None` when neither is an
/// answer on the scale (nothing to list).
pub(crate) fn kind_of(
    scale: &Scale,
    from: Option<&Status>,
    to: Option<&Status>,
) -> Option<ChangeKind> {
    match (scale.rank(from), scale.rank(to)) {
        (None, None) => None,
        (None, Some(_)) => Some(ChangeKind::New),
        (Some(_), None) => Some(ChangeKind::Dropped),
        (Some(a), Some(b)) if b > a => Some(ChangeKind::Improved),
        (Some(a), Some(b)) if b < a => Some(ChangeKind::Regressed),
        (Some(_), Some(_)) => Some(ChangeKind::Unchanged),
    }
}

/// The changes between each pair of consecutive periods, pair by pair, in
/// row order.
pub(crate) fn changes(
    periods: &[Period],
    rows: &[HistoryRow],
    scale: &Scale,
) -> Vec<HistoryChange> {
    let mut changes = Vec::new();
    for (i, pair) in periods.windows(2).enumerate() {
        for row in rows {
            let (from, to) = (&row.statuses[i], &row.statuses[i + 1]);
            let Some(kind) = kind_of(scale, from.as_ref(), to.as_ref()) else {
                continue;
            };
            changes.push(HistoryChange {
                unit: row.unit.clone(),
                measure: row.measure.clone(),
                from: from.clone(),
                to: to.clone(),
                from_period: pair[0],
                to_period: pair[1],
                kind,
            });
        }
    }
    changes
}

/// One period's programme version as [`measure_changes`] compares it: the
/// report's name, its period and its measures (id, text) in order.
pub(crate) struct Version<'a> {
    pub name: &'a str,
    pub period: Period,
    pub measures: &'a [(String, String)],
}

impl Version<'_> {
    fn has_measure(&self, id: &str) -> bool {
        self.measures.iter().any(|(m, _)| m == id)
    }
}

/// Measures renamed, added or removed between consecutive periods'
/// programme versions, each with its finding.
pub(crate) fn measure_changes(versions: &[Version]) -> (Vec<MeasureChange>, Vec<Finding>) {
    let mut changes = Vec::new();
    let mut findings = Vec::new();
    for pair in versions.windows(2) {
        let (before, after) = (&pair[0], &pair[1]);
        let text_of = |s: &Version, id: &str| {
            s.measures
                .iter()
                .find(|(m, _)| m == id)
                .map(|(_, t)| t.clone())
        };
        let change = |measure: &str, kind| MeasureChange {
            measure: measure.to_string(),
            kind,
            from_period: before.period,
            to_period: after.period,
            from_text: text_of(before, measure),
            to_text: text_of(after, measure),
        };
        for (id, text) in after.measures {
            match text_of(before, id) {
                Some(old) if match_key(&old) != match_key(text) => {
                    changes.push(change(id, MeasureChangeKind::Renamed));
                    findings.push(Finding::file(
                        Severity::Warning,
                        FindingCode::MeasureRenamed {
                            measure: id.clone(),
                            from_period: before.period,
                            to_period: after.period,
                        },
                        after.name,
                    ));
                }
                Some(_) => {}
                None => {
                    changes.push(change(id, MeasureChangeKind::Added));
                    findings.push(Finding::file(
                        Severity::Info,
                        FindingCode::MeasureAdded {
                            measure: id.clone(),
                            period: after.period,
                        },
                        after.name,
                    ));
                }
            }
        }
        for (id, _) in before
            .measures
            .iter()
            .filter(|(id, _)| !after.has_measure(id))
        {
            changes.push(change(id, MeasureChangeKind::Removed));
            findings.push(Finding::file(
                Severity::Info,
                FindingCode::MeasureRemoved {
                    measure: id.clone(),
                    period: after.period,
                },
                after.name,
            ));
        }
    }
    (changes, findings)
}

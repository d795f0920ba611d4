//! A report's follow-up made true again after its answers were corrected.
use crate::changes::changes;
use crate::scale::Scale;
use koonti_model::{History, HistoryRow, MeasureChangeKind, Programme, Report, Status};
use std::collections::HashMap;

/// Brings the history `report` carries up to date with its answers (after
/// the secretary corrected some on a workbook's *Vastaukset*): the
/// statuses of the report's own period are its answers', rows no period
/// answered any more are dropped, and the changes are made again.
pub fn restate(report: &mut Report, programme: &Programme) {
    let Some(history) = report.history.as_mut() else {
        return;
    };
    let own = report.period.period();
    let Some(i) = own.and_then(|own| history.periods.iter().position(|p| *p == own)) else {
        return;
    };
    // One lookup per answer: a national follow-up has tens of thousands.
    let mut index: HashMap<(String, String), usize> = history
        .rows
        .iter()
        .enumerate()
        .map(|(n, r)| ((r.unit.clone(), r.measure.clone()), n))
        .collect();
    for answer in &report.answers {
        let key = (answer.unit.clone(), answer.measure.clone());
        match index.get(&key) {
            Some(&n) => history.rows[n].statuses[i] = Some(answer.status.clone()),
            None if answer.status.is_answered() => {
                let mut statuses = responded_blank(history, &answer.unit, &answer.measure);
                statuses[i] = Some(answer.status.clone());
                index.insert(key, history.rows.len());
                history.rows.push(HistoryRow {
                    unit: answer.unit.clone(),
                    measure: answer.measure.clone(),
                    statuses,
                });
            }
            None => {}
        }
    }
    history
        .rows
        .retain(|r| r.statuses.iter().flatten().any(Status::is_answered));
    history.changes = changes(&history.periods, &history.rows, &Scale::of(programme));
}

/// The statuses of a row a history did not have: `unanswered` in the
/// periods the unit responded in (it has a status in another row) and the
/// measure was in the programme, `None` in the others.
fn responded_blank(history: &History, unit: &str, measure: &str) -> Vec<Option<Status>> {
    let added_in = history
        .measure_changes
        .iter()
        .filter(|c| c.measure == measure && c.kind == MeasureChangeKind::Added)
        .filter_map(|c| history.periods.iter().position(|p| *p == c.to_period))
        .max();
    let removed_in = history
        .measure_changes
        .iter()
        .filter(|c| c.measure == measure && c.kind == MeasureChangeKind::Removed)
        .filter_map(|c| history.periods.iter().position(|p| *p == c.to_period))
        .min();
    (0..history.periods.len())
        .map(|j| {
            let asked = added_in.is_none_or(|a| j >= a) && removed_in.is_none_or(|r| j < r);
            let responded = history
                .rows
                .iter()
                .any(|r| r.unit == unit && r.statuses[j].is_some());
            (asked && responded).then_some(Status::Unanswered)
        })
        .collect()
}

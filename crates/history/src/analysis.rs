//! What the committee reads from a history: the share done per action and
//! period, units that answered before but not now, answers stuck half-way,
//! and how many answers moved which way.
use crate::changes::kind_of;
use crate::scale::Scale;
use koonti_model::{ChangeKind, History, Programme, Status};
use std::collections::{HashMap, HashSet};

/// One top-level section (action) of the newest programme across periods.
#[derive(Debug, Clone, PartialEq)]
pub struct SectionProgress {
    /// The section id.
    pub section: String,
    /// The section title.
    pub title: String,
    /// Per period: answers at the best status (implemented, or the last
    /// option).
    pub done: Vec<usize>,
    /// Per period: answers given (a status on the scale).
    pub answered: Vec<usize>,
}

impl SectionProgress {
    /// The share done among the answers of period `i`; `None` when there
    /// were none.
    pub fn share(&self, i: usize) -> Option<f64> {
        match self.answered.get(i) {
            Some(&answered) if answered > 0 => Some(self.done[i] as f64 / answered as f64),
            _ => None,
        }
    }
}

/// Per top-level section of `programme` (the newest), the answers done and
/// given in each period, over the measures of that section.
pub fn section_progress(history: &History, programme: &Programme) -> Vec<SectionProgress> {
    let scale = Scale::of(programme);
    let section_of: HashMap<&str, &str> = programme
        .measures()
        .into_iter()
        .map(|(s, m)| (m.id.as_str(), s.id.as_str()))
        .collect();
    let periods = history.periods.len();
    let mut out: Vec<SectionProgress> = programme
        .sections
        .iter()
        .map(|s| SectionProgress {
            section: s.id.clone(),
            title: s.title.clone(),
            done: vec![0; periods],
            answered: vec![0; periods],
        })
        .collect();
    for row in &history.rows {
        let Some(section) = section_of.get(row.measure.as_str()) else {
            continue;
        };
        let Some(progress) = out.iter_mut().find(|p| p.section == *section) else {
            continue;
        };
        for (i, status) in row.statuses.iter().enumerate() {
            if scale.rank(status.as_ref()).is_some() {
                progress.answered[i] += 1;
                if status.as_ref() == scale.done() {
                    progress.done[i] += 1;
                }
            }
        }
    }
    out
}

/// The units that sent a response in an earlier period but none in the
/// last, in row order.
pub fn units_gone(history: &History) -> Vec<String> {
    let last = history.periods.len().saturating_sub(1);
    let present: HashSet<&str> = history
        .rows
        .iter()
        .filter(|r| r.statuses.get(last).is_some_and(Option::is_some))
        .map(|r| r.unit.as_str())
        .collect();
    let mut seen = HashSet::new();
    let mut gone: Vec<String> = Vec::new();
    for row in &history.rows {
        let before = row.statuses[..last].iter().any(Option::is_some);
        if before && !present.contains(row.unit.as_str()) && seen.insert(row.unit.as_str()) {
            gone.push(row.unit.clone());
        }
    }
    gone
}

/// An answer that was half-way in several periods.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Stalled {
    /// The unit.
    pub unit: String,
    /// The measure id.
    pub measure: String,
    /// The half-way status (the last one it had).
    pub status: Status,
    /// In how many periods it had a half-way status.
    pub periods: usize,
}

/// The rows whose status was strictly between the worst and the best of
/// the scale (a status scale's "Kesken") in at least `at_least` periods,
/// most periods first, then in row order.
pub fn stalled(history: &History, programme: &Programme, at_least: usize) -> Vec<Stalled> {
    let scale = Scale::of(programme);
    let mut out = Vec::new();
    for row in &history.rows {
        let between: Vec<&Status> = row
            .statuses
            .iter()
            .flatten()
            .filter(|s| scale.is_between(Some(s)))
            .collect();
        if let Some(status) = between.last().filter(|_| between.len() >= at_least) {
            out.push(Stalled {
                unit: row.unit.clone(),
                measure: row.measure.clone(),
                status: (*status).clone(),
                periods: between.len(),
            });
        }
    }
    out.sort_by_key(|s| std::cmp::Reverse(s.periods));
    out
}

/// How many answers moved which way between two periods.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct ChangeCounts {
    /// Better on the scale, of which `to_done` reached the best status.
    pub improved: usize,
    /// Improved to the best status (implemented, done).
    pub to_done: usize,
    /// Worse on the scale.
    pub regressed: usize,
    /// The same status.
    pub unchanged: usize,
    /// Answered now, no answer before.
    pub new: usize,
    /// Answered before, no answer now.
    pub dropped: usize,
}

impl ChangeCounts {
    /// The count of one kind.
    pub fn of(&self, kind: ChangeKind) -> usize {
        match kind {
            ChangeKind::Improved => self.improved,
            ChangeKind::Regressed => self.regressed,
            ChangeKind::Unchanged => self.unchanged,
            ChangeKind::New => self.new,
            ChangeKind::Dropped => self.dropped,
        }
    }
}

/// The changes from period `from` to period `to` (indices into
/// `history.periods`; not necessarily consecutive), counted.
pub fn change_counts(
    history: &History,
    programme: &Programme,
    from: usize,
    to: usize,
) -> ChangeCounts {
    let scale = Scale::of(programme);
    let mut counts = ChangeCounts::default();
    for row in &history.rows {
        let (a, b) = (
            row.statuses.get(from).and_then(Option::as_ref),
            row.statuses.get(to).and_then(Option::as_ref),
        );
        match kind_of(&scale, a, b) {
            Some(ChangeKind::Improved) => {
                counts.improved += 1;
                if b == scale.done() {
                    counts.to_done += 1;
                }
            }
            Some(ChangeKind::Regressed) => counts.regressed += 1,
            Some(ChangeKind::Unchanged) => counts.unchanged += 1,
            Some(ChangeKind::New) => counts.new += 1,
            Some(ChangeKind::Dropped) => counts.dropped += 1,
            None => {}
        }
    }
    counts
}

/// Per status of the scale (worst first), how many answers had it in each
/// period: the progress Q1 → Q4 of a quarterly follow-up.
pub fn status_counts(history: &History, programme: &Programme) -> Vec<(Status, Vec<usize>)> {
    let scale = Scale::of(programme);
    scale
        .order
        .iter()
        .map(|status| {
            let counts = (0..history.periods.len())
                .map(|i| {
                    history
                        .rows
                        .iter()
                        .filter(|r| r.statuses[i].as_ref() == Some(status))
                        .count()
                })
                .collect();
            (status.clone(), counts)
        })
        .collect()
}

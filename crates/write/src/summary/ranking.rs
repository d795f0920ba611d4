//! The best and the weakest action of the summary paragraph, by a rule
//! that cannot mislead: the share done among *all* the action's counted
//! items (unanswered ones included: the basis of the tables and the chart,
//! so the sentence's percentage is the one the table shows, issue 21), ties
//! named together, and no sentence when the actions are within a few points
//! of each other or too little was answered to tell.
use crate::stats::{counted, done_status, of_section};
use koonti_model::{Programme, Report, Section};

/// Actions whose shares differ by less than this (in points) are not ranked.
pub(crate) const CLOSE_POINTS: f64 = 5.0;

/// An action needs at least this many answered measures to be ranked.
pub(crate) const MIN_ANSWERED_PER_ACTION: u32 = 3;

/// Below this share of answered measures (of all counted ones), too little
/// was answered to rank the actions.
pub(crate) const MIN_ANSWERED_SHARE: f64 = 1.0 / 3.0;

/// The actions with the highest and the lowest share, each with the ties
/// that round to the same whole percent.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Ranking<'a> {
    /// The best actions and their share.
    pub best: (Vec<&'a Section>, f64),
    /// The weakest actions and their share.
    pub weakest: (Vec<&'a Section>, f64),
}

/// The share done of each action with enough answers: done items of all
/// its counted items, as [`crate::stats::Tally::share`] counts for the
/// tables.
fn shares<'a>(report: &Report, programme: &'a Programme) -> Vec<(&'a Section, f64)> {
    let done = done_status(programme);
    programme
        .sections
        .iter()
        .filter_map(|section| {
            let (mut all, mut answered, mut finished) = (0u32, 0u32, 0u32);
            for answer in of_section(report, section) {
                all += 1;
                answered += u32::from(answer.status.is_answered());
                finished += u32::from(answer.status == done);
            }
            (answered >= MIN_ANSWERED_PER_ACTION)
                .then(|| (section, f64::from(finished) / f64::from(all)))
        })
        .collect()
}

/// The ranking of `report`'s actions, or `None` when it would say nothing
/// true: fewer than two actions with enough answers, too little answered,
/// or all within [`CLOSE_POINTS`].
pub(crate) fn rank<'a>(report: &Report, programme: &'a Programme) -> Option<Ranking<'a>> {
    let (total, answered) = counted(report).fold((0u32, 0u32), |(t, a), answer| {
        (t + 1, a + u32::from(answer.status.is_answered()))
    });
    if total == 0 || f64::from(answered) / f64::from(total) < MIN_ANSWERED_SHARE {
        return None;
    }
    let shares = shares(report, programme);
    if shares.len() < 2 {
        return None;
    }
    let percent = |share: f64| (share * 100.0).round();
    let high = shares.iter().map(|s| percent(s.1)).fold(f64::MIN, f64::max);
    let low = shares.iter().map(|s| percent(s.1)).fold(f64::MAX, f64::min);
    if high - low < CLOSE_POINTS {
        return None;
    }
    let at = |level: f64| -> (Vec<&'a Section>, f64) {
        let sections: Vec<&Section> = shares
            .iter()
            .filter(|s| percent(s.1) == level)
            .map(|s| s.0)
            .collect();
        (sections, level / 100.0)
    };
    Some(Ranking {
        best: at(high),
        weakest: at(low),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::test_support::{report_with, siun};
    use koonti_model::Status;

    fn ids(sections: &[&Section]) -> Vec<String> {
        sections.iter().map(|s| s.id.clone()).collect()
    }

    #[test]
    fn ranks_by_share_of_all_items_with_ties_together() {
        let programme = siun();
        // Actions 1 and 3 are implemented by two of three units, action 2 by
        // one; action 4 by two, the third unit leaving it unanswered: 67 %
        // of all its items, as the table shows, not 100 % of the answered.
        let report = report_with(&programme, 3, |unit, measure| {
            match (unit, measure.chars().next()) {
                (0, _) => Status::Implemented,
                (1, Some('1' | '3' | '4')) => Status::Implemented,
                (2, Some('4')) => Status::Unanswered,
                _ => Status::NotImplemented,
            }
        });
        let ranking = rank(&report, &programme).expect("ranked");
        assert_eq!(ids(&ranking.best.0), ["1", "3", "4"]);
        assert!((ranking.best.1 - 0.67).abs() < 1e-9);
        assert_eq!(ids(&ranking.weakest.0), ["2"]);
        let tied = report_with(&programme, 3, |unit, measure| {
            match (unit, measure.chars().next()) {
                (0 | 1, Some('1' | '3')) => Status::Implemented,
                (0, _) => Status::Implemented,
                _ => Status::NotImplemented,
            }
        });
        let ranking = rank(&tied, &programme).expect("ranked");
        assert_eq!(ids(&ranking.best.0), ["1", "3"]);
        assert!((ranking.best.1 - 0.67).abs() < 1e-9);
        assert_eq!(ids(&ranking.weakest.0), ["2", "4"]);
    }

    #[test]
    fn no_ranking_when_close_or_little_answered() {
        let programme = siun();
        let all_done = report_with(&programme, 6, |_, _| Status::Implemented);
        assert_eq!(rank(&all_done, &programme), None);
        // One unit answers action 1 only: too little to tell.
        let little = report_with(&programme, 4, |unit, measure| match unit {
            0 if measure.starts_with('1') => Status::Implemented,
            0 if measure.starts_with('2') => Status::NotImplemented,
            _ => Status::Unanswered,
        });
        assert_eq!(rank(&little, &programme), None);
    }
}

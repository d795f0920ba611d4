//! Reports of several periods → one [`History`].
use crate::changes::{Version, changes, measure_changes};
use crate::error::HistoryError;
use crate::scale::Scale;
use crate::units::UnitNames;
use koonti_model::{
    Finding, FindingCode, History, HistoryRow, MeasureChangeKind, Period, Programme, Report, Status,
};
use std::collections::{BTreeMap, HashMap, HashSet};

/// One period's report, as the caller named it.
#[derive(Debug, Clone, Copy)]
pub struct PeriodReport<'a> {
    /// The input as named in messages (a file or folder).
    pub name: &'a str,
    /// The report.
    pub report: &'a Report,
    /// The programme it was read by.
    pub programme: &'a Programme,
}

/// The follow-up of several reports.
#[derive(Debug, Clone, PartialEq)]
pub struct Compared {
    /// The index (in the inputs) of the newest report: the one that carries
    /// the history.
    pub newest: usize,
    /// Statuses side by side, oldest period first, and the changes.
    pub history: History,
    /// What differs between programme versions (renamed, added, removed
    /// measures), for the newest report's findings.
    pub findings: Vec<Finding>,
}

/// True for the findings [`compare`] makes: a report compared again drops
/// its earlier ones before the new ones are added.
pub fn is_history_finding(code: &FindingCode) -> bool {
    matches!(
        code,
        FindingCode::MeasureRenamed { .. }
            | FindingCode::MeasureAdded { .. }
            | FindingCode::MeasureRemoved { .. }
    )
}

/// Orders the reports by period (oldest first, whatever the order given),
/// matches units by alias and measures by id, and lists each row's
/// statuses and the changes between consecutive periods.
///
/// Refused: fewer than two reports, a report whose period is no year or
/// quarter, two of the same period, or one of another programme.
pub fn compare(inputs: &[PeriodReport]) -> Result<Compared, HistoryError> {
    let too_few = || HistoryError::TooFew {
        names: inputs.iter().map(|i| i.name.to_string()).collect(),
    };
    let ordered = in_period_order(inputs)?;
    let Some(&(newest_index, _)) = ordered.last() else {
        return Err(too_few());
    };
    let newest = &inputs[newest_index];
    for input in inputs {
        if input.report.programme.id != newest.report.programme.id {
            return Err(HistoryError::OtherProgramme {
                name: input.name.to_string(),
                programme: input.report.programme.id.clone(),
                expected: newest.report.programme.id.clone(),
            });
        }
    }
    let names = UnitNames::new(
        newest.programme,
        ordered
            .iter()
            .rev()
            .skip(1)
            .map(|(i, _)| inputs[*i].programme)
            .collect(),
    );
    let mut snapshots: Vec<(Period, Snapshot)> = ordered
        .iter()
        .map(|(i, period)| (*period, Snapshot::of(&inputs[*i], period, &names)))
        .collect();
    // Periods a compared report carries in its own history and no input
    // gives: the newer carrier's record wins.
    for (i, _) in ordered.iter().rev() {
        for (period, snapshot) in carried(&inputs[*i], &names) {
            if !snapshots.iter().any(|(p, _)| *p == period) {
                snapshots.push((period, snapshot));
            }
        }
    }
    if snapshots.len() < 2 {
        return Err(too_few());
    }
    snapshots.sort_by_key(|(period, _)| *period);
    let snapshots: Vec<Snapshot> = snapshots.into_iter().map(|(_, s)| s).collect();
    let scale = Scale::of(newest.programme);
    let rows = rows(&snapshots, newest.programme);
    let periods: Vec<Period> = snapshots.iter().map(|s| s.period).collect();
    let changes = changes(&periods, &rows, &scale);
    let versions: Vec<Version> = snapshots
        .iter()
        .map(|s| Version {
            name: s.name,
            period: s.period,
            measures: &s.measures,
        })
        .collect();
    let (measure_changes, findings) = measure_changes(&versions);
    let responded = snapshots
        .iter()
        .map(|s| {
            let mut units: Vec<String> = s.responded.iter().cloned().collect();
            units.sort();
            units
        })
        .collect();
    Ok(Compared {
        newest: newest_index,
        history: History {
            periods,
            rows,
            changes,
            measure_changes,
            responded,
        },
        findings,
    })
}

/// The earlier periods `input`'s report carries in its history (a report
/// compared before), each as a snapshot of the statuses it recorded.
fn carried<'a>(input: &PeriodReport<'a>, names: &UnitNames) -> Vec<(Period, Snapshot<'a>)> {
    let Some(history) = input.report.history.as_ref() else {
        return Vec::new();
    };
    let Some(own) = input.report.period.period() else {
        return Vec::new();
    };
    let Some(own_index) = history.periods.iter().position(|p| *p == own) else {
        return Vec::new();
    };
    let own_measures = Snapshot::of(input, &own, names).measures;
    let measures = earlier_measures(history, own_measures, own_index);
    let mut out = Vec::new();
    for (j, measures) in measures.into_iter().enumerate().take(own_index) {
        let period = history.periods[j];
        let responded: HashSet<String> = match history.responded.get(j) {
            Some(units) if history.responded.len() == history.periods.len() => {
                units.iter().map(|u| names.canonical(u)).collect()
            }
            // An older history without the list: the units with a status.
            _ => history
                .rows
                .iter()
                .filter(|r| r.statuses.get(j).is_some_and(Option::is_some))
                .map(|r| names.canonical(&r.unit))
                .collect(),
        };
        let statuses = history
            .rows
            .iter()
            .filter_map(|r| {
                let status = r.statuses.get(j)?.clone()?;
                Some(((names.canonical(&r.unit), r.measure.clone()), status))
            })
            .collect();
        out.push((
            period,
            Snapshot {
                name: input.name,
                period,
                responded,
                measures,
                statuses,
            },
        ));
    }
    out
}

/// The measures of each period of `history` up to `own_index`, walked
/// back from the report's own (`own`) through the recorded measure
/// changes: an added measure was not there before, a removed one was, a
/// renamed one had its earlier text.
fn earlier_measures(
    history: &History,
    own: Vec<(String, String)>,
    own_index: usize,
) -> Vec<Vec<(String, String)>> {
    let mut sets = vec![Vec::new(); own_index + 1];
    let mut set = own;
    sets[own_index] = set.clone();
    for k in (0..own_index).rev() {
        let (from, to) = (&history.periods[k], &history.periods[k + 1]);
        for change in history
            .measure_changes
            .iter()
            .filter(|c| c.from_period == *from && c.to_period == *to)
        {
            match change.kind {
                MeasureChangeKind::Added => set.retain(|(id, _)| *id != change.measure),
                MeasureChangeKind::Removed => set.push((
                    change.measure.clone(),
                    change.from_text.clone().unwrap_or_default(),
                )),
                MeasureChangeKind::Renamed => {
                    if let Some((_, text)) = set.iter_mut().find(|(id, _)| *id == change.measure) {
                        *text = change.from_text.clone().unwrap_or_default();
                    }
                }
            }
        }
        sets[k] = set.clone();
    }
    sets
}

/// The inputs' indices with their periods, oldest first; refused when a
/// period cannot be told or two inputs share one.
fn in_period_order(inputs: &[PeriodReport]) -> Result<Vec<(usize, Period)>, HistoryError> {
    let mut periods = Vec::with_capacity(inputs.len());
    for (i, input) in inputs.iter().enumerate() {
        let period = input
            .report
            .period
            .period()
            .ok_or_else(|| HistoryError::NoPeriod {
                name: input.name.to_string(),
                period: input.report.period.to_string(),
            })?;
        periods.push((i, period));
    }
    let mut by_period: BTreeMap<Period, Vec<usize>> = BTreeMap::new();
    for (i, period) in &periods {
        by_period.entry(*period).or_default().push(*i);
    }
    if let Some((_, same)) = by_period.iter().find(|(_, same)| same.len() > 1) {
        return Err(HistoryError::SamePeriod {
            period: periods[same[0]].1,
            names: same.iter().map(|i| inputs[*i].name.to_string()).collect(),
        });
    }
    periods.sort_by_key(|(_, period)| *period);
    Ok(periods)
}

/// One period as the history needs it.
struct Snapshot<'a> {
    name: &'a str,
    period: Period,
    /// The units that sent a response, by canonical name.
    responded: HashSet<String>,
    /// The measures of the period's programme version: id → text, in order.
    measures: Vec<(String, String)>,
    /// Each answer's status by (canonical unit, measure).
    statuses: HashMap<(String, String), Status>,
}

impl<'a> Snapshot<'a> {
    fn of(input: &PeriodReport<'a>, period: &Period, names: &UnitNames) -> Snapshot<'a> {
        let report = input.report;
        // The measures as the report's answers name them (the programme
        // version the period was read by); the programme's when nobody
        // responded.
        let mut measures: Vec<(String, String)> = Vec::new();
        let mut seen = HashSet::new();
        for answer in &report.answers {
            if seen.insert(answer.measure.clone()) {
                measures.push((answer.measure.clone(), answer.measure_text.clone()));
            }
        }
        if measures.is_empty() {
            measures = input
                .programme
                .measures()
                .into_iter()
                .map(|(_, m)| (m.id.clone(), m.text.clone()))
                .collect();
        }
        Snapshot {
            name: input.name,
            period: *period,
            responded: report
                .responses
                .iter()
                .map(|r| names.canonical(&r.unit))
                .collect(),
            measures,
            statuses: report
                .answers
                .iter()
                .map(|a| {
                    (
                        (names.canonical(&a.unit), a.measure.clone()),
                        a.status.clone(),
                    )
                })
                .collect(),
        }
    }

    fn has_measure(&self, id: &str) -> bool {
        self.measures.iter().any(|(m, _)| m == id)
    }

    /// The unit's status for the measure: `None` when it sent no response
    /// or the period's programme has no such measure.
    fn status(&self, unit: &str, measure: &str) -> Option<Status> {
        if !self.responded.contains(unit) || !self.has_measure(measure) {
            return None;
        }
        Some(
            self.statuses
                .get(&(unit.to_string(), measure.to_string()))
                .cloned()
                .unwrap_or(Status::Unanswered),
        )
    }
}

/// Every unit × measure answered in at least one period: units in the
/// newest programme's order, then others by name; measures in the newest
/// period's order, then those only earlier periods had.
fn rows(snapshots: &[Snapshot], newest: &Programme) -> Vec<HistoryRow> {
    let mut measures: Vec<&str> = Vec::new();
    for snapshot in snapshots.iter().rev() {
        for (id, _) in &snapshot.measures {
            if !measures.contains(&id.as_str()) {
                measures.push(id);
            }
        }
    }
    let mut others: Vec<&str> = snapshots
        .iter()
        .flat_map(|s| s.responded.iter().map(String::as_str))
        .filter(|u| !newest.units.iter().any(|p| p.name == *u))
        .collect();
    others.sort_unstable();
    others.dedup();
    let units = newest.units.iter().map(|u| u.name.as_str()).chain(others);
    let mut rows = Vec::new();
    for unit in units {
        for measure in &measures {
            let statuses: Vec<Option<Status>> =
                snapshots.iter().map(|s| s.status(unit, measure)).collect();
            if statuses.iter().flatten().any(Status::is_answered) {
                rows.push(HistoryRow {
                    unit: unit.to_string(),
                    measure: measure.to_string(),
                    statuses,
                });
            }
        }
    }
    rows
}

//! Counting answers by status, per measure and per section, and choosing
//! highlights; shared by the workbook, the appendix and the summary.
use koonti_model::{Answer, AnswerScale, Programme, Report, Section, Status, StatusClass};
use std::collections::{BTreeSet, HashMap};

/// The statuses counted, in column order: the mark scale's four, or the
/// status scale's options followed by "unanswered".
pub(crate) fn counted_statuses(programme: &Programme) -> Vec<Status> {
    match &programme.scale {
        AnswerScale::Marks { .. } => vec![
            Status::Implemented,
            Status::Partial,
            Status::NotImplemented,
            Status::Unanswered,
        ],
        AnswerScale::Status { options, .. } => options
            .iter()
            .map(|o| Status::Option(o.id.clone()))
            .chain([Status::Unanswered])
            .collect(),
    }
}

/// The status that means "done": implemented, or a status scale's option
/// of class done (its last option when no option has a class).
pub(crate) fn done_status(programme: &Programme) -> Status {
    match &programme.scale {
        AnswerScale::Status { options, .. } => options
            .iter()
            .find(|o| o.class() == Some(StatusClass::Done))
            .or(options.last())
            .map_or(Status::Implemented, |o| Status::Option(o.id.clone())),
        AnswerScale::Marks { .. } => Status::Implemented,
    }
}

/// Counts of answers by status, aligned with [`counted_statuses`].
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Tally {
    /// One count per counted status.
    pub counts: Vec<u32>,
    /// All answers counted.
    pub total: u32,
}

impl Tally {
    /// Counts `answers` by `statuses`.
    pub fn of<'a>(answers: impl Iterator<Item = &'a Answer>, statuses: &[Status]) -> Tally {
        let mut tally = Tally {
            counts: vec![0; statuses.len()],
            total: 0,
        };
        for answer in answers {
            if let Some(i) = statuses.iter().position(|s| *s == answer.status) {
                tally.counts[i] += 1;
            }
            tally.total += 1;
        }
        tally
    }

    /// The count of one status (0 when it is not counted).
    pub fn count(&self, statuses: &[Status], status: &Status) -> u32 {
        statuses
            .iter()
            .position(|s| s == status)
            .map_or(0, |i| self.counts[i])
    }

    /// The share of `count` in the total, 0.0 for none.
    pub fn share(&self, count: u32) -> f64 {
        if self.total == 0 {
            0.0
        } else {
            f64::from(count) / f64::from(self.total)
        }
    }
}

/// The responding units that left every measure blank (no status, no text)
/// but gave free-form feedback: they had "nothing to comment", and the
/// secretary leaves them out of the shares (seed 004).
pub fn nothing_to_comment(report: &Report) -> BTreeSet<&str> {
    report.nothing_to_comment()
}

/// The answers counted in tables and shares: all but those of units with
/// nothing to comment.
pub(crate) fn counted(report: &Report) -> impl Iterator<Item = &Answer> {
    let left_out = nothing_to_comment(report);
    report
        .answers
        .iter()
        .filter(move |a| !left_out.contains(a.unit.as_str()))
}

/// The counted answers grouped by measure, each group in the report's
/// order: one pass over the answers for every measure, where
/// [`of_measure`] takes one a measure (a national merge has tens of
/// thousands of answers).
pub(crate) fn counted_by_measure(report: &Report) -> HashMap<&str, Vec<&Answer>> {
    let mut by_measure: HashMap<&str, Vec<&Answer>> = HashMap::new();
    for answer in counted(report) {
        by_measure
            .entry(answer.measure.as_str())
            .or_default()
            .push(answer);
    }
    by_measure
}

/// The counted answers of one measure.
pub(crate) fn of_measure<'a>(report: &'a Report, id: &'a str) -> impl Iterator<Item = &'a Answer> {
    counted(report).filter(move |a| a.measure == id)
}

/// The counted answers of one top-level section.
pub(crate) fn of_section<'a>(
    report: &'a Report,
    section: &'a Section,
) -> impl Iterator<Item = &'a Answer> {
    counted(report).filter(move |a| a.section == section.id)
}

/// One unit's sentence chosen for the appendix.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Highlight {
    /// The unit.
    pub unit: String,
    /// Its words.
    pub text: String,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tallies_by_status() {
        let statuses = [Status::Implemented, Status::Unanswered];
        let answer = |status| Answer {
            unit: "A".into(),
            section: "1".into(),
            measure: "1.1".into(),
            measure_text: String::new(),
            status,
            class: None,
            text: String::new(),
            items: vec![],
            extra: vec![],
            source: None,
        };
        let answers = [
            answer(Status::Implemented),
            answer(Status::Implemented),
            answer(Status::Unanswered),
        ];
        let tally = Tally::of(answers.iter(), &statuses);
        assert_eq!(tally.counts, [2, 1]);
        assert_eq!(tally.count(&statuses, &Status::Partial), 0);
        assert!((tally.share(2) - 2.0 / 3.0).abs() < 1e-9);
    }

    #[test]
    fn every_count_table_sums_to_its_total() {
        let programme = crate::test_support::siun();
        let report = crate::test_support::report_with(&programme, 4, |unit, measure| {
            match (unit, measure.len() % 3) {
                (0, 0) => Status::Partial,
                (0 | 1, 1) => Status::Implemented,
                (1, _) => Status::NotImplemented,
                _ => Status::Unanswered,
            }
        });
        let statuses = counted_statuses(&programme);
        let counted_total = counted(&report).count() as u32;
        let mut sum_of_sections = 0;
        for section in &programme.sections {
            let tally = Tally::of(of_section(&report, section), &statuses);
            assert_eq!(
                tally.counts.iter().sum::<u32>(),
                tally.total,
                "{}",
                section.id
            );
            sum_of_sections += tally.total;
        }
        assert_eq!(sum_of_sections, counted_total);
        for (_, measure) in programme.measures() {
            let tally = Tally::of(of_measure(&report, &measure.id), &statuses);
            assert_eq!(
                tally.counts.iter().sum::<u32>(),
                tally.total,
                "{}",
                measure.id
            );
        }
        // The fourth unit only gave feedback: left out of the counts.
        assert_eq!(counted_total, 3 * 13);
    }
}

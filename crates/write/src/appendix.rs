//! What the appendix shows, shared by its xlsx and HTML writers: per action
//! the measures, how many units implemented each, and the highlights.
use crate::highlights::{HighlightChoice, HighlightKind, highlight_candidates};
use crate::labels::Labels;
use crate::stats::{
    Highlight, Tally, counted_statuses, done_status, nothing_to_comment, of_measure, of_section,
};
use koonti_model::{Lang, Period, Programme, Report, ReportPeriod, Section, Status};

/// The appendix of one report.
pub struct Appendix {
    /// "Osallisuusohjelman toteutuminen 2024".
    pub title: String,
    /// The programme's title.
    pub programme: String,
    /// The summary paragraph.
    pub paragraph: String,
    /// The statuses counted, in column order.
    pub statuses: Vec<Status>,
    /// The status whose share is shown: implemented, or the status scale's
    /// last option ("Valmis").
    pub done: Status,
    /// Units counted: those that responded, less those with nothing to
    /// comment (left out of the shares).
    pub responses: usize,
    /// One entry per top-level section.
    pub actions: Vec<Action>,
    /// The progress over the programme period, when the report was
    /// compared with earlier ones.
    pub progress: Option<Progress>,
    /// The free-form feedback, every item with its unit ("Vastanneiden
    /// huomioita").
    pub feedback: Vec<Highlight>,
    /// The units named in the report (responding and missing), as written.
    pub units: Vec<String>,
}

/// The appendix's progress section: the follow-up paragraph and the share
/// done per action in each period.
pub struct Progress {
    /// The periods, oldest first.
    pub periods: Vec<Period>,
    /// The follow-up paragraph.
    pub paragraph: String,
    /// Per action its heading and the share done per period (`None`: no
    /// answers that period).
    pub shares: Vec<(String, Vec<Option<f64>>)>,
}

impl Progress {
    fn of(report: &Report, programme: &Programme, lang: Lang) -> Option<Progress> {
        let history = report.history.as_ref()?;
        let l = Labels(lang);
        let shares = koonti_history::section_progress(history, programme)
            .iter()
            .map(|s| {
                let heading = format!("{} {}: {}", l.section_word(programme), s.section, s.title);
                (
                    heading,
                    (0..history.periods.len()).map(|i| s.share(i)).collect(),
                )
            })
            .collect();
        Some(Progress {
            periods: history.periods.clone(),
            paragraph: crate::progress_paragraph(history, programme, lang),
            shares,
        })
    }
}

/// One action (top-level section) of the appendix.
pub struct Action {
    /// "Toimenpide 1: Viestimme selkeästi ja monikanavaisesti".
    pub heading: String,
    /// "Toimenpide 1" (in the output's language).
    pub label: String,
    /// "Viestimme selkeästi ja monikanavaisesti" (the programme's Finnish).
    pub title: String,
    /// Counts over the action's answers.
    pub tally: Tally,
    /// One line per measure.
    pub measures: Vec<MeasureLine>,
    /// What is coming ("Tulossa"), kept on *Nostot*.
    pub coming: Vec<Highlight>,
}

/// One measure of an action.
pub struct MeasureLine {
    /// The measure id.
    pub id: String,
    /// The measure text.
    pub text: String,
    /// Counts by status.
    pub tally: Tally,
    /// The highlights kept on *Nostot* (by the rule, or the secretary).
    pub highlights: Vec<Highlight>,
}

impl Appendix {
    /// The share of the done status in `tally`.
    pub fn done_share(&self, tally: &Tally) -> f64 {
        tally.share(tally.count(&self.statuses, &self.done))
    }

    /// Gathers the appendix of `report`, with the highlights `choices`
    /// (the secretary's, read from *Nostot*) or, without them, the rule's.
    pub fn of(
        report: &Report,
        programme: &Programme,
        lang: Lang,
        choices: Option<&[HighlightChoice]>,
    ) -> Appendix {
        let proposed;
        let choices = match choices {
            Some(choices) => choices,
            None => {
                proposed = highlight_candidates(report, programme);
                &proposed
            }
        };
        let l = Labels(lang);
        let statuses = counted_statuses(programme);
        let title = match &report.period {
            ReportPeriod::Unknown => l.appendix_title().to_string(),
            period => format!("{} {period}", l.appendix_title()),
        };
        let actions = programme
            .sections
            .iter()
            .map(|s| action(report, programme, s, &statuses, l, choices))
            .collect();
        let feedback = report
            .feedback
            .iter()
            .filter(|f| !f.text.trim().is_empty())
            .map(|f| Highlight {
                unit: f.unit.clone(),
                text: f.text.trim().to_string(),
            })
            .collect();
        Appendix {
            title,
            programme: programme.title.clone(),
            paragraph: crate::summary_paragraph(report, programme, lang),
            statuses,
            done: done_status(programme),
            responses: report.responses.len() - nothing_to_comment(report).len(),
            actions,
            progress: Progress::of(report, programme, lang),
            feedback,
            units: report
                .responses
                .iter()
                .map(|r| r.unit.clone())
                .chain(report.missing_units.iter().cloned())
                .collect(),
        }
    }
}

/// The kept choices of `kind` for the measures `of`.
fn kept<'a>(
    choices: &'a [HighlightChoice],
    kind: HighlightKind,
    of: impl Fn(&str) -> bool + 'a,
) -> impl Iterator<Item = Highlight> + 'a {
    choices
        .iter()
        .filter(move |c| c.kind == kind && c.keep && !c.text.trim().is_empty() && of(&c.measure))
        .map(|c| Highlight {
            unit: c.unit.clone(),
            text: c.text.trim().to_string(),
        })
}

fn action(
    report: &Report,
    programme: &Programme,
    section: &Section,
    statuses: &[Status],
    l: Labels,
    choices: &[HighlightChoice],
) -> Action {
    let of_action: Vec<&str> = programme
        .measures()
        .into_iter()
        .filter(|(s, _)| s.id == section.id)
        .map(|(_, m)| m.id.as_str())
        .collect();
    let measures = programme
        .measures()
        .into_iter()
        .filter(|(s, _)| s.id == section.id)
        .map(|(_, m)| MeasureLine {
            id: m.id.clone(),
            text: m.text.clone(),
            tally: Tally::of(of_measure(report, &m.id), statuses),
            highlights: kept(choices, HighlightKind::Highlight, |id| id == m.id).collect(),
        })
        .collect();
    let coming = kept(choices, HighlightKind::Coming, |id| of_action.contains(&id)).collect();
    let label = format!("{} {}", l.section_word(programme), section.id);
    Action {
        heading: format!("{label}: {}", section.title),
        label,
        title: section.title.clone(),
        tally: Tally::of(of_section(report, section), statuses),
        measures,
        coming,
    }
}

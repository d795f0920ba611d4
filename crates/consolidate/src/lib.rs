//! Consolidation: many [`UnitResponse`]s → one [`Report`].
//!
//! Every responding unit gets exactly one answer per programme measure
//! (unanswered ones included). When a unit sent two files, the newer one is
//! used and the older one's content is listed as unmatched, with a finding,
//! so that nothing is silently doubled or lost.
//!
//! A file returned blank (an untouched template: no mark, no status, no
//! text, no feedback, no support request) is no response: its unit stays
//! missing, with a finding, and it never supersedes a filled file.
#![warn(missing_docs)]

use koonti_model::{
    Answer, AnswerScale, Feedback, Finding, FindingCode, Period, Programme, ProgrammeRef,
    RawAnswer, Report, ReportPeriod, ResponseEntry, Severity, Source, Status, SupportRequest,
    UnitResponse, Unmatched,
};
use std::collections::{BTreeMap, HashMap};

mod period;
pub use period::{MixedPeriods, select_period};

/// Builds the report. `period` overrides the period found in the files;
/// `findings` are findings from before reading (unreadable files and the like).
pub fn consolidate(
    programme: &Programme,
    responses: Vec<UnitResponse>,
    findings: Vec<Finding>,
    period: Option<ReportPeriod>,
) -> Report {
    let period = period
        .filter(|p| !p.is_unknown())
        .unwrap_or_else(|| most_common_period(&responses).into());
    let mut report = Report {
        programme: ProgrammeRef {
            id: programme.id.clone(),
            title: programme.title.clone(),
        },
        period,
        responses: Vec::new(),
        missing_units: Vec::new(),
        answers: Vec::new(),
        feedback: Vec::new(),
        unmatched: Vec::new(),
        findings,
        support_requests: Vec::new(),
        sources: Vec::new(),
        history: None,
    };
    let (blank, responses): (Vec<UnitResponse>, Vec<UnitResponse>) =
        responses.into_iter().partition(|r| is_blank(programme, r));
    for response in blank {
        returned_blank(&mut report, response);
    }
    let groups = group_by_unit(programme, responses);
    // One answer per measure and unit: a national merge's tens of
    // thousands, reserved once rather than grown (and copied) by doubling.
    report
        .answers
        .reserve_exact(groups.len() * programme.measures().len());
    report.responses.reserve_exact(groups.len());
    for (unit, mut group) in groups {
        sort_newest_first(&mut group);
        let mut files = group.iter().map(|r| r.file.clone());
        report.responses.push(ResponseEntry {
            unit: unit.clone(),
            files: files.by_ref().collect(),
        });
        let mut group = group.into_iter();
        let Some(used) = group.next() else { continue };
        for older in group {
            supersede(&mut report, &unit, &used.file, older);
        }
        add_response(&mut report, programme, &unit, used);
    }
    report.missing_units = programme
        .units
        .iter()
        .filter(|u| !report.responses.iter().any(|r| r.unit == u.name))
        .map(|u| u.name.clone())
        .collect();
    report
}

/// True when a file says nothing: no measure marked or given a status, no
/// text (also none in a mark or added column other than what the template
/// prefills from the programme), no feedback and no support request (an
/// untouched template).
pub fn is_blank(programme: &Programme, response: &UnitResponse) -> bool {
    let prefilled = |answer: &RawAnswer, text: &str| {
        programme
            .measures()
            .into_iter()
            .find(|(_, m)| m.id == answer.measure)
            .is_some_and(|(_, m)| {
                [&m.responsible, &m.schedule]
                    .into_iter()
                    .flatten()
                    .any(|p| p.trim() == text.trim())
            })
    };
    response.answers.iter().all(|a| {
        !a.status.is_answered()
            && a.items.is_empty()
            && a.extra.iter().all(|e| prefilled(a, &e.text))
    }) && response.feedback.is_empty()
        && response.support_requests.is_empty()
}

/// A blank file: one finding naming it, its stray cells kept as unmatched.
/// What the reader noticed about an untouched form's absences (no unit
/// named, unanswered or missing measures) only repeats that it is blank and
/// is left out; every other finding (a cell that could not be read, a number
/// that is no date, no table found) stays, as it tells about cells the
/// report lists.
fn returned_blank(report: &mut Report, response: UnitResponse) {
    let unit = response
        .unit
        .as_ref()
        .map(|u| u.name.clone())
        .unwrap_or_default();
    report.findings.push(Finding {
        unit: unit.clone(),
        ..Finding::file(
            Severity::Warning,
            FindingCode::BlankResponse,
            &response.file,
        )
    });
    report.unmatched.extend(response.unmatched);
    report.findings.extend(
        response
            .findings
            .into_iter()
            .filter(|f| !repeats_blank(&f.code))
            .map(|mut f| {
                if f.unit.is_empty() {
                    f.unit = unit.clone();
                }
                f
            }),
    );
}

/// A finding that only says something is absent, as it is from any
/// untouched form.
fn repeats_blank(code: &FindingCode) -> bool {
    matches!(
        code,
        FindingCode::UnitNotFound
            | FindingCode::MeasureMissing { .. }
            | FindingCode::CurrentStatusBlank { .. }
    )
}

/// The unit a response is filed under: its named unit, else its file name.
fn unit_of(response: &UnitResponse) -> String {
    match &response.unit {
        Some(unit) => unit.name.clone(),
        None => std::path::Path::new(&response.file)
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_else(|| response.file.clone()),
    }
}

/// Groups responses by unit: the programme's units in programme order, then
/// the others by name.
fn group_by_unit(
    programme: &Programme,
    responses: Vec<UnitResponse>,
) -> Vec<(String, Vec<UnitResponse>)> {
    let mut by_unit: BTreeMap<String, Vec<UnitResponse>> = BTreeMap::new();
    for response in responses {
        by_unit
            .entry(unit_of(&response))
            .or_default()
            .push(response);
    }
    let mut groups = Vec::new();
    for unit in &programme.units {
        if let Some(group) = by_unit.remove(&unit.name) {
            groups.push((unit.name.clone(), group));
        }
    }
    groups.extend(by_unit);
    groups
}

/// Newest document first; files without a time last; then by file name.
fn sort_newest_first(group: &mut [UnitResponse]) {
    group.sort_by(|a, b| {
        b.modified
            .is_some()
            .cmp(&a.modified.is_some())
            .then_with(|| b.modified.cmp(&a.modified))
            .then_with(|| a.file.cmp(&b.file))
    });
}

/// Lists an older response of a unit as unmatched, with a finding.
fn supersede(report: &mut Report, unit: &str, used: &str, older: UnitResponse) {
    report.findings.push(Finding {
        unit: unit.to_string(),
        ..Finding::file(
            Severity::Warning,
            FindingCode::DuplicateResponse {
                unit: unit.to_string(),
                used: used.to_string(),
            },
            &older.file,
        )
    });
    for answer in older
        .answers
        .iter()
        .filter(|a| a.status.is_answered() || !a.items.is_empty())
    {
        report
            .unmatched
            .push(Unmatched::at(answer.source.clone(), describe(answer)));
    }
    // The cells kept beside an answer (an added column, a note) are listed
    // at their own cells, so that nothing of the older file is lost.
    for answer in &older.answers {
        for extra in &answer.extra {
            // A note kept with the answer is headed by its own sheet and
            // cell ("Muistiinpanot!A7"), which may be another sheet.
            let sheet = extra
                .header
                .strip_suffix(&format!("!{}", extra.cell))
                .unwrap_or(&answer.source.sheet);
            let source = Source {
                sheet: sheet.to_string(),
                cell: extra.cell.clone(),
                ..answer.source.clone()
            };
            report
                .unmatched
                .push(Unmatched::at(source, extra.text.clone()));
        }
    }
    for feedback in older.feedback {
        report
            .unmatched
            .push(Unmatched::at(feedback.source, feedback.text));
    }
    for request in older.support_requests {
        report
            .unmatched
            .push(Unmatched::at(request.source, request.text));
    }
    report.unmatched.extend(older.unmatched);
    report.findings.extend(older.findings);
}

fn describe(answer: &RawAnswer) -> String {
    let mut text = format!("{} [{}]", answer.measure, answer.status);
    for item in &answer.items {
        text.push('\n');
        text.push_str(item);
    }
    text
}

/// Adds the used response of a unit: one answer per programme measure.
fn add_response(report: &mut Report, programme: &Programme, unit: &str, response: UnitResponse) {
    let mut by_measure: HashMap<String, RawAnswer> = response
        .answers
        .into_iter()
        .map(|a| (a.measure.clone(), a))
        .collect();
    for (section, measure) in programme.measures() {
        let raw = by_measure.remove(&measure.id);
        if raw.is_none() {
            report.findings.push(Finding {
                unit: unit.to_string(),
                ..Finding::file(
                    Severity::Warning,
                    FindingCode::MeasureMissing {
                        measure: measure.id.clone(),
                    },
                    &response.file,
                )
            });
        }
        let (status, items, extra, source) = match raw {
            Some(raw) if !on_scale(programme, &raw.status) => {
                report.findings.push(Finding {
                    unit: unit.to_string(),
                    ..Finding::at(
                        Severity::Warning,
                        FindingCode::StatusOutsideScale {
                            measure: measure.id.clone(),
                            status: raw.status.to_string(),
                        },
                        &raw.source,
                    )
                });
                (Status::Unanswered, raw.items, raw.extra, Some(raw.source))
            }
            Some(raw) => (raw.status, raw.items, raw.extra, Some(raw.source)),
            None => (Status::Unanswered, Vec::new(), Vec::new(), None),
        };
        report.answers.push(Answer {
            extra,
            source,
            class: status.class(&programme.scale),
            ..Answer::new(unit, section, measure, status, items)
        });
    }
    report
        .feedback
        .extend(response.feedback.into_iter().map(|f| Feedback {
            unit: unit.to_string(),
            ..f
        }));
    report.support_requests.extend(
        response
            .support_requests
            .into_iter()
            .map(|r| SupportRequest {
                unit: unit.to_string(),
                ..r
            }),
    );
    report.unmatched.extend(response.unmatched);
    report
        .findings
        .extend(response.findings.into_iter().map(|mut f| {
            if f.unit.is_empty() {
                f.unit = unit.to_string();
            }
            f
        }));
}

/// True when `status` is one the programme's scale counts, so that every
/// count table sums to the answers it claims.
fn on_scale(programme: &Programme, status: &Status) -> bool {
    match (&programme.scale, status) {
        (_, Status::Unanswered) => true,
        (AnswerScale::Marks { .. }, Status::Option(_)) => false,
        (AnswerScale::Marks { .. }, _) => true,
        (AnswerScale::Status { options, .. }, Status::Option(id)) => {
            options.iter().any(|o| &o.id == id)
        }
        (AnswerScale::Status { .. }, _) => false,
    }
}

/// The period most responses are of (the earliest of equally many).
fn most_common_period(responses: &[UnitResponse]) -> Option<Period> {
    let mut counts: BTreeMap<Period, usize> = BTreeMap::new();
    for period in responses.iter().filter_map(|r| r.period) {
        *counts.entry(period).or_default() += 1;
    }
    counts
        .into_iter()
        .max_by_key(|(period, n)| (*n, std::cmp::Reverse(*period)))
        .map(|(period, _)| period)
}

#[cfg(test)]
mod tests;

//! No definition at all: when no bundled programme fits and the files name
//! none, the programme is inferred from the files themselves
//! ([`koonti_define::infer`]), its units are the units the files name, and
//! a finding says so.
use crate::error::EngineError;
use crate::refusals;
use koonti_ingest::Workbook;
use koonti_layout::{ProgrammeIndex, read_response, readers};
use koonti_model::{Finding, FindingCode, Programme, Severity, Unit};
use koonti_normalise::match_key;

/// The programme `detect` finds among the bundled ones, else the one the
/// workbooks answer, inferred from them (with its finding).
pub(crate) fn detect_or_infer(
    workbooks: &[&Workbook],
    detect: fn(&[&Workbook]) -> Result<Programme, EngineError>,
) -> Result<(Programme, Option<Finding>), EngineError> {
    // Files made from koonti's templates of a programme not given name it:
    // they are inferred exactly (their Nro ids and labels). Only files that
    // hold answers are inferred from; blank ones are refused as before.
    let refusal = match detect(workbooks) {
        Err(EngineError::NoProgrammeDetected { bundled }) => {
            EngineError::NoProgrammeDetected { bundled }
        }
        Err(EngineError::WrongProgramme(misfit))
            if matches!(*misfit, koonti_programme::Misfit::Unknown { .. }) =>
        {
            EngineError::WrongProgramme(misfit)
        }
        Ok(detected) => return Ok(weak_detection(detected, workbooks)),
        Err(err) => return Err(err),
    };
    let inferred = match koonti_define::infer(workbooks, "vastaukset") {
        Some(Ok(inferred)) => inferred,
        _ => return Err(refusal),
    };
    let mut programme = inferred.defined.programme;
    let (units, answered) = named_units(&programme, workbooks);
    // Blank files say nothing to infer from: refused as before (naming a
    // programme their hidden sheet declares).
    if !answered {
        return Err(refusal);
    }
    programme.units = units;
    let finding = inferred_finding(&programme, inferred.files);
    Ok((programme, Some(finding)))
}

/// `programme`, its scale taken from the workbooks' own header rows and
/// values when its definition only guessed it (with a finding that says
/// so); unchanged when the scale was given, or the files say no more than
/// the guess.
pub(crate) fn scale_from_returns(
    programme: &Programme,
    workbooks: &[&Workbook],
) -> (Programme, Option<Finding>) {
    let mut programme = programme.clone();
    if !programme.scale_guessed {
        return (programme, None);
    }
    let Some(Ok(inferred)) = koonti_define::infer(workbooks, "vastaukset") else {
        return (programme, None);
    };
    let returned = inferred.defined.programme;
    if returned.scale_guessed || returned.scale == programme.scale {
        return (programme, None);
    }
    let scale = returned
        .scale
        .choices()
        .iter()
        .map(|c| c.label.as_str())
        .filter(|l| !l.is_empty())
        .collect::<Vec<_>>()
        .join(" | ");
    programme.scale = returned.scale;
    programme.scale_guessed = false;
    let finding = Finding::file(Severity::Info, FindingCode::ScaleFromReturns { scale }, "");
    (programme, Some(finding))
}

/// Measure texts matching a detected programme per workbook below which
/// the detection is weak: a county's own programme sharing a wording or two
/// with a bundled one.
const WEAK_HITS_PER_WORKBOOK: usize = 2;

/// The detected programme, unless its fit is weak and the programme the
/// files themselves hold shares under half of its measures with it: then
/// that one, inferred, with its finding. Files whose hidden sheet names the
/// detected programme keep it (its templates tie rows by Nro).
fn weak_detection(detected: Programme, workbooks: &[&Workbook]) -> (Programme, Option<Finding>) {
    let texts = crate::refusals::texts(workbooks);
    let hits = koonti_programme::fits(std::slice::from_ref(&detected), texts.iter().copied())[0];
    let declared = crate::refusals::declared_programmes(workbooks.iter().copied());
    if hits >= WEAK_HITS_PER_WORKBOOK * workbooks.len() || declared.contains(&detected.id) {
        return (detected, None);
    }
    let Some(Ok(inferred)) = koonti_define::infer(workbooks, "vastaukset") else {
        return (detected, None);
    };
    let programme = inferred.defined.programme;
    let own: Vec<String> = programme
        .measures()
        .iter()
        .map(|(_, m)| m.text.clone())
        .collect();
    let shared = koonti_programme::fits(
        std::slice::from_ref(&detected),
        own.iter().map(String::as_str),
    )[0];
    if shared * 2 >= own.len() {
        return (detected, None);
    }
    let (units, _) = named_units(&programme, workbooks);
    let programme = Programme { units, ..programme };
    let finding = inferred_finding(&programme, inferred.files);
    (programme, Some(finding))
}

fn inferred_finding(programme: &Programme, files: usize) -> Finding {
    Finding::file(
        Severity::Warning,
        FindingCode::ProgrammeInferred {
            programme: programme.id.clone(),
            measures: programme.measures().len() as u32,
            files: files as u32,
        },
        "",
    )
}

/// The units the workbooks name, read against `programme` as their
/// responses will be (a label cell, a title, the sheet or the file name),
/// each once, in the order of the files; and whether any answers.
fn named_units(programme: &Programme, workbooks: &[&Workbook]) -> (Vec<Unit>, bool) {
    let index = ProgrammeIndex::new(programme.clone());
    let readers = readers();
    let mut units: Vec<Unit> = Vec::new();
    let mut answered = false;
    for workbook in workbooks {
        let Some(response) = read_response(workbook, &index, &readers) else {
            continue;
        };
        answered |= response
            .answers
            .iter()
            .any(|a| a.status.is_answered() || !a.items.is_empty())
            || !response.feedback.is_empty();
        let Some(unit) = response.unit else {
            continue;
        };
        let key = match_key(&unit.name);
        if !key.is_empty() && !units.iter().any(|u| match_key(&u.name) == key) {
            units.push(Unit {
                name: unit.name,
                aliases: Vec::new(),
            });
        }
    }
    (units, answered)
}

/// The bundled programme whose measures the workbooks' texts match.
pub(crate) fn detect_programme(workbooks: &[&Workbook]) -> Result<Programme, EngineError> {
    let all = koonti_programme::bundled()?;
    // A few dozen responses decide the programme; reading every cell of a
    // thousand would only cost time.
    let texts = refusals::texts(workbooks);
    match koonti_programme::detect(&all, texts.iter().copied()) {
        Some((index, _)) => Ok(all[index].clone()),
        None => {
            // Files made for a programme koonti does not know say so.
            let declared = refusals::declared_programmes(workbooks.iter().copied());
            if let Some(id) = declared
                .into_iter()
                .find(|id| !all.iter().any(|p| &p.id == id))
            {
                return Err(koonti_programme::Misfit::Unknown { declared: id }.into());
            }
            Err(EngineError::NoProgrammeDetected {
                bundled: all.into_iter().map(|p| p.id).collect(),
            })
        }
    }
}

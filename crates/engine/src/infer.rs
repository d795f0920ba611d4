//! No definition at all: when no bundled programme fits and the files name
//! none, the programme is inferred from the files themselves
//! ([`koonti_define::infer`]), its units are the units the files name, and
//! a finding says so.
use crate::error::EngineError;
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
    let bundled = match detect(workbooks) {
        Err(EngineError::NoProgrammeDetected { bundled }) => bundled,
        other => return other.map(|p| (p, None)),
    };
    let refused = || EngineError::NoProgrammeDetected {
        bundled: bundled.clone(),
    };
    let inferred = match koonti_define::infer(workbooks, "vastaukset") {
        Some(Ok(inferred)) => inferred,
        _ => return Err(refused()),
    };
    let mut programme = inferred.defined.programme;
    programme.units = named_units(&programme, workbooks);
    let finding = Finding::file(
        Severity::Warning,
        FindingCode::ProgrammeInferred {
            programme: programme.id.clone(),
            measures: programme.measures().len() as u32,
            files: inferred.files as u32,
        },
        "",
    );
    Ok((programme, Some(finding)))
}

/// The units the workbooks name, read against `programme` as their
/// responses will be (a label cell, a title, the sheet or the file name),
/// each once, in the order of the files.
fn named_units(programme: &Programme, workbooks: &[&Workbook]) -> Vec<Unit> {
    let index = ProgrammeIndex::new(programme.clone());
    let readers = readers();
    let mut units: Vec<Unit> = Vec::new();
    for workbook in workbooks {
        let Some(unit) = read_response(workbook, &index, &readers).and_then(|r| r.unit) else {
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
    units
}

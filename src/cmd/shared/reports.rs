//! The periods the inputs of `koonti compare` (and `merge --previous`)
//! give: a stored report is one; folders are merged, each on its own;
//! loose response files are merged together; and responses of several
//! periods are merged once per period.

use crate::gather::{self, Refusal};
use crate::messages::{CompareMessage, Message, engine_error, os_text};
use koonti_engine::{EngineError, Lang, Merged, Period, ReportPeriod, load_programme};
use std::path::{Path, PathBuf};

/// One period read: its name in messages, the report, and the files read
/// (never to be overwritten).
pub type PeriodRead = (String, Merged, Vec<PathBuf>);

/// The periods of `inputs`, each named as the user named what it came from.
pub fn read_inputs(
    inputs: &[PathBuf],
    programme: Option<&str>,
    lang: Lang,
) -> Result<Vec<PeriodRead>, Message> {
    let mut periods = Vec::new();
    let mut responses = Vec::new();
    for input in inputs {
        if input.is_dir() {
            let shown = input.display().to_string();
            periods.extend(merge_responses(
                std::slice::from_ref(input),
                shown,
                programme,
                lang,
            )?);
            continue;
        }
        match read_stored(input, programme)? {
            Some(period) => periods.push(period),
            None => responses.push(input.clone()),
        }
    }
    // Loose response files are one set of returns, like a folder's.
    if !responses.is_empty() {
        let shown: Vec<String> = responses.iter().map(|p| p.display().to_string()).collect();
        periods.extend(merge_responses(
            &responses,
            shown.join(", "),
            programme,
            lang,
        )?);
    }
    Ok(periods)
}

/// A stored report (workbook or JSON) read back; `None` for a response
/// workbook, to be merged.
fn read_stored(input: &Path, programme: Option<&str>) -> Result<Option<PeriodRead>, Message> {
    let shown = input.display().to_string();
    let extension = input
        .extension()
        .and_then(|e| e.to_str())
        .map(str::to_ascii_lowercase)
        .unwrap_or_default();
    let is_json = extension == "json";
    if !is_json && !koonti_engine::SPREADSHEET_EXTENSIONS.contains(&extension.as_str()) {
        return Err(Message::Compare(CompareMessage::NotAReport {
            input: shown,
        }));
    }
    let bytes = std::fs::read(input).map_err(|e| {
        Message::Compare(CompareMessage::Unreadable {
            input: shown.clone(),
            reason: os_text(&e),
        })
    })?;
    // A workbook keeps its own programme (the version it was read by); a
    // JSON report is read by the one named, else the bundled one by id.
    let programme = match programme {
        Some(spec) if is_json => Some(load_programme(spec).map_err(engine_error)?),
        _ => None,
    };
    match koonti_engine::read_stored(&shown, bytes, programme) {
        Ok(merged) => Ok(Some((shown, merged, vec![input.to_path_buf()]))),
        Err(EngineError::NotStored { .. }) if !is_json => Ok(None),
        Err(err) => Err(engine_error(err)),
    }
}

/// The period a folder's own name gives (`2024`, `Q1-2025`).
fn folder_period(args: &[PathBuf]) -> Option<Period> {
    let [folder] = args else { return None };
    if !folder.is_dir() {
        return None;
    }
    let name = folder.file_name()?.to_str()?;
    koonti_engine::find_period(name)
}

/// Responses merged: one period, or one merge per period when the files
/// are of several.
fn merge_responses(
    args: &[PathBuf],
    shown: String,
    programme: Option<&str>,
    lang: Lang,
) -> Result<Vec<PeriodRead>, Message> {
    let mixed = match gather::merge_or_refusal(args, programme, ReportPeriod::Unknown, lang) {
        Ok(mut gathered) => {
            // Files that name no period: the folder's name may ("2024/").
            let report = &mut gathered.merged.report;
            if report.period.is_unknown()
                && let Some(period) = folder_period(args)
            {
                report.period = period.into();
            }
            return Ok(vec![(shown, gathered.merged, gathered.input_paths)]);
        }
        Err(Refusal::Engine(EngineError::MixedPeriods(mixed))) => mixed,
        Err(Refusal::Engine(err)) => return Err(engine_error(err)),
        Err(refusal) => return Err(refusal.into_message()),
    };
    let mut periods = Vec::with_capacity(mixed.periods.len());
    for (period, files) in &mixed.periods {
        let mut gathered = gather::merge(args, programme, (*period).into(), lang)?;
        let report = &mut gathered.merged.report;
        // The other periods' files are the other merges, not left out.
        report.findings.retain(|f| f.code.code() != "other_period");
        // A response of no period would be counted in every period.
        let undated = report
            .responses
            .iter()
            .filter_map(|r| r.files.first())
            .find(|file| !files.contains(file));
        if let Some(file) = undated {
            return Err(Message::Compare(CompareMessage::Undated {
                input: shown,
                file: file.clone(),
                periods: mixed.periods.keys().map(Period::to_string).collect(),
            }));
        }
        periods.push((
            format!("{shown} ({period})"),
            gathered.merged,
            gathered.input_paths,
        ));
    }
    Ok(periods)
}

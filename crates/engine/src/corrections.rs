//! A consolidated workbook the secretary corrected by hand: the status and
//! text columns of its *Vastaukset* table are read back and compared with
//! the report it carries. A change koonti can read (a status label of the
//! scale, a text) becomes the answer, with a finding naming the cell; one it
//! cannot (an unknown status, a row whose unit or measure is not in the
//! report, a missing row or table) is refused naming the cells. Never a
//! silent mismatch between what the workbook shows and what is used.
use crate::error::EngineError;
use crate::merge::Merged;
use koonti_ingest::{Limits, Sheet, cell_name};
use koonti_messages::Edited;
use koonti_model::{Finding, FindingCode, Severity, Source};
use koonti_write::highlights::{HighlightChoice, highlight_candidates};
use koonti_write::readback::{
    ANSWERS_MEASURE_COLUMN, ANSWERS_STATUS_COLUMN, ANSWERS_TEXT_COLUMN, ANSWERS_UNIT_COLUMN,
    answer_cells, answers_sheet_names, choices_of_rows, highlight_sheet_names, is_no_rows_line,
    items_of_text, status_of_label,
};
use std::collections::{HashMap, HashSet};

/// Reads the corrections in `bytes` (the workbook `name` whose stored report
/// is `merged`) into `merged`, each with a `corrected_in_workbook` finding.
pub(crate) fn apply(name: &str, bytes: Vec<u8>, merged: &mut Merged) -> Result<(), EngineError> {
    // What *Nostot* holds when the secretary left it alone: the rule's
    // proposals for the report as stored, before any correction.
    let proposed = highlight_candidates(&merged.report, &merged.programme);
    let refused = |cells: Vec<Edited>| EngineError::EditedWorkbook {
        name: name.to_string(),
        cells,
    };
    let workbook = koonti_ingest::read_bytes(bytes, name, &Limits::default())
        .map_err(|_| refused(vec![Edited::Unreadable]))?;
    let Some((lang, sheet)) = answers_sheet_names().into_iter().find_map(|(lang, title)| {
        workbook
            .sheets
            .iter()
            .find(|s| s.name == title)
            .map(|s| (lang, s))
    }) else {
        return Err(refused(vec![Edited::SheetMissing {
            sheet: "Vastaukset".into(),
        }]));
    };
    // Only Vastaukset is read for corrections: an edit anywhere else that
    // shows answers would be a silent mismatch, so it is refused.
    let elsewhere = edits_elsewhere(&workbook, merged, lang, &sheet.name)?;
    if !elsewhere.is_empty() {
        return Err(refused(elsewhere.into_iter().map(Edited::Cell).collect()));
    }
    let rows = rows_of(sheet);
    let index: HashMap<(String, String), usize> = merged
        .report
        .answers
        .iter()
        .enumerate()
        .map(|(i, a)| ((a.unit.clone(), a.measure.clone()), i))
        .collect();
    let mut problems = Vec::new();
    let mut seen = HashSet::new();
    let mut findings = Vec::new();
    let at = |row: u32, col: u32| format!("{}!{}", sheet.name, cell_name(row, col));
    for (&row, cells) in rows.iter().filter(|(row, _)| **row > 0) {
        let get = |col: u32| cells.get(&col).cloned().unwrap_or_default();
        let key = (get(ANSWERS_UNIT_COLUMN), get(ANSWERS_MEASURE_COLUMN));
        // A report without answers: the sheet says so in its one line.
        if merged.report.answers.is_empty() && row == 1 && is_no_rows_line(&key.0) {
            continue;
        }
        let Some(&i) = index.get(&key) else {
            problems.push(Edited::Cell(format!(
                "{} ({} {})",
                at(row, ANSWERS_UNIT_COLUMN),
                key.0,
                key.1
            )));
            continue;
        };
        seen.insert(i);
        let answer = &merged.report.answers[i];
        let (status_cell, text_cell) = answer_cells(answer, &merged.programme, lang);
        let written_status = get(ANSWERS_STATUS_COLUMN);
        let mut corrected = answer.clone();
        if written_status.trim() != status_cell.trim() {
            match status_of_label(&written_status, &merged.programme) {
                Some(status) if status != answer.status => {
                    corrected.class = status.class(&merged.programme.scale);
                    corrected.status = status;
                }
                Some(_) => {}
                None => {
                    problems.push(Edited::Cell(format!(
                        "{} (”{written_status}”)",
                        at(row, ANSWERS_STATUS_COLUMN)
                    )));
                    continue;
                }
            }
        }
        let written_text = get(ANSWERS_TEXT_COLUMN).replace("\r\n", "\n");
        if let Some(text_cell) = text_cell
            && written_text.trim() != text_cell.trim()
        {
            corrected.items = items_of_text(&written_text);
            corrected.text = corrected.items.join("\n");
        }
        if corrected != *answer {
            findings.push(correction_finding(
                name,
                &sheet.name,
                row,
                answer,
                &corrected,
            ));
            merged.report.answers[i] = corrected;
        }
    }
    let missing: Vec<Edited> = merged
        .report
        .answers
        .iter()
        .enumerate()
        .filter(|(i, _)| !seen.contains(i))
        .map(|(_, a)| Edited::RowMissing {
            unit: a.unit.clone(),
            measure: a.measure.clone(),
        })
        .collect();
    problems.extend(missing);
    if !problems.is_empty() {
        return Err(refused(problems));
    }
    merged.report.findings.extend(findings);
    merged.highlights = highlight_choices(name, &workbook, &proposed)?;
    Ok(())
}

/// The secretary's choices on *Nostot*: `None` when the sheet is missing
/// (a workbook of an older koonti) or as koonti wrote it for the stored
/// report; a kind or kept cell that cannot be read is refused naming it.
fn highlight_choices(
    name: &str,
    workbook: &koonti_ingest::Workbook,
    proposed: &[HighlightChoice],
) -> Result<Option<Vec<HighlightChoice>>, EngineError> {
    let Some(sheet) = highlight_sheet_names()
        .into_iter()
        .find_map(|(_, title)| workbook.sheets.iter().find(|s| s.name == title))
    else {
        return Ok(None);
    };
    let choices =
        choices_of_rows(&rows_of(sheet)).map_err(|problems| EngineError::EditedWorkbook {
            name: name.to_string(),
            cells: problems
                .into_iter()
                .map(|(row, col, text)| {
                    Edited::Cell(format!("{}!{} (”{text}”)", sheet.name, cell_name(row, col)))
                })
                .collect(),
        })?;
    Ok((choices != proposed).then_some(choices))
}

/// The cells of the workbook's other visible sheets that differ from what
/// koonti writes for the stored report (the summary sheet, which names when
/// it was made, and the sources sheet, which names koonti's version, are
/// left out: they show no answer).
fn edits_elsewhere(
    workbook: &koonti_ingest::Workbook,
    merged: &Merged,
    lang: koonti_model::Lang,
    answers: &str,
) -> Result<Vec<String>, EngineError> {
    let options = crate::RenderOptions {
        lang,
        made: String::new(),
    };
    let bytes = crate::committee_workbook(merged, &options)?;
    let expected =
        koonti_ingest::read_bytes(bytes, "koonti.xlsx", &Limits::default()).map_err(|_| {
            EngineError::EditedWorkbook {
                name: workbook.file.clone(),
                cells: vec![Edited::Unreadable],
            }
        })?;
    let skipped = koonti_write::readback::unchecked_sheets(lang);
    // *Nostot* is the secretary's to edit: read by `highlight_choices`.
    let highlights: Vec<&str> = highlight_sheet_names().iter().map(|(_, n)| *n).collect();
    let mut changed = Vec::new();
    for want in expected.sheets.iter().filter(|s| {
        s.name != answers
            && s.name != koonti_model::EMBEDDED_REPORT_SHEET
            && !skipped.contains(&s.name.as_str())
            && !highlights.contains(&s.name.as_str())
    }) {
        let have = workbook.sheets.iter().find(|s| s.name == want.name);
        let (want_cells, have_cells) = (cells_of(Some(want)), cells_of(have));
        let mut differing: Vec<(u32, u32)> = want_cells
            .iter()
            .filter(|(at, text)| have_cells.get(*at) != Some(*text))
            .map(|(at, _)| *at)
            .chain(
                have_cells
                    .keys()
                    .filter(|at| !want_cells.contains_key(*at))
                    .copied(),
            )
            .collect();
        differing.sort_unstable();
        changed.extend(
            differing
                .into_iter()
                .map(|(row, col)| format!("{}!{}", want.name, cell_name(row, col))),
        );
    }
    Ok(changed)
}

/// A sheet's non-empty cells as text by (row, column).
fn cells_of(sheet: Option<&Sheet>) -> HashMap<(u32, u32), String> {
    sheet
        .map(|s| {
            s.cells
                .iter()
                .map(|c| ((c.row, c.col), c.value.text().replace("\r\n", "\n")))
                .filter(|(_, text)| !text.trim().is_empty())
                .collect()
        })
        .unwrap_or_default()
}

/// The sheet's text by row and column.
fn rows_of(sheet: &Sheet) -> std::collections::BTreeMap<u32, HashMap<u32, String>> {
    let mut rows: std::collections::BTreeMap<u32, HashMap<u32, String>> = Default::default();
    for cell in &sheet.cells {
        rows.entry(cell.row)
            .or_default()
            .insert(cell.col, cell.value.text());
    }
    rows
}

fn correction_finding(
    file: &str,
    sheet: &str,
    row: u32,
    before: &koonti_model::Answer,
    after: &koonti_model::Answer,
) -> Finding {
    let source = Source {
        file: file.to_string(),
        sheet: sheet.to_string(),
        cell: cell_name(row, ANSWERS_STATUS_COLUMN),
    };
    let code = FindingCode::CorrectedInWorkbook {
        measure: after.measure.clone(),
        status: (before.status != after.status)
            .then(|| (before.status.to_string(), after.status.to_string())),
        text: before.items != after.items,
    };
    Finding {
        unit: after.unit.clone(),
        ..Finding::at(Severity::Info, code, &source)
    }
}

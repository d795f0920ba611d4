//! English wording of the engine's refusals and errors.
use super::{Edited, Front, Refusal, Stored, skipped_list, stored, toml_detail};
use crate::{Worded, some_of};
use koonti_model::Lang;
use koonti_programme::{Misfit, ProgrammeError};

const L: Lang = Lang::En;

/// `err` as the user reads it in English, with what to do in `front`.
pub(super) fn message(err: &Refusal, front: Front) -> String {
    // The exe takes no options: it is told the page's choices.
    let page = front != Front::CommandLine;
    match err {
        Refusal::NoInputs => {
            "No files were given: give the Excel files the units returned, or the folder they are in.".into()
        }
        Refusal::NothingReadable { skipped } => format!(
            "None of the files given could be read as an Excel spreadsheet, so nothing was merged: {}. Ask the units for their responses on the Excel template.",
            skipped_list(skipped, L)
        ),
        Refusal::NoProgrammeDetected { .. } if page => {
            "Could not tell which programme the files answer: no cell matches a measure of a known programme. Choose the programme under Programme or give the programme's spreadsheet.".into()
        }
        Refusal::NoProgrammeDetected { bundled } => format!(
            "Could not tell which programme the files answer: no cell matches a measure of a programme koonti knows. Name it with --programme PROGRAMME.xlsx or one of: {}.",
            bundled.join(", ")
        ),
        Refusal::WrongProgramme(misfit) => match (*misfit, page) {
            (Misfit::Better { chosen, answers, hits }, false) => format!(
                "The files answer the programme {answers}, not {chosen} (measure texts matching {answers}: {}, {chosen}: {}). Use --programme {answers}.",
                hits.1, hits.0
            ),
            (Misfit::Better { chosen, answers, hits }, true) => format!(
                "The files answer the programme {answers}, not {chosen} (measure texts matching {answers}: {}, {chosen}: {}). Choose {answers} under Programme.",
                hits.1, hits.0
            ),
            (Misfit::Unknown { declared }, false) => format!(
                "The files were made for the programme {declared}, which koonti does not know. Give its definition with --programme PROGRAMME.xlsx."
            ),
            (Misfit::Unknown { declared }, true) => format!(
                "The files were made for the programme {declared}, which koonti does not know. Give its definition under Programme (own programme file)."
            ),
        },
        Refusal::MixedPeriods(mixed) => {
            let parts: Vec<String> = mixed
                .periods
                .iter()
                .map(|(period, files)| format!("{period}: {}", some_of(L, files, 5)))
                .collect();
            let first = mixed
                .periods
                .keys()
                .next()
                .map_or_else(|| "2024".to_string(), ToString::to_string);
            let choose = if page {
                format!("Write one, e.g. {first}, under Reporting period")
            } else {
                format!("Choose one, e.g. --period {first}")
            };
            format!(
                "The responses are of several periods ({}). {choose}, or move the other periods' files away.",
                parts.join("; ")
            )
        }
        Refusal::OwnWorkbooksOnly { files } => {
            let what = if files.len() == 1 {
                "is a workbook koonti wrote, not a unit's response"
            } else {
                "are workbooks koonti wrote, not the units' responses"
            };
            let more = if page {
                ""
            } else {
                "; koonti compare compares the years' workbooks, and koonti appendix makes the appendix from one consolidated workbook"
            };
            format!(
                "{} {what}. Give the response files the units returned{more}.",
                some_of(L, files, 5)
            )
        }
        Refusal::EditedWorkbook { name, cells } => format!(
            "Visible cells of the workbook {name} were changed in a way that cannot be read as corrections: {}. Only the status and text columns of the Answers sheet are read as corrections, so make the changes there or make the appendix from the response files.",
            some_of(L, &cells.iter().map(edited).collect::<Vec<_>>(), 5)
        ),
        Refusal::NotStored { name } => format!(
            "The file {name} is neither a koonti report nor a consolidated workbook. Give a workbook or JSON report koonti wrote, or the units' responses."
        ),
        Refusal::Stored { name, source } => match stored(source, L) {
            Stored::NotAReport => format!(
                "The file {name} is neither a koonti report nor a consolidated workbook. Give a workbook or JSON report koonti wrote, or the units' responses."
            ),
            Stored::Broken(detail) => format!(
                "The koonti report in {name} is broken and cannot be read{detail}. Merge the response files again."
            ),
        },
        Refusal::Programme(err) => match err {
            ProgrammeError::Io { path, source } => format!(
                "The programme definition {} could not be read ({source}). Check that it exists and that you may read it.",
                path.display()
            ),
            ProgrammeError::Parse { name, source } => format!(
                "The programme definition {name} is not valid TOML; fix the place and try again ({}).",
                toml_detail(source, L)
            ),
            ProgrammeError::Invalid { name, reason } => format!(
                "The programme definition {name} is not valid: {}. Fix the definition and try again.",
                reason.message(L)
            ),
            ProgrammeError::Unknown { name, known } => format!(
                "There is no programme file or bundled programme named “{name}”. Give the programme as a spreadsheet (.xlsx) or one of: {}.",
                known.join(", ")
            ),
        },
        // A definition that breaks a rule is worded as a programme's.
        Refusal::Define(koonti_define::DefineError::Invalid(err)) => {
            message(&Refusal::Programme(err), front)
        }
        Refusal::Define(err) => err.message(L),
        Refusal::History(err) => err.message(L),
        Refusal::Definition { name, problems } => {
            let first: Vec<String> = problems.iter().take(3).map(|p| p.message(L)).collect();
            let more = problems.len().saturating_sub(3);
            let more = match (more, page) {
                (0, _) => String::new(),
                (n, true) => format!(" (and {n} more)"),
                (n, false) => format!(" (and {n} more; koonti programme check {name} lists them all)"),
            };
            format!("The programme definition {name} needs fixing: {}{more}.", first.join("; "))
        }
        Refusal::Failed { detail } => failed(detail),
    }
}

fn failed(detail: &str) -> String {
    format!("The output could not be built ({detail}). Please report this to koonti's maintainers.")
}

/// What of a workbook was changed.
fn edited(edited: &Edited) -> String {
    match edited {
        Edited::Cell(cell) => cell.clone(),
        Edited::Unreadable => "(the workbook could not be read)".into(),
        Edited::SheetMissing { sheet } => format!("{sheet} (the sheet is missing)"),
        Edited::RowMissing { unit, measure } => format!("{unit} {measure} (the row is missing)"),
    }
}

//! The engine's refusals and errors worded: why a merge, a rendering or a
//! read-back could not be done, for the command line and the page, one
//! table per language (`fi.rs`, `sv.rs`, `en.rs`, each an exhaustive
//! `match`). The engine hands its error over as a [`Refusal`], plain data
//! borrowed from it; the outputs that could not be built (the writers', the
//! slides', the templates' errors, which sit above this crate) come as
//! [`Refusal::Failed`] with their technical reason, shown in English only.
mod en;
mod fi;
mod sv;
#[cfg(test)]
mod tests;

use crate::{Worded, Words, some_of};
use koonti_consolidate::MixedPeriods;
use koonti_define::DefineError;
use koonti_history::HistoryError;
use koonti_ingest::StoredError;
use koonti_model::{Finding, Lang};
use koonti_programme::{Misfit, Problem, ProgrammeError};

/// What of a consolidated workbook was changed so that it cannot be read as
/// corrections ([`Refusal::EditedWorkbook`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Edited {
    /// A cell: its place ("Vastaukset!C3") and, where it helps, what it
    /// holds as written ("Vastaukset!C3 (”Valmis?”)").
    Cell(String),
    /// The workbook could not be read at all.
    Unreadable,
    /// The answers sheet is missing.
    SheetMissing {
        /// The sheet.
        sheet: String,
    },
    /// An answer's row is missing.
    RowMissing {
        /// The unit.
        unit: String,
        /// The measure id.
        measure: String,
    },
}

/// Why the engine could not do what it was asked, as the catalogue words
/// it: the engine's `EngineError` seen as plain data (`EngineError::refusal`).
#[derive(Debug)]
pub enum Refusal<'a> {
    /// No input to merge.
    NoInputs,
    /// Not one input is a workbook: each file's finding says what it is.
    NothingReadable {
        /// Each file's finding.
        skipped: &'a [Finding],
    },
    /// No programme was given and no bundled one matches the inputs.
    NoProgrammeDetected {
        /// The ids of the bundled programmes.
        bundled: &'a [String],
    },
    /// A programme definition could not be loaded.
    Programme(&'a ProgrammeError),
    /// A stored report (JSON or consolidated workbook) is broken.
    Stored {
        /// The file as named by the caller.
        name: &'a str,
        /// What is wrong with it.
        source: &'a StoredError,
    },
    /// The files answer another programme than the one given.
    WrongProgramme(&'a Misfit),
    /// The responses are of more than one period and none was chosen.
    MixedPeriods(&'a MixedPeriods),
    /// Every input is a workbook koonti wrote, not a response.
    OwnWorkbooksOnly {
        /// The files, as named by the caller.
        files: &'a [String],
    },
    /// A consolidated workbook's visible answers were changed in a way
    /// that cannot be read as corrections.
    EditedWorkbook {
        /// The file as named by the caller.
        name: &'a str,
        /// What was changed.
        cells: &'a [Edited],
    },
    /// Reports that cannot be followed across periods.
    History(&'a HistoryError),
    /// The file is no stored report.
    NotStored {
        /// The file as named by the caller.
        name: &'a str,
    },
    /// A spreadsheet gives no programme.
    Define(&'a DefineError),
    /// A TOML definition has problems, each on its line.
    Definition {
        /// The file as named by the caller.
        name: &'a str,
        /// The problems, in the order of the file.
        problems: &'a [Problem],
    },
    /// An output koonti could not build: a fault of its own.
    Failed {
        /// The technical reason (English), told in the English message only.
        detail: String,
    },
}

/// Who reads an engine's refusal: what to do about it is said in the
/// front end's own terms (an option on the command line, a choice on the
/// page).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Front {
    /// `koonti` in a terminal.
    #[default]
    CommandLine,
    /// The browser page.
    Page,
    /// `koonti.exe` with files dropped on it: no option can be given, so
    /// it is told the page's choices, and that they are made on the page.
    Drop,
}

impl Refusal<'_> {
    /// The refusal as the user reads it in `lang`: what is wrong, naming
    /// the file, and what to do in `front`'s terms. The one wording of the
    /// engine's refusals; the command line, the exe and the page show it
    /// as it is.
    pub fn message(&self, lang: Lang, front: Front) -> String {
        let text = match lang {
            Lang::Fi => fi::message(self, front),
            Lang::Sv => sv::message(self, front),
            Lang::En => en::message(self, front),
        };
        let choice = matches!(
            self,
            Refusal::NoProgrammeDetected { .. }
                | Refusal::WrongProgramme(_)
                | Refusal::MixedPeriods(_)
        );
        if front == Front::Drop && choice {
            let on_the_page = lang.pick(
                "Ohjelman ja kauden voi valita selainsivulla koonti.html; koonti.exe:n päälle vedettäessä niitä ei voi valita.",
                "Program och period kan väljas på webbsidan koonti.html; när filer dras till koonti.exe kan de inte väljas.",
                "The programme and the period can be chosen on the page koonti.html; files dropped on koonti.exe cannot choose them.",
            );
            return format!("{text} {on_the_page}");
        }
        text
    }
}

/// A stored report that could not be read: no report at all, or a
/// broken one (with the reader's detail).
enum Stored {
    NotAReport,
    /// What is wrong, in parentheses after a space, or "".
    Broken(String),
}

fn stored(err: &StoredError, lang: Lang) -> Stored {
    use koonti_model::StoredReportError;
    match err {
        StoredError::Report(StoredReportError::NotJson(_) | StoredReportError::NotAReport(_)) => {
            Stored::NotAReport
        }
        StoredError::Sheet(inner) => match stored(inner, lang) {
            // The hidden sheet holds no report: the report is broken.
            Stored::NotAReport => Stored::Broken(String::new()),
            broken => broken,
        },
        StoredError::Read(err) => {
            let said = err.finding_code().message(lang);
            Stored::Broken(format!(" ({})", said.trim_end_matches('.')))
        }
    }
}

/// Where a TOML definition did not parse, in `lang` ("rivi 2, sarake
/// 12"); in English with the parser's own reason.
fn toml_detail(err: &toml::de::Error, lang: Lang) -> String {
    let shown = err.to_string();
    let first = shown.lines().next().unwrap_or_default();
    // toml says "TOML parse error at line 2, column 12".
    let number = |word: &str| {
        first
            .split(word)
            .nth(1)
            .and_then(|rest| rest.trim().split(|c: char| !c.is_ascii_digit()).next())
            .unwrap_or_default()
            .to_string()
    };
    let (line, column) = (number("line"), number("column"));
    match lang {
        Lang::Fi => format!("rivi {line}, sarake {column}"),
        Lang::Sv => format!("rad {line}, kolumn {column}"),
        Lang::En => format!("line {line}, column {column}: {}", err.message().trim()),
    }
}

/// Each skipped file with what it is, or why it could not be read: "a.pdf
/// (PDF-tiedosto, ei Excel-taulukko)"; five, then how many more.
fn skipped_list(skipped: &[Finding], lang: Lang) -> String {
    use koonti_model::{FileProblem, FindingCode};
    let items: Vec<String> = skipped
        .iter()
        .map(|finding| match &finding.code {
            FindingCode::UnreadableFile {
                problem: FileProblem::NotAWorkbook { file_kind },
            } => format!("{} ({})", finding.file, file_kind.words(lang)),
            code => format!(
                "{} ({})",
                finding.file,
                code.message(lang).trim_end_matches('.')
            ),
        })
        .collect();
    some_of(lang, &items, 5)
}

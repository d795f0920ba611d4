//! Why the engine could not do what it was asked, as typed values worded
//! only when shown, in one table per language (`fi.rs`, `sv.rs`, `en.rs`,
//! each an exhaustive `match`).
mod en;
mod fi;
mod sv;
#[cfg(test)]
mod tests;

use koonti_messages::{Worded, Words};
use koonti_model::Lang;
use std::fmt;

/// Why a merge, a rendering or a read-back failed. Problems with single
/// input files are no errors: they are findings in the report.
#[derive(Debug)]
pub enum EngineError {
    /// No input to merge.
    NoInputs,
    /// Not one input is a workbook: each is a file of another kind (a
    /// PDF, a Word document, …) or could not be read.
    NothingReadable {
        /// Each file's finding: what it is, or why it could not be read.
        skipped: Vec<koonti_model::Finding>,
    },
    /// No programme was given and no bundled one matches the inputs.
    NoProgrammeDetected {
        /// The ids of the bundled programmes.
        bundled: Vec<String>,
    },
    /// A programme definition could not be loaded.
    Programme(koonti_programme::ProgrammeError),
    /// An output could not be rendered.
    Write(koonti_write::WriteError),
    /// The presentation could not be made (e.g. the county's template
    /// given for its theme is no presentation).
    Slides(koonti_slides::SlidesError),
    /// A template could not be rendered.
    Template(koonti_template::TemplateError),
    /// The templates could not be packed into a zip.
    Zip(zip::result::ZipError),
    /// A stored report (JSON or consolidated workbook) is broken.
    Stored {
        /// The file as named by the caller.
        name: String,
        /// What is wrong with it (boxed: it is large, and rare).
        source: Box<koonti_ingest::StoredError>,
    },
    /// The files answer another programme than the one given, or were made
    /// for one koonti does not know.
    WrongProgramme(Box<koonti_programme::Misfit>),
    /// The responses are of more than one period and none was chosen.
    MixedPeriods(koonti_consolidate::MixedPeriods),
    /// Every input is a workbook koonti wrote, not a response.
    OwnWorkbooksOnly {
        /// The files, as named by the caller.
        files: Vec<String>,
    },
    /// A consolidated workbook's visible answers were changed in a way that
    /// cannot be read as corrections.
    EditedWorkbook {
        /// The file as named by the caller.
        name: String,
        /// The changed cells (sheet!cell and what they hold), or rows missing.
        cells: Vec<String>,
    },
    /// Reports that cannot be followed across periods (too few, a period
    /// that cannot be told, two of one period, another programme).
    History(koonti_history::HistoryError),
    /// The file is no stored report: neither JSON nor a workbook with the
    /// hidden report sheet (e.g. a response, to be merged instead).
    NotStored {
        /// The file as named by the caller.
        name: String,
    },
    /// A spreadsheet gives no programme.
    Define(koonti_define::DefineError),
    /// A TOML definition has problems, each on its line.
    Definition {
        /// The file as named by the caller.
        name: String,
        /// The problems, in the order of the file.
        problems: Vec<koonti_programme::Problem>,
    },
    /// A programme could not be written as TOML.
    Serialise(String),
}

/// Who reads an engine's refusal: what to do about it is said in the
/// front end's own terms (an option on the command line, a choice on the
/// page).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Front {
    /// `koonti` in a terminal, and `koonti.exe` with files dropped on it.
    #[default]
    CommandLine,
    /// The browser page.
    Page,
}

impl EngineError {
    /// The error as the user reads it in `lang`: what is wrong, naming the
    /// file, and what to do in `front`'s terms. The one wording of the
    /// engine's refusals; the command line, the exe and the page show it
    /// as it is.
    pub fn message(&self, lang: Lang, front: Front) -> String {
        match lang {
            Lang::Fi => fi::message(self, front),
            Lang::Sv => sv::message(self, front),
            Lang::En => en::message(self, front),
        }
    }
}

/// For logs and `?` in tests: the English sentence of the command line.
impl fmt::Display for EngineError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message(Lang::En, Front::CommandLine))
    }
}

/// A stored report that could not be read: no report at all, or a
/// broken one (with the reader's detail).
pub(super) enum Stored {
    NotAReport,
    /// What is wrong, in parentheses after a space, or "".
    Broken(String),
}

pub(super) fn stored(err: &koonti_ingest::StoredError, lang: Lang) -> Stored {
    use koonti_ingest::StoredError;
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
pub(super) fn toml_detail(err: &toml::de::Error, lang: Lang) -> String {
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

/// A copy of a programme error to word (its io and toml errors cannot be
/// cloned: the io error keeps its kind and text, the rest as they are).
pub(super) fn copy(err: &koonti_programme::ProgrammeError) -> koonti_programme::ProgrammeError {
    use koonti_programme::ProgrammeError;
    match err {
        ProgrammeError::Io { path, source } => ProgrammeError::Io {
            path: path.clone(),
            source: std::io::Error::new(source.kind(), source.to_string()),
        },
        ProgrammeError::Parse { name, source } => ProgrammeError::Parse {
            name: name.clone(),
            source: source.clone(),
        },
        ProgrammeError::Invalid { name, reason } => ProgrammeError::Invalid {
            name: name.clone(),
            reason: reason.clone(),
        },
        ProgrammeError::Unknown { name, known } => ProgrammeError::Unknown {
            name: name.clone(),
            known: known.clone(),
        },
    }
}

/// Each skipped file with what it is, or why it could not be read: "a.pdf
/// (PDF-tiedosto, ei Excel-taulukko)"; five, then how many more.
pub(super) fn skipped_list(skipped: &[koonti_model::Finding], lang: Lang) -> String {
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
    koonti_messages::some_of(lang, &items, 5)
}

impl std::error::Error for EngineError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            EngineError::Programme(err) => Some(err),
            EngineError::Write(err) => Some(err),
            EngineError::Slides(err) => Some(err),
            EngineError::Template(err) => Some(err),
            EngineError::Zip(err) => Some(err),
            EngineError::Stored { source, .. } => Some(source.as_ref()),
            EngineError::WrongProgramme(err) => Some(err.as_ref()),
            EngineError::MixedPeriods(err) => Some(err),
            EngineError::Define(err) => Some(err),
            EngineError::History(err) => Some(err),
            EngineError::NoInputs
            | EngineError::NothingReadable { .. }
            | EngineError::OwnWorkbooksOnly { .. }
            | EngineError::EditedWorkbook { .. }
            | EngineError::NoProgrammeDetected { .. }
            | EngineError::NotStored { .. }
            | EngineError::Definition { .. }
            | EngineError::Serialise(_) => None,
        }
    }
}

impl From<koonti_programme::ProgrammeError> for EngineError {
    fn from(err: koonti_programme::ProgrammeError) -> Self {
        EngineError::Programme(err)
    }
}

impl From<koonti_slides::SlidesError> for EngineError {
    fn from(err: koonti_slides::SlidesError) -> Self {
        EngineError::Slides(err)
    }
}

impl From<koonti_write::WriteError> for EngineError {
    fn from(err: koonti_write::WriteError) -> Self {
        EngineError::Write(err)
    }
}

impl From<koonti_template::TemplateError> for EngineError {
    fn from(err: koonti_template::TemplateError) -> Self {
        EngineError::Template(err)
    }
}

impl From<zip::result::ZipError> for EngineError {
    fn from(err: zip::result::ZipError) -> Self {
        EngineError::Zip(err)
    }
}

impl From<koonti_programme::Misfit> for EngineError {
    fn from(err: koonti_programme::Misfit) -> Self {
        EngineError::WrongProgramme(Box::new(err))
    }
}

impl From<koonti_consolidate::MixedPeriods> for EngineError {
    fn from(err: koonti_consolidate::MixedPeriods) -> Self {
        EngineError::MixedPeriods(err)
    }
}

impl From<koonti_history::HistoryError> for EngineError {
    fn from(err: koonti_history::HistoryError) -> Self {
        EngineError::History(err)
    }
}

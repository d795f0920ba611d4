//! Why the engine could not do what it was asked, as typed values worded
//! only when shown, by the message catalogue (`koonti_messages::Refusal`):
//! the engine formats no text a person reads.
pub use koonti_messages::Front;
use koonti_messages::{Edited, Refusal};
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
        cells: Vec<Edited>,
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
    /// A programme could not be written as TOML, or a step of a merge
    /// handed over by another worker ([`crate::Settled::from_bytes`],
    /// [`crate::outcomes_from_bytes`]) could not be read.
    Serialise(String),
}

impl EngineError {
    /// The error as the catalogue words it: plain data borrowed from it,
    /// an output that could not be built with its technical reason.
    pub fn refusal(&self) -> Refusal<'_> {
        match self {
            EngineError::NoInputs => Refusal::NoInputs,
            EngineError::NothingReadable { skipped } => Refusal::NothingReadable { skipped },
            EngineError::NoProgrammeDetected { bundled } => {
                Refusal::NoProgrammeDetected { bundled }
            }
            EngineError::Programme(err) => Refusal::Programme(err),
            EngineError::Stored { name, source } => Refusal::Stored { name, source },
            EngineError::WrongProgramme(misfit) => Refusal::WrongProgramme(misfit),
            EngineError::MixedPeriods(mixed) => Refusal::MixedPeriods(mixed),
            EngineError::OwnWorkbooksOnly { files } => Refusal::OwnWorkbooksOnly { files },
            EngineError::EditedWorkbook { name, cells } => Refusal::EditedWorkbook { name, cells },
            EngineError::History(err) => Refusal::History(err),
            EngineError::NotStored { name } => Refusal::NotStored { name },
            EngineError::Define(err) => Refusal::Define(err),
            EngineError::Definition { name, problems } => Refusal::Definition { name, problems },
            EngineError::Write(err) => Refusal::Failed {
                detail: err.to_string(),
            },
            EngineError::Slides(err) => Refusal::Failed {
                detail: err.to_string(),
            },
            EngineError::Template(err) => Refusal::Failed {
                detail: err.to_string(),
            },
            EngineError::Zip(err) => Refusal::Failed {
                detail: err.to_string(),
            },
            EngineError::Serialise(detail) => Refusal::Failed {
                detail: detail.clone(),
            },
        }
    }

    /// The error as the user reads it in `lang`, with what to do in
    /// `front`'s terms: the catalogue's wording of [`EngineError::refusal`].
    pub fn message(&self, lang: Lang, front: Front) -> String {
        self.refusal().message(lang, front)
    }
}

/// For logs and `?` in tests: the English sentence of the command line.
impl fmt::Display for EngineError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message(Lang::En, Front::CommandLine))
    }
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

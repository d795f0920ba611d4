//! Why the engine could not do what it was asked.
use std::fmt;

/// Why a merge, a rendering or a read-back failed. Problems with single
/// input files are no errors: they are findings in the report.
#[derive(Debug)]
pub enum EngineError {
    /// No input to merge.
    NoInputs,
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

impl fmt::Display for EngineError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            EngineError::NoInputs => write!(
                f,
                "no spreadsheet files (.xlsx .xlsm .xls .xlsb .ods) to merge"
            ),
            EngineError::NoProgrammeDetected { bundled } => write!(
                f,
                "could not tell which programme the files answer: no cell matches a measure of a bundled programme; name it with --programme FILE|ID (bundled: {})",
                bundled.join(", ")
            ),
            EngineError::Programme(err) => write!(f, "{err}"),
            EngineError::Write(err) => write!(f, "{err}"),
            EngineError::Slides(err) => write!(f, "{err}"),
            EngineError::Template(err) => write!(f, "{err}"),
            EngineError::Zip(err) => write!(f, "could not pack the templates: {err}"),
            EngineError::Stored { name, source } => write!(f, "{name}: {source}"),
            EngineError::WrongProgramme(misfit) => write!(f, "{misfit}"),
            EngineError::MixedPeriods(mixed) => write!(f, "{mixed}"),
            EngineError::OwnWorkbooksOnly { files } => {
                write!(f, "{}", crate::refusals::own_workbooks_only(files))
            }
            EngineError::EditedWorkbook { name, cells } => {
                const SHOWN: usize = 5;
                let more = cells.len().saturating_sub(SHOWN);
                let mut shown = cells
                    .iter()
                    .take(SHOWN)
                    .cloned()
                    .collect::<Vec<_>>()
                    .join(", ");
                if more > 0 {
                    shown.push_str(&format!(" ja {more} muuta"));
                }
                write!(
                    f,
                    "{name}: näkyviä soluja on muutettu niin, ettei muutoksia voi lukea korjauksiksi: {shown}; korjauksina luetaan vain Vastaukset-taulukon tila- ja tekstisarakkeet (tila asteikon vaihtoehtona), joten tee muutokset sinne tai tee liite vastaustiedostoista"
                )
            }
            EngineError::History(err) => write!(f, "{err}"),
            EngineError::NotStored { name } => {
                write!(f, "{name}: not a koonti report or consolidated workbook")
            }
            EngineError::Define(err) => write!(f, "{err}"),
            EngineError::Definition { name, problems } => {
                const SHOWN: usize = 3;
                let first: Vec<String> = problems
                    .iter()
                    .take(SHOWN)
                    .map(|p| p.message(koonti_model::Lang::Fi))
                    .collect();
                write!(f, "{name}: {}", first.join("; "))?;
                if problems.len() > SHOWN {
                    write!(
                        f,
                        " (ja {} muuta; koonti programme check {name} luettelee kaikki)",
                        problems.len() - SHOWN
                    )?;
                }
                Ok(())
            }
            EngineError::Serialise(reason) => write!(f, "TOML: {reason}"),
        }
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

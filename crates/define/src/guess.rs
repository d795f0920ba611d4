//! What a definition read from a spreadsheet or a form left to a guess,
//! and why a spreadsheet gives no programme: typed, worded in fi, sv and
//! en only when shown, by the message catalogue (`koonti_messages`).
use std::fmt;

/// Something the reader decided without the file saying it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Guess {
    /// The id was made from the title.
    IdFromTitle(String),
    /// A bundled id was named; another was made so as not to reuse it.
    IdNotBundled {
        /// The bundled id named.
        bundled: String,
        /// The id used.
        id: String,
    },
    /// Measure ids were numbered (section n . measure m).
    IdsNumbered,
    /// No sections: every measure in one section.
    OneSection,
    /// No answer columns: the default two mark columns.
    DefaultScale,
    /// The mark columns were found with these labels.
    MarkScale {
        /// "implemented | not implemented | text".
        labels: String,
    },
    /// A status column with these options.
    StatusScale {
        /// The column's label.
        label: String,
        /// The options, "; "-separated.
        options: String,
    },
    /// A status column listed no options: Ei aloitettu; Kesken; Valmis.
    DefaultOptions,
    /// Options were given (an options line or a scale sheet) and the table
    /// has no column for them: the templates add a choice column.
    StatusColumnAdded {
        /// The column's label.
        label: String,
        /// The options, "; "-separated.
        options: String,
    },
    /// No units sheet: no expected units.
    NoUnits,
    /// Units from the files that name them.
    UnitsFrom(usize),
    /// A column of its own with content was not used.
    IgnoredColumn(String),
    /// The organisation was taken from the title.
    OrganisationFromTitle,
    /// The unit label of the form.
    UnitLabel(String),
    /// The feedback heading of the form.
    Feedback(String),
}

impl Guess {
    /// True when the answer scale itself was guessed (no answer columns
    /// and no options given, or a status column without its options):
    /// a definition read so is not "fine" until someone has checked it.
    pub fn is_scale_guessed(&self) -> bool {
        matches!(self, Guess::DefaultScale | Guess::DefaultOptions)
    }
}

/// Why a spreadsheet gives no programme.
#[derive(Debug)]
pub enum DefineError {
    /// The file is no workbook koonti can read.
    Read {
        /// The file.
        file: String,
        /// What ingest said (boxed: it is large, and rare).
        source: Box<koonti_ingest::ReadError>,
    },
    /// The file is a consolidated workbook koonti wrote, not a definition.
    KoontiWorkbook {
        /// The file.
        file: String,
    },
    /// No sheet has a table with a measure column.
    NoTable {
        /// The file.
        file: String,
    },
    /// Two measures have one id.
    DuplicateId {
        /// The id.
        id: String,
        /// The two cells.
        cells: [String; 2],
    },
    /// Two measures have one text.
    DuplicateText {
        /// The text.
        text: String,
        /// The two cells.
        cells: [String; 2],
    },
    /// The definition breaks a rule of the format.
    Invalid(Box<koonti_programme::ProgrammeError>),
    /// The scale the file gives has fewer than 2 or more than 6 options.
    ScaleSize {
        /// The file.
        file: String,
        /// Where the options are: a cell ("Ohjelma!A3") or a sheet.
        at: String,
        /// The options given.
        options: Vec<String>,
    },
}

/// For logs and developers: terse English. The secretary reads the
/// message catalogue's wording (`koonti_messages`).
impl fmt::Display for DefineError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DefineError::Read { file, source } => write!(f, "{file}: cannot read: {source}"),
            DefineError::KoontiWorkbook { file } => {
                write!(f, "{file}: a consolidated workbook, not a definition")
            }
            DefineError::NoTable { file } => write!(f, "{file}: no programme table"),
            DefineError::DuplicateId { id, cells } => {
                write!(f, "measure id {id} twice ({} and {})", cells[0], cells[1])
            }
            DefineError::DuplicateText { text, cells } => {
                write!(f, "measure {text:?} twice ({} and {})", cells[0], cells[1])
            }
            DefineError::Invalid(err) => write!(f, "invalid definition: {err}"),
            DefineError::ScaleSize { file, at, options } => {
                write!(f, "{file}, {at}: {} scale options", options.len())
            }
        }
    }
}

impl std::error::Error for DefineError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            DefineError::Read { source, .. } => Some(source.as_ref()),
            DefineError::Invalid(err) => Some(err.as_ref()),
            _ => None,
        }
    }
}

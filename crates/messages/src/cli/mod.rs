//! Every message the command line and koonti.exe print, as a typed
//! [`Message`] worded in the user's language only when shown, one table
//! per language (`fi.rs`, `sv.rs`, `en.rs`), each an exhaustive `match`: a
//! new message without a wording in some language does not compile. A new
//! subcommand adds its variants here and one arm to each table. Counts go
//! through [`crate::count`], so "1 vastaus" and "2 vastausta" are right.
mod en;
mod fi;
mod programme;
mod sv;
#[cfg(test)]
mod tests;

pub use programme::ProgrammeSaid;

use crate::SystemReason;
use koonti_history::HistoryError;
use koonti_model::Lang;

/// Something the command line tells its user. Paths are as the user gave
/// them (never a temporary file's); `os` is the operating system's own
/// text, shown in parentheses after ours.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Message {
    // --- Inputs --------------------------------------------------------
    /// None of the given paths exists.
    InputsNotFound {
        /// The paths as given.
        paths: Vec<String>,
    },
    /// The paths exist but hold no file (but the system's own).
    NoSpreadsheets {
        /// The paths as given.
        paths: Vec<String>,
    },
    /// A file koonti has to read could not be read.
    InputUnreadable {
        /// The file.
        file: String,
        /// The system's reason.
        os: SystemReason,
    },
    /// Why a given path is not among the inputs: it does not exist (the
    /// reason in its finding, after "could not be read:").
    PathMissing,
    /// Why a folder's files are not among the inputs: it cannot be listed.
    FolderUnlisted {
        /// The system's reason.
        os: SystemReason,
    },

    // --- Programme and refusals ----------------------------------------
    /// The engine refused or failed, worded by this catalogue
    /// ([`crate::Refusal`]) in fi, sv and en when the error was caught (its
    /// error holds the readers', which cannot be cloned).
    Engine {
        /// The sentence per language: fi, sv, en.
        texts: Box<[String; 3]>,
    },
    /// The file is no koonti report.
    NotStored {
        /// The file.
        file: String,
    },
    /// The county's template given with `--slides-theme` gives no theme.
    SlidesTheme {
        /// The template file.
        file: String,
    },

    // --- Outputs -------------------------------------------------------
    /// The output is open in another program (a sharing violation).
    OutputLocked {
        /// The output file.
        file: String,
    },
    /// The output exists and is read-only.
    OutputReadOnly {
        /// The output file.
        file: String,
    },
    /// The output would overwrite one of the inputs.
    OutputIsInput {
        /// The output file.
        file: String,
    },
    /// The output's folder cannot be written to.
    FolderNotWritable {
        /// The folder.
        folder: String,
        /// The output file.
        file: String,
        /// The system's reason.
        os: SystemReason,
    },
    /// The output's folder does not exist.
    FolderMissing {
        /// The folder.
        folder: String,
        /// The output file.
        file: String,
    },
    /// The output's folder could not be created.
    FolderNotCreated {
        /// The folder.
        folder: String,
        /// The system's reason.
        os: SystemReason,
    },
    /// The output could not be written for another reason.
    OutputFailed {
        /// The output file.
        file: String,
        /// The system's reason.
        os: SystemReason,
    },
    /// Standard output could not be written.
    StdoutFailed {
        /// The system's reason.
        os: SystemReason,
    },
    /// An output name whose extension koonti cannot write there.
    BadExtension {
        /// The option (`-o`, `--json`, `--html`).
        option: String,
        /// The file name given.
        file: String,
        /// The extension given (`None`: no extension).
        asked: Option<String>,
        /// What it can write there.
        allowed: Vec<OutputKind>,
    },

    // --- Arguments (clap's errors, in our words) ------------------------
    /// An option koonti does not have.
    UnknownOption {
        /// The option as typed.
        option: String,
    },
    /// A subcommand koonti does not have (and no such file or folder).
    UnknownCommand {
        /// The word as typed.
        name: String,
        /// koonti's subcommands.
        commands: Vec<String>,
    },
    /// A required argument is missing.
    MissingArgument {
        /// The argument (e.g. `<INPUT>` or `--programme`).
        argument: String,
    },
    /// An option needs a value and got none.
    MissingValue {
        /// The option.
        option: String,
    },
    /// An option's value is not one koonti accepts.
    InvalidValue {
        /// The option.
        option: String,
        /// The value given.
        value: String,
    },
    /// An option given twice, or an argument too many.
    UnexpectedArgument {
        /// The argument as typed.
        argument: String,
    },
    /// A language koonti does not speak (`--lang`, `KOONTI_LANG`).
    UnknownLanguage {
        /// The value given.
        value: String,
    },
    /// Any other argument error, with clap's own text.
    BadArguments {
        /// clap's text.
        detail: String,
    },

    // --- What was done ---------------------------------------------------
    /// `koonti merge` wrote the workbook.
    MergeSummary {
        /// The programme id.
        programme: String,
        /// Responses read.
        responses: usize,
        /// Units expected.
        expected: usize,
        /// Units missing.
        missing: usize,
        /// Findings per severity: error, warning, info.
        findings: [usize; 3],
        /// The output written.
        output: String,
        /// An earlier file of that name was replaced.
        replaced: bool,
        /// Where the programme inferred from the files was written, when
        /// no definition fitted them (boxed: it keeps the message small).
        inferred: Option<Box<str>>,
    },
    /// `--slides`: the presentation was written.
    SlidesWritten {
        /// The file.
        file: String,
    },
    /// `koonti appendix` wrote its files.
    AppendixSummary {
        /// The programme id.
        programme: String,
        /// Responses in the report.
        responses: usize,
        /// Actions in the programme.
        actions: usize,
        /// Corrections read from the workbook.
        corrections: usize,
        /// The files written.
        written: Vec<String>,
    },
    /// `koonti template` wrote the templates.
    TemplateSummary {
        /// The programme id.
        programme: String,
        /// Templates written (one is the blank one).
        templates: usize,
        /// The folder.
        folder: String,
    },
    /// Drop mode: the files written beside what was dropped.
    DropWritten {
        /// The workbook.
        workbook: String,
        /// The appendix page.
        appendix: String,
        /// The committee's presentation.
        slides: String,
    },
    /// The console's group of findings about the whole merge.
    ConsoleWholeMerge,
    /// The console's group of files no unit was found for.
    ConsoleOtherFiles,
    /// After a unit's first lines on the console: how many more there are,
    /// and where.
    ConsoleMore {
        /// The lines not shown.
        count: usize,
    },
    /// The heading of the missing units on the console.
    ConsoleMissing {
        /// How many units are missing.
        count: usize,
    },
    /// Every expected unit answered.
    ConsoleNoneMissing,
    /// Drop mode: the heading before what the units should fix.
    DropToFix,
    /// Drop mode: nothing to fix.
    DropNothingToFix,
    /// The progress bar's words; `{pos}` and `{len}` are filled in by it.
    Progress,
    /// Started with no arguments (a double-click): what to do.
    NoArguments,
    /// Asks to press Enter before the console window closes.
    PressEnter,

    // --- A programme inferred from the files (issue 13) -----------
    /// The programme inferred from the files was written for the next
    /// round.
    ProgrammeInferredWritten {
        /// Its measures.
        measures: usize,
        /// Its units.
        units: usize,
        /// Where it was written.
        path: String,
    },
    /// `koonti template` without `--period`: the current year is used.
    PeriodDefaulted {
        /// The year.
        year: String,
    },

    // --- koonti compare and merge --previous -------------------------
    /// What `koonti compare` and `koonti merge --previous` say of their
    /// inputs and outputs.
    Compare(CompareMessage),
    /// A comparison the engine refused: two inputs of one period, a
    /// period that cannot be told, different programmes.
    History(HistoryError),
}

/// A kind of output file, named in [`Message::BadExtension`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OutputKind {
    /// `.xlsx`, a workbook.
    Xlsx,
    /// `.json`, the report.
    Json,
    /// `.html`, a web page.
    Html,
    /// `.pptx`, a presentation.
    Pptx,
    /// `.toml`, a programme definition.
    Toml,
}

impl Message {
    /// The message in `lang`.
    pub fn text(&self, lang: Lang) -> String {
        match lang {
            Lang::Fi => fi::text(self),
            Lang::Sv => sv::text(self),
            Lang::En => en::text(self),
        }
    }
}

/// What `koonti compare` and `koonti merge --previous` say, in fi, sv, en.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CompareMessage {
    /// An input that is neither a folder, a spreadsheet nor a JSON report.
    NotAReport {
        /// The input as given.
        input: String,
    },
    /// An input that could not be read.
    Unreadable {
        /// The input as given.
        input: String,
        /// The system's reason.
        reason: SystemReason,
    },
    /// Responses of several periods in one input, one of them of no period.
    Undated {
        /// The input as given.
        input: String,
        /// The file whose period cannot be told.
        file: String,
        /// The periods of the other files.
        periods: Vec<String>,
    },
    /// What was written: the periods and the changes of the last step.
    Written {
        /// The programme id.
        programme: String,
        /// The periods, oldest first.
        periods: Vec<String>,
        /// Improved, regressed, unchanged, new and dropped answers between
        /// the last two periods.
        counts: [usize; 5],
        /// The outputs written.
        outputs: Vec<String>,
    },
}

impl CompareMessage {
    /// The message as one line in `lang`.
    pub fn text(&self, lang: Lang) -> String {
        match lang {
            Lang::Fi => fi::compare(self),
            Lang::Sv => sv::compare(self),
            Lang::En => en::compare(self),
        }
    }
}

//! [`FindingCode`]: what koonti noticed, each variant with what its
//! sentence names, and its stable machine code.
use super::{FileProblem, Limit, SheetKind};
use crate::Period;
use serde::{Deserialize, Serialize};

/// What koonti noticed. Each variant carries what its sentence names; where
/// it was noticed (file, sheet, cell, unit) is on the [`Finding`].
///
/// Texts copied from a response (`text`, `header`) are already cut to a
/// short snippet by the reader.
///
/// Exhaustive on purpose: the message catalogue (`koonti-messages`) words
/// every variant in a `match` of its own, so a new variant without its
/// wording does not compile.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "code", rename_all = "snake_case")]
pub enum FindingCode {
    /// koonti's own template names another programme than the one read by.
    ProgrammeMismatch {
        /// The programme id the template was made for.
        template: String,
        /// The programme id the answers are read by.
        programme: String,
    },
    /// A row that matched no measure of the programme.
    UnknownMeasure {
        /// The row's first cell.
        text: String,
    },
    /// A row that matched two measures equally well.
    AmbiguousMeasure {
        /// The row's measure text.
        text: String,
        /// The measure used.
        measure: String,
        /// The other, equally good measure.
        rival: String,
    },
    /// A measure text that differs from the programme's.
    EditedMeasureText {
        /// The measure id.
        measure: String,
        /// How similar the texts are, in whole percent.
        similarity: u32,
    },
    /// A measure answered twice in one response.
    DuplicateMeasure {
        /// The measure id.
        measure: String,
    },
    /// Text in a mark column that is no mark.
    MarkNotRecognised {
        /// The column's header.
        header: String,
        /// What was written.
        text: String,
    },
    /// A status that is no option of the programme's scale.
    StatusNotRecognised {
        /// What was written.
        text: String,
    },
    /// Both "implemented" and "not implemented" marked.
    BothMarked {
        /// The measure id.
        measure: String,
    },
    /// Text written for a measure without a status.
    TextWithoutMark {
        /// The measure id.
        measure: String,
    },
    /// A cell names another unit than the file was already named for.
    ConflictingUnit {
        /// The unit the cell names.
        named: String,
        /// The unit kept.
        current: String,
    },
    /// A non-empty cell that matched nothing.
    UnmatchedCell {
        /// The cell's text.
        text: String,
    },
    /// No answer table found in a file.
    NoTable,
    /// No unit found in a file, its sheet names or its file name.
    UnitNotFound,
    /// A unit that is not one of the programme's expected units.
    UnknownUnit {
        /// The unit's name as written.
        unit: String,
        /// Where the name was found.
        found_in: String,
    },
    /// A unit returned more than one response; this one was not used.
    DuplicateResponse {
        /// The unit.
        unit: String,
        /// The file that was used.
        used: String,
    },
    /// A programme measure missing from a response.
    MeasureMissing {
        /// The measure id.
        measure: String,
    },
    /// An input argument that could not be read or listed.
    InputNotFound {
        /// The system's reason.
        reason: String,
    },
    /// A workbook written by koonti itself among the inputs.
    KoontiOutputSkipped,
    /// A file returned blank (no mark, status, text, feedback or support
    /// request): no response, its unit stays missing.
    BlankResponse,
    /// A file of another period than the one chosen with `--period`; left out.
    OtherPeriod {
        /// The file's period.
        period: Period,
        /// The period chosen.
        chosen: Period,
    },
    /// The status column of the period being reported is blank on this row
    /// while an earlier period's column is filled: the measure is
    /// unanswered for this period, and the earlier value stays with the
    /// answer as an earlier status, never its status now.
    CurrentStatusBlank {
        /// The header of the blank column ("TILA Q2/2025").
        column: String,
        /// The header of the earlier column that is filled.
        earlier_column: String,
        /// The earlier value as written.
        earlier: String,
    },
    /// A status that is not on the programme's scale: counted unanswered.
    StatusOutsideScale {
        /// The measure id.
        measure: String,
        /// The status read.
        status: String,
    },
    /// An answer the secretary corrected on the Vastaukset sheet of a
    /// consolidated workbook; the correction is used.
    CorrectedInWorkbook {
        /// The measure id.
        measure: String,
        /// The status before and after, when it changed.
        status: Option<(String, String)>,
        /// True when the text changed.
        text: bool,
    },
    // --- issue #13: a programme inferred from the returned files ---
    /// No definition fitted: the programme was inferred from the files.
    ProgrammeInferred {
        /// The id it was given.
        programme: String,
        /// Its measures.
        measures: u32,
        /// The files it was inferred from.
        files: u32,
    },
    // --- issue #20: a guessed scale yields to the returns ---
    /// The programme's definition did not say its answer scale (koonti
    /// guessed it); the returned files' own header rows and values did,
    /// and they were read by that scale.
    ScaleFromReturns {
        /// The scale's columns or options as the files give them.
        scale: String,
    },
    /// A file that could not be read as a workbook.
    UnreadableFile {
        /// Why.
        problem: FileProblem,
    },
    /// A file too large to read safely.
    FileTooLarge {
        /// Which limit it passed.
        limit: Limit,
    },
    // ── The status scale as units type it (issue 11) ──
    /// A status read by koonti's own status words, or with dates, ticks or
    /// a comment after it tolerated ("Käynnissä" as "Kesken").
    StatusWordRead {
        /// What was written.
        text: String,
        /// The option it was read as (its label).
        status: String,
    },
    /// A status that names more than one option, or negates one ("Valmis /
    /// osittain kesken", two option columns marked): no status is given,
    /// the text is kept.
    AmbiguousStatus {
        /// What was written.
        text: String,
        /// The options it names (their labels).
        options: Vec<String>,
    },
    // --- Real-world files (issue 11, part 2) ---
    /// A sheet that is no worksheet (a chart sheet, an Excel 4 macro sheet,
    /// a dialog sheet): it holds no cells to read, the worksheets are read.
    SheetNotRead {
        /// The sheet.
        sheet: String,
        /// What it is.
        kind: SheetKind,
    },
    /// A sheet of the committee workbook longer than Excel allows: cut, the
    /// JSON keeps every row.
    SheetCut {
        /// The sheet of the committee workbook.
        sheet: String,
        /// The rows it would have had.
        rows: u64,
        /// The rows written.
        written: u64,
    },
    /// A cell outside the tables that names a measure, kept with that
    /// measure's answer.
    NoteKeptWithAnswer {
        /// The measure id.
        measure: String,
        /// The start of the note.
        text: String,
    },
    /// More cells of one sheet matched nothing than get a finding each:
    /// every one is listed among the unmatched cells, this says how many
    /// more there are.
    MoreUnmatchedCells {
        /// The cells without a finding of their own.
        count: u64,
    },
    /// A sheet with more non-empty cells than koonti reads from one sheet
    /// (issue 22): its first cells, row by row, were read; the rest are
    /// counted here, not read.
    CellsNotRead {
        /// The sheet.
        sheet: String,
        /// The cells read.
        read: u64,
        /// The cells past the limit, not read.
        rest: u64,
    },
    /// A sheet of a file whose earlier sheets took part of the cells
    /// koonti reads from one file (issue 22): its first cells, as many as
    /// were left, were read; the rest are counted here, not read.
    FileCellsNotRead {
        /// The sheet.
        sheet: String,
        /// The cells read.
        read: u64,
        /// The cells past the file's limit, not read.
        rest: u64,
        /// The most cells read from one file.
        max: u64,
    },
    // --- end of issue 11, part 2 ---
    // --- issue 21: every input accounted for ---
    /// A file byte for byte the same as another input (same SHA-256): one
    /// response, read once; this one is named as its copy.
    IdenticalCopy {
        /// The file read in its place.
        of: String,
    },
    // --- issue 22: values kept exact ---
    /// A number in a cell with a date or time format that is no date
    /// (before 1900 or after 9999): read as the number, its format named.
    NumberNotADate {
        /// The number as read.
        number: String,
        /// The cell's format code (`m/d/yy`), empty when the file's format
        /// does not tell it.
        format: String,
    },
    /// A finding read back from an older report that kept only its code and
    /// its sentence: shown as written, whatever the language.
    #[serde(skip)]
    Recorded {
        /// The stable code.
        code: String,
        /// The sentence as written.
        message: String,
    },
    // --- The follow-up across periods (`koonti compare`, `--previous`). ---
    /// A measure whose text a later programme version changed (same id).
    MeasureRenamed {
        /// The measure id.
        measure: String,
        /// The earlier period.
        from_period: Period,
        /// The later period.
        to_period: Period,
    },
    /// A measure a later programme version added: no answers before it.
    MeasureAdded {
        /// The measure id.
        measure: String,
        /// The first period with the measure.
        period: Period,
    },
    /// A measure a later programme version removed: no answers after it.
    MeasureRemoved {
        /// The measure id.
        measure: String,
        /// The first period without the measure.
        period: Period,
    },
}

impl FindingCode {
    /// The reader's own text of a file it could not read (English, for
    /// the JSON's `detail`), when the finding carries one.
    pub fn reader_detail(&self) -> Option<&str> {
        match self {
            FindingCode::UnreadableFile {
                problem:
                    FileProblem::Io { detail }
                    | FileProblem::Open { detail }
                    | FileProblem::Sheet { detail, .. }
                    | FileProblem::Internal { detail },
            } => Some(detail),
            _ => None,
        }
    }

    /// The stable machine code, e.g. `both_marked` (the JSON `code`).
    pub fn code(&self) -> &str {
        match self {
            FindingCode::ProgrammeMismatch { .. } => "programme_mismatch",
            FindingCode::UnknownMeasure { .. } => "unknown_measure",
            FindingCode::AmbiguousMeasure { .. } => "ambiguous_measure",
            FindingCode::EditedMeasureText { .. } => "edited_measure_text",
            FindingCode::DuplicateMeasure { .. } => "duplicate_measure",
            FindingCode::MarkNotRecognised { .. } => "mark_not_recognised",
            FindingCode::StatusNotRecognised { .. } => "status_not_recognised",
            FindingCode::BothMarked { .. } => "both_marked",
            FindingCode::TextWithoutMark { .. } => "text_without_mark",
            FindingCode::ConflictingUnit { .. } => "conflicting_unit",
            FindingCode::UnmatchedCell { .. } => "unmatched_cell",
            FindingCode::NoTable => "no_table",
            FindingCode::UnitNotFound => "unit_not_found",
            FindingCode::UnknownUnit { .. } => "unknown_unit",
            FindingCode::DuplicateResponse { .. } => "duplicate_response",
            FindingCode::MeasureMissing { .. } => "measure_missing",
            FindingCode::InputNotFound { .. } => "input_not_found",
            FindingCode::KoontiOutputSkipped => "koonti_output_skipped",
            FindingCode::BlankResponse => "blank_response",
            FindingCode::OtherPeriod { .. } => "other_period",
            FindingCode::StatusOutsideScale { .. } => "status_outside_scale",
            FindingCode::CurrentStatusBlank { .. } => "current_status_blank",
            FindingCode::CorrectedInWorkbook { .. } => "corrected_in_workbook",
            FindingCode::ProgrammeInferred { .. } => "programme_inferred",
            FindingCode::ScaleFromReturns { .. } => "scale_from_returns",
            FindingCode::UnreadableFile { .. } => "unreadable_file",
            FindingCode::FileTooLarge { .. } => "file_too_large",
            FindingCode::SheetNotRead { .. } => "sheet_not_read",
            FindingCode::SheetCut { .. } => "sheet_cut",
            FindingCode::NoteKeptWithAnswer { .. } => "note_kept_with_answer",
            FindingCode::MoreUnmatchedCells { .. } => "more_unmatched_cells",
            FindingCode::IdenticalCopy { .. } => "identical_copy",
            FindingCode::NumberNotADate { .. } => "number_not_a_date",
            FindingCode::CellsNotRead { .. } => "cells_not_read",
            FindingCode::FileCellsNotRead { .. } => "file_cells_not_read",
            FindingCode::Recorded { code, .. } => code,
            FindingCode::StatusWordRead { .. } => "status_word_read",
            FindingCode::AmbiguousStatus { .. } => "ambiguous_status",
            FindingCode::MeasureRenamed { .. } => "measure_renamed",
            FindingCode::MeasureAdded { .. } => "measure_added",
            FindingCode::MeasureRemoved { .. } => "measure_removed",
        }
    }
}

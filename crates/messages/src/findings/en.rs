//! English wording of the findings.
use koonti_model::{FileKind, FileProblem, FindingCode, Limit, ReaderFault, SheetKind};

const L: koonti_model::Lang = koonti_model::Lang::En;

/// `code` as one English sentence.
pub(super) fn message(code: &FindingCode) -> String {
    match code {
        FindingCode::ProgrammeMismatch { template, programme } => format!(
            "The form was made for the programme “{template}”, but the answers are read according to the programme “{programme}”."
        ),
        FindingCode::UnknownMeasure { text } => format!(
            "The row “{text}” was not recognised as a measure of the programme; the row's cells are listed as unmatched."
        ),
        FindingCode::AmbiguousMeasure { text, measure, rival } => format!(
            "The row “{text}” fits measures {measure} and {rival} equally well; measure {measure} was used."
        ),
        FindingCode::EditedMeasureText { measure, similarity } => format!(
            "The text of measure {measure} differs from the programme's text (similarity {similarity}%)."
        ),
        FindingCode::DuplicateMeasure { measure } => format!(
            "Measure {measure} appears twice in the response; the first answer was used and the cells of this row are listed as unmatched."
        ),
        FindingCode::MarkNotRecognised { header, text } => format!(
            "The column “{header}” contains “{text}”, which was not read as a mark; the text has been kept as additional information on the answer."
        ),
        FindingCode::StatusNotRecognised { text } => format!(
            "The status “{text}” was not recognised as an option of the scale; the text has been kept as additional information on the answer."
        ),
        FindingCode::BothMarked { measure } => format!(
            "Measure {measure} is marked both as implemented and as not implemented; it has been read as partially implemented."
        ),
        FindingCode::TextWithoutMark { measure } => format!(
            "Text has been written for measure {measure}, but no status has been marked; the text has been kept."
        ),
        FindingCode::ConflictingUnit { named, current } => format!(
            "The cell names the unit “{named}”, but the file has already been assigned to the unit “{current}”; “{current}” was used."
        ),
        FindingCode::UnmatchedCell { text } => format!(
            "The cell's content “{text}” could not be matched to any measure; it is listed as unmatched."
        ),
        FindingCode::NoTable => "No answer table (a header row with measure and mark columns) was found in the file; its cells are listed as unmatched.".to_string(),
        FindingCode::UnitNotFound => "The responding unit was not found in the file, the sheet names or the file name; the file name has been recorded as the unit.".to_string(),
        FindingCode::UnknownUnit { unit, found_in } => format!(
            "The unit “{unit}” ({found_in}) is not one of the programme's expected respondents; the response has been included under its own name."
        ),
        FindingCode::DuplicateResponse { unit, used } => format!(
            "The unit “{unit}” sent more than one response; the newer file “{used}” was used. The answers in this file are listed as unmatched."
        ),
        FindingCode::MeasureMissing { measure } => {
            format!("Measure {measure} is missing from the response; it has been marked as unanswered.")
        }
        FindingCode::InputNotFound { reason } => format!("The input could not be read: {reason}."),
        FindingCode::KoontiOutputSkipped => {
            "The file is an output of koonti itself, not a unit's response; it was skipped.".to_string()
        }
        FindingCode::BlankResponse => "The file was returned blank: no marks, text, feedback or support request. It was not counted as a response.".to_string(),
        FindingCode::OtherPeriod { period, chosen } => format!(
            "The file is for the period {period}, not {chosen}; it was left out of the report."
        ),
        FindingCode::CurrentStatusBlank {
            column,
            earlier_column,
            earlier,
        } => format!(
            "This period's column “{column}” is blank; the measure has been left unanswered for this period. The earlier period's status “{earlier}” (column “{earlier_column}”) has been kept as the answer's earlier status, not as its status now."
        ),
        FindingCode::StatusOutsideScale { measure, status } => format!(
            "The status \"{status}\" of measure {measure} is not on the programme's scale; counted as unanswered, text kept."
        ),
        FindingCode::ScaleFromReturns { scale } => format!(
            "The programme definition did not give its answer scale, so the answers were read by the returned files' own scale: {scale}. Add the scale to the programme so that it need not be inferred."
        ),
        FindingCode::ProgrammeInferred {
            programme,
            measures,
            files,
        } => format!("No programme fitted the responses, so programme {programme} was inferred from {}: {}, each in its most common wording. Check it and give it with --programme next time.", crate::count(L, *files as usize, crate::Noun::File), if *measures == 1 { "1 measure".to_string() } else { format!("{measures} measures") }),
        FindingCode::CorrectedInWorkbook {
            measure,
            status,
            text,
        } => {
            let mut changed: Vec<String> = status
                .iter()
                .map(|(before, after)| {
                    format!(
                        "status ”{}” → ”{}”",
                        super::status_word(before, L),
                        super::status_word(after, L)
                    )
                })
                .collect();
            if *text {
                changed.push("text".to_string());
            }
            format!(
                "The answer to measure {measure} was corrected in the workbook ({}); the correction is used.",
                changed.join(", ")
            )
        }
        FindingCode::UnreadableFile { problem } => unreadable(problem),
        FindingCode::FileTooLarge { limit } => format!(
            "The file is too large to be read safely: {}. It has been left out.",
            limit_passed(limit)
        ),
        // --- Real-world files (issue 11, part 2) ---
        FindingCode::SheetNotRead { sheet, kind } => format!(
            "The sheet ”{sheet}” is {}, not a worksheet; it has no cells to read. The file's worksheets were read.",
            match kind {
                SheetKind::Chart => "a chart sheet",
                SheetKind::Macro => "an Excel 4 macro sheet",
                SheetKind::Dialog => "a dialog sheet",
                SheetKind::Vba => "a VBA module",
            }
        ),
        FindingCode::SheetCut { sheet, rows, written } => format!(
            "The merge's sheet ”{sheet}” would have {rows} rows, more than Excel allows; the first {written} were written to the workbook, the JSON report has them all."
        ),
        FindingCode::NoteKeptWithAnswer { measure, text } => format!(
            "The note ”{text}” outside the tables is about measure {measure}; it was kept with that answer as an extra."
        ),
        FindingCode::MoreUnmatchedCells { count } => format!(
            "The sheet has more cells that could not be placed: {count}; every one is listed as unmatched."
        ),
        FindingCode::CellsNotRead { sheet, read, rest } => format!(
            "The sheet ”{sheet}” has more cells than are read from one sheet: its first {read} cells were read, {rest} more were not."
        ),
        FindingCode::FileCellsNotRead {
            sheet,
            read,
            rest,
            max,
        } => format!(
            "At most {max} cells are read from one file, and its earlier sheets already took some of them: of the sheet ”{sheet}”, the first {read} cells were read, {rest} more were not."
        ),
        // --- end of issue 11, part 2 ---
        FindingCode::IdenticalCopy { of } => format!(
            "The file is byte for byte the same as “{of}”; it was read once, and this one is its copy."
        ),
        FindingCode::NumberNotADate { number, format } if format.is_empty() => format!(
            "The number {number} is in a cell with a date or time format but is no date; it was read as a number."
        ),
        FindingCode::NumberNotADate { number, format } => format!(
            "The number {number} is in a cell with the date or time format “{format}” but is no date; it was read as a number."
        ),
        FindingCode::Recorded { message, .. } => message.clone(),
        // ── The status scale as units type it (issue 11) ──
        FindingCode::StatusWordRead { text, status } => format!(
            "The status “{text}” was read as the option “{status}”."
        ),
        FindingCode::AmbiguousStatus { text, options } => format!(
            "The status “{text}” is ambiguous ({}); the measure was left unanswered and the text kept with the answer.",
            if options.is_empty() { "a negation names no option".to_string() } else { format!("options named: {}", options.join(", ")) }
        ),
        FindingCode::MeasureRenamed {
            measure,
            from_period,
            to_period,
        } => format!(
            "The text of measure {measure} changed between programme versions ({from_period} → {to_period}); answers are compared by the id {measure}, so check that it is the same measure."
        ),
        FindingCode::MeasureAdded { measure, period } => format!(
            "Measure {measure} was added to the programme in {period}; there are no answers to it from earlier periods."
        ),
        FindingCode::MeasureRemoved { measure, period } => format!(
            "Measure {measure} was removed from the programme in {period}; there are no answers to it after that."
        ),
    }
}

fn unreadable(problem: &FileProblem) -> String {
    match problem {
        FileProblem::Io { detail } => format!("The file could not be read from disk ({detail})."),
        FileProblem::NotAWorkbook { file_kind } => {
            format!("The file could not be read: it is {}.", kind(*file_kind))
        }
        FileProblem::Open { detail } => {
            format!("The file could not be opened as a spreadsheet; it may be damaged ({detail}).")
        }
        FileProblem::Sheet { sheet, detail } => {
            format!("The sheet “{sheet}” could not be read ({detail}); the file has been left out.")
        }
        FileProblem::Internal { detail } => format!(
            "Reading the file failed; the file may be damaged ({detail}). It has been left out."
        ),
    }
}

fn limit_passed(limit: &Limit) -> String {
    match limit {
        Limit::FileBytes { size, max } => format!("{size} bytes (limit {max})"),
        Limit::Unpacked {
            packed,
            unpacked,
            max,
        } => format!("{packed} bytes packed, {unpacked} bytes unpacked (limit {max})"),
        Limit::Cells { sheet, max } => format!("over {max} cells (sheet {sheet:?})"),
        Limit::Grid {
            sheet,
            rows,
            cols,
            max,
        } => format!(
            "sheet {sheet:?} spans {rows} rows × {cols} columns (limit {max} cells in the whole file)"
        ),
    }
}

pub(super) fn kind(kind: FileKind) -> &'static str {
    match kind {
        FileKind::Xlsx | FileKind::Xlsb | FileKind::Ods | FileKind::Xls => "a spreadsheet file",
        FileKind::Encrypted => {
            "a password-protected file; ask the unit for a version without a password"
        }
        FileKind::Word => "a Word document, not an Excel spreadsheet",
        FileKind::OtherZip => "a zip archive without a workbook",
        FileKind::CorruptZip => "a damaged or truncated file",
        FileKind::Pdf => "a PDF file, not an Excel spreadsheet",
        FileKind::Html => {
            "an HTML page (for example a survey tool's export), not an Excel spreadsheet"
        }
        FileKind::Text => "a text or CSV file, not an Excel spreadsheet",
        FileKind::Empty => "an empty file (0 bytes)",
        FileKind::Unknown => "an unknown file format",
        FileKind::Image => "a picture, not an Excel spreadsheet",
        FileKind::Email => "an e-mail without an Excel attachment",
        FileKind::OutlookMessage => {
            "an Outlook message (.msg); open it in Outlook, save the attachments (File > Save Attachments) and give them to koonti"
        }
        FileKind::EmptyWorkbook => "an empty workbook without a single filled cell",
        FileKind::ExcelLock => {
            "an Excel lock file (~$), left by Excel beside an open workbook; it is no response"
        }
    }
}

/// A reader's fault in English, after a colon.
pub(super) fn fault(fault: ReaderFault) -> &'static str {
    match fault {
        ReaderFault::Container => "the structure of the old Excel file (.xls) is broken",
        ReaderFault::Content => "its content is broken or incomplete",
        ReaderFault::Package => "the file's packing is broken",
        ReaderFault::CutShort => "the file ends too early",
    }
}

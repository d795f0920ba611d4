//! Domain types shared by every koonti crate.
//!
//! Data flows one way through koonti: a [`Programme`] definition says what was
//! asked, readers turn each returned workbook into a [`UnitResponse`], the
//! consolidator folds the responses into one [`Report`], and writers render
//! that report. The `Report` type *is* the JSON contract documented in
//! `docs/json-contract.md`: change it only together with that document.
#![warn(missing_docs)]

pub mod accounts;
mod finding;
mod history;
mod lang;
mod period;
mod programme;
mod report;
mod response;
mod status;
mod stored;
mod stored_answers;
mod timestamp;

pub use finding::{
    ENGLISH_WORDS, FileKind, FileProblem, Finding, FindingCode, Limit, ReaderFault, Severity,
    SheetKind, Wording, english_words,
};
pub use history::{
    ChangeKind, History, HistoryChange, HistoryRow, MeasureChange, MeasureChangeKind,
};
pub use lang::Lang;
pub use period::{Period, PeriodError, ReportPeriod};
pub use programme::{
    AnswerScale, FeedbackSection, Measure, Programme, ScaleChoice, ScaleLayout, Section,
    StatusOption, Unit,
};
pub use report::{
    Answer, EMBEDDED_CHUNK_CHARS, EMBEDDED_REPORT_SHEET, Feedback, ProgrammeRef, Report,
    ResponseEntry, SourceFile, SupportRequest, Unmatched,
};
pub use response::{ExtraField, ExtraKind, FieldText, RawAnswer, Source, UnitName, UnitResponse};
pub use status::{Status, StatusClass};
pub use stored::{StoredReport, StoredReportError, WordedReport};
pub use timestamp::Timestamp;

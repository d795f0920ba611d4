//! The consolidated workbook for the committee, one module per sheet family
//! (with *Kehitys* after the summary when the report has a history).
mod actions;
mod chart;
mod embed;
mod fit;
pub(crate) mod highlights_sheet;
mod line_count;
mod lists;
mod matrix;
mod progress;
mod sheet;
mod summary;
mod tables;

use crate::labels::Labels;
use crate::{ReportWriter, WriteError};
pub(crate) use fit::{
    LINE_POINTS, Pages, RepeatedLines, fit_header_row, fit_lines, fit_row, page_points,
    wrapped_lines,
};
use koonti_model::{Lang, Programme, Report};
use rayon::prelude::*;
use rust_xlsxwriter::{
    DocProperties, Format, FormatAlign, FormatBorder, IgnoreError, Table, TableColumn, TableStyle,
    Workbook, Worksheet, XlsxError,
};
pub use sheet::{EXCEL_ROW_LIMIT, TABLE_ROW_LIMIT};
pub(crate) use sheet::{
    column_widths, filter, format_block, header_row, print_setup, table_sheet,
    table_sheet_repeating, working_sheet,
};

/// Excel's limit on the characters in one cell. Longer texts are cut here
/// with a note; the JSON output keeps them whole.
pub const EXCEL_CELL_LIMIT: usize = 32_767;

/// The committee workbook: first the committee's sheets — Yhteenveto
/// (summary, chart and paragraph), one sheet per action, Matriisi,
/// Vastaukset, Vapaamuotoinen palaute, Tukipyynnöt, Puuttuvat — then the
/// secretary's working sheets — Nostot, Tarkistukset, Kohdistamattomat and
/// Lähteet, each saying on its first row that it is for checking — plus
/// the hidden `_koonti_report` sheet holding the report as JSON. Labels
/// follow `lang`; every sheet is set up for A4 printing.
#[derive(Debug, Clone)]
pub struct WorkbookWriter {
    /// The language of labels (texts from responses stay as written).
    pub lang: Lang,
    /// koonti's version, shown on Yhteenveto and Lähteet.
    pub version: String,
    /// When the workbook was made: an ISO 8601 instant (`…Z`, or
    /// `2026-01-31 09:00:00 UTC`), shown on Yhteenveto as Finnish local
    /// time; any other text is shown as it is.
    pub made: String,
    /// The most data rows of a table sheet (default: what Excel opens,
    /// [`TABLE_ROW_LIMIT`]); the rest are cut with a note and a finding.
    pub row_limit: usize,
    /// Leave the workbook's cells unfreed once it is saved: for a process
    /// that exits right after writing its outputs, where the system takes
    /// the memory back at once, while freeing a large merge's 400,000
    /// cells one by one cost a per cent of its CPU time. Off by default.
    pub leave_unfreed: bool,
}

impl Default for WorkbookWriter {
    fn default() -> Self {
        WorkbookWriter::new(Lang::default(), "", "")
    }
}

impl WorkbookWriter {
    /// A writer for `lang` that names koonti `version` and the time `made`.
    pub fn new(lang: Lang, version: impl Into<String>, made: impl Into<String>) -> Self {
        WorkbookWriter {
            lang,
            version: version.into(),
            made: made.into(),
            row_limit: TABLE_ROW_LIMIT,
            leave_unfreed: false,
        }
    }
}

impl ReportWriter for WorkbookWriter {
    fn name(&self) -> &'static str {
        "xlsx"
    }

    fn render(&self, report: &Report, programme: &Programme) -> Result<Vec<u8>, WriteError> {
        let mut workbook = Workbook::new();
        // Fast compression: the workbook of a national merge holds tens of
        // thousands of rows, and level 1 halves the time spent deflating them
        // for a file a few per cent larger.
        workbook.set_zip_compression_level(1);
        let ctx = Ctx {
            report,
            programme,
            l: Labels(self.lang),
            labels: StatusLabels::of(report, programme, self.lang),
            f: Formats::new(),
            writer: self,
        };
        workbook.set_properties(&properties(&ctx));
        let mut jobs: Vec<SheetJob> = vec![Box::new(summary::write)];
        if let Some(history) = &report.history {
            jobs.push(Box::new(move |sheet, ctx| {
                progress::write(sheet, ctx, history)
            }));
        }
        for section in &programme.sections {
            jobs.push(Box::new(move |sheet, ctx| {
                actions::write(sheet, ctx, section)
            }));
        }
        jobs.push(Box::new(matrix::write));
        jobs.push(Box::new(tables::answers));
        jobs.push(Box::new(tables::feedback));
        jobs.push(Box::new(tables::support_requests));
        jobs.push(Box::new(tables::missing));
        // The secretary's working sheets last, after the committee's
        // (issue 21), each saying on its first row that it is for checking.
        jobs.push(Box::new(lists::to_units));
        jobs.push(Box::new(lists::own));
        jobs.push(Box::new(highlights_sheet::write));
        jobs.push(Box::new(tables::findings));
        jobs.push(Box::new(tables::unmatched));
        jobs.push(Box::new(tables::sources));
        // The hidden report sheet is megabytes of JSON in a national merge:
        // streamed to a temporary file as inline strings while the other
        // sheets are built, it stays out of the shared-string table, which
        // is escaped and compressed on one thread when saving.
        // Without a usable temporary folder it is built in memory instead.
        let mut report_sheet = report_worksheet(&mut workbook);
        // The sheets do not depend on each other: build them in parallel (a
        // national merge has tens of thousands of rows), then add in order.
        let (sheets, embedded) = rayon::join(
            || {
                jobs.par_iter()
                    .map(|job| {
                        let mut sheet = Worksheet::new();
                        job(&mut sheet, &ctx)?;
                        Ok(sheet)
                    })
                    .collect::<Vec<Result<Worksheet, XlsxError>>>()
            },
            || embed::write(&mut report_sheet, report, programme, self.lang),
        );
        for sheet in sheets {
            workbook.push_worksheet(sheet?);
        }
        embedded?;
        workbook.push_worksheet(report_sheet);
        let bytes = workbook.save_to_buffer()?;
        if self.leave_unfreed {
            std::mem::forget(workbook);
        }
        Ok(bytes)
    }
}

/// The worksheet of the hidden report: streamed to a temporary file where
/// there is a file system, in memory otherwise (and on wasm32, where
/// rust_xlsxwriter is built without temporary files).
#[cfg(not(target_arch = "wasm32"))]
fn report_worksheet(workbook: &mut Workbook) -> Worksheet {
    workbook
        .new_worksheet_with_constant_memory()
        .unwrap_or_else(|_| Worksheet::new())
}

#[cfg(target_arch = "wasm32")]
fn report_worksheet(_workbook: &mut Workbook) -> Worksheet {
    Worksheet::new()
}

/// Writes one sheet of the workbook.
type SheetJob<'a> = Box<dyn Fn(&mut Worksheet, &Ctx) -> Result<(), XlsxError> + Sync + Send + 'a>;

/// What every sheet function needs.
pub(crate) struct Ctx<'a> {
    pub report: &'a Report,
    pub programme: &'a Programme,
    pub l: Labels,
    /// The answers' statuses worded (symbol and word), once per workbook.
    pub labels: StatusLabels<'a>,
    pub f: Formats,
    pub writer: &'a WorkbookWriter,
}

#[cfg(test)]
impl<'a> Ctx<'a> {
    /// The context a sheet's unit test writes in: Finnish labels, the
    /// answers' statuses worded, fresh formats.
    pub(crate) fn for_tests(
        report: &'a Report,
        programme: &'a Programme,
        writer: &'a WorkbookWriter,
    ) -> Self {
        Ctx {
            report,
            programme,
            l: Labels(Lang::Fi),
            labels: StatusLabels::of(report, programme, Lang::Fi),
            f: Formats::new(),
            writer,
        }
    }
}

/// Each status the answers have, with its label ([`crate::status_label`]):
/// worded once rather than once per answer on Vastaukset and on every
/// action sheet (wording one looks through the programme's scale).
pub(crate) struct StatusLabels<'a>(Vec<(&'a koonti_model::Status, String)>);

impl<'a> StatusLabels<'a> {
    pub(crate) fn of(report: &'a Report, programme: &Programme, lang: Lang) -> Self {
        let mut labels: Vec<(&koonti_model::Status, String)> = Vec::new();
        for answer in &report.answers {
            if !labels.iter().any(|(s, _)| *s == &answer.status) {
                let label = crate::status_label(&answer.status, programme, lang);
                labels.push((&answer.status, label));
            }
        }
        StatusLabels(labels)
    }

    /// The label of an answer's `status`.
    pub(crate) fn get(
        &self,
        status: &koonti_model::Status,
        ctx: &Ctx,
    ) -> std::borrow::Cow<'_, str> {
        match self.0.iter().find(|(s, _)| *s == status) {
            Some((_, label)) => label.as_str().into(),
            // Not an answer's status: worded as it comes.
            None => crate::status_label(status, ctx.programme, ctx.l.0).into(),
        }
    }
}

fn properties(ctx: &Ctx) -> DocProperties {
    let title = match &ctx.report.period {
        koonti_model::ReportPeriod::Unknown => ctx.programme.title.clone(),
        period => format!("{} {period}", ctx.programme.title),
    };
    DocProperties::new()
        .set_title(title)
        .set_subject(ctx.l.workbook_subject())
        .set_company(&ctx.programme.organisation)
        .set_author(format!("koonti {}", ctx.writer.version))
}

/// The formats shared by the sheets.
pub(crate) struct Formats {
    pub title: Format,
    pub bold: Format,
    pub header: Format,
    pub text: Format,
    pub section: Format,
    pub number: Format,
    pub percent: Format,
    pub paragraph: Format,
    pub plain: Format,
    /// A line saying a sheet has no rows.
    pub note: Format,
    /// The first row of a working sheet: for checking, not the committee.
    pub working_note: Format,
}

impl Formats {
    pub(crate) fn new() -> Self {
        let border = Format::new()
            .set_border(FormatBorder::Thin)
            .set_align(FormatAlign::Top);
        Formats {
            title: Format::new().set_bold().set_font_size(14),
            bold: Format::new().set_bold().set_align(FormatAlign::Top),
            header: border
                .clone()
                .set_bold()
                .set_text_wrap()
                .set_background_color("#DDEBF7"),
            text: border.clone().set_text_wrap(),
            section: border
                .clone()
                .set_bold()
                .set_text_wrap()
                .set_background_color("#F2F2F2"),
            number: border.clone(),
            percent: border.set_num_format("0 %"),
            paragraph: Format::new().set_text_wrap().set_align(FormatAlign::Top),
            plain: Format::new().set_text_wrap().set_align(FormatAlign::Top),
            note: Format::new().set_italic().set_align(FormatAlign::Top),
            working_note: Format::new()
                .set_bold()
                .set_text_wrap()
                .set_align(FormatAlign::Top)
                .set_background_color("#FFF2CC"),
        }
    }
}

/// Cuts a text to Excel's cell limit, saying so at the end.
pub(crate) fn cell_text(text: &str, l: Labels) -> String {
    // The byte length bounds the character count: most texts stop here.
    if fits_a_cell(text) {
        return text.to_string();
    }
    cut_to_cell(text, l)
}

/// [`cell_text`] of a text the caller may own: an owned text that fits
/// is handed on as it is, not copied (the writer copies each cell's text
/// once more into its own store).
pub(crate) fn cell_string(text: impl AsRef<str> + Into<String>, l: Labels) -> String {
    if fits_a_cell(text.as_ref()) {
        return text.into();
    }
    cut_to_cell(text.as_ref(), l)
}

fn fits_a_cell(text: &str) -> bool {
    text.len() <= EXCEL_CELL_LIMIT || text.chars().count() <= EXCEL_CELL_LIMIT
}

fn cut_to_cell(text: &str, l: Labels) -> String {
    let note = l.cut_note();
    let keep = EXCEL_CELL_LIMIT - note.chars().count();
    let mut cut: String = text.chars().take(keep).collect();
    cut.push_str(note);
    cut
}

/// Items as bullets on separate lines.
pub(crate) fn bullets(items: &[String]) -> String {
    // Pushed into one string: a `format!` per item and a `join` made three
    // allocations per item on the answers table's 30,000 rows.
    let mut text = String::with_capacity(items.iter().map(|i| i.len() + 5).sum());
    for (n, item) in items.iter().enumerate() {
        if n > 0 {
            text.push('\n');
        }
        text.push_str("• ");
        text.push_str(item);
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_texts_are_cut_to_the_excel_limit_with_a_note() {
        let long = "a".repeat(EXCEL_CELL_LIMIT + 10);
        let cut = cell_text(&long, Labels(Lang::Fi));
        assert_eq!(cut.chars().count(), EXCEL_CELL_LIMIT);
        assert!(cut.ends_with("JSON-tulosteessa]"));
        assert_eq!(cell_text("lyhyt", Labels(Lang::Fi)), "lyhyt");
    }

    #[test]
    fn bullets_go_on_separate_lines() {
        assert_eq!(bullets(&["a".into(), "b".into()]), "• a\n• b");
    }

    /// Issue 11: one file with a million unmatched cells must not make the
    /// workbook unwritable. A sheet past the limit is cut with a note and
    /// a finding (here with a limit of 5 rows instead of Excel's million).
    #[test]
    fn a_sheet_over_the_row_limit_is_cut_with_a_note_and_a_finding() {
        use crate::ReportWriter;
        use calamine::{Reader, open_workbook_from_rs};
        let programme = crate::test_support::siun();
        let mut report = crate::test_support::report_with(&programme, 1, |_, _| {
            koonti_model::Status::Implemented
        });
        for i in 0..8 {
            report.unmatched.push(koonti_model::Unmatched {
                file: "iso.xlsx".into(),
                sheet: "S".into(),
                cell: format!("A{i}"),
                text: format!("solu {i}"),
            });
        }
        let writer = WorkbookWriter {
            row_limit: 5,
            ..WorkbookWriter::new(Lang::Fi, "test", "")
        };
        let bytes = writer.render(&report, &programme).expect("written");
        let mut book: calamine::Xlsx<_> =
            open_workbook_from_rs(std::io::Cursor::new(bytes)).expect("xlsx");
        let unmatched = book.worksheet_range("Kohdistamattomat").expect("sheet");
        // The note, the header, 5 rows and the line saying the rest were cut.
        let first: Vec<String> = unmatched.rows().map(|r| r[0].to_string()).collect();
        assert_eq!(first.len(), 8, "{first:?}");
        assert!(first[7].contains("JSON"), "{first:?}");
        let findings = book.worksheet_range("Tarkistukset").expect("sheet");
        // A cut sheet's finding names the sheet and no file.
        let cut: Vec<String> = findings
            .rows()
            .skip(2)
            .filter(|r| r[2].to_string().is_empty())
            .map(|r| r[3].to_string())
            .collect();
        // 13 answers and 8 unmatched cells are over 5 rows; 2 findings are not.
        assert_eq!(cut, ["Vastaukset", "Kohdistamattomat"]);
    }
}

//! The consolidated workbook for the committee, one module per sheet family
//! (with *Kehitys* after the summary when the report has a history).
mod actions;
mod chart;
mod embed;
pub(crate) mod highlights_sheet;
mod lists;
mod matrix;
mod progress;
mod summary;
mod tables;

use crate::labels::Labels;
use crate::{ReportWriter, WriteError};
use koonti_model::{Lang, Programme, Report};
use rayon::prelude::*;
use rust_xlsxwriter::{
    DocProperties, Format, FormatAlign, FormatBorder, IgnoreError, Table, TableColumn, TableStyle,
    Workbook, Worksheet, XlsxError,
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
        Ok(workbook.save_to_buffer()?)
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
    pub f: Formats,
    pub writer: &'a WorkbookWriter,
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
    if text.len() <= EXCEL_CELL_LIMIT || text.chars().count() <= EXCEL_CELL_LIMIT {
        return text.to_string();
    }
    let note = l.cut_note();
    let keep = EXCEL_CELL_LIMIT - note.chars().count();
    let mut cut: String = text.chars().take(keep).collect();
    cut.push_str(note);
    cut
}

/// Items as bullets on separate lines.
pub(crate) fn bullets(items: &[String]) -> String {
    items
        .iter()
        .map(|i| format!("• {i}"))
        .collect::<Vec<_>>()
        .join("\n")
}

/// Writes a header row and its widths, freezes it, repeats it on every
/// printed page, and returns the next row.
pub(crate) fn table_header(
    sheet: &mut Worksheet,
    row: u32,
    columns: &[(&str, f64)],
    f: &Formats,
) -> Result<u32, XlsxError> {
    for (col, (title, width)) in columns.iter().enumerate() {
        sheet.write_string_with_format(row, col as u16, *title, &f.header)?;
        sheet.set_column_width(col as u16, *width)?;
    }
    fit_header_row(sheet, row, columns)?;
    sheet.set_freeze_panes(row + 1, 0)?;
    sheet.set_repeat_rows(row, row)?;
    Ok(row + 1)
}

/// Writes one row of texts (always as text, never as formulas) and makes
/// it tall enough for its wrapped lines. The cells get no format here: the
/// caller formats the whole block with [`format_block`].
pub(crate) fn text_row(
    sheet: &mut Worksheet,
    row: u32,
    values: &[&str],
    widths: &[f64],
    ctx: &Ctx,
) -> Result<(), XlsxError> {
    for (col, value) in values.iter().enumerate() {
        sheet.write_string(row, col as u16, cell_text(value, ctx.l))?;
    }
    let cells: Vec<(&str, f64)> = values.iter().copied().zip(widths.iter().copied()).collect();
    fit_row(sheet, row, &cells).map(|_| ())
}

/// Gives every cell of rows `first..=last`, columns `0..columns`, the
/// format `format`, empty cells included (so a table's borders are whole).
///
/// One call per block rather than a format per written cell: the writer
/// looks a format up by hashing all its fields, which cost more than
/// writing the text itself in a national merge's hundreds of thousands of
/// cells.
pub(crate) fn format_block(
    sheet: &mut Worksheet,
    (first, last): (u32, u32),
    columns: std::ops::Range<u16>,
    format: &Format,
) -> Result<(), XlsxError> {
    if first <= last && !columns.is_empty() {
        sheet.set_range_format(first, columns.start, last, columns.end - 1, format)?;
    }
    Ok(())
}

/// Sets a header row's height like [`fit_row`], for bold text: bold is
/// wider, so each column holds about a tenth fewer characters.
pub(crate) fn fit_header_row(
    sheet: &mut Worksheet,
    row: u32,
    cells: &[(&str, f64)],
) -> Result<f64, XlsxError> {
    let narrower: Vec<(&str, f64)> = cells.iter().map(|(t, w)| (*t, w * 0.9)).collect();
    fit_row(sheet, row, &narrower)
}

/// Line height in points of the default 11-point font.
pub(crate) const LINE_POINTS: f64 = 15.0;

/// Characters of ordinary text that fit in one unit of column width. A
/// width counts the digit "0" of the default font; text is narrower in
/// Calibri (Excel) and in the fonts LibreOffice falls back to (about 1.25),
/// so this errs towards a line too many rather than a clipped one.
const CHARS_PER_WIDTH: f64 = 1.2;

/// How many lines `text` takes in a wrapped column `width` characters wide:
/// the words are wrapped as a spreadsheet program does (a word that does
/// not fit starts a new line; a word longer than a line is broken), each
/// line break starts a line.
pub(crate) fn wrapped_lines(text: &str, width: f64) -> usize {
    // Less the cell's padding of about one character.
    let per_line = ((width - 1.0) * CHARS_PER_WIDTH).max(1.0) as usize;
    // Most cells are short: no more bytes than a line holds characters,
    // and no line break, is one line without counting words.
    if text.len() <= per_line && !text.contains('\n') {
        return 1;
    }
    text.split('\n')
        .map(|line| line_count(line, per_line))
        .sum()
}

/// Lines of one paragraph (no line breaks) wrapped at `per_line` characters.
fn line_count(paragraph: &str, per_line: usize) -> usize {
    let mut lines = 1;
    let mut used = 0;
    for word in paragraph.split(' ').filter(|w| !w.is_empty()) {
        let mut length = word.chars().count();
        let needed = if used == 0 { length } else { used + 1 + length };
        if needed <= per_line {
            used = needed;
            continue;
        }
        if used > 0 {
            lines += 1;
        }
        // A word longer than a line is broken over as many as it needs.
        while length > per_line {
            lines += 1;
            length -= per_line;
        }
        used = length;
    }
    lines
}

/// Sets the row's height for the most lines any of its `(text, width)`
/// cells wraps to. Spreadsheet programs do not all grow rows by themselves
/// when opening a file (LibreOffice keeps the default), so koonti does.
/// Returns the row's height in points.
pub(crate) fn fit_row(
    sheet: &mut Worksheet,
    row: u32,
    cells: &[(&str, f64)],
) -> Result<f64, XlsxError> {
    let lines = cells
        .iter()
        .map(|(text, width)| wrapped_lines(text, *width))
        .max()
        .unwrap_or(1);
    if lines > 1 {
        let height = lines as f64 * LINE_POINTS + 2.0;
        sheet.set_row_height(row, height)?;
        return Ok(height);
    }
    Ok(LINE_POINTS)
}

/// The height in points of a printed A4 page's rows, for a sheet
/// `width_chars` wide printed one page wide (so shrunk when wider than the
/// paper), less the rows repeated at the top of every page.
pub(crate) fn page_points(width_chars: f64, landscape: bool, repeated_points: f64) -> f64 {
    let (paper_width, paper_height) = if landscape {
        (842.0, 595.0)
    } else {
        (595.0, 842.0)
    };
    // The margins of [`print_setup`]: 0.5 in at the sides, 0.6 in above
    // and below, in points.
    let printable_width = paper_width - 72.0;
    let printable_height = paper_height - 86.4;
    // A column `w` wide is `7 w + 5` pixels of 0.75 points.
    let sheet_width = (width_chars * 7.0 + 5.0) * 0.75;
    let scale = (printable_width / sheet_width).min(1.0);
    printable_height / scale - repeated_points
}

/// Where a sheet's blocks (a unit's heading, header and rows) go on the
/// printed pages: a block that does not fit under the last one starts a
/// page, so no heading or header is left at the foot of a page.
pub(crate) struct Pages {
    /// The height of one page's rows.
    page: f64,
    /// The height used on the current page.
    used: f64,
    /// The rows that start a page.
    pub breaks: Vec<u32>,
}

impl Pages {
    /// Pages of `page` points each, the first already `used`.
    pub(crate) fn new(page: f64, used: f64) -> Self {
        Pages {
            page,
            used,
            breaks: Vec::new(),
        }
    }

    /// Places a block of `height` points starting at `row`.
    pub(crate) fn place(&mut self, row: u32, height: f64) {
        if self.used > 0.0 && self.used + height > self.page {
            self.breaks.push(row);
            self.used = 0.0;
        }
        // A block taller than a page fills whole pages and then some.
        self.used = (self.used + height) % self.page.max(1.0);
    }
}

/// Adds a filter over a table that starts at `header_row`.
pub(crate) fn filter(
    sheet: &mut Worksheet,
    header_row: u32,
    last_row: u32,
    columns: usize,
) -> Result<(), XlsxError> {
    if columns > 0 {
        sheet.autofilter(header_row, 0, last_row.max(header_row), columns as u16 - 1)?;
    }
    Ok(())
}

/// A4, landscape or portrait, one page wide, page numbers in the footer and
/// the sheet's name in the header.
pub(crate) fn print_setup(sheet: &mut Worksheet, landscape: bool) {
    sheet.set_paper_size(9);
    if landscape {
        sheet.set_landscape();
    } else {
        sheet.set_portrait();
    }
    sheet.set_print_fit_to_pages(1, 0);
    sheet.set_margins(0.5, 0.5, 0.6, 0.6, 0.3, 0.3);
    sheet.set_header("&L&\"-,Bold\"&A");
    sheet.set_footer("&R&P / &N");
}

/// The rows of a worksheet Excel opens (1,048,576).
pub const EXCEL_ROW_LIMIT: usize = 1 << 20;

/// The data rows a table sheet holds: all but its header row and the row
/// that says the rest were cut.
pub const TABLE_ROW_LIMIT: usize = EXCEL_ROW_LIMIT - 2;

/// A whole table sheet: name, header, rows of text as an Excel table (with
/// its filter buttons and banded style), print setup. A sheet without rows
/// says so in a line under its header, so that neither the screen nor the
/// printout shows a bare header.
/// Rows past Excel's limit are left out with a note in the last row (and a
/// `sheet_cut` finding on Tarkistukset, see `tables::cut_sheets`): the JSON
/// keeps them all.
pub(crate) fn table_sheet(
    sheet: &mut Worksheet,
    ctx: &Ctx,
    name: &str,
    columns: &[(&str, f64)],
    rows: &[Vec<String>],
) -> Result<(), XlsxError> {
    table_sheet_under(sheet, ctx, name, None, columns, rows).map(|_| ())
}

/// A table sheet of the secretary's, for checking rather than for the
/// committee (issue 21): like [`table_sheet`], under a first row that says
/// so and what the sheet is for. Returns the header's row.
pub(crate) fn working_sheet(
    sheet: &mut Worksheet,
    ctx: &Ctx,
    name: &str,
    purpose: &str,
    columns: &[(&str, f64)],
    rows: &[Vec<String>],
) -> Result<u32, XlsxError> {
    let note = format!("{} {purpose}", ctx.l.for_checking());
    table_sheet_under(sheet, ctx, name, Some(&note), columns, rows)
}

/// [`table_sheet`] with an optional note on the first row, above the
/// header; returns the header's row.
fn table_sheet_under(
    sheet: &mut Worksheet,
    ctx: &Ctx,
    name: &str,
    note: Option<&str>,
    columns: &[(&str, f64)],
    rows: &[Vec<String>],
) -> Result<u32, XlsxError> {
    sheet.set_name(name)?;
    let last_col = columns.len() as u16 - 1;
    let top = match note {
        Some(note) => {
            sheet.merge_range(0, 0, 0, last_col.max(1), note, &ctx.f.working_note)?;
            let width: f64 = columns.iter().map(|c| c.1).sum();
            fit_row(sheet, 0, &[(note, width)])?;
            1
        }
        None => 0,
    };
    let mut row = table_header(sheet, top, columns, &ctx.f)?;
    let widths: Vec<f64> = columns.iter().map(|c| c.1).collect();
    let limit = ctx.writer.row_limit.min(TABLE_ROW_LIMIT);
    for values in rows.iter().take(limit) {
        let values: Vec<&str> = values.iter().map(String::as_str).collect();
        text_row(sheet, row, &values, &widths, ctx)?;
        row += 1;
    }
    let first = top + 1;
    if rows.is_empty() {
        sheet.merge_range(
            first,
            0,
            first,
            last_col.max(1),
            ctx.l.no_rows(),
            &ctx.f.note,
        )?;
    } else {
        format_block(
            sheet,
            (first, row - 1),
            0..columns.len() as u16,
            &ctx.f.text,
        )?;
        if rows.len() > limit {
            sheet.write_string_with_format(row, 0, ctx.l.rows_cut_note(), &ctx.f.bold)?;
        }
        if can_be_table_headers(columns) {
            excel_table(sheet, (top, row - 1), columns, &ctx.f)?;
        } else {
            // A programme's own header that Excel cannot take as a table
            // column's name: a plain filter instead of a table.
            filter(sheet, top, row - 1, columns.len())?;
        }
        // Everything a unit wrote is text on purpose (ids such as "1.2",
        // years, postcodes): no "number stored as text" triangles.
        sheet.ignore_error_range(first, 0, row - 1, last_col, IgnoreError::NumberStoredAsText)?;
    }
    let width: f64 = columns.iter().map(|c| c.1).sum();
    print_setup(sheet, width > 100.0);
    Ok(top)
}

/// Whether Excel takes `columns`' titles as a table's column names: not
/// empty, at most 255 characters, no two the same (Excel compares them
/// without case).
pub(crate) fn can_be_table_headers(columns: &[(&str, f64)]) -> bool {
    let mut seen = std::collections::HashSet::new();
    columns.iter().all(|(title, _)| {
        let title = title.trim();
        !title.is_empty() && title.chars().count() <= 255 && seen.insert(title.to_lowercase())
    })
}

/// Makes rows `header_row..=last_row` an Excel table named after nothing
/// in particular (Excel numbers them), with koonti's header format.
pub(crate) fn excel_table(
    sheet: &mut Worksheet,
    (header_row, last_row): (u32, u32),
    columns: &[(&str, f64)],
    f: &Formats,
) -> Result<(), XlsxError> {
    let table_columns: Vec<TableColumn> = columns
        .iter()
        .map(|(title, _)| {
            TableColumn::new()
                .set_header(*title)
                .set_header_format(&f.header)
        })
        .collect();
    let table = Table::new()
        .set_columns(&table_columns)
        .set_style(TableStyle::Light1);
    sheet.add_table(header_row, 0, last_row, columns.len() as u16 - 1, &table)?;
    Ok(())
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
    fn rows_grow_with_wrapped_lines() {
        assert_eq!(wrapped_lines("lyhyt", 20.0), 1);
        // 22 characters to a line of a column 20 wide.
        assert_eq!(wrapped_lines(&"a".repeat(22), 20.0), 1);
        assert_eq!(wrapped_lines(&"a".repeat(23), 20.0), 2);
        assert_eq!(wrapped_lines(&"a".repeat(50), 20.0), 3);
        assert_eq!(wrapped_lines("a\nb\nc", 20.0), 3);
        // Words wrap whole.
        assert_eq!(wrapped_lines("aaaaaaaa bbbbbbbb cccccccc", 20.0), 2);
        assert_eq!(
            wrapped_lines("aaaaaaaaaaa bbbbbbbbbbb ccccccccccc", 20.0),
            3
        );
        assert_eq!(wrapped_lines("", 20.0), 1);
    }

    #[test]
    fn table_headers_must_be_unique_and_short() {
        assert!(can_be_table_headers(&[("Yksikkö", 1.0), ("Tila", 1.0)]));
        assert!(!can_be_table_headers(&[("Tila", 1.0), ("TILA", 1.0)]));
        assert!(!can_be_table_headers(&[("", 1.0)]));
        let long = "x".repeat(256);
        assert!(!can_be_table_headers(&[(long.as_str(), 1.0)]));
    }

    #[test]
    fn a_block_that_does_not_fit_starts_a_page() {
        let mut pages = Pages::new(100.0, 30.0);
        pages.place(3, 50.0);
        pages.place(10, 30.0);
        assert_eq!(pages.breaks, [10]);
        pages.place(20, 80.0);
        assert_eq!(pages.breaks, [10, 20]);
        // Wider than the paper: shrunk, so a page holds more points.
        assert!(page_points(200.0, false, 0.0) > page_points(50.0, false, 0.0));
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

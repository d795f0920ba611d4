//! Sheets laid out alike: filters, A4 print setup, the committee's and the
//! secretary's table sheets, and Excel tables over them.

use super::*;

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
/// The rows may come one by one as they are written (Vastaukset's tens of
/// thousands are not gathered first).
pub(crate) fn table_sheet<S: AsRef<str> + Into<String>>(
    sheet: &mut Worksheet,
    ctx: &Ctx,
    name: &str,
    columns: &[(&str, f64)],
    rows: impl IntoIterator<Item = Vec<S>, IntoIter: ExactSizeIterator>,
) -> Result<(), XlsxError> {
    table_sheet_under(sheet, ctx, name, None, (columns, &[]), rows).map(|_| ())
}

/// [`table_sheet`] whose columns `repeated` hold texts that repeat from
/// row to row (a measure's text on each unit's row): each distinct text
/// of theirs is measured for the rows' heights once, not on every row.
pub(crate) fn table_sheet_repeating<S: AsRef<str> + Into<String>>(
    sheet: &mut Worksheet,
    ctx: &Ctx,
    name: &str,
    (columns, repeated): (&[(&str, f64)], &[usize]),
    rows: impl IntoIterator<Item = Vec<S>, IntoIter: ExactSizeIterator>,
) -> Result<(), XlsxError> {
    table_sheet_under(sheet, ctx, name, None, (columns, repeated), rows).map(|_| ())
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
    rows: impl IntoIterator<Item = Vec<impl AsRef<str> + Into<String>>, IntoIter: ExactSizeIterator>,
) -> Result<u32, XlsxError> {
    let note = format!("{} {purpose}", ctx.l.for_checking());
    table_sheet_under(sheet, ctx, name, Some(&note), (columns, &[]), rows)
}

/// [`table_sheet`] with an optional note on the first row, above the
/// header; returns the header's row.
fn table_sheet_under<S: AsRef<str> + Into<String>>(
    sheet: &mut Worksheet,
    ctx: &Ctx,
    name: &str,
    note: Option<&str>,
    (columns, repeated): (&[(&str, f64)], &[usize]),
    rows: impl IntoIterator<Item = Vec<S>, IntoIter: ExactSizeIterator>,
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
    let mut row = header_row(sheet, top, columns, &ctx.f)?;
    let widths: Vec<f64> = columns.iter().map(|c| c.1).collect();
    let limit = ctx.writer.row_limit.min(TABLE_ROW_LIMIT);
    let rows = rows.into_iter();
    let (count, empty) = (rows.len(), rows.len() == 0);
    let mut fit = RowFit::new(&widths, repeated);
    for values in rows.take(limit) {
        text_row(sheet, row, values, &mut fit, ctx)?;
        row += 1;
    }
    let first = top + 1;
    if empty {
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
        if count > limit {
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
    column_widths(sheet, widths.iter().copied())?;
    let width: f64 = widths.iter().sum();
    print_setup(sheet, width > 100.0);
    Ok(top)
}

/// Whether Excel takes `columns`' titles as a table's column names: not
/// empty, at most 255 characters, no two the same (Excel compares them
/// without case).
fn can_be_table_headers(columns: &[(&str, f64)]) -> bool {
    let mut seen = std::collections::HashSet::new();
    columns.iter().all(|(title, _)| {
        let title = title.trim();
        !title.is_empty() && title.chars().count() <= 255 && seen.insert(title.to_lowercase())
    })
}

/// Makes rows `header_row..=last_row` an Excel table named after nothing
/// in particular (Excel numbers them), with koonti's header format.
fn excel_table(
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

/// Writes a header row, freezes it, repeats it on every printed page, and
/// returns the next row. The columns' widths are set after the rows, with
/// [`column_widths`].
pub(crate) fn header_row(
    sheet: &mut Worksheet,
    row: u32,
    columns: &[(&str, f64)],
    f: &Formats,
) -> Result<u32, XlsxError> {
    for (col, (title, _)) in columns.iter().enumerate() {
        sheet.write_string_with_format(row, col as u16, *title, &f.header)?;
    }
    fit_header_row(sheet, row, columns)?;
    sheet.set_freeze_panes(row + 1, 0)?;
    sheet.set_repeat_rows(row, row)?;
    Ok(row + 1)
}

/// Gives columns `0..` their widths. A sheet that writes many cells
/// without a format sets them last: while any column has a width, the
/// writer looks each such cell's column up (hashing its number) for a
/// column format koonti never sets; with none yet, it looks nothing up.
/// The file is the same either way.
pub(crate) fn column_widths(
    sheet: &mut Worksheet,
    widths: impl IntoIterator<Item = f64>,
) -> Result<(), XlsxError> {
    for (col, width) in widths.into_iter().enumerate() {
        sheet.set_column_width(col as u16, width)?;
    }
    Ok(())
}

/// Writes one row of texts (always as text, never as formulas) and makes
/// it tall enough for its wrapped lines. The cells get no format here: the
/// caller formats the whole block with [`format_block`]. The texts are
/// moved into the sheet: an owned `String` is not copied again.
fn text_row<S: AsRef<str> + Into<String>>(
    sheet: &mut Worksheet,
    row: u32,
    values: Vec<S>,
    fit: &mut RowFit,
    ctx: &Ctx,
) -> Result<(), XlsxError> {
    fit_lines(sheet, row, fit.lines(&values))?;
    for (col, value) in values.into_iter().enumerate() {
        sheet.write_string(row, col as u16, cell_string(value, ctx.l))?;
    }
    Ok(())
}

/// How many lines a table's row takes: the most any of its texts wraps
/// to in its column, a repeating column's texts each measured once.
struct RowFit<'w> {
    widths: &'w [f64],
    /// The repeating columns, each with the lines of its texts so far.
    repeated: Vec<(usize, RepeatedLines)>,
}

impl<'w> RowFit<'w> {
    fn new(widths: &'w [f64], repeated: &[usize]) -> Self {
        let repeated = repeated
            .iter()
            .filter_map(|&col| Some((col, RepeatedLines::new(*widths.get(col)?))))
            .collect();
        RowFit { widths, repeated }
    }

    /// The lines of the row of `values` (one at least).
    fn lines(&mut self, values: &[impl AsRef<str>]) -> usize {
        // No list of (text, width) pairs per row: 30,000 rows on Vastaukset.
        let mut lines = 1;
        for (col, (value, width)) in values.iter().zip(self.widths).enumerate() {
            let text = value.as_ref();
            let of_text = match self.repeated.iter_mut().find(|(c, _)| *c == col) {
                Some((_, seen)) => seen.lines(text),
                None => wrapped_lines(text, *width),
            };
            lines = lines.max(of_text);
        }
        lines
    }
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_headers_must_be_unique_and_short() {
        assert!(can_be_table_headers(&[("Yksikkö", 1.0), ("Tila", 1.0)]));
        assert!(!can_be_table_headers(&[("Tila", 1.0), ("TILA", 1.0)]));
        assert!(!can_be_table_headers(&[("", 1.0)]));
        let long = "x".repeat(256);
        assert!(!can_be_table_headers(&[(long.as_str(), 1.0)]));
    }

    /// The widths set after the rows (so that the writer looks up no
    /// column for each unformatted cell) make the same file as set before
    /// them, as table sheets were written until then.
    #[test]
    fn widths_after_the_rows_make_the_same_file() {
        let programme = crate::test_support::siun();
        let report = crate::test_support::report_with(&programme, 2, |_, _| {
            koonti_model::Status::Implemented
        });
        let writer = WorkbookWriter::default();
        let ctx = Ctx::for_tests(&report, &programme, &writer);
        let columns = [("Yksikkö", 24.0), ("Teksti", 60.0), ("Tyhjä", 7.0)];
        let long = "pitkä teksti, joka rivittyy usealle riville ".repeat(4);
        let rows = || {
            vec![
                vec!["A".to_string(), long.clone(), String::new()],
                vec!["B".to_string(), "lyhyt".to_string(), String::new()],
            ]
        };
        let after = crate::test_support::one_sheet_bytes(|sheet| {
            working_sheet(sheet, &ctx, "Taulu", "tarkistettavaksi", &columns, rows()).map(|_| ())
        });
        let before = crate::test_support::one_sheet_bytes(|sheet| {
            column_widths(sheet, columns.iter().map(|c| c.1))?;
            working_sheet(sheet, &ctx, "Taulu", "tarkistettavaksi", &columns, rows()).map(|_| ())
        });
        assert_eq!(after, before);
    }
}

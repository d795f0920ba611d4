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
pub(crate) fn table_sheet(
    sheet: &mut Worksheet,
    ctx: &Ctx,
    name: &str,
    columns: &[(&str, f64)],
    rows: Vec<Vec<impl AsRef<str> + Into<String>>>,
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
    rows: Vec<Vec<impl AsRef<str> + Into<String>>>,
) -> Result<u32, XlsxError> {
    let note = format!("{} {purpose}", ctx.l.for_checking());
    table_sheet_under(sheet, ctx, name, Some(&note), columns, rows)
}

/// [`table_sheet`] with an optional note on the first row, above the
/// header; returns the header's row.
fn table_sheet_under<S: AsRef<str> + Into<String>>(
    sheet: &mut Worksheet,
    ctx: &Ctx,
    name: &str,
    note: Option<&str>,
    columns: &[(&str, f64)],
    rows: Vec<Vec<S>>,
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
    let (count, empty) = (rows.len(), rows.is_empty());
    for values in rows.into_iter().take(limit) {
        text_row(sheet, row, values, &widths, ctx)?;
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
    let width: f64 = columns.iter().map(|c| c.1).sum();
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
}

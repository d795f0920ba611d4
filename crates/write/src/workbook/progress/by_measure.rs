//! The last part of Kehitys: per measure × unit, the status of every period
//! side by side and what changed between them, on the matrix's colours.
use super::*;

/// Per measure × unit, the status of each period side by side and the
/// change between each pair of consecutive periods; with a filter.
pub(super) fn answers(
    sheet: &mut Worksheet,
    ctx: &Ctx,
    history: &History,
    row: u32,
) -> Result<(), XlsxError> {
    let l = ctx.l;
    let row = heading(sheet, ctx, row, l.answers_by_period())?;
    let mut titles = vec![
        l.number().to_string(),
        l.unit().to_string(),
        l.measure().to_string(),
    ];
    titles.extend(history.periods.iter().map(Period::to_string));
    titles.extend(
        history
            .periods
            .windows(2)
            .map(|p| format!("{} {} → {}", l.change(), p[0], p[1])),
    );
    header(sheet, ctx, row, &titles)?;
    let widths: Vec<(&str, f64)> = titles
        .iter()
        .enumerate()
        .map(|(i, t)| {
            (
                t.as_str(),
                [ID_WIDTH, UNIT_WIDTH, TEXT_WIDTH]
                    .get(i)
                    .copied()
                    .unwrap_or(PERIOD_WIDTH),
            )
        })
        .collect();
    fit_row(sheet, row, &widths)?;
    sheet.set_freeze_panes(row + 1, 3)?;
    let header_row = row;
    let texts = measure_texts(ctx, history);
    let order: HashMap<&str, usize> = ctx
        .programme
        .measures()
        .into_iter()
        .enumerate()
        .map(|(i, (_, m))| (m.id.as_str(), i))
        .collect();
    let mut rows: Vec<&HistoryRow> = history.rows.iter().collect();
    rows.sort_by_key(|r| order.get(r.measure.as_str()).copied().unwrap_or(usize::MAX));
    let kinds: HashMap<(&str, &str, Period), &str> = history
        .changes
        .iter()
        .map(|c| {
            (
                (c.unit.as_str(), c.measure.as_str(), c.to_period),
                l.change_kind(c.kind),
            )
        })
        .collect();
    let no_response = no_response_format();
    // One format per status, made once: a national follow-up has tens of
    // thousands of cells, and the writer hashes every format it is given.
    let mut formats: HashMap<Status, Format> = HashMap::new();
    let n = history.periods.len();
    let mut row = row + 1;
    for r in rows {
        let text = texts.get(r.measure.as_str()).copied().unwrap_or_default();
        sheet.write_string_with_format(row, 0, &r.measure, &ctx.f.text)?;
        sheet.write_string_with_format(row, 1, cell_text(&r.unit, l), &ctx.f.text)?;
        sheet.write_string_with_format(row, 2, text, &ctx.f.text)?;
        fit_row(sheet, row, &[(text, TEXT_WIDTH)])?;
        for (i, status) in r.statuses.iter().enumerate() {
            let col = 3 + i as u16;
            match status {
                Some(status) => {
                    let format = formats
                        .entry(status.clone())
                        .or_insert_with(|| status_cell_format(ctx, status));
                    let label = status_label(status, ctx.programme, l.0);
                    sheet.write_string_with_format(row, col, &label, format)?
                }
                None => {
                    sheet.write_string_with_format(row, col, l.no_response_now(), &no_response)?
                }
            };
        }
        for (i, period) in history.periods.iter().enumerate().skip(1) {
            let col = (3 + n + i - 1) as u16;
            let kind = kinds
                .get(&(r.unit.as_str(), r.measure.as_str(), *period))
                .copied()
                .unwrap_or("");
            sheet.write_string_with_format(row, col, kind, &ctx.f.text)?;
        }
        row += 1;
    }
    filter(sheet, header_row, row.saturating_sub(1), titles.len())?;
    Ok(())
}

/// A status as its symbol and word on the matrix's colour.
fn status_cell_format(ctx: &Ctx, status: &Status) -> Format {
    status_format(ctx, status).set_font_size(11).set_text_wrap()
}

fn no_response_format() -> Format {
    Format::new()
        .set_border(FormatBorder::Thin)
        .set_align(FormatAlign::Center)
        .set_font_color("#7F7F7F")
        .set_italic()
}

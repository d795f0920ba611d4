//! The answer sheet, in the committee's familiar layout: title, unit,
//! counter, per section a heading and a table (Nro | measure | answer
//! columns | how), then feedback and the support request. Every text the
//! table reader keys on is written so that it reads the sheet correctly even
//! without the hidden `_koonti` sheet.
use crate::labels::{self, Prompt};
use crate::{Prefill, PrefillAnswer, TemplateError, TemplateOptions};
use koonti_form::{Role, headers, sheets, signature, support, words};
use koonti_model::{AnswerScale, Lang, Measure, Programme, Section, Status, Unit};
use rust_xlsxwriter::{
    ConditionalFormatFormula, DataValidation, DataValidationErrorStyle, Format, FormatAlign,
    FormatBorder, Formula, ProtectionOptions, Worksheet, XlsxError,
    utility::{column_number_to_name, row_col_to_cell},
};
use std::collections::BTreeSet;

mod below_table;
mod scale;
mod validation;

use below_table::{page_setup, write_counter, write_feedback, write_signature, write_support};
use scale::Scale;
use validation::{highlight_table, only_x, prompt_at, validate_table};

/// Column indexes and the first row of the section tables.
const ID_COL: u16 = 0;
const MEASURE_COL: u16 = 1;
const FIRST_TABLE_ROW: u32 = 4;

/// The formats of the sheet. Locked is the default; answer cells are
/// explicitly unlocked.
struct Formats {
    title: Format,
    label: Format,
    unit: Format,
    unit_input: Format,
    counter: Format,
    section: Format,
    header: Format,
    id: Format,
    measure: Format,
    fixed: Format,
    mark_input: Format,
    text_input: Format,
    unanswered: Format,
    both_marked: Format,
}

impl Formats {
    fn new() -> Formats {
        let cell = Format::new()
            .set_border(FormatBorder::Thin)
            .set_align(FormatAlign::Top)
            .set_text_wrap();
        let input = cell.clone().set_unlocked().set_background_color("#FFFFFF");
        Formats {
            title: Format::new().set_bold().set_font_size(14),
            label: Format::new()
                .set_bold()
                .set_text_wrap()
                .set_align(FormatAlign::Right)
                .set_align(FormatAlign::Top),
            unit: Format::new()
                .set_bold()
                .set_border_bottom(FormatBorder::Thin),
            unit_input: input.clone(),
            counter: Format::new().set_italic().set_bold(),
            section: cell.clone().set_bold().set_background_color("#F2F2F2"),
            header: cell.clone().set_bold().set_background_color("#DDEBF7"),
            id: cell.clone().set_align(FormatAlign::Center),
            measure: cell.clone(),
            fixed: cell.clone().set_font_size(9),
            // At the top, as the texts beside them are.
            mark_input: input
                .clone()
                .set_align(FormatAlign::Center)
                .set_align(FormatAlign::Top),
            text_input: input,
            unanswered: Format::new().set_background_color("#FFF2CC"),
            // Both marks are an answer, "partly" (koonti reads them so):
            // shown in the amber of partly, not in an error's red.
            both_marked: Format::new().set_background_color("#FFE699"),
        }
    }
}

/// Writes the answer sheet; returns nothing but errors.
pub fn write(
    sheet: &mut Worksheet,
    programme: &Programme,
    unit: Option<&Unit>,
    options: &TemplateOptions,
) -> Result<BTreeSet<u32>, TemplateError> {
    let lang = options.lang;
    let scale = Scale::new(programme, lang);
    let f = Formats::new();
    let empty = Prefill::default();
    let prefill = options.prefill.as_ref().unwrap_or(&empty);
    sheet.set_name(sheets::answers_sheet(lang))?;
    for (col, width) in scale.widths().iter().enumerate() {
        sheet.set_column_width(col as u16, *width)?;
    }
    write_top(sheet, programme, unit, prefill, options, &scale, &f)?;
    let mut row = FIRST_TABLE_ROW;
    let mut tables = Vec::new();
    let mut pages = PrintedPages::new(&scale);
    for section in &programme.sections {
        let (first, last, height) =
            write_section(sheet, programme, section, row, prefill, lang, &scale, &f)?;
        tables.push((first, last));
        pages.place(row, height);
        row = last + 2;
    }
    write_counter(sheet, programme, prefill, lang, &scale, &tables, &f)?;
    let feedback = row;
    row = write_feedback(sheet, programme, prefill, lang, &scale, row, &f)?;
    // The feedback heading stays with its box.
    pages.place(feedback, FEEDBACK_POINTS);
    row = write_support(sheet, prefill, lang, &scale, row + 1, &f)?;
    // A blank row after the support description, then who answered and
    // when (the reader takes these rows for no support answer).
    write_signature(sheet, prefill, lang, &scale, row + 1, &f)?;
    page_setup(sheet, unit, lang)?;
    sheet.set_page_breaks(&pages.breaks)?;
    // The measure rows grow with what is typed (see `package`).
    Ok(tables
        .iter()
        .flat_map(|&(first, last)| first..=last)
        .collect())
}

/// The printed pages of the answers sheet: an action's heading, header and
/// rows (and the feedback heading with its box) start a new page when they
/// do not fit under what is already on the page, so no table is split from
/// its heading. Heights are the row heights set while writing.
struct PrintedPages {
    /// Points of rows one page holds, at the sheet's width-fitted scale.
    page: f64,
    used: f64,
    breaks: Vec<u32>,
}

impl PrintedPages {
    fn new(scale: &Scale) -> Self {
        // A4 landscape, Excel's default margins (0.7 in at the sides, 0.75
        // in above and below), one page wide; a column `w` wide is `7 w + 5`
        // pixels of 0.75 points. Less the title and unit rows repeated on
        // every page and the heading row above the first table.
        let width: f64 = scale.widths().iter().map(|w| (w * 7.0 + 5.0) * 0.75).sum();
        let scale = (741.0 / width).min(1.0);
        PrintedPages {
            page: 487.0 / scale - 40.0,
            used: f64::from(FIRST_TABLE_ROW) * 15.0,
            breaks: Vec::new(),
        }
    }

    /// Places a block of `height` points starting at row `first`.
    fn place(&mut self, first: u32, height: f64) {
        if self.used > 0.0 && self.used + height > self.page {
            self.breaks.push(first);
            self.used = 0.0;
        }
        self.used = (self.used + height) % self.page.max(1.0);
    }
}

/// The feedback heading, its box and the blank row after, in points.
const FEEDBACK_POINTS: f64 = 15.0 + FEEDBACK_BOX_POINTS + 15.0;

/// The height of the feedback box.
const FEEDBACK_BOX_POINTS: f64 = 120.0;

/// Title, unit label and value.
fn write_top(
    sheet: &mut Worksheet,
    programme: &Programme,
    unit: Option<&Unit>,
    prefill: &Prefill,
    options: &TemplateOptions,
    scale: &Scale,
    f: &Formats,
) -> Result<(), XlsxError> {
    let last = scale.last_col();
    let title = words::title(programme, &options.period.to_string(), options.lang);
    sheet.merge_range(0, 0, 0, last, &title, &f.title)?;
    sheet.set_row_height(0, 24)?;
    let unit_label = words::unit_label(programme, options.lang);
    sheet.merge_range(1, 0, 1, 1, &unit_label, &f.label)?;
    match unit {
        Some(unit) => sheet.merge_range(1, 2, 1, last, &unit.name, &f.unit)?,
        // The blank template: the unit types its name here.
        None => {
            let name = prefill.unit.as_deref().unwrap_or_default();
            sheet.merge_range(1, 2, 1, last, name, &f.unit_input)?;
            prompt_at(sheet, 1, 2, &labels::unit_prompt(options.lang))?;
            sheet
        }
    };
    Ok(())
}

/// A section heading ("Toimenpide 1: …"), its header row and one row per
/// measure. Returns the first and last measure rows and the height of the
/// whole block in points (the blank row after it included).
#[allow(clippy::too_many_arguments)]
fn write_section(
    sheet: &mut Worksheet,
    programme: &Programme,
    section: &Section,
    row: u32,
    prefill: &Prefill,
    lang: Lang,
    scale: &Scale,
    f: &Formats,
) -> Result<(u32, u32, f64), TemplateError> {
    let last = scale.last_col();
    let heading = format!(
        "{} {}: {}",
        words::section_label(programme, lang),
        section.id,
        section.title
    );
    sheet.merge_range(row, 0, row, last, &heading, &f.section)?;
    let headers = [
        headers::id_header(lang),
        headers::measure_header(programme, lang),
    ];
    let widths = scale.widths();
    let mut sized = Vec::new();
    for (col, text) in headers.into_iter().chain(scale.headers()).enumerate() {
        sheet.write_string_with_format(row + 1, col as u16, text, &f.header)?;
        sized.push((text, widths[col]));
    }
    let header_height = labels::row_height(&sized, 1);
    sheet.set_row_height(row + 1, header_height)?;
    let mut height = 15.0 + header_height + 15.0;
    let measures = section_measures(section);
    let first = row + 2;
    for (i, measure) in measures.iter().enumerate() {
        let answer = prefill.answers.get(&measure.id);
        height += write_measure(sheet, first + i as u32, measure, answer, scale, f)?;
    }
    let last_row = first + measures.len().max(1) as u32 - 1;
    if !measures.is_empty() {
        validate_table(sheet, first, last_row, lang, scale)?;
        highlight_table(sheet, first, last_row, scale, f)?;
    }
    Ok((first, last_row, height))
}

/// The measures of a section and its nested sections, in order.
fn section_measures(section: &Section) -> Vec<&Measure> {
    let mut out: Vec<&Measure> = section.measures.iter().collect();
    for child in &section.sections {
        out.extend(section_measures(child));
    }
    out
}

fn write_measure(
    sheet: &mut Worksheet,
    row: u32,
    measure: &Measure,
    answer: Option<&PrefillAnswer>,
    scale: &Scale,
    f: &Formats,
) -> Result<f64, TemplateError> {
    let widths = scale.widths();
    let text_col = scale.last_col() as usize;
    let typed = answer.map(|a| a.text.as_str()).unwrap_or_default();
    let mut sized = vec![
        (measure.text.as_str(), widths[1]),
        (typed, widths[text_col]),
    ];
    if scale.has_fixed() {
        let fixed = [&measure.responsible, &measure.schedule];
        // VASTUU/AIKATAULU are in a smaller font: more fits on a line.
        sized.extend(
            fixed
                .iter()
                .map(|t| (t.as_deref().unwrap_or_default(), widths[2] * 1.2)),
        );
    }
    let height = labels::row_height(&sized, 2);
    sheet.set_row_height(row, height)?;
    sheet.write_string_with_format(row, ID_COL, &measure.id, &f.id)?;
    sheet.write_string_with_format(row, MEASURE_COL, &measure.text, &f.measure)?;
    let text = answer.map(|a| a.text.as_str()).unwrap_or_default();
    let status = answer.map_or(&Status::Unanswered, |a| &a.status);
    if scale.has_fixed() {
        let responsible = measure.responsible.as_deref().unwrap_or_default();
        let schedule = measure.schedule.as_deref().unwrap_or_default();
        sheet.write_string_with_format(row, 2, responsible, &f.fixed)?;
        sheet.write_string_with_format(row, 3, schedule, &f.fixed)?;
    }
    match scale {
        Scale::Marks { marks, .. } => {
            let both = *status == Status::Partial && scale.both_marks_partly();
            let marked = |mark: &Status| both || mark == status;
            if status.is_answered() && !both && !marks.contains(status) {
                return Err(TemplateError::prefill(
                    &measure.id,
                    format!("status {status} is no mark column of the scale"),
                ));
            }
            for (i, mark) in marks.iter().enumerate() {
                let x = if marked(mark) { "x" } else { "" };
                input(sheet, row, scale.first_mark() + i as u16, x, &f.mark_input)?;
            }
            input(sheet, row, scale.text_col(), text, &f.text_input)?;
        }
        Scale::Status { options, .. } => {
            let chosen = match status {
                Status::Unanswered => "",
                Status::Option(id) => options
                    .iter()
                    .find(|(o, _)| o == id)
                    .map(|(_, label)| label.as_str())
                    .ok_or_else(|| {
                        TemplateError::prefill(&measure.id, format!("no option {id:?}"))
                    })?,
                other => {
                    return Err(TemplateError::prefill(
                        &measure.id,
                        format!("status {other} on a status scale"),
                    ));
                }
            };
            input(sheet, row, 4, chosen, &f.mark_input)?;
            input(sheet, row, 5, text, &f.text_input)?;
        }
    }
    Ok(height)
}

/// An answer cell: the prefilled value, or a blank that keeps its format.
fn input(
    sheet: &mut Worksheet,
    row: u32,
    col: u16,
    value: &str,
    format: &Format,
) -> Result<(), XlsxError> {
    if value.is_empty() {
        sheet.write_blank(row, col, format)?;
    } else {
        sheet.write_string_with_format(row, col, value, format)?;
    }
    Ok(())
}

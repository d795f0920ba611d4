//! Response templates that units fill in without breaking them.
//!
//! [`write_template`] renders one workbook for one unit (or a blank one for
//! any other unit): an instructions sheet, the answer sheet in the
//! committee's layout with only the answer cells unlocked, and a hidden
//! `_koonti` sheet with the template's identity so that `koonti merge` reads
//! the returned file exactly. The answer sheet also reads correctly without
//! that sheet: its title, unit label, headings and headers are the texts the
//! table reader finds by, and its Nro column carries each row's measure id.
//!
//! The bytes are reproducible (fixed document time), so committed templates
//! can be compared with what the code writes today.

#![warn(missing_docs)]

mod answers;
mod instructions;
mod labels;
mod metadata;
mod package;

use koonti_model::{Lang, Programme, ReportPeriod, Status, Unit};
use rust_xlsxwriter::{DocProperties, ExcelDateTime, Workbook, XlsxError};
use std::collections::BTreeMap;
use std::fmt;

/// What goes into a template besides the programme.
#[derive(Debug, Clone, Default)]
pub struct TemplateOptions {
    /// The reporting period, e.g. `2025`; shown in the title and file name.
    pub period: ReportPeriod,
    /// The language of the template's own words.
    pub lang: Lang,
    /// The return date shown in the instructions, as written (`31.1.2026`).
    pub deadline: Option<String>,
    /// Whom to ask and where to return, shown in the instructions.
    pub contact: Option<String>,
    /// Answers written into the answer cells, as a unit would type them.
    /// For tests and round trips; `None` for real templates.
    pub prefill: Option<Prefill>,
}

/// Answers to write into a template's unlocked cells.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Prefill {
    /// The unit's name typed into a blank template's unit cell.
    pub unit: Option<String>,
    /// Answers by measure id.
    pub answers: BTreeMap<String, PrefillAnswer>,
    /// The free-form feedback.
    pub feedback: String,
    /// A support request: the box is ticked and this is the description
    /// (may be empty); `None` leaves both empty.
    pub support: Option<String>,
    /// Who answered, typed into the respondent field.
    pub respondent: Option<String>,
    /// The date typed into the date field.
    pub dated: Option<String>,
}

/// One measure's answer.
#[derive(Debug, Clone, PartialEq)]
pub struct PrefillAnswer {
    /// `Implemented`, `NotImplemented`, `Partial` (both marks) or
    /// `Unanswered` on a marks scale; `Option(id)` or `Unanswered` on a
    /// status scale.
    pub status: Status,
    /// The how-text, bullets and line breaks as typed.
    pub text: String,
}

/// Why a template could not be written.
#[derive(Debug)]
pub enum TemplateError {
    /// rust_xlsxwriter refused the workbook (an Excel limit was hit, e.g. a
    /// sheet name or an input message too long).
    Xlsx(XlsxError),
    /// The saved workbook could not be finished (its zip re-read).
    Package(package::PackageError),
    /// A prefilled answer does not fit the programme.
    Prefill {
        /// The measure id.
        measure: String,
        /// What is wrong.
        reason: String,
    },
}

impl TemplateError {
    fn prefill(measure: &str, reason: String) -> TemplateError {
        TemplateError::Prefill {
            measure: measure.to_string(),
            reason,
        }
    }
}

impl fmt::Display for TemplateError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            TemplateError::Xlsx(err) => write!(f, "could not build the template: {err}"),
            TemplateError::Package(err) => write!(f, "could not finish the template: {err}"),
            TemplateError::Prefill { measure, reason } => {
                write!(f, "prefilled answer to measure {measure}: {reason}")
            }
        }
    }
}

impl std::error::Error for TemplateError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            TemplateError::Xlsx(err) => Some(err),
            TemplateError::Package(err) => Some(err),
            TemplateError::Prefill { .. } => None,
        }
    }
}

impl From<XlsxError> for TemplateError {
    fn from(err: XlsxError) -> Self {
        TemplateError::Xlsx(err)
    }
}

/// Writes the template of `unit` (`None`: a blank one whose unit cell the
/// responding unit fills) and returns the xlsx bytes.
pub fn write_template(
    programme: &Programme,
    unit: Option<&Unit>,
    options: &TemplateOptions,
) -> Result<Vec<u8>, TemplateError> {
    if let Some(prefill) = &options.prefill {
        check_prefill(programme, prefill)?;
    }
    let mut workbook = Workbook::new();
    // A fixed time keeps the bytes reproducible for the committed templates.
    let created = ExcelDateTime::from_ymd(2025, 1, 1)?.and_hms(9, 0, 0)?;
    workbook.set_properties(
        &DocProperties::new()
            .set_title(&programme.title)
            .set_author(&programme.organisation)
            .set_creation_datetime(&created),
    );
    instructions::write(workbook.add_worksheet(), programme, unit, options)?;
    let growing = answers::write(workbook.add_worksheet(), programme, unit, options)?;
    metadata::write(workbook.add_worksheet(), programme, unit, options)?;
    let saved = workbook.save_to_buffer()?;
    // The answers sheet is the second one written.
    package::finish(saved, "xl/worksheets/sheet2.xml", &growing).map_err(TemplateError::Package)
}

/// Every prefilled measure id must be the programme's.
fn check_prefill(programme: &Programme, prefill: &Prefill) -> Result<(), TemplateError> {
    let measures = programme.measures();
    match prefill
        .answers
        .keys()
        .find(|id| !measures.iter().any(|(_, m)| &m.id == *id))
    {
        Some(id) => Err(TemplateError::prefill(id, "not in the programme".into())),
        None => Ok(()),
    }
}

/// The file name of a template: "<programme id> <period> <unit>.xlsx", or
/// "… muu yksikkö.xlsx" for the blank one; characters that file systems
/// refuse (/ \ : * ? " < > |) become "-".
pub fn file_name(programme: &Programme, unit: Option<&Unit>, options: &TemplateOptions) -> String {
    let unit = unit.map_or(labels::other_unit(options.lang), |u| u.name.as_str());
    let period = options.period.to_string();
    let name = [programme.id.as_str(), period.as_str(), unit]
        .into_iter()
        .filter(|part| !part.trim().is_empty())
        .collect::<Vec<_>>()
        .join(" ");
    let safe: String = name
        .chars()
        .map(|c| match c {
            '/' | '\\' | ':' | '*' | '?' | '"' | '<' | '>' | '|' => '-',
            c if c.is_control() => '-',
            c => c,
        })
        .collect();
    format!("{}.xlsx", safe.trim())
}

/// The templates of every expected unit of `programme` and one blank, as
/// (file name, bytes), in programme order with the blank last.
pub fn write_all(
    programme: &Programme,
    options: &TemplateOptions,
) -> Result<Vec<(String, Vec<u8>)>, TemplateError> {
    programme
        .units
        .iter()
        .map(Some)
        .chain([None])
        .map(|unit| {
            let bytes = write_template(programme, unit, options)?;
            Ok((file_name(programme, unit, options), bytes))
        })
        .collect()
}

#[cfg(test)]
mod tests;

//! A programme definition without TOML: from the spreadsheet a county keeps
//! of its programme ([`read_programme`]), from a response form or one
//! returned response (the same reader: a form is a programme table with
//! headings and answer columns), or inferred from the returned files
//! themselves ([`infer`]); and a programme written as that spreadsheet
//! ([`programme_xlsx`], [`blank_xlsx`]).
//!
//! Tables are found by their header words, as responses are: a measure
//! column (Toimenpide, Toimenpiteet, Toimenpiteen kuvaus, Mittari), an
//! optional id column (Nro, Numero, Tunnus), the section as a column
//! (Tavoite, Painopiste, Teema, Toimenpidekokonaisuus; a merged or blank
//! cell repeats the one above) or as heading rows ("Tavoite 1: …"),
//! optional Vastuu and Aikataulu, and the answer columns to the right,
//! whose headers set the scale and its labels. Units come from a sheet
//! named Yksiköt, Vastaajat or Toimialueet; status options from a cell
//! "Vastausvaihtoehdot: …" or a sheet Asteikko. What the file does not say
//! is guessed and listed ([`Guess`]).
#![warn(missing_docs)]

mod build;
mod guess;
mod infer;
mod labels;
mod read;
mod scale;
mod sheets;
mod words;
mod write;

pub use build::{Defined, skeleton, slug};
pub use guess::{DefineError, Guess};
pub use infer::{Inferred, infer};
pub use write::{blank_xlsx, programme_xlsx};

use koonti_ingest::{Limits, Workbook, read_bytes};

/// True when `bytes` are a workbook (xlsx/ods zip, or an OLE .xls), not text.
pub fn is_spreadsheet(bytes: &[u8]) -> bool {
    bytes.starts_with(b"PK\x03\x04") || bytes.starts_with(&[0xD0, 0xCF, 0x11, 0xE0])
}

/// The programme a spreadsheet's tables define; `file` names it in
/// messages (and, without a title cell, gives the title).
pub fn read_programme(file: &str, bytes: &[u8]) -> Result<Defined, DefineError> {
    let workbook = read_bytes(bytes.to_vec(), file, &Limits::default()).map_err(|source| {
        DefineError::Read {
            file: file.to_string(),
            source: Box::new(source),
        }
    })?;
    from_workbook(&workbook, file)
}

/// The programme a response form or one returned response defines: as
/// [`read_programme`], the title without the year the form is for.
pub fn read_form(file: &str, bytes: &[u8]) -> Result<Defined, DefineError> {
    let mut defined = read_programme(file, bytes)?;
    let title = infer::without_year(&defined.programme.title);
    if title != defined.programme.title {
        if defined.programme.organisation == defined.programme.title {
            defined.programme.organisation = title.clone();
        }
        defined.programme.title = title;
    }
    Ok(defined)
}

/// The programme the tables of a workbook already read define.
pub fn from_workbook(workbook: &Workbook, file: &str) -> Result<Defined, DefineError> {
    if workbook
        .sheets
        .iter()
        .any(|s| s.name == koonti_model::EMBEDDED_REPORT_SHEET)
    {
        return Err(DefineError::KoontiWorkbook { file: file.into() });
    }
    build::build(read::read_workbook(workbook), file)
}

#[cfg(test)]
mod tests;

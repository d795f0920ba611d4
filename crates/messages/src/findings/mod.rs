//! The findings (`koonti_model::FindingCode`) worded: one table per
//! language (`fi.rs`, `sv.rs`, `en.rs`), each an exhaustive `match`, so a
//! new code without a wording in some language does not compile.
mod en;
mod fi;
mod sv;

use crate::{Worded, Words};
use koonti_model::{FileKind, Finding, FindingCode, Lang, ReaderFault, Severity, Status};

/// `code` as one sentence for the committee secretary in `lang`: the
/// [`koonti_model::Wording`] the JSON writers pass.
pub fn finding_code(code: &FindingCode, lang: Lang) -> String {
    match lang {
        Lang::Fi => fi::message(code),
        Lang::Sv => sv::message(code),
        Lang::En => en::message(code),
    }
}

impl Worded for FindingCode {
    fn message(&self, lang: Lang) -> String {
        finding_code(self, lang)
    }
}

impl Worded for Finding {
    fn message(&self, lang: Lang) -> String {
        finding_code(&self.code, lang)
    }
}

impl Words for FileKind {
    /// What the file is, in a few words ("PDF-tiedosto, ei Excel-taulukko").
    fn words(self, lang: Lang) -> &'static str {
        match lang {
            Lang::Fi => fi::kind(self),
            Lang::Sv => sv::kind(self),
            Lang::En => en::kind(self),
        }
    }
}

impl Words for Severity {
    /// The severity as the workbook's *Tarkistukset* column names it
    /// ("Virhe", "Huomio", "Tieto"); the console's are [`crate::severity_word`].
    fn words(self, lang: Lang) -> &'static str {
        match self {
            Severity::Error => lang.pick("Virhe", "Fel", "Error"),
            Severity::Warning => lang.pick("Huomio", "Varning", "Warning"),
            Severity::Info => lang.pick("Tieto", "Info", "Info"),
        }
    }
}

impl Words for ReaderFault {
    /// The fault in a few words, after a colon.
    fn words(self, lang: Lang) -> &'static str {
        match lang {
            Lang::Fi => fi::fault(self),
            Lang::Sv => sv::fault(self),
            Lang::En => en::fault(self),
        }
    }
}

/// A status as the workbook names it ("Toteutunut"), from its code
/// ("implemented"); a scale option's id as it is.
fn status_word(code: &str, lang: Lang) -> String {
    match Status::from(code.to_string()) {
        Status::Implemented => lang.pick("Toteutunut", "Genomförd", "Implemented"),
        Status::NotImplemented => lang.pick("Ei toteutunut", "Ej genomförd", "Not implemented"),
        Status::Partial => lang.pick("Osittain", "Delvis", "Partly"),
        Status::Unanswered => lang.pick("Ei vastausta", "Inget svar", "No answer"),
        Status::Option(_) => code,
    }
    .to_string()
}

#[cfg(test)]
mod tests;

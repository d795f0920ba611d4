//! The words a template writes for an option by its class, in fi, sv and
//! en: each is read back by [`super::option_class`] as that class.
use koonti_model::{Lang, StatusClass};

/// The label of an option of class `class` in a choice column.
pub fn class_label(class: StatusClass, lang: Lang) -> &'static str {
    match class {
        StatusClass::Done => lang.pick("Valmis", "Klar", "Done"),
        StatusClass::Partly => lang.pick("Osittain valmis", "Delvis klar", "Partly done"),
        StatusClass::InProgress => lang.pick("Kesken", "Påbörjad", "In progress"),
        StatusClass::NotStarted => lang.pick("Ei aloitettu", "Inte påbörjad", "Not started"),
        StatusClass::NotDone => lang.pick("Ei toteutunut", "Inte genomförd", "Not implemented"),
        StatusClass::NotApplicable => lang.pick("Ei koske", "Ej aktuell", "Not applicable"),
    }
}

/// The header of a mark column of class `class` ("Toteutunut", "Delvis
/// genomförd", "Not implemented").
pub fn mark_label(class: StatusClass, lang: Lang) -> &'static str {
    match class {
        StatusClass::Done => lang.pick("Toteutunut", "Genomförd", "Implemented"),
        StatusClass::Partly => lang.pick(
            "Osittain toteutunut",
            "Delvis genomförd",
            "Partly implemented",
        ),
        StatusClass::NotDone => lang.pick("Ei toteutunut", "Inte genomförd", "Not implemented"),
        other => class_label(other, lang),
    }
}

/// The header of a free-text column in `lang` ("Kuvaus", "Beskrivning",
/// "Description"): a description, so text and never a mark.
pub fn text_label(lang: Lang) -> &'static str {
    lang.pick("Kuvaus", "Beskrivning", "Description")
}

/// The header of a choice column in `lang` ("Tila", "Status").
pub fn choice_label(lang: Lang) -> &'static str {
    lang.pick("Tila", "Status", "Status")
}

/// The name of a sheet listing a scale's options in `lang` ("Asteikko",
/// "Skala", "Scale").
pub fn scale_sheet_name(lang: Lang) -> &'static str {
    lang.pick("Asteikko", "Skala", "Scale")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::grammar::option_class;

    #[test]
    fn every_label_reads_back_as_its_class() {
        for lang in crate::LANGS {
            for class in StatusClass::ALL {
                assert_eq!(option_class(class_label(class, lang)), Some(class));
                assert_eq!(option_class(mark_label(class, lang)), Some(class));
            }
        }
    }

    #[test]
    fn column_and_sheet_words_read_back_as_what_they_name() {
        use crate::grammar::{HeaderRole, header, is_scale_sheet};
        for lang in crate::LANGS {
            assert_eq!(header(text_label(lang)), HeaderRole::Text, "{lang}");
            assert_eq!(header(choice_label(lang)), HeaderRole::Choice, "{lang}");
            assert!(is_scale_sheet(scale_sheet_name(lang)), "{lang}");
        }
    }
}

//! The words of the programme spreadsheet koonti writes (`koonti programme
//! new`, `programme show --xlsx`) in fi, sv and en: the labels of the lines
//! above its table, the table's own headers, the sheet names and the units
//! sheet's headers. The reader of programme spreadsheets (koonti-define)
//! knows every language's labels through [`SheetLabel::of`], so a sheet
//! written in any language reads back as the same programme.
use koonti_model::Lang;
use koonti_normalise::match_key;

/// A line above the programme table: "Tunnus: …", "Svarsalternativ: …".
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum SheetLabel {
    /// The programme id.
    Id,
    /// The organisation.
    Organisation,
    /// The years the programme covers.
    Years,
    /// How often units report.
    Reporting,
    /// The word before a unit's name on the forms.
    UnitLabel,
    /// The word section headings start with.
    SectionLabel,
    /// The heading of the free-form feedback.
    Feedback,
    /// The question under the feedback heading.
    FeedbackPrompt,
    /// The options of a choice scale.
    Options,
}

impl SheetLabel {
    /// Every label, in the order a sheet writes them.
    pub const ALL: [SheetLabel; 9] = [
        SheetLabel::Id,
        SheetLabel::Organisation,
        SheetLabel::Years,
        SheetLabel::Reporting,
        SheetLabel::UnitLabel,
        SheetLabel::SectionLabel,
        SheetLabel::Feedback,
        SheetLabel::FeedbackPrompt,
        SheetLabel::Options,
    ];

    /// The label as a sheet in `lang` writes it, with its colon.
    pub fn written(self, lang: Lang) -> &'static str {
        let [fi, sv, en] = self.words();
        lang.pick(fi, sv, en)
    }

    fn words(self) -> [&'static str; 3] {
        match self {
            SheetLabel::Id => ["Tunnus:", "Id:", "Id:"],
            SheetLabel::Organisation => ["Organisaatio:", "Organisation:", "Organisation:"],
            SheetLabel::Years => ["Vuodet:", "År:", "Years:"],
            SheetLabel::Reporting => ["Raportointi:", "Rapportering:", "Reporting:"],
            SheetLabel::UnitLabel => ["Yksikön nimike:", "Enhetens benämning:", "Unit label:"],
            SheetLabel::SectionLabel => {
                ["Otsikon nimike:", "Avsnittets benämning:", "Section label:"]
            }
            SheetLabel::Feedback => ["Palautteen otsikko:", "Responsrubrik:", "Feedback heading:"],
            SheetLabel::FeedbackPrompt => {
                ["Palautteen kysymys:", "Responsfråga:", "Feedback question:"]
            }
            SheetLabel::Options => ["Vastausvaihtoehdot:", "Svarsalternativ:", "Answer options:"],
        }
    }

    /// The label a line's label part (before its colon, any case) is, in
    /// any language koonti writes.
    pub fn of(label: &str) -> Option<SheetLabel> {
        let key = match_key(label);
        SheetLabel::ALL
            .into_iter()
            .find(|l| l.words().iter().any(|w| match_key(w) == key))
    }
}

/// The headers of the programme table a sheet in `lang` writes before the
/// answer columns: section, number, measure, responsible, schedule.
pub fn table_headers(lang: Lang) -> [&'static str; 5] {
    match lang {
        Lang::Fi => ["Tavoite", "Nro", "Toimenpide", "Vastuu", "Aikataulu"],
        Lang::Sv => ["Mål", "Nr", "Åtgärd", "Ansvar", "Tidtabell"],
        Lang::En => ["Goal", "No", "Measure", "Responsible", "Schedule"],
    }
}

/// The names of the programme sheet, the units sheet and the instructions
/// sheet in `lang`.
pub fn sheet_names(lang: Lang) -> [&'static str; 3] {
    match lang {
        Lang::Fi => ["Ohjelma", "Yksiköt", "Ohje"],
        Lang::Sv => ["Program", "Enheter", "Instruktioner"],
        Lang::En => ["Programme", "Units", "Instructions"],
    }
}

/// The units sheet's headers in `lang`: the name, the other names.
pub fn unit_headers(lang: Lang) -> [&'static str; 2] {
    match lang {
        Lang::Fi => ["Nimi", "Muut nimet"],
        Lang::Sv => ["Namn", "Andra namn"],
        Lang::En => ["Name", "Other names"],
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::LANGS;

    #[test]
    fn every_label_reads_back_as_itself_in_every_language() {
        for lang in LANGS {
            for label in SheetLabel::ALL {
                let written = label.written(lang);
                assert!(written.ends_with(':'), "{written}");
                assert_eq!(
                    SheetLabel::of(written.trim_end_matches(':')),
                    Some(label),
                    "{written}"
                );
            }
        }
        assert_eq!(SheetLabel::of("SVARSALTERNATIV"), Some(SheetLabel::Options));
        assert_eq!(SheetLabel::of("Toimenpide"), None);
    }
}

//! The words by which a programme table's columns, headings and labels are
//! found: the response form's fixed vocabulary (`koonti_form`) and the
//! words counties use in the tables they keep of their programmes.
use koonti_form::grammar::{self, HeaderRole};
use koonti_model::StatusClass;
use koonti_normalise::match_key;
use regex::Regex;
use std::sync::LazyLock;

/// What a column of a programme table holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum ColumnRole {
    /// The measure text.
    Measure,
    /// The measure's id.
    Id,
    /// The section (goal, focus area, theme) the measure belongs to.
    Section,
    /// Who is responsible (VASTUU).
    Responsible,
    /// When it is due (AIKATAULU).
    Schedule,
    /// An answer column of a known kind.
    Answer(AnswerKind),
    /// A column of its own.
    Other,
}

/// What an answer column holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum AnswerKind {
    /// The mark column of one option, by what the option means
    /// ("Toteutunut" done, "Delvis genomförd" partly).
    Option(StatusClass),
    /// A status (choice) column with options.
    Status,
    /// The free-text column.
    Text,
}

/// What the header cell `text` heads in a programme table: the form
/// grammar's answer ([`koonti_form::grammar::header`]). A feedback or
/// support heading is never a column of the programme.
pub(crate) fn column_role(text: &str) -> ColumnRole {
    let key = match_key(text);
    if key.is_empty() || key.len() > 80 || heading(text).is_some() {
        return ColumnRole::Other;
    }
    match grammar::header(text) {
        HeaderRole::Measure => ColumnRole::Measure,
        HeaderRole::Id => ColumnRole::Id,
        HeaderRole::Section => ColumnRole::Section,
        HeaderRole::Responsible => ColumnRole::Responsible,
        HeaderRole::Schedule => ColumnRole::Schedule,
        HeaderRole::Option(class) => ColumnRole::Answer(AnswerKind::Option(class)),
        HeaderRole::Choice => ColumnRole::Answer(AnswerKind::Status),
        HeaderRole::Text => ColumnRole::Answer(AnswerKind::Text),
        HeaderRole::Feedback
        | HeaderRole::Support
        | HeaderRole::Respondent
        | HeaderRole::Date
        | HeaderRole::Unknown => ColumnRole::Other,
    }
}

/// A heading row's parts: "Tavoite 2: Asukkaat mukana" → ("Tavoite", "2",
/// "Asukkaat mukana").
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Heading {
    /// The word the heading starts with, as written.
    pub(crate) label: String,
    /// The number after it.
    pub(crate) number: String,
    /// The rest: the section's title (may be empty).
    pub(crate) title: String,
}

static HEADING: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\s*(\p{L}[\p{L}\-]*(?:\s+\p{L}[\p{L}\-]*)?)\s+(\d{1,3}(?:\.\d{1,3})*)\b\.?\s*([:.)–—-])?\s*(.*)$")
        .expect("heading regex is valid")
});

/// The heading `text` is: a word, a number and a title ("Toimenpide 2: …",
/// "Painopiste 3 – …"). Without a colon or dash after the number only a
/// usual section word counts ("Tavoite 1 Osallisuus"), so that a measure
/// such as "Vuonna 2025 järjestetään …" is no heading.
pub(crate) fn heading(text: &str) -> Option<Heading> {
    if text.len() > 300 {
        return None;
    }
    let caps = HEADING.captures(text.trim())?;
    let label = caps.get(1)?.as_str().to_string();
    let number = caps.get(2)?.as_str().to_string();
    let title = caps.get(4).map_or("", |m| m.as_str()).trim().to_string();
    let separated = caps.get(3).is_some() || title.is_empty();
    let usual = matches!(
        grammar::header(&label),
        HeaderRole::Section | HeaderRole::Measure
    ) || match_key(&label) == "tp";
    (separated || usual).then_some(Heading {
        label,
        number,
        title,
    })
}

/// True when `text` starts the feedback area ("Vapaamuotoinen palaute: …",
/// "Övrig respons"), by the form grammar's feedback headings.
pub(crate) fn is_feedback_heading(text: &str) -> bool {
    let key = match_key(text);
    grammar::is_builtin_feedback_heading(text)
        || matches!(key.as_str(), "palaute" | "respons" | "feedback")
}

/// Names of a sheet listing the units.
const UNIT_SHEETS: [&str; 12] = [
    "yksiköt",
    "yksikot",
    "vastaajat",
    "toimialueet",
    "tulosyksiköt",
    "vastuualueet",
    "palvelualueet",
    "työryhmät",
    "enheter",
    "units",
    "respondents",
    "svarande",
];

/// True for a sheet that lists the units.
pub(crate) fn is_units_sheet(name: &str) -> bool {
    let key = match_key(name);
    UNIT_SHEETS.iter().any(|w| key.starts_with(w))
}

/// True for a row heading a list of units on the programme's sheet
/// ("Yksiköt", "Vastaajat:"): the words of a units sheet, exactly.
pub(crate) fn is_units_heading(text: &str) -> bool {
    let key = match_key(text);
    UNIT_SHEETS.contains(&key.as_str())
}

/// True for a sheet that lists the status options (the form grammar's).
pub(crate) fn is_scale_sheet(name: &str) -> bool {
    grammar::is_scale_sheet(name)
}

/// Sheets that are never the programme: instructions and koonti's own.
pub(crate) fn is_skipped_sheet(name: &str) -> bool {
    let key = match_key(name);
    name == koonti_form::METADATA_SHEET
        || key == "ohje"
        || [
            "ohjeet",
            "ohje ",
            "täyttöohje",
            "instruktion",
            "instruction",
        ]
        .iter()
        .any(|w| key.starts_with(w))
}

/// Header words of a units sheet's name column.
pub(crate) const UNIT_NAME_HEADERS: [&str; 11] = [
    "nimi",
    "yksikkö",
    "yksikön nimi",
    "toimialue",
    "tulosyksikkö",
    "vastaaja",
    "vastuualue",
    "enhet",
    "namn",
    "name",
    "unit",
];

/// Header words of a units sheet's aliases column.
pub(crate) const UNIT_ALIAS_HEADERS: [&str; 9] = [
    "muut nimet",
    "muu nimi",
    "lyhen",
    "alias",
    "myös",
    "andra namn",
    "förkortning",
    "other names",
    "abbreviation",
];

/// Meta labels above the table ("Tunnus: …") and what they set.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) enum MetaField {
    /// The programme id.
    Id,
    /// The organisation.
    Organisation,
    /// The years covered.
    Years,
    /// How often units report.
    Reporting,
    /// The label before the unit's name.
    UnitLabel,
    /// The word headings start with.
    SectionLabel,
    /// The programme's title.
    Title,
    /// The feedback heading.
    Feedback,
    /// The feedback question.
    FeedbackPrompt,
}

/// The meta field a label names, by its match key.
pub(crate) fn meta_field(key: &str) -> Option<MetaField> {
    let table: [(&[&str], MetaField); 9] = [
        (&["palautteen otsikko", "palauteosio"], MetaField::Feedback),
        (
            &["palautteen kysymys", "palautekysymys"],
            MetaField::FeedbackPrompt,
        ),
        (&["tunnus", "ohjelman tunnus", "id"], MetaField::Id),
        (
            &[
                "organisaatio",
                "hyvinvointialue",
                "järjestäjä",
                "organisation",
            ],
            MetaField::Organisation,
        ),
        (
            &["vuodet", "voimassa", "kausi", "år", "years"],
            MetaField::Years,
        ),
        (
            &["raportointi", "rapportering", "reporting"],
            MetaField::Reporting,
        ),
        (
            &["yksikön nimike", "vastaajan nimike", "unit label"],
            MetaField::UnitLabel,
        ),
        (
            &["otsikon nimike", "osion nimike", "section label"],
            MetaField::SectionLabel,
        ),
        (
            &["ohjelma", "otsikko", "nimi", "program", "title"],
            MetaField::Title,
        ),
    ];
    table
        .iter()
        .find(|(words, _)| words.contains(&key))
        .map(|(_, field)| *field)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn columns_of_county_tables() {
        use AnswerKind::*;
        use ColumnRole::*;
        for (text, role) in [
            ("TAVOITE", Section),
            ("Painopiste", Section),
            ("Toimenpidekokonaisuus", Section),
            ("TOIMENPIDE", Measure),
            ("Toimenpiteet", Measure),
            ("Toimenpiteen kuvaus", Measure),
            ("Mittari", Measure),
            ("Nro", Id),
            ("Tunnus", Id),
            ("Toimenpiteen numero", Id),
            ("VASTUU", Responsible),
            ("Vastuutaho", Responsible),
            ("AIKATAULU", Schedule),
            ("TILA", Answer(Status)),
            ("Toteutumisen tila", Answer(Status)),
            ("Toimenpiteen tila", Answer(Status)),
            ("Edistyminen", Answer(Status)),
            ("Tila 31.12.2025", Answer(Status)),
            ("Tilanne (valitse)", Answer(Status)),
            ("Toteutunut", Answer(Option(StatusClass::Done))),
            ("Ei toteutunut", Answer(Option(StatusClass::NotDone))),
            ("Delvis genomförd", Answer(Option(StatusClass::Partly))),
            (
                "Hur har det genomförts / hur borde det genomföras?",
                Answer(Text),
            ),
            ("Övrig respons", Other),
            ("Behöver enheten stöd? Vilket?", Other),
            ("Kuvaus toteutuksesta", Answer(Text)),
            ("Selitys", Answer(Text)),
            ("Kyllä", Other),
            ("Toimenpide 2: Asukkaat", Other),
        ] {
            assert_eq!(column_role(text), role, "{text}");
        }
    }

    #[test]
    fn headings_and_measures_that_start_with_a_number() {
        let h = heading("Tavoite 1: Tieto kulkee").expect("heading");
        assert_eq!((h.label.as_str(), h.number.as_str()), ("Tavoite", "1"));
        assert_eq!(h.title, "Tieto kulkee");
        assert_eq!(
            heading("Painopiste 3 – Yhdessä").map(|h| h.number),
            Some("3".into())
        );
        assert_eq!(
            heading("Tavoite 2 Osallisuus").map(|h| h.title),
            Some("Osallisuus".into())
        );
        assert!(heading("Vuonna 2025 järjestetään asukasilta").is_none());
        assert!(heading("Asukasillat").is_none());
    }
}

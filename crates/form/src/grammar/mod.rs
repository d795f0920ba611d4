//! The form grammar: what a header, a heading or a label line of a form or
//! of a programme's spreadsheet is, by the built-in words of fi, sv and en.
//! Every crate that reads a form asks here ([`header`]); [`crate::Form`]
//! puts a programme's own labels before it.
//!
//! A header is matched as a whole phrase, never by a word inside it: "Delvis
//! genomförd" is not "Genomförd", and "Hur har det genomförts?" is a
//! question, so a text column. An answer option is read by its parts
//! ([`option_class`]): a core word (done, started, under way, not
//! applicable), with a negation (ei, inte, ej, not, no) or a qualifier
//! (osittain, osin, delvis, partly, partially) deciding which option.
//!
//! A new word is added to one list of this module, with one test.
mod labels;
mod lines;
mod option;

pub use labels::{choice_label, class_label, mark_label, scale_sheet_name, text_label};
pub(crate) use lines::is_feedback_heading_key;
pub use lines::{
    is_builtin_feedback_heading, is_options_label, is_scale_sheet, options_line, split_options,
};
pub use option::{is_qualifier, option_class};

use crate::status::{StatusLexicon, is_status_header};
use koonti_model::StatusClass;
use koonti_normalise::{clean, match_key};

/// What a header cell of an answer table (or of a programme's table) is
/// about, by the built-in words alone.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HeaderRole {
    /// The measure text.
    Measure,
    /// The measure's id ("Nro", "Tunniste").
    Id,
    /// The section (goal, perspective) a measure belongs to.
    Section,
    /// A mark column of one answer option, by what the option means.
    Option(StatusClass),
    /// One column where the option is written or chosen (TILA, Status).
    Choice,
    /// Free text: a question or a description ("Miten …?", "Kuvaus").
    Text,
    /// Who is responsible (VASTUU).
    Responsible,
    /// When it is due (AIKATAULU).
    Schedule,
    /// The free-form feedback heading.
    Feedback,
    /// The support request.
    Support,
    /// Who answered.
    Respondent,
    /// When the form was filled.
    Date,
    /// Anything else.
    Unknown,
}

/// Question words a text column's header starts with.
const QUESTION_WORDS: [&str; 12] = [
    "miten",
    "kuinka",
    "millä",
    "mitä",
    "millainen",
    "hur",
    "vad",
    "vilka",
    "how",
    "what",
    "why",
    "kerro",
];

/// Descriptions: a text column's header word ("Kuvaus", "Kommentit").
const TEXT_WORDS: [&str; 17] = [
    "kuvaus",
    "kommentti",
    "kommentit",
    "selitys",
    "selvitys",
    "perustelu",
    "perustelut",
    "sanallinen arvio",
    "beskrivning",
    "kommentar",
    "kommentarer",
    "motivering",
    "förklaring",
    "description",
    "comment",
    "comments",
    "explanation",
];

/// True when the header `text` asks a question or names a description:
/// a text column, never a mark, whatever option word it holds.
pub fn is_text_header(text: &str) -> bool {
    let cleaned = clean(text);
    let key = match_key(&cleaned);
    let first = key.split(' ').next().unwrap_or_default();
    if key.is_empty() {
        return false;
    }
    cleaned.trim_end().ends_with(['?', '？'])
        || QUESTION_WORDS.contains(&first)
        || TEXT_WORDS
            .iter()
            .any(|w| key == *w || key.starts_with(&format!("{w} ")))
}

/// Heads of the responsible, schedule, section and id columns.
const RESPONSIBLE_WORDS: [&str; 8] = [
    "vastuu",
    "vastuutaho",
    "vastuussa",
    "vastaava",
    "ansvar",
    "ansvarig",
    "responsib",
    "owner",
];
const SCHEDULE_WORDS: [&str; 12] = [
    "aikataulu",
    "määräaika",
    "ajankohta",
    "ajoitus",
    "valmistuu",
    "milloin",
    "tidtabell",
    "tidplan",
    "schedule",
    "timetable",
    "timeline",
    "deadline",
];
const SECTION_WORDS: [&str; 21] = [
    "tavoite",
    "tavoitteet",
    "painopiste",
    "teema",
    "toimenpidekokonaisuus",
    "kokonaisuus",
    "näkökulma",
    "osa alue",
    "kehittämisalue",
    "strateginen tavoite",
    "linjaus",
    "mål",
    "målsättning",
    "tema",
    "fokusområde",
    "insatsområde",
    "goal",
    "theme",
    "focus area",
    "perspective",
    "objective",
];
const ID_WORDS: [&str; 13] = [
    "nro",
    "nr",
    "no",
    "id",
    "tunniste",
    "tunnus",
    "numero",
    "järjestysnumero",
    "toimenpiteen tunniste",
    "measure id",
    "number",
    "nummer",
    "löpnummer",
];
/// How a measure column's header starts.
pub const MEASURE_STARTS: [&str; 4] = ["toimenpi", "åtgärd", "measure", "action"];
/// Other measure headers of programme tables ("Mittari", "Keino").
const MEASURE_WORDS: [&str; 8] = [
    "mittari",
    "keino",
    "toimet",
    "kehittämiskohde",
    "indikaattori",
    "insats",
    "indicator",
    "tehtävä",
];
/// Measure headers that head a programme table on their own, as match
/// keys: a one-cell header row of these is a table of measures, where any
/// other lone header needs a second known column beside it.
const LONE_MEASURE_HEADERS: [&str; 14] = [
    "toimenpide",
    "toimenpiteet",
    "toimenpiteen kuvaus",
    "toimenpiteen nimi",
    "mittari",
    "mittarit",
    "åtgärd",
    "åtgärder",
    "åtgärdens beskrivning",
    "mätare",
    "measure",
    "measures",
    "action",
    "actions",
];

/// Whether a header row of the one cell `text` heads a table of measures
/// ("Toimenpide", "Åtgärder", "Measures"): programme tables kept as a list
/// of measures under one header.
pub fn heads_measures_alone(text: &str) -> bool {
    LONE_MEASURE_HEADERS.contains(&match_key(text).as_str())
}

const RESPONDENT_WORDS: [&str; 8] = [
    "vastaaja",
    "täyttäjä",
    "vastaajan nimi",
    "svarande",
    "ifylld av",
    "respondent",
    "filled in by",
    "name",
];
const DATE_WORDS: [&str; 5] = ["päivämäärä", "pvm", "datum", "date", "päiväys"];

/// What the header cell `text` is, by the built-in words: the whole
/// phrase decides. A question or description is text before anything
/// else; an option phrase is a mark column of that option; the measure
/// column only by its own words, never because an option's header holds
/// "toimenpide" ("Toimenpide on toteutunut" is an option).
pub fn header(text: &str) -> HeaderRole {
    let key = match_key(&clean(text));
    if key.is_empty() || key.len() > 160 {
        return HeaderRole::Unknown;
    }
    let starts = |words: &[&str]| {
        words.iter().any(|w| {
            key == *w || key.starts_with(&format!("{w} ")) || key.starts_with(w) && w.len() >= 6
        })
    };
    let words: Vec<&str> = key.split(' ').collect();
    // "Nro", or an id word after a genitive ("Toimenpiteen numero").
    if ID_WORDS.contains(&key.as_str())
        || (words.len() == 2 && ID_WORDS.contains(&words[1]) && words[0].ends_with(['n', 's']))
    {
        return HeaderRole::Id;
    }
    if is_builtin_feedback_heading(text) {
        return HeaderRole::Feedback;
    }
    if crate::support::support_label(text).is_some() {
        return HeaderRole::Support;
    }
    if is_text_header(text) {
        return HeaderRole::Text;
    }
    if let Some(class) = option_class(text) {
        return HeaderRole::Option(class);
    }
    if is_status_header(text, &StatusLexicon::default()) {
        return HeaderRole::Choice;
    }
    if starts(&RESPONSIBLE_WORDS) {
        HeaderRole::Responsible
    } else if starts(&SCHEDULE_WORDS) {
        HeaderRole::Schedule
    } else if starts(&SECTION_WORDS) {
        HeaderRole::Section
    } else if (MEASURE_STARTS.iter().any(|w| key.starts_with(w)) || starts(&MEASURE_WORDS))
        // A header names the column; "• Toimenpide 1.1 aloitettu" is an answer.
        && !key.chars().any(|c| c.is_ascii_digit())
        && words.len() <= 6
    {
        HeaderRole::Measure
    } else if RESPONDENT_WORDS.contains(&key.as_str()) {
        HeaderRole::Respondent
    } else if DATE_WORDS.contains(&key.as_str()) {
        HeaderRole::Date
    } else {
        HeaderRole::Unknown
    }
}

#[cfg(test)]
mod tests;

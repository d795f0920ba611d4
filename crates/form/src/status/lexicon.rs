//! The built-in words for the usual status options (`not_started`,
//! `in_progress`, `done`) in Finnish, Swedish and English, as units type
//! them in a status column. Added to each programme's own labels and
//! aliases; a programme's own word always wins.
//!
//! Words are whole words (inflected forms listed, no prefix stems:
//! "valmis" must not find "valmistelussa", which is under way). A negation
//! ("ei", "inte", "not", with "ole", "vielä", "yet" …) before a word that
//! says work has started reads as `not_started`; before any other option
//! word it names no option confidently ("ei valmis" is not started or
//! under way).
use koonti_model::StatusClass;

/// Words saying the measure is finished.
pub(crate) const DONE: &[&str] = &[
    // fi
    "valmis",
    "valmiina",
    "valmistunut",
    "valmistui",
    "valmistuneet",
    "tehty",
    "tehtiin",
    "toteutunut",
    "toteutui",
    "toteutuneet",
    "toteutettu",
    "toteutettiin",
    "suoritettu",
    "saatu valmiiksi",
    "saatu päätökseen",
    "saatettu loppuun",
    "päättynyt",
    "valmis ja käytössä",
    // sv
    "klar",
    "klart",
    "färdig",
    "färdigt",
    "genomförd",
    "genomfört",
    "genomförda",
    "slutförd",
    "slutfört",
    "avslutad",
    "avslutat",
    "utförd",
    "utfört",
    // en
    "done",
    "complete",
    "completed",
    "finished",
    "implemented",
    "ready",
    "accomplished",
];

/// Words saying work has started: under way, and negated not started.
pub(crate) const STARTED: &[&str] = &[
    "aloitettu",
    "alkanut",
    "käynnistetty",
    "käynnistynyt",
    "påbörjad",
    "påbörjat",
    "påbörjats",
    "startad",
    "startat",
    "inledd",
    "inlett",
    "started",
    "begun",
    "commenced",
];

/// Words saying the measure is under way, besides [`STARTED`].
pub(crate) const IN_PROGRESS: &[&str] = &[
    // fi
    "kesken",
    "käynnissä",
    "työn alla",
    "meneillään",
    "menossa",
    "etenee",
    "työstetään",
    "tekeillä",
    "valmisteilla",
    "valmistelussa",
    "toteutetaan",
    "toteutuksessa",
    "jatkuu",
    "jatkuva",
    // sv
    "pågår",
    "pågående",
    "under arbete",
    "igång",
    "i gång",
    // en
    "in progress",
    "ongoing",
    "underway",
    "under way",
    "work in progress",
];

/// Words saying the measure is partly done: a qualifier before a word of
/// [`DONE`] says it too ([`crate::grammar::option_class`]).
pub(crate) const PARTLY: &[&str] = &[
    "osittain toteutunut",
    "osittain toteutettu",
    "osittain valmis",
    "osittain tehty",
    "delvis genomförd",
    "delvis genomfört",
    "delvis klar",
    "partly done",
    "partially done",
    "partly implemented",
    "partially implemented",
];

/// Words saying the measure does not concern the unit.
pub(crate) const NOT_APPLICABLE: &[&str] = &[
    "ei koske",
    "ei koske meitä",
    "ei koske yksikköä",
    "ei sovellu",
    "ei relevantti",
    "ei ajankohtainen",
    "ej aktuell",
    "inte aktuell",
    "ej aktuellt",
    "inte aktuellt",
    "ej tillämplig",
    "inte tillämplig",
    "ej relevant",
    "inte relevant",
    "not applicable",
    "not relevant",
    "does not apply",
    "n a",
];

/// Words that negate an option word on their own ("ei", "inte", "not").
pub(crate) const NEGATION_WORDS: &[&str] = &["ei", "inte", "ej", "icke", "not", "no"];

/// Words that make an option word partial ("osittain toteutunut", "delvis
/// genomförd", "partly implemented").
pub(crate) const QUALIFIERS: &[&str] = &[
    "osittain",
    "osin",
    "osaksi",
    "puoliksi",
    "delvis",
    "partly",
    "partially",
    "part",
];

/// Words saying nothing has been done yet, without a negation.
pub(crate) const NOT_STARTED: &[&str] = &[
    "aloittamatta",
    "käynnistämättä",
    "tekemättä",
    "toteuttamatta",
    "yet to start",
    "yet to be started",
    "not yet started",
];

/// Negations, each with the words that may follow it before the option
/// word ("ei ole vielä aloitettu", "har ännu inte påbörjats").
pub(crate) const NEGATIONS: &[&str] = &[
    "ei",
    "ei ole",
    "ei vielä",
    "ei ole vielä",
    "ei vielä ole",
    "vielä ei",
    "inte",
    "ej",
    "inte än",
    "ännu inte",
    "inte ännu",
    "ej ännu",
    "ej än",
    "har inte",
    "har ännu inte",
    "har inte ännu",
    "not",
    "not yet",
    "has not",
    "has not been",
    "not been",
];

/// The built-in words of an option of class `class`; `partly_elsewhere`
/// says the scale has a "partly" option of its own, else the partly words
/// are under way.
pub(super) fn builtin(class: Option<StatusClass>, partly_elsewhere: bool) -> Vec<&'static str> {
    let words: &[&[&'static str]] = match class {
        Some(StatusClass::Done) => &[DONE],
        Some(StatusClass::InProgress) if partly_elsewhere => &[IN_PROGRESS, STARTED],
        Some(StatusClass::InProgress) => &[IN_PROGRESS, STARTED, PARTLY],
        Some(StatusClass::Partly) => &[PARTLY],
        Some(StatusClass::NotStarted) => &[NOT_STARTED],
        Some(StatusClass::NotApplicable) => &[NOT_APPLICABLE],
        Some(StatusClass::NotDone) | None => &[],
    };
    words.iter().flat_map(|w| w.iter().copied()).collect()
}

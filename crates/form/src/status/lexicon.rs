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

/// Words saying the measure is finished.
pub(super) const DONE: &[&str] = &[
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
pub(super) const STARTED: &[&str] = &[
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
pub(super) const IN_PROGRESS: &[&str] = &[
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
    "osittain toteutunut",
    "osittain toteutettu",
    "osittain valmis",
    "osittain tehty",
    // sv
    "pågår",
    "pågående",
    "under arbete",
    "igång",
    "i gång",
    "delvis genomförd",
    "delvis genomfört",
    "delvis klar",
    // en
    "in progress",
    "ongoing",
    "underway",
    "under way",
    "work in progress",
    "partly done",
    "partially done",
    "partly implemented",
    "partially implemented",
];

/// Words saying nothing has been done yet, without a negation.
pub(super) const NOT_STARTED: &[&str] = &[
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
pub(super) const NEGATIONS: &[&str] = &[
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

/// The built-in words of the option `id`, if it is one of the usual ones.
pub(super) fn builtin(id: &str) -> Vec<&'static str> {
    let words: &[&[&'static str]] = match id {
        "done" => &[DONE],
        "in_progress" => &[IN_PROGRESS, STARTED],
        "not_started" => &[NOT_STARTED],
        _ => &[],
    };
    words.iter().flat_map(|w| w.iter().copied()).collect()
}

//! Finnish wording of what a definition read from a spreadsheet left to a
//! guess, and why a spreadsheet gives no programme.
use crate::Worded;
use koonti_define::{DefineError, Guess};
use koonti_model::Lang;

const L: Lang = Lang::Fi;

/// `err` as one line.
pub(super) fn error(err: &DefineError) -> String {
    match err {
        DefineError::Read { file, source } => {
            format!("{file}: {}", source.finding_code().message(L))
        }
        DefineError::KoontiWorkbook { file } => format!(
            "{file} on koonnin koostetyökirja eikä ohjelman määrittely; anna ohjelma taulukkona tai TOML-tiedostona (koonti programme new -o ohjelma.xlsx)"
        ),
        DefineError::NoTable { file } => format!(
            "{file}: ohjelmataulukkoa ei löytynyt; taulukon otsikkorivillä pitää olla toimenpidesarake (Toimenpide, Toimenpiteet, Toimenpiteen kuvaus tai Mittari); mallin saa komennolla koonti programme new -o ohjelma.xlsx"
        ),
        DefineError::DuplicateId { id, cells } => format!(
            "toimenpiteen numero {id} on kahdesti ({} ja {}); anna jokaiselle oma numero",
            cells[0], cells[1]
        ),
        DefineError::DuplicateText { text, cells } => format!(
            "toimenpide \"{text}\" on kahdesti ({} ja {}); poista toinen tai muuta sen tekstiä",
            cells[0], cells[1]
        ),
        DefineError::Invalid(err) => super::invalid(err, L),
        DefineError::ScaleSize { file, at, options } => {
            let (rule, listed) = super::scale_size(options);
            format!(
                "{file}, {at}: {} ({listed}); kirjoita vaihtoehdot yhteen soluun puolipisteillä erotettuina, esim. Vastausvaihtoehdot: Ei aloitettu; Kesken; Valmis",
                rule.message(L)
            )
        }
    }
}

/// `guess` as a sentence.
pub(super) fn guess(guess: &Guess) -> String {
    match guess {
        Guess::IdFromTitle(id) => format!("tunnus {id} tehtiin otsikosta (anna oma solussa \"Tunnus: …\")"),
        Guess::IdNotBundled { bundled, id } => format!("tunnus {bundled} on koonnin oman ohjelman; käytetään tunnusta {id}"),
        Guess::IdsNumbered => "toimenpiteiden numerot tehtiin järjestyksestä (osio.toimenpide); lisää Nro-sarake pitääksesi omat".into(),
        Guess::OneSection => "osioita ei löytynyt: kaikki toimenpiteet ovat yhdessä osiossa".into(),
        Guess::DefaultScale => "vastaussarakkeita ei löytynyt: käytetään kahta merkintäsaraketta (Toimenpide on toteutunut / ei ole toteutunut) ja tekstisaraketta".into(),
        Guess::MarkScale { labels } => format!("vastaussarakkeet: {labels}"),
        Guess::StatusScale { label, options } => format!("tilasarake {label}, vaihtoehdot {options}"),
        Guess::DefaultOptions => "tilasarakkeen vaihtoehtoja ei annettu: Ei aloitettu; Kesken; Valmis (anna omat solussa \"Vastausvaihtoehdot: …\")".into(),
        Guess::StatusColumnAdded { label, options } => format!("taulukossa ei ole vastaussaraketta annetuille vaihtoehdoille: lomakkeisiin tulee valintasarake {label}, vaihtoehdot {options}"),
        Guess::NoUnits => "yksiköitä ei löytynyt (lisää välilehti Yksiköt): vastaajat luetaan tiedostoista".into(),
        Guess::UnitsFrom(n) => format!("{n} yksikköä tiedostoissa nimetyistä vastaajista"),
        Guess::IgnoredColumn(h) => format!("sarake {h} ei ole ohjelman eikä vastauksen sarake; sitä ei käytetty"),
        Guess::OrganisationFromTitle => "organisaatio on otsikko (anna oma solussa \"Organisaatio: …\")".into(),
        Guess::UnitLabel(l) => format!("yksikön nimike: {l}"),
        Guess::Feedback(t) => format!("palauteosion otsikko: {t}"),
    }
}

//! Finnish wording of the rules a programme definition breaks and of the
//! problems the definition check finds.
use crate::Worded;
use koonti_model::Lang;
use koonti_programme::{ProblemKind, Rule, SCALE_OPTIONS};

const L: Lang = Lang::Fi;

/// `rule` as a clause.
pub(super) fn rule(rule: &Rule) -> String {
    let (min, max) = (SCALE_OPTIONS.start(), SCALE_OPTIONS.end());
    match rule {
        Rule::EmptyId => "ohjelman tunnus (id) on tyhjä".into(),
        Rule::NoMeasures => "ohjelmassa ei ole yhtään toimenpidettä".into(),
        Rule::DuplicateMeasureId(id) => {
            format!("toimenpiteen tunnus {id} on käytössä kahdesti")
        }
        Rule::EmptyMeasureText(id) => format!("toimenpiteellä {id} ei ole tekstiä"),
        Rule::DuplicateSectionId(id) => {
            format!("osion tunnus {id} on käytössä kahdesti")
        }
        Rule::DuplicateUnitName(name) => {
            format!("yksikön nimi ”{name}” on annettu kahdesti")
        }
        Rule::ScaleSize { options } => format!(
            "vastausasteikossa on {options} vaihtoehtoa; vaihtoehtoja pitää olla {min}–{max}"
        ),
        Rule::DuplicateOptionId(id) => {
            format!("vastausvaihtoehdon tunnus ”{id}” on käytössä kahdesti")
        }
        Rule::ReservedOptionId(id) => {
            format!("vastausvaihtoehdon tunnus ”{id}” on varattu; anna toinen tunnus")
        }
    }
}

/// Where a problem is, before it ("rivi 3: ").
pub(super) fn line(n: usize) -> String {
    format!("rivi {n}: ")
}

/// `kind` as a clause.
pub(super) fn problem(kind: &ProblemKind) -> String {
    use ProblemKind::*;
    match kind {
        NotUtf8 => "tiedosto ei ole UTF-8-muodossa; tallenna tiedosto UTF-8-muodossa (Muistiossa: Tallenna nimellä → Koodaus: UTF-8)".into(),
        // The parser's reason is English: it is told in English only.
        Syntax(_) => "TOML-kirjoitusvirhe; tarkista rivin lainausmerkit, = -merkit ja hakasulkeet".into(),
        MissingKey { table, key } => format!("taulukosta {table} puuttuu pakollinen avain {key}; lisää rivi {key} = \"…\""),
        UnknownKey { table, key, nearest } => match nearest {
            Some(n) => format!("tuntematon avain {key} taulukossa {table}; tarkoititko {n}?"),
            None => format!("tuntematon avain {key} taulukossa {table}; poista se"),
        },
        WrongType { key, expected } => format!("avaimen {key} arvon pitää olla {expected}"),
        EmptyId { table } => format!("tyhjä id taulukossa {table}; anna jokaiselle oma tunnus, esim. id = \"1.1\""),
        EmptyText { id } => format!("toimenpiteellä {id} ei ole tekstiä; kirjoita text = \"…\""),
        DuplicateId { id, first } => format!("id {id} on jo käytössä rivillä {first}; anna jokaiselle oma tunnus"),
        DuplicateText { text, first } => format!("toimenpide \"{text}\" on jo rivillä {first}; poista toinen tai muuta sitä"),
        BundledId(id) => format!("id {id} on koonnin mukana tulevan ohjelman tunnus; anna omalle ohjelmalle oma tunnus, esim. id = \"{id}-oma\", tai nosta version-arvoa, jos tämä on saman ohjelman uusi versio"),
        Rule(rule) => rule.message(L),
        Format(_) => "määrittelyn muoto ei kelpaa; vertaa sitä koonnin kirjoittamaan määrittelyyn (koonti programme new)".into(),
    }
}

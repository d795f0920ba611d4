//! Finnish wording of the engine's refusals and errors.
use super::{Edited, Front, Refusal, Stored, skipped_list, stored, toml_detail};
use crate::{Worded, some_of};
use koonti_model::Lang;
use koonti_programme::{Misfit, ProgrammeError};

const L: Lang = Lang::Fi;

/// `err` as the user reads it in Finnish, with what to do in `front`.
pub(super) fn message(err: &Refusal, front: Front) -> String {
    // The exe takes no options: it is told the page's choices.
    let page = front != Front::CommandLine;
    match err {
        Refusal::NoInputs => {
            "Tiedostoja ei annettu: anna yksiköiden palauttamat Excel-tiedostot tai kansio, jossa ne ovat.".into()
        }
        Refusal::NothingReadable { skipped } => format!(
            "Yhtäkään annetuista tiedostoista ei voitu lukea Excel-taulukkona, joten koontia ei tehty: {}. Pyydä yksiköiltä vastaukset Excel-lomakkeella.",
            skipped_list(skipped, L)
        ),
        Refusal::NoProgrammeDetected { .. } if page => {
            "Ei selvinnyt, mihin ohjelmaan tiedostot vastaavat: yksikään solu ei vastaa tunnettujen ohjelmien toimenpiteitä. Valitse ohjelma kohdasta Ohjelma tai anna ohjelman taulukko.".into()
        }
        Refusal::NoProgrammeDetected { bundled } => format!(
            "Ei selvinnyt, mihin ohjelmaan tiedostot vastaavat: yksikään solu ei vastaa koonnin tuntemien ohjelmien toimenpiteitä. Kerro ohjelma valinnalla --programme OHJELMA.xlsx tai jokin näistä: {}.",
            bundled.join(", ")
        ),
        Refusal::WrongProgramme(misfit) => match (*misfit, page) {
            (Misfit::Better { chosen, answers, hits }, false) => format!(
                "Tiedostot vastaavat ohjelmaa {answers}, eivät ohjelmaa {chosen} (toimenpidetekstejä vastaa ohjelmaa {answers}: {}, ohjelmaa {chosen}: {}). Käytä valintaa --programme {answers}.",
                hits.1, hits.0
            ),
            (Misfit::Better { chosen, answers, hits }, true) => format!(
                "Tiedostot vastaavat ohjelmaa {answers}, eivät ohjelmaa {chosen} (toimenpidetekstejä vastaa ohjelmaa {answers}: {}, ohjelmaa {chosen}: {}). Valitse ohjelma {answers} kohdasta Ohjelma.",
                hits.1, hits.0
            ),
            (Misfit::Unknown { declared }, false) => format!(
                "Tiedostot on tehty ohjelmalle {declared}, jota koonti ei tunne. Anna sen määrittely valinnalla --programme OHJELMA.xlsx."
            ),
            (Misfit::Unknown { declared }, true) => format!(
                "Tiedostot on tehty ohjelmalle {declared}, jota koonti ei tunne. Anna sen määrittely kohdassa Ohjelma (oma ohjelmatiedosto)."
            ),
        },
        Refusal::MixedPeriods(mixed) => {
            let parts: Vec<String> = mixed
                .periods
                .iter()
                .map(|(period, files)| format!("{period}: {}", some_of(L, files, 5)))
                .collect();
            let first = mixed
                .periods
                .keys()
                .next()
                .map_or_else(|| "2024".to_string(), ToString::to_string);
            let choose = if page {
                format!("Kirjoita yksi kausi, esim. {first}, kohtaan Raportointikausi")
            } else {
                format!("Valitse yksi kausi, esim. --period {first}")
            };
            format!(
                "Vastaukset ovat usealta kaudelta ({}). {choose}, tai siirrä muiden kausien tiedostot pois.",
                parts.join("; ")
            )
        }
        Refusal::OwnWorkbooksOnly { files } => {
            let what = if files.len() == 1 {
                "on koonnin oma koostetyökirja eikä yksikön vastaus"
            } else {
                "ovat koonnin omia koostetyökirjoja eivätkä yksiköiden vastauksia"
            };
            let more = if page {
                ""
            } else {
                "; vuosien koosteita verrataan komennolla koonti compare, ja liitteen saa yhdestä koosteesta komennolla koonti appendix"
            };
            format!(
                "{} {what}. Anna yksiköiden palauttamat vastaustiedostot{more}.",
                some_of(L, files, 5)
            )
        }
        Refusal::EditedWorkbook { name, cells } => format!(
            "Työkirjassa {name} on muutettu näkyviä soluja niin, ettei muutoksia voi lukea korjauksiksi: {}. Korjauksina luetaan vain Vastaukset-taulukon tila- ja tekstisarakkeet (tila asteikon vaihtoehtona), joten tee muutokset sinne tai tee liite vastaustiedostoista.",
            some_of(L, &cells.iter().map(edited).collect::<Vec<_>>(), 5)
        ),
        Refusal::NotStored { name } => format!(
            "Tiedosto {name} ei ole koonnin raportti eikä koostetyökirja. Anna koonnin tekemä työkirja tai JSON-raportti, tai yksiköiden vastaukset."
        ),
        Refusal::Stored { name, source } => match stored(source, L) {
            Stored::NotAReport => format!(
                "Tiedosto {name} ei ole koonnin raportti eikä koostetyökirja. Anna koonnin tekemä työkirja tai JSON-raportti, tai yksiköiden vastaukset."
            ),
            Stored::Broken(detail) => format!(
                "Koonnin raportti tiedostossa {name} on rikki, eikä sitä voi lukea{detail}. Tee koonti uudelleen vastaustiedostoista."
            ),
        },
        Refusal::Programme(err) => match err {
            ProgrammeError::Io { path, source } => format!(
                "Ohjelman määrittelyä {} ei voitu lukea ({source}). Tarkista, että tiedosto on olemassa ja että sinulla on oikeus lukea sitä.",
                path.display()
            ),
            ProgrammeError::Parse { name, source } => format!(
                "Ohjelman määrittely {name} ei ole kelvollista TOML-muotoa; korjaa kohta ja yritä uudelleen ({}).",
                toml_detail(source, L)
            ),
            ProgrammeError::Invalid { name, reason } => format!(
                "Ohjelman määrittely {name} ei kelpaa: {}. Korjaa määrittely ja yritä uudelleen.",
                reason.message(L)
            ),
            ProgrammeError::Unknown { name, known } => format!(
                "Ohjelmaa ”{name}” ei löydy tiedostona eikä koonnin mukana tulevista ohjelmista. Anna ohjelma taulukkona (.xlsx) tai jokin näistä: {}.",
                known.join(", ")
            ),
        },
        // A definition that breaks a rule is worded as a programme's.
        Refusal::Define(koonti_define::DefineError::Invalid(err)) => {
            message(&Refusal::Programme(err), front)
        }
        Refusal::Define(err) => err.message(L),
        Refusal::History(err) => err.message(L),
        Refusal::Definition { name, problems } => {
            let first: Vec<String> = problems.iter().take(3).map(|p| p.message(L)).collect();
            let more = problems.len().saturating_sub(3);
            let more = match (more, page) {
                (0, _) => String::new(),
                (n, true) => format!(" (ja {n} muuta)"),
                (n, false) => format!(" (ja {n} muuta; koonti programme check {name} luettelee kaikki)"),
            };
            format!("Ohjelman määrittelyssä {name} on korjattavaa: {}{more}.", first.join("; "))
        }
        Refusal::Failed { .. } => failed(),
    }
}

/// An output koonti could not build: a fault of koonti's own, whose
/// technical reason (the writer's English) is in the English message only.
fn failed() -> String {
    "Tulostetta ei voitu muodostaa. Ilmoita tästä koonnin ylläpitäjälle.".into()
}

/// What of a workbook was changed.
fn edited(edited: &Edited) -> String {
    match edited {
        Edited::Cell(cell) => cell.clone(),
        Edited::Unreadable => "(työkirjaa ei voitu lukea)".into(),
        Edited::SheetMissing { sheet } => format!("{sheet} (välilehti puuttuu)"),
        Edited::RowMissing { unit, measure } => format!("{unit} {measure} (rivi puuttuu)"),
    }
}

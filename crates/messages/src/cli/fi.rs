//! Finnish wording of the command line's messages (the default language).
use super::programme::{Forms, contents, counted};
use super::{CompareMessage, Message, OutputKind, ProgrammeSaid};
use crate::{Noun, Worded, count, list};
use koonti_model::Lang;

const L: Lang = Lang::Fi;

fn n(number: usize, noun: Noun) -> String {
    count(L, number, noun)
}

fn kind(kind: &OutputKind) -> String {
    match kind {
        OutputKind::Xlsx => ".xlsx (työkirja)".into(),
        OutputKind::Json => ".json (raportti)".into(),
        OutputKind::Html => ".html (verkkosivu)".into(),
        OutputKind::Pptx => ".pptx (esitys)".into(),
        OutputKind::Toml => ".toml (ohjelman määrittely)".into(),
    }
}

/// `message` in Finnish.
pub(super) fn text(message: &Message) -> String {
    match message {
        Message::InputsNotFound { paths } => format!(
            "Tiedostoa tai kansiota {} ei löydy. Tarkista nimi ja sijainti, tai vedä vastauskansio koonti-ohjelman päälle.",
            list(L, paths)
        ),
        Message::NoSpreadsheets { paths } => format!(
            "Kohteesta {} ei löytynyt tiedostoja. Anna kansio, jossa yksiköiden palauttamat vastaukset ovat.",
            list(L, paths)
        ),
        Message::InputUnreadable { file, os } => format!(
            "Tiedostoa {file} ei voitu lukea{}. Tarkista, että tiedosto on olemassa ja että sinulla on oikeus lukea sitä.",
            crate::system::fi(os)
        ),
        Message::PathMissing => "tiedostoa tai kansiota ei löydy; tarkista nimi ja sijainti".into(),
        Message::FolderUnlisted { os } => format!(
            "kansion tiedostoja ei voitu luetella{}; tarkista, että sinulla on oikeus lukea kansiota",
            crate::system::fi(os)
        ),
        Message::Engine { texts } => texts[0].clone(),
        Message::NotStored { file } => format!(
            "Tiedosto {file} ei ole koonnin raportti eikä koostetyökirja. Anna koonti merge -komennon tekemä työkirja tai JSON-raportti, tai yksiköiden vastaukset."
        ),
        Message::SlidesWritten { file } => format!("Esitys valiokunnalle kirjoitettu: {file}."),
        Message::SlidesTheme { file } => format!(
            "Esityspohjasta {file} ei saatu teemaa: se ei ole PowerPoint-esitys tai -pohja (.pptx, .potx)."
        ),
        Message::OutputLocked { file } => format!(
            "Tiedosto {file} on auki toisessa ohjelmassa (esim. Excelissä); sulje se ja yritä uudelleen."
        ),
        Message::OutputReadOnly { file } => format!(
            "Tiedosto {file} on kirjoitussuojattu, eikä koonti korvaa sitä. Poista suojaus tai tiedosto, tai anna toinen nimi valinnalla -o."
        ),
        Message::OutputIsInput { file } => format!(
            "Tuloste {file} korvaisi yhden luettavista tiedostoista. Anna tulosteelle toinen nimi valinnalla -o."
        ),
        Message::FolderNotWritable { folder, file, os } => format!(
            "Tiedostoa {file} ei voitu kirjoittaa, koska kansioon {folder} ei voi kirjoittaa{}. Valitse toinen kansio valinnalla -o tai pyydä kirjoitusoikeus.",
            crate::system::fi(os)
        ),
        Message::FolderMissing { folder, file } => format!(
            "Tiedostoa {file} ei voitu kirjoittaa, koska kansiota {folder} ei ole. Luo kansio tai anna olemassa oleva kansio valinnalla -o."
        ),
        Message::FolderNotCreated { folder, os } => format!(
            "Kansiota {folder} ei voitu luoda{}. Tarkista polku tai valitse toinen kansio.",
            crate::system::fi(os)
        ),
        Message::OutputFailed { file, os } => format!(
            "Tiedostoa {file} ei voitu kirjoittaa{}. Tarkista, että levyllä on tilaa ja kansioon saa kirjoittaa, ja yritä uudelleen.",
            crate::system::fi(os)
        ),
        Message::StdoutFailed { os } => format!(
            "Tulostus näytölle tai putkeen epäonnistui{}. Kirjoita tuloste tiedostoon, esim. --json koonti.json.",
            crate::system::fi(os)
        ),
        Message::BadExtension {
            option,
            file,
            asked,
            allowed,
        } => {
            let asked = asked
                .as_ref()
                .map_or("tiedostoa ilman tarkennetta".to_string(), |e| {
                    format!("tiedostoa .{e}")
                });
            let can: Vec<String> = allowed.iter().map(kind).collect();
            format!(
                "{option} {file}: koonti ei osaa kirjoittaa tähän {asked}; se kirjoittaa {}. Vaihda tiedoston pääte.",
                list(L, &can).replace(" ja ", " tai ")
            )
        }
        Message::UnknownOption { option } => format!(
            "Tuntematon valinta {option}. Katso ohjeet: koonti --help."
        ),
        Message::UnknownCommand { name, commands } => format!(
            "”{name}” ei ole koonnin komento eikä olemassa oleva tiedosto tai kansio. Komennot ovat {}; katso ohjeet: koonti --help.",
            list(L, commands)
        ),
        Message::MissingArgument { argument } => format!(
            "Puuttuu {argument}. Katso ohjeet: koonti --help."
        ),
        Message::MissingValue { option } => format!(
            "Valinnalle {option} puuttuu arvo. Katso ohjeet: koonti --help."
        ),
        Message::InvalidValue { option, value } => format!(
            "Arvo ”{value}” ei kelpaa valinnalle {option}. Katso ohjeet: koonti --help."
        ),
        Message::UnexpectedArgument { argument } => format!(
            "Ylimääräinen tai toistettu argumentti {argument}. Katso ohjeet: koonti --help."
        ),
        Message::UnknownLanguage { value } => format!(
            "Kieltä ”{value}” ei tueta; valitse fi, sv tai en. Käytetään suomea."
        ),
        Message::BadArguments { detail } => format!(
            "Komentoriviä ei voitu tulkita ({detail}). Katso ohjeet: koonti --help."
        ),
        Message::MergeSummary {
            programme,
            responses,
            expected,
            missing,
            findings: [errors, warnings, infos],
            output,
            replaced,
            inferred,
        } => format!(
            "{programme} — {} ({expected} odotetusta), {missing} puuttuu; havaintoja: {}, {}, {} → {output}{}{}",
            n(*responses, Noun::Response),
            n(*errors, Noun::Error),
            n(*warnings, Noun::Warning),
            n(*infos, Noun::Info),
            if *replaced {
                " (aiempi tiedosto korvattu)"
            } else {
                ""
            },
            match inferred {
                Some(path) => format!("; ohjelma päätelty vastauksista → {path}"),
                None => String::new(),
            }
        ),
        Message::AppendixSummary {
            programme,
            responses,
            actions,
            corrections,
            written,
        } => format!(
            "{programme} — {}, {}{} → {}",
            n(*responses, Noun::Response),
            n(*actions, Noun::Action),
            match corrections {
                0 => String::new(),
                c => format!(", {} luettu Vastaukset-taulukosta", n(*c, Noun::Correction)),
            },
            written.join(", ")
        ),
        Message::TemplateSummary {
            programme,
            templates,
            folder,
        } => format!(
            "{programme} — {} ({} ja tyhjä muille) → {folder}",
            n(*templates, Noun::Template),
            n(templates.saturating_sub(1), Noun::Unit)
        ),
        Message::DropWritten {
            workbook,
            appendix,
            slides,
        } => format!(
            "Valmis. Koonti on tiedostossa {workbook}, liite tiedostossa {appendix} ja esitys valiokunnalle tiedostossa {slides}."
        ),
        Message::ConsoleWholeMerge => "Koko aineisto".into(),
        Message::ConsoleOtherFiles => "Tiedostot, joiden yksikköä ei tunnistettu".into(),
        Message::ConsoleMore { count } => format!("+{count} muuta: katso Tarkistukset-välilehti"),
        Message::ConsoleMissing { count } => format!("Puuttuvat ({}):", n(*count, Noun::Unit)),
        Message::ConsoleNoneMissing => crate::letters::none_missing(L).into(),
        Message::DropToFix => "Havainnot yksiköittäin (kaikki Tarkistukset-välilehdellä):".into(),
        Message::DropNothingToFix => "Korjattavaa ei löytynyt.".into(),
        Message::Progress => "luetaan {pos}/{len} tiedostoa".into(),
        Message::NoArguments => "koonti yhdistää yksiköiden palauttamat osallisuusohjelman vastaukset yhdeksi koonniksi.\n\nNäin käytät sitä:\n  1. Tallenna yksiköiden palauttamat Excel-tiedostot samaan kansioon.\n  2. Vedä kansio hiirellä koonti-ohjelman kuvakkeen päälle.\n  3. Koonti (.xlsx), liite (.html) ja esitys (.pptx) ilmestyvät kansion viereen.\n\nKomentorivillä: koonti merge KANSIO; kaikki komennot: koonti --help.".into(),
        Message::Compare(message) => compare(message),
        Message::History(err) => err.message(Lang::Fi),
        Message::ProgrammeInferredWritten { measures, units, path } => format!("ohjelma pääteltiin vastauksista ({measures} toimenpidettä, {units} yksikköä) → {path}; tarkista se ja anna se ensi kerralla: --programme {path}"),
        Message::PeriodDefaulted { year } => format!("kausi {year} (kuluva vuosi; anna toinen --period-valitsimella)"),
        Message::PressEnter => "Paina Enter sulkeaksesi ikkunan.".into(),
    }
}

/// What `koonti compare` says, in Finnish.
pub(super) fn compare(message: &CompareMessage) -> String {
    match message {
        CompareMessage::NotAReport { input } => format!(
            "{input} ei ole koonnin raportti (koonti merge -työkirja tai JSON), vastaustiedosto eikä vastauskansio; anna kunkin kauden kooste tai vastausten kansio"
        ),
        CompareMessage::Undated {
            input,
            file,
            periods,
        } => {
            let periods = periods.join(", ");
            format!(
                "{input}: vastaukset ovat usealta kaudelta ({periods}), mutta tiedoston {file} kautta ei voi päätellä; lisää kausi sen nimeen tai otsikkoon tai siirrä se oman kautensa kansioon"
            )
        }
        CompareMessage::Unreadable { input, reason } => format!(
            "{input}: tiedostoa ei voitu lukea{}",
            crate::system::fi(reason)
        ),
        CompareMessage::Written {
            programme,
            periods,
            counts: [improved, regressed, unchanged, new, dropped],
            outputs,
        } => {
            let (periods, outputs) = (periods.join(", "), outputs.join(", "));
            format!(
                "koonti: {programme} — kaudet {periods}; viimeisimmässä muutoksessa vastauksia edistyi {improved}, heikkeni {regressed}, pysyi ennallaan {unchanged}, tuli lisää {new} ja jäi pois {dropped} → {outputs}"
            )
        }
    }
}

/// The nouns a programme is counted by: measures, sections, units.
const CONTENTS: [Forms; 3] = [
    ("toimenpide", "toimenpidettä"),
    ("osio", "osiota"),
    ("yksikkö", "yksikköä"),
];

/// What `koonti programme` says, in Finnish.
pub(super) fn programme(said: &ProgrammeSaid) -> String {
    let scale = |programme| format!("asteikko {}", super::programme::scale_labels(programme));
    match said {
        ProgrammeSaid::Wrote { path, programme } => format!(
            "koonti: {} — {} → {}",
            programme.id,
            contents(programme, CONTENTS),
            path.display()
        ),
        ProgrammeSaid::Guessed => "Arvattu (tarkista ja korjaa tarvittaessa):".into(),
        ProgrammeSaid::Fine { file, programme } => format!(
            "{file}: kunnossa — {} ({}), {}; {}",
            programme.title,
            programme.id,
            contents(programme, CONTENTS),
            scale(programme)
        ),
        ProgrammeSaid::ScaleGuessed { file, programme } => format!(
            "{file}: tarkistettava: vastausasteikko on arvattu ({}) — {} ({}), {}",
            scale(programme),
            programme.title,
            programme.id,
            contents(programme, CONTENTS)
        ),
        ProgrammeSaid::Problems { file, count } => {
            format!("{file}: {}", counted(*count, ("korjattava", "korjattavaa")))
        }
        ProgrammeSaid::Listed { programme } => format!(
            "{}\t{}\t{}",
            programme.id,
            programme.title,
            counted(programme.measures().len(), CONTENTS[0])
        ),
        ProgrammeSaid::BlankOrigin => "Tyhjä ohjelma: korvaa esimerkit omillasi.".into(),
        ProgrammeSaid::DerivedOrigin { form } => format!("Johdettu lomakkeesta {form}."),
        ProgrammeSaid::InferredOrigin => "Päätelty palautetuista vastauksista (koonti merge); tarkista toimenpiteet, osiot ja yksiköt.".into(),
    }
}

//! Swedish wording of the command line's messages.
use super::programme::{Forms, contents, counted};
use super::{CompareMessage, Message, OutputKind, ProgrammeSaid};
use crate::{Noun, Worded, count, list};
use koonti_model::Lang;

const L: Lang = Lang::Sv;

fn n(number: usize, noun: Noun) -> String {
    count(L, number, noun)
}

fn kind(kind: &OutputKind) -> String {
    match kind {
        OutputKind::Xlsx => ".xlsx (arbetsbok)".into(),
        OutputKind::Json => ".json (rapport)".into(),
        OutputKind::Html => ".html (webbsida)".into(),
        OutputKind::Pptx => ".pptx (presentation)".into(),
        OutputKind::Toml => ".toml (programdefinition)".into(),
    }
}

/// `message` in Swedish.
pub(super) fn text(message: &Message) -> String {
    match message {
        Message::InputsNotFound { paths } => format!(
            "Filen eller mappen {} finns inte. Kontrollera namnet och platsen, eller dra svarsmappen till koonti-programmet.",
            list(L, paths)
        ),
        Message::NoSpreadsheets { paths } => format!(
            "I {} finns inga filer. Ange mappen med de svar enheterna har skickat.",
            list(L, paths)
        ),
        Message::InputUnreadable { file, os } => format!(
            "Filen {file} kunde inte läsas{}. Kontrollera att filen finns och att du får läsa den.",
            crate::system::sv(os)
        ),
        Message::PathMissing => "filen eller mappen finns inte; kontrollera namnet och platsen".into(),
        Message::FolderUnlisted { os } => format!(
            "mappens filer kunde inte listas{}; kontrollera att du får läsa mappen",
            crate::system::sv(os)
        ),
        Message::Engine { texts } => texts[1].clone(),
        Message::NotStored { file } => format!(
            "Filen {file} är varken en rapport eller en sammanställning från koonti. Ange en arbetsbok eller JSON-rapport från koonti merge, eller enheternas svar."
        ),
        Message::SlidesWritten { file } => format!("Presentationen för nämnden skrevs: {file}."),
        Message::SlidesTheme { file } => format!(
            "Ur mallen {file} fick koonti inget tema: den är ingen PowerPoint-presentation eller -mall (.pptx, .potx)."
        ),
        Message::OutputLocked { file } => format!(
            "Filen {file} är öppen i ett annat program (t.ex. Excel); stäng den och försök igen."
        ),
        Message::OutputReadOnly { file } => format!(
            "Filen {file} är skrivskyddad och koonti ersätter den inte. Ta bort skyddet eller filen, eller ange ett annat namn med -o."
        ),
        Message::OutputIsInput { file } => format!(
            "Utdatafilen {file} skulle ersätta en av filerna som läses. Ange ett annat namn med -o."
        ),
        Message::FolderNotWritable { folder, file, os } => format!(
            "Filen {file} kunde inte skrivas eftersom det inte går att skriva i mappen {folder}{}. Välj en annan mapp med -o eller be om skrivrätt.",
            crate::system::sv(os)
        ),
        Message::FolderMissing { folder, file } => format!(
            "Filen {file} kunde inte skrivas eftersom mappen {folder} inte finns. Skapa mappen eller ange en befintlig mapp med -o."
        ),
        Message::FolderNotCreated { folder, os } => format!(
            "Mappen {folder} kunde inte skapas{}. Kontrollera sökvägen eller välj en annan mapp.",
            crate::system::sv(os)
        ),
        Message::OutputFailed { file, os } => format!(
            "Filen {file} kunde inte skrivas{}. Kontrollera att det finns utrymme på disken och att mappen är skrivbar, och försök igen.",
            crate::system::sv(os)
        ),
        Message::StdoutFailed { os } => format!(
            "Utskriften till skärmen eller röret misslyckades{}. Skriv utdata till en fil, t.ex. --json koonti.json.",
            crate::system::sv(os)
        ),
        Message::BadExtension {
            option,
            file,
            asked,
            allowed,
        } => {
            let asked = asked
                .as_ref()
                .map_or("en fil utan filändelse".to_string(), |e| format!("en .{e}-fil"));
            let can: Vec<String> = allowed.iter().map(kind).collect();
            format!(
                "{option} {file}: koonti kan inte skriva {asked} här; det skriver {}. Byt filändelse.",
                list(L, &can).replace(" och ", " eller ")
            )
        }
        Message::UnknownOption { option } => {
            format!("Okänt alternativ {option}. Se anvisningarna: koonti --help.")
        }
        Message::UnknownCommand { name, commands } => format!(
            "”{name}” är varken ett kommando i koonti eller en befintlig fil eller mapp. Kommandona är {}; se anvisningarna: koonti --help.",
            list(L, commands)
        ),
        Message::MissingArgument { argument } => {
            format!("{argument} saknas. Se anvisningarna: koonti --help.")
        }
        Message::MissingValue { option } => {
            format!("Alternativet {option} saknar värde. Se anvisningarna: koonti --help.")
        }
        Message::InvalidValue { option, value } => format!(
            "Värdet ”{value}” duger inte för {option}. Se anvisningarna: koonti --help."
        ),
        Message::UnexpectedArgument { argument } => format!(
            "Överflödigt eller upprepat argument {argument}. Se anvisningarna: koonti --help."
        ),
        Message::UnknownLanguage { value } => format!(
            "Språket ”{value}” stöds inte; välj fi, sv eller en. Finska används."
        ),
        Message::BadArguments { detail } => format!(
            "Kommandoraden kunde inte tolkas ({detail}). Se anvisningarna: koonti --help."
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
            "{programme} — {} (av {expected} väntade), {missing} saknas; iakttagelser: {}, {}, {} → {output}{}{}",
            n(*responses, Noun::Response),
            n(*errors, Noun::Error),
            n(*warnings, Noun::Warning),
            n(*infos, Noun::Info),
            if *replaced {
                " (tidigare fil ersatt)"
            } else {
                ""
            },
            match inferred {
                Some(path) => format!("; programmet härlett ur svaren → {path}"),
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
                c => format!(", {} lästa från bladet Svar", n(*c, Noun::Correction)),
            },
            written.join(", ")
        ),
        Message::TemplateSummary {
            programme,
            templates,
            folder,
        } => format!(
            "{programme} — {} ({} och en tom för andra) → {folder}",
            n(*templates, Noun::Template),
            n(templates.saturating_sub(1), Noun::Unit)
        ),
        Message::DropWritten {
            workbook,
            appendix,
            slides,
        } => format!(
            "Klart. Sammanställningen finns i filen {workbook}, bilagan i filen {appendix} och presentationen för nämnden i filen {slides}."
        ),
        Message::ConsoleWholeMerge => "Hela materialet".into(),
        Message::ConsoleOtherFiles => "Filer vars enhet inte kändes igen".into(),
        Message::ConsoleMore { count } => format!("+{count} till: se fliken Kontroller"),
        Message::ConsoleMissing { count } => format!("Saknas ({}):", n(*count, Noun::Unit)),
        Message::ConsoleNoneMissing => crate::letters::none_missing(L).into(),
        Message::DropToFix => "Iakttagelser per enhet (alla på fliken Kontroller):".into(),
        Message::DropNothingToFix => "Inget att rätta.".into(),
        Message::Progress => "läser {pos}/{len} filer".into(),
        Message::NoArguments => "koonti sammanställer enheternas svar om delaktighetsprogrammet till en rapport.\n\nSå här använder du det:\n  1. Spara Excel-filerna som enheterna har skickat i samma mapp.\n  2. Dra mappen med musen till koonti-programmets ikon.\n  3. Sammanställningen (.xlsx), bilagan (.html) och presentationen (.pptx) visas bredvid mappen.\n\nPå kommandoraden: koonti merge MAPP; alla kommandon: koonti --help.".into(),
        Message::Compare(message) => compare(message),
        Message::History(err) => err.message(Lang::Sv),
        Message::ProgrammeInferredWritten { measures, units, path } => format!("programmet härleddes ur svaren ({measures} åtgärder, {units} enheter) → {path}; granska det och ange det nästa gång: --programme {path}"),
        Message::PeriodDefaulted { year } => format!("period {year} (innevarande år; ange en annan med --period)"),
        Message::PressEnter => "Tryck på Enter för att stänga fönstret.".into(),
    }
}

/// What `koonti compare` says, in Swedish.
pub(super) fn compare(message: &CompareMessage) -> String {
    match message {
        CompareMessage::NotAReport { input } => format!(
            "{input} är ingen koonti-rapport (arbetsbok från koonti merge eller JSON), ingen svarsfil och ingen svarsmapp; ange varje periods sammanställning eller mappen med svar"
        ),
        CompareMessage::Undated {
            input,
            file,
            periods,
        } => {
            let periods = periods.join(", ");
            format!(
                "{input}: svaren är från flera perioder ({periods}), men perioden för filen {file} framgår inte; lägg till perioden i dess namn eller rubrik eller flytta den till periodens mapp"
            )
        }
        CompareMessage::Unreadable { input, reason } => format!(
            "{input}: filen kunde inte läsas{}",
            crate::system::sv(reason)
        ),
        CompareMessage::Written {
            programme,
            periods,
            counts: [improved, regressed, unchanged, new, dropped],
            outputs,
        } => {
            let (periods, outputs) = (periods.join(", "), outputs.join(", "));
            format!(
                "koonti: {programme} — perioder {periods}; i den senaste förändringen gick svar framåt: {improved}, bakåt: {regressed}, oförändrade: {unchanged}, nya: {new}, bortfallna: {dropped} → {outputs}"
            )
        }
    }
}

/// The nouns a programme is counted by: measures, sections, units.
const CONTENTS: [Forms; 3] = [
    ("åtgärd", "åtgärder"),
    ("avsnitt", "avsnitt"),
    ("enhet", "enheter"),
];

/// What `koonti programme` says, in Swedish.
pub(super) fn programme(said: &ProgrammeSaid) -> String {
    let scale = |programme| format!("skala {}", super::programme::scale_labels(programme));
    match said {
        ProgrammeSaid::Wrote { path, programme } => format!(
            "koonti: {} — {} → {}",
            programme.id,
            contents(programme, CONTENTS),
            path.display()
        ),
        ProgrammeSaid::Guessed => "Gissat (kontrollera och rätta vid behov):".into(),
        ProgrammeSaid::Fine { file, programme } => format!(
            "{file}: i ordning — {} ({}), {}; {}",
            programme.title,
            programme.id,
            contents(programme, CONTENTS),
            scale(programme)
        ),
        ProgrammeSaid::ScaleGuessed { file, programme } => format!(
            "{file}: kontrollera: svarsskalan är gissad ({}) — {} ({}), {}",
            scale(programme),
            programme.title,
            programme.id,
            contents(programme, CONTENTS)
        ),
        ProgrammeSaid::Problems { file, count } => {
            format!("{file}: {}", counted(*count, ("att rätta", "att rätta")))
        }
        ProgrammeSaid::Listed { programme } => format!(
            "{}\t{}\t{}",
            programme.id,
            programme.title,
            counted(programme.measures().len(), CONTENTS[0])
        ),
        ProgrammeSaid::BlankOrigin => "Tomt program: ersätt exemplen med dina egna.".into(),
        ProgrammeSaid::DerivedOrigin { form } => format!("Härlett ur blanketten {form}."),
        ProgrammeSaid::InferredOrigin => "Härledd ur de returnerade svaren (koonti merge); kontrollera åtgärderna, avsnitten och enheterna.".into(),
    }
}

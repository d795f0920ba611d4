//! Swedish wording of what a definition read from a spreadsheet left to a
//! guess, and why a spreadsheet gives no programme.
use crate::Worded;
use koonti_define::{DefineError, Guess};
use koonti_model::Lang;

const L: Lang = Lang::Sv;

/// `err` as one line.
pub(super) fn error(err: &DefineError) -> String {
    match err {
        DefineError::Read { file, source } => {
            format!("{file}: {}", source.finding_code().message(L))
        }
        DefineError::KoontiWorkbook { file } => format!(
            "{file} är en sammanställning gjord av koonti, inte en programdefinition; ange programmet som programblad eller TOML-fil (koonti programme new -o program.xlsx)"
        ),
        DefineError::NoTable { file } => format!(
            "{file}: ingen programtabell; rubrikraden behöver en åtgärdskolumn (Toimenpide, Åtgärd)"
        ),
        DefineError::DuplicateId { id, cells } => format!(
            "åtgärdsnumret {id} förekommer två gånger ({} och {}); ge varje åtgärd ett eget nummer",
            cells[0], cells[1]
        ),
        DefineError::DuplicateText { text, cells } => format!(
            "åtgärden \"{text}\" förekommer två gånger ({} och {}); ta bort den ena eller ändra dess text",
            cells[0], cells[1]
        ),
        DefineError::Invalid(err) => super::invalid(err, L),
        DefineError::ScaleSize { file, at, options } => {
            let (rule, listed) = super::scale_size(options);
            format!(
                "{file}, {at}: {} ({listed}); skriv alternativen i en cell åtskilda med semikolon, t.ex. Svarsalternativ: Inte påbörjad; Pågår; Genomförd",
                rule.message(L)
            )
        }
    }
}

/// `guess` as a sentence.
pub(super) fn guess(guess: &Guess) -> String {
    match guess {
        Guess::IdFromTitle(id) => format!("id {id} gjordes av rubriken"),
        Guess::IdNotBundled { bundled, id } => {
            format!("id {bundled} hör till ett inbyggt program; id {id} används")
        }
        Guess::IdsNumbered => "åtgärdernas nummer gjordes av ordningen (avsnitt.åtgärd)".into(),
        Guess::OneSection => "inga avsnitt: alla åtgärder i ett avsnitt".into(),
        Guess::DefaultScale => {
            "inga svarskolumner: två markeringskolumner och en textkolumn används".into()
        }
        Guess::MarkScale { labels } => format!("svarskolumner: {labels}"),
        Guess::StatusScale { label, options } => {
            format!("statuskolumn {label}, alternativ {options}")
        }
        Guess::DefaultOptions => {
            "statuskolumnen har inga alternativ: Ei aloitettu; Kesken; Valmis".into()
        }
        Guess::StatusColumnAdded { label, options } => format!(
            "tabellen har ingen svarskolumn för de angivna alternativen: blanketterna får en valkolumn {label}, alternativ {options}"
        ),
        Guess::NoUnits => {
            "inga enheter (lägg till bladet Yksiköt): enheterna läses ur filerna".into()
        }
        Guess::UnitsFrom(n) => format!("{n} enheter ur filerna"),
        Guess::IgnoredColumn(h) => format!("kolumnen {h} användes inte"),
        Guess::OrganisationFromTitle => "organisationen är rubriken".into(),
        Guess::UnitLabel(l) => format!("enhetens benämning: {l}"),
        Guess::Feedback(t) => format!("responsavsnittets rubrik: {t}"),
    }
}

//! Swedish wording of the rules a programme definition breaks and of the
//! problems the definition check finds.
use crate::Worded;
use koonti_model::Lang;
use koonti_programme::{ProblemKind, Rule, SCALE_OPTIONS};

const L: Lang = Lang::Sv;

/// `rule` as a clause.
pub(super) fn rule(rule: &Rule) -> String {
    let (min, max) = (SCALE_OPTIONS.start(), SCALE_OPTIONS.end());
    match rule {
        Rule::EmptyId => "programmets id är tomt".into(),
        Rule::NoMeasures => "programmet har inga åtgärder".into(),
        Rule::DuplicateMeasureId(id) => {
            format!("åtgärdens id {id} används två gånger")
        }
        Rule::EmptyMeasureText(id) => format!("åtgärden {id} har ingen text"),
        Rule::DuplicateSectionId(id) => {
            format!("avsnittets id {id} används två gånger")
        }
        Rule::DuplicateUnitName(name) => {
            format!("enhetsnamnet ”{name}” förekommer två gånger")
        }
        Rule::ScaleSize { options } => {
            format!("svarsskalan har {options} alternativ; den ska ha {min}–{max} alternativ")
        }
        Rule::DuplicateOptionId(id) => {
            format!("svarsalternativets id ”{id}” används två gånger")
        }
        Rule::ReservedOptionId(id) => {
            format!("svarsalternativets id ”{id}” är reserverat; välj ett annat")
        }
    }
}

/// Where a problem is, before it ("rad 3: ").
pub(super) fn line(n: usize) -> String {
    format!("rad {n}: ")
}

/// `kind` as a clause.
pub(super) fn problem(kind: &ProblemKind) -> String {
    use ProblemKind::*;
    match kind {
        NotUtf8 => "filen är inte i UTF-8; spara filen i UTF-8".into(),
        // The parser's reason is English: it is told in English only.
        Syntax(_) => {
            "TOML-syntaxfel; kontrollera radens citattecken, likhetstecken och hakparenteser".into()
        }
        MissingKey { table, key } => format!("tabellen {table} saknar nyckeln {key}"),
        UnknownKey {
            table,
            key,
            nearest,
        } => match nearest {
            Some(n) => format!("okänd nyckel {key} i tabellen {table}; menade du {n}?"),
            None => format!("okänd nyckel {key} i tabellen {table}; ta bort den"),
        },
        WrongType { key, expected } => format!("värdet av {key} ska vara {}", swedish(expected)),
        EmptyId { table } => {
            format!("tomt id i tabellen {table}; ge var och en ett eget id, t.ex. id = \"1.1\"")
        }
        EmptyText { id } => format!("åtgärden {id} har ingen text; skriv text = \"…\""),
        DuplicateId { id, first } => {
            format!("id {id} används redan på rad {first}; ge var och en ett eget id")
        }
        DuplicateText { text, first } => format!(
            "åtgärden \"{text}\" finns redan på rad {first}; ta bort den ena eller ändra den"
        ),
        BundledId(id) => format!(
            "id {id} är ett program som följer med koonti; ge ditt eget program ett eget id, t.ex. id = \"{id}-eget\", eller höj version om detta är en ny version av samma program"
        ),
        Rule(rule) => rule.message(L),
        Format(_) => "definitionens format duger inte; jämför den med en definition som koonti har skrivit (koonti programme new)".into(),
    }
}

fn swedish(expected: &str) -> &'static str {
    match expected {
        "teksti lainausmerkeissä" => "en text inom citattecken",
        "luku" => "ett tal",
        "taulukko" => "en tabell",
        "luettelo" => "en lista",
        _ => "en annan typ",
    }
}

//! English wording of the rules a programme definition breaks and of the
//! problems the definition check finds.
use crate::Worded;
use koonti_model::Lang;
use koonti_programme::{ProblemKind, Rule, SCALE_OPTIONS};

const L: Lang = Lang::En;

/// `rule` as a clause.
pub(super) fn rule(rule: &Rule) -> String {
    let (min, max) = (SCALE_OPTIONS.start(), SCALE_OPTIONS.end());
    match rule {
        Rule::EmptyId => "id is empty".into(),
        Rule::NoMeasures => "the programme has no measures".into(),
        Rule::DuplicateMeasureId(id) => format!("measure id {id} is used twice"),
        Rule::EmptyMeasureText(id) => format!("measure {id} has no text"),
        Rule::DuplicateSectionId(id) => format!("section id {id} is used twice"),
        Rule::DuplicateUnitName(name) => {
            format!("unit name {name:?} is used twice")
        }
        Rule::ScaleSize { options } => {
            format!("the answer scale has {options} options; it must have {min} to {max}")
        }
        Rule::DuplicateOptionId(id) => {
            format!("status option id {id:?} is used twice")
        }
        Rule::ReservedOptionId(id) => {
            format!("status option id {id:?} is reserved")
        }
    }
}

/// Where a problem is, before it ("line 3: ").
pub(super) fn line(n: usize) -> String {
    format!("line {n}: ")
}

/// `kind` as a clause.
pub(super) fn problem(kind: &ProblemKind) -> String {
    use ProblemKind::*;
    match kind {
        NotUtf8 => "the file is not UTF-8; save the file as UTF-8".into(),
        Syntax(m) => format!("TOML syntax: {m}"),
        MissingKey { table, key } => format!("table {table} lacks the required key {key}"),
        UnknownKey {
            table,
            key,
            nearest,
        } => match nearest {
            Some(n) => format!("unknown key {key} in {table}; did you mean {n}?"),
            None => format!("unknown key {key} in {table}"),
        },
        WrongType { key, expected } => format!("the value of {key} must be {}", english(expected)),
        EmptyId { table } => format!("empty id in {table}"),
        EmptyText { id } => format!("measure {id} has no text"),
        DuplicateId { id, first } => format!("id {id} is already used on line {first}"),
        DuplicateText { text, first } => format!("measure \"{text}\" is already on line {first}"),
        BundledId(id) => format!(
            "id {id} is a bundled programme's; give your own programme its own id, or raise version for a new version of the same programme"
        ),
        Rule(rule) => rule.message(L),
        Format(m) => format!("the definition's format is wrong: {m}"),
    }
}

fn english(expected: &str) -> &'static str {
    match expected {
        "teksti lainausmerkeissä" => "a quoted text",
        "luku" => "a number",
        "taulukko" => "a table",
        "luettelo" => "a list",
        _ => "another type",
    }
}

//! The rules a programme definition must keep beyond its format, typed so
//! that every front end words them in the reader's language.
use koonti_model::Lang;
use std::fmt;

/// The fewest and the most options a scale may have: fewer is no choice,
/// more is no scale a unit can mark (issue 20).
pub const SCALE_OPTIONS: std::ops::RangeInclusive<usize> = 2..=6;

/// A rule a definition breaks.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Rule {
    /// The id is empty.
    EmptyId,
    /// No measures.
    NoMeasures,
    /// Two measures have one id.
    DuplicateMeasureId(String),
    /// A measure has no text.
    EmptyMeasureText(String),
    /// Two top-level sections have one id.
    DuplicateSectionId(String),
    /// One unit name (or alias) is given twice.
    DuplicateUnitName(String),
    /// The scale has fewer than 2 or more than 6 options.
    ScaleSize {
        /// How many it has.
        options: usize,
    },
    /// Two options have one id.
    DuplicateOptionId(String),
    /// An option id is one of the two-mark scale's or "unanswered".
    ReservedOptionId(String),
}

impl Rule {
    /// The rule broken, as a clause in `lang`.
    pub fn message(&self, lang: Lang) -> String {
        let (min, max) = (SCALE_OPTIONS.start(), SCALE_OPTIONS.end());
        match (self, lang) {
            (Rule::EmptyId, Lang::Fi) => "ohjelman tunnus (id) on tyhjä".into(),
            (Rule::EmptyId, Lang::Sv) => "programmets id är tomt".into(),
            (Rule::EmptyId, Lang::En) => "id is empty".into(),
            (Rule::NoMeasures, Lang::Fi) => "ohjelmassa ei ole yhtään toimenpidettä".into(),
            (Rule::NoMeasures, Lang::Sv) => "programmet har inga åtgärder".into(),
            (Rule::NoMeasures, Lang::En) => "the programme has no measures".into(),
            (Rule::DuplicateMeasureId(id), Lang::Fi) => {
                format!("toimenpiteen tunnus {id} on käytössä kahdesti")
            }
            (Rule::DuplicateMeasureId(id), Lang::Sv) => {
                format!("åtgärdens id {id} används två gånger")
            }
            (Rule::DuplicateMeasureId(id), Lang::En) => format!("measure id {id} is used twice"),
            (Rule::EmptyMeasureText(id), Lang::Fi) => format!("toimenpiteellä {id} ei ole tekstiä"),
            (Rule::EmptyMeasureText(id), Lang::Sv) => format!("åtgärden {id} har ingen text"),
            (Rule::EmptyMeasureText(id), Lang::En) => format!("measure {id} has no text"),
            (Rule::DuplicateSectionId(id), Lang::Fi) => {
                format!("osion tunnus {id} on käytössä kahdesti")
            }
            (Rule::DuplicateSectionId(id), Lang::Sv) => {
                format!("avsnittets id {id} används två gånger")
            }
            (Rule::DuplicateSectionId(id), Lang::En) => format!("section id {id} is used twice"),
            (Rule::DuplicateUnitName(name), Lang::Fi) => {
                format!("yksikön nimi ”{name}” on annettu kahdesti")
            }
            (Rule::DuplicateUnitName(name), Lang::Sv) => {
                format!("enhetsnamnet ”{name}” förekommer två gånger")
            }
            (Rule::DuplicateUnitName(name), Lang::En) => {
                format!("unit name {name:?} is used twice")
            }
            (Rule::ScaleSize { options }, Lang::Fi) => format!(
                "vastausasteikossa on {options} vaihtoehtoa; vaihtoehtoja pitää olla {min}–{max}"
            ),
            (Rule::ScaleSize { options }, Lang::Sv) => {
                format!("svarsskalan har {options} alternativ; den ska ha {min}–{max} alternativ")
            }
            (Rule::ScaleSize { options }, Lang::En) => {
                format!("the answer scale has {options} options; it must have {min} to {max}")
            }
            (Rule::DuplicateOptionId(id), Lang::Fi) => {
                format!("vastausvaihtoehdon tunnus ”{id}” on käytössä kahdesti")
            }
            (Rule::DuplicateOptionId(id), Lang::Sv) => {
                format!("svarsalternativets id ”{id}” används två gånger")
            }
            (Rule::DuplicateOptionId(id), Lang::En) => {
                format!("status option id {id:?} is used twice")
            }
            (Rule::ReservedOptionId(id), Lang::Fi) => {
                format!("vastausvaihtoehdon tunnus ”{id}” on varattu; anna toinen tunnus")
            }
            (Rule::ReservedOptionId(id), Lang::Sv) => {
                format!("svarsalternativets id ”{id}” är reserverat; välj ett annat")
            }
            (Rule::ReservedOptionId(id), Lang::En) => {
                format!("status option id {id:?} is reserved")
            }
        }
    }
}

/// In English, for logs and errors a front end does not word itself.
impl fmt::Display for Rule {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message(Lang::En))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_rule_is_worded_in_each_language() {
        let rules = [
            Rule::EmptyId,
            Rule::NoMeasures,
            Rule::DuplicateMeasureId("1.1".into()),
            Rule::EmptyMeasureText("1.1".into()),
            Rule::DuplicateSectionId("1".into()),
            Rule::DuplicateUnitName("A".into()),
            Rule::ScaleSize { options: 7 },
            Rule::DuplicateOptionId("done".into()),
            Rule::ReservedOptionId("partial".into()),
        ];
        for rule in rules {
            let [fi, sv, en] = [Lang::Fi, Lang::Sv, Lang::En].map(|l| rule.message(l));
            assert!(fi != en && sv != en && fi != sv, "{rule:?}");
        }
        assert!(
            Rule::ScaleSize { options: 1 }
                .message(Lang::Sv)
                .contains("2–6")
        );
    }
}

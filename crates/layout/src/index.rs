use koonti_model::{AnswerScale, Programme};
use koonti_normalise::{match_key, similarity_at_least};
use regex::Regex;
use std::collections::HashMap;

/// The least similarity at which a cell is taken for a measure text.
pub const MEASURE_SIMILARITY: f64 = 0.8;
/// Two candidates closer than this are reported as ambiguous.
const AMBIGUITY_MARGIN: f64 = 0.03;
/// The least similarity at which a cell is taken for a unit name.
const UNIT_SIMILARITY: f64 = 0.9;

/// What a table header cell is about.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Role {
    /// The measure (toimenpide) column.
    Measure,
    /// A column of measure ids ("Nro", "Tunniste"), as koonti's own
    /// templates have; an id there outranks the measure text.
    MeasureId,
    /// The goal/perspective column of a status-scale table (TAVOITE).
    Section,
    /// "Toimenpide on toteutunut".
    Implemented,
    /// "Toimenpide ei ole toteutunut".
    NotImplemented,
    /// The status column (TILA).
    Status,
    /// The free-text column.
    Text,
    /// Any other column, by its header text.
    Extra(String),
}

/// A measure found for a cell text.
#[derive(Debug, Clone, PartialEq)]
pub struct MeasureMatch {
    /// Index into [`ProgrammeIndex::measures`].
    pub index: usize,
    /// 1.0 for an exact match of normalised texts.
    pub score: f64,
    /// Another measure that matched almost as well, if any.
    pub rival: Option<usize>,
}

/// One programme measure with its lookup key.
#[derive(Debug, Clone)]
pub struct IndexedMeasure {
    /// Measure id.
    pub id: String,
    /// Id of its top-level section.
    pub section: String,
    /// Normalised text.
    pub key: String,
}

/// A programme prepared for reading: normalised keys of its measures, units,
/// headings and options, so that each workbook is matched without redoing
/// that work.
#[derive(Debug, Clone)]
pub struct ProgrammeIndex {
    /// The programme.
    pub programme: Programme,
    /// Its measures in programme order.
    pub measures: Vec<IndexedMeasure>,
    by_key: HashMap<String, usize>,
    units: Vec<(String, String)>,
    sections: Vec<(String, String)>,
    feedback: Vec<String>,
    titles: Vec<String>,
    options: Vec<(String, String)>,
    heading: Regex,
}

impl ProgrammeIndex {
    /// Prepares `programme` for matching.
    pub fn new(programme: Programme) -> Self {
        let measures: Vec<IndexedMeasure> = programme
            .measures()
            .iter()
            .map(|(section, m)| IndexedMeasure {
                id: m.id.clone(),
                section: section.id.clone(),
                key: match_key(&m.text),
            })
            .collect();
        let mut by_key = HashMap::new();
        for (i, (_, m)) in programme.measures().iter().enumerate() {
            for text in std::iter::once(&m.text).chain(&m.aliases) {
                by_key.entry(match_key(text)).or_insert(i);
            }
        }
        let units = programme
            .units
            .iter()
            .flat_map(|u| {
                std::iter::once(&u.name)
                    .chain(&u.aliases)
                    .map(|n| (match_key(n), u.name.clone()))
            })
            .collect();
        let sections = programme
            .sections
            .iter()
            .map(|s| (match_key(&s.title), s.id.clone()))
            .collect();
        let feedback = std::iter::once(&programme.feedback.title)
            .chain(&programme.feedback.aliases)
            .map(|t| match_key(t))
            .collect();
        let titles = std::iter::once(&programme.title)
            .chain(&programme.title_keywords)
            .map(|t| match_key(t))
            .filter(|k| !k.is_empty())
            .collect();
        let options = match &programme.scale {
            AnswerScale::Status { options, .. } => options
                .iter()
                .flat_map(|o| {
                    [&o.id, &o.label]
                        .into_iter()
                        .chain(&o.aliases)
                        .map(|t| (match_key(t), o.id.clone()))
                        .collect::<Vec<_>>()
                })
                .collect(),
            AnswerScale::Marks { .. } => Vec::new(),
        };
        let label = regex::escape(&programme.section_label);
        let heading = Regex::new(&format!(
            r"(?i)^\s*(?:{label}|toimenpide|tavoite|åtgärd|mål|action|goal|tp)\s*(\d+)\b"
        ))
        .expect("heading regex is valid: the label is escaped");
        ProgrammeIndex {
            programme,
            measures,
            by_key,
            units,
            sections,
            feedback,
            titles,
            options,
            heading,
        }
    }

    /// Finds the measure `text` names. Candidates in `section` are preferred;
    /// leading numbering ("1.2") is ignored.
    pub fn match_measure(&self, text: &str, section: Option<&str>) -> Option<MeasureMatch> {
        let full_key = match_key(text);
        let key = strip_numbering(&full_key);
        if key.is_empty() {
            return None;
        }
        if let Some(&index) = self.by_key.get(key) {
            return Some(MeasureMatch {
                index,
                score: 1.0,
                rival: None,
            });
        }
        let in_section = |m: &IndexedMeasure| section.is_none_or(|s| m.section == s);
        self.best_measure(key, in_section)
            .or_else(|| section.and_then(|_| self.best_measure(key, |_| true)))
    }

    fn best_measure(
        &self,
        key: &str,
        keep: impl Fn(&IndexedMeasure) -> bool,
    ) -> Option<MeasureMatch> {
        let mut scored: Vec<(f64, usize)> = self
            .measures
            .iter()
            .enumerate()
            .filter(|(_, m)| keep(m))
            .filter_map(|(i, m)| {
                similarity_at_least(&m.key, key, MEASURE_SIMILARITY).map(|s| (s, i))
            })
            .collect();
        scored.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
        let (score, index) = *scored.first()?;
        let rival = scored
            .get(1)
            .filter(|(s, _)| score - s < AMBIGUITY_MARGIN)
            .map(|(_, i)| *i);
        Some(MeasureMatch {
            index,
            score,
            rival,
        })
    }

    /// The measure whose id is `text` ("1.2"), as index into [`Self::measures`].
    pub fn measure_by_id(&self, text: &str) -> Option<usize> {
        let id = koonti_normalise::clean(text);
        self.measures.iter().position(|m| m.id == id)
    }

    /// The canonical unit `text` names (the whole text is the name).
    pub fn match_unit(&self, text: &str) -> Option<&str> {
        let key = match_key(text);
        if key.is_empty() {
            return None;
        }
        self.units
            .iter()
            .find(|(k, _)| *k == key)
            .or_else(|| {
                self.units
                    .iter()
                    .find(|(k, _)| similarity_at_least(k, &key, UNIT_SIMILARITY).is_some())
            })
            .map(|(_, name)| name.as_str())
    }

    /// The canonical unit whose name appears inside `text` as whole words;
    /// the longest name wins ("Perhe- ja sosiaalipalvelut" over "sosiaalipalvelut").
    pub fn find_unit_in(&self, text: &str) -> Option<&str> {
        let key = format!(" {} ", match_key(text));
        self.units
            .iter()
            .filter(|(k, _)| !k.is_empty() && key.contains(&format!(" {k} ")))
            .max_by_key(|(k, _)| k.len())
            .map(|(_, name)| name.as_str())
    }

    /// The section id a heading cell such as "Toimenpide 2: Luomme …" or the
    /// section's title alone names.
    pub fn section_heading(&self, text: &str) -> Option<String> {
        if let Some(number) = self.heading.captures(text).and_then(|c| c.get(1)) {
            let id = number.as_str().trim_start_matches('0');
            if self.programme.sections.iter().any(|s| s.id == id) {
                return Some(id.to_string());
            }
        }
        let key = match_key(text);
        self.sections
            .iter()
            .find(|(k, _)| !k.is_empty() && similarity_at_least(k, &key, 0.85).is_some())
            .map(|(_, id)| id.clone())
    }

    /// True when `text` is a heading that starts the free-form feedback.
    pub fn is_feedback_heading(&self, text: &str) -> bool {
        if text.len() > 240 {
            return false; // headings are short; skip the work for answers
        }
        let key = match_key(text);
        key.len() <= 120
            && self
                .feedback
                .iter()
                .any(|f| !f.is_empty() && key.starts_with(f.as_str()))
    }

    /// True when `text` is a title of the response (names the programme).
    pub fn is_title(&self, text: &str) -> bool {
        let key = match_key(text);
        key.len() <= 200 && self.titles.iter().any(|t| key.contains(t.as_str()))
    }

    /// The status option `text` chooses, for a status-column scale.
    pub fn status_option(&self, text: &str) -> Option<&str> {
        let key = match_key(text);
        self.options
            .iter()
            .find(|(k, _)| *k == key)
            .map(|(_, id)| id.as_str())
    }

    /// Whether `text` can be the measure column's header: a cheap test on
    /// its first letters, true for every text [`header_role`] calls
    /// [`Role::Measure`], so that rows without one are passed over before
    /// any key is made.
    ///
    /// [`header_role`]: ProgrammeIndex::header_role
    pub fn may_head_measures(text: &str) -> bool {
        let start = text.trim_start_matches(|c: char| !c.is_alphanumeric());
        let head: String = start.chars().take(8).flat_map(char::to_lowercase).collect();
        MEASURE_HEADERS.iter().any(|p| head.starts_with(p))
    }

    /// What the header cell `text` is about.
    pub fn classify_header(&self, text: &str) -> Role {
        self.header_role(text)
            .unwrap_or_else(|| Role::Extra(koonti_normalise::clean(text)))
    }

    /// What the header cell `text` is about, `None` for a column of its
    /// own ([`Role::Extra`]), without making the extra column's label.
    pub fn header_role(&self, text: &str) -> Option<Role> {
        let key = match_key(text);
        let has = |needles: &[&str]| needles.iter().any(|n| key.contains(n));
        let starts = |needles: &[&str]| needles.iter().any(|n| key.starts_with(n));
        if has(&[
            "ei ole toteutunut",
            "ei toteutunut",
            "ei toteutu",
            "inte genomf",
            "not implemented",
            "not done",
        ]) {
            Some(Role::NotImplemented)
        } else if has(&[
            "toteutunut",
            "toteutui",
            "genomförd",
            "genomfört",
            "implemented",
            "done",
        ]) {
            Some(Role::Implemented)
        } else if matches!(
            key.as_str(),
            "tila" | "tilanne" | "status" | "läge" | "state"
        ) {
            Some(Role::Status)
        } else if starts(&[
            "miten",
            "hur ",
            "how ",
            "kuvaus",
            "kommentti",
            "kommentit",
            "beskrivning",
            "description",
        ]) {
            Some(Role::Text)
        } else if starts(&[
            "tavoite",
            "tavoitteet",
            "näkökulma",
            "mål",
            "goal",
            "perspective",
        ]) {
            Some(Role::Section)
        } else if matches!(
            key.as_str(),
            "nro" | "nr" | "no" | "id" | "tunniste" | "toimenpiteen tunniste" | "measure id"
        ) {
            Some(Role::MeasureId)
        } else if starts(&MEASURE_HEADERS) {
            Some(Role::Measure)
        } else {
            None
        }
    }
}

/// How the measure column's header starts, in fi, sv and en.
const MEASURE_HEADERS: [&str; 4] = ["toimenpi", "åtgärd", "measure", "action"];

/// Drops numbering such as "1 2" (from "1.2") at the start of a key.
fn strip_numbering(key: &str) -> &str {
    let mut rest = key;
    while let Some((first, tail)) = rest.split_once(' ') {
        if first.chars().all(|c| c.is_ascii_digit()) {
            rest = tail;
        } else {
            break;
        }
    }
    rest
}

#[cfg(test)]
mod tests {
    use super::*;

    fn siun() -> ProgrammeIndex {
        ProgrammeIndex::new(koonti_programme::load("siun-sote-2023-2025").expect("bundled"))
    }

    #[test]
    fn matches_measures_with_small_edits() {
        let index = siun();
        let m = index
            .match_measure("Luomme osallisuuden verkkosivun ja painettavan oppaan, joilla teemme osallistumisen mahdollisuudet\nnäkyviksi", None)
            .expect("match");
        assert_eq!(index.measures[m.index].id, "1.1");
        let m = index
            .match_measure("1.2 Viestimme osallistumisen vaikutuksista", Some("1"))
            .expect("match");
        assert_eq!((index.measures[m.index].id.as_str(), m.score), ("1.2", 1.0));
        assert!(
            index
                .match_measure("Jokin muu asia kokonaan", None)
                .is_none()
        );
    }

    #[test]
    fn classifies_headers_by_text() {
        let index = siun();
        assert_eq!(index.classify_header("Toimenpiteet"), Role::Measure);
        assert_eq!(
            index.classify_header("Toimenpide on\ntoteutunut"),
            Role::Implemented
        );
        assert_eq!(
            index.classify_header("TOIMENPIDE EI OLE TOTEUTUNUT"),
            Role::NotImplemented
        );
        assert_eq!(index.classify_header("Ei toteutunut"), Role::NotImplemented);
        assert_eq!(index.classify_header("Miten toteutettu"), Role::Text);
        assert_eq!(index.classify_header("TILA"), Role::Status);
        assert_eq!(
            index.classify_header("Lisätietoja"),
            Role::Extra("Lisätietoja".into())
        );
    }

    /// The cheap test must never turn away a measure header.
    #[test]
    fn every_measure_header_passes_the_cheap_test() {
        let index = siun();
        let texts = [
            "Toimenpiteet",
            "  TOIMENPIDE",
            "1. Toimenpide",
            "– toimenpiteen kuvaus",
            "Åtgärder",
            "ÅTGÄRD",
            "Measures",
            "Action",
            "\"Toimenpiteet:\"",
            "Toimenpide on toteutunut",
            "x",
            "Viestimme osallistumisen vaikutuksista.",
            "Tila",
            "",
        ];
        let mut measure_headers = 0;
        for text in texts {
            if index.header_role(text) == Some(Role::Measure) {
                measure_headers += 1;
                assert!(ProgrammeIndex::may_head_measures(text), "{text}");
            }
        }
        assert_eq!(measure_headers, 8);
        for text in ["x", "Viestimme osallistumisen vaikutuksista.", "Tila", ""] {
            assert!(!ProgrammeIndex::may_head_measures(text), "{text}");
        }
    }

    #[test]
    fn classifies_the_swedish_and_english_template_headers() {
        let index = siun();
        for (text, role) in [
            ("Nr", Role::MeasureId),
            ("No", Role::MeasureId),
            ("Åtgärder", Role::Measure),
            ("Measures", Role::Measure),
            ("Åtgärden är genomförd", Role::Implemented),
            ("Åtgärden är inte genomförd", Role::NotImplemented),
            ("Measure implemented", Role::Implemented),
            ("Measure not implemented", Role::NotImplemented),
            (
                "Hur har åtgärden förverkligats eller hur borde den förverkligas?",
                Role::Text,
            ),
            (
                "How has it been carried out, or how should it be carried out?",
                Role::Text,
            ),
            ("Status", Role::Status),
            ("Hur har åtgärden framskridit?", Role::Text),
            ("How has the measure progressed?", Role::Text),
        ] {
            assert_eq!(index.classify_header(text), role, "{text}");
        }
        assert!(matches!(index.classify_header("Ansvar"), Role::Extra(_)));
        assert!(matches!(index.classify_header("Schedule"), Role::Extra(_)));
    }

    #[test]
    fn finds_units_headings_and_feedback() {
        let index = siun();
        assert_eq!(
            index.find_unit_in("Toimialue: Perhe- ja sosiaalipalvelut"),
            Some("Perhe- ja sosiaalipalvelut")
        );
        assert_eq!(
            index.match_unit("ikääntyneiden palvelut"),
            Some("Ikäihmisten palvelut")
        );
        assert_eq!(
            index
                .section_heading("Toimenpide 3: Hyödynnämme asiakaspalautetta")
                .as_deref(),
            Some("3")
        );
        assert_eq!(
            index
                .section_heading("Luomme mahdollisuuksia osallistua ja vaikuttaa")
                .as_deref(),
            Some("2")
        );
        assert!(index.is_feedback_heading("Vapaamuotoinen palaute"));
        assert!(!index.is_feedback_heading("Palaute"));
        assert!(index.is_title("Vastaukset osallisuusohjelman toimenpiteiden toteutumiseen 2024"));
    }
}

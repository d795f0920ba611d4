use koonti_form::Form;
use koonti_model::Programme;
use koonti_normalise::{Keyed, match_key, similarity_at_least};
use std::collections::HashMap;

/// The least similarity at which a cell is taken for a measure text.
pub const MEASURE_SIMILARITY: f64 = 0.8;
/// Two candidates closer than this are reported as ambiguous.
const AMBIGUITY_MARGIN: f64 = 0.03;
/// The least similarity at which a cell is taken for a unit name.
const UNIT_SIMILARITY: f64 = 0.9;

pub use koonti_form::Role;

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

/// A programme prepared for reading: normalised keys of its measures, units
/// and sections, and its [`Form`] (the words its templates write), so that
/// each workbook is matched without redoing that work.
#[derive(Debug, Clone)]
pub struct ProgrammeIndex {
    /// The programme.
    pub programme: Programme,
    /// Its measures in programme order.
    pub measures: Vec<IndexedMeasure>,
    by_key: HashMap<String, usize>,
    units: Vec<(String, String)>,
    /// Each unit key of `units` between spaces, as [`Self::find_unit_in`]
    /// looks for it (made once, not once a cell).
    spaced_units: Vec<String>,
    sections: Vec<(String, String)>,
    titles: Vec<String>,
    /// The longest measure id, in bytes: a longer text names none.
    longest_id: usize,
    form: Form,
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
        let units: Vec<(String, String)> = programme
            .units
            .iter()
            .flat_map(|u| {
                std::iter::once(&u.name)
                    .chain(&u.aliases)
                    .map(|n| (match_key(n), u.name.clone()))
            })
            .collect();
        let spaced_units: Vec<String> = units.iter().map(|(k, _)| format!(" {k} ")).collect();
        let sections = programme
            .sections
            .iter()
            .map(|s| (match_key(&s.title), s.id.clone()))
            .collect();
        let titles = std::iter::once(&programme.title)
            .chain(&programme.title_keywords)
            .map(|t| match_key(t))
            .filter(|k| !k.is_empty())
            .collect();
        let form = Form::new(&programme);
        let longest_id = measures.iter().map(|m| m.id.len()).max().unwrap_or(0);
        ProgrammeIndex {
            programme,
            measures,
            by_key,
            units,
            spaced_units,
            sections,
            titles,
            longest_id,
            form,
        }
    }

    /// Finds the measure `text` names. Candidates in `section` are preferred;
    /// leading numbering ("1.2") is ignored.
    pub fn match_measure(&self, text: &str, section: Option<&str>) -> Option<MeasureMatch> {
        self.match_measure_keyed(&Keyed::new(text), section)
    }

    /// [`ProgrammeIndex::match_measure`] with the text's key at hand.
    pub fn match_measure_keyed(
        &self,
        text: &Keyed<'_>,
        section: Option<&str>,
    ) -> Option<MeasureMatch> {
        let key = strip_numbering(text.key());
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
        let id = koonti_normalise::cleaned(text);
        if id.len() > self.longest_id {
            return None; // most cells: no id is that long
        }
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
            .zip(&self.spaced_units)
            .filter(|((k, _), spaced)| !k.is_empty() && key.contains(spaced.as_str()))
            .map(|(unit, _)| unit)
            .max_by_key(|(k, _)| k.len())
            .map(|(_, name)| name.as_str())
    }

    /// The section id a heading cell such as "Toimenpide 2: Luomme …" or the
    /// section's title alone names.
    pub fn section_heading(&self, text: &str) -> Option<String> {
        self.section_heading_keyed(text, &Keyed::new(text))
    }

    /// [`ProgrammeIndex::section_heading`] with the text's key at hand:
    /// `key` is `text`'s, or that of the same text with other whitespace.
    pub fn section_heading_keyed(&self, text: &str, key: &Keyed<'_>) -> Option<String> {
        if let Some(number) = self.form.heading_number(text) {
            let id = number.trim_start_matches('0');
            if self.programme.sections.iter().any(|s| s.id == id) {
                return Some(id.to_string());
            }
        }
        let key = key.key();
        self.sections
            .iter()
            .find(|(k, _)| !k.is_empty() && similarity_at_least(k, key, 0.85).is_some())
            .map(|(_, id)| id.clone())
    }

    /// The words the programme's forms are written in.
    pub fn form(&self) -> &Form {
        &self.form
    }

    /// True when `text` is a heading that starts the free-form feedback.
    pub fn is_feedback_heading(&self, text: &str) -> bool {
        self.form.is_feedback_heading(text)
    }

    /// [`ProgrammeIndex::is_feedback_heading`] with the text's key at hand:
    /// `key` is `text`'s, or that of the same text with other whitespace.
    pub fn is_feedback_heading_keyed(&self, text: &str, key: &Keyed<'_>) -> bool {
        self.form.is_feedback_heading_keyed(text, key)
    }

    /// True when `text` is a title of the response (names the programme).
    pub fn is_title(&self, text: &str) -> bool {
        let key = match_key(text);
        key.len() <= 200 && self.titles.iter().any(|t| key.contains(t.as_str()))
    }

    /// The status option `text` chooses, for a status-column scale.
    pub fn status_option(&self, text: &str) -> Option<&str> {
        self.form.status_option(text)
    }

    /// Whether `text` can be the measure column's header: a cheap test on
    /// its first letters, true for every text [`header_role`] calls
    /// [`Role::Measure`], so that rows without one are passed over before
    /// any key is made.
    ///
    /// [`header_role`]: ProgrammeIndex::header_role
    pub fn may_head_measures(text: &str) -> bool {
        Form::may_head_measures(text)
    }

    /// What the header cell `text` is about.
    pub fn classify_header(&self, text: &str) -> Role {
        self.form.classify_header(text)
    }

    /// What the header cell `text` is about, `None` for a column of its
    /// own ([`Role::Extra`]), without making the extra column's label.
    pub fn header_role(&self, text: &str) -> Option<Role> {
        self.form.header_role(text)
    }
}

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
        assert_eq!(index.classify_header("Ansvar"), Role::Responsible);
        assert_eq!(index.classify_header("Schedule"), Role::Schedule);
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

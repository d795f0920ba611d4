//! A [`Draft`] → a [`Programme`]: ids, sections, scale, units, title and
//! labels, each either as the file gives it or guessed (and said so).
use crate::guess::{DefineError, Guess};
use crate::read::{Draft, DraftMeasure};
use crate::scale;
use crate::words::MetaField;
use koonti_model::{AnswerScale, FeedbackSection, Measure, Programme, Section, Unit};
use koonti_normalise::match_key;
use std::collections::HashMap;

/// A programme read from a file, with what was guessed.
#[derive(Debug, Clone, PartialEq)]
pub struct Defined {
    /// The programme.
    pub programme: Programme,
    /// What the file did not say and the reader decided.
    pub guesses: Vec<Guess>,
}

/// The default feedback heading.
pub const DEFAULT_FEEDBACK: &str = "Vapaamuotoinen palaute";

/// An empty programme with the default words: what a definition starts as.
pub fn skeleton() -> Programme {
    Programme {
        id: String::new(),
        version: 1,
        title: String::new(),
        organisation: String::new(),
        years: None,
        reporting: None,
        section_label: "Tavoite".into(),
        unit_label: None,
        title_keywords: Vec::new(),
        scale: AnswerScale::Marks {
            implemented_label: scale::DEFAULT_IMPLEMENTED.into(),
            not_implemented_label: scale::DEFAULT_NOT_IMPLEMENTED.into(),
            text_label: scale::DEFAULT_TEXT.into(),
            partial_label: None,
        },
        units: Vec::new(),
        sections: Vec::new(),
        feedback: FeedbackSection {
            title: DEFAULT_FEEDBACK.into(),
            prompt: None,
            aliases: Vec::new(),
        },
        scale_guessed: false,
    }
}

/// An id made of a text: lower-case ASCII letters and digits joined by `-`
/// (ä → a, ö → o, å → a), at most 60 characters.
pub fn slug(text: &str) -> String {
    let mut out = String::new();
    for c in text.chars().flat_map(char::to_lowercase) {
        let c = match c {
            'ä' | 'å' | 'á' | 'à' => 'a',
            'ö' | 'ø' | 'ó' => 'o',
            'é' | 'è' => 'e',
            'ü' => 'u',
            c => c,
        };
        if c.is_ascii_alphanumeric() {
            out.push(c);
        } else if !out.ends_with('-') && !out.is_empty() {
            out.push('-');
        }
    }
    let mut out = out.trim_end_matches('-').to_string();
    // Long titles are cut at a word, never inside one.
    while out.len() > 60 {
        match out.rfind('-') {
            Some(at) => out.truncate(at),
            None => out.truncate(60),
        }
    }
    out
}

/// "OSALLISUUS PALVELUTILANTEESSA" → "Osallisuus palvelutilanteessa": a
/// title typed in capitals, as the printed tables have them.
fn sentence_case(text: &str) -> String {
    let letters: Vec<char> = text.chars().filter(|c| c.is_alphabetic()).collect();
    if letters.len() < 2 || letters.iter().any(|c| c.is_lowercase()) {
        return text.to_string();
    }
    let lower = text.to_lowercase();
    let mut chars = lower.chars();
    chars
        .next()
        .map(|first| first.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

/// A title without what a response form adds to it (" – vastaukset 2025").
fn form_title(title: &str) -> String {
    let lower = title.to_lowercase();
    for marker in [" – vastaukset", " - vastaukset", " – svar", " – responses"] {
        if let Some(at) = lower.find(marker) {
            return title[..at].trim().to_string();
        }
    }
    title.trim().to_string()
}

/// Makes the programme of `draft`; `file` names the file in errors and, without
/// a title, gives one.
pub(crate) fn build(mut draft: Draft, file: &str) -> Result<Defined, DefineError> {
    promote_numbered_headings(&mut draft);
    if draft.measures.is_empty() {
        return Err(DefineError::NoTable { file: file.into() });
    }
    let mut guesses = Vec::new();
    let mut programme = skeleton();
    let stem = file
        .rsplit(['/', '\\'])
        .next()
        .unwrap_or(file)
        .rsplit_once('.')
        .map_or(file, |(stem, _)| stem);
    programme.title = draft
        .meta
        .get(&MetaField::Title)
        .or(draft.title.as_ref())
        .map(|t| form_title(t))
        .unwrap_or_else(|| stem.to_string());
    programme.organisation = match draft.meta.get(&MetaField::Organisation) {
        Some(o) => o.clone(),
        None => {
            guesses.push(Guess::OrganisationFromTitle);
            programme.title.clone()
        }
    };
    programme.years = draft.meta.get(&MetaField::Years).cloned();
    programme.reporting = draft.meta.get(&MetaField::Reporting).cloned();
    programme.id = programme_id(&draft, &programme.title, &mut guesses);
    programme.section_label = section_label(&draft);
    if let Some(label) = draft.meta.get(&MetaField::UnitLabel) {
        programme.unit_label = Some(label.clone());
    } else if let Some((label, _)) = &draft.unit_label {
        guesses.push(Guess::UnitLabel(label.clone()));
        programme.unit_label = Some(label.clone());
    }
    if let Some(title) = draft.meta.get(&MetaField::Feedback) {
        programme.feedback.title = title.clone();
    } else if let Some(title) = &draft.feedback {
        guesses.push(Guess::Feedback(title.clone()));
        programme.feedback.title = title.clone();
    }
    programme.feedback.prompt = draft.meta.get(&MetaField::FeedbackPrompt).cloned();
    // A scale is 2–6 options: the file's own list, refused where it is.
    if !draft.options.is_empty() && !koonti_programme::SCALE_OPTIONS.contains(&draft.options.len())
    {
        return Err(DefineError::ScaleSize {
            file: file.into(),
            at: draft.options_at.clone().unwrap_or_default(),
            options: draft.options.clone(),
        });
    }
    let seen = scale::Seen {
        values: &draft.status_values,
        lists: &draft.option_lists,
    };
    programme.scale = scale::scale(&draft.answers, &draft.options, &seen, &mut guesses);
    programme.scale_guessed = guesses
        .iter()
        .any(|g| matches!(g, Guess::DefaultScale | Guess::DefaultOptions));
    programme.units = units(&draft);
    if programme.units.is_empty() {
        guesses.push(Guess::NoUnits);
    }
    for header in &draft.ignored {
        guesses.push(Guess::IgnoredColumn(header.clone()));
    }
    programme.sections = sections(&draft, &mut guesses)?;
    koonti_programme::validate_programme(file, &programme)
        .map_err(|e| DefineError::Invalid(Box::new(e)))?;
    Ok(Defined { programme, guesses })
}

fn programme_id(draft: &Draft, title: &str, guesses: &mut Vec<Guess>) -> String {
    let given = draft
        .meta
        .get(&MetaField::Id)
        .cloned()
        .or_else(|| draft.declared_id.clone());
    let id = match given {
        Some(id) => id.trim().to_string(),
        None => {
            let id = match slug(title) {
                s if s.is_empty() => "oma-ohjelma".to_string(),
                s => s,
            };
            guesses.push(Guess::IdFromTitle(id.clone()));
            id
        }
    };
    let bundled: Vec<String> = koonti_programme::bundled()
        .map(|all| all.into_iter().map(|p| p.id).collect())
        .unwrap_or_default();
    if bundled.contains(&id) {
        let own = format!("{id}-oma");
        guesses.push(Guess::IdNotBundled {
            bundled: id,
            id: own.clone(),
        });
        return own;
    }
    id
}

/// The word headings start with: a meta label, the headings' word, the
/// section column's header, else "Tavoite".
fn section_label(draft: &Draft) -> String {
    if let Some(label) = draft.meta.get(&MetaField::SectionLabel) {
        return label.clone();
    }
    let from_headings = draft.sections.iter().find_map(|s| s.label.clone());
    from_headings
        .or_else(|| draft.section_header.clone())
        .map(|l| sentence_case(&l))
        .unwrap_or_else(|| "Tavoite".into())
}

fn units(draft: &Draft) -> Vec<Unit> {
    let mut seen = Vec::new();
    let mut units = Vec::new();
    for (name, aliases) in &draft.units {
        let key = match_key(name);
        if key.is_empty() || seen.contains(&key) {
            continue;
        }
        seen.push(key);
        let aliases = aliases
            .iter()
            .filter(|a| {
                let key = match_key(a);
                !seen.contains(&key) && {
                    seen.push(key);
                    true
                }
            })
            .cloned()
            .collect();
        units.push(Unit {
            name: name.clone(),
            aliases,
        });
    }
    units
}

/// The sections in the order of their first measure, each with its
/// measures; ids as given when every section and measure has a unique
/// one, else numbered.
fn sections(draft: &Draft, guesses: &mut Vec<Guess>) -> Result<Vec<Section>, DefineError> {
    let mut order: Vec<Option<usize>> = Vec::new();
    for measure in &draft.measures {
        if !order.contains(&measure.section) {
            order.push(measure.section);
        }
    }
    if order == [None] {
        guesses.push(Guess::OneSection);
    }
    let numbers: Vec<Option<String>> = order
        .iter()
        .map(|s| s.and_then(|s| draft.sections[s].number.clone()))
        .collect();
    let numbered = numbers.iter().all(Option::is_some) && {
        let mut unique = numbers.clone();
        unique.sort();
        unique.dedup();
        unique.len() == numbers.len()
    };
    let mut sections: Vec<Section> = order
        .iter()
        .enumerate()
        .map(|(i, s)| Section {
            id: if numbered {
                numbers[i].clone().unwrap_or_default()
            } else {
                (i + 1).to_string()
            },
            title: match s {
                Some(s) => sentence_case(&draft.sections[*s].title),
                None => "Toimenpiteet".into(),
            },
            sections: Vec::new(),
            measures: Vec::new(),
        })
        .collect();
    let grouped: Vec<Vec<&DraftMeasure>> = order
        .iter()
        .map(|s| draft.measures.iter().filter(|m| m.section == *s).collect())
        .collect();
    let ids = measure_ids(&grouped, &sections, guesses);
    let mut by_id: HashMap<String, &str> = HashMap::new();
    let mut by_text: HashMap<String, &DraftMeasure> = HashMap::new();
    for ((section, measures), ids) in sections.iter_mut().zip(&grouped).zip(ids) {
        for (measure, id) in measures.iter().zip(ids) {
            if let Some(first) = by_id.insert(id.clone(), &measure.cell) {
                return Err(DefineError::DuplicateId {
                    id,
                    cells: [first.to_string(), measure.cell.clone()],
                });
            }
            if let Some(first) = by_text.insert(match_key(&measure.text), measure) {
                return Err(DefineError::DuplicateText {
                    text: measure.text.clone(),
                    cells: [first.cell.clone(), measure.cell.clone()],
                });
            }
            section.measures.push(Measure {
                id,
                text: measure.text.clone(),
                aliases: Vec::new(),
                responsible: measure.responsible.clone(),
                schedule: measure.schedule.clone(),
            });
        }
    }
    Ok(sections)
}

/// The measures' ids: the id column's when every measure has one (plain
/// numbers restarting in each section are prefixed with the section's),
/// else "section.n".
fn measure_ids(
    grouped: &[Vec<&DraftMeasure>],
    sections: &[Section],
    guesses: &mut Vec<Guess>,
) -> Vec<Vec<String>> {
    let all_given = grouped.iter().flatten().all(|m| m.id.is_some());
    if all_given {
        let given: Vec<&str> = grouped
            .iter()
            .flatten()
            .filter_map(|m| m.id.as_deref())
            .collect();
        let mut unique = given.clone();
        unique.sort();
        unique.dedup();
        let restarting = unique.len() < given.len()
            && given
                .iter()
                .all(|id| id.chars().all(|c| c.is_ascii_digit()));
        return grouped
            .iter()
            .zip(sections)
            .map(|(measures, section)| {
                measures
                    .iter()
                    .map(|m| {
                        let id = m.id.clone().unwrap_or_default();
                        if restarting {
                            format!("{}.{id}", section.id)
                        } else {
                            id
                        }
                    })
                    .collect()
            })
            .collect();
    }
    guesses.push(Guess::IdsNumbered);
    // Ids given on some rows are kept; the rest numbered past them.
    let given: Vec<&str> = grouped
        .iter()
        .flatten()
        .filter_map(|m| m.id.as_deref())
        .collect();
    grouped
        .iter()
        .zip(sections)
        .map(|(measures, section)| {
            let mut n = 0;
            measures
                .iter()
                .map(|m| match &m.id {
                    Some(id) => id.clone(),
                    None => loop {
                        n += 1;
                        let id = format!("{}.{n}", section.id);
                        if !given.contains(&id.as_str()) {
                            break id;
                        }
                    },
                })
                .collect()
        })
        .collect()
}

/// Rows numbered "1", "2" among measures numbered "1.1", "1.2", "2.1" are
/// the sections' headings written in the table ("1 | Tieto kulkee"): they
/// become sections, and the measures below them theirs.
fn promote_numbered_headings(draft: &mut Draft) {
    let ids: Vec<Option<String>> = draft.measures.iter().map(|m| m.id.clone()).collect();
    let is_heading = |id: &Option<String>| {
        id.as_deref().is_some_and(|id| {
            !id.is_empty()
                && id.chars().all(|c| c.is_ascii_digit())
                && ids
                    .iter()
                    .flatten()
                    .any(|other| other.strip_prefix(id).is_some_and(|r| r.starts_with('.')))
        })
    };
    if !ids.iter().any(is_heading) {
        return;
    }
    let mut measures = Vec::with_capacity(draft.measures.len());
    let mut current = None;
    for measure in std::mem::take(&mut draft.measures) {
        if is_heading(&measure.id) {
            draft.sections.push(crate::read::DraftSection {
                number: measure.id.clone(),
                label: None,
                title: measure.text.clone(),
            });
            current = Some(draft.sections.len() - 1);
            continue;
        }
        let mut measure = measure;
        if current.is_some() {
            measure.section = current;
        }
        measures.push(measure);
    }
    draft.measures = measures;
}

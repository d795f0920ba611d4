//! A [`Draft`] → a [`Programme`]: ids, sections, scale, units, title and
//! labels, each either as the file gives it or guessed (and said so).
mod sections;

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
    sections::promote_numbered_headings(&mut draft);
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
    programme.sections = sections::sections(&draft, &mut guesses)?;
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

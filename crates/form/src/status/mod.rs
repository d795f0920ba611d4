//! A status-scale programme's options as units type them in a status
//! column ([`StatusLexicon`]), and the headers of status columns
//! ([`is_status_header`]).
//!
//! A value is read by its words, not by a list of whole values: the
//! programme's own words for each option (id, label, aliases, the labels a
//! template writes) and, for the usual options, the built-in words of
//! [`lexicon`] in fi, sv and en. The leading clause must be one option's
//! words; dates, periods and numbers ("5/2025", "31.3.2025"), symbols
//! ("✓") and what follows a separator (a parenthesis, a comma, a slash, a
//! dash) are tolerated as long as they name no other option. A value that
//! names two options ("Valmis / osittain kesken") or negates one ("ei
//! valmis") is ambiguous; one that names none ("?", "ks. edellinen") is
//! unrecognised. Neither gets a status.
mod header;
pub(crate) mod lexicon;

pub use header::is_status_header;

use crate::{LANGS, words};
use koonti_model::{AnswerScale, Programme, StatusClass, StatusOption};
use koonti_normalise::{clean, match_key};
use std::collections::HashMap;

/// What a status cell says.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StatusReading {
    /// Nothing written.
    Empty,
    /// One of the programme's own words for the option with this id, up to
    /// case, whitespace and punctuation: read as it always was.
    Exact(String),
    /// The option with this id, read by the built-in words or with
    /// qualifiers tolerated (a date, a tick, a comment): worth telling.
    Read(String),
    /// More than one option named, or one negated: no confident status.
    /// The ids named, in the order written.
    Ambiguous(Vec<String>),
    /// No option named.
    Unrecognised,
}

impl StatusReading {
    /// The option read confidently, if one was.
    pub fn option(&self) -> Option<&str> {
        match self {
            StatusReading::Exact(id) | StatusReading::Read(id) => Some(id),
            _ => None,
        }
    }
}

/// One option's words, split into match-key words.
#[derive(Debug, Clone)]
struct Phrase {
    words: Vec<String>,
    id: String,
    /// A word saying work has started: negated, it means not started.
    started: bool,
    /// A word saying the work is done: negated, it means not done.
    done: bool,
}

/// An option phrase found in a value.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Hit<'a> {
    /// The option with this id.
    Option(&'a str),
    /// This option negated ("ei valmis"): not it, but not another either.
    Negated(&'a str),
}

/// The status words of one programme.
#[derive(Debug, Clone, Default)]
pub struct StatusLexicon {
    /// Match key of each of the programme's own words → option id.
    own: HashMap<String, String>,
    /// Every phrase, own ones first.
    phrases: Vec<Phrase>,
    negations: Vec<Vec<String>>,
    /// The option a negated "started" word means (`not_started`), if the
    /// programme has it.
    not_started: Option<String>,
    /// The option a negated "done" word means (`not_done`), if the
    /// programme has it.
    not_done: Option<String>,
}

/// The words of a match key.
fn key_words(text: &str) -> Vec<String> {
    match_key(text)
        .split(' ')
        .filter(|w| !w.is_empty())
        .map(str::to_string)
        .collect()
}

fn without_fillers(words: Vec<String>) -> Vec<String> {
    words
        .into_iter()
        .filter(|w| !FILLERS.contains(&w.as_str()))
        .collect()
}

impl StatusLexicon {
    /// The words of `programme`'s options: a status scale's, or on a
    /// marks scale the marks' own (`implemented`, `partial`,
    /// `not_implemented`), so that a choice column on a marks scale
    /// ("Genomförd", "Delvis genomförd") reads too.
    pub fn new(programme: &Programme) -> StatusLexicon {
        let options = match &programme.scale {
            AnswerScale::Status { options, .. } => options.clone(),
            AnswerScale::Marks {
                implemented_label,
                not_implemented_label,
                partial_label,
                ..
            } => {
                let mut partial = StatusOption::new("partial", "");
                partial.aliases.extend(partial_label.iter().cloned());
                vec![
                    StatusOption::new("implemented", implemented_label),
                    partial,
                    StatusOption::new("not_implemented", not_implemented_label),
                ]
            }
        };
        let options = &options;
        let mut lexicon = StatusLexicon {
            negations: lexicon::NEGATIONS
                .iter()
                .map(|n| without_fillers(key_words(n)))
                .collect(),
            not_started: options
                .iter()
                .find(|o| o.class() == Some(StatusClass::NotStarted))
                .map(|o| o.id.clone()),
            not_done: options
                .iter()
                .find(|o| o.class() == Some(StatusClass::NotDone))
                .map(|o| o.id.clone()),
            ..StatusLexicon::default()
        };
        let done: Vec<Vec<String>> = lexicon::DONE
            .iter()
            .map(|w| without_fillers(key_words(w)))
            .collect();
        let partly_elsewhere = options
            .iter()
            .any(|o| o.class() == Some(StatusClass::Partly));
        let started: Vec<Vec<String>> = lexicon::STARTED
            .iter()
            .map(|w| without_fillers(key_words(w)))
            .collect();
        for option in options {
            let own = [option.id.replace('_', " "), option.label.clone()]
                .into_iter()
                .chain(option.aliases.iter().cloned())
                .chain(LANGS.map(|lang| words::option_label(option, lang)));
            for text in own {
                let key = match_key(&text);
                if !key.is_empty() && !lexicon.own.contains_key(&key) {
                    lexicon.own.insert(key, option.id.clone());
                }
            }
        }
        // Own phrases first, so a programme's word wins over a built-in one.
        let own: Vec<(String, String)> = lexicon
            .own
            .iter()
            .map(|(k, id)| (k.clone(), id.clone()))
            .collect();
        let builtin = options.iter().flat_map(|o| {
            lexicon::builtin(o.class(), partly_elsewhere)
                .into_iter()
                .map(|w| (match_key(w), o.id.clone()))
        });
        for (key, id) in own.into_iter().chain(builtin) {
            let words: Vec<String> = key
                .split(' ')
                .filter(|w| !FILLERS.contains(w))
                .map(str::to_string)
                .collect();
            if words.is_empty() || lexicon.phrases.iter().any(|p| p.words == words) {
                continue;
            }
            let is_started = started.contains(&words);
            let is_done = done.contains(&words);
            lexicon.phrases.push(Phrase {
                words,
                id,
                started: is_started,
                done: is_done,
            });
        }
        lexicon
    }

    /// The option id `id` as the lexicon holds it.
    pub fn option_id(&self, id: &str) -> Option<&str> {
        self.phrases
            .iter()
            .find(|p| p.id == id)
            .map(|p| p.id.as_str())
    }

    /// True when the programme has no status options.
    pub fn is_empty(&self) -> bool {
        self.phrases.is_empty()
    }

    /// True when `word` (a match-key word) is part of some option's words
    /// or a negation: a status header may list the options after its word.
    pub fn is_option_word(&self, word: &str) -> bool {
        self.phrases
            .iter()
            .flat_map(|p| &p.words)
            .chain(self.negations.iter().flatten())
            .any(|w| w == word)
    }

    /// What the status cell `text` says.
    pub fn read(&self, text: &str) -> StatusReading {
        let cleaned = clean(text);
        if cleaned.is_empty() {
            return StatusReading::Empty;
        }
        let key = match_key(&cleaned);
        if let Some(id) = self.own.get(&key)
            && cleaned
                .chars()
                .all(|c| c.is_alphanumeric() || c.is_whitespace() || ".:!-".contains(c))
        {
            return StatusReading::Exact(id.clone());
        }
        // A question mark is doubt: "Valmis?" is no confident status.
        if cleaned.contains(['?', '？']) {
            return match self.read(&cleaned.replace(['?', '？'], " ")) {
                StatusReading::Ambiguous(ids) => StatusReading::Ambiguous(ids),
                _ => StatusReading::Unrecognised,
            };
        }
        // Split the text as written: a line break separates too.
        let clauses = clauses(text.trim());
        let mut named: Vec<&str> = Vec::new();
        let mut negated: Vec<&str> = Vec::new();
        let mut leading: Option<Hit<'_>> = None;
        // How many of the first clause's words the option's words cover.
        let mut covered = 0;
        for (i, words) in clauses.iter().enumerate() {
            let mut at = 0;
            while at < words.len() {
                let Some((len, hit)) = self.hit(&words[at..]) else {
                    at += 1;
                    continue;
                };
                if i == 0 && at == 0 {
                    leading = Some(hit);
                }
                if i == 0 && leading.is_some() && at == covered {
                    covered += len;
                }
                match hit {
                    Hit::Option(id) if !named.contains(&id) => named.push(id),
                    Hit::Option(_) => {}
                    Hit::Negated(id) => negated.push(id),
                }
                at += len;
            }
        }
        // "Kesken, ei vielä valmis" is consistent; "Valmis / osittain
        // kesken", "valmis, ei valmis" and "ei valmis" alone are not.
        let contradicted = named.iter().any(|id| negated.contains(id));
        if named.len() > 1 || contradicted || (named.is_empty() && !negated.is_empty()) {
            let mut ids: Vec<String> = named.iter().map(|id| id.to_string()).collect();
            for id in negated {
                if !ids.iter().any(|i| i == id) {
                    ids.push(id.to_string());
                }
            }
            return StatusReading::Ambiguous(ids);
        }
        // The first clause must be the option's words and nothing else
        // ("kesken, jatkuu" and "kesken jatkuu" both are; "valmis kevään
        // aikana" is not).
        match leading {
            Some(Hit::Option(id)) if covered == clauses[0].len() => {
                StatusReading::Read(id.to_string())
            }
            _ => StatusReading::Unrecognised,
        }
    }

    /// The longest option phrase at the start of `words`, possibly after a
    /// negation, with the number of words it takes.
    fn hit(&self, words: &[String]) -> Option<(usize, Hit<'_>)> {
        let direct = self
            .longest(words)
            .map(|p| (p.words.len(), Hit::Option(p.id.as_str())));
        let negated = self
            .negations
            .iter()
            .filter(|n| words.starts_with(n))
            .filter_map(|n| {
                let phrase = self.longest(&words[n.len()..])?;
                let hit = match (&self.not_started, &self.not_done) {
                    (Some(not_started), _) if phrase.started => Hit::Option(not_started.as_str()),
                    (_, Some(not_done)) if phrase.done => Hit::Option(not_done.as_str()),
                    _ => Hit::Negated(phrase.id.as_str()),
                };
                Some((n.len() + phrase.words.len(), hit))
            })
            .max_by_key(|(len, _)| *len);
        match (direct, negated) {
            (Some(d), Some(n)) if n.0 > d.0 => Some(n),
            (Some(d), _) => Some(d),
            (None, n) => n,
        }
    }

    fn longest(&self, words: &[String]) -> Option<&Phrase> {
        self.phrases
            .iter()
            .filter(|p| words.starts_with(&p.words))
            .max_by_key(|p| p.words.len())
    }
}

/// Words that say nothing of the status and may stand anywhere in it:
/// "on kesken", "ei aloitettu vielä", "är klar", "is done already".
pub(crate) const FILLERS: [&str; 14] = [
    "on", "jo", "nyt", "vielä", "kokonaan", "är", "redan", "helt", "nu", "is", "already", "fully",
    "now", "yet",
];

/// The text split into clauses at separators (parentheses, commas,
/// semicolons, colons, slashes, dashes, line breaks, a full stop before a
/// space), each as its match-key words without numbers (dates, periods and
/// version numbers qualify a status, they are no status) and without
/// [`FILLERS`]. Clauses without words are dropped.
fn clauses(text: &str) -> Vec<Vec<String>> {
    let mut parts = Vec::new();
    let mut current = String::new();
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        let full_stop = c == '.' && chars.peek().is_none_or(|n| n.is_whitespace());
        let dash = c == '-' && current.ends_with(' ');
        if full_stop || dash || "()[]{},;:/|–—\n".contains(c) {
            parts.push(std::mem::take(&mut current));
        } else {
            current.push(c);
        }
    }
    parts.push(current);
    parts
        .iter()
        .map(|p| {
            key_words(p)
                .into_iter()
                .filter(|w| !w.chars().any(|c| c.is_ascii_digit()))
                .filter(|w| !FILLERS.contains(&w.as_str()))
                .collect::<Vec<_>>()
        })
        .filter(|w| !w.is_empty())
        .collect()
}

#[cfg(test)]
mod tests;

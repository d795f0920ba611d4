//! [`Form`]: the words of one programme's forms prepared for the reader.
use crate::headers::{self, Role, table_columns};
use crate::status::{StatusLexicon, StatusReading, is_status_header};
use crate::{LANGS, grammar, words};
use koonti_model::{AnswerScale, Programme, StatusClass};
use koonti_normalise::{Keyed, match_key, similarity_at_least};
use regex::Regex;
use std::collections::HashMap;

/// The least similarity at which a header a unit reworded is taken for one
/// of the programme's own headers that the fixed vocabulary does not know.
const NEAR_HEADER_SIMILARITY: f64 = 0.9;
/// Shorter headers must match exactly: "Tehty" is one letter from "Tehdy".
const NEAR_HEADER_MIN_CHARS: usize = 12;

/// Section words a heading may start with besides the programme's own.
const HEADING_WORDS: [&str; 7] = [
    "toimenpide",
    "tavoite",
    "åtgärd",
    "mål",
    "action",
    "goal",
    "tp",
];

/// Unit labels units write besides the programme's own ("Toimialue:").
/// A respondent ("Vastaaja: toimialuejohtaja, 3.5.2024", "Täyttäjä:",
/// "Respondent:") is a person, not a unit: those words are not here.
const UNIT_LABEL_WORDS: [&str; 14] = [
    "toimialue",
    "toimiala",
    "yksikkö",
    "tulosyksikkö",
    "palvelualue",
    "vastuualue",
    "vastaava taho",
    "työryhmä",
    "ryhmä",
    "enhet",
    "verksamhetsområde",
    "arbetsgrupp",
    "unit",
    "working group",
];

/// A label cell naming the responding unit ("Toimialue: Pelastuslaitos").
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnitLabel {
    /// The name after the label; `None` when the label stands alone and
    /// the name is in the next cell.
    pub name: Option<String>,
    /// True when the label ends with a colon ("Yksikkö:"): whatever the
    /// next cell says is the name. A bare word ("Unit") is a label only
    /// when the next cell names one of the programme's units.
    pub colon: bool,
}

/// The words a reader looks for in the responses to one programme: every
/// header, heading, label and option its templates write in fi, sv and en
/// (made by the same functions the template writer calls), the
/// programme's own labels, then the fixed vocabulary for forms units made
/// themselves.
#[derive(Debug, Clone)]
pub struct Form {
    /// Match key of each header a template of this programme writes → its role.
    headers: HashMap<String, Role>,
    /// Keys of the programme's headers long enough to be matched when reworded.
    near_headers: Vec<(String, Role)>,
    heading: Regex,
    unit_label: Regex,
    feedback: Vec<String>,
    status: StatusLexicon,
    /// The programme's scale has options of its own (a status scale), not
    /// the two marks.
    status_scale: bool,
    /// The programme's scale, to place an option's mark column.
    scale: koonti_model::AnswerScale,
}

impl Form {
    /// The form words of `programme`.
    pub fn new(programme: &Programme) -> Form {
        let mut headers = HashMap::new();
        for lang in LANGS {
            for column in table_columns(programme, lang) {
                let key = match_key(&column.header);
                if !key.is_empty() {
                    headers.entry(key).or_insert(column.role);
                }
            }
        }
        let near_headers = headers
            .iter()
            .filter(|(key, role)| {
                !matches!(role, Role::Extra(_)) && key.chars().count() >= NEAR_HEADER_MIN_CHARS
            })
            .map(|(key, role)| (key.clone(), role.clone()))
            .collect();
        let section_labels = std::iter::once(programme.section_label.clone())
            .chain(LANGS.map(|lang| words::section_label(programme, lang)))
            .chain(HEADING_WORDS.map(str::to_string));
        let heading = Regex::new(&format!(
            r"(?i)^\s*(?:{})\s*(\d+)\b",
            alternation(section_labels)
        ))
        .expect("heading regex is valid: its words are escaped");
        let unit_labels = LANGS
            .map(|lang| words::unit_label(programme, lang))
            .into_iter()
            .map(|l| l.trim_end_matches(':').to_string())
            .chain(UNIT_LABEL_WORDS.map(str::to_string));
        let unit_label = Regex::new(&format!(
            r"(?i)^\s*(?:(\p{{L}}+)\s+)?({})\s*(?:([:：])\s*(.*)|$)",
            alternation(unit_labels)
        ))
        .expect("unit label regex is valid: its words are escaped");
        let feedback = std::iter::once(programme.feedback.title.clone())
            .chain(programme.feedback.aliases.iter().cloned())
            .chain(LANGS.map(|lang| words::feedback_heading(programme, lang)))
            .map(|t| match_key(&t))
            .filter(|k| !k.is_empty())
            .collect();
        Form {
            headers,
            near_headers,
            heading,
            unit_label,
            feedback,
            status: StatusLexicon::new(programme),
            status_scale: matches!(programme.scale, AnswerScale::Status { .. }),
            scale: programme.scale.clone(),
        }
    }

    /// Whether `text` can be the measure column's header: see
    /// [`headers::may_head_measures`].
    pub fn may_head_measures(text: &str) -> bool {
        headers::may_head_measures(text)
    }

    /// What the header cell `text` is about, `None` for a column of its own
    /// ([`Role::Extra`]), without making the extra column's label. The
    /// programme's own headers first (exactly, up to case, whitespace and
    /// punctuation: "Ei" is not "Ei toteutunut"), then the fixed
    /// vocabulary, then the programme's longer headers with small edits.
    /// Before the fixed vocabulary: a status word with qualifiers ("TILA
    /// Q3/2025", see [`is_status_header`]) heads a status column, and on a
    /// status scale a header that reads as one option ("Valmis") heads that
    /// option's mark column.
    pub fn header_role(&self, text: &str) -> Option<Role> {
        let key = match_key(text);
        let role = match self.headers.get(&key) {
            Some(role) => Some(role.clone()),
            // A question or a description is text, whatever option word
            // it holds ("Hur har det genomförts?").
            None if grammar::is_text_header(text) => Some(Role::Text),
            None if is_status_header(text, &self.status) => Some(Role::Status),
            // On a status scale, a quarter alone heads that quarter's
            // status column ("Q1/2025 | Q2/2025").
            None if self.status_scale
                && koonti_normalise::period_label(text).is_some_and(|p| p.is_quarter()) =>
            {
                Some(Role::Status)
            }
            None => self
                .option_column(text)
                .or_else(|| self.grammar_role(text))
                .or_else(|| self.near_header(&key)),
        };
        role.filter(|r| !matches!(r, Role::Extra(_)))
    }

    /// What the header cell `text` is about, its cleaned text naming an
    /// extra column.
    pub fn classify_header(&self, text: &str) -> Role {
        self.header_role(text)
            .unwrap_or_else(|| Role::Extra(koonti_normalise::clean(text)))
    }

    /// The role the form grammar gives `text`, an option's mark column
    /// placed on this programme's scale by the option's class.
    fn grammar_role(&self, text: &str) -> Option<Role> {
        let role = grammar::header(text);
        if !self.status_scale {
            return headers::role_of(role, headers::marks_role);
        }
        headers::role_of(role, |class| self.option_of_class(class))
    }

    /// The mark column of the status option of class `class`; a "partly"
    /// column is the "under way" option's on a scale without a partly one
    /// (as a status value "osittain toteutunut" is); an option the scale
    /// lacks is [`Role::OtherOption`].
    fn option_of_class(&self, class: StatusClass) -> Role {
        let AnswerScale::Status { options, .. } = &self.scale else {
            return Role::OtherOption(class);
        };
        let find = |c: StatusClass| options.iter().find(|o| o.class() == Some(c));
        find(class)
            .or_else(|| {
                (class == StatusClass::Partly)
                    .then(|| find(StatusClass::InProgress))
                    .flatten()
            })
            .map_or(Role::OtherOption(class), |o| Role::OptionMark(o.id.clone()))
    }

    /// On a status scale, the mark column of the option `text` reads as.
    fn option_column(&self, text: &str) -> Option<Role> {
        if !self.status_scale {
            return None;
        }
        self.status
            .read(text)
            .option()
            .map(|id| Role::OptionMark(id.to_string()))
    }

    fn near_header(&self, key: &str) -> Option<Role> {
        if key.chars().count() < NEAR_HEADER_MIN_CHARS {
            return None;
        }
        self.near_headers
            .iter()
            .filter_map(|(k, role)| {
                similarity_at_least(k, key, NEAR_HEADER_SIMILARITY).map(|s| (s, role))
            })
            .max_by(|a, b| a.0.total_cmp(&b.0))
            .map(|(_, role)| role.clone())
    }

    /// The number of the section a heading names ("Toimenpide 2: …",
    /// "Mål 3", "TP2"), by the programme's section label or a usual one.
    pub fn heading_number<'t>(&self, text: &'t str) -> Option<&'t str> {
        // The pattern ends in a number (`\d` is any Unicode digit, each of
        // which `is_numeric`): most cells have none, and skip the search.
        if !text.chars().any(char::is_numeric) {
            return None;
        }
        self.heading
            .captures(text)
            .and_then(|c| c.get(1))
            .map(|m| m.as_str())
    }

    /// The unit label `text` is, if it is one (the text cleaned first).
    pub fn unit_label(&self, text: &str) -> Option<UnitLabel> {
        // `is_match` first: most cells are no label, and it makes no
        // captures to find that out.
        if !self.unit_label.is_match(text) {
            return None;
        }
        let caps = self.unit_label.captures(text)?;
        let colon = caps.get(3).is_some();
        // A word before the label ("Vastaava toimialue:") only with a colon:
        // "Oma yksikkö" alone is a phrase, not a label.
        if caps.get(1).is_some() && !colon {
            return None;
        }
        let value = caps.get(4).map(|m| m.as_str().trim()).unwrap_or_default();
        Some(UnitLabel {
            name: (!value.is_empty()).then(|| value.to_string()),
            colon,
        })
    }

    /// True when `text` is a heading that starts the free-form feedback.
    pub fn is_feedback_heading(&self, text: &str) -> bool {
        self.is_feedback_heading_keyed(text, &Keyed::new(text))
    }

    /// [`Form::is_feedback_heading`] with the text's key at hand: `key` is
    /// `text`'s, or that of the same text with other whitespace.
    pub fn is_feedback_heading_keyed(&self, text: &str, key: &Keyed<'_>) -> bool {
        if text.len() > 240 {
            return false; // headings are short; skip the work for answers
        }
        let key = key.key();
        if key.len() <= 120 && self.feedback.iter().any(|f| key.starts_with(f.as_str())) {
            return true;
        }
        // Without a colon the built-in test keys the same text: reuse its key.
        if crate::split_at_colon(text).is_some() {
            grammar::is_builtin_feedback_heading(text)
        } else {
            grammar::is_feedback_heading_key(key)
        }
    }

    /// The feedback a unit wrote into the heading's own cell ("Vapaamuotoinen
    /// palaute: Ohjelma on hyvä"): the text after the heading and its
    /// separator (`:`, a dash or a line break). `None` for the heading alone,
    /// a heading a template writes (its prompt included), or a prompt of
    /// another wording (a question).
    pub fn feedback_in_heading(&self, text: &str) -> Option<String> {
        let key = match_key(text);
        if self.feedback.contains(&key) {
            return None;
        }
        let (heading, rest) = text
            .char_indices()
            .find(|&(_, c)| matches!(c, ':' | '：' | '–' | '—' | '\n'))
            .map(|(at, c)| (&text[..at], &text[at + c.len_utf8()..]))?;
        let heading = match_key(heading);
        let rest = rest.trim();
        let is_heading = !heading.is_empty()
            && self
                .feedback
                .iter()
                .any(|f| heading.starts_with(f.as_str()));
        (is_heading && !rest.is_empty() && !rest.ends_with('?')).then(|| rest.to_string())
    }

    /// The id of the status option `text` chooses confidently, for a
    /// status scale: see [`Form::read_status`].
    pub fn status_option(&self, text: &str) -> Option<&str> {
        match self.read_status(text) {
            StatusReading::Exact(id) | StatusReading::Read(id) => self.option_id(&id),
            _ => None,
        }
    }

    /// What the status cell `text` says: one of the programme's own words
    /// for an option, one read by the built-in status words (or with dates
    /// and comments tolerated), an ambiguous value or none.
    pub fn read_status(&self, text: &str) -> StatusReading {
        self.status.read(text)
    }

    fn option_id(&self, id: &str) -> Option<&str> {
        self.status.option_id(id)
    }
}

/// The words as one regex alternation, escaped, longest first (so that
/// "tulosyksikkö" is tried before "yksikkö"), without duplicates.
fn alternation(words: impl Iterator<Item = String>) -> String {
    let mut words: Vec<String> = words
        .map(|w| w.trim().to_lowercase())
        .filter(|w| !w.is_empty())
        .collect();
    words.sort_by(|a, b| b.len().cmp(&a.len()).then(a.cmp(b)));
    words.dedup();
    words
        .iter()
        .map(|w| regex::escape(w))
        .collect::<Vec<_>>()
        .join("|")
}

#[cfg(test)]
mod tests;

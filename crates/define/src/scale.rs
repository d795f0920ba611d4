//! The answer scale from a table's answer columns: a status column with
//! its options, or two mark columns, and the free-text column; with none,
//! the default two mark columns.
use crate::guess::Guess;
use crate::read::AnswerColumn;
use crate::words::AnswerKind;
use koonti_model::{AnswerScale, StatusOption};
use koonti_normalise::match_key;

/// The default labels of a mark scale, as koonti's own templates write them.
pub const DEFAULT_IMPLEMENTED: &str = "Toimenpide on toteutunut";
/// The default "not implemented" label.
pub const DEFAULT_NOT_IMPLEMENTED: &str = "Toimenpide ei ole toteutunut";
/// The default free-text label.
pub const DEFAULT_TEXT: &str = "Miten on toteutettu tai tulisi jatkossa toteuttaa?";
/// The label of a status column the table does not have (templates in
/// Swedish and English write their own word).
pub const DEFAULT_STATUS_LABEL: &str = "TILA";
/// The default status options when a status column lists none.
pub const DEFAULT_OPTIONS: [&str; 3] = ["Ei aloitettu", "Kesken", "Valmis"];

/// The scale the answer columns set, with what was guessed.
pub(crate) fn scale(
    columns: &[AnswerColumn],
    options: &[String],
    seen: &Seen,
    guesses: &mut Vec<Guess>,
) -> AnswerScale {
    let mut status = None;
    let mut text = None;
    let mut implemented = None;
    let mut not_implemented = None;
    let mut unknown: Vec<&AnswerColumn> = Vec::new();
    for column in columns {
        match column.kind {
            Some(AnswerKind::Status) if status.is_none() => status = Some(column),
            Some(AnswerKind::Text) if text.is_none() => text = Some(column),
            Some(AnswerKind::Implemented) if implemented.is_none() => implemented = Some(column),
            Some(AnswerKind::NotImplemented) if not_implemented.is_none() => {
                not_implemented = Some(column)
            }
            None => unknown.push(column),
            // A second column of a kind the scale has one of is not used.
            _ => guesses.push(Guess::IgnoredColumn(column.header.clone())),
        }
    }
    // A column of long texts is the text column; the others, by position.
    if text.is_none()
        && let Some(pos) = unknown
            .iter()
            .position(|c| c.content.texts > 0 && c.content.marks == 0)
    {
        text = Some(unknown.remove(pos));
    }
    if status.is_none()
        && !options.is_empty()
        && implemented.is_none()
        && not_implemented.is_none()
        && let Some(first) = unknown.first().copied()
    {
        unknown.remove(0);
        status = Some(first);
    }
    // Options given (an options line, a scale sheet) and no answer column
    // at all: a choice scale, whose column koonti's templates add.
    if status.is_none() && !options.is_empty() && implemented.is_none() && not_implemented.is_none()
    {
        guesses.push(Guess::StatusColumnAdded {
            label: DEFAULT_STATUS_LABEL.into(),
            options: options.join("; "),
        });
        return AnswerScale::Status {
            status_label: DEFAULT_STATUS_LABEL.into(),
            options: status_options(options),
            text_label: text.map(|c| c.header.clone()),
        };
    }
    if let Some(status) = status {
        let options = if !options.is_empty() {
            options.to_vec()
        } else if !seen.values.is_empty() {
            ordered(seen)
        } else {
            guesses.push(Guess::DefaultOptions);
            DEFAULT_OPTIONS.iter().map(|o| o.to_string()).collect()
        };
        let text_label = text
            .map(|c| c.header.clone())
            .or_else(|| unknown.first().map(|c| c.header.clone()));
        guesses.push(Guess::StatusScale {
            label: status.header.clone(),
            options: options.join("; "),
        });
        return AnswerScale::Status {
            status_label: status.header.clone(),
            options: status_options(&options),
            text_label,
        };
    }
    let mut unknown = unknown.into_iter();
    let implemented = implemented.or_else(|| unknown.next());
    let not_implemented = not_implemented.or_else(|| unknown.next());
    let text = text.or_else(|| unknown.next());
    let label = |c: Option<&AnswerColumn>, default: &str| {
        c.map_or_else(|| default.to_string(), |c| c.header.clone())
    };
    let scale = AnswerScale::Marks {
        implemented_label: label(implemented, DEFAULT_IMPLEMENTED),
        not_implemented_label: label(not_implemented, DEFAULT_NOT_IMPLEMENTED),
        text_label: label(text, DEFAULT_TEXT),
    };
    if implemented.is_none() && not_implemented.is_none() {
        guesses.push(Guess::DefaultScale);
    } else if let AnswerScale::Marks {
        implemented_label,
        not_implemented_label,
        text_label,
    } = &scale
    {
        guesses.push(Guess::MarkScale {
            labels: format!("{implemented_label} | {not_implemented_label} | {text_label}"),
        });
    }
    scale
}

/// True for an option word with a usual meaning (not started, in
/// progress, done).
pub(crate) fn is_usual_option(label: &str) -> bool {
    usual_id(label).is_some()
}

fn usual_id(label: &str) -> Option<&'static str> {
    match match_key(label).as_str() {
        "ei aloitettu" | "aloittamatta" | "ei alkanut" | "not started" | "inte påbörjad" => {
            Some("not_started")
        }
        "kesken" | "aloitettu" | "työn alla" | "käynnissä" | "in progress" | "påbörjad" => {
            Some("in_progress")
        }
        "valmis" | "toteutunut" | "tehty" | "done" | "klar" => Some("done"),
        _ => None,
    }
}

/// Options with contract ids: the usual three by their meaning, others by
/// their label.
pub(crate) fn status_options(labels: &[String]) -> Vec<StatusOption> {
    let mut used: Vec<String> = Vec::new();
    labels
        .iter()
        .enumerate()
        .map(|(i, label)| {
            let usual = usual_id(label);
            let mut id = usual.map_or_else(|| slug_id(label, i), str::to_string);
            if used.contains(&id) {
                id = format!("{id}_{}", i + 1);
            }
            used.push(id.clone());
            StatusOption {
                id,
                label: label.clone(),
                aliases: Vec::new(),
            }
        })
        .collect()
}

/// An option id made of its label: lower-case ASCII letters, digits and `_`.
fn slug_id(label: &str, index: usize) -> String {
    let slug = crate::build::slug(label).replace('-', "_");
    let reserved = ["implemented", "not_implemented", "partial", "unanswered"];
    if slug.is_empty() || reserved.contains(&slug.as_str()) {
        format!("option_{}", index + 1)
    } else {
        slug
    }
}

/// The status values units wrote, and lists of options found anywhere.
#[derive(Debug, Default)]
pub(crate) struct Seen<'a> {
    /// Values written in the status column, each once.
    pub(crate) values: &'a [String],
    /// Lists in parentheses ("(Ei aloitettu / Kesken / Valmis)").
    pub(crate) lists: &'a [Vec<String>],
}

/// The options the values written are: a list that holds them all gives
/// the order (the last option is "done"); else the usual meaning orders
/// them (not started, in progress, done), the rest as first seen.
fn ordered(seen: &Seen) -> Vec<String> {
    let keys: Vec<String> = seen.values.iter().map(|v| match_key(v)).collect();
    if let Some(list) = seen.lists.iter().find(|list| {
        let listed: Vec<String> = list.iter().map(|o| match_key(o)).collect();
        keys.iter().all(|k| listed.contains(k))
    }) {
        return list.clone();
    }
    let mut values: Vec<(usize, &String)> = seen
        .values
        .iter()
        .map(|v| {
            let rank = match status_options(std::slice::from_ref(v))[0].id.as_str() {
                "not_started" => 0,
                "in_progress" => 1,
                "done" => 3,
                _ => 2,
            };
            (rank, v)
        })
        .collect();
    values.sort_by_key(|(rank, _)| *rank);
    values.into_iter().map(|(_, v)| v.clone()).collect()
}

//! The answer scale from a table's answer columns: a status column with
//! its options, or two mark columns, and the free-text column; with none,
//! the default two mark columns.
use crate::guess::Guess;
use crate::read::AnswerColumn;
use crate::words::AnswerKind;
use koonti_form::grammar;
use koonti_model::{AnswerScale, ScaleLayout, StatusClass, StatusOption};
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

/// The scale the answer columns set, with what was guessed: a status
/// (choice) column with its options; mark columns by what their headers
/// mean — done and not done (and partly) are the two-mark scale with its
/// optional third column, any other set of two or more is a status scale
/// laid out as one mark column per option; with none, the default two
/// mark columns.
pub(crate) fn scale(
    columns: &[AnswerColumn],
    options: &[String],
    seen: &Seen,
    guesses: &mut Vec<Guess>,
) -> AnswerScale {
    let mut status = None;
    let mut text = None;
    let mut marks: Vec<(StatusClass, &AnswerColumn)> = Vec::new();
    let mut unknown: Vec<&AnswerColumn> = Vec::new();
    for column in columns {
        match column.kind {
            Some(AnswerKind::Status) if status.is_none() => status = Some(column),
            Some(AnswerKind::Text) if text.is_none() => text = Some(column),
            Some(AnswerKind::Option(class)) if !marks.iter().any(|(c, _)| *c == class) => {
                marks.push((class, column))
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
        && marks.is_empty()
        && let Some(first) = unknown.first().copied()
    {
        unknown.remove(0);
        status = Some(first);
    }
    // Options given (an options line, a scale sheet) and no answer column
    // at all: a choice scale, whose column koonti's templates add.
    if status.is_none() && !options.is_empty() && marks.is_empty() {
        guesses.push(Guess::StatusColumnAdded {
            label: DEFAULT_STATUS_LABEL.into(),
            options: options.join("; "),
        });
        return AnswerScale::Status {
            status_label: DEFAULT_STATUS_LABEL.into(),
            options: status_options(options),
            text_label: text.map(|c| c.header.clone()),
            layout: ScaleLayout::Choice,
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
            layout: ScaleLayout::Choice,
        };
    }
    let of = |class: StatusClass| marks.iter().find(|(c, _)| *c == class).map(|(_, m)| *m);
    let two_mark = marks.iter().all(|(c, _)| {
        matches!(
            c,
            StatusClass::Done | StatusClass::Partly | StatusClass::NotDone
        )
    });
    if marks.len() >= 2 && !two_mark {
        // Mark columns of options other than done / partly / not done
        // ("Genomförd | Pågår | Inte påbörjad"): one mark column each.
        let labels: Vec<String> = marks.iter().map(|(_, m)| m.header.clone()).collect();
        let text_label = text
            .map(|c| c.header.clone())
            .or_else(|| unknown.first().map(|c| c.header.clone()));
        guesses.push(Guess::StatusScale {
            label: String::new(),
            options: labels.join("; "),
        });
        return AnswerScale::Status {
            status_label: DEFAULT_STATUS_LABEL.into(),
            options: status_options(&labels),
            text_label,
            layout: ScaleLayout::Marks,
        };
    }
    let mut unknown = unknown.into_iter();
    let implemented = of(StatusClass::Done).or_else(|| unknown.next());
    let not_implemented = of(StatusClass::NotDone).or_else(|| unknown.next());
    let partial = of(StatusClass::Partly);
    let text = text.or_else(|| unknown.next());
    let label = |c: Option<&AnswerColumn>, default: &str| {
        c.map_or_else(|| default.to_string(), |c| c.header.clone())
    };
    let scale = AnswerScale::Marks {
        implemented_label: label(implemented, DEFAULT_IMPLEMENTED),
        not_implemented_label: label(not_implemented, DEFAULT_NOT_IMPLEMENTED),
        text_label: label(text, DEFAULT_TEXT),
        partial_label: partial.map(|c| c.header.clone()),
    };
    if marks.is_empty() && implemented.is_none() && not_implemented.is_none() {
        guesses.push(Guess::DefaultScale);
    } else if let AnswerScale::Marks {
        implemented_label,
        not_implemented_label,
        text_label,
        partial_label,
    } = &scale
    {
        let partial = partial_label
            .as_ref()
            .map(|p| format!("{p} | "))
            .unwrap_or_default();
        guesses.push(Guess::MarkScale {
            labels: format!(
                "{implemented_label} | {partial}{not_implemented_label} | {text_label}"
            ),
        });
    }
    scale
}

/// True for an option word with a usual meaning (not started, in
/// progress, done …): one the form grammar reads, with a word of its own
/// (a qualifier alone, "osin", is one unit's way of saying it).
pub(crate) fn is_usual_option(label: &str) -> bool {
    grammar::option_class(label).is_some() && !grammar::is_qualifier(label)
}

/// Options with contract ids: an option the form grammar reads has its
/// class as id and class ("Genomförd" → `done`); others an id made of
/// their label, without a class.
pub(crate) fn status_options(labels: &[String]) -> Vec<StatusOption> {
    let mut used: Vec<String> = Vec::new();
    labels
        .iter()
        .enumerate()
        .map(|(i, label)| {
            let class = grammar::option_class(label);
            let mut id = class.map_or_else(|| slug_id(label, i), |c| c.as_str().to_string());
            if used.contains(&id) {
                id = format!("{id}_{}", i + 1);
            }
            used.push(id.clone());
            let mut option = StatusOption::new(id, label.clone());
            // Written only where the id does not say it already.
            option.class = class.filter(|_| option.class() != class);
            option
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
            let rank = match grammar::option_class(v) {
                Some(StatusClass::NotApplicable) => 0,
                Some(StatusClass::NotStarted | StatusClass::NotDone) => 1,
                Some(StatusClass::InProgress) => 2,
                Some(StatusClass::Partly) | None => 3,
                Some(StatusClass::Done) => 4,
            };
            (rank, v)
        })
        .collect();
    values.sort_by_key(|(rank, _)| *rank);
    values.into_iter().map(|(_, v)| v.clone()).collect()
}

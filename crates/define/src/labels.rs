//! Single cells read for what they say: "Label: value" cells above a table
//! (title, meta fields, the unit label, status options), and a section's
//! number and title from a heading or a section column's value.
use crate::read::{Draft, DraftSection};
use crate::words::{self, MetaField, OPTIONS_LABELS};
use koonti_form::programme_sheet::SheetLabel;
use koonti_normalise::{clean, match_key};

/// A cell read as "Label: value", or a label cell whose value is the next
/// cell of the row: (label key, value).
pub(crate) fn label_value(cells: &[(u32, String)], index: usize) -> Option<(String, String)> {
    let text = &cells[index].1;
    if let Some((label, value)) = text.split_once([':', '：']) {
        let value = value.trim();
        let value = if value.is_empty() {
            cells.get(index + 1).map(|(_, t)| t.trim())?
        } else {
            value
        };
        return Some((match_key(label), value.to_string()));
    }
    let key = match_key(text);
    let is_label = field_of(&key).is_some() || is_options_label(&key);
    if is_label && cells.len() >= index + 2 {
        return Some((key, cells[index + 1].1.clone()));
    }
    None
}

/// The meta field a label names: the county's words, or the labels koonti
/// writes in any language ([`SheetLabel`]).
fn field_of(key: &str) -> Option<MetaField> {
    words::meta_field(key).or_else(|| {
        Some(match SheetLabel::of(key)? {
            SheetLabel::Id => MetaField::Id,
            SheetLabel::Organisation => MetaField::Organisation,
            SheetLabel::Years => MetaField::Years,
            SheetLabel::Reporting => MetaField::Reporting,
            SheetLabel::UnitLabel => MetaField::UnitLabel,
            SheetLabel::SectionLabel => MetaField::SectionLabel,
            SheetLabel::Feedback => MetaField::Feedback,
            SheetLabel::FeedbackPrompt => MetaField::FeedbackPrompt,
            SheetLabel::Options => return None,
        })
    })
}

/// True for the label of a line listing the scale's options.
fn is_options_label(key: &str) -> bool {
    OPTIONS_LABELS.contains(&key) || SheetLabel::of(key) == Some(SheetLabel::Options)
}

/// Status options in one cell: "Ei aloitettu; Kesken; Valmis" (also split
/// at line breaks, slashes and vertical bars).
pub(crate) fn split_options(text: &str) -> Vec<String> {
    text.split([';', '\n', '/', '|'])
        .map(|o| clean(o).trim_end_matches('.').to_string())
        .filter(|o| !o.is_empty())
        .collect()
}

/// Reads the labels above a table (title, meta fields, unit label, options).
pub(crate) fn read_label_row(
    cells: &[(u32, String)],
    draft: &mut Draft,
    unit_reader: &koonti_form::Form,
) {
    let text = &cells[0].1;
    if let Some((key, value)) = label_value(cells, 0) {
        if is_options_label(&key) {
            draft.options = split_options(&value);
            // "Vastausvaihtoehdot:" | "Ei aloitettu" | "Kesken" | "Valmis":
            // one option a cell.
            if draft.options.len() < 2 && cells.len() > 2 {
                draft.options = cells[1..].iter().map(|(_, t)| clean(t)).collect();
            }
            return;
        }
        if let Some(field) = field_of(&key) {
            draft.meta.entry(field).or_insert(value);
            return;
        }
    }
    if let Some(label) = unit_reader.unit_label(text) {
        let name = label.name.or_else(|| cells.get(1).map(|(_, t)| t.clone()));
        let word = text
            .split([':', '：'])
            .next()
            .unwrap_or(text)
            .trim()
            .to_string();
        draft.unit_label.get_or_insert((word, name));
        return;
    }
    let key = match_key(text);
    let counter = ["vastattu", "besvarat", "answered"]
        .iter()
        .any(|w| key.starts_with(w));
    if draft.title.is_none() && !counter && text.chars().any(char::is_alphabetic) {
        draft.title = Some(text.clone());
    }
}

/// A section from a heading or a section column's value: "Tavoite 1: X",
/// "1. X" or "X".
pub(crate) fn section_from(text: &str, heading: Option<words::Heading>) -> DraftSection {
    if let Some(h) = heading {
        let title = if h.title.is_empty() {
            text.trim().to_string()
        } else {
            h.title
        };
        return DraftSection {
            number: Some(h.number),
            label: Some(h.label),
            title,
        };
    }
    let trimmed = text.trim();
    let digits: String = trimmed
        .chars()
        .take_while(|c| c.is_ascii_digit() || *c == '.')
        .collect();
    let rest = trimmed[digits.len()..].trim_start_matches([')', ':', ' ', '–', '-']);
    let number = digits.trim_end_matches('.');
    if !number.is_empty() && !rest.is_empty() && digits.len() < trimmed.len() {
        return DraftSection {
            number: Some(number.to_string()),
            label: None,
            title: rest.trim().to_string(),
        };
    }
    DraftSection {
        number: None,
        label: None,
        title: trimmed.to_string(),
    }
}

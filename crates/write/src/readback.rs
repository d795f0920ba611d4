//! The committee workbook's *Vastaukset* table read back: which cells koonti
//! wrote for each answer, so a workbook the secretary corrected can be
//! compared with the report it carries (`koonti appendix koonti.xlsx`).
use crate::highlights::{HighlightChoice, HighlightKind};
use crate::labels::Labels;
use crate::workbook::highlights_sheet::kind_label;
use crate::workbook::{EXCEL_CELL_LIMIT, bullets};
use crate::{counted_statuses_of, status_label};
use koonti_model::{Answer, Lang, Programme, Status};
use std::collections::{BTreeMap, HashMap};

/// The columns of *Vastaukset* (from 0): unit, measure number, status and
/// the how-text.
pub const ANSWERS_UNIT_COLUMN: u32 = 0;
/// The measure id column.
pub const ANSWERS_MEASURE_COLUMN: u32 = 2;
/// The status column ("✓ Toteutunut").
pub const ANSWERS_STATUS_COLUMN: u32 = 4;
/// The how-text column, one "• item" per line.
pub const ANSWERS_TEXT_COLUMN: u32 = 5;

/// The name of the answers sheet in each language it may be written in.
pub fn answers_sheet_names() -> [(Lang, &'static str); 3] {
    [Lang::Fi, Lang::Sv, Lang::En].map(|lang| (lang, Labels(lang).sheet_answers()))
}

/// The visible sheets that are not compared with the report when a
/// workbook is read back: the summary (it names when the workbook was made)
/// and the sources (they name koonti's version); neither shows an answer.
/// Also the follow-up (*Kehitys*): a summary made from the stored history
/// like the summary sheet, whose generated sentences may be worded
/// otherwise by another koonti version; its statuses are the history's,
/// restated from *Vastaukset* when that is corrected.
pub fn unchecked_sheets(lang: Lang) -> [&'static str; 3] {
    let l = Labels(lang);
    [l.sheet_summary(), l.sheet_sources(), l.sheet_progress()]
}

/// The status and text cells koonti writes for `answer`; the text is `None`
/// when it was too long for a cell (and cut with a note), so it cannot be
/// compared.
pub fn answer_cells(
    answer: &Answer,
    programme: &Programme,
    lang: Lang,
) -> (String, Option<String>) {
    let text = bullets(&answer.items);
    let comparable = text.chars().count() < EXCEL_CELL_LIMIT;
    (
        status_label(&answer.status, programme, lang),
        comparable.then_some(text),
    )
}

/// The status a status cell names: its label with or without the symbol,
/// in any language, any case. `None` when it names none of the scale's.
pub fn status_of_label(text: &str, programme: &Programme) -> Option<Status> {
    let wanted = text.trim().to_lowercase();
    for status in counted_statuses_of(programme) {
        for lang in [Lang::Fi, Lang::Sv, Lang::En] {
            let label = status_label(&status, programme, lang).to_lowercase();
            let word = crate::status_word(&status, programme, lang).to_lowercase();
            if wanted == label || wanted == word {
                return Some(status);
            }
        }
    }
    None
}

/// The items of a text cell: one per line, a leading "•" (or "-", "*")
/// taken off; blank lines dropped.
pub fn items_of_text(text: &str) -> Vec<String> {
    text.lines()
        .map(|line| {
            line.trim()
                .trim_start_matches(['•', '-', '*'])
                .trim()
                .to_string()
        })
        .filter(|line| !line.is_empty())
        .collect()
}

/// Whether `text` is the line a sheet without rows shows under its header
/// ("Ei rivejä."), in any language: no row of the table.
pub fn is_no_rows_line(text: &str) -> bool {
    [Lang::Fi, Lang::Sv, Lang::En]
        .iter()
        .any(|lang| Labels(*lang).no_rows() == text.trim())
}

/// The columns of *Nostot* (from 0): kind, measure id, unit, kept, text.
pub const HIGHLIGHT_KIND_COLUMN: u32 = 0;
/// The measure id column of *Nostot*.
pub const HIGHLIGHT_MEASURE_COLUMN: u32 = 1;
/// The unit column of *Nostot*.
pub const HIGHLIGHT_UNIT_COLUMN: u32 = 2;
/// The kept column of *Nostot* ("kyllä" / "ei").
pub const HIGHLIGHT_KEEP_COLUMN: u32 = 3;
/// The text column of *Nostot*: what the appendix shows.
pub const HIGHLIGHT_TEXT_COLUMN: u32 = 4;

/// The name of the highlights sheet in each language it may be written in.
pub fn highlight_sheet_names() -> [(Lang, &'static str); 3] {
    [Lang::Fi, Lang::Sv, Lang::En].map(|lang| (lang, Labels(lang).highlight_sheet()))
}

/// Reads a kept cell: yes in any language, `x`, `1` or `true` keeps; no,
/// `0`, `false` or an empty cell drops. `None` for anything else.
pub fn keep_of_text(text: &str) -> Option<bool> {
    let text = text.trim().to_lowercase();
    let is = |word: fn(Labels) -> &'static str| {
        [Lang::Fi, Lang::Sv, Lang::En]
            .iter()
            .any(|lang| word(Labels(*lang)) == text)
    };
    if is(Labels::yes) || ["x", "k", "1", "true", "tosi"].contains(&text.as_str()) {
        Some(true)
    } else if is(Labels::no)
        || text.is_empty()
        || ["0", "false", "epätosi"].contains(&text.as_str())
    {
        Some(false)
    } else {
        None
    }
}

/// The kind a kind cell names, in any language.
fn kind_of_text(text: &str) -> Option<HighlightKind> {
    let text = text.trim().to_lowercase();
    [Lang::Fi, Lang::Sv, Lang::En].iter().find_map(|lang| {
        let l = Labels(*lang);
        [HighlightKind::Highlight, HighlightKind::Coming]
            .into_iter()
            .find(|kind| kind_label(*kind, l).to_lowercase() == text)
    })
}

/// The row of *Nostot*'s header: the first whose kind column says "Laji"
/// (in any language). The sheet's first row is a note above it (issue 21);
/// a workbook of an older koonti has the header on row 0.
fn highlight_header_row(rows: &BTreeMap<u32, HashMap<u32, String>>) -> u32 {
    let titles: Vec<String> = [Lang::Fi, Lang::Sv, Lang::En]
        .iter()
        .map(|lang| Labels(*lang).highlight_kind().to_lowercase())
        .collect();
    rows.iter()
        .find(|(_, cells)| {
            cells
                .get(&HIGHLIGHT_KIND_COLUMN)
                .is_some_and(|text| titles.contains(&text.trim().to_lowercase()))
        })
        .map_or(0, |(row, _)| *row)
}

/// The secretary's choices on a *Nostot* sheet, given as its rows of text
/// by row and column (a note, then the header, then the rows). A row whose
/// kind or kept cell cannot be read is returned in the error as `(row,
/// column, text)`; the line saying the sheet has no rows is no choice. A
/// deleted row is a dropped highlight.
pub fn choices_of_rows(
    rows: &BTreeMap<u32, HashMap<u32, String>>,
) -> Result<Vec<HighlightChoice>, Vec<(u32, u32, String)>> {
    let mut choices = Vec::new();
    let mut problems = Vec::new();
    let header = highlight_header_row(rows);
    for (&row, cells) in rows.iter().filter(|(row, _)| **row > header) {
        let get = |col: u32| cells.get(&col).cloned().unwrap_or_default();
        let kind_text = get(HIGHLIGHT_KIND_COLUMN);
        if is_no_rows_line(&kind_text) || cells.values().all(|v| v.trim().is_empty()) {
            continue;
        }
        let Some(kind) = kind_of_text(&kind_text) else {
            problems.push((row, HIGHLIGHT_KIND_COLUMN, kind_text));
            continue;
        };
        let keep_text = get(HIGHLIGHT_KEEP_COLUMN);
        let Some(keep) = keep_of_text(&keep_text) else {
            problems.push((row, HIGHLIGHT_KEEP_COLUMN, keep_text));
            continue;
        };
        choices.push(HighlightChoice {
            kind,
            measure: get(HIGHLIGHT_MEASURE_COLUMN).trim().to_string(),
            unit: get(HIGHLIGHT_UNIT_COLUMN).trim().to_string(),
            keep,
            text: get(HIGHLIGHT_TEXT_COLUMN)
                .replace("\r\n", "\n")
                .trim()
                .to_string(),
        });
    }
    if problems.is_empty() {
        Ok(choices)
    } else {
        Err(problems)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::test_support::siun;

    #[test]
    fn labels_and_texts_read_back_to_what_was_written() {
        let programme = siun();
        for status in counted_statuses_of(&programme) {
            for lang in [Lang::Fi, Lang::Sv, Lang::En] {
                let label = status_label(&status, &programme, lang);
                assert_eq!(status_of_label(&label, &programme), Some(status.clone()));
            }
        }
        assert_eq!(
            status_of_label(" toteutunut ", &programme),
            Some(Status::Implemented)
        );
        assert_eq!(status_of_label("ehkä", &programme), None);
        let items = vec!["Yksi.".to_string(), "Kaksi".to_string()];
        assert_eq!(items_of_text(&bullets(&items)), items);
        assert_eq!(items_of_text("\n"), Vec::<String>::new());
    }

    #[test]
    fn highlight_rows_read_back_in_any_language() {
        let row = |cells: &[&str]| -> HashMap<u32, String> {
            cells
                .iter()
                .enumerate()
                .map(|(i, c)| (i as u32, c.to_string()))
                .collect()
        };
        let mut rows = BTreeMap::new();
        rows.insert(0, row(&["Laji", "Nro", "Yksikkö", "Mukana", "Teksti"]));
        rows.insert(1, row(&["Nosto", "1.1", "A", "kyllä", "Muokattu."]));
        rows.insert(2, row(&["Coming", "1.2", "B", "no", "Plan."]));
        rows.insert(3, row(&["tulossa", "1.3", "C", "", "Ei mukana."]));
        let choices = choices_of_rows(&rows).expect("read");
        assert_eq!(choices.len(), 3);
        assert_eq!(choices[0].kind, HighlightKind::Highlight);
        assert!(choices[0].keep);
        assert_eq!(choices[0].text, "Muokattu.");
        assert_eq!(choices[1].kind, HighlightKind::Coming);
        assert!(!choices[1].keep && !choices[2].keep);
        rows.insert(4, row(&["Nosto", "1.1", "A", "ehkä", "?"]));
        assert_eq!(
            choices_of_rows(&rows),
            Err(vec![(4, 3, "ehkä".to_string())])
        );
        let mut empty = BTreeMap::new();
        empty.insert(1, row(&["Ei rivejä."]));
        assert_eq!(choices_of_rows(&empty), Ok(vec![]));
        // The note above the header (issue 21) is no choice.
        let mut noted: BTreeMap<u32, HashMap<u32, String>> = rows
            .iter()
            .map(|(r, cells)| (r + 1, cells.clone()))
            .collect();
        noted.remove(&5);
        noted.insert(
            0,
            row(&["Tarkistusta varten (sihteerille, ei valiokunnalle): …"]),
        );
        let read = choices_of_rows(&noted).expect("read under the note");
        assert_eq!(read, choices);
    }
}

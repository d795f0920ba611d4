//! The committee workbook's *Vastaukset* table read back: which cells koonti
//! wrote for each answer, so a workbook the secretary corrected can be
//! compared with the report it carries (`koonti appendix koonti.xlsx`).
use crate::labels::Labels;
use crate::workbook::{EXCEL_CELL_LIMIT, bullets};
use crate::{counted_statuses_of, status_label};
use koonti_model::{Answer, Lang, Programme, Status};

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
}

//! The sheets around the programme table: the units sheet, the scale
//! sheet, lists of options anywhere, and koonti's hidden `_koonti` sheet.
use crate::read::rows_of;
use crate::words;
use koonti_form::{MetaKey, grammar};
use koonti_ingest::Sheet;
use koonti_normalise::{clean, match_key};

/// The units a units sheet lists: a name column (by its header, else the
/// first) and an optional aliases column.
pub(crate) fn read_units(sheet: &Sheet) -> Vec<(String, Vec<String>)> {
    let rows = rows_of(sheet);
    let Some((first_row, first)) = rows.iter().next() else {
        return Vec::new();
    };
    let starts = |text: &str, words: &[&str]| {
        let key = match_key(text);
        words.iter().any(|w| key.starts_with(w))
    };
    let name_col = first
        .iter()
        .find(|(_, t)| starts(t, &words::UNIT_NAME_HEADERS))
        .map(|(c, _)| *c);
    let alias_col = first
        .iter()
        .find(|(_, t)| starts(t, &words::UNIT_ALIAS_HEADERS))
        .map(|(c, _)| *c);
    let has_header = name_col.is_some() || alias_col.is_some();
    let name_col = name_col.unwrap_or_else(|| first.iter().map(|(c, _)| *c).min().unwrap_or(0));
    rows.iter()
        .filter(|(row, _)| !(has_header && *row == first_row))
        .filter_map(|(_, cells)| {
            let name = cells.iter().find(|(c, _)| *c == name_col)?.1.clone();
            let aliases = alias_col
                .and_then(|col| cells.iter().find(|(c, _)| *c == col))
                .map(|(_, t)| split_names(t, &name))
                .unwrap_or_default();
            Some((name, aliases))
        })
        .collect()
}

/// Other names in one cell ("Sote; Sosiaalityö"), without `name` itself.
pub(crate) fn split_names(text: &str, name: &str) -> Vec<String> {
    text.split([';', ',', '/', '\n'])
        .map(clean)
        .filter(|a| !a.is_empty() && a != name)
        .collect()
}

/// The options a scale sheet lists, one a cell down its first column, and
/// the cell of the first ("Asteikko!A2").
pub(crate) fn read_scale_sheet(sheet: &Sheet) -> (Vec<String>, Option<String>) {
    let rows = rows_of(sheet);
    let Some(col) = rows.values().flat_map(|r| r.iter().map(|(c, _)| *c)).min() else {
        return (Vec::new(), None);
    };
    // A header cell above the options: an options label or a status word
    // (the form grammar's).
    let is_header = |t: &str| {
        grammar::is_options_label(t)
            || grammar::header(t) == grammar::HeaderRole::Choice
            || matches!(match_key(t).as_str(), "vaihtoehto" | "option")
    };
    let options: Vec<(u32, String)> = rows
        .iter()
        .filter_map(|(row, cells)| {
            cells
                .iter()
                .find(|(c, _)| *c == col)
                .map(|(_, t)| (*row, t.clone()))
        })
        .filter(|(_, t)| !is_header(t))
        .collect();
    let first = options
        .first()
        .map(|(row, _)| format!("{}!{}", sheet.name, koonti_ingest::cell_name(*row, col)));
    (options.into_iter().map(|(_, t)| t).collect(), first)
}

/// Lists in parentheses split at slashes ("(Ei aloitettu / Kesken / Valmis)").
pub(crate) fn option_lists(sheet: &Sheet) -> Vec<Vec<String>> {
    let mut lists = Vec::new();
    for cell in &sheet.cells {
        let koonti_ingest::Value::Text(text) = &cell.value else {
            continue;
        };
        if !text.contains('/') {
            continue;
        }
        for group in text.split('(').skip(1) {
            let Some((inside, _)) = group.split_once(')') else {
                continue;
            };
            let items: Vec<String> = inside
                .split('/')
                .map(|o| clean(o).trim_matches(['”', '"', '\'']).to_string())
                .filter(|o| !o.is_empty())
                .collect();
            if items.len() >= 2 {
                lists.push(items);
            }
        }
    }
    lists
}

/// The programme id a hidden `_koonti` sheet names.
pub(crate) fn declared_id(sheet: &Sheet) -> Option<String> {
    let rows = rows_of(sheet);
    rows.values().find_map(|cells| {
        let (first, value) = (cells.first()?, cells.get(1)?);
        (first.0 == 0 && MetaKey::parse(&first.1) == Some(MetaKey::Programme))
            .then(|| value.1.clone())
    })
}

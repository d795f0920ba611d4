//! Label lines and headings: the options line of a programme's sheet
//! ("Vastausvaihtoehdot: Ei aloitettu; Kesken; Valmis"), the name of a
//! sheet listing the scale, and the feedback headings units write.
use koonti_normalise::{clean, match_key};

/// Labels of a line listing a scale's options, in fi, sv and en.
const OPTIONS_LABELS: [&str; 11] = [
    "vastausvaihtoehdot",
    "vaihtoehdot",
    "asteikko",
    "vastausasteikko",
    "svarsalternativ",
    "alternativ",
    "skala",
    "svarsskala",
    "answer options",
    "options",
    "scale",
];

/// True when the label (text before a colon, or a cell of its own) names
/// a list of the scale's options.
pub fn is_options_label(text: &str) -> bool {
    let key = match_key(text);
    OPTIONS_LABELS.contains(&key.as_str())
}

/// The options a line lists after its label: "Vastausvaihtoehdot: Ei
/// aloitettu; Kesken; Valmis", "Svarsalternativ: Genomförd / Pågår / Inte
/// påbörjad", "Answer options: Done | In progress". `None` when the line
/// has no such label or lists fewer than two options.
pub fn options_line(text: &str) -> Option<Vec<String>> {
    let (label, rest) = crate::split_at_colon(text)?;
    if !is_options_label(label) {
        return None;
    }
    let options = split_options(rest);
    (options.len() >= 2).then_some(options)
}

/// Options written in one cell: split at semicolons, line breaks, slashes,
/// vertical bars and, when none of those is there, commas.
pub fn split_options(text: &str) -> Vec<String> {
    let separators: &[char] = if text.contains([';', '\n', '/', '|']) {
        &[';', '\n', '/', '|']
    } else {
        &[',']
    };
    text.split(separators)
        .map(|o| clean(o).trim_end_matches('.').trim().to_string())
        .filter(|o| !o.is_empty())
        .collect()
}

/// Names of a sheet that lists a scale's options.
const SCALE_SHEETS: [&str; 8] = [
    "asteikko",
    "vastausvaihtoehdot",
    "vaihtoehdot",
    "skala",
    "svarsalternativ",
    "scale",
    "answer options",
    "options",
];

/// True for a sheet that lists a scale's options (Asteikko, Skala, Scale).
pub fn is_scale_sheet(name: &str) -> bool {
    let key = match_key(name);
    SCALE_SHEETS
        .iter()
        .any(|w| key == *w || key.starts_with(&format!("{w} ")))
}

/// Headings of the free-form feedback in fi, sv and en, besides a
/// programme's own. A word alone ("Palaute", "Feedback") is not one: a
/// form's own heading says more, and a programme's table may have such a
/// column.
pub const FEEDBACK_HEADINGS: [&str; 17] = [
    "vapaamuotoinen palaute",
    "vapaa palaute",
    "avoin palaute",
    "muu palaute",
    "muuta palautetta",
    "muut kommentit",
    "yleinen palaute",
    "fri respons",
    "övrig respons",
    "övriga kommentarer",
    "övrig feedback",
    "free form feedback",
    "free feedback",
    "other feedback",
    "general feedback",
    "other comments",
    "further comments",
];

/// True when `text` is a feedback heading by the built-in words: the
/// heading alone, or before a colon ("Övrig respons: …"). A sentence that
/// starts with one of the words ("Palaute kerätään asukkailta") is not.
pub fn is_builtin_feedback_heading(text: &str) -> bool {
    if text.len() > 240 {
        return false;
    }
    let label = crate::split_at_colon(text).map_or(text, |(l, _)| l);
    is_feedback_heading_key(&match_key(label))
}

/// [`is_builtin_feedback_heading`] for the [`match_key`] of a text's part
/// before its first colon (the whole text when it has none), for a caller
/// that has that key already.
pub(crate) fn is_feedback_heading_key(key: &str) -> bool {
    // A heading of two words or more may go on ("Muu palaute ja
    // kehittämisideat"); a one-word one stands alone.
    // The prefix first: most keys start with no heading, and are passed
    // over without looking for the heading's space.
    // A heading's first letter before the heading: most keys differ there.
    let first = key.as_bytes().first();
    FEEDBACK_HEADINGS
        .iter()
        .any(|h| h.as_bytes().first() == first && is_heading_start(key, h))
}

/// True when `key` is the heading `h` alone or goes on after it as the
/// built-in headings may: see [`is_feedback_heading_key`].
fn is_heading_start(key: &str, h: &str) -> bool {
    match key.strip_prefix(h) {
        Some("") => true,
        Some(rest) => rest.starts_with(' ') && key.len() <= 120 && h.contains(' '),
        None => false,
    }
}

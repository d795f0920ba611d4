//! The words of a form that depend on the programme: the title, the
//! section and unit labels, the feedback heading and the status options.
//! The programme's own words are Finnish and are written as they are; in
//! Swedish and English a template writes fixed words that [`crate::Form`]
//! adds to what the reader looks for.
use koonti_model::{Lang, Programme, StatusOption};

/// The unit label of a programme that names none.
pub const DEFAULT_UNIT_LABEL: &str = "Toimialue";

/// The title of the answer sheet: the programme title (how the reader
/// recognises a title) and the period (how it finds the period).
pub fn title(programme: &Programme, period: &str, lang: Lang) -> String {
    let word = lang.pick("vastaukset", "svar", "responses");
    format!("{} – {word} {period}", programme.title)
        .trim_end()
        .to_string()
}

/// The word a section heading starts with: the programme's Finnish label,
/// or for the usual labels their Swedish/English counterpart.
pub fn section_label(programme: &Programme, lang: Lang) -> String {
    let label = programme.section_label.as_str();
    match label.to_lowercase().as_str() {
        "toimenpide" => lang.pick(label, "Åtgärd", "Action").to_string(),
        "tavoite" => lang.pick(label, "Mål", "Goal").to_string(),
        _ => label.to_string(),
    }
}

/// The label before the unit's name, with its colon: the programme's
/// (`unit_label`, default "Toimialue") in Finnish.
pub fn unit_label(programme: &Programme, lang: Lang) -> String {
    let fi = programme
        .unit_label
        .as_deref()
        .map(|l| l.trim().trim_end_matches([':', '：']).trim())
        .filter(|l| !l.is_empty())
        .unwrap_or(DEFAULT_UNIT_LABEL);
    format!("{}:", lang.pick(fi, "Enhet", "Unit"))
}

/// The feedback heading: the programme's title (with its prompt) in
/// Finnish, a fixed heading in Swedish and English.
pub fn feedback_heading(programme: &Programme, lang: Lang) -> String {
    let feedback = &programme.feedback;
    match (lang, &feedback.prompt) {
        (Lang::Fi, Some(prompt))
            if prompt
                .to_lowercase()
                .starts_with(&feedback.title.to_lowercase()) =>
        {
            prompt.clone()
        }
        (Lang::Fi, Some(prompt)) => format!("{}: {prompt}", feedback.title),
        (Lang::Fi, None) => feedback.title.clone(),
        (Lang::Sv, _) => FEEDBACK_SV.to_string(),
        (Lang::En, _) => FEEDBACK_EN.to_string(),
    }
}

/// The Swedish feedback heading.
const FEEDBACK_SV: &str = "Fri respons";
/// The English feedback heading.
const FEEDBACK_EN: &str = "Free-form feedback";

/// The label of a status option: the programme's in Finnish; in Swedish
/// and English the programme's own label in that language, else a word
/// for the option's class, else the programme's label.
pub fn option_label(option: &StatusOption, lang: Lang) -> String {
    let own = match lang {
        Lang::Fi => return option.label.clone(),
        Lang::Sv => option.sv.as_ref(),
        Lang::En => option.en.as_ref(),
    };
    if let Some(own) = own {
        return own.clone();
    }
    match option.class() {
        Some(class) => crate::grammar::class_label(class, lang).to_string(),
        None => option.label.clone(),
    }
}

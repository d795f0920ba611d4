//! How a report names a status: the programme's own words where it gives
//! them, koonti's words of the report's language otherwise, and the symbol
//! and colour that go with each option.

use koonti_model::{AnswerScale, Lang, Programme, Status, StatusClass};

/// The label of a status with its symbol, so that the status never depends
/// on colour alone: `✓ Toteutunut`, `◐ Osittain`, `✗ Ei toteutunut`,
/// `– Ei vastausta`. Scale options use the programme's own label after a
/// symbol by their place on the scale (○ first, ✓ last, ◐ between).
pub fn status_label(status: &Status, programme: &Programme, lang: Lang) -> String {
    format!(
        "{} {}",
        status_symbol(status, programme),
        status_word(status, programme, lang)
    )
}

/// The status as a word, without its symbol: the programme's own label for
/// the option where it gives one ([`scale_words`]), koonti's built-in word
/// otherwise.
pub fn status_word(status: &Status, programme: &Programme, lang: Lang) -> String {
    let builtin = |status: &Status| -> String {
        match status {
            Status::Implemented => lang.pick("Toteutunut", "Genomförd", "Implemented").into(),
            Status::NotImplemented => lang
                .pick("Ei toteutunut", "Ej genomförd", "Not implemented")
                .into(),
            Status::Partial => lang.pick("Osittain", "Delvis", "Partly").into(),
            Status::Unanswered => lang.pick("Ei vastausta", "Inget svar", "No answer").into(),
            Status::Option(id) => id.clone(),
        }
    };
    if *status == Status::Unanswered {
        return builtin(status);
    }
    let words = scale_words(&programme.scale, lang);
    match words.into_iter().find(|(s, _)| s == status) {
        Some((_, Some(word))) => word,
        Some((status, None)) => builtin(&status),
        None => builtin(status),
    }
}

/// Each answer of the scale, in the scale's order, with the word a report
/// in `lang` names it by (`None`: koonti's built-in word for the status).
///
/// The programme's word wins: a status option's label in `lang` where the
/// programme gives one, else the county's own label — in every language,
/// as the county wrote it. Only a scale worded wholly in koonti's own
/// words of another language (a Finnish copy of the three marks in a
/// Swedish report, "Valmis" in an English one) is named in the report's
/// language, as its templates write it. A mark column worded as a sentence
/// about the measure ("Toimenpide on toteutunut") is the form's question,
/// not the option's name: the report uses the built-in word.
fn scale_words(scale: &AnswerScale, lang: Lang) -> Vec<(Status, Option<String>)> {
    let own = own_words(scale, lang);
    let marks = matches!(scale, AnswerScale::Marks { .. });
    // The one language of koonti's whose words every label is, if any.
    let labelled: Vec<(StatusClass, &str)> = own
        .iter()
        .filter_map(|o| Some((o.class?, o.label.as_deref()?)))
        .collect();
    let every_label_classed = own.iter().all(|o| o.class.is_some() || o.label.is_none());
    let written_in = |l: Lang| {
        !labelled.is_empty()
            && every_label_classed
            && labelled
                .iter()
                .all(|(class, label)| is_koontis_word(label, *class, l, marks))
    };
    let translate = !written_in(lang) && koonti_form::LANGS.into_iter().any(written_in);
    own.into_iter()
        .map(|o| {
            let word = o.given.or_else(|| match (translate, o.class) {
                (true, Some(_)) if marks => None,
                (true, Some(class)) => Some(koonti_form::grammar::class_label(class, lang).into()),
                _ => o.label,
            });
            (o.status, word)
        })
        .collect()
}

/// One answer of a scale with the programme's words for it.
struct OwnWord {
    status: Status,
    class: Option<StatusClass>,
    /// The programme's label in the report's language (a status option's
    /// `sv` or `en`).
    given: Option<String>,
    /// The county's own label, `None` where the programme gives none.
    label: Option<String>,
}

fn own_words(scale: &AnswerScale, lang: Lang) -> Vec<OwnWord> {
    match scale {
        AnswerScale::Status { options, .. } => options
            .iter()
            .map(|o| OwnWord {
                status: Status::Option(o.id.clone()),
                class: o.class(),
                given: match lang {
                    Lang::Fi => None,
                    Lang::Sv => o.sv.clone(),
                    Lang::En => o.en.clone(),
                },
                label: Some(o.label.clone()),
            })
            .collect(),
        AnswerScale::Marks { .. } => scale
            .choices()
            .into_iter()
            .map(|c| OwnWord {
                label: Some(c.label.trim().to_string())
                    .filter(|l| !l.is_empty() && !is_measure_sentence(l)),
                status: c.status,
                class: c.class,
                given: None,
            })
            .collect(),
    }
}

/// Whether `label` is one of koonti's own words in `lang` for an option of
/// class `class`: what its templates write, or (on a marks scale) the
/// report's built-in word.
fn is_koontis_word(label: &str, class: StatusClass, lang: Lang, marks: bool) -> bool {
    let builtin = match (marks, class) {
        (true, StatusClass::Done) => Some(lang.pick("Toteutunut", "Genomförd", "Implemented")),
        (true, StatusClass::Partly) => Some(lang.pick("Osittain", "Delvis", "Partly")),
        (true, StatusClass::NotDone) => {
            Some(lang.pick("Ei toteutunut", "Ej genomförd", "Not implemented"))
        }
        _ => None,
    };
    let label = label.trim().to_lowercase();
    [
        Some(koonti_form::grammar::class_label(class, lang)),
        Some(koonti_form::grammar::mark_label(class, lang)),
        builtin,
    ]
    .into_iter()
    .flatten()
    .any(|word| word.to_lowercase() == label)
}

/// Whether a mark column's header is a sentence about the measure
/// ("Toimenpide on toteutunut", "Åtgärden är genomförd") rather than the
/// option's name.
fn is_measure_sentence(label: &str) -> bool {
    let lower = label.to_lowercase();
    lower.split_whitespace().count() > 2
        && koonti_form::grammar::MEASURE_STARTS
            .iter()
            .any(|start| lower.starts_with(start))
}

/// The symbol of a status: ✓ ◐ ✗ –, or by place for scale options.
pub fn status_symbol(status: &Status, programme: &Programme) -> &'static str {
    match status {
        Status::Implemented => "✓",
        Status::NotImplemented => "✗",
        Status::Partial => "◐",
        Status::Unanswered => "–",
        Status::Option(id) => match (scale_option(programme, id), status.class(&programme.scale)) {
            // By what the option means, where the scale says.
            (_, Some(StatusClass::Done)) => "✓",
            (_, Some(StatusClass::Partly | StatusClass::InProgress)) => "◐",
            (_, Some(StatusClass::NotStarted)) => "○",
            (_, Some(StatusClass::NotDone)) => "✗",
            (_, Some(StatusClass::NotApplicable)) => "–",
            // Else by its place on the scale.
            (Some((0, _)), None) => "○",
            (Some((i, _)), None) if i + 1 == option_count(programme) => "✓",
            (Some(_), None) => "◐",
            (None, None) => "?",
        },
    }
}

/// The fill colour of a status in the matrix (always shown with its symbol).
pub(crate) fn status_colour(status: &Status, programme: &Programme) -> &'static str {
    match status_symbol(status, programme) {
        "✓" => "#C6EFCE",
        "◐" => "#FFEB9C",
        "✗" | "○" => "#FFC7CE",
        _ => "#EDEDED",
    }
}

fn scale_option<'a>(programme: &'a Programme, id: &str) -> Option<(usize, &'a str)> {
    match &programme.scale {
        AnswerScale::Status { options, .. } => options
            .iter()
            .enumerate()
            .find(|(_, o)| o.id == id)
            .map(|(i, o)| (i, o.label.as_str())),
        AnswerScale::Marks { .. } => None,
    }
}

fn option_count(programme: &Programme) -> usize {
    match &programme.scale {
        AnswerScale::Status { options, .. } => options.len(),
        AnswerScale::Marks { .. } => 0,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_option_is_labelled_in_the_report_language_where_the_programme_gives_it() {
        let mut programme = crate::test_support::siun();
        let mut done = koonti_model::StatusOption::new("done", "Valmis");
        done.sv = Some("Klar".into());
        programme.scale = AnswerScale::Status {
            status_label: "TILA".into(),
            options: vec![
                koonti_model::StatusOption::new("in_progress", "Kesken"),
                done,
            ],
            text_label: None,
            layout: koonti_model::ScaleLayout::Choice,
        };
        let done = Status::Option("done".into());
        assert_eq!(status_word(&done, &programme, Lang::Fi), "Valmis");
        assert_eq!(status_word(&done, &programme, Lang::Sv), "Klar");
        // Koonti's own Finnish words, named in English as templates write them.
        assert_eq!(status_word(&done, &programme, Lang::En), "Done");
        let started = Status::Option("in_progress".into());
        assert_eq!(status_word(&started, &programme, Lang::Sv), "Påbörjad");
        assert_eq!(status_word(&started, &programme, Lang::En), "In progress");
    }

    fn marks(implemented: &str, partial: Option<&str>, not_implemented: &str) -> Programme {
        let mut programme = crate::test_support::siun();
        programme.scale = AnswerScale::Marks {
            implemented_label: implemented.into(),
            not_implemented_label: not_implemented.into(),
            text_label: "Kuvaus".into(),
            partial_label: partial.map(Into::into),
        };
        programme
    }

    fn words(programme: &Programme, lang: Lang) -> [String; 3] {
        [Status::Implemented, Status::Partial, Status::NotImplemented]
            .map(|s| status_word(&s, programme, lang))
    }

    #[test]
    fn a_mark_scale_is_named_by_the_programmes_own_words() {
        // A county's own words, in every report language.
        let own = marks("Tehty", Some("Osin tehty"), "Ei tehty");
        for lang in [Lang::Fi, Lang::Sv, Lang::En] {
            assert_eq!(words(&own, lang), ["Tehty", "Osin tehty", "Ei tehty"]);
        }
        // Koonti's Swedish words: as written in Swedish, translated in Finnish.
        let swedish = marks("Genomförd", Some("Delvis genomförd"), "Inte genomförd");
        assert_eq!(
            words(&swedish, Lang::Sv),
            ["Genomförd", "Delvis genomförd", "Inte genomförd"]
        );
        assert_eq!(
            words(&swedish, Lang::Fi),
            ["Toteutunut", "Osittain", "Ei toteutunut"]
        );
        // Two marks: partly has no column, so the built-in word.
        let two = marks("Kyllä", None, "Ei");
        assert_eq!(words(&two, Lang::Sv), ["Kyllä", "Delvis", "Ei"]);
        // A sentence about the measure is the form's question.
        let sentences = marks(
            "Toimenpide on toteutunut",
            None,
            "Toimenpide ei ole toteutunut",
        );
        assert_eq!(
            words(&sentences, Lang::Fi),
            ["Toteutunut", "Osittain", "Ei toteutunut"]
        );
        assert_eq!(
            words(&sentences, Lang::Sv),
            ["Genomförd", "Delvis", "Ej genomförd"]
        );
    }

    #[test]
    fn a_status_scale_of_the_countys_own_words_keeps_them_in_every_language() {
        let mut programme = crate::test_support::siun();
        let mut done = koonti_model::StatusOption::new("done", "Genomförd");
        done.en = Some("Completed".into());
        programme.scale = AnswerScale::Status {
            status_label: "Status".into(),
            options: vec![
                koonti_model::StatusOption::new("not_started", "Inte påbörjad"),
                koonti_model::StatusOption::new("in_progress", "Pågår"),
                done,
            ],
            text_label: None,
            layout: koonti_model::ScaleLayout::Choice,
        };
        let word = |id: &str, lang| status_word(&Status::Option(id.into()), &programme, lang);
        assert_eq!(word("in_progress", Lang::Fi), "Pågår");
        assert_eq!(word("not_started", Lang::Fi), "Inte påbörjad");
        assert_eq!(word("done", Lang::En), "Completed");
        assert_eq!(word("done", Lang::Fi), "Genomförd");
    }
}

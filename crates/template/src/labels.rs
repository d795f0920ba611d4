//! What a template says, in Finnish, Swedish and English. The programme's
//! own texts (title, measures, section titles) exist only in Finnish and are
//! shown as they are; the template's own words follow `--lang`.
use koonti_model::{AnswerScale, Lang, Programme, StatusOption};

/// The name of the answer sheet.
pub fn answers_sheet(lang: Lang) -> &'static str {
    lang.pick("Vastaukset", "Svar", "Answers")
}

/// The name of the instructions sheet.
pub fn instructions_sheet(lang: Lang) -> &'static str {
    lang.pick("Ohjeet", "Instruktioner", "Instructions")
}

/// The label before the unit's name; the reader's unit-label pattern knows
/// all three.
pub fn unit_label(lang: Lang) -> &'static str {
    lang.pick("Toimialue:", "Enhet:", "Unit:")
}

/// The title of the answer sheet: the programme title (how the reader
/// recognises a title) and the period (how it finds the period).
pub fn title(programme: &Programme, period: &str, lang: Lang) -> String {
    let word = lang.pick("vastaukset", "svar", "responses");
    format!("{} – {word} {period}", programme.title)
        .trim_end()
        .to_string()
}

/// The word a section heading starts with: the programme's Finnish label, or
/// its Swedish/English counterpart (which the reader's heading pattern knows).
pub fn section_label(programme: &Programme, lang: Lang) -> String {
    let label = programme.section_label.as_str();
    match label.to_lowercase().as_str() {
        "toimenpide" => lang.pick(label, "Åtgärd", "Action").to_string(),
        "tavoite" => lang.pick(label, "Mål", "Goal").to_string(),
        _ => label.to_string(),
    }
}

/// The header of the measure-id column: narrow, and a header the reader
/// takes for ids ("Nro"), so that ids outrank edited measure texts.
pub fn id_header(lang: Lang) -> &'static str {
    lang.pick("Nro", "Nr", "No")
}

/// The header of the measure column.
pub fn measure_header(programme: &Programme, lang: Lang) -> &'static str {
    match programme.scale {
        AnswerScale::Marks { .. } => lang.pick("Toimenpiteet", "Åtgärder", "Measures"),
        AnswerScale::Status { .. } => lang.pick("TOIMENPIDE", "Åtgärd", "Measure"),
    }
}

/// Headers of the two mark columns and the text column of a marks scale.
/// Swedish and English avoid words the reader would take for another
/// column ("genomförts" reads as "genomfört", "done" as implemented).
pub fn mark_headers(
    implemented: &str,
    not_implemented: &str,
    text: &str,
    lang: Lang,
) -> [String; 3] {
    match lang {
        Lang::Fi => [implemented, not_implemented, text].map(str::to_string),
        Lang::Sv => [
            "Åtgärden är genomförd",
            "Åtgärden är inte genomförd",
            "Hur har åtgärden förverkligats eller hur borde den förverkligas?",
        ]
        .map(str::to_string),
        Lang::En => [
            "Measure implemented",
            "Measure not implemented",
            "How has it been carried out, or how should it be carried out?",
        ]
        .map(str::to_string),
    }
}

/// Headers of the responsible and schedule columns of a status scale.
pub fn status_extra_headers(lang: Lang) -> [&'static str; 2] {
    [
        lang.pick("VASTUU", "Ansvar", "Responsible"),
        lang.pick("AIKATAULU", "Tidtabell", "Schedule"),
    ]
}

/// Header of the status column: the programme's (TILA) in Finnish.
pub fn status_header(label: &str, lang: Lang) -> String {
    lang.pick(label, "Status", "Status").to_string()
}

/// Header of the text column of a status scale.
pub fn status_text_header(label: Option<&str>, lang: Lang) -> String {
    let fi = label.unwrap_or("Miten toimenpide on edennyt?");
    lang.pick(
        fi,
        "Hur har åtgärden framskridit?",
        "How has the measure progressed?",
    )
    .to_string()
}

/// The label of a status option: the programme's in Finnish; for the usual
/// option ids a Swedish/English word that the programme lists as an alias.
pub fn option_label(option: &StatusOption, lang: Lang) -> String {
    let translated = match option.id.as_str() {
        "not_started" => Some(("Inte påbörjad", "Not started")),
        "in_progress" => Some(("Påbörjad", "In progress")),
        "done" => Some(("Klar", "Done")),
        _ => None,
    };
    match (lang, translated) {
        (Lang::Sv, Some((sv, _))) => sv.to_string(),
        (Lang::En, Some((_, en))) => en.to_string(),
        _ => option.label.clone(),
    }
}

/// The feedback heading: one the reader recognises (the programme's title
/// or its Swedish/English alias), with the programme's prompt in Finnish.
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
        (Lang::Sv, _) => "Fri respons".to_string(),
        (Lang::En, _) => "Free-form feedback".to_string(),
    }
}

/// The page footer's right part.
pub fn page_footer(lang: Lang) -> &'static str {
    lang.pick("Sivu &P / &N", "Sida &P / &N", "Page &P of &N")
}

/// An input message (title, text) shown when a cell is selected.
pub struct Prompt {
    /// At most 32 characters (Excel's limit).
    pub title: &'static str,
    /// At most 255 characters.
    pub text: String,
}

/// The input message of a mark column.
pub fn mark_prompt(header: &str, lang: Lang) -> Prompt {
    Prompt {
        title: lang.pick("Merkitse x", "Markera x", "Mark x"),
        text: format!(
            "{} ”{header}”. {}",
            lang.pick(
                "Valitse x, jos pätee:",
                "Välj x om det gäller:",
                "Choose x if this applies:"
            ),
            lang.pick(
                "Merkitse vain toinen sarakkeista.",
                "Markera bara den ena kolumnen.",
                "Mark only one of the two columns."
            )
        ),
    }
}

/// The input message of a status column.
pub fn status_prompt(options: &[String], lang: Lang) -> Prompt {
    Prompt {
        title: lang.pick("Valitse tila", "Välj status", "Choose the status"),
        text: format!(
            "{} {}.",
            lang.pick(
                "Valitse listasta:",
                "Välj i listan:",
                "Choose from the list:"
            ),
            options.join(" / ")
        ),
    }
}

/// The input message of a free-text column.
pub fn text_prompt(lang: Lang) -> Prompt {
    Prompt {
        title: lang.pick("Kuvaus", "Beskrivning", "Description"),
        text: lang
            .pick(
                "Kirjoita vapaasti. Useita kohtia: aloita kukin omalta riviltään (Alt+Enter) tai viivalla.",
                "Skriv fritt. Flera punkter: börja var och en på en egen rad (Alt+Enter) eller med ett streck.",
                "Write freely. Several points: start each on its own line (Alt+Enter) or with a dash.",
            )
            .to_string(),
    }
}

/// The input message of the feedback area.
pub fn feedback_prompt(programme: &Programme, lang: Lang) -> Prompt {
    let fi = programme
        .feedback
        .prompt
        .clone()
        .unwrap_or_else(|| programme.feedback.title.clone());
    Prompt {
        title: lang.pick(
            "Vapaamuotoinen palaute",
            "Fri respons",
            "Free-form feedback",
        ),
        text: match lang {
            Lang::Fi => fi,
            Lang::Sv => "Skriv här det ni vill berätta om delaktigheten utöver svaren ovan.".into(),
            Lang::En => "Write here anything about participation beyond the answers above.".into(),
        },
    }
}

/// The input message of the support tick box.
pub fn support_prompt(lang: Lang) -> Prompt {
    Prompt {
        title: lang.pick("Tukipyyntö", "Begäran om stöd", "Support request"),
        text: lang
            .pick(
                "Valitse x, jos tarvitsette tukea, ja kerro alla, millaista.",
                "Välj x om ni behöver stöd och berätta nedan vilket slags.",
                "Choose x if you need support, and say below what kind.",
            )
            .to_string(),
    }
}

/// The input message of the unit cell of a blank template.
pub fn unit_prompt(lang: Lang) -> Prompt {
    Prompt {
        title: lang.pick("Yksikkö", "Enhet", "Unit"),
        text: lang
            .pick(
                "Kirjoita vastaavan toimialueen tai työryhmän nimi.",
                "Skriv namnet på det svarande verksamhetsområdet eller arbetsgruppen.",
                "Write the name of the responding unit or working group.",
            )
            .to_string(),
    }
}

/// The error message of a cell that takes only "x".
pub fn only_x(lang: Lang) -> &'static str {
    lang.pick(
        "Merkitse x tai jätä solu tyhjäksi.",
        "Markera x eller lämna cellen tom.",
        "Enter x or leave the cell empty.",
    )
}

/// The file-name word for the blank template of any other unit.
pub fn other_unit(lang: Lang) -> &'static str {
    lang.pick("muu yksikkö", "annan enhet", "other unit")
}

/// The height in points a row needs for `texts`, each wrapped in a column
/// of the given width (in characters): spreadsheets do not grow rows
/// written with wrapped text on their own, LibreOffice's PDF export least of
/// all. The estimate errs on the roomy side; `min_lines` leaves room to type.
pub fn row_height(texts: &[(&str, f64)], min_lines: usize) -> f64 {
    let lines = texts
        .iter()
        .map(|(text, width)| {
            let per_line = (width * 0.95).max(1.0);
            text.split('\n')
                .map(|part| (part.chars().count() as f64 / per_line).ceil().max(1.0) as usize)
                .sum::<usize>()
        })
        .max()
        .unwrap_or(1)
        .max(min_lines);
    15.0 * lines as f64 + 3.0
}

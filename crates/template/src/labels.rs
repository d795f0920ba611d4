//! What a template says to the person filling it, in Finnish, Swedish and
//! English: prompts, messages and the footer. The words the reader looks
//! for (sheet names, headers, headings, labels) are `koonti-form`'s.
use koonti_model::{Lang, Programme};

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

/// The input message of the respondent field.
pub fn respondent_prompt(lang: Lang) -> Prompt {
    Prompt {
        title: lang.pick("Vastaaja", "Svarande", "Respondent"),
        text: lang
            .pick(
                "Kirjoita vastauksen laatijan nimi ja tehtävä (valinnainen).",
                "Skriv namn och uppgift för den som svarar (valfritt).",
                "Write the name and role of the person answering (optional).",
            )
            .to_string(),
    }
}

/// The input message of the date field.
pub fn date_prompt(lang: Lang) -> Prompt {
    Prompt {
        title: lang.pick("Päivämäärä", "Datum", "Date"),
        text: lang
            .pick(
                "Vastauksen päivämäärä, esimerkiksi 31.1.2026 (valinnainen).",
                "Svarets datum, till exempel 31.1.2026 (valfritt).",
                "The date of the answer, e.g. 31.1.2026 (optional).",
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

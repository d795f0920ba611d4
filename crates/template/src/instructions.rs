//! The instructions sheet (Ohjeet): what to fill, by when and whom to ask,
//! in the template's language. The reader skips it (the `_koonti` sheet
//! names it), so its text never ends up among unmatched cells.
use crate::{TemplateOptions, labels};
use koonti_form::{Role, headers, sheets, signature, support, words};
use koonti_model::{AnswerScale, Lang, Programme, ReportPeriod, Unit};
use rust_xlsxwriter::{Format, Worksheet, XlsxError};

/// Writes the instructions sheet.
pub fn write(
    sheet: &mut Worksheet,
    programme: &Programme,
    unit: Option<&Unit>,
    options: &TemplateOptions,
) -> Result<(), XlsxError> {
    let lang = options.lang;
    sheet.set_name(sheets::instructions_sheet(lang))?;
    sheet.set_column_width(0, 68)?;
    sheet.set_paper_size(9).set_print_fit_to_pages(1, 0);
    let title = Format::new().set_bold().set_font_size(14).set_text_wrap();
    let text = Format::new()
        .set_text_wrap()
        .set_align(rust_xlsxwriter::FormatAlign::Top);
    let heading = lang.pick("Ohjeet", "Instruktioner", "Instructions");
    let heading = format!("{heading}: {}", programme.title);
    sheet.set_row_height(0, 1.4 * labels::row_height(&[(&heading, 50.0)], 1))?;
    sheet.write_string_with_format(0, 0, heading, &title)?;
    for (row, line) in (2..).zip(lines(programme, unit, options)) {
        sheet.set_row_height(row, labels::row_height(&[(&line, 68.0)], 1) + 4.0)?;
        sheet.write_string_with_format(row, 0, line, &text)?;
    }
    sheet.protect();
    sheet
        .set_paper_size(9)
        .set_portrait()
        .set_print_fit_to_pages(1, 0);
    let title = programme.title.replace('&', "&&");
    sheet.set_footer(format!("&L{title}&R{}", labels::page_footer(lang)));
    Ok(())
}

/// The instruction lines, numbered.
fn lines(programme: &Programme, unit: Option<&Unit>, options: &TemplateOptions) -> Vec<String> {
    let lang = options.lang;
    let mut lines = vec![about(programme, unit, options)];
    if unit.is_none() {
        lines.push(format!(
            "{} ”{}”.",
            lang.pick(
                "Kirjoita ensin yksikkönne nimi kohtaan",
                "Skriv först er enhets namn i fältet",
                "First write your unit's name in the field",
            ),
            words::unit_label(programme, lang)
        ));
    }
    lines.push(how_to_answer(programme, lang));
    lines.push(lang.pick(
        "Tekstisoluun voi kirjoittaa useita kohtia: aloita kukin omalta riviltään (Alt+Enter) tai viivalla.",
        "I textcellen kan ni skriva flera punkter: börja var och en på en egen rad (Alt+Enter) eller med ett streck.",
        "A text cell can hold several points: start each on its own line (Alt+Enter) or with a dash.",
    ).to_string());
    lines.push(colours(programme, lang));
    lines.push(feedback_and_support(lang));
    lines.push(format!(
        "{} ”{}” {} ”{}”.",
        lang.pick(
            "Kirjoita lopuksi halutessanne vastaajan nimi ja tehtävä kohtaan",
            "Skriv till sist gärna den svarandes namn och uppgift i fältet",
            "Last, you may write the respondent's name and role at",
        ),
        signature::respondent_label(lang).trim_end_matches(':'),
        lang.pick(
            "ja päivämäärä kohtaan",
            "och datumet i fältet",
            "and the date at"
        ),
        signature::date_label(lang).trim_end_matches(':'),
    ));
    lines.push(lang.pick(
        "Vain vastaussolut ovat muokattavissa. Älä muuta toimenpidetekstejä tai Nro-saraketta: niiden avulla vastaukset yhdistetään. Suojauksen voi tarvittaessa poistaa ilman salasanaa (Tarkista → Poista taulukon suojaus).",
        "Endast svarscellerna kan redigeras. Ändra inte åtgärdstexterna eller kolumnen Nr: med dem sammanställs svaren. Skyddet kan vid behov tas bort utan lösenord (Granska → Ta bort skydd för blad).",
        "Only the answer cells can be edited. Do not change the measure texts or the No column: they are how the answers are merged. The protection can be removed without a password if you must (Review → Unprotect Sheet).",
    ).to_string());
    lines.extend(return_lines(options));
    lines
        .into_iter()
        .enumerate()
        .map(|(i, line)| format!("{}. {line}", i + 1))
        .collect()
}

fn about(programme: &Programme, unit: Option<&Unit>, options: &TemplateOptions) -> String {
    let lang = options.lang;
    let mut text = format!(
        "{} {}",
        lang.pick(
            "Tällä lomakkeella raportoidaan ohjelman toimenpiteiden toteutuminen",
            "Med denna blankett rapporterar ni hur programmets åtgärder har förverkligats",
            "With this form you report how the programme's measures have been carried out",
        ),
        match &options.period {
            ReportPeriod::Unknown => String::new(),
            p => format!("({} {p})", lang.pick("kausi", "period", "period")),
        }
    );
    text = text.trim_end().to_string();
    if let Some(unit) = unit {
        text.push_str(&format!(
            " – {} {}",
            words::unit_label(programme, lang),
            unit.name
        ));
    }
    text.push('.');
    text
}

fn how_to_answer(programme: &Programme, lang: Lang) -> String {
    let sheet = sheets::answers_sheet(lang);
    let header = |role: Role| {
        headers::table_columns(programme, lang)
            .into_iter()
            .find(|c| c.role == role)
            .map(|c| c.header)
            .unwrap_or_default()
    };
    let marks: Vec<String> = headers::table_columns(programme, lang)
        .into_iter()
        .filter(|c| {
            matches!(
                c.role,
                Role::Implemented | Role::Partial | Role::NotImplemented | Role::OptionMark(_)
            )
        })
        .map(|c| format!("”{}”", c.header))
        .collect();
    match &programme.scale {
        // Three mark columns or more: an x in one of them.
        _ if marks.len() > 2 => format!(
            "{} ”{sheet}” {} {}{}",
            lang.pick("Merkitse välilehdellä", "Markera på fliken", "On the sheet"),
            lang.pick(
                "jokaisen toimenpiteen kohdalle x yhteen sarakkeista",
                "för varje åtgärd ett x i en av kolumnerna",
                "mark each measure with an x in one of the columns",
            ),
            marks.join(" / "),
            lang.pick(
                ", ja kerro viimeisessä sarakkeessa, miten toimenpide on toteutettu tai miten sitä tulisi jatkossa toteuttaa.",
                ", och beskriv i sista kolumnen hur åtgärden har förverkligats eller borde förverkligas.",
                ", and say in the last column how it has been or should be carried out.",
            ),
        ),
        AnswerScale::Marks { .. } => {
            let (yes, no) = (header(Role::Implemented), header(Role::NotImplemented));
            format!(
                "{} ”{sheet}” {} ”{yes}” {} ”{no}”{}",
                lang.pick("Merkitse välilehdellä", "Markera på fliken", "On the sheet"),
                lang.pick(
                    "jokaisen toimenpiteen kohdalle x joko sarakkeeseen",
                    "för varje åtgärd ett x antingen i kolumnen",
                    "mark each measure with an x either in the column",
                ),
                lang.pick("tai", "eller", "or"),
                lang.pick(
                    ", ja kerro viimeisessä sarakkeessa, miten toimenpide on toteutettu tai miten sitä tulisi jatkossa toteuttaa.",
                    ", och beskriv i sista kolumnen hur åtgärden har förverkligats eller borde förverkligas.",
                    ", and say in the last column how it has been or should be carried out.",
                ),
            )
        }
        AnswerScale::Status { options, .. } => {
            let names: Vec<String> = options
                .iter()
                .map(|o| words::option_label(o, lang))
                .collect();
            format!(
                "{} ”{sheet}” {} {} ({}){}",
                lang.pick("Valitse välilehdellä", "Välj på fliken", "On the sheet"),
                lang.pick(
                    "jokaiselle toimenpiteelle tila sarakkeesta",
                    "för varje åtgärd en status i kolumnen",
                    "choose each measure's status in the column",
                ),
                header(Role::Status),
                names.join(" / "),
                lang.pick(
                    ", ja kerro viimeisessä sarakkeessa, miten toimenpide on edennyt.",
                    ", och beskriv i sista kolumnen hur åtgärden har framskridit.",
                    ", and say in the last column how the measure has progressed.",
                ),
            )
        }
    }
}

fn colours(programme: &Programme, lang: Lang) -> String {
    let both = match programme.scale {
        AnswerScale::Marks {
            partial_label: None,
            ..
        } => lang.pick(
            " ja oranssilla rivit, joilla on merkitty molemmat sarakkeet: molemmat merkinnät tarkoittavat, että toimenpide on toteutunut osittain",
            " och med orange rader där båda kolumnerna är markerade: båda markeringarna betyder att åtgärden har genomförts delvis",
            " and rows with both columns marked in orange: both marks mean the measure was partly implemented",
        ),
        AnswerScale::Marks { .. } | AnswerScale::Status { .. } => "",
    };
    format!(
        "{}{both}. {}",
        lang.pick(
            "Lomake näyttää keltaisella vastauskohdat toimenpiteissä, joihin ei ole vielä vastattu,",
            "Blanketten visar med gult svarsfälten för åtgärder som ännu saknar svar,",
            "The form shows the answer cells of measures not yet answered in yellow,",
        ),
        lang.pick(
            "Yläosan laskuri (”Vastattu 9 / 13”) kertoo, moneenko toimenpiteeseen on vastattu.",
            "Räknaren upptill (”Besvarade 9 / 13”) visar hur många åtgärder som har besvarats.",
            "The counter at the top (”Answered 9 / 13”) shows how many measures have been answered.",
        )
    )
}

fn feedback_and_support(lang: Lang) -> String {
    format!(
        "{} ”{}” {} ”{}”.",
        lang.pick(
            "Lopussa on tilaa vapaamuotoiselle palautteelle. Jos tarvitsette tukea osallisuuden kehittämisessä, merkitse x kohtaan",
            "I slutet finns plats för fri respons. Om ni behöver stöd i utvecklingen av delaktigheten, markera x i fältet",
            "At the end there is room for free-form feedback. If you need support in developing participation, mark x at",
        ),
        support::need(lang),
        lang.pick("ja kerro kohdassa", "och berätta i fältet", "and describe it at"),
        support::details(lang),
    )
}

fn return_lines(options: &TemplateOptions) -> Vec<String> {
    let lang = options.lang;
    let mut lines = Vec::new();
    if let Some(deadline) = &options.deadline {
        lines.push(format!(
            "{} {deadline}.",
            lang.pick(
                "Palauta täytetty lomake Excel-tiedostona viimeistään",
                "Returnera den ifyllda blanketten som Excel-fil senast",
                "Return the filled form as an Excel file by",
            )
        ));
    }
    if let Some(contact) = &options.contact {
        lines.push(format!(
            "{} {contact}.",
            lang.pick(
                "Kysymykset ja palautus:",
                "Frågor och retur:",
                "Questions and returns:",
            )
        ));
    }
    lines
}

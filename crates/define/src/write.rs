//! A programme as the spreadsheet a county keeps: what `koonti programme
//! new -o ohjelma.xlsx` writes blank and `koonti programme show --xlsx`
//! writes for a definition. [`crate::read_programme`] reads both back.
use koonti_form::programme_sheet::{SheetLabel, sheet_names, table_headers, unit_headers};
use koonti_model::{AnswerScale, Lang, Programme, Section};
use rust_xlsxwriter::{Format, Workbook, XlsxError};

/// The instructions of a blank programme spreadsheet, one line a row, in
/// fi, sv and en.
fn instructions(lang: Lang) -> [&'static str; 9] {
    match lang {
        Lang::Fi => [
            "Näin täytät ohjelman",
            "1. Kirjoita Ohjelma-välilehden ylimpään soluun ohjelman nimi ja sen alle tunnus ja organisaatio.",
            "2. Kirjoita taulukkoon yksi toimenpide riville: Tavoite (toistuvan arvon saa jättää tyhjäksi tai yhdistää solut), Nro (voi jättää tyhjäksi), Toimenpide, Vastuu ja Aikataulu.",
            "3. Sarakkeet Toteutunut, Ei toteutunut ja Kuvaus toteutuksesta jäävät tyhjiksi: niiden otsikot ovat lomakkeen vastaussarakkeet. Muuta otsikot omiksesi (esim. Kyllä / Ei / Selitys).",
            "   Tilasarakkeen ohjelma: poista Toteutunut ja Ei toteutunut, ja kirjoita vaihtoehdot taulukon yläpuolelle soluun Vastausvaihtoehdot: Ei aloitettu; Kesken; Valmis.",
            "4. Kirjoita vastaavat yksiköt Yksiköt-välilehdelle: nimi ja muut nimet puolipisteellä eroteltuina.",
            "5. Tarkista: koonti programme check ohjelma.xlsx",
            "6. Tee lomakkeet: koonti template --programme ohjelma.xlsx --period 2025",
            "Esimerkkirivit saa poistaa. Lisätietoja: docs/ohjelma.md.",
        ],
        Lang::Sv => [
            "Så fyller du i programmet",
            "1. Skriv programmets namn i den översta cellen på bladet Program och under den id och organisation.",
            "2. Skriv en åtgärd per rad i tabellen: Mål (ett upprepat värde kan lämnas tomt eller cellerna sammanfogas), Nr (kan lämnas tomt), Åtgärd, Ansvar och Tidtabell.",
            "3. Kolumnerna Genomförd, Inte genomförd och Beskrivning av genomförandet lämnas tomma: deras rubriker är blankettens svarskolumner. Byt rubrikerna till egna (t.ex. Ja / Nej / Förklaring).",
            "   Ett program med statuskolumn: ta bort Genomförd och Inte genomförd, och skriv alternativen ovanför tabellen i cellen Svarsalternativ: Inte påbörjad; Pågår; Genomförd.",
            "4. Skriv de svarande enheterna på bladet Enheter: namn och andra namn åtskilda med semikolon.",
            "5. Kontrollera: koonti programme check program.xlsx --lang sv",
            "6. Gör blanketterna: koonti template --programme program.xlsx --period 2025 --lang sv",
            "Exempelraderna får tas bort. Mer information: docs/ohjelma.md.",
        ],
        Lang::En => [
            "How to fill in the programme",
            "1. Write the programme's name in the top cell of the Programme sheet, and its id and organisation below it.",
            "2. Write one measure a row in the table: Goal (a repeated value may be left empty or the cells merged), No (may be left empty), Measure, Responsible and Schedule.",
            "3. The columns Implemented, Not implemented and Description of implementation stay empty: their headers are the form's answer columns. Change the headers to your own (e.g. Yes / No / Explanation).",
            "   A programme with a status column: remove Implemented and Not implemented, and write the options above the table in the cell Answer options: Not started; In progress; Done.",
            "4. Write the responding units on the Units sheet: name, and other names separated by semicolons.",
            "5. Check: koonti programme check programme.xlsx --lang en",
            "6. Make the forms: koonti template --programme programme.xlsx --period 2025 --lang en",
            "The example rows may be deleted. More: docs/ohjelma.md.",
        ],
    }
}

/// A blank programme spreadsheet in `lang`: the table's headers, an
/// example row, an example unit and a sheet of instructions.
pub fn blank_xlsx(lang: Lang) -> Result<Vec<u8>, XlsxError> {
    let pick = |fi: &str, sv: &str, en: &str| lang.pick(fi, sv, en).to_string();
    let mut example = crate::build::skeleton();
    example.id = pick(
        "oma-osallisuusohjelma",
        "eget-delaktighetsprogram",
        "own-participation-programme",
    );
    example.title = pick(
        "Oma osallisuusohjelma 2025–2027",
        "Eget delaktighetsprogram 2025–2027",
        "Own participation programme 2025–2027",
    );
    example.organisation = pick(
        "Oma hyvinvointialue",
        "Eget välfärdsområde",
        "Own wellbeing services county",
    );
    example.section_label = table_headers(lang)[0].into();
    example.feedback.title = pick(
        "Vapaamuotoinen palaute",
        "Fri respons",
        "Free-form feedback",
    );
    example.scale = AnswerScale::Marks {
        implemented_label: pick("Toteutunut", "Genomförd", "Implemented"),
        not_implemented_label: pick("Ei toteutunut", "Inte genomförd", "Not implemented"),
        text_label: pick(
            "Kuvaus toteutuksesta",
            "Beskrivning av genomförandet",
            "Description of implementation",
        ),
    };
    example.units = vec![koonti_model::Unit {
        name: pick("Esimerkkiyksikkö", "Exempelenhet", "Example unit"),
        aliases: vec![pick("Esim.", "Ex.", "Ex.")],
    }];
    example.sections = vec![Section {
        id: "1".into(),
        title: pick(
            "Esimerkkitavoite: tieto kulkee",
            "Exempelmål: informationen når fram",
            "Example goal: information reaches everyone",
        ),
        sections: Vec::new(),
        measures: vec![koonti_model::Measure {
            id: "1.1".into(),
            text: pick(
                "Esimerkki: julkaisemme osallistumisen mahdollisuudet yhdessä paikassa",
                "Exempel: vi publicerar möjligheterna att delta på ett ställe",
                "Example: we publish the ways to take part in one place",
            ),
            aliases: Vec::new(),
            responsible: Some(pick("Viestintä", "Kommunikation", "Communications")),
            schedule: Some("2025".into()),
        }],
    }];
    write_xlsx(&example, lang, true)
}

/// `programme` as a spreadsheet in `lang` (its labels, headers and sheet
/// names) that reads back as the same programme.
pub fn programme_xlsx(programme: &Programme, lang: Lang) -> Result<Vec<u8>, XlsxError> {
    write_xlsx(programme, lang, false)
}

fn write_xlsx(
    programme: &Programme,
    lang: Lang,
    with_instructions: bool,
) -> Result<Vec<u8>, XlsxError> {
    let [programme_sheet, units_sheet, help_sheet] = sheet_names(lang);
    let mut book = Workbook::new();
    let bold = Format::new().set_bold();
    let title = Format::new().set_bold().set_font_size(14);
    let wrap = Format::new().set_text_wrap();
    let sheet = book.add_worksheet();
    sheet.set_name(programme_sheet)?;
    sheet.write_string_with_format(0, 0, &programme.title, &title)?;
    let mut row = 1;
    let mut meta = |label: SheetLabel, value: Option<&str>| -> Result<(), XlsxError> {
        if let Some(value) = value.filter(|v| !v.is_empty()) {
            sheet.write_string_with_format(row, 0, label.written(lang), &bold)?;
            sheet.write_string(row, 1, value)?;
            row += 1;
        }
        Ok(())
    };
    meta(SheetLabel::Id, Some(&programme.id))?;
    meta(SheetLabel::Organisation, Some(&programme.organisation))?;
    meta(SheetLabel::Years, programme.years.as_deref())?;
    meta(SheetLabel::Reporting, programme.reporting.as_deref())?;
    meta(SheetLabel::UnitLabel, programme.unit_label.as_deref())?;
    meta(SheetLabel::SectionLabel, Some(&programme.section_label))?;
    meta(SheetLabel::Feedback, Some(&programme.feedback.title))?;
    meta(
        SheetLabel::FeedbackPrompt,
        programme.feedback.prompt.as_deref(),
    )?;
    let mut headers = table_headers(lang).to_vec();
    match &programme.scale {
        AnswerScale::Marks {
            implemented_label,
            not_implemented_label,
            text_label,
        } => headers.extend([
            implemented_label.as_str(),
            not_implemented_label.as_str(),
            text_label.as_str(),
        ]),
        AnswerScale::Status {
            status_label,
            options,
            text_label,
        } => {
            let listed: Vec<&str> = options.iter().map(|o| o.label.as_str()).collect();
            meta(SheetLabel::Options, Some(&listed.join("; ")))?;
            headers.push(status_label);
            headers.extend(text_label.as_deref());
        }
    }
    row += 1;
    for (col, header) in headers.iter().enumerate() {
        sheet.write_string_with_format(row, col as u16, *header, &bold)?;
    }
    let header_row = row;
    for (section, measure) in flattened(programme) {
        row += 1;
        sheet.write_string_with_format(
            row,
            0,
            format!("{}. {}", section.id, section.title),
            &wrap,
        )?;
        sheet.write_string(row, 1, &measure.id)?;
        sheet.write_string_with_format(row, 2, &measure.text, &wrap)?;
        if let Some(responsible) = &measure.responsible {
            sheet.write_string(row, 3, responsible)?;
        }
        if let Some(schedule) = &measure.schedule {
            sheet.write_string(row, 4, schedule)?;
        }
    }
    for (col, width) in [28.0, 6.0, 60.0, 20.0, 14.0, 16.0, 16.0, 36.0]
        .into_iter()
        .enumerate()
    {
        sheet.set_column_width(col as u16, width)?;
    }
    sheet.set_freeze_panes(header_row + 1, 0)?;
    let units = book.add_worksheet();
    units.set_name(units_sheet)?;
    let [name_header, aliases_header] = unit_headers(lang);
    units.write_string_with_format(0, 0, name_header, &bold)?;
    units.write_string_with_format(0, 1, aliases_header, &bold)?;
    for (i, unit) in programme.units.iter().enumerate() {
        units.write_string(i as u32 + 1, 0, &unit.name)?;
        if !unit.aliases.is_empty() {
            units.write_string(i as u32 + 1, 1, unit.aliases.join("; "))?;
        }
    }
    units.set_column_width(0, 40)?;
    units.set_column_width(1, 40)?;
    if with_instructions {
        let help = book.add_worksheet();
        help.set_name(help_sheet)?;
        for (i, line) in instructions(lang).iter().enumerate() {
            let format = if i == 0 { &title } else { &wrap };
            help.write_string_with_format(i as u32, 0, *line, format)?;
        }
        help.set_column_width(0, 120)?;
    }
    book.save_to_buffer()
}

/// Every measure with the section it is written under (nested sections
/// flattened to their own rows, keeping their ids).
fn flattened(programme: &Programme) -> Vec<(&Section, &koonti_model::Measure)> {
    fn walk<'a>(section: &'a Section, out: &mut Vec<(&'a Section, &'a koonti_model::Measure)>) {
        out.extend(section.measures.iter().map(|m| (section, m)));
        for child in &section.sections {
            walk(child, out);
        }
    }
    let mut out = Vec::new();
    for section in &programme.sections {
        walk(section, &mut out);
    }
    out
}

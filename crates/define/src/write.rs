//! A programme as the spreadsheet a county keeps: what `koonti programme
//! new -o ohjelma.xlsx` writes blank and `koonti programme show --xlsx`
//! writes for a definition. [`crate::read_programme`] reads both back.
use koonti_model::{AnswerScale, Programme, ScaleLayout, Section};
use rust_xlsxwriter::{Format, Workbook, XlsxError};

/// The labels of the cells above the table, as the reader finds them.
const ID_LABEL: &str = "Tunnus:";
const ORGANISATION_LABEL: &str = "Organisaatio:";
const YEARS_LABEL: &str = "Vuodet:";
const REPORTING_LABEL: &str = "Raportointi:";
const UNIT_LABEL_LABEL: &str = "Yksikön nimike:";
const SECTION_LABEL_LABEL: &str = "Otsikon nimike:";
const FEEDBACK_LABEL: &str = "Palautteen otsikko:";
const FEEDBACK_PROMPT_LABEL: &str = "Palautteen kysymys:";
const OPTIONS_LABEL: &str = "Vastausvaihtoehdot:";

/// The instructions of a blank programme spreadsheet, one line a row.
const INSTRUCTIONS: [&str; 9] = [
    "Näin täytät ohjelman",
    "1. Kirjoita Ohjelma-välilehden ylimpään soluun ohjelman nimi ja sen alle tunnus ja organisaatio.",
    "2. Kirjoita taulukkoon yksi toimenpide riville: Tavoite (toistuvan arvon saa jättää tyhjäksi tai yhdistää solut), Nro (voi jättää tyhjäksi), Toimenpide, Vastuu ja Aikataulu.",
    "3. Sarakkeet Toteutunut, Ei toteutunut ja Kuvaus toteutuksesta jäävät tyhjiksi: niiden otsikot ovat lomakkeen vastaussarakkeet. Muuta otsikot omiksesi (esim. Kyllä / Ei / Selitys).",
    "   Tilasarakkeen ohjelma: korvaa ne sarakkeilla TILA ja Kuvaus, ja kirjoita vaihtoehdot soluun Vastausvaihtoehdot: Ei aloitettu; Kesken; Valmis.",
    "4. Kirjoita vastaavat yksiköt Yksiköt-välilehdelle: nimi ja muut nimet puolipisteellä eroteltuina.",
    "5. Tarkista: koonti programme check ohjelma.xlsx",
    "6. Tee lomakkeet: koonti template --programme ohjelma.xlsx --period 2025",
    "Esimerkkirivit saa poistaa. Lisätietoja: docs/ohjelma.md.",
];

/// A blank programme spreadsheet: the table's headers, an example row,
/// an example unit and a sheet of instructions.
pub fn blank_xlsx() -> Result<Vec<u8>, XlsxError> {
    let mut example = crate::build::skeleton();
    example.id = "oma-osallisuusohjelma".into();
    example.title = "Oma osallisuusohjelma 2025–2027".into();
    example.organisation = "Oma hyvinvointialue".into();
    example.scale = AnswerScale::Marks {
        implemented_label: "Toteutunut".into(),
        not_implemented_label: "Ei toteutunut".into(),
        text_label: "Kuvaus toteutuksesta".into(),
        partial_label: None,
    };
    example.units = vec![koonti_model::Unit {
        name: "Esimerkkiyksikkö".into(),
        aliases: vec!["Esim.".into()],
    }];
    example.sections = vec![Section {
        id: "1".into(),
        title: "Esimerkkitavoite: tieto kulkee".into(),
        sections: Vec::new(),
        measures: vec![koonti_model::Measure {
            id: "1.1".into(),
            text: "Esimerkki: julkaisemme osallistumisen mahdollisuudet yhdessä paikassa".into(),
            aliases: Vec::new(),
            responsible: Some("Viestintä".into()),
            schedule: Some("2025".into()),
        }],
    }];
    write_xlsx(&example, true)
}

/// `programme` as a spreadsheet that reads back as the same programme.
pub fn programme_xlsx(programme: &Programme) -> Result<Vec<u8>, XlsxError> {
    write_xlsx(programme, false)
}

fn write_xlsx(programme: &Programme, with_instructions: bool) -> Result<Vec<u8>, XlsxError> {
    let mut book = Workbook::new();
    let bold = Format::new().set_bold();
    let title = Format::new().set_bold().set_font_size(14);
    let wrap = Format::new().set_text_wrap();
    let sheet = book.add_worksheet();
    sheet.set_name("Ohjelma")?;
    sheet.write_string_with_format(0, 0, &programme.title, &title)?;
    let mut row = 1;
    let mut meta = |label: &str, value: Option<&str>| -> Result<(), XlsxError> {
        if let Some(value) = value.filter(|v| !v.is_empty()) {
            sheet.write_string_with_format(row, 0, label, &bold)?;
            sheet.write_string(row, 1, value)?;
            row += 1;
        }
        Ok(())
    };
    meta(ID_LABEL, Some(&programme.id))?;
    meta(ORGANISATION_LABEL, Some(&programme.organisation))?;
    meta(YEARS_LABEL, programme.years.as_deref())?;
    meta(REPORTING_LABEL, programme.reporting.as_deref())?;
    meta(UNIT_LABEL_LABEL, programme.unit_label.as_deref())?;
    meta(SECTION_LABEL_LABEL, Some(&programme.section_label))?;
    meta(FEEDBACK_LABEL, Some(&programme.feedback.title))?;
    meta(FEEDBACK_PROMPT_LABEL, programme.feedback.prompt.as_deref())?;
    let mut headers = vec!["Tavoite", "Nro", "Toimenpide", "Vastuu", "Aikataulu"];
    match &programme.scale {
        AnswerScale::Marks {
            implemented_label,
            not_implemented_label,
            text_label,
            partial_label,
        } => {
            headers.push(implemented_label.as_str());
            headers.extend(partial_label.as_deref());
            headers.extend([not_implemented_label.as_str(), text_label.as_str()]);
        }
        AnswerScale::Status {
            status_label,
            options,
            text_label,
            layout,
        } => {
            let listed: Vec<&str> = options.iter().map(|o| o.label.as_str()).collect();
            meta(OPTIONS_LABEL, Some(&listed.join("; ")))?;
            match layout {
                ScaleLayout::Choice => headers.push(status_label),
                ScaleLayout::Marks => headers.extend(listed.iter().copied()),
            }
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
    units.set_name("Yksiköt")?;
    units.write_string_with_format(0, 0, "Nimi", &bold)?;
    units.write_string_with_format(0, 1, "Muut nimet", &bold)?;
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
        help.set_name("Ohje")?;
        for (i, line) in INSTRUCTIONS.iter().enumerate() {
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

//! Every label a reader of koonti's outputs sees, in Finnish, Swedish and
//! English. Texts from the programme or the responses are never translated.
use koonti_model::{AnswerScale, Lang, Programme, Severity, Status};

/// The labels of one output language.
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct Labels(pub Lang);

macro_rules! labels {
    ($($name:ident: $fi:expr, $sv:expr, $en:expr;)*) => {
        impl Labels {
            $(
                pub(crate) fn $name(self) -> &'static str {
                    self.0.pick($fi, $sv, $en)
                }
            )*
        }
    };
}

labels! {
    sheet_summary: "Yhteenveto", "Sammanfattning", "Summary";
    sheet_matrix: "Matriisi", "Matris", "Matrix";
    sheet_answers: "Vastaukset", "Svar", "Answers";
    sheet_feedback: "Vapaamuotoinen palaute", "Fri respons", "Free-form feedback";
    sheet_support: "Tukipyynnöt", "Stödbegäranden", "Support requests";
    sheet_missing: "Puuttuvat", "Saknas", "Missing";
    sheet_findings: "Tarkistukset", "Kontroller", "Checks";
    sheet_unmatched: "Kohdistamattomat", "Oplacerade", "Unmatched";
    sheet_sources: "Lähteet", "Källor", "Sources";
    sheet_appendix: "Liite", "Bilaga", "Appendix";
    period: "Kausi", "Period", "Period";
    made: "Laadittu", "Sammanställd", "Made";
    responses: "Vastauksia", "Svar", "Responses";
    of_expected: "odotetusta", "av väntade", "of expected";
    missing_units: "Puuttuvat", "Saknas", "Missing";
    none: "–", "–", "–";
    summary_heading: "Yhteenveto", "Sammanfattning", "Summary";
    by_action: "Toimenpiteittäin", "Per åtgärd", "By action";
    by_measure: "Toimenpiteen kohdittain", "Per punkt", "By measure";
    chart_title: "Vastaukset toimenpiteen kohdittain", "Svar per punkt", "Answers by measure";
    number: "Nro", "Nr", "No.";
    measure: "Toimenpide", "Åtgärd", "Measure";
    measures: "Toimenpiteet", "Åtgärder", "Measures";
    section: "Osio", "Avsnitt", "Section";
    total: "Yhteensä", "Totalt", "Total";
    share: "osuus", "andel", "share";
    unit: "Yksikkö", "Enhet", "Unit";
    status: "Tila", "Status", "Status";
    how: "Miten on toteutettu tai tulisi jatkossa toteuttaa?",
        "Hur har det genomförts eller hur borde det genomföras?",
        "How was it done, or how should it be done?";
    extra: "Lisätiedot", "Tilläggsuppgifter", "Additional";
    file: "Tiedosto", "Fil", "File";
    sheet: "Välilehti", "Flik", "Sheet";
    cell: "Solu", "Cell", "Cell";
    feedback: "Vapaamuotoinen palaute", "Fri respons", "Free-form feedback";
    support_request: "Tukipyyntö", "Stödbegäran", "Support request";
    missing_what: "Puute", "Brist", "What is missing";
    text: "Teksti", "Text", "Text";
    no_response: "Ei palauttanut vastausta", "Inget svar inlämnat", "No response returned";
    unanswered_measure: "Vastaamatta", "Obesvarad", "Unanswered";
    severity: "Vakavuus", "Allvarlighet", "Severity";
    finding: "Havainto", "Iakttagelse", "Finding";
    code: "Koodi", "Kod", "Code";
    content: "Sisältö", "Innehåll", "Content";
    size: "Koko (tavua)", "Storlek (byte)", "Size (bytes)";
    layout: "Luettu asetteluna", "Läst som layout", "Layout read";
    version: "koonti-versio", "koonti-version", "koonti version";
    legend: "Selite", "Förklaring", "Legend";
    highlights: "Nostoja vastauksista", "Lyft ur svaren", "Highlights from the answers";
    more_highlights: "muuta", "till", "more";
    appendix_title: "Osallisuusohjelman toteutuminen", "Delaktighetsprogrammets genomförande",
        "Implementation of the participation programme";
    highlight_rule: "Nostot: kunkin toteutuneeksi merkityn vastauksen ensimmäinen kohta yksiköiden järjestyksessä, enintään kolme toimenpiteen kohtaa kohden.",
        "Lyft: första punkten i varje svar markerat som genomfört, i enheternas ordning, högst tre per punkt.",
        "Highlights: the first item of each answer marked implemented, in the order of the units, at most three per measure.";
    workbook_subject: "Osallisuusohjelman toimenpiteiden toteutumisen arviointi",
        "Utvärdering av delaktighetsprogrammets åtgärder",
        "Evaluation of the participation programme's measures";
    cut_note: " … [katkaistu, koko teksti JSON-tulosteessa]", " … [avkortad, hela texten i JSON-utdata]",
        " … [cut, the whole text is in the JSON output]";
}

// ── The status scale's own columns on the action sheets (issue 11) ──
labels! {
    responsible: "Vastuu", "Ansvar", "Responsible";
    schedule: "Aikataulu", "Tidtabell", "Schedule";
    in_programme: "ohjelmassa", "i programmet", "in the programme";
}

impl Labels {
    /// The word for a top-level section in this language: the programme's
    /// own word in Finnish, a translation of the known ones otherwise.
    pub(crate) fn section_word(self, programme: &Programme) -> String {
        let fi = programme.section_label.as_str();
        let (sv, en) = match fi.to_lowercase().as_str() {
            "toimenpide" => ("Åtgärd", "Action"),
            "tavoite" => ("Mål", "Goal"),
            "näkökulma" => ("Perspektiv", "Perspective"),
            _ => ("Avsnitt", "Section"),
        };
        self.0.pick(fi, sv, en).to_string()
    }

    /// A severity as a word.
    pub(crate) fn severity_word(self, severity: Severity) -> &'static str {
        match severity {
            Severity::Error => self.0.pick("Virhe", "Fel", "Error"),
            Severity::Warning => self.0.pick("Huomio", "Varning", "Warning"),
            Severity::Info => self.0.pick("Tieto", "Info", "Info"),
        }
    }
}

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

/// The status as a word, without its symbol.
pub fn status_word(status: &Status, programme: &Programme, lang: Lang) -> String {
    match status {
        Status::Implemented => lang.pick("Toteutunut", "Genomförd", "Implemented").into(),
        Status::NotImplemented => lang
            .pick("Ei toteutunut", "Ej genomförd", "Not implemented")
            .into(),
        Status::Partial => lang.pick("Osittain", "Delvis", "Partly").into(),
        Status::Unanswered => lang.pick("Ei vastausta", "Inget svar", "No answer").into(),
        Status::Option(id) => scale_option(programme, id)
            .map(|(_, label)| label.to_string())
            .unwrap_or_else(|| id.clone()),
    }
}

/// The symbol of a status: ✓ ◐ ✗ –, or by place for scale options.
pub fn status_symbol(status: &Status, programme: &Programme) -> &'static str {
    match status {
        Status::Implemented => "✓",
        Status::NotImplemented => "✗",
        Status::Partial => "◐",
        Status::Unanswered => "–",
        Status::Option(id) => match scale_option(programme, id) {
            Some((0, _)) => "○",
            Some((i, _)) if i + 1 == option_count(programme) => "✓",
            Some(_) => "◐",
            None => "?",
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
    fn labels_follow_the_language() {
        assert_eq!(Labels(Lang::Fi).sheet_sources(), "Lähteet");
        assert_eq!(Labels(Lang::Sv).sheet_sources(), "Källor");
        assert_eq!(Labels(Lang::En).sheet_sources(), "Sources");
    }
}

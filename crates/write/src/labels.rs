//! Every label a reader of koonti's outputs sees, in Finnish, Swedish and
//! English. Texts from the programme or the responses are never translated.
pub(crate) use crate::status_words::status_colour;
pub use crate::status_words::{status_label, status_symbol, status_word};
use koonti_model::{AnswerScale, Lang, Programme};

/// The labels of one output language.
#[derive(Debug, Clone, Copy, Default)]
pub struct Labels(pub Lang);

macro_rules! labels {
    ($($name:ident: $fi:expr, $sv:expr, $en:expr;)*) => {
        impl Labels {
            $(
                /// A label in the output's language.
                pub fn $name(self) -> &'static str {
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
    sheet_unmatched: "Kohdistamattomat", "Ej kopplade", "Unmatched";
    sheet_sources: "Lähteet", "Källor", "Sources";
    sheet_appendix: "Liite", "Bilaga", "Appendix";
    period: "Kausi", "Period", "Period";
    made: "Laadittu", "Sammanställd", "Compiled";
    responses: "Vastauksia", "Svar", "Responses";
    missing_units: "Puuttuvat", "Saknas", "Missing";
    none: "–", "–", "–";
    summary_heading: "Yhteenveto", "Sammanfattning", "Summary";
    by_measure: "Toimenpiteen kohdittain", "Per punkt", "By measure";
    chart_title: "Vastaukset toimenpiteen kohdittain", "Svar per punkt", "Answers by measure";
    number: "Nro", "Nr", "No.";
    measure: "Toimenpide", "Åtgärd", "Measure";
    measures: "Toimenpiteet", "Åtgärder", "Measures";
    section: "Osio", "Avsnitt", "Section";
    total: "Yhteensä", "Totalt", "Total";
    // Issue 21: every share says its basis; the tables, the chart and the
    // summary's sentences all count every item, unanswered ones included.
    share: "osuus kaikista", "andel av alla", "share of all";
    // The share of one option among the answered (Kehitys: answers by
    // option and period), its basis said as the done share's is.
    share_answered: "osuus vastatuista", "andel av de besvarade", "share of those answered";
    unit: "Yksikkö", "Enhet", "Unit";
    status: "Tila", "Status", "Status";
    extra: "Lisätiedot", "Tilläggsuppgifter", "Additional information";
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
    content: "Sisältö", "Innehåll", "Content";
    size: "Koko (tavua)", "Storlek (byte)", "Size (bytes)";
    respondent: "Vastaaja", "Svarande", "Respondent";
    dated: "Päivämäärä", "Datum", "Date";
    layout: "Lukutapa", "Inläst som", "Read as";
    read: "Luettu vai ohitettu", "Läst eller hoppad över", "Read or skipped";
    read_as_response: "luettu vastauksena", "läst som svar", "read as a response";
    version: "koonti-versio", "koonti-version", "koonti version";
    legend: "Selite", "Förklaring", "Legend";
    highlights: "Nostoja vastauksista", "Axplock ur svaren", "Highlights from the answers";
    appendix_title: "Osallisuusohjelman toteutuminen", "Delaktighetsprogrammets genomförande",
        "Implementation of the participation programme";
    coming: "Tulossa", "På gång", "Coming";
    highlight_word: "Nosto", "Axplock", "Highlight";
    feedback_heading: "Vastanneiden huomioita", "Synpunkter från de svarande", "Remarks from the respondents";
    highlight_sheet: "Nostot", "Axplock", "Highlights";
    highlight_kind: "Laji", "Typ", "Kind";
    highlight_keep: "Mukana", "Med", "Kept";
    highlight_text: "Teksti liitteessä", "Text i bilagan", "Text in the appendix";
    highlight_original: "Vastauksen teksti", "Svarets text", "The answer's text";
    highlight_note: "Liitteen nostot ja Tulossa-kohdat. Muuta Mukana-sarakkeeseen kyllä tai ei ja muokkaa tekstiä tarvittaessa; kun liite tehdään tästä työkirjasta, koonti käyttää näitä valintoja.",
        "Bilagans axplock och punkter på gång. Ändra Med till ja eller nej och redigera texten vid behov; när bilagan görs av denna arbetsbok använder koonti dessa val.",
        "The appendix's highlights and coming items. Set Kept to yes or no and edit the text if needed; when the appendix is made from this workbook, koonti uses these choices.";
    yes: "kyllä", "ja", "yes";
    no: "ei", "nej", "no";
    workbook_subject: "Osallisuusohjelman toimenpiteiden toteutumisen arviointi",
        "Utvärdering av delaktighetsprogrammets åtgärder",
        "Evaluation of the participation programme's measures";
    no_rows: "Ei rivejä.", "Inga rader.", "No rows.";
    text_generic: "Kuvaus", "Beskrivning", "Description";
    cut_note: " … [katkaistu, koko teksti JSON-tulosteessa]", " … [avkortad, hela texten i JSON-utdata]",
        " … [cut, the whole text is in the JSON output]";
    // Issue 11, part 2: a sheet longer than Excel allows.
    rows_cut_note: "… katkaistu: loput rivit ovat JSON-tulosteessa", "… avkortat: resten av raderna finns i JSON-utdata",
        "… cut: the remaining rows are in the JSON output";
}

// ── The first row of the secretary's working sheets (issue 21) ──
labels! {
    for_checking: "Tarkistusta varten (sihteerille, ei valiokunnalle):",
        "För kontroll (för sekreteraren, inte för utskottet):",
        "For checking (the secretary's, not the committee's):";
    findings_purpose: "mitä koonti huomasi vastaustiedostoissa. Tiedosto, välilehti ja solu kertovat, mistä katsoa; lähetä yksikölle korjattavaksi vain se, mitä et voi itse tarkistaa.",
        "vad koonti märkte i svarsfilerna. Fil, flik och cell visar var du ska titta; skicka till enheten bara det du inte själv kan kontrollera.",
        "what koonti noticed in the response files. File, sheet and cell say where to look; send to the unit only what you cannot check yourself.";
    unmatched_purpose: "tekstit, joita koonti ei osannut liittää mihinkään toimenpiteeseen. Katso, kuuluuko jokin niistä vastauksiin.",
        "texter som koonti inte kunde koppla till någon åtgärd. Se om någon av dem hör till svaren.",
        "texts koonti could not attach to any measure. See whether any of them belongs to the answers.";
    sources_purpose: "luetut tiedostot, kuka ne täytti ja milloin, sekä tarkistussumma, josta näkee, onko tiedosto sama.",
        "de lästa filerna, vem som fyllde i dem och när, och en kontrollsumma som visar om en fil är densamma.",
        "the files read, who filled them in and when, and a checksum that shows whether a file is the same.";
    highlights_purpose: "liitteen nostot ja Tulossa-kohdat. Muuta Mukana-sarakkeeseen kyllä tai ei ja muokkaa tekstiä tarvittaessa; kun liite tehdään tästä työkirjasta, koonti käyttää näitä valintoja.",
        "bilagans axplock och punkter på gång. Ändra Med till ja eller nej och redigera texten vid behov; när bilagan görs av denna arbetsbok använder koonti dessa val.",
        "the appendix's highlights and coming items. Set Kept to yes or no and edit the text if needed; when the appendix is made from this workbook, koonti uses these choices.";
    layout_table: "taulukko", "tabell", "table";
    sheet_to_units: "Lähetä yksikölle", "Skicka till enheten", "Send to the unit";
    to_units_purpose: "valmis viesti kullekin yksikölle, jonka vastauksesta puuttuu jotain tai jonka merkintöjä pitää korjata. Kopioi viesti sähköpostiin.",
        "ett färdigt meddelande till varje enhet vars svar saknar något eller vars markeringar ska rättas. Kopiera meddelandet till e-posten.",
        "a ready message for each unit whose response lacks something or whose marks need fixing. Copy the message into an e-mail.";
    letter: "Viesti", "Meddelande", "Message";
    sheet_own_checks: "Tarkista itse", "Kontrollera själv", "Check yourself";
    own_checks_purpose: "kopiot, ohitetut tiedostot ja koonnin arvaukset: tarkista nämä itse, niitä ei lähetetä yksiköille.",
        "kopior, överhoppade filer och koontis gissningar: kontrollera dem själv, de skickas inte till enheterna.",
        "copies, skipped files and koonti's guesses: check these yourself, they are not sent to the units.";
    to_check: "Tarkistettavaa", "Att kontrollera", "To check";
}

// ── The status scale's own columns on the action sheets (issue 11) ──
labels! {
    responsible: "Vastuu", "Ansvar", "Responsible";
    schedule: "Aikataulu", "Tidtabell", "Schedule";
    in_programme: "ohjelmassa", "i programmet", "in the programme";
}

// --- The follow-up across periods (`koonti compare`, `--previous`). ---
labels! {
    sheet_progress: "Kehitys", "Utveckling", "Progress";
    progress_title: "Kehitys kausittain", "Utveckling per period", "Progress by period";
    periods: "Kaudet", "Perioder", "Periods";
    done_share_by_action: "Toteutuneiden osuus vastatuista toimenpiteittäin",
        "Andel genomförda av de besvarade, per åtgärd",
        "Share implemented of the answers, by action";
    done_share_by_action_status: "Valmiiden osuus vastatuista toimenpiteittäin",
        "Andel klara av de besvarade, per åtgärd",
        "Share done of the answers, by action";
    statuses_by_period: "Tilat kausittain", "Lägen per period", "Statuses by period";
    answers_by_option: "Vastaukset vaihtoehdoittain kausittain", "Svar per alternativ och period", "Answers by option and period";
    answers_by_period: "Vastaukset kausittain", "Svar per period", "Answers by period";
    change: "Muutos", "Förändring", "Change";
    units_gone: "Vastasivat aiemmin, eivät nyt", "Svarade tidigare, inte nu",
        "Answered before, not now";
    last_answered: "Viimeksi vastannut", "Svarade senast", "Last answered";
    stalled: "Kesken vähintään kolmena neljänneksenä",
        "Påbörjade men inte klara i minst tre kvartal",
        "In progress in three quarters or more";
    quarters: "Neljänneksiä", "Kvartal", "Quarters";
    programme_changes: "Ohjelman muutokset kausien välillä", "Programändringar mellan perioderna",
        "Programme changes between periods";
    earlier_text: "Aiempi teksti", "Tidigare text", "Earlier text";
    later_text: "Uusi teksti", "Ny text", "New text";
    no_response_now: "Ei vastannut", "Svarade inte", "No response";
    progress_chart_title: "Toteutuneiden osuus kausittain", "Andel genomförda per period",
        "Share implemented by period";
    progress_chart_title_status: "Valmiiden osuus kausittain", "Andel klara per period",
        "Share done by period";
    progress_heading: "Kehitys", "Utveckling", "Progress";
}

impl Labels {
    /// A change between two periods as a symbol and a word.
    pub(crate) fn change_kind(self, kind: koonti_model::ChangeKind) -> &'static str {
        use koonti_model::ChangeKind;
        match kind {
            ChangeKind::Improved => self.0.pick("↑ Edistyi", "↑ Framsteg", "↑ Improved"),
            ChangeKind::Regressed => self.0.pick("↓ Heikkeni", "↓ Försämring", "↓ Regressed"),
            ChangeKind::Unchanged => self.0.pick("= Ennallaan", "= Oförändrad", "= Unchanged"),
            ChangeKind::New => self.0.pick("+ Uusi vastaus", "+ Nytt svar", "+ New answer"),
            ChangeKind::Dropped => {
                self.0
                    .pick("− Ei vastausta nyt", "− Inget svar nu", "− No answer now")
            }
        }
    }

    /// How a measure differs between programme versions, as a word.
    pub(crate) fn measure_change(self, kind: koonti_model::MeasureChangeKind) -> &'static str {
        use koonti_model::MeasureChangeKind;
        match kind {
            MeasureChangeKind::Renamed => {
                self.0
                    .pick("Teksti muuttui", "Texten ändrad", "Text changed")
            }
            MeasureChangeKind::Added => self.0.pick("Lisätty", "Tillagd", "Added"),
            MeasureChangeKind::Removed => self.0.pick("Poistettu", "Borttagen", "Removed"),
        }
    }
}

impl Labels {
    /// The word for a top-level section in this language: the programme's
    /// own word in Finnish, a translation of the known ones otherwise.
    pub fn section_word(self, programme: &Programme) -> String {
        let fi = programme.section_label.as_str();
        let (sv, en) = match fi.to_lowercase().as_str() {
            "toimenpide" => ("Åtgärd", "Action"),
            "tavoite" => ("Mål", "Goal"),
            "näkökulma" => ("Perspektiv", "Perspective"),
            _ => ("Avsnitt", "Section"),
        };
        self.0.pick(fi, sv, en).to_string()
    }

    /// "6 / 6 odotetusta", "6 av 6 väntade", "6 of 6 expected".
    pub(crate) fn received(self, received: usize, expected: usize) -> String {
        match self.0 {
            Lang::Fi => format!("{received} / {expected} odotetusta"),
            Lang::Sv => format!("{received} av {expected} väntade"),
            Lang::En => format!("{received} of {expected} expected"),
        }
    }

    /// The heading over the counts per top-level section: "Toimenpiteittäin"
    /// for a programme of actions, "Tavoitteittain" for one of goals, and
    /// the general "Osioittain (Näkökulma)" for a word not known here.
    pub fn by_section(self, programme: &Programme) -> String {
        let fi = programme.section_label.as_str();
        let word = self.section_word(programme);
        let fi_heading = match fi.to_lowercase().as_str() {
            "toimenpide" => "Toimenpiteittäin".to_string(),
            "tavoite" => "Tavoitteittain".to_string(),
            "näkökulma" => "Näkökulmittain".to_string(),
            _ => format!("Osioittain ({fi})"),
        };
        match self.0 {
            Lang::Fi => fi_heading,
            Lang::Sv => format!("Per {}", word.to_lowercase()),
            Lang::En => format!("By {}", word.to_lowercase()),
        }
    }

    /// The free-text column's header: the programme's own in Finnish (its
    /// question, e.g. "Miten toimenpide on edennyt?"), a neutral word in the
    /// other languages (the programmes' questions differ).
    pub(crate) fn text_header(self, programme: &Programme) -> String {
        let own = match &programme.scale {
            AnswerScale::Marks { text_label, .. } => Some(text_label.clone()),
            AnswerScale::Status { text_label, .. } => text_label.clone(),
        };
        match (self.0, own) {
            (Lang::Fi, Some(own)) if !own.trim().is_empty() => own,
            _ => self.text_generic().to_string(),
        }
    }

    /// How the highlights were chosen, naming the options they are taken
    /// from in the report's words: the done option, then the partly and
    /// under-way ones the rule also takes ([`crate::highlights::highlight_statuses`]).
    pub(crate) fn highlight_rule(self, programme: &Programme) -> String {
        let statuses = crate::highlights::highlight_statuses(programme);
        let quoted: Vec<String> = statuses
            .iter()
            .map(|s| {
                let word = status_word(s, programme, self.0);
                match self.0 {
                    Lang::En => format!("\u{201c}{word}\u{201d}"),
                    Lang::Fi | Lang::Sv => format!("\u{201d}{word}\u{201d}"),
                }
            })
            .collect();
        let or = self.0.pick(" tai ", " eller ", " or ");
        let list = match quoted.split_last() {
            Some((last, [])) => last.clone(),
            Some((last, rest)) => format!("{}{or}{last}", rest.join(", ")),
            None => String::new(),
        };
        let first = match quoted.as_slice() {
            [done, _, ..] => match self.0 {
                Lang::Fi => format!(", ensin {done}"),
                Lang::Sv => format!(", först {done}"),
                Lang::En => format!(", {done} first"),
            },
            _ => String::new(),
        };
        match self.0 {
            Lang::Fi => format!(
                "Nostot ovat vastanneiden omia kokonaisia virkkeitä vastauksista, joihin on merkitty {list}{first}, enintään kolme toimenpiteen kohtaa kohden; usean yksikön samat tekstit on jätetty pois. Tulossa: suunnitelmia kertovat kohdat vastauksista, joita ei ole vielä toteutettu."
            ),
            Lang::Sv => format!(
                "Axplocken är hela meningar ur svar markerade {list}{first}, högst tre per punkt; texter som flera enheter skrivit är utelämnade. På gång: punkter om planer ur svar som ännu inte är genomförda."
            ),
            Lang::En => format!(
                "Highlights are whole sentences of the units' own from answers marked {list}{first}, at most three per measure; texts several units wrote are left out. Coming: items about plans from answers not yet implemented."
            ),
        }
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

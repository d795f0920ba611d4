//! Every label a reader of koonti's outputs sees, in Finnish, Swedish and
//! English. Texts from the programme or the responses are never translated.
use koonti_model::{AnswerScale, Lang, Programme, Severity, Status, StatusClass};

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

    #[test]
    fn labels_follow_the_language() {
        assert_eq!(Labels(Lang::Fi).sheet_sources(), "Lähteet");
        assert_eq!(Labels(Lang::Sv).sheet_sources(), "Källor");
        assert_eq!(Labels(Lang::En).sheet_sources(), "Sources");
    }
}

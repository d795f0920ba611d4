//! What a definition read from a spreadsheet or a form left to a guess,
//! and why a spreadsheet gives no programme: typed, worded in fi, sv and
//! en only when shown.
use koonti_model::Lang;
use std::fmt;

/// Something the reader decided without the file saying it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Guess {
    /// The id was made from the title.
    IdFromTitle(String),
    /// A bundled id was named; another was made so as not to reuse it.
    IdNotBundled {
        /// The bundled id named.
        bundled: String,
        /// The id used.
        id: String,
    },
    /// Measure ids were numbered (section n . measure m).
    IdsNumbered,
    /// No sections: every measure in one section.
    OneSection,
    /// No answer columns: the default two mark columns.
    DefaultScale,
    /// The mark columns were found with these labels.
    MarkScale {
        /// "implemented | not implemented | text".
        labels: String,
    },
    /// A status column with these options.
    StatusScale {
        /// The column's label.
        label: String,
        /// The options, "; "-separated.
        options: String,
    },
    /// A status column listed no options: Ei aloitettu; Kesken; Valmis.
    DefaultOptions,
    /// Options were given (an options line or a scale sheet) and the table
    /// has no column for them: the templates add a choice column.
    StatusColumnAdded {
        /// The column's label.
        label: String,
        /// The options, "; "-separated.
        options: String,
    },
    /// No units sheet: no expected units.
    NoUnits,
    /// Units from the files that name them.
    UnitsFrom(usize),
    /// A column of its own with content was not used.
    IgnoredColumn(String),
    /// The organisation was taken from the title.
    OrganisationFromTitle,
    /// The unit label of the form.
    UnitLabel(String),
    /// The feedback heading of the form.
    Feedback(String),
}

impl Guess {
    /// True when the answer scale itself was guessed (no answer columns
    /// and no options given, or a status column without its options):
    /// a definition read so is not "fine" until someone has checked it.
    pub fn is_scale_guessed(&self) -> bool {
        matches!(self, Guess::DefaultScale | Guess::DefaultOptions)
    }

    /// The guess as a sentence in `lang`.
    pub fn message(&self, lang: Lang) -> String {
        match lang {
            Lang::Fi => self.fi(),
            Lang::Sv => self.sv(),
            Lang::En => self.en(),
        }
    }

    fn fi(&self) -> String {
        match self {
            Guess::IdFromTitle(id) => format!("tunnus {id} tehtiin otsikosta (anna oma solussa \"Tunnus: …\")"),
            Guess::IdNotBundled { bundled, id } => format!("tunnus {bundled} on koonnin oman ohjelman; käytetään tunnusta {id}"),
            Guess::IdsNumbered => "toimenpiteiden numerot tehtiin järjestyksestä (osio.toimenpide); lisää Nro-sarake pitääksesi omat".into(),
            Guess::OneSection => "osioita ei löytynyt: kaikki toimenpiteet ovat yhdessä osiossa".into(),
            Guess::DefaultScale => "vastaussarakkeita ei löytynyt: käytetään kahta merkintäsaraketta (Toimenpide on toteutunut / ei ole toteutunut) ja tekstisaraketta".into(),
            Guess::MarkScale { labels } => format!("vastaussarakkeet: {labels}"),
            Guess::StatusScale { label, options } => format!("tilasarake {label}, vaihtoehdot {options}"),
            Guess::DefaultOptions => "tilasarakkeen vaihtoehtoja ei annettu: Ei aloitettu; Kesken; Valmis (anna omat solussa \"Vastausvaihtoehdot: …\")".into(),
            Guess::StatusColumnAdded { label, options } => format!("taulukossa ei ole vastaussaraketta annetuille vaihtoehdoille: lomakkeisiin tulee valintasarake {label}, vaihtoehdot {options}"),
            Guess::NoUnits => "yksiköitä ei löytynyt (lisää välilehti Yksiköt): vastaajat luetaan tiedostoista".into(),
            Guess::UnitsFrom(n) => format!("{n} yksikköä tiedostoissa nimetyistä vastaajista"),
            Guess::IgnoredColumn(h) => format!("sarake {h} ei ole ohjelman eikä vastauksen sarake; sitä ei käytetty"),
            Guess::OrganisationFromTitle => "organisaatio on otsikko (anna oma solussa \"Organisaatio: …\")".into(),
            Guess::UnitLabel(l) => format!("yksikön nimike: {l}"),
            Guess::Feedback(t) => format!("palauteosion otsikko: {t}"),
        }
    }

    fn sv(&self) -> String {
        match self {
            Guess::IdFromTitle(id) => format!("id {id} gjordes av rubriken"),
            Guess::IdNotBundled { bundled, id } => {
                format!("id {bundled} hör till ett inbyggt program; id {id} används")
            }
            Guess::IdsNumbered => "åtgärdernas nummer gjordes av ordningen (avsnitt.åtgärd)".into(),
            Guess::OneSection => "inga avsnitt: alla åtgärder i ett avsnitt".into(),
            Guess::DefaultScale => {
                "inga svarskolumner: två markeringskolumner och en textkolumn används".into()
            }
            Guess::MarkScale { labels } => format!("svarskolumner: {labels}"),
            Guess::StatusScale { label, options } => {
                format!("statuskolumn {label}, alternativ {options}")
            }
            Guess::DefaultOptions => {
                "statuskolumnen har inga alternativ: Ei aloitettu; Kesken; Valmis".into()
            }
            Guess::StatusColumnAdded { label, options } => format!(
                "tabellen har ingen svarskolumn för de angivna alternativen: blanketterna får en valkolumn {label}, alternativ {options}"
            ),
            Guess::NoUnits => {
                "inga enheter (lägg till bladet Yksiköt): enheterna läses ur filerna".into()
            }
            Guess::UnitsFrom(n) => format!("{n} enheter ur filerna"),
            Guess::IgnoredColumn(h) => format!("kolumnen {h} användes inte"),
            Guess::OrganisationFromTitle => "organisationen är rubriken".into(),
            Guess::UnitLabel(l) => format!("enhetens benämning: {l}"),
            Guess::Feedback(t) => format!("responsavsnittets rubrik: {t}"),
        }
    }

    fn en(&self) -> String {
        match self {
            Guess::IdFromTitle(id) => format!("id {id} was made from the title"),
            Guess::IdNotBundled { bundled, id } => {
                format!("id {bundled} is a bundled programme's; using {id}")
            }
            Guess::IdsNumbered => "measure ids were numbered by position (section.measure)".into(),
            Guess::OneSection => "no sections: every measure in one section".into(),
            Guess::DefaultScale => {
                "no answer columns: the default two mark columns and a text column".into()
            }
            Guess::MarkScale { labels } => format!("answer columns: {labels}"),
            Guess::StatusScale { label, options } => {
                format!("status column {label}, options {options}")
            }
            Guess::DefaultOptions => {
                "the status column lists no options: Ei aloitettu; Kesken; Valmis".into()
            }
            Guess::StatusColumnAdded { label, options } => format!(
                "the table has no answer column for the options given: the templates get a choice column {label}, options {options}"
            ),
            Guess::NoUnits => "no units sheet: units are read from the files".into(),
            Guess::UnitsFrom(n) => format!("{n} units named in the files"),
            Guess::IgnoredColumn(h) => format!("column {h} was not used"),
            Guess::OrganisationFromTitle => "the organisation is the title".into(),
            Guess::UnitLabel(l) => format!("unit label: {l}"),
            Guess::Feedback(t) => format!("feedback heading: {t}"),
        }
    }
}

/// Why a spreadsheet gives no programme.
#[derive(Debug)]
pub enum DefineError {
    /// The file is no workbook koonti can read.
    Read {
        /// The file.
        file: String,
        /// What ingest said (boxed: it is large, and rare).
        source: Box<koonti_ingest::ReadError>,
    },
    /// The file is a consolidated workbook koonti wrote, not a definition.
    KoontiWorkbook {
        /// The file.
        file: String,
    },
    /// No sheet has a table with a measure column.
    NoTable {
        /// The file.
        file: String,
    },
    /// Two measures have one id.
    DuplicateId {
        /// The id.
        id: String,
        /// The two cells.
        cells: [String; 2],
    },
    /// Two measures have one text.
    DuplicateText {
        /// The text.
        text: String,
        /// The two cells.
        cells: [String; 2],
    },
    /// The definition breaks a rule of the format.
    Invalid(Box<koonti_programme::ProgrammeError>),
    /// The scale the file gives has fewer than 2 or more than 6 options.
    ScaleSize {
        /// The file.
        file: String,
        /// Where the options are: a cell ("Ohjelma!A3") or a sheet.
        at: String,
        /// The options given.
        options: Vec<String>,
    },
}

impl DefineError {
    /// The reason as one line in `lang`.
    pub fn message(&self, lang: Lang) -> String {
        match (self, lang) {
            (DefineError::Read { file, source }, _) => {
                format!("{file}: {}", source.finding_code().message(lang))
            }
            (DefineError::KoontiWorkbook { file }, Lang::Fi) => format!(
                "{file} on koonnin koostetyökirja eikä ohjelman määrittely; anna ohjelma taulukkona tai TOML-tiedostona (koonti programme new -o ohjelma.xlsx)"
            ),
            (DefineError::KoontiWorkbook { file }, Lang::Sv) => format!(
                "{file} är en sammanställning gjord av koonti, inte en programdefinition; ange programmet som programblad eller TOML-fil (koonti programme new -o program.xlsx)"
            ),
            (DefineError::KoontiWorkbook { file }, Lang::En) => format!(
                "{file} is a consolidated workbook of koonti, not a programme definition; give the programme as a spreadsheet or a TOML file (koonti programme new -o programme.xlsx)"
            ),
            (DefineError::NoTable { file }, Lang::Fi) => format!(
                "{file}: ohjelmataulukkoa ei löytynyt; taulukon otsikkorivillä pitää olla toimenpidesarake (Toimenpide, Toimenpiteet, Toimenpiteen kuvaus tai Mittari); mallin saa komennolla koonti programme new -o ohjelma.xlsx"
            ),
            (DefineError::NoTable { file }, Lang::Sv) => format!(
                "{file}: ingen programtabell; rubrikraden behöver en åtgärdskolumn (Toimenpide, Åtgärd)"
            ),
            (DefineError::NoTable { file }, Lang::En) => format!(
                "{file}: no programme table; its header row needs a measure column (Toimenpide, Measure)"
            ),
            (DefineError::DuplicateId { id, cells }, Lang::Fi) => format!(
                "toimenpiteen numero {id} on kahdesti ({} ja {}); anna jokaiselle oma numero",
                cells[0], cells[1]
            ),
            (DefineError::DuplicateId { id, cells }, Lang::Sv) => format!(
                "åtgärdsnumret {id} förekommer två gånger ({} och {}); ge varje åtgärd ett eget nummer",
                cells[0], cells[1]
            ),
            (DefineError::DuplicateId { id, cells }, Lang::En) => format!(
                "measure id {id} is used twice ({} and {}); give each measure its own",
                cells[0], cells[1]
            ),
            (DefineError::DuplicateText { text, cells }, Lang::Fi) => format!(
                "toimenpide \"{text}\" on kahdesti ({} ja {}); poista toinen tai muuta sen tekstiä",
                cells[0], cells[1]
            ),
            (DefineError::DuplicateText { text, cells }, Lang::Sv) => format!(
                "åtgärden \"{text}\" förekommer två gånger ({} och {}); ta bort den ena eller ändra dess text",
                cells[0], cells[1]
            ),
            (DefineError::DuplicateText { text, cells }, Lang::En) => format!(
                "measure \"{text}\" is listed twice ({} and {}); remove one or change its text",
                cells[0], cells[1]
            ),
            (DefineError::Invalid(err), _) => match err.as_ref() {
                koonti_programme::ProgrammeError::Invalid { name, reason } => {
                    format!("{name}: {}", reason.message(lang))
                }
                other => other.to_string(),
            },
            (DefineError::ScaleSize { file, at, options }, lang) => {
                let rule = koonti_programme::Rule::ScaleSize {
                    options: options.len(),
                };
                let listed = options.join("; ");
                match lang {
                    Lang::Fi => format!(
                        "{file}, {at}: {} ({listed}); kirjoita vaihtoehdot yhteen soluun puolipisteillä erotettuina, esim. Vastausvaihtoehdot: Ei aloitettu; Kesken; Valmis",
                        rule.message(lang)
                    ),
                    Lang::Sv => format!(
                        "{file}, {at}: {} ({listed}); skriv alternativen i en cell åtskilda med semikolon, t.ex. Svarsalternativ: Inte påbörjad; Pågår; Genomförd",
                        rule.message(lang)
                    ),
                    Lang::En => format!(
                        "{file}, {at}: {} ({listed}); write the options in one cell separated by semicolons, e.g. Answer options: Not started; In progress; Done",
                        rule.message(lang)
                    ),
                }
            }
        }
    }
}

impl fmt::Display for DefineError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message(Lang::Fi))
    }
}

impl std::error::Error for DefineError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            DefineError::Read { source, .. } => Some(source.as_ref()),
            DefineError::Invalid(err) => Some(err.as_ref()),
            _ => None,
        }
    }
}

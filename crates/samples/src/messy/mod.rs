//! A corpus of messy responses: one workbook (or two) per way units really
//! return the template — inserted rows, renamed sheets, moved columns, marks
//! typed their own way, LibreOffice quirks — each with what koonti must read
//! from it. `tests/messy.rs` merges every case and asserts exactly that.
//!
//! The cases are built from one base response ([`base_answers`]) whose texts
//! carry the free-text variations (bullets, numbers, Alt+Enter lines, hard
//! wraps, NBSP, quotes, euro amounts, dates), so every case checks them too.

mod build;
mod cases;

pub use build::{CellValue, SheetSpec, WorkbookSpec};
pub use cases::cases;

/// What one measure's answer must read as.
#[derive(Debug, Clone, PartialEq)]
pub struct ExpectedAnswer {
    /// Programme measure id.
    pub measure: &'static str,
    /// Contract status string.
    pub status: String,
    /// The items, exactly.
    pub items: Vec<String>,
    /// Added columns' values as (header, text).
    pub extra: Vec<(String, String)>,
}

/// One variation: the files to write and what merging them must give.
#[derive(Debug, Clone)]
pub struct Case {
    /// Short id, used in test messages and as folder name.
    pub name: &'static str,
    /// What the case shows.
    pub shows: &'static str,
    /// The programme the files answer.
    pub programme: &'static str,
    /// The workbooks of the case.
    pub files: Vec<WorkbookSpec>,
    /// The unit the response must be filed under.
    pub unit: &'static str,
    /// Every measure's expected answer (all of the programme's measures).
    pub answers: Vec<ExpectedAnswer>,
    /// Expected feedback texts, in order.
    pub feedback: Vec<String>,
    /// Finding codes that must be reported.
    pub findings: Vec<&'static str>,
    /// How many cells must be listed as unmatched.
    pub unmatched: usize,
}

/// One answer of the base response: measure, mark, typed text, expected items.
#[derive(Debug, Clone)]
pub struct BaseAnswer {
    /// Programme measure id.
    pub measure: &'static str,
    /// The programme's measure text.
    pub text: &'static str,
    /// Contract status the marks mean.
    pub status: &'static str,
    /// The text cell as a unit typed it.
    pub typed: &'static str,
    /// The items koonti must make of it.
    pub items: &'static [&'static str],
}

/// The base response to the Siun sote programme, one answer per measure,
/// with the free-text variations of real answers.
pub fn base_answers() -> Vec<BaseAnswer> {
    let a = |measure, text, status, typed, items| BaseAnswer {
        measure,
        text,
        status,
        typed,
        items,
    };
    vec![
        a(
            "1.1",
            "Luomme osallisuuden verkkosivun ja painettavan oppaan, joilla teemme osallistumisen mahdollisuudet näkyväksi.",
            "implemented",
            "• Osallistu ja vaikuta -verkkosivut avattiin.\n• Opas painettiin 3/2024.",
            &[
                "Osallistu ja vaikuta -verkkosivut avattiin.",
                "Opas painettiin 3/2024.",
            ],
        ),
        a(
            "1.2",
            "Viestimme osallistumisen vaikutuksista.",
            "not_implemented",
            "Ei vielä.\nAloitetaan syksyllä 2025.",
            &["Ei vielä.", "Aloitetaan syksyllä 2025."],
        ),
        a(
            "1.3",
            "Asukkaita ja asiakkaita osallistetaan verkkosivujen uudistukseen.",
            "implemented",
            "1) Käyttäjäkysely tehty\n2) Työpajat pidetty",
            &["Käyttäjäkysely tehty", "Työpajat pidetty"],
        ),
        a(
            "2.1",
            "Hyödynnämme vaikuttamistoimielinten ja järjestöjen asiantuntijuutta asioiden valmistelussa.",
            "implemented",
            "- Vanhusneuvosto kommentoi\n– Vammaisneuvosto kommentoi",
            &["Vanhusneuvosto kommentoi", "Vammaisneuvosto kommentoi"],
        ),
        a(
            "2.2",
            "Järjestämme alueemme jokaisessa kunnassa asukastilaisuuden vähintään kerran vuodessa, toteutamme asukaskyselyitä ja hyödynnämme tietoa asioiden valmistelussa.",
            "unanswered",
            "",
            &[],
        ),
        a(
            "2.3",
            "Hyödynnämme monipuolisesti eri asiakasryhmiä, asiakasraateja ja kokemusasiantuntijoita palvelujen kehittämisessä erilaisia osallisuuden menetelmiä käyttäen.",
            "implemented",
            "* Kokemusasiantuntijat mukana\n  hankkeessa, joka jatkuu\n* Asiakasraati perustettu",
            &[
                "Kokemusasiantuntijat mukana hankkeessa, joka jatkuu",
                "Asiakasraati perustettu",
            ],
        ),
        a(
            "2.4",
            "Pilotoimme Pol.is osallisuustyökalua.",
            "not_implemented",
            "\u{a0}Ei pilotoitu.\u{a0} ",
            &["Ei pilotoitu."],
        ),
        a(
            "2.5",
            "Huomioimme vaihtoehtoiset osallisuuden tavat, erityisesti lapset sekä muut kohderyhmät (ikäryhmät, erityistarpeet).",
            "implemented",
            "”Lasten parlamentti” kuultiin 10.6.2024;  avustus 5 000 €.",
            &["”Lasten parlamentti” kuultiin 10.6.2024; avustus 5 000 €."],
        ),
        a(
            "3.1",
            "Kehitämme palautteenanto menetelmiä eri kanavien kautta.",
            "implemented",
            "1. Palautekanava avattiin\n2. Tekstiviestikysely",
            &["Palautekanava avattiin", "Tekstiviestikysely"],
        ),
        a(
            "3.2",
            "Varmistamme asiakaspalautteiden käsittelyn, hyödyntämisen ja tiedotamme toimenpiteistä.",
            "unanswered",
            "",
            &[],
        ),
        a(
            "4.1",
            "Kehitämme yhdessä järjestöyhteistyötä ja järjestöjen toimintaedellytyksiä.",
            "implemented",
            "• Järjestöavustuksia 200 000 €.",
            &["Järjestöavustuksia 200 000 €."],
        ),
        a(
            "4.2",
            "Ohjaamme asiakkaita kolmannen sektorin toimintaan yhteistyössä järjestöjen kanssa.",
            "not_implemented",
            "",
            &[],
        ),
        a(
            "4.3",
            "Kehitämme vapaaehtoistoimintaa soteympäristössä.",
            "implemented",
            "Vapaaehtoistoimintaa\nkehitetty",
            &["Vapaaehtoistoimintaa kehitetty"],
        ),
    ]
}

impl BaseAnswer {
    /// The expected answer for this base answer.
    pub fn expected(&self) -> ExpectedAnswer {
        ExpectedAnswer {
            measure: self.measure,
            status: self.status.to_string(),
            items: self.items.iter().map(|s| s.to_string()).collect(),
            extra: Vec::new(),
        }
    }
}

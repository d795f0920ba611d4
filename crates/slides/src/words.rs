//! The deck's own words in Finnish, Swedish and English; the labels it
//! shares with the appendix come from koonti-write's catalogue.
use koonti_model::Lang;

/// The words of one deck language.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Words(pub Lang);

macro_rules! words {
    ($($name:ident: $fi:expr, $sv:expr, $en:expr;)*) => {
        impl Words {
            $(
                pub(crate) fn $name(self) -> &'static str {
                    self.0.pick($fi, $sv, $en)
                }
            )*
        }
    };
}

words! {
    continued: "jatkuu", "fortsätter", "continued";
    units_title: "Vastanneet ja vastaamatta jättäneet", "Svarande och de som inte svarade", "Who answered and who did not";
    responded: "Vastasivat", "Svarade", "Answered";
    not_responded: "Eivät vastanneet", "Svarade inte", "Did not answer";
    all_responded: "Kaikki odotetut yksiköt vastasivat.", "Alla väntade enheter svarade.", "Every expected unit answered.";
    only_feedback: "Antoivat vain vapaamuotoista palautetta", "Gav endast fri respons", "Gave only free-form feedback";
    no_feedback: "Vapaamuotoista palautetta ei annettu.", "Ingen fri respons gavs.", "No free-form feedback was given.";
    chart_title: "Vastaukset", "Svar", "Answers";
    chart_kind: "Pinottu palkkikaavio", "Staplat stapeldiagram", "Stacked bar chart";
    measures_table: "Toimenpiteen kohdat ja vastausten määrät vaihtoehdoittain", "Punkterna och antalet svar per alternativ", "The measures and the number of answers per option";
    summary_table: "Vastausten määrät vaihtoehdoittain", "Antalet svar per alternativ", "The number of answers per option";
}

impl Words {
    /// The language tag of the deck's own words.
    pub(crate) fn tag(self) -> &'static str {
        tag(self.0)
    }
}

/// The language tag a text run carries: fi-FI, sv-FI, en-US.
pub(crate) fn tag(lang: Lang) -> &'static str {
    lang.pick("fi-FI", "sv-FI", "en-US")
}

/// The programme's and the units' own texts are Finnish (as the appendix
/// page marks them).
pub(crate) const SOURCE: &str = "fi-FI";

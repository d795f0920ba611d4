use serde::{Deserialize, Serialize};

/// A participation programme (osallisuusohjelma): what units are asked to
/// report on. Loaded from a TOML definition under `templates/`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Programme {
    /// Stable id, e.g. `siun-sote-2023-2025`; used by `--programme`.
    pub id: String,
    /// Version of this definition; bump it when measures change.
    #[serde(default = "default_version")]
    pub version: u32,
    /// The programme's own title.
    pub title: String,
    /// The county or joint authority that owns the programme.
    pub organisation: String,
    /// Years the programme covers, e.g. `2023–2025`.
    #[serde(default)]
    pub years: Option<String>,
    /// How often units report: `yearly` or `quarterly`.
    #[serde(default)]
    pub reporting: Option<String>,
    /// The word a section heading starts with in the response template,
    /// e.g. `Toimenpide` ("Toimenpide 1: …") or `Tavoite`.
    pub section_label: String,
    /// The label before the unit's name in the response template, e.g.
    /// `Tulosyksikkö` ("Tulosyksikkö: …"); "Toimialue" when not given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unit_label: Option<String>,
    /// Extra words that mark a cell as the response's title, besides the
    /// programme title; matched case-insensitively as substrings.
    #[serde(default)]
    pub title_keywords: Vec<String>,
    /// How units answer each measure.
    pub scale: AnswerScale,
    /// The units expected to respond.
    #[serde(default)]
    pub units: Vec<Unit>,
    /// Top-level sections (actions, goals or perspectives), in order.
    pub sections: Vec<Section>,
    /// The free-form feedback part of the response.
    pub feedback: FeedbackSection,
}

fn default_version() -> u32 {
    1
}

/// A responding unit (toimialue, työryhmä, tulosyksikkö).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Unit {
    /// Canonical name, used in every output.
    pub name: String,
    /// Other names the unit goes by in returned files.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub aliases: Vec<String>,
}

/// An action, goal or perspective; holds measures and/or nested sections.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Section {
    /// Stable id, e.g. `1` or `2.1` for a nested goal.
    pub id: String,
    /// The section's title without its label, e.g. "Viestimme selkeästi ja monikanavaisesti".
    pub title: String,
    /// Nested sections (perspective → goal → measures).
    #[serde(default)]
    pub sections: Vec<Section>,
    /// The measures of this section.
    #[serde(default)]
    pub measures: Vec<Measure>,
}

/// One measure (toimenpide) a unit answers.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Measure {
    /// Stable id, e.g. `1.2`; never reused for another measure.
    pub id: String,
    /// The measure as the programme words it.
    pub text: String,
    /// Other wordings seen in returned files or earlier versions.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub aliases: Vec<String>,
    /// Who is responsible (VASTUU), where the programme says.
    #[serde(default)]
    pub responsible: Option<String>,
    /// When it is due (AIKATAULU), where the programme says.
    #[serde(default)]
    pub schedule: Option<String>,
}

/// How units answer a measure.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case", deny_unknown_fields)]
pub enum AnswerScale {
    /// Two mark columns and free text (seed 004).
    Marks {
        /// Header of the first mark column.
        implemented_label: String,
        /// Header of the second mark column.
        not_implemented_label: String,
        /// Header of the free-text column.
        text_label: String,
    },
    /// One status column with fixed options (seed 000: TILA).
    Status {
        /// Header of the status column, e.g. `TILA`.
        status_label: String,
        /// The options, in order from "not started" to "done".
        options: Vec<StatusOption>,
        /// Header of the free-text column, if the template has one.
        #[serde(default)]
        text_label: Option<String>,
    },
}

/// One option of a status-column scale.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StatusOption {
    /// Contract id, e.g. `in_progress`.
    pub id: String,
    /// Label shown in templates, e.g. `Kesken`.
    pub label: String,
    /// Other spellings that mean this option (any case), e.g. Swedish `påbörjad`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub aliases: Vec<String>,
}

/// The free-form feedback part of a response.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FeedbackSection {
    /// Heading of the feedback area, e.g. "Vapaamuotoinen palaute".
    pub title: String,
    /// The question units answer there.
    #[serde(default)]
    pub prompt: Option<String>,
    /// Other headings that start the feedback area.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub aliases: Vec<String>,
}

impl Programme {
    /// Every measure with the id of the top-level section it belongs to, in
    /// programme order.
    pub fn measures(&self) -> Vec<(&Section, &Measure)> {
        fn walk<'a>(
            top: &'a Section,
            section: &'a Section,
            out: &mut Vec<(&'a Section, &'a Measure)>,
        ) {
            out.extend(section.measures.iter().map(|m| (top, m)));
            for child in &section.sections {
                walk(top, child, out);
            }
        }
        let mut out = Vec::new();
        for section in &self.sections {
            walk(section, section, &mut out);
        }
        out
    }

    /// The expected unit whose name or alias is `name`, compared with `eq`.
    pub fn unit_matching(&self, mut eq: impl FnMut(&str) -> bool) -> Option<&Unit> {
        self.units
            .iter()
            .find(|u| eq(&u.name) || u.aliases.iter().any(|a| eq(a)))
    }
}

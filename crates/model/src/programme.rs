use crate::{Status, StatusClass};
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
    /// The scale was guessed when the definition was read (a spreadsheet
    /// without answer columns, or a status column without options): the
    /// returned files' own header rows and values then decide it. Never
    /// written to or read from a definition.
    #[serde(skip)]
    pub scale_guessed: bool,
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
        /// Header of a third mark column between the two, "partly"
        /// ("Osittain toteutunut"): a mark there reads as `partial`, as
        /// both marks do on the two-mark layout. `None`: two mark columns.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        partial_label: Option<String>,
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
        /// How the options are laid out: one choice column (the default)
        /// or one mark column per option.
        #[serde(default, skip_serializing_if = "ScaleLayout::is_choice")]
        layout: ScaleLayout,
    },
}

/// How a status scale's options are laid out in a form.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ScaleLayout {
    /// One column where the option is written or chosen (TILA).
    #[default]
    Choice,
    /// One column per option, marked with an x.
    Marks,
}

impl ScaleLayout {
    /// True for [`ScaleLayout::Choice`].
    pub fn is_choice(&self) -> bool {
        *self == ScaleLayout::Choice
    }
}

/// One answer a scale offers, as reports count it: the status it is
/// stored as, its label and its class.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ScaleChoice {
    /// The status an answer with this option has.
    pub status: Status,
    /// The option's label (the programme's own words).
    pub label: String,
    /// What the option means.
    pub class: Option<StatusClass>,
}

impl AnswerScale {
    /// The option with id `id` of a status scale.
    pub fn option(&self, id: &str) -> Option<&StatusOption> {
        match self {
            AnswerScale::Status { options, .. } => options.iter().find(|o| o.id == id),
            AnswerScale::Marks { .. } => None,
        }
    }

    /// Every answer the scale offers, in the scale's order: a status
    /// scale's options; on a marks scale "implemented", "partial" (both
    /// marks, or the third column's mark) and "not implemented".
    pub fn choices(&self) -> Vec<ScaleChoice> {
        match self {
            AnswerScale::Status { options, .. } => options
                .iter()
                .map(|o| ScaleChoice {
                    status: Status::Option(o.id.clone()),
                    label: o.label.clone(),
                    class: o.class(),
                })
                .collect(),
            AnswerScale::Marks {
                implemented_label,
                not_implemented_label,
                partial_label,
                ..
            } => vec![
                ScaleChoice {
                    status: Status::Implemented,
                    label: implemented_label.clone(),
                    class: Some(StatusClass::Done),
                },
                ScaleChoice {
                    status: Status::Partial,
                    label: partial_label.clone().unwrap_or_default(),
                    class: Some(StatusClass::Partly),
                },
                ScaleChoice {
                    status: Status::NotImplemented,
                    label: not_implemented_label.clone(),
                    class: Some(StatusClass::NotDone),
                },
            ],
        }
    }
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
    /// What the option means (`done`, `partly`, `in_progress`,
    /// `not_started`, `not_done`, `not_applicable`); when not given, the
    /// usual ids name their class ([`StatusClass::of_id`]).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub class: Option<StatusClass>,
    /// The label a Swedish template writes, where the programme gives one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sv: Option<String>,
    /// The label an English template writes, where the programme gives one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub en: Option<String>,
}

impl StatusOption {
    /// An option with an id and a label, its class by the id.
    pub fn new(id: impl Into<String>, label: impl Into<String>) -> StatusOption {
        StatusOption {
            id: id.into(),
            label: label.into(),
            aliases: Vec::new(),
            class: None,
            sv: None,
            en: None,
        }
    }

    /// What the option means: as the programme says, else by its id.
    pub fn class(&self) -> Option<StatusClass> {
        self.class.or_else(|| StatusClass::of_id(&self.id))
    }
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

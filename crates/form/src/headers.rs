//! The header row of an answer table: what a template writes in each
//! language for a programme ([`table_columns`]), and the fixed words by
//! which the reader recognises headers units wrote themselves
//! ([`builtin_role`]).
use crate::grammar::HeaderRole;
use koonti_model::{AnswerScale, Lang, Programme, ScaleLayout, StatusClass};

/// What a table header cell is about.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Role {
    /// The measure (toimenpide) column.
    Measure,
    /// A column of measure ids ("Nro", "Tunniste"), as koonti's own
    /// templates have; an id there outranks the measure text.
    MeasureId,
    /// The goal/perspective column of a status-scale table (TAVOITE).
    Section,
    /// "Toimenpide on toteutunut".
    Implemented,
    /// "Toimenpide ei ole toteutunut".
    NotImplemented,
    /// A third mark column of a marks scale, "partly" ("Osittain
    /// toteutunut", "Delvis genomförd"): its mark reads as `partial`.
    Partial,
    /// A mark column of an option the programme's scale does not have
    /// ("Ej aktuell" beside a two-mark scale): a mark there is doubt, never
    /// counted under another option. The option's class.
    OtherOption(koonti_model::StatusClass),
    /// The status column (TILA), also one per period ("TILA Q1/2025").
    Status,
    /// A mark column of one status option ("Ei aloitettu | Kesken |
    /// Valmis" with an x under one): the option's id.
    OptionMark(String),
    /// Who is responsible (VASTUU), kept with the answer.
    Responsible,
    /// When it is due (AIKATAULU), kept with the answer.
    Schedule,
    /// The free-text column.
    Text,
    /// Any other column, by its header text.
    Extra(String),
}

impl Role {
    /// True for the columns that hold an answer's status: a header row
    /// needs one of them.
    pub fn is_answer(&self) -> bool {
        matches!(
            self,
            Role::Implemented
                | Role::NotImplemented
                | Role::Partial
                | Role::OtherOption(_)
                | Role::Status
                | Role::OptionMark(_)
        )
    }
}

/// One column of the answer table a template writes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Column {
    /// The header cell's text.
    pub header: String,
    /// What the column holds.
    pub role: Role,
}

impl Column {
    fn new(header: impl Into<String>, role: Role) -> Column {
        Column {
            header: header.into(),
            role,
        }
    }
}

/// The header of the measure-id column: narrow, and a header the reader
/// takes for ids ("Nro"), so that ids outrank edited measure texts.
pub fn id_header(lang: Lang) -> &'static str {
    lang.pick("Nro", "Nr", "No.")
}

/// The header of the measure column.
pub fn measure_header(programme: &Programme, lang: Lang) -> &'static str {
    match programme.scale {
        AnswerScale::Marks { .. } => lang.pick("Toimenpiteet", "Åtgärder", "Measures"),
        AnswerScale::Status { .. } => lang.pick("TOIMENPIDE", "Åtgärd", "Measure"),
    }
}

/// The columns of a template's answer table for `programme` in `lang`, in
/// order: Nro, the measure, then the scale's columns — two mark columns and
/// the text (marks scale) or VASTUU, AIKATAULU, the status and the text
/// (status scale). In Finnish the programme's own labels; in Swedish and
/// English fixed words, chosen so that no header reads as another column
/// ("genomförts" would read as "genomfört", "done" as implemented).
pub fn table_columns(programme: &Programme, lang: Lang) -> Vec<Column> {
    let mut columns = vec![
        Column::new(id_header(lang), Role::MeasureId),
        Column::new(measure_header(programme, lang), Role::Measure),
    ];
    match &programme.scale {
        AnswerScale::Marks {
            implemented_label,
            not_implemented_label,
            text_label,
            partial_label,
        } => {
            let [implemented, partial, not_implemented, text] = match lang {
                Lang::Fi => [
                    implemented_label.as_str(),
                    partial_label.as_deref().unwrap_or_default(),
                    not_implemented_label,
                    text_label,
                ],
                Lang::Sv => [
                    "Åtgärden är genomförd",
                    "Åtgärden är delvis genomförd",
                    "Åtgärden är inte genomförd",
                    "Hur har åtgärden förverkligats eller hur borde den förverkligas?",
                ],
                Lang::En => [
                    "Measure implemented",
                    "Measure partly implemented",
                    "Measure not implemented",
                    "How has it been carried out, or how should it be carried out?",
                ],
            };
            columns.push(Column::new(implemented, Role::Implemented));
            if partial_label.is_some() {
                columns.push(Column::new(partial, Role::Partial));
            }
            columns.extend([
                Column::new(not_implemented, Role::NotImplemented),
                Column::new(text, Role::Text),
            ]);
        }
        AnswerScale::Status {
            status_label,
            text_label,
            options,
            layout,
        } => {
            let responsible = lang.pick("VASTUU", "Ansvar", "Responsible");
            let schedule = lang.pick("AIKATAULU", "Tidtabell", "Schedule");
            let text = text_label
                .as_deref()
                .unwrap_or("Miten toimenpide on edennyt?");
            // Who and when stay beside the measure whichever way the
            // options are laid out.
            columns.extend([
                Column::new(responsible, Role::Responsible),
                Column::new(schedule, Role::Schedule),
            ]);
            match layout {
                ScaleLayout::Choice => columns.push(Column::new(
                    lang.pick(status_label, "Status", "Status"),
                    Role::Status,
                )),
                // One mark column per option, as the two-mark scale has them.
                ScaleLayout::Marks => columns.extend(options.iter().map(|o| {
                    Column::new(
                        crate::words::option_label(o, lang),
                        Role::OptionMark(o.id.clone()),
                    )
                })),
            }
            columns.extend([Column::new(
                lang.pick(
                    text,
                    "Hur har åtgärden framskridit?",
                    "How has the measure progressed?",
                ),
                Role::Text,
            )]);
        }
    }
    columns
}

/// How the measure column's header starts, in fi, sv and en.
const MEASURE_HEADERS: [&str; 4] = crate::grammar::MEASURE_STARTS;

/// Whether `text` can be the measure column's header: a cheap test on its
/// first letters, true for every text [`builtin_role`] calls
/// [`Role::Measure`] and for every measure header a template writes, so
/// that rows without one are passed over before any key is made.
pub fn may_head_measures(text: &str) -> bool {
    let start = text.trim_start_matches(|c: char| !c.is_alphanumeric());
    // The first 8 letters lower-cased start with one of the words,
    // compared as they are lower-cased, without a string per cell.
    let head = || start.chars().take(8).flat_map(char::to_lowercase);
    MEASURE_HEADERS.iter().any(|p| {
        let mut head = head();
        p.chars().all(|c| head.next() == Some(c))
    })
}

/// What a header cell with match key `key` is about by the form grammar
/// ([`crate::grammar::header`]) on a two-mark scale, `None` for a column
/// of its own: an option phrase is a mark column by its class (done →
/// implemented, partly → partial, not done → not implemented, others an
/// option the scale lacks), a choice column the status column.
pub fn builtin_role(key: &str) -> Option<Role> {
    role_of(crate::grammar::header(key), marks_role)
}

/// The mark column of an option of class `class` on a two-mark scale.
pub(crate) fn marks_role(class: StatusClass) -> Role {
    match class {
        StatusClass::Done => Role::Implemented,
        StatusClass::Partly => Role::Partial,
        StatusClass::NotDone => Role::NotImplemented,
        other => Role::OtherOption(other),
    }
}

/// The reader's role of a grammar role; `option` places an option's mark
/// column on the scale at hand.
pub(crate) fn role_of(role: HeaderRole, option: impl FnOnce(StatusClass) -> Role) -> Option<Role> {
    match role {
        HeaderRole::Measure => Some(Role::Measure),
        HeaderRole::Id => Some(Role::MeasureId),
        HeaderRole::Section => Some(Role::Section),
        HeaderRole::Option(class) => Some(option(class)),
        HeaderRole::Choice => Some(Role::Status),
        HeaderRole::Text => Some(Role::Text),
        HeaderRole::Responsible => Some(Role::Responsible),
        HeaderRole::Schedule => Some(Role::Schedule),
        HeaderRole::Feedback
        | HeaderRole::Support
        | HeaderRole::Respondent
        | HeaderRole::Date
        | HeaderRole::Unknown => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use koonti_normalise::match_key;

    fn programme(id: &str) -> Programme {
        koonti_programme::load(id).expect("bundled")
    }

    /// The fixed vocabulary alone reads every bundled template's headers:
    /// files rebuilt by hand from an old template still read.
    #[test]
    fn builtin_words_read_the_bundled_templates_headers() {
        for id in ["siun-sote-2023-2025", "keusote-2020-2025", "vantaa-kerava"] {
            let p = programme(id);
            for lang in crate::LANGS {
                for column in table_columns(&p, lang) {
                    let want = match column.role {
                        Role::Extra(_) => None,
                        role => Some(role),
                    };
                    assert_eq!(
                        builtin_role(&match_key(&column.header)),
                        want,
                        "{id} {lang}"
                    );
                    if want == Some(Role::Measure) {
                        assert!(may_head_measures(&column.header));
                    }
                }
            }
        }
    }

    /// The cheap test must never turn away a measure header.
    #[test]
    fn every_measure_header_passes_the_cheap_test() {
        let texts = [
            "Toimenpiteet",
            "  TOIMENPIDE",
            "1. Toimenpide",
            "– toimenpiteen kuvaus",
            "Åtgärder",
            "ÅTGÄRD",
            "Measures",
            "Action",
            "\"Toimenpiteet:\"",
            "Toimenpide on toteutunut",
            "x",
            "Viestimme osallistumisen vaikutuksista.",
            "Tila",
            "",
        ];
        let mut measure_headers = 0;
        for text in texts {
            if builtin_role(&match_key(text)) == Some(Role::Measure) {
                measure_headers += 1;
                assert!(may_head_measures(text), "{text}");
            }
        }
        assert_eq!(measure_headers, 8);
        for text in ["x", "Viestimme osallistumisen vaikutuksista.", "Tila", ""] {
            assert!(!may_head_measures(text), "{text}");
        }
    }
}

//! What `koonti programme` says (and `koonti merge` of the programme it
//! infers), worded per language in `fi.rs`, `sv.rs` and `en.rs`.
use super::{en, fi, sv};
use koonti_model::{AnswerScale, Lang, Programme};
use std::path::Path;

/// What `koonti programme` says.
#[derive(Debug, Clone, Copy)]
pub enum ProgrammeSaid<'a> {
    /// A definition was written.
    Wrote {
        /// Where.
        path: &'a Path,
        /// The programme.
        programme: &'a Programme,
    },
    /// The heading before what a definition read from a spreadsheet or a
    /// form left to a guess.
    Guessed,
    /// A definition checked and fine.
    Fine {
        /// The file.
        file: &'a str,
        /// The programme it defines.
        programme: &'a Programme,
    },
    /// Read, but its answer scale was guessed: never "fine".
    ScaleGuessed {
        /// The file.
        file: &'a str,
        /// The programme it defines.
        programme: &'a Programme,
    },
    /// A definition with problems to fix.
    Problems {
        /// The file.
        file: &'a str,
        /// How many.
        count: usize,
    },
    /// One bundled programme in `programme list`.
    Listed {
        /// The programme.
        programme: &'a Programme,
    },
    /// The comment heading a blank programme's TOML.
    BlankOrigin,
    /// The comment heading a programme's TOML derived from a response form.
    DerivedOrigin {
        /// The form as given.
        form: &'a str,
    },
    /// The comment heading the TOML of a programme inferred from the
    /// returned answers (`koonti merge`).
    InferredOrigin,
}

impl ProgrammeSaid<'_> {
    /// What is said, in `lang`.
    pub fn text(&self, lang: Lang) -> String {
        match lang {
            Lang::Fi => fi::programme(self),
            Lang::Sv => sv::programme(self),
            Lang::En => en::programme(self),
        }
    }
}

/// The answer scale's labels in a line, after its word: "TILA: Ei
/// aloitettu / Kesken / Valmis", "Done / Partly / Not done".
pub(super) fn scale_labels(programme: &Programme) -> String {
    match &programme.scale {
        AnswerScale::Marks {
            implemented_label,
            not_implemented_label,
            partial_label,
            ..
        } => {
            // The scale's options in its order: done, partly, not done.
            let partial = partial_label
                .as_ref()
                .map(|p| format!(" / {p}"))
                .unwrap_or_default();
            format!("{implemented_label}{partial} / {not_implemented_label}")
        }
        AnswerScale::Status {
            status_label,
            options,
            ..
        } => {
            let labels: Vec<&str> = options.iter().map(|o| o.label.as_str()).collect();
            format!("{status_label}: {}", labels.join(" / "))
        }
    }
}

/// A noun's forms: singular after one, else plural (in Finnish the
/// nominative and the partitive).
pub(super) type Forms = (&'static str, &'static str);

/// `n` and its noun, singular after one.
pub(super) fn counted(n: usize, (one, many): Forms) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

/// The programme's measures, sections and units, counted by their nouns'
/// forms ("13 toimenpidettä, 4 osiota, 6 yksikköä").
pub(super) fn contents(programme: &Programme, [measures, sections, units]: [Forms; 3]) -> String {
    format!(
        "{}, {}, {}",
        counted(programme.measures().len(), measures),
        counted(programme.sections.len(), sections),
        counted(programme.units.len(), units)
    )
}

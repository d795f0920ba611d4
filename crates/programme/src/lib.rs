//! Programme definitions: parsing and checking the TOML format, the
//! definitions bundled into the binary, and detecting which programme a set
//! of responses answers.

#![warn(missing_docs)]

mod check;
mod detect;
mod fit;
mod rule;

pub use check::{Problem, ProblemKind, check_toml};

pub use detect::{detect, fits};
pub use fit::{MIN_BETTER_HITS, Misfit, check_fit};
pub use rule::{Rule, SCALE_OPTIONS};

use koonti_model::{AnswerScale, Lang, Programme};
use std::collections::HashSet;
use std::fmt;
#[cfg(not(target_arch = "wasm32"))]
use std::path::Path;
use std::path::PathBuf;

/// The programme definitions shipped with koonti, as (file name, TOML text).
/// They are compiled in so that koonti works from any folder.
pub const BUNDLED: &[(&str, &str)] = &[
    (
        "siun-sote-2023-2025.toml",
        include_str!("../../../templates/siun-sote-2023-2025.toml"),
    ),
    (
        "keusote-2020-2025.toml",
        include_str!("../../../templates/keusote-2020-2025.toml"),
    ),
    (
        "vantaa-kerava.toml",
        include_str!("../../../templates/vantaa-kerava.toml"),
    ),
];

/// Why a programme definition could not be loaded.
#[derive(Debug)]
pub enum ProgrammeError {
    /// The file could not be read.
    Io {
        /// The file.
        path: PathBuf,
        /// What the system said.
        source: std::io::Error,
    },
    /// The TOML does not follow the definition format.
    Parse {
        /// The definition's name (its file).
        name: String,
        /// Where and why the TOML did not parse.
        source: toml::de::Error,
    },
    /// The definition parsed but breaks a rule (duplicate ids, no measures, …).
    Invalid {
        /// The definition's name (its file).
        name: String,
        /// Which rule it breaks.
        reason: Rule,
    },
    /// `--programme` named neither a file nor a bundled id.
    Unknown {
        /// The name given.
        name: String,
        /// The ids of the bundled programmes.
        known: Vec<String>,
    },
}

impl fmt::Display for ProgrammeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ProgrammeError::Io { path, source } => write!(f, "{}: {source}", path.display()),
            ProgrammeError::Parse { name, source } => write!(f, "{name}: {source}"),
            ProgrammeError::Invalid { name, reason } => write!(f, "{name}: {reason}"),
            ProgrammeError::Unknown { name, known } => write!(
                f,
                "no programme file or bundled programme named {name:?} (bundled: {})",
                known.join(", ")
            ),
        }
    }
}

impl std::error::Error for ProgrammeError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            ProgrammeError::Io { source, .. } => Some(source),
            ProgrammeError::Parse { source, .. } => Some(source),
            _ => None,
        }
    }
}

/// Parses and checks one definition; `name` is used in error messages.
pub fn parse(name: &str, text: &str) -> Result<Programme, ProgrammeError> {
    let programme: Programme = toml::from_str(text).map_err(|source| ProgrammeError::Parse {
        name: name.to_string(),
        source,
    })?;
    validate(&programme).map_err(|reason| ProgrammeError::Invalid {
        name: name.to_string(),
        reason,
    })?;
    Ok(programme)
}

/// Every bundled programme, parsed.
pub fn bundled() -> Result<Vec<Programme>, ProgrammeError> {
    BUNDLED
        .iter()
        .map(|(name, text)| parse(name, text))
        .collect()
}

/// Loads `--programme`: a path to a TOML file, or the id of a bundled one.
/// Not on wasm (no file system).
#[cfg(not(target_arch = "wasm32"))]
pub fn load(name_or_path: &str) -> Result<Programme, ProgrammeError> {
    let path = Path::new(name_or_path);
    if path.extension().is_some_and(|e| e == "toml") || path.is_file() {
        let text = std::fs::read_to_string(path).map_err(|source| ProgrammeError::Io {
            path: path.to_path_buf(),
            source,
        })?;
        return parse(name_or_path, &text);
    }
    let all = bundled()?;
    let known = all.iter().map(|p| p.id.clone()).collect();
    all.into_iter()
        .find(|p| p.id == name_or_path)
        .ok_or_else(|| ProgrammeError::Unknown {
            name: name_or_path.to_string(),
            known,
        })
}

/// Checks a programme made in memory (from a spreadsheet, a form or the
/// returned files) by the rules a TOML definition is checked by.
pub fn validate_programme(name: &str, programme: &Programme) -> Result<(), ProgrammeError> {
    validate(programme).map_err(|reason| ProgrammeError::Invalid {
        name: name.to_string(),
        reason,
    })
}

fn validate(programme: &Programme) -> Result<(), Rule> {
    if programme.id.trim().is_empty() {
        return Err(Rule::EmptyId);
    }
    let measures = programme.measures();
    if measures.is_empty() {
        return Err(Rule::NoMeasures);
    }
    let mut ids = HashSet::new();
    for (_, measure) in &measures {
        if !ids.insert(measure.id.as_str()) {
            return Err(Rule::DuplicateMeasureId(measure.id.clone()));
        }
        if measure.text.trim().is_empty() {
            return Err(Rule::EmptyMeasureText(measure.id.clone()));
        }
    }
    let mut section_ids = HashSet::new();
    if let Some(dup) = programme
        .sections
        .iter()
        .find(|s| !section_ids.insert(s.id.as_str()))
    {
        return Err(Rule::DuplicateSectionId(dup.id.clone()));
    }
    let mut units = HashSet::new();
    for unit in &programme.units {
        for name in std::iter::once(&unit.name).chain(&unit.aliases) {
            if !units.insert(koonti_normalise::match_key(name)) {
                return Err(Rule::DuplicateUnitName(name.clone()));
            }
        }
    }
    if let AnswerScale::Status { options, .. } = &programme.scale {
        // A scale is 2–6 options: fewer is no choice, more is no scale a
        // unit can mark.
        if !SCALE_OPTIONS.contains(&options.len()) {
            return Err(Rule::ScaleSize {
                options: options.len(),
            });
        }
        let mut ids = HashSet::new();
        if let Some(dup) = options.iter().find(|o| !ids.insert(o.id.as_str())) {
            return Err(Rule::DuplicateOptionId(dup.id.clone()));
        }
        const RESERVED: [&str; 4] = ["implemented", "not_implemented", "partial", "unanswered"];
        if let Some(bad) = options.iter().find(|o| RESERVED.contains(&o.id.as_str())) {
            return Err(Rule::ReservedOptionId(bad.id.clone()));
        }
    }
    Ok(())
}

/// `programme` as a TOML definition that [`parse`] reads back, headed by a
/// comment saying where it came from (`origin`, one line, in `lang`) and
/// how to check an edited copy, in `lang`.
pub fn to_toml(
    programme: &Programme,
    origin: &str,
    lang: Lang,
) -> Result<String, toml::ser::Error> {
    let body = toml::to_string(programme)?;
    let edit = lang.pick(
        "Muokkaa vapaasti; tarkista: koonti programme check TIEDOSTO",
        "Redigera fritt; kontrollera: koonti programme check FIL",
        "Edit freely; check: koonti programme check FILE",
    );
    Ok(format!("# {origin}\n# {edit}\n\n{body}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bundled_programmes_parse_and_are_unique() {
        let all = bundled().expect("bundled programmes are valid");
        let ids: HashSet<_> = all.iter().map(|p| p.id.as_str()).collect();
        assert_eq!(ids.len(), BUNDLED.len());
        let siun = load("siun-sote-2023-2025").expect("siun sote is bundled");
        assert_eq!(siun.sections.len(), 4);
        assert_eq!(siun.measures().len(), 13);
        assert!(matches!(
            load("keusote-2020-2025").map(|p| p.scale),
            Ok(AnswerScale::Status { .. })
        ));
    }

    #[test]
    fn duplicate_measure_ids_are_refused() {
        let text = BUNDLED[0].1.replace("id = \"1.2\"", "id = \"1.1\"");
        let err = parse("dup.toml", &text).expect_err("duplicate ids");
        assert!(
            matches!(&err, ProgrammeError::Invalid { reason: Rule::DuplicateMeasureId(id), .. } if id == "1.1"),
            "{err}"
        );
    }

    #[test]
    fn definitions_written_as_toml_read_back() {
        for programme in bundled().expect("bundled") {
            let text = to_toml(&programme, "kopio", Lang::Fi).expect("serialises");
            assert_eq!(parse("kopio.toml", &text).expect("parses"), programme);
            // What a specialist reads and edits: no empty lists of aliases.
            assert!(!text.contains("aliases = []"), "{}", programme.id);
        }
    }

    #[test]
    fn a_definitions_comment_lines_are_in_its_language() {
        let programme = load("keusote-2020-2025").expect("bundled");
        for (lang, origin, check) in [
            (
                Lang::Fi,
                "Kopio.",
                "# Muokkaa vapaasti; tarkista: koonti programme check TIEDOSTO",
            ),
            (
                Lang::Sv,
                "Kopia.",
                "# Redigera fritt; kontrollera: koonti programme check FIL",
            ),
            (
                Lang::En,
                "A copy.",
                "# Edit freely; check: koonti programme check FILE",
            ),
        ] {
            let text = to_toml(&programme, origin, lang).expect("serialises");
            let comments: Vec<&str> = text.lines().take_while(|l| l.starts_with('#')).collect();
            assert_eq!(comments, [format!("# {origin}").as_str(), check], "{lang}");
            assert_eq!(
                parse("kopio.toml", &text).expect("parses"),
                programme,
                "{lang}"
            );
        }
    }

    #[test]
    fn unknown_id_lists_the_bundled_ones() {
        let err = load("nope").expect_err("unknown");
        assert!(err.to_string().contains("siun-sote-2023-2025"), "{err}");
    }
}

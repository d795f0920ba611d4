//! Is the chosen programme the one the files answer? A merge against the
//! wrong definition reads nothing right, so it is refused, naming the
//! programme the files do answer.

use crate::detect::fits;
use koonti_model::Programme;
use std::fmt;

/// Another programme must fit at least this many measure cells (and more
/// than the chosen one) before the files are said to answer it: a stray
/// match or two decides nothing.
pub const MIN_BETTER_HITS: usize = 3;

/// Why the files do not answer the chosen programme.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Misfit {
    /// The files' measure rows fit another known programme better.
    Better {
        /// The chosen programme.
        chosen: String,
        /// The programme the files answer.
        answers: String,
        /// Measure cells that fit the chosen one and the other.
        hits: (usize, usize),
    },
    /// A file's hidden metadata names a programme koonti does not know.
    Unknown {
        /// The programme the metadata names.
        declared: String,
    },
}

/// For logs only: what people read is worded by the engine's catalogue
/// (`koonti_engine::EngineError::WrongProgramme`), in their language.
impl fmt::Display for Misfit {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Misfit::Better {
                chosen,
                answers,
                hits,
            } => write!(
                f,
                "programme misfit: {answers} {} / {chosen} {}",
                hits.1, hits.0
            ),
            Misfit::Unknown { declared } => write!(f, "programme misfit: unknown {declared}"),
        }
    }
}

impl std::error::Error for Misfit {}

/// Checks that `chosen` is the programme the files answer. `texts` are the
/// cell texts of `workbooks` response workbooks; `declared` the programme
/// ids their hidden `_koonti` sheets name; `known` every programme koonti
/// knows (the bundled ones).
///
/// Refused: a declared programme koonti does not know; a declared known
/// programme other than `chosen` when hardly any measure text fits
/// `chosen`; measure texts that fit another programme better. Few fitting
/// texts alone are no reason: koonti's templates tie rows to measures by
/// their Nro even when units rewrite every text.
pub fn check_fit<'a>(
    chosen: &Programme,
    known: &[Programme],
    texts: impl IntoIterator<Item = &'a str>,
    workbooks: usize,
    declared: &[String],
) -> Result<(), Misfit> {
    let is_known = |id: &str| id == chosen.id || known.iter().any(|p| p.id == id);
    if let Some(unknown) = declared.iter().find(|id| !is_known(id)) {
        return Err(Misfit::Unknown {
            declared: unknown.clone(),
        });
    }
    if workbooks == 0 {
        return Ok(());
    }
    let mut candidates: Vec<Programme> = vec![chosen.clone()];
    candidates.extend(known.iter().filter(|p| p.id != chosen.id).cloned());
    let hits = fits(&candidates, texts);
    let own = hits[0];
    if let Some((best, &most)) = hits
        .iter()
        .enumerate()
        .skip(1)
        .max_by_key(|(i, n)| (**n, std::cmp::Reverse(*i)))
        && most > own
        && most >= MIN_BETTER_HITS
    {
        return Err(Misfit::Better {
            chosen: chosen.id.clone(),
            answers: candidates[best].id.clone(),
            hits: (own, most),
        });
    }
    // Hardly any fits (under a fifth of a file's measures per file), and
    // the files say which programme they were made for.
    let hardly_any = own * 5 < chosen.measures().len() * workbooks;
    if hardly_any && let Some(other) = declared.iter().find(|id| **id != chosen.id) {
        return Err(Misfit::Better {
            chosen: chosen.id.clone(),
            answers: other.clone(),
            hits: (own, 0),
        });
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts_of(programme: &Programme) -> Vec<String> {
        programme
            .measures()
            .iter()
            .map(|(_, m)| m.text.clone())
            .collect()
    }

    #[test]
    fn the_files_programme_is_named_when_another_is_chosen() {
        let all = crate::bundled().expect("bundled");
        for answered in &all {
            let texts = texts_of(answered);
            for chosen in &all {
                let result = check_fit(chosen, &all, texts.iter().map(String::as_str), 1, &[]);
                if chosen.id == answered.id {
                    assert_eq!(result, Ok(()), "{}", chosen.id);
                } else {
                    match result {
                        Err(Misfit::Better { answers, .. }) => assert_eq!(answers, answered.id),
                        other => panic!("{} as {}: {other:?}", answered.id, chosen.id),
                    }
                }
            }
        }
    }

    #[test]
    fn a_declared_programme_decides_when_hardly_any_text_fits() {
        let all = crate::bundled().expect("bundled");
        let chosen = &all[0];
        let texts = texts_of(chosen);
        // One measure of thirteen in two files: too few to refuse on
        // their own, but refused when the files say they are another's.
        let few = || texts.iter().take(1).map(String::as_str);
        assert_eq!(check_fit(chosen, &all, few(), 2, &[]), Ok(()));
        let other = vec![all[1].id.clone()];
        match check_fit(chosen, &all, few(), 2, &other) {
            Err(Misfit::Better { answers, .. }) => assert_eq!(answers, all[1].id),
            result => panic!("{result:?}"),
        }
        let unknown = vec!["oulu-2026".to_string()];
        let err = check_fit(chosen, &all, texts.iter().map(String::as_str), 1, &unknown)
            .expect_err("unknown");
        assert_eq!(
            err,
            Misfit::Unknown {
                declared: "oulu-2026".into()
            }
        );
    }
}

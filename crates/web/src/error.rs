//! Why the page's engine could not do what it was asked: its kind, for
//! what the page does next, and the engine's own sentence in each of the
//! page's languages (the page has no wording of its own for them).
use koonti_engine::{EngineError, Front, Lang};
use serde::Serialize;
use std::fmt;
use wasm_bindgen::JsError;

/// What kind of refusal or failure: what the page does next (e.g. offers
/// no downloads); the sentence is the engine's.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ErrorKind {
    /// No files to merge.
    NoInputs,
    /// Not one file is a workbook.
    NothingReadable,
    /// No bundled programme matches the files: the user must choose one.
    NoProgramme,
    /// A programme definition could not be read.
    Programme,
    /// The files answer another programme than the one chosen.
    WrongProgramme,
    /// The files are of more than one period: the user must choose one.
    MixedPeriods,
    /// Every file is a workbook koonti wrote, not a response.
    OwnWorkbooksOnly,
    /// An output could not be made.
    Output,
}

/// A failure of the page's engine: its kind and the engine's sentence.
#[derive(Debug)]
pub struct PageError {
    /// What kind of failure.
    pub kind: ErrorKind,
    /// Boxed: the engine's error is large, and a failure is rare.
    source: Box<EngineError>,
}

impl From<EngineError> for PageError {
    fn from(source: EngineError) -> Self {
        let kind = match &source {
            EngineError::NoInputs => ErrorKind::NoInputs,
            EngineError::NothingReadable { .. } => ErrorKind::NothingReadable,
            EngineError::NoProgrammeDetected { .. } => ErrorKind::NoProgramme,
            EngineError::Programme(_) | EngineError::Define(_) | EngineError::Definition { .. } => {
                ErrorKind::Programme
            }
            EngineError::WrongProgramme(_) => ErrorKind::WrongProgramme,
            EngineError::MixedPeriods(_) => ErrorKind::MixedPeriods,
            EngineError::OwnWorkbooksOnly { .. } => ErrorKind::OwnWorkbooksOnly,
            _ => ErrorKind::Output,
        };
        PageError {
            kind,
            source: Box::new(source),
        }
    }
}

impl PageError {
    /// `{"kind": "...", "message": {"fi": "...", "sv": "...", "en": "..."}}`,
    /// the message of the JavaScript error the page receives: the
    /// engine's sentence in each language, so that switching the page's
    /// language rewords it.
    pub fn to_json(&self) -> String {
        #[derive(Serialize)]
        struct Worded {
            fi: String,
            sv: String,
            en: String,
        }
        #[derive(Serialize)]
        struct Shown {
            kind: ErrorKind,
            message: Worded,
        }
        let said = |lang| self.source.message(lang, Front::Page);
        serde_json::to_string(&Shown {
            kind: self.kind,
            message: Worded {
                fi: said(Lang::Fi),
                sv: said(Lang::Sv),
                en: said(Lang::En),
            },
        })
        .unwrap_or_default()
    }
}

impl fmt::Display for PageError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.source)
    }
}

impl std::error::Error for PageError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        Some(self.source.as_ref())
    }
}

/// The engine's failure as the JavaScript error the page receives (its
/// message is [`PageError::to_json`]).
pub fn js(err: impl Into<PageError>) -> JsError {
    JsError::new(&err.into().to_json())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn refusals_carry_their_kind_and_sentence() {
        let err = PageError::from(EngineError::NoProgrammeDetected {
            bundled: vec!["siun-sote-2023-2025".into()],
        });
        let shown: serde_json::Value = serde_json::from_str(&err.to_json()).expect("json");
        assert_eq!(shown["kind"], "no_programme");
        for lang in ["fi", "sv", "en"] {
            let said = shown["message"][lang].as_str().expect("worded");
            // The picker shows programmes by title: no id is named.
            assert!(!said.contains("siun-sote-2023-2025"), "{said}");
            assert!(!said.contains("--programme"), "{said}");
        }
        assert!(
            shown["message"]["fi"]
                .as_str()
                .is_some_and(|m| m.contains("Valitse ohjelma"))
        );
        assert!(std::error::Error::source(&err).is_some());
    }
}

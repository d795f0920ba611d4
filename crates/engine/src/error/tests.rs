//! Every refusal and error is worded in fi, sv and en, for both front
//! ends, and the Finnish and Swedish sentences hold no English.
use super::*;
use koonti_model::{FileKind, FileProblem, Finding, FindingCode, Severity};

/// One error of every kind; [`kind`] makes a new variant fail to compile
/// here until it has a sample.
fn every_error() -> Vec<EngineError> {
    let s = |t: &str| t.to_string();
    let pdf = Finding::file(
        Severity::Error,
        FindingCode::UnreadableFile {
            problem: FileProblem::NotAWorkbook {
                file_kind: FileKind::Pdf,
            },
        },
        "Pelastuslaitos.pdf",
    );
    let toml_error = toml::from_str::<toml::Value>("a = ").expect_err("broken");
    vec![
        EngineError::NoInputs,
        EngineError::NothingReadable {
            skipped: vec![pdf.clone()],
        },
        EngineError::NoProgrammeDetected {
            bundled: vec![s("siun-sote-2023-2025")],
        },
        EngineError::Programme(koonti_programme::ProgrammeError::Parse {
            name: s("ohjelma.toml"),
            source: toml_error,
        }),
        EngineError::Programme(koonti_programme::ProgrammeError::Invalid {
            name: s("ohjelma.toml"),
            reason: koonti_programme::Rule::ScaleSize { options: 12 },
        }),
        EngineError::Programme(koonti_programme::ProgrammeError::Unknown {
            name: s("x"),
            known: vec![s("p1")],
        }),
        EngineError::Stored {
            name: s("k.xlsx"),
            source: Box::new(koonti_ingest::StoredError::Sheet(Box::new(
                koonti_ingest::StoredError::Read(koonti_ingest::ReadError::NotAWorkbook {
                    path: "k.xlsx".into(),
                    kind: FileKind::Pdf,
                }),
            ))),
        },
        EngineError::WrongProgramme(Box::new(koonti_programme::Misfit::Better {
            chosen: s("p1"),
            answers: s("p2"),
            hits: (1, 9),
        })),
        EngineError::WrongProgramme(Box::new(koonti_programme::Misfit::Unknown {
            declared: s("p9"),
        })),
        EngineError::MixedPeriods(koonti_consolidate::MixedPeriods {
            periods: [
                (koonti_model::Period::of_year(2024), vec![s("a.xlsx")]),
                (koonti_model::Period::of_year(2025), vec![s("b.xlsx")]),
            ]
            .into_iter()
            .collect(),
        }),
        EngineError::OwnWorkbooksOnly {
            files: vec![s("koonti.xlsx")],
        },
        EngineError::EditedWorkbook {
            name: s("koonti.xlsx"),
            cells: vec![s("Vastaukset!B2")],
        },
        EngineError::History(koonti_history::HistoryError::TooFew {
            names: vec![s("a.json")],
        }),
        EngineError::NotStored { name: s("a.json") },
        EngineError::Define(koonti_define::DefineError::KoontiWorkbook {
            file: s("koonti.xlsx"),
        }),
        EngineError::Definition {
            name: s("ohjelma.toml"),
            problems: Vec::new(),
        },
        EngineError::Serialise(s("12")),
    ]
}

/// Exhaustive: a new variant does not compile until it is listed above.
fn kind(err: &EngineError) -> usize {
    match err {
        EngineError::NoInputs => 0,
        EngineError::NothingReadable { .. } => 1,
        EngineError::NoProgrammeDetected { .. } => 2,
        EngineError::Programme(_) => 3,
        EngineError::Stored { .. } => 4,
        EngineError::WrongProgramme(_) => 5,
        EngineError::MixedPeriods(_) => 6,
        EngineError::OwnWorkbooksOnly { .. } => 7,
        EngineError::EditedWorkbook { .. } => 8,
        EngineError::History(_) => 9,
        EngineError::NotStored { .. } => 10,
        EngineError::Define(_) => 11,
        EngineError::Definition { .. } => 12,
        EngineError::Serialise(_) => 13,
        // Outputs that could not be built: worded as Serialise is.
        EngineError::Write(_)
        | EngineError::Slides(_)
        | EngineError::Template(_)
        | EngineError::Zip(_) => 13,
    }
}

use koonti_model::english_words;

#[test]
fn every_error_is_worded_in_each_language_for_each_front_end() {
    let errors = every_error();
    let mut kinds: Vec<usize> = errors.iter().map(kind).collect();
    kinds.sort_unstable();
    kinds.dedup();
    assert_eq!(kinds, (0..=13).collect::<Vec<_>>(), "one sample per kind");
    for err in &errors {
        for front in [Front::CommandLine, Front::Page] {
            let [fi, sv, en] = [Lang::Fi, Lang::Sv, Lang::En].map(|l| err.message(l, front));
            assert!(fi != sv && sv != en, "{err:?}: {fi} / {sv} / {en}");
            for (lang, text) in [("fi", &fi), ("sv", &sv)] {
                let english = english_words(text);
                assert!(english.is_empty(), "{lang}: {english:?} in {text}");
            }
        }
    }
}

#[test]
fn the_page_is_never_told_of_command_line_options() {
    // Nor the exe, which takes no options (issue 21 audit).
    for err in every_error() {
        for lang in [Lang::Fi, Lang::Sv, Lang::En] {
            for front in [Front::Page, Front::Drop] {
                let text = err.message(lang, front);
                assert!(!text.contains("--"), "{text}");
                assert!(!text.contains("koonti programme check"), "{text}");
            }
        }
    }
}

/// Issue 21 audit: the page and the exe name no programme by its id
/// ("siun-sote-2023-2025"): the page's picker shows programmes by their
/// titles, and the exe takes no id.
#[test]
fn the_page_and_the_exe_are_not_told_programme_ids() {
    let err = EngineError::NoProgrammeDetected {
        bundled: vec!["siun-sote-2023-2025".to_string()],
    };
    for lang in [Lang::Fi, Lang::Sv, Lang::En] {
        for front in [Front::Page, Front::Drop] {
            let text = err.message(lang, front);
            assert!(!text.contains("siun-sote"), "{text}");
        }
        assert!(
            err.message(lang, Front::CommandLine)
                .contains("siun-sote-2023-2025")
        );
    }
}

#[test]
fn nothing_readable_names_each_file_and_what_it_is() {
    let err = &every_error()[1];
    let fi = err.message(Lang::Fi, Front::Page);
    assert!(fi.contains("Pelastuslaitos.pdf (PDF-tiedosto"), "{fi}");
    assert!(err.message(Lang::Sv, Front::Page).contains("PDF-fil"));
}

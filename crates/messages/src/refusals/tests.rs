//! Every refusal and error is worded in fi, sv and en, for both front
//! ends, and the Finnish and Swedish sentences hold no English.
use super::*;
use koonti_model::{FileKind, FileProblem, FindingCode, Severity, english_words};

/// One refusal of every kind, handed to `each`; [`kind`] makes a new
/// variant fail to compile here until it has a sample.
fn every_refusal(mut each: impl FnMut(&Refusal)) {
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
    let parse = ProgrammeError::Parse {
        name: s("ohjelma.toml"),
        source: toml_error,
    };
    let invalid = ProgrammeError::Invalid {
        name: s("ohjelma.toml"),
        reason: koonti_programme::Rule::ScaleSize { options: 12 },
    };
    let unknown = ProgrammeError::Unknown {
        name: s("x"),
        known: vec![s("p1")],
    };
    let stored = StoredError::Sheet(Box::new(StoredError::Read(
        koonti_ingest::ReadError::NotAWorkbook {
            path: "k.xlsx".into(),
            kind: FileKind::Pdf,
        },
    )));
    let better = Misfit::Better {
        chosen: s("p1"),
        answers: s("p2"),
        hits: (1, 9),
    };
    let declared = Misfit::Unknown { declared: s("p9") };
    let mixed = MixedPeriods {
        periods: [
            (koonti_model::Period::of_year(2024), vec![s("a.xlsx")]),
            (koonti_model::Period::of_year(2025), vec![s("b.xlsx")]),
        ]
        .into_iter()
        .collect(),
    };
    let history = HistoryError::TooFew {
        names: vec![s("a.json")],
    };
    let define = DefineError::KoontiWorkbook {
        file: s("koonti.xlsx"),
    };
    let define_invalid = DefineError::Invalid(Box::new(ProgrammeError::Invalid {
        name: s("oma.xlsx"),
        reason: koonti_programme::Rule::ScaleSize { options: 1 },
    }));
    let edits = [
        Edited::Cell(s("Vastaukset!B2")),
        Edited::Unreadable,
        Edited::SheetMissing {
            sheet: s("Vastaukset"),
        },
        Edited::RowMissing {
            unit: s("Pohjola"),
            measure: s("1.1"),
        },
    ];
    for refusal in [
        Refusal::NoInputs,
        Refusal::NothingReadable {
            skipped: std::slice::from_ref(&pdf),
        },
        Refusal::NoProgrammeDetected {
            bundled: &[s("siun-sote-2023-2025")],
        },
        Refusal::Programme(&parse),
        Refusal::Programme(&invalid),
        Refusal::Programme(&unknown),
        Refusal::Stored {
            name: "k.xlsx",
            source: &stored,
        },
        Refusal::WrongProgramme(&better),
        Refusal::WrongProgramme(&declared),
        Refusal::MixedPeriods(&mixed),
        Refusal::OwnWorkbooksOnly {
            files: &[s("koonti.xlsx")],
        },
        Refusal::EditedWorkbook {
            name: "koonti.xlsx",
            cells: &edits,
        },
        Refusal::History(&history),
        Refusal::NotStored { name: "a.json" },
        Refusal::Define(&define),
        Refusal::Define(&define_invalid),
        Refusal::Definition {
            name: "ohjelma.toml",
            problems: &[],
        },
        Refusal::Failed { detail: s("12") },
    ] {
        each(&refusal);
    }
}

/// Exhaustive: a new variant does not compile until it is listed above.
fn kind(refusal: &Refusal) -> usize {
    match refusal {
        Refusal::NoInputs => 0,
        Refusal::NothingReadable { .. } => 1,
        Refusal::NoProgrammeDetected { .. } => 2,
        Refusal::Programme(_) => 3,
        Refusal::Stored { .. } => 4,
        Refusal::WrongProgramme(_) => 5,
        Refusal::MixedPeriods(_) => 6,
        Refusal::OwnWorkbooksOnly { .. } => 7,
        Refusal::EditedWorkbook { .. } => 8,
        Refusal::History(_) => 9,
        Refusal::NotStored { .. } => 10,
        Refusal::Define(_) => 11,
        Refusal::Definition { .. } => 12,
        Refusal::Failed { .. } => 13,
    }
}

#[test]
fn every_refusal_is_worded_in_each_language_for_each_front_end() {
    let mut kinds = Vec::new();
    every_refusal(|refusal| {
        kinds.push(kind(refusal));
        for front in [Front::CommandLine, Front::Page, Front::Drop] {
            let [fi, sv, en] = [Lang::Fi, Lang::Sv, Lang::En].map(|l| refusal.message(l, front));
            assert!(fi != sv && sv != en, "{refusal:?}: {fi} / {sv} / {en}");
            for (lang, text) in [("fi", &fi), ("sv", &sv)] {
                let english = english_words(text);
                assert!(english.is_empty(), "{lang}: {english:?} in {text}");
            }
        }
    });
    kinds.sort_unstable();
    kinds.dedup();
    assert_eq!(kinds, (0..=13).collect::<Vec<_>>(), "one sample per kind");
}

#[test]
fn the_page_is_never_told_of_command_line_options() {
    // Nor the exe, which takes no options (issue 21 audit).
    every_refusal(|refusal| {
        for lang in [Lang::Fi, Lang::Sv, Lang::En] {
            for front in [Front::Page, Front::Drop] {
                let text = refusal.message(lang, front);
                assert!(!text.contains("--"), "{text}");
                assert!(!text.contains("koonti programme check"), "{text}");
            }
        }
    });
}

/// Issue 21 audit: the page and the exe name no programme by its id
/// ("siun-sote-2023-2025"): the page's picker shows programmes by their
/// titles, and the exe takes no id.
#[test]
fn the_page_and_the_exe_are_not_told_programme_ids() {
    let bundled = vec!["siun-sote-2023-2025".to_string()];
    let refusal = Refusal::NoProgrammeDetected { bundled: &bundled };
    for lang in [Lang::Fi, Lang::Sv, Lang::En] {
        for front in [Front::Page, Front::Drop] {
            let text = refusal.message(lang, front);
            assert!(!text.contains("siun-sote"), "{text}");
        }
        assert!(
            refusal
                .message(lang, Front::CommandLine)
                .contains("siun-sote-2023-2025")
        );
    }
}

#[test]
fn nothing_readable_names_each_file_and_what_it_is() {
    every_refusal(|refusal| {
        if let Refusal::NothingReadable { .. } = refusal {
            let fi = refusal.message(Lang::Fi, Front::Page);
            assert!(fi.contains("Pelastuslaitos.pdf (PDF-tiedosto"), "{fi}");
            assert!(refusal.message(Lang::Sv, Front::Page).contains("PDF-fil"));
        }
    });
}

/// A definition that breaks a rule is worded as a programme's, and a
/// fault of koonti's own tells its technical reason in English only.
#[test]
fn a_broken_rule_reads_as_a_programmes_and_a_fault_keeps_its_detail_in_english() {
    let err = DefineError::Invalid(Box::new(ProgrammeError::Invalid {
        name: "oma.xlsx".into(),
        reason: koonti_programme::Rule::DuplicateUnitName("Etelä".into()),
    }));
    let inner = ProgrammeError::Invalid {
        name: "oma.xlsx".into(),
        reason: koonti_programme::Rule::DuplicateUnitName("Etelä".into()),
    };
    for lang in [Lang::Fi, Lang::Sv, Lang::En] {
        assert_eq!(
            Refusal::Define(&err).message(lang, Front::Page),
            Refusal::Programme(&inner).message(lang, Front::Page)
        );
    }
    let failed = Refusal::Failed {
        detail: "disk full".into(),
    };
    assert!(
        failed
            .message(Lang::En, Front::CommandLine)
            .contains("disk full")
    );
    assert!(
        !failed
            .message(Lang::Fi, Front::CommandLine)
            .contains("disk full")
    );
}

use crate::Worded;
use koonti_model::{
    FileKind, FileProblem, Finding, FindingCode, Lang, Limit, Period, ReaderFault, SheetKind,
    english_words,
};

/// One code of every kind, with arguments; [`kind_index`] makes a new
/// variant fail to compile here until it has a sample.
fn every_code() -> Vec<FindingCode> {
    let s = |t: &str| t.to_string();
    let mut codes = vec![
        FindingCode::ProgrammeMismatch {
            template: s("a"),
            programme: s("b"),
        },
        FindingCode::UnknownMeasure { text: s("Rivi") },
        FindingCode::AmbiguousMeasure {
            text: s("Rivi"),
            measure: s("1.1"),
            rival: s("1.2"),
        },
        FindingCode::EditedMeasureText {
            measure: s("1.1"),
            similarity: 93,
        },
        FindingCode::DuplicateMeasure { measure: s("1.1") },
        FindingCode::MarkNotRecognised {
            header: s("TILA"),
            text: s("ehkä"),
        },
        FindingCode::StatusNotRecognised { text: s("ehkä") },
        FindingCode::BothMarked { measure: s("1.1") },
        FindingCode::TextWithoutMark { measure: s("1.1") },
        FindingCode::ConflictingUnit {
            named: s("A"),
            current: s("B"),
        },
        FindingCode::UnmatchedCell { text: s("x") },
        FindingCode::NoTable,
        FindingCode::UnitNotFound,
        FindingCode::UnknownUnit {
            unit: s("A"),
            found_in: s("Vastaukset!B2"),
        },
        FindingCode::DuplicateResponse {
            unit: s("A"),
            used: s("a.xlsx"),
        },
        FindingCode::MeasureMissing { measure: s("1.1") },
        FindingCode::InputNotFound {
            reason: s("No such file"),
        },
        FindingCode::KoontiOutputSkipped,
        FindingCode::BlankResponse,
        FindingCode::OtherPeriod {
            period: Period::of_year(2024),
            chosen: Period::of_year(2025),
        },
        FindingCode::StatusOutsideScale {
            measure: s("1.1"),
            status: s("valmis"),
        },
        FindingCode::CurrentStatusBlank {
            column: s("TILA Q2/2025"),
            earlier_column: s("TILA Q1/2025"),
            earlier: s("Kesken"),
        },
        FindingCode::CorrectedInWorkbook {
            measure: s("1.1"),
            status: Some((s("unanswered"), s("implemented"))),
            text: true,
        },
        FindingCode::ProgrammeInferred {
            programme: s("oma"),
            measures: 13,
            files: 6,
        },
        FindingCode::ScaleFromReturns {
            scale: s("Genomförd | Pågår | Inte påbörjad"),
        },
        FindingCode::FileTooLarge {
            limit: Limit::FileBytes { size: 9, max: 1 },
        },
        FindingCode::FileTooLarge {
            limit: Limit::Unpacked {
                packed: 1,
                unpacked: 9,
                max: 2,
            },
        },
        FindingCode::FileTooLarge {
            limit: Limit::Cells {
                sheet: s("S"),
                max: 5,
            },
        },
        FindingCode::MeasureRenamed {
            measure: s("1.1"),
            from_period: Period::of_year(2024),
            to_period: Period::of_year(2025),
        },
        FindingCode::MeasureAdded {
            measure: s("1.4"),
            period: Period::of_year(2025),
        },
        FindingCode::MeasureRemoved {
            measure: s("1.3"),
            period: Period::of_year(2025),
        },
        FindingCode::Recorded {
            code: s("old_code"),
            message: s("Vanha viesti."),
        },
        FindingCode::UnreadableFile {
            problem: FileProblem::Io {
                detail: s("denied"),
            },
        },
        FindingCode::UnreadableFile {
            problem: FileProblem::Open { detail: s("bad") },
        },
        FindingCode::UnreadableFile {
            problem: FileProblem::Sheet {
                sheet: s("S"),
                detail: s("bad"),
            },
        },
        FindingCode::UnreadableFile {
            problem: FileProblem::Internal { detail: s("panic") },
        },
        // The readers' own English, as calamine, zip and the OLE reader
        // say it: never shown in Finnish or Swedish (issue 21).
        FindingCode::UnreadableFile {
            problem: FileProblem::Io {
                detail: s("Permission denied (os error 13)"),
            },
        },
        FindingCode::UnreadableFile {
            problem: FileProblem::Open {
                detail: s(
                    "Xls error: Cfb error: Invalid sector shift, expecting 0x09 or 0x0C found 0",
                ),
            },
        },
        FindingCode::UnreadableFile {
            problem: FileProblem::Open {
                detail: s("Zip error: invalid Zip archive: Could not find central directory end"),
            },
        },
        FindingCode::UnreadableFile {
            problem: FileProblem::Sheet {
                sheet: s("Vastaukset"),
                detail: s(
                    "Xlsx error: Xml error: syntax error: tag not closed: `>` not found before end of input",
                ),
            },
        },
        FindingCode::UnreadableFile {
            problem: FileProblem::Internal {
                detail: s("I/O error: unexpected end of file"),
            },
        },
    ];
    // Real-world files (issue 11, part 2).
    for kind in [
        SheetKind::Chart,
        SheetKind::Macro,
        SheetKind::Dialog,
        SheetKind::Vba,
    ] {
        codes.push(FindingCode::SheetNotRead {
            sheet: s("Kaavio1"),
            kind,
        });
    }
    codes.push(FindingCode::SheetCut {
        sheet: s("Kohdistamattomat"),
        rows: 2_000_000,
        written: 1_048_575,
    });
    codes.push(FindingCode::NoteKeptWithAnswer {
        measure: s("2.3"),
        text: s("Huom! Pilotti siirtyi"),
    });
    codes.push(FindingCode::MoreUnmatchedCells { count: 12 });
    codes.push(FindingCode::CellsNotRead {
        sheet: s("Data"),
        read: 100_000,
        rest: 5,
    });
    codes.push(FindingCode::FileCellsNotRead {
        sheet: s("Data"),
        read: 20_000,
        rest: 5,
        max: 150_000,
    });
    codes.push(FindingCode::FileTooLarge {
        limit: Limit::Grid {
            sheet: s("S"),
            rows: 65536,
            cols: 256,
            max: 1_000_000,
        },
    });
    for file_kind in [
        FileKind::Xlsx,
        FileKind::Xlsb,
        FileKind::Ods,
        FileKind::Xls,
        FileKind::Encrypted,
        FileKind::Word,
        FileKind::OtherZip,
        FileKind::CorruptZip,
        FileKind::Pdf,
        FileKind::Html,
        FileKind::Text,
        FileKind::Empty,
        FileKind::Unknown,
        FileKind::Image,
        FileKind::Email,
        FileKind::OutlookMessage,
        FileKind::ExcelLock,
        FileKind::EmptyWorkbook,
    ] {
        codes.push(FindingCode::UnreadableFile {
            problem: FileProblem::NotAWorkbook { file_kind },
        });
    }
    // ── Every input accounted for (issue 21) ──
    codes.push(FindingCode::IdenticalCopy { of: s("a.xlsx") });
    // ── Values kept exact (issue 22) ──
    for format in ["m/d/yy", ""] {
        codes.push(FindingCode::NumberNotADate {
            number: s("-12345.6789"),
            format: s(format),
        });
    }
    // ── The status scale as units type it (issue 11) ──
    codes.push(FindingCode::StatusWordRead {
        text: s("Käynnissä"),
        status: s("Kesken"),
    });
    for options in [vec![s("Valmis"), s("Kesken")], vec![]] {
        codes.push(FindingCode::AmbiguousStatus {
            text: s("Valmis / osittain kesken"),
            options,
        });
    }
    codes
}

fn kind_index(code: &FindingCode) -> usize {
    match code {
        FindingCode::ProgrammeMismatch { .. } => 0,
        FindingCode::UnknownMeasure { .. } => 1,
        FindingCode::AmbiguousMeasure { .. } => 2,
        FindingCode::EditedMeasureText { .. } => 3,
        FindingCode::DuplicateMeasure { .. } => 4,
        FindingCode::MarkNotRecognised { .. } => 5,
        FindingCode::StatusNotRecognised { .. } => 6,
        FindingCode::BothMarked { .. } => 7,
        FindingCode::TextWithoutMark { .. } => 8,
        FindingCode::ConflictingUnit { .. } => 9,
        FindingCode::UnmatchedCell { .. } => 10,
        FindingCode::NoTable => 11,
        FindingCode::UnitNotFound => 12,
        FindingCode::UnknownUnit { .. } => 13,
        FindingCode::DuplicateResponse { .. } => 14,
        FindingCode::MeasureMissing { .. } => 15,
        FindingCode::InputNotFound { .. } => 16,
        FindingCode::KoontiOutputSkipped => 17,
        FindingCode::UnreadableFile { .. } => 18,
        FindingCode::FileTooLarge { .. } => 19,
        FindingCode::Recorded { .. } => 20,
        FindingCode::BlankResponse => 21,
        FindingCode::OtherPeriod { .. } => 22,
        FindingCode::StatusOutsideScale { .. } => 23,
        FindingCode::CorrectedInWorkbook { .. } => 24,
        // ── The status scale as units type it (issue 11) ──
        FindingCode::StatusWordRead { .. } => 25,
        FindingCode::AmbiguousStatus { .. } => 26,
        // ── The follow-up across periods (issue 16) ──
        FindingCode::MeasureRenamed { .. } => 27,
        FindingCode::MeasureAdded { .. } => 28,
        FindingCode::MeasureRemoved { .. } => 29,
        // ── Real-world files (issue 11, part 2) ──
        FindingCode::SheetNotRead { .. } => 30,
        FindingCode::SheetCut { .. } => 31,
        FindingCode::NoteKeptWithAnswer { .. } => 32,
        FindingCode::MoreUnmatchedCells { .. } => 33,
        FindingCode::CellsNotRead { .. } => 35,
        // ── A programme inferred from the files (issue 13) ──
        FindingCode::ProgrammeInferred { .. } => 34,
        // ── Periods (issue 20) ──
        FindingCode::CurrentStatusBlank { .. } => 36,
        // ── A guessed scale yields to the returns (issue 20) ──
        FindingCode::ScaleFromReturns { .. } => 37,
        // ── Every input accounted for (issue 21) ──
        FindingCode::IdenticalCopy { .. } => 38,
        // ── Values kept exact (issue 22) ──
        FindingCode::NumberNotADate { .. } => 39,
        FindingCode::FileCellsNotRead { .. } => 40,
    }
}

#[test]
fn every_code_is_worded_in_every_language() {
    let codes = every_code();
    let mut seen = [false; 41];
    for code in &codes {
        seen[kind_index(code)] = true;
        let worded: Vec<String> = [Lang::Fi, Lang::Sv, Lang::En]
            .iter()
            .map(|&lang| code.message(lang))
            .collect();
        for message in &worded {
            assert!(!message.trim().is_empty(), "{code:?}");
            assert!(message.ends_with('.'), "{message}");
        }
        if !matches!(code, FindingCode::Recorded { .. }) {
            assert_ne!(worded[0], worded[1], "{code:?} not in Swedish");
            assert_ne!(worded[0], worded[2], "{code:?} not in English");
        }
        assert!(!code.code().is_empty());
    }
    assert!(seen.iter().all(|&s| s), "a code without a sample");
}

#[test]
fn finnish_and_swedish_findings_hold_no_english() {
    for code in every_code() {
        if matches!(
            code,
            FindingCode::Recorded { .. } | FindingCode::InputNotFound { .. }
        ) {
            continue; // their text is as given
        }
        for lang in [Lang::Fi, Lang::Sv] {
            let text = code.message(lang);
            let english = english_words(&text);
            assert!(english.is_empty(), "{lang}: {english:?} in {text}");
        }
    }
}

#[test]
fn a_readers_text_is_worded_by_its_fault_and_kept_only_as_detail() {
    let code = FindingCode::UnreadableFile {
        problem: FileProblem::Sheet {
            sheet: "Vastaukset".into(),
            detail: "Xlsx error: Xml error: syntax error: tag not closed".into(),
        },
    };
    assert_eq!(
        code.message(Lang::Fi),
        "Välilehteä ”Vastaukset” ei voitu lukea: sen sisältö on rikki tai keskeneräinen; tiedosto on jätetty pois."
    );
    assert!(!code.message(Lang::Sv).contains("Xml"));
    assert_eq!(
        code.reader_detail(),
        Some("Xlsx error: Xml error: syntax error: tag not closed")
    );
    assert_eq!(ReaderFault::of("something else"), None);
    assert_eq!(
        ReaderFault::of("Zip error: invalid Zip archive"),
        Some(ReaderFault::Package)
    );
}

#[test]
fn finnish_wording_is_the_old_text() {
    let code = FindingCode::BothMarked {
        measure: "1.1".into(),
    };
    assert_eq!(code.code(), "both_marked");
    assert_eq!(
        code.message(Lang::Fi),
        "Toimenpide 1.1 on merkitty sekä toteutuneeksi että ei toteutuneeksi; tulkittu osittain toteutuneeksi."
    );
    let limit = FindingCode::FileTooLarge {
        limit: Limit::Cells {
            sheet: "S".into(),
            max: 5,
        },
    };
    assert_eq!(
        limit.message(Lang::Fi),
        "Tiedosto on liian suuri luettavaksi turvallisesti: yli 5 solua (välilehti \"S\"). Se on jätetty pois."
    );
}

#[test]
fn a_stored_finding_is_worded_in_any_language_and_an_old_one_as_written() {
    let stored = r#"{"severity":"warning","code":"both_marked","unit":"A","file":"a.xlsx",
        "sheet":"S","cell":"A6","args":{"code":"both_marked","measure":"1.1"}}"#;
    let back: Finding = serde_json::from_str(stored).expect("stored form");
    assert!(back.message(Lang::En).starts_with("Measure 1.1 is marked"));
    assert!(
        back.message(Lang::Fi)
            .starts_with("Toimenpide 1.1 on merkitty")
    );

    let old = r#"{"severity":"info","code":"text_without_mark","unit":"A","file":"a.xlsx",
        "sheet":"S","cell":"A7","message":"Vanha lause."}"#;
    let old: Finding = serde_json::from_str(old).expect("old form");
    assert_eq!(old.code.code(), "text_without_mark");
    assert_eq!(old.message(Lang::Sv), "Vanha lause.");
}

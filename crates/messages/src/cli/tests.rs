//! Every message and help text has all three languages, and counts take
//! the right forms.
use super::*;
use crate::{list, some_of};

/// One message of every kind; [`kind_index`] makes a new variant fail to
/// compile here until it has a sample.
fn every_message() -> Vec<Message> {
    let s = |t: &str| t.to_string();
    let sys = |code| SystemReason::of(&std::io::Error::from_raw_os_error(code));
    let files = vec![s("a.xlsx"), s("b.xlsx")];
    vec![
        Message::InputsNotFound {
            paths: files.clone(),
        },
        Message::NoSpreadsheets {
            paths: files.clone(),
        },
        Message::InputUnreadable {
            file: s("a.json"),
            os: sys(13),
        },
        Message::PathMissing,
        Message::FolderUnlisted { os: sys(13) },
        Message::NotStored { file: s("k.json") },
        Message::SlidesTheme {
            file: s("pohja.pptx"),
        },
        Message::SlidesWritten {
            file: s("esitys.pptx"),
        },
        Message::OutputLocked { file: s("k.xlsx") },
        Message::OutputReadOnly { file: s("k.xlsx") },
        Message::OutputIsInput { file: s("a.xlsx") },
        Message::FolderNotWritable {
            folder: s("/x"),
            file: s("/x/k.xlsx"),
            os: sys(13),
        },
        Message::FolderMissing {
            folder: s("/x"),
            file: s("/x/k.xlsx"),
        },
        Message::FolderNotCreated {
            folder: s("/x"),
            os: sys(20),
        },
        Message::OutputFailed {
            file: s("k.xlsx"),
            os: sys(28),
        },
        Message::StdoutFailed { os: sys(32) },
        Message::BadExtension {
            option: s("-o"),
            file: s("k.pdf"),
            asked: Some(s("pdf")),
            allowed: vec![OutputKind::Xlsx, OutputKind::Json],
        },
        Message::UnknownOption { option: s("--x") },
        Message::UnknownCommand {
            name: s("mrege"),
            commands: vec![s("merge"), s("check")],
        },
        Message::MissingArgument {
            argument: s("<INPUT>"),
        },
        Message::MissingValue { option: s("-o") },
        Message::InvalidValue {
            option: s("--lang"),
            value: s("de"),
        },
        Message::UnexpectedArgument { argument: s("x") },
        Message::UnknownLanguage { value: s("de") },
        Message::BadArguments { detail: s("?") },
        Message::MergeSummary {
            programme: s("p"),
            responses: 1,
            expected: 6,
            missing: 5,
            findings: [1, 1, 1],
            output: s("koonti.xlsx"),
            replaced: true,
            inferred: None,
        },
        Message::AppendixSummary {
            programme: s("p"),
            responses: 2,
            actions: 4,
            corrections: 1,
            written: vec![s("liite.xlsx")],
        },
        Message::TemplateSummary {
            programme: s("p"),
            templates: 7,
            folder: s("lomakkeet"),
        },
        Message::DropWritten {
            workbook: s("V - koonti.xlsx"),
            appendix: s("V - liite.html"),
            slides: s("V - esitys.pptx"),
        },
        Message::DropToFix,
        Message::DropNothingToFix,
        Message::Progress,
        Message::NoArguments,
        Message::PressEnter,
        Message::ProgrammeInferredWritten {
            measures: 12,
            units: 6,
            path: s("koonti-ohjelma.toml"),
        },
        Message::PeriodDefaulted { year: s("2026") },
        Message::Compare(CompareMessage::NotAReport { input: s("a.txt") }),
        Message::History(HistoryError::SamePeriod {
            period: koonti_model::Period::of_year(2024),
            names: files.clone(),
        }),
        Message::ConsoleWholeMerge,
        Message::ConsoleOtherFiles,
        Message::ConsoleMore { count: 3 },
        Message::ConsoleMissing { count: 1 },
        Message::ConsoleNoneMissing,
        Message::Engine {
            texts: Box::new([
                s("Ei selvinnyt."),
                s("Det gick inte."),
                s("Could not tell."),
            ]),
        },
    ]
}

/// Exhaustive: a new variant does not compile until it is listed above.
fn kind_index(message: &Message) -> usize {
    match message {
        Message::InputsNotFound { .. } => 0,
        Message::NoSpreadsheets { .. } => 1,
        Message::InputUnreadable { .. } => 2,
        Message::PathMissing => 3,
        Message::FolderUnlisted { .. } => 4,
        Message::NotStored { .. } => 5,
        Message::OutputLocked { .. } => 6,
        Message::OutputReadOnly { .. } => 7,
        Message::OutputIsInput { .. } => 8,
        Message::FolderNotWritable { .. } => 9,
        Message::FolderMissing { .. } => 10,
        Message::FolderNotCreated { .. } => 11,
        Message::OutputFailed { .. } => 12,
        Message::StdoutFailed { .. } => 13,
        Message::BadExtension { .. } => 14,
        Message::UnknownOption { .. } => 15,
        Message::UnknownCommand { .. } => 16,
        Message::MissingArgument { .. } => 17,
        Message::MissingValue { .. } => 18,
        Message::InvalidValue { .. } => 19,
        Message::UnexpectedArgument { .. } => 20,
        Message::UnknownLanguage { .. } => 21,
        Message::BadArguments { .. } => 22,
        Message::MergeSummary { .. } => 23,
        Message::AppendixSummary { .. } => 24,
        Message::TemplateSummary { .. } => 25,
        Message::DropWritten { .. } => 26,
        Message::DropToFix => 27,
        Message::DropNothingToFix => 28,
        Message::Progress => 29,
        Message::NoArguments => 30,
        Message::PressEnter => 31,
        Message::Compare(_) => 32,
        Message::History(_) => 33,
        Message::ProgrammeInferredWritten { .. } => 34,
        Message::PeriodDefaulted { .. } => 35,
        Message::Engine { .. } => 36,
        Message::ConsoleWholeMerge => 37,
        Message::ConsoleOtherFiles => 38,
        Message::ConsoleMore { .. } => 39,
        Message::ConsoleMissing { .. } => 40,
        Message::ConsoleNoneMissing => 41,
        Message::SlidesTheme { .. } => 42,
        Message::SlidesWritten { .. } => 43,
    }
}

const LANGS: [Lang; 3] = [Lang::Fi, Lang::Sv, Lang::En];

#[test]
fn every_message_is_worded_in_three_different_languages() {
    let messages = every_message();
    let mut seen: Vec<usize> = messages.iter().map(kind_index).collect();
    seen.sort_unstable();
    seen.dedup();
    assert_eq!(seen, (0..44).collect::<Vec<_>>(), "one sample per kind");
    for message in &messages {
        let [fi, sv, en] = LANGS.map(|lang| message.text(lang));
        for text in [&fi, &sv, &en] {
            assert!(!text.trim().is_empty(), "{message:?}");
        }
        assert!(
            fi != sv && sv != en && fi != en,
            "{message:?}: {fi} / {sv} / {en}"
        );
    }
}

#[test]
fn every_message_names_what_it_is_about() {
    for message in every_message() {
        let (named, os): (Vec<String>, Option<&SystemReason>) = match &message {
            Message::InputsNotFound { paths } | Message::NoSpreadsheets { paths } => {
                (paths.clone(), None)
            }
            Message::OutputLocked { file }
            | Message::OutputReadOnly { file }
            | Message::OutputIsInput { file }
            | Message::NotStored { file } => (vec![file.clone()], None),
            Message::InputUnreadable { file, os } | Message::OutputFailed { file, os } => {
                (vec![file.clone()], Some(os))
            }
            Message::FolderNotWritable { folder, file, os } => {
                (vec![folder.clone(), file.clone()], Some(os))
            }
            _ => (Vec::new(), None),
        };
        for lang in LANGS {
            let text = message.text(lang);
            for name in &named {
                assert!(text.contains(name.as_str()), "{name} not in {text}");
            }
            // The system's reason: its own text in English, its cause in
            // words in Finnish and Swedish.
            if let Some(os) = os {
                let reason = match lang {
                    Lang::Fi => crate::system::fi(os).to_string(),
                    Lang::Sv => crate::system::sv(os).to_string(),
                    Lang::En => crate::system::en(os),
                };
                assert!(!reason.is_empty(), "{os:?}");
                assert!(text.contains(&reason), "{reason} not in {text}");
            }
        }
    }
}

#[test]
fn refusals_say_what_to_do() {
    // Every error ends in a sentence of what to do: more than one sentence.
    for message in every_message().iter().filter(|m| kind_index(m) <= 22) {
        for lang in LANGS {
            let text = message.text(lang);
            let sentences = text.matches(". ").count() + text.matches("; ").count();
            assert!(sentences >= 1, "{text}");
        }
    }
}

#[test]
fn the_summary_line_counts_in_the_right_forms() {
    let summary = |responses, findings| Message::MergeSummary {
        programme: "p".into(),
        responses,
        expected: 6,
        missing: 0,
        findings,
        output: "koonti.xlsx".into(),
        replaced: false,
        inferred: None,
    };
    let one = summary(1, [1, 1, 1]);
    assert!(one.text(Lang::Fi).contains("1 vastaus (6 odotetusta)"));
    assert!(
        one.text(Lang::Fi).contains("1 virhe, 1 huomio, 1 tieto"),
        "{}",
        one.text(Lang::Fi)
    );
    assert!(one.text(Lang::Sv).contains("1 svar"));
    assert!(
        one.text(Lang::Sv)
            .contains("1 fel, 1 varning, 1 upplysning")
    );
    assert!(one.text(Lang::En).contains("1 response (of 6 expected)"));
    assert!(one.text(Lang::En).contains("1 error, 1 warning, 1 note"));
    let many = summary(2, [0, 2, 3]);
    assert!(many.text(Lang::Fi).contains("2 vastausta"));
    assert!(
        many.text(Lang::Fi)
            .contains("0 virhettä, 2 huomiota, 3 tietoa")
    );
    assert!(
        many.text(Lang::Sv)
            .contains("0 fel, 2 varningar, 3 upplysningar")
    );
    assert!(many.text(Lang::En).contains("2 responses"));
    assert!(
        many.text(Lang::En)
            .contains("0 errors, 2 warnings, 3 notes")
    );
}

#[test]
fn finnish_says_koonnin_never_koontin() {
    for message in every_message() {
        assert!(!message.text(Lang::Fi).contains("koontin"), "{message:?}");
    }
}

#[test]
fn lists_join_with_the_languages_and() {
    let items = vec!["a".to_string(), "b".to_string(), "c".to_string()];
    assert_eq!(list(Lang::Fi, &items), "a, b ja c");
    assert_eq!(list(Lang::Sv, &items), "a, b och c");
    assert_eq!(some_of(Lang::En, &items, 1), "a and 2 more");
}

/// Every message in Finnish and Swedish, with the shared test aid of the
/// catalogues (`koonti_model::english_words`): no English, the system's
/// own text included (its cause is worded; a cause koonti cannot word is
/// left out).
#[test]
fn finnish_and_swedish_messages_hold_no_english() {
    let mut messages = every_message();
    messages.extend(
        [
            CompareMessage::Unreadable {
                input: "2024.json".into(),
                reason: SystemReason::of(&std::io::Error::from_raw_os_error(13)),
            },
            CompareMessage::Unreadable {
                input: "2025.json".into(),
                reason: SystemReason::from_text("Something odd happened (os error 9999)"),
            },
            CompareMessage::Undated {
                input: "vastaukset".into(),
                file: "a.xlsx".into(),
                periods: vec!["2024".into(), "2025".into()],
            },
            CompareMessage::Written {
                programme: "p".into(),
                periods: vec!["2024".into(), "2025".into()],
                counts: [1, 1, 1, 1, 1],
                outputs: vec!["vertailu.xlsx".into()],
            },
        ]
        .map(Message::Compare),
    );
    for message in messages {
        match &message {
            // clap's own text, koonti's command names, and the engine's
            // sentences (tested in its catalogue).
            Message::BadArguments { .. }
            | Message::UnknownCommand { .. }
            | Message::Engine { .. } => continue,
            _ => {}
        }
        for lang in [Lang::Fi, Lang::Sv] {
            let text = message.text(lang);
            let english = koonti_model::english_words(&text);
            assert!(english.is_empty(), "{lang}: {english:?} in {text}");
        }
    }
}

/// Everything `koonti programme` says, in each language: fi and sv hold
/// no English, and counts take their forms ("1 korjattava", "2
/// korjattavaa").
#[test]
fn what_programme_says_is_worded_in_each_language() {
    let programme = koonti_programme::load("siun-sote-2023-2025").expect("bundled");
    let path = std::path::Path::new("ohjelma.xlsx");
    let (file, programme) = ("ohjelma.xlsx", &programme);
    let said = [
        ProgrammeSaid::Wrote { path, programme },
        ProgrammeSaid::Guessed,
        ProgrammeSaid::Fine { file, programme },
        ProgrammeSaid::ScaleGuessed { file, programme },
        ProgrammeSaid::Problems { file, count: 2 },
        ProgrammeSaid::Listed { programme },
        ProgrammeSaid::BlankOrigin,
        ProgrammeSaid::DerivedOrigin {
            form: "lomake.xlsx",
        },
        ProgrammeSaid::InferredOrigin,
    ];
    for said in said {
        let [fi, sv, en] = LANGS.map(|lang| said.text(lang));
        assert!(fi != sv && sv != en, "{said:?}: {fi} / {sv} / {en}");
        for (lang, text) in [("fi", &fi), ("sv", &sv)] {
            let english = koonti_model::english_words(text);
            assert!(english.is_empty(), "{lang}: {english:?} in {text}");
        }
    }
    let one = ProgrammeSaid::Problems { file, count: 1 };
    assert_eq!(one.text(Lang::Fi), "ohjelma.xlsx: 1 korjattava");
    let two = ProgrammeSaid::Problems { file, count: 2 };
    assert_eq!(two.text(Lang::Fi), "ohjelma.xlsx: 2 korjattavaa");
    let listed = ProgrammeSaid::Listed { programme }.text(Lang::Fi);
    assert!(listed.ends_with("\t13 toimenpidettä"), "{listed}");
}

//! How a finding is written to JSON and read back; its wording is the
//! message catalogue's (`koonti-messages`), tested there.
use super::*;

/// A stand-in for the message catalogue's wording.
fn words(code: &FindingCode, lang: Lang) -> String {
    format!("{} in {lang}.", code.code())
}

#[test]
fn a_readers_text_is_kept_only_as_detail() {
    let code = FindingCode::UnreadableFile {
        problem: FileProblem::Sheet {
            sheet: "Vastaukset".into(),
            detail: "Xlsx error: Xml error: syntax error: tag not closed".into(),
        },
    };
    assert_eq!(
        code.reader_detail(),
        Some("Xlsx error: Xml error: syntax error: tag not closed")
    );
    let finding = Finding::file(Severity::Error, code, "a.xlsx");
    let json = serde_json::to_value(FindingOut::new(&finding, Lang::Fi, Some(words), false))
        .expect("json");
    assert_eq!(
        json["detail"],
        "Xlsx error: Xml error: syntax error: tag not closed"
    );
    assert_eq!(json["message"], "unreadable_file in fi.");
}

#[test]
fn stored_findings_keep_their_arguments_and_old_ones_still_read() {
    let finding = Finding {
        unit: "A".into(),
        ..Finding::at(
            Severity::Warning,
            FindingCode::BothMarked {
                measure: "1.1".into(),
            },
            &Source {
                file: "a.xlsx".into(),
                sheet: "S".into(),
                cell: "A6".into(),
            },
        )
    };
    let stored = serde_json::to_string(&finding).expect("json");
    assert!(
        stored.contains(r#""args":{"code":"both_marked","measure":"1.1"}"#),
        "{stored}"
    );
    let back: Finding = serde_json::from_str(&stored).expect("back");
    assert_eq!(back, finding);

    let old = r#"{"severity":"info","code":"text_without_mark","unit":"A","file":"a.xlsx",
        "sheet":"S","cell":"A7","message":"Vanha lause."}"#;
    let old: Finding = serde_json::from_str(old).expect("old form");
    assert_eq!(old.code.code(), "text_without_mark");
    let worded =
        serde_json::to_string(&FindingOut::new(&old, Lang::En, Some(words), true)).expect("json");
    assert!(!worded.contains("args"), "{worded}");
    let kept = serde_json::to_string(&old).expect("json");
    assert!(kept.contains(r#""message":"Vanha lause.""#), "{kept}");
}

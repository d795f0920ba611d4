//! The page in Swedish and English, and Finnish texts marked as Finnish.
use super::*;
use crate::test_support::{report_with, siun};
use koonti_model::Status;

#[test]
fn swedish_and_english_pages_mark_the_finnish_texts() {
    let programme = siun();
    let report = report_with(&programme, 2, |_, _| Status::Implemented);
    for lang in [Lang::Sv, Lang::En] {
        let html = String::from_utf8(
            AppendixHtmlWriter {
                lang,
                date: "2.12.2026".into(),
                ..Default::default()
            }
            .render(&report, &programme)
            .expect("rendered"),
        )
        .expect("utf-8");
        assert!(html.contains(&format!("<html lang=\"{}\">", lang.code())));
        let (_, measure) = programme.measures()[0];
        assert!(
            html.contains(&format!(
                "<span lang=\"fi\">{}</span>",
                words(&measure.text)
            )),
            "{lang:?}"
        );
        assert!(html.contains(&format!(
            "<span lang=\"fi\">{}</span>",
            words(&programme.title)
        )));
        let unit = &report.responses[0].unit;
        assert!(html.contains(&format!("(<span lang=\"fi\">{}</span>)", words(unit))));
        // Printed margins: title, date, publisher, page numbers.
        assert!(html.contains("--date:\"2.12.2026\""));
        assert!(html.contains("counter(page)"));
    }
}

/// Issue 21: the summary's sentences name actions and units in the
/// programme's Finnish; on a Swedish or English page they are marked.
#[test]
fn finnish_names_in_the_sentences_are_marked() {
    let programme = siun();
    // Action 1 done by all, the others by one of three: ranked.
    let report = report_with(&programme, 4, |unit, measure| {
        match (unit, measure.starts_with('1')) {
            (3, _) => Status::Unanswered,
            (_, true) | (0, false) => Status::Implemented,
            _ => Status::NotImplemented,
        }
    });
    for lang in [Lang::Sv, Lang::En] {
        let html = String::from_utf8(
            AppendixHtmlWriter {
                lang,
                ..Default::default()
            }
            .render(&report, &programme)
            .expect("rendered"),
        )
        .expect("utf-8");
        let summary = html
            .split("</h2>\n<p>")
            .nth(1)
            .and_then(|p| p.split("</p>").next())
            .expect("the summary paragraph");
        let title = words(&programme.sections[0].title);
        assert!(
            summary.contains(&format!("<span lang=\"fi\">{title}</span>")),
            "{lang:?}: {summary}"
        );
        // The unit with nothing to comment, named in a sentence.
        let unit = words(&report.responses[3].unit);
        assert!(
            summary.contains(&format!("<span lang=\"fi\">{unit}</span>")),
            "{lang:?}: {summary}"
        );
    }
}

#[test]
fn css_strings_cannot_end_the_style() {
    assert_eq!(css_string("a\"b"), "\"a\\\"b\"");
    assert!(!css_string("</style><script>").contains('<'));
}

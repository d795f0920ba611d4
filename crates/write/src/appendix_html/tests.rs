//! The page's structure, accessibility and texts.
use super::*;
use crate::test_support::{report_with, siun};
use koonti_model::Status;

#[test]
fn page_is_accessible_and_escaped() {
    let programme = siun();
    let mut report = report_with(&programme, 2, |_, _| Status::Implemented);
    report.answers[0].items = vec!["<script>alert(1)</script>".into()];
    let html = String::from_utf8(
        AppendixHtmlWriter {
            lang: Lang::Fi,
            ..Default::default()
        }
        .render(&report, &programme)
        .expect("rendered"),
    )
    .expect("utf-8");
    assert!(html.contains("<html lang=\"fi\">"));
    assert!(html.contains("<caption>"));
    assert!(html.contains("<th scope=\"row\">1.1</th>"));
    assert!(html.contains("<span aria-hidden=\"true\">✓</span> Toteutunut"));
    assert!(html.contains("&lt;script&gt;"));
    assert!(!html.contains("<script>"));
    // The summary, one per action and the respondents' remarks.
    assert_eq!(
        html.matches("<section").count(),
        2 + programme.sections.len()
    );
    assert!(html.contains("Vastanneiden huomioita"));
    // Every table scrolls in its own labelled region, captions differ.
    let captions: Vec<&str> = html
        .split("<caption>")
        .skip(1)
        .map(|c| c.split("</caption>").next().unwrap_or(""))
        .collect();
    let distinct: std::collections::BTreeSet<&&str> = captions.iter().collect();
    assert_eq!(distinct.len(), captions.len(), "{captions:?}");
    assert_eq!(
        html.matches("role=\"region\" tabindex=\"0\" aria-label=")
            .count(),
        captions.len()
    );
    assert!(
        !html.contains("<span lang=\"fi\">"),
        "a Finnish page marks nothing"
    );
}

#[test]
fn a_status_scale_shows_the_share_of_its_last_option() {
    let programme = koonti_programme::load("keusote-2020-2025").expect("bundled");
    let koonti_model::AnswerScale::Status { options, .. } = &programme.scale else {
        panic!("keusote has a status scale")
    };
    let last = options[options.len() - 1].id.clone();
    // Half of each unit's measures done, the rest not started.
    let first = options[0].id.clone();
    let report = report_with(&programme, 2, |unit, _| {
        Status::Option(if unit == 0 {
            last.clone()
        } else {
            first.clone()
        })
    });
    let html = String::from_utf8(
        AppendixHtmlWriter {
            lang: Lang::Fi,
            ..Default::default()
        }
        .render(&report, &programme)
        .expect("rendered"),
    )
    .expect("utf-8");
    let done = crate::status_word(&Status::Option(last.clone()), &programme, Lang::Fi);
    assert!(html.contains(&format!("{done} (osuus kaikista)")), "{html}");
    assert!(html.contains("50\u{a0}%"));
    let not_started = crate::status_word(&Status::Option(first), &programme, Lang::Fi);
    assert!(!html.contains(&format!("{not_started} (osuus kaikista)")));
}

//! Unit tests of the deck, built from a report in memory.
use super::*;
use koonti_model::{Answer, Feedback, ProgrammeRef, ResponseEntry, Source, Status};

fn report(programme: &Programme, responding: usize) -> Report {
    let units: Vec<String> = programme.units.iter().map(|u| u.name.clone()).collect();
    let mut answers = Vec::new();
    for unit in units.iter().take(responding) {
        for (section, measure) in programme.measures() {
            let items = vec![format!(
                "{unit} teki kohdan {} huolella ja ajallaan.",
                measure.id
            )];
            answers.push(Answer::new(
                unit,
                section,
                measure,
                Status::Implemented,
                items,
            ));
        }
    }
    Report {
        programme: ProgrammeRef {
            id: programme.id.clone(),
            title: programme.title.clone(),
        },
        period: "2024".into(),
        responses: units
            .iter()
            .take(responding)
            .map(|u| ResponseEntry {
                unit: u.clone(),
                files: vec![format!("{u}.xlsx")],
            })
            .collect(),
        missing_units: units.iter().skip(responding).cloned().collect(),
        answers,
        feedback: vec![Feedback {
            unit: units[0].clone(),
            text: "Palaute <b>&</b> ".repeat(80),
            source: Source {
                file: "f.xlsx".into(),
                sheet: "S".into(),
                cell: "A1".into(),
            },
        }],
        unmatched: vec![],
        findings: vec![],
        support_requests: vec![],
        sources: vec![],
        history: None,
    }
}

fn part(bytes: &[u8], name: &str) -> String {
    use std::io::Read;
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(bytes)).expect("zip");
    let mut text = String::new();
    archive
        .by_name(name)
        .expect(name)
        .read_to_string(&mut text)
        .expect("utf-8");
    text
}

#[test]
fn every_slide_has_a_title_and_the_texts_are_escaped_and_tagged() {
    let programme = koonti_programme::load("siun-sote-2023-2025").expect("bundled");
    let report = report(&programme, 4);
    let bytes = SlidesWriter {
        lang: Lang::Sv,
        date: "2.12.2026".into(),
        ..Default::default()
    }
    .render(&report, &programme)
    .expect("deck");
    let presentation = part(&bytes, "ppt/presentation.xml");
    let slides = presentation.matches("<p:sldId ").count();
    // Title, summary, chart, an action each, feedback (continued), units.
    assert!(slides >= 3 + programme.sections.len() + 3, "{slides}");
    for n in 1..=slides {
        let slide = part(&bytes, &format!("ppt/slides/slide{n}.xml"));
        assert!(
            slide.contains(r#"<p:ph type="title"/>"#)
                || slide.contains(r#"<p:ph type="ctrTitle"/>"#),
            "slide {n}"
        );
        assert!(!slide.contains("<b>"), "slide {n} escapes");
        assert!(slide.contains(r#"lang="sv-FI""#), "slide {n}");
    }
    let all: String = (1..=slides)
        .map(|n| part(&bytes, &format!("ppt/slides/slide{n}.xml")))
        .collect();
    assert!(all.contains("(fortsätter)"), "the long feedback continues");
    assert!(
        all.contains(r#"lang="fi-FI""#),
        "the programme's texts are Finnish"
    );
    assert!(all.contains(r#"firstRow="1""#));
    assert!(all.contains("descr=\"Staplat stapeldiagram"));
    for (_, measure) in programme.measures() {
        assert!(all.contains(&xml::esc(&measure.text)), "{}", measure.id);
    }
    for unit in &programme.units {
        assert!(all.contains(&xml::esc(&unit.name)), "{}", unit.name);
    }
}

#[test]
fn a_county_theme_is_taken_and_a_non_presentation_refused() {
    let programme = koonti_programme::load("siun-sote-2023-2025").expect("bundled");
    let report = report(&programme, 2);
    let ours = SlidesWriter::default()
        .render(&report, &programme)
        .expect("deck");
    let theme = part(&ours, "ppt/theme/theme1.xml").replace("Arial", "Verdana");
    // A template whose theme is the same but for its fonts.
    let mut template = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    template
        .start_file(
            "ppt/theme/theme1.xml",
            zip::write::SimpleFileOptions::default(),
        )
        .expect("file");
    std::io::Write::write_all(&mut template, theme.as_bytes()).expect("write");
    let template = template.finish().expect("zip").into_inner();
    let themed = SlidesWriter {
        theme: Some(template),
        ..Default::default()
    }
    .render(&report, &programme)
    .expect("deck");
    assert!(part(&themed, "ppt/theme/theme1.xml").contains("Verdana"));
    let refused = SlidesWriter {
        theme: Some(b"not a zip".to_vec()),
        ..Default::default()
    }
    .render(&report, &programme);
    assert!(matches!(refused, Err(SlidesError::Theme(_))));
}

/// Every shape's frame on every slide of `bytes` lies on the slide.
fn assert_shapes_on_their_slides(bytes: &[u8]) {
    let presentation = part(bytes, "ppt/presentation.xml");
    for n in 1..=presentation.matches("<p:sldId ").count() {
        let slide = part(bytes, &format!("ppt/slides/slide{n}.xml"));
        let number = |text: &str, key: &str| -> i64 {
            let at = text.find(key).expect(key) + key.len();
            let end = at + text[at..].find('"').expect("quote");
            text[at..end].parse().expect("a number")
        };
        for frame in slide.split("<a:off ").skip(1) {
            let (x, y) = (number(frame, "x=\""), number(frame, "y=\""));
            let (cx, cy) = (number(frame, "cx=\""), number(frame, "cy=\""));
            assert!(
                x >= 0 && y >= 0 && x + cx <= 12_192_000 && y + cy <= 6_858_000,
                "slide {n}: ({x}, {y}) + ({cx}, {cy})"
            );
        }
    }
}

#[test]
fn a_scale_of_many_options_keeps_its_table_on_the_slide() {
    let mut programme = koonti_programme::load("keusote-2020-2025").expect("bundled");
    let koonti_model::AnswerScale::Status { options, .. } = &mut programme.scale else {
        panic!("Keusote has a status scale")
    };
    let template = options[0].clone();
    for i in 0..5 {
        let mut option = template.clone();
        option.id = format!("vaihe_{i}");
        option.label = format!("Toteutumisvaihe numero {i} pitkällä nimellä");
        options.push(option);
    }
    let report = report(&programme, 3);
    let bytes = SlidesWriter::default()
        .render(&report, &programme)
        .expect("deck");
    assert_shapes_on_their_slides(&bytes);
    let all: String = (1..=6)
        .map(|n| part(&bytes, &format!("ppt/slides/slide{n}.xml")))
        .collect();
    assert!(all.contains("Toteutumisvaihe numero 4"));
    assert!(all.contains(r#"sz="1200""#), "many options: 12 pt tables");
}

#[test]
fn the_samples_shapes_stay_on_their_slides() {
    let programme = koonti_programme::load("siun-sote-2023-2025").expect("bundled");
    let bytes = SlidesWriter::default()
        .render(&report(&programme, 6), &programme)
        .expect("deck");
    assert_shapes_on_their_slides(&bytes);
}

use super::*;

fn siun() -> String {
    crate::BUNDLED[0].1.to_string()
}

fn first(text: &str) -> Problem {
    let bundled = crate::bundled().expect("bundled");
    check_toml(text.as_bytes(), &bundled)
        .into_iter()
        .next()
        .unwrap_or_else(|| panic!("a problem in {text}"))
}

fn line_of(text: &str, needle: &str) -> usize {
    text.lines()
        .position(|l| l.contains(needle))
        .expect("needle")
        + 1
}

#[test]
fn a_bundled_definition_has_no_problems() {
    let bundled = crate::bundled().expect("bundled");
    for (_, text) in crate::BUNDLED {
        assert_eq!(check_toml(text.as_bytes(), &bundled), vec![]);
    }
}

#[test]
fn problems_name_their_line_and_the_fix() {
    let own = siun().replace("id = \"siun-sote-2023-2025\"", "id = \"oma\"");
    // A missing key points at its table.
    let text = own.replacen("text = \"", "teksti = \"", 1);
    let bundled = crate::bundled().expect("bundled");
    let all = check_toml(text.as_bytes(), &bundled);
    let p = all
        .iter()
        .find(|p| matches!(p.kind, ProblemKind::UnknownKey { .. }))
        .expect("unknown key");
    assert_eq!(p.line, line_of(&text, "teksti ="));
    assert!(
        matches!(&p.kind, ProblemKind::UnknownKey { key, nearest: Some("text"), .. } if key == "teksti"),
        "{p:?}"
    );
    let mut problems = check_toml(text.as_bytes(), &[]);
    problems.retain(|p| matches!(p.kind, ProblemKind::MissingKey { .. }));
    let measures_header = text
        .lines()
        .position(|l| l.contains("[[sections.measures]]"))
        .expect("header")
        + 1;
    assert_eq!(problems[0].line, measures_header);
    assert!(
        matches!(&problems[0].kind, ProblemKind::MissingKey { table, key: "text" } if table == "[[sections.measures]]"),
        "{:?}",
        problems[0]
    );
    // Duplicate ids and texts, an empty id.
    let text = own.replacen("id = \"1.2\"", "id = \"1.1\"", 1);
    let p = first(&text);
    let second = text
        .lines()
        .enumerate()
        .filter(|(_, l)| l.trim() == "id = \"1.1\"")
        .nth(1)
        .map(|(i, _)| i + 1);
    assert_eq!(Some(p.line), second, "{p:?}");
    assert!(matches!(p.kind, ProblemKind::DuplicateId { .. }));
    let text = own.replacen("id = \"1.2\"", "id = \"\"", 1);
    assert!(matches!(first(&text).kind, ProblemKind::EmptyId { .. }));
    // Not UTF-8.
    let latin1: Vec<u8> = own.replace("Siun", "Siun \u{e4}").bytes().collect();
    let mut bytes = latin1.clone();
    let at = bytes.windows(2).position(|w| w == [0xC3, 0xA4]).expect("ä");
    bytes.splice(at..at + 2, [0xE4]);
    let p = &check_toml(&bytes, &bundled)[0];
    assert_eq!(p.kind, ProblemKind::NotUtf8);
    // A bundled id with other content.
    let text = siun().replacen("text = \"", "text = \"Muutettu ", 1);
    assert!(matches!(first(&text).kind, ProblemKind::BundledId(_)));
    // ... unless it is a newer version of the bundled programme.
    let newer = text.replacen("version = 1", "version = 2", 1);
    assert_eq!(check_toml(newer.as_bytes(), &bundled), vec![]);
    // A top-level key missing: the top level is named, not line 1's key.
    let text = own.replacen("organisation = ", "organisaatio = ", 1);
    let problems = check_toml(text.as_bytes(), &bundled);
    assert!(problems.iter().any(|p| matches!(
        &p.kind,
        ProblemKind::MissingKey {
            key: "organisation",
            ..
        }
    )));
    assert!(problems.iter().any(|p| matches!(
        &p.kind,
        ProblemKind::UnknownKey {
            nearest: Some("organisation"),
            ..
        }
    )));
}

#[test]
fn every_key_a_scale_is_written_with_is_known() {
    let bundled = crate::bundled().expect("bundled");
    let mut three = crate::load("siun-sote-2023-2025").expect("bundled");
    three.scale = koonti_model::AnswerScale::Marks {
        implemented_label: "Tehty".into(),
        not_implemented_label: "Ei tehty".into(),
        text_label: "Kuvaus".into(),
        partial_label: Some("Osin tehty".into()),
    };
    let mut four = crate::load("keusote-2020-2025").expect("bundled");
    if let koonti_model::AnswerScale::Status {
        options, layout, ..
    } = &mut four.scale
    {
        *layout = koonti_model::ScaleLayout::Marks;
        for option in options.iter_mut() {
            option.class = option.class();
            option.sv = Some(format!("{} (sv)", option.label));
            option.en = Some(format!("{} (en)", option.label));
        }
    }
    for mut programme in [three, four] {
        // A copy of a bundled one under an id of its own.
        programme.id.push_str("-kopio");
        let text = crate::to_toml(&programme, "kopio", koonti_model::Lang::Fi).expect("toml");
        for key in ["partial_label", "layout", "class", "sv", "en"] {
            if programme.id.starts_with("siun") != (key == "partial_label") {
                continue;
            }
            assert!(text.contains(&format!("\n{key} = ")), "{key} in {text}");
        }
        assert_eq!(
            check_toml(text.as_bytes(), &bundled),
            vec![],
            "{}",
            programme.id
        );
    }
}

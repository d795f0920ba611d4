use super::*;

fn keusote() -> StatusLexicon {
    StatusLexicon::new(&koonti_programme::load("keusote-2020-2025").expect("bundled"))
}

fn read(text: &str) -> StatusReading {
    keusote().read(text)
}

fn read_as(id: &str) -> StatusReading {
    StatusReading::Read(id.to_string())
}

#[test]
fn the_programmes_own_words_read_exactly() {
    for (text, id) in [
        ("Valmis", "done"),
        ("EI ALOITETTU", "not_started"),
        ("kesken.", "in_progress"),
        ("pågår", "in_progress"),
        ("Klar", "done"),
        ("Aloitettu", "in_progress"),
        ("Toteutunut", "done"),
        ("Not started", "not_started"),
    ] {
        assert_eq!(read(text), StatusReading::Exact(id.into()), "{text}");
    }
    assert_eq!(read(" "), StatusReading::Empty);
}

#[test]
fn words_units_type_are_read_by_the_lexicon() {
    for (text, id) in [
        ("Käynnissä", "in_progress"),
        ("Työn alla", "in_progress"),
        ("Tehty", "done"),
        ("Ei ole aloitettu", "not_started"),
        ("Ei vielä aloitettu", "not_started"),
        ("ei ole vielä käynnistetty", "not_started"),
        ("Valmis ✓", "done"),
        ("✔ valmis", "done"),
        ("kesken (jatkuu 2026)", "in_progress"),
        ("valmistunut 5/2025", "done"),
        ("Valmistunut 31.3.2025", "done"),
        ("2025: valmis", "done"),
        ("Kesken, ei vielä valmis", "in_progress"),
        ("Kesken – jatkuu syksyllä", "in_progress"),
        ("Meneillään", "in_progress"),
        ("Genomförd", "done"),
        ("inte ännu påbörjad", "not_started"),
        ("Under arbete", "in_progress"),
        ("Ongoing", "in_progress"),
        ("Completed 6/2025", "done"),
        ("not yet started", "not_started"),
        ("Yet to start", "not_started"),
        ("has not yet been started", "not_started"),
        ("Osittain toteutunut", "in_progress"),
        ("Ei aloitettu vielä", "not_started"),
        ("On kesken", "in_progress"),
        ("🟢 Valmis", "done"),
        ("Kesken\njatkuu 2026", "in_progress"),
        ("kesken jatkuu", "in_progress"),
    ] {
        assert_eq!(read(text), read_as(id), "{text}");
    }
}

#[test]
fn values_naming_two_options_or_negating_one_are_ambiguous() {
    assert_eq!(
        read("Valmis / osittain kesken"),
        StatusReading::Ambiguous(vec!["done".into(), "in_progress".into()])
    );
    assert_eq!(
        read("kesken tai valmis"),
        StatusReading::Ambiguous(vec!["in_progress".into(), "done".into()])
    );
    assert_eq!(
        read("Ei valmis"),
        StatusReading::Ambiguous(vec!["done".into()])
    );
    assert_eq!(
        read("Kesken/valmis?"),
        StatusReading::Ambiguous(vec!["in_progress".into(), "done".into()])
    );
    assert_eq!(
        read("Valmis, ei valmis"),
        StatusReading::Ambiguous(vec!["done".into()])
    );
}

#[test]
fn values_naming_no_option_are_unrecognised() {
    for text in [
        "?",
        "ks. edellinen",
        "Versio 0.1 luotu",
        "puolivalmis",
        "Valmistelussa oleva asia siirtyy",
        "Valmis kevään aikana",
        "Osittain",
        "-",
        "x",
        "2025",
        "Valmis?",
        "Toteutunut osittain",
        "✅",
    ] {
        assert_eq!(read(text), StatusReading::Unrecognised, "{text}");
    }
    // Whole words only: "valmis" is not in "valmistelussa" (under way).
    assert_eq!(read("Valmistelussa"), read_as("in_progress"));
}

#[test]
fn a_programmes_own_word_wins_over_the_built_in_one() {
    let text = r#"
id = "oma"
title = "Oma"
organisation = "Oma"
section_label = "Tavoite"

[scale]
kind = "status"
status_label = "Vaihe"

[[scale.options]]
id = "not_started"
label = "Ei alkanut"

[[scale.options]]
id = "in_progress"
label = "Käynnissä"

[[scale.options]]
id = "done"
label = "Tehty"
aliases = ["käytössä"]

[feedback]
title = "Palaute"

[[units]]
name = "A"

[[sections]]
id = "1"
title = "Eka"

[[sections.measures]]
id = "1.1"
text = "Teemme"
"#;
    let lexicon = StatusLexicon::new(&koonti_programme::parse("oma.toml", text).expect("valid"));
    assert_eq!(
        lexicon.read("Käytössä"),
        StatusReading::Exact("done".into())
    );
    assert_eq!(
        lexicon.read("Käynnissä"),
        StatusReading::Exact("in_progress".into())
    );
    assert_eq!(lexicon.read("käytössä (2024 alkaen)"), read_as("done"));
    // Words after the option in its own clause are no qualifier.
    assert_eq!(
        lexicon.read("käytössä 2024 alkaen"),
        StatusReading::Unrecognised
    );
    assert_eq!(
        lexicon.read("ei alkanut"),
        StatusReading::Exact("not_started".into())
    );
    // A marks scale's lexicon reads a choice column by the marks' meaning.
    let marks =
        StatusLexicon::new(&koonti_programme::load("siun-sote-2023-2025").expect("bundled"));
    assert_eq!(marks.read("Genomförd").option(), Some("implemented"));
    assert_eq!(marks.read("Delvis genomförd").option(), Some("partial"));
    assert_eq!(
        marks.read("Inte genomförd").option(),
        Some("not_implemented")
    );
    assert_eq!(marks.read("Pågår").option(), None);
}

use super::*;

#[test]
fn recognises_labels_in_every_language() {
    for i in 0..3 {
        assert!(is_support_heading(SUPPORT_HEADING[i]));
        assert_eq!(support_field(SUPPORT_NEED[i]), Some(SupportField::Need));
        assert_eq!(
            support_field(SUPPORT_DETAILS[i]),
            Some(SupportField::Details)
        );
        assert!(is_counter(&format!("{} 9 / 13", COUNTER_LABEL[i])));
    }
    for lang in crate::LANGS {
        assert!(is_support_heading(heading(lang)));
        assert_eq!(support_field(need(lang)), Some(SupportField::Need));
        assert_eq!(support_field(details(lang)), Some(SupportField::Details));
        assert!(is_counter(&counter_text(lang, 0, 13)));
    }
    assert!(is_support_heading("TUKIPYYNTÖ"));
    assert!(!is_support_heading("Tukipyyntö lähetetty 2.5."));
    assert!(support_field("Tarvitsemme tukea").is_none());
    assert!(!is_counter("Vastattu kaikkiin"));
}

fn label(field: SupportField, heading: bool, value: Option<&str>) -> Option<SupportLabel> {
    Some(SupportLabel {
        heading,
        field,
        value: value.map(str::to_string),
        statement: false,
    })
}

#[test]
fn labels_in_units_own_words() {
    use SupportField::{Details, Need};
    for (text, want) in [
        ("Tukipyyntö", label(Need, true, None)),
        ("TUEN TARVE", label(Need, true, None)),
        ("Avunpyyntö:", label(Need, true, None)),
        (
            "Tuen tarve: koulutusta esihenkilöille",
            label(Need, true, Some("koulutusta esihenkilöille")),
        ),
        (
            "Tarvitsemme tukea osallisuuden kehittämisessä: x",
            label(Need, false, Some("x")),
        ),
        (
            "Tarvitsetteko tukea osallisuuden kehittämisessä?",
            label(Need, false, None),
        ),
        ("Tarvitseeko yksikkönne apua?", label(Need, false, None)),
        ("Behöver ni stöd?", label(Need, false, None)),
        (
            "Do you need support in developing participation?",
            label(Need, false, None),
        ),
        ("Millaista tukea?", label(Details, false, None)),
        (
            "Minkälaista tukea tarvitsette:",
            label(Details, false, None),
        ),
        ("Mihin tarvitsette tukea?", label(Details, false, None)),
        (
            "What kind of support: training",
            label(Details, false, Some("training")),
        ),
        ("Tukipyyntö lähetetty 2.5.", None),
        (
            "Tarvitsemme tukea osallisuuden kehittämiseen",
            label(Need, false, None),
        ),
        (
            "Tarvitsemme tukea asukasraatien vetämisessä.",
            Some(SupportLabel {
                heading: false,
                field: Need,
                value: None,
                statement: true,
            }),
        ),
        ("Asukkaat tarvitsevat enemmän tietoa palveluista", None),
        ("Kahvitauko", None),
    ] {
        assert_eq!(support_label(text), want, "{text}");
    }
}

#[test]
fn answers_yes_no_and_descriptions() {
    for (text, want) in [
        ("x", SupportAnswer::Yes),
        ("Kyllä", SupportAnswer::Yes),
        ("Ei", SupportAnswer::No),
        ("ei tarvetta", SupportAnswer::No),
        ("-", SupportAnswer::No),
        ("Nej", SupportAnswer::No),
        (
            "Kyllä, koulutusta",
            SupportAnswer::YesWith("koulutusta".into()),
        ),
        (
            "Koulutusta asukasraateihin",
            SupportAnswer::Text("Koulutusta asukasraateihin".into()),
        ),
        ("ehkä", SupportAnswer::Unclear("ehkä".into())),
        ("?", SupportAnswer::Unclear("?".into())),
        ("Kyllä / Ei", SupportAnswer::Unclear("Kyllä / Ei".into())),
    ] {
        assert_eq!(support_answer(text), want, "{text}");
    }
}

/// The shortcut before the two patterns: every key they match has one of
/// the support words.
#[test]
fn the_support_patterns_match_only_keys_with_a_support_word() {
    for key in [
        "tarvitsemme tukea viestintään",
        "vi behöver stöd",
        "do you need help with this",
        "millaista apua",
        "mihin tarvitsette avustusta",
        "what support",
    ] {
        assert!(
            NEED_LABEL.is_match(key) || DETAILS_LABEL.is_match(key),
            "{key}"
        );
        assert!(SUPPORT_WORDS.iter().any(|w| key.contains(w)), "{key}");
    }
    for key in [
        "tarvitsemme rahaa",
        "millaista palautetta",
        "need more time",
    ] {
        assert!(
            !NEED_LABEL.is_match(key) && !DETAILS_LABEL.is_match(key),
            "{key}"
        );
    }
}

#[test]
fn support_words_are_found_by_bytes_as_by_searching_each() {
    for key in [
        "",
        "t",
        "tuk",
        "tuke",
        "etuken",
        "tarvitsemme tukea",
        "apu",
        "apua",
        "avu",
        "stö",
        "stöd",
        "hjälp",
        "hjäl",
        "supporter",
        "suppor",
        "help",
        "hel",
        "what support",
        "sts hh aa tt",
        "millaista palautetta",
        "äö tuen",
    ] {
        let searched = SUPPORT_WORDS.iter().any(|w| key.contains(w));
        assert_eq!(has_support_word(key), searched, "{key}");
    }
}

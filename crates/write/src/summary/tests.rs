use super::*;
use crate::test_support::{report_with, siun};

#[test]
fn counts_are_words_like_the_seed() {
    assert_eq!(number_word(6, Lang::Fi), "kuusi");
    assert_eq!(number_word(13, Lang::Fi), "13");
    assert_eq!(inessive_fi(2), "kahdessa");
    assert_eq!(
        join_list(&["A".into(), "B".into(), "C".into()], Lang::Fi),
        "A, B ja C"
    );
    assert_eq!(percent(0.554, Lang::Fi), "55 %");
}

#[test]
fn finnish_paragraph_reads_like_the_secretarys() {
    let programme = siun();
    // Unit 0 implements everything, unit 1 nothing, unit 2 leaves all blank
    // but gives feedback; units 3–5 did not respond.
    let report = report_with(&programme, 3, |unit, measure| {
        match (unit, measure.starts_with('1')) {
            (0, _) => Status::Implemented,
            (1, true) => Status::Implemented,
            (1, false) => Status::NotImplemented,
            _ => Status::Unanswered,
        }
    });
    let text = summary_paragraph(&report, &programme, Lang::Fi);
    assert!(
        text.starts_with("Vastauksia saatiin kolme kappaletta. "),
        "{text}"
    );
    assert!(text.contains("Vastaamatta jätti kolme yksikköä: Hallintopalvelut, Pelastuslaitos ja Terveys- ja sairaanhoitopalvelut."), "{text}");
    assert!(text.contains("Yksi toimialue (Ikäihmisten palvelut) ilmoitti, ettei sillä ole kommentoitavaa, mutta antoi vapaamuotoista palautetta; sitä ei ole laskettu mukaan osuuksiin."), "{text}");
    assert!(
        text.contains("Yhdessä vastauksessa annettiin vapaamuotoista palautetta."),
        "{text}"
    );
    // The unit with nothing to comment is left out of the counts and shares.
    assert!(text.contains("Kaikkiaan 26 vastauskohdasta 16 oli merkitty toteutuneeksi, 0 osittain toteutuneeksi ja 10 toteutumattomaksi; 0 kohtaa jäi vastaamatta."), "{text}");
    assert!(text.contains("Parhaiten toteutui toimenpide 1 (Viestimme selkeästi ja monikanavaisesti): 100 % kaikista sen kohdista oli merkitty toteutuneeksi."), "{text}");
    // Ties are named together.
    assert!(text.contains("Heikoimmin toteutuivat toimenpide 2 (Luomme mahdollisuuksia osallistua ja vaikuttaa), toimenpide 3 (Hyödynnämme asiakaspalautetta) ja toimenpide 4 (Edistämme järjestöjen toimintaedellytyksiä ja vaikuttamismahdollisuuksia), kukin 50 %."), "{text}");
}

#[test]
fn swedish_and_english_paragraphs() {
    let programme = siun();
    let report = report_with(&programme, 6, |_, _| Status::Implemented);
    let sv = summary_paragraph(&report, &programme, Lang::Sv);
    assert!(sv.starts_with("Sex svar inkom."), "{sv}");
    let en = summary_paragraph(&report, &programme, Lang::En);
    assert!(en.starts_with("Six responses were received."), "{en}");
    assert!(
        !en.contains("implemented best"),
        "no best action when all are equal: {en}"
    );
}

#[test]
fn a_status_scale_ranks_by_its_last_option() {
    let programme = koonti_programme::load("keusote-2020-2025").expect("bundled");
    let koonti_model::AnswerScale::Status { options, .. } = &programme.scale else {
        panic!("keusote has a status scale")
    };
    let (first, last) = (options[0].id.clone(), options[options.len() - 1].id.clone());
    let first_section: Vec<String> = programme.sections[0]
        .measures
        .iter()
        .map(|m| m.id.clone())
        .collect();
    // The first perspective is all done, the others all not started.
    let report = report_with(&programme, 3, |_, measure| {
        if first_section.iter().any(|m| m == measure) {
            Status::Option(last.clone())
        } else {
            Status::Option(first.clone())
        }
    });
    let text = summary_paragraph(&report, &programme, Lang::Fi);
    let done = crate::status_word(&Status::Option(last.clone()), &programme, Lang::Fi);
    assert!(
        text.contains(&format!("100 % kaikista sen kohdista oli tilassa ”{done}”")),
        "{text}"
    );
    assert!(
        text.contains(&format!("{} 1 (", programme.section_label.to_lowercase())),
        "{text}"
    );
}

#[test]
fn the_feedback_sentence_counts_units_not_feedback_items() {
    let programme = siun();
    let mut report = report_with(&programme, 3, |_, _| Status::Implemented);
    // Three feedback items from one unit, one from another, and a blank one
    // from a third: two units gave feedback.
    let mut extra = report.feedback[0].clone();
    report.feedback.push(extra.clone());
    report.feedback.push(extra.clone());
    extra.unit = report.responses[0].unit.clone();
    report.feedback.push(extra.clone());
    extra.unit = report.responses[1].unit.clone();
    extra.text = "  ".into();
    report.feedback.push(extra);
    let text = summary_paragraph(&report, &programme, Lang::Fi);
    assert!(
        text.contains("Kahdessa vastauksessa annettiin vapaamuotoista palautetta."),
        "{text}"
    );
}

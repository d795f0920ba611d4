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
    assert!(text.contains("Yksi toimialue ilmoitti, ettei sillä ole kommentoitavaa, mutta antoi vapaamuotoista palautetta."), "{text}");
    assert!(
        text.contains("Yhdessä vastauksessa annettiin vapaamuotoista palautetta."),
        "{text}"
    );
    assert!(text.contains("Kaikkiaan 39 vastauskohdasta 16 oli merkitty toteutuneeksi, 0 osittain toteutuneeksi ja 10 toteutumattomaksi; 13 kohtaa jäi vastaamatta."), "{text}");
    assert!(text.contains("Parhaiten toteutui toimenpide 1 (Viestimme selkeästi ja monikanavaisesti): 67 % sen kohdista"), "{text}");
    assert!(text.contains("Heikoimmin toteutui toimenpide 2"), "{text}");
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

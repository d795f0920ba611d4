use super::Lang;
use super::help::Help;

const LANGS: [Lang; 3] = [Lang::Fi, Lang::Sv, Lang::En];

#[test]
fn every_help_text_has_three_languages() {
    for help in Help::ALL {
        let [fi, sv, en] = LANGS.map(|lang| help.text(lang));
        assert!(
            !fi.is_empty() && !sv.is_empty() && !en.is_empty(),
            "{help:?}"
        );
        // Placeholders such as "Argument" may agree in two languages; never all three.
        assert!(fi != en || sv != en, "{help:?}");
    }
}

//! A county's own column labels (issue #13): a definition whose mark,
//! status and text columns, section and unit labels and feedback heading
//! are its own writes templates that `koonti merge` reads back exactly, in
//! every language. The reader looks for the programme's labels, so "Kyllä" /
//! "Ei", "Tehty" / "Ei tehty", a status column "Vaihe" and a text column
//! "Selitys" are what they head, not extra columns.
use crate::template::{assert_exact, write_filled};
use crate::util::merge_json;
use koonti_model::Lang;

/// The measures and units every definition below shares.
const BODY: &str = r#"
[feedback]
title = "Avoin palaute"
prompt = "Mitä muuta haluatte kertoa osallisuudesta?"

[[units]]
name = "Hallinto ja talous"

[[units]]
name = "Ikääntyneiden palvelut"
aliases = ["Ikäpalvelut"]

[[sections]]
id = "1"
title = "Tieto kulkee"

[[sections.measures]]
id = "1.1"
text = "Julkaisemme osallistumisen mahdollisuudet yhdessä paikassa"
responsible = "Viestintä"
schedule = "2025"

[[sections.measures]]
id = "1.2"
text = "Kerromme palautteen vaikutuksista asukkaille"

[[sections]]
id = "2"
title = "Asukkaat mukana"

[[sections.measures]]
id = "2.1"
text = "Kokoamme asukasraadin jokaiselle palvelualueelle"
schedule = "2026"

[[sections.measures]]
id = "2.2"
text = "Koulutamme henkilöstön osallistaviin menetelmiin"
responsible = "Henkilöstöpalvelut"

[[sections.measures]]
id = "2.3"
text = "Arvioimme osallisuuden toteutumista vuosittain"
"#;

/// A definition with `head` (id, labels) and `scale` before the shared body.
fn definition(id: &str, head: &str, scale: &str) -> String {
    format!(
        "id = \"{id}\"\ntitle = \"Omien sanojen osallisuusohjelma\"\norganisation = \"Kokeilualue\"\n{head}\n\n{scale}\n{BODY}"
    )
}

fn marks(implemented: &str, not_implemented: &str, text: &str) -> String {
    format!(
        "[scale]\nkind = \"marks\"\nimplemented_label = \"{implemented}\"\nnot_implemented_label = \"{not_implemented}\"\ntext_label = \"{text}\"\n"
    )
}

fn status(label: &str, text: Option<&str>, ids: [&str; 3]) -> String {
    let text = text.map_or(String::new(), |t| format!("text_label = \"{t}\"\n"));
    let labels = ["Ei aloitettu", "Työn alla", "Tehty"];
    let options: String = ids
        .iter()
        .zip(labels)
        .map(|(id, label)| format!("\n[[scale.options]]\nid = \"{id}\"\nlabel = \"{label}\"\n"))
        .collect();
    format!("[scale]\nkind = \"status\"\nstatus_label = \"{label}\"\n{text}{options}")
}

/// The definitions of issue #13 and their likes.
fn definitions() -> Vec<(&'static str, String)> {
    vec![
        (
            "kylla-ei",
            definition(
                "kylla-ei",
                "section_label = \"Painopiste\"\nunit_label = \"Tulosyksikkö\"",
                &marks("Kyllä", "Ei", "Selitys"),
            ),
        ),
        (
            "tehty",
            definition(
                "tehty",
                "section_label = \"Toimenpide\"",
                &marks("Tehty", "Ei tehty", "Lisätiedot ja perustelut"),
            ),
        ),
        (
            "edistyminen",
            definition(
                "edistyminen",
                "section_label = \"Tavoite\"",
                &status(
                    "Edistyminen",
                    Some("Selitys"),
                    ["aloittamatta", "kesken", "valmis"],
                ),
            ),
        ),
        (
            "vaihe",
            definition(
                "vaihe",
                "section_label = \"Teema\"\nunit_label = \"Vastuualue\"",
                &status("Vaihe", None, ["not_started", "in_progress", "done"]),
            ),
        ),
        (
            "toteutumisen-tila",
            definition(
                "toteutumisen-tila",
                "section_label = \"Painopiste\"",
                &status(
                    "Toteutumisen tila",
                    Some("Selitys"),
                    ["ei_aloitettu", "tyon_alla", "tehty"],
                ),
            ),
        ),
    ]
}

#[test]
fn a_countys_own_labels_round_trip_exactly_in_every_language() {
    let dir = tempfile::tempdir().expect("tempdir");
    for (id, toml) in definitions() {
        let path = dir.path().join(format!("{id}.toml"));
        std::fs::write(&path, &toml).expect("write definition");
        let programme = koonti_programme::load(path.to_str().expect("utf-8 path"))
            .unwrap_or_else(|e| panic!("{id}: {e}"));
        for lang in [Lang::Fi, Lang::Sv, Lang::En] {
            let run = dir.path().join(format!("{id}-{lang}"));
            let inputs = run.join("in");
            std::fs::create_dir_all(&inputs).expect("mkdir");
            let filled = write_filled(&programme, lang, &inputs);
            let report = merge_json(
                &[&inputs],
                &run,
                &["--programme", path.to_str().expect("utf-8 path")],
            );
            assert_eq!(report["programme"]["id"], id);
            assert_exact(&report, &programme, &filled, &format!("{id} {lang}"));
        }
    }
}

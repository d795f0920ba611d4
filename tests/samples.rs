//! The bundled samples are what the sample code writes, and merge to
//! exactly what seed 004 shows.
use crate::util::{merge_json, samples};
use koonti_samples::seed004;
use serde_json::Value;

#[test]
fn committed_samples_are_what_the_generator_writes() {
    let dir = tempfile::tempdir().expect("tempdir");
    koonti_samples::write_samples(dir.path()).expect("samples written");
    let mut generated: Vec<_> = std::fs::read_dir(dir.path())
        .expect("list")
        .map(|e| e.expect("entry").file_name())
        .collect();
    generated.sort();
    let mut committed: Vec<_> = std::fs::read_dir(samples())
        .expect("list")
        .map(|e| e.expect("entry").file_name())
        .collect();
    committed.sort();
    assert_eq!(
        generated, committed,
        "file names differ: run `cargo run -p koonti-samples`"
    );
    for name in generated {
        let fresh = std::fs::read(dir.path().join(&name)).expect("read generated");
        let kept = std::fs::read(samples().join(&name)).expect("read committed");
        assert!(
            fresh == kept,
            "{name:?} drifted from crates/samples: run `cargo run -p koonti-samples`"
        );
    }
}

#[test]
fn merge_reads_every_answer_of_seed_004_exactly() {
    let dir = tempfile::tempdir().expect("tempdir");
    let report = merge_json(&[&samples()], dir.path(), &[]);
    assert_eq!(report["programme"]["id"], "siun-sote-2023-2025");
    assert_eq!(report["period"], "2024");
    assert_eq!(report["missing_units"], Value::Array(vec![]));
    assert_eq!(
        report["unmatched"],
        Value::Array(vec![]),
        "every cell of the samples is placed"
    );
    let answers = report["answers"].as_array().expect("answers");
    let responses = seed004::responses();
    assert_eq!(answers.len(), responses.len() * 13);
    for response in &responses {
        for row in response.actions.iter().flat_map(|a| &a.rows) {
            let answer = answers
                .iter()
                .find(|a| a["unit"] == response.unit && a["measure"] == row.measure)
                .unwrap_or_else(|| panic!("{} {} missing", response.unit, row.measure));
            assert_eq!(
                answer["status"],
                row.mark.status(),
                "{} {}",
                response.unit,
                row.measure
            );
            let items: Vec<&str> = answer["items"]
                .as_array()
                .expect("items")
                .iter()
                .map(|i| i.as_str().expect("str"))
                .collect();
            assert_eq!(items, row.items, "{} {}", response.unit, row.measure);
            assert_eq!(answer["text"], row.items.join("\n"));
            assert_eq!(answer["source"]["file"], response.file_name);
            assert_eq!(answer["source"]["sheet"], "Vastaukset");
        }
    }
}

#[test]
fn merge_reads_the_free_form_feedback_of_both_units_that_gave_it() {
    let dir = tempfile::tempdir().expect("tempdir");
    let report = merge_json(&[&samples()], dir.path(), &[]);
    let feedback = report["feedback"].as_array().expect("feedback");
    let expected: Vec<(&str, String)> = seed004::responses()
        .iter()
        .flat_map(|r| {
            r.feedback
                .iter()
                .map(move |f| (r.unit, f.trim_start_matches("• ").to_string()))
        })
        .collect();
    let got: Vec<(&str, String)> = feedback
        .iter()
        .map(|f| {
            (
                f["unit"].as_str().expect("unit"),
                f["text"].as_str().expect("text").to_string(),
            )
        })
        .collect();
    assert_eq!(got, expected);
    assert_eq!(expected.len(), 4);
    assert_eq!(got[1].0, "Terveys- ja sairaanhoitopalvelut");
    assert!(got[1].1.starts_with("Toimialueella ei ole kommentoitavaa"));
}

#[test]
fn merge_counts_match_the_seed() {
    let dir = tempfile::tempdir().expect("tempdir");
    let report = merge_json(&[&samples()], dir.path(), &[]);
    let count = |status: &str| {
        report["answers"]
            .as_array()
            .expect("answers")
            .iter()
            .filter(|a| a["status"] == status)
            .count()
    };
    // Tallied by hand from seed 004 with the column choices in docs/samples.md.
    assert_eq!(count("implemented"), 40);
    assert_eq!(count("not_implemented"), 12);
    assert_eq!(count("partial"), 2);
    assert_eq!(count("unanswered"), 24);
    let codes: Vec<&str> = report["findings"]
        .as_array()
        .expect("findings")
        .iter()
        .map(|f| f["code"].as_str().expect("code"))
        .collect();
    assert_eq!(codes.iter().filter(|c| **c == "both_marked").count(), 2);
    assert!(
        codes.contains(&"text_without_mark"),
        "Pelastuslaitos 2.2 has text but no mark"
    );
}

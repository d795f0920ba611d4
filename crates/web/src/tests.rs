//! The page's interface on the host: batches, file times, languages, the
//! appendix from the JSON report; and the sample returns as the page gives them.
use super::*;

/// The bundled sample returns (six units) as the page gives them: each
/// file's name and bytes, in name order (the warm-up's, which a test there
/// checks against the samples folder).
pub(crate) fn sample_files() -> Vec<(String, Vec<u8>)> {
    crate::warm::SAMPLES
        .iter()
        .map(|(name, bytes)| (name.to_string(), bytes.to_vec()))
        .collect()
}

#[test]
fn browser_file_times_become_instants() {
    let time = file_time(1_714_550_400_250.0).expect("a time");
    assert_eq!(time, Timestamp::from_unix(1_714_550_400, 250_000_000));
    assert_eq!(file_time(0.0), None);
    assert_eq!(file_time(f64::NAN), None);
}

/// The appendix a second worker writes from the JSON report is the
/// one written from the merge itself.
#[test]
fn the_appendix_from_the_json_report_is_the_same() {
    let mut batch = Batch::new();
    for (name, bytes) in sample_files() {
        batch.add(name, bytes, 0.0);
    }
    let outcome = Outcome {
        merged: batch.merge_with(None).expect("merged"),
    };
    let json =
        koonti_engine::report_json(&outcome.merged, &render_options("sv", "")).expect("json");
    let again = Outcome {
        merged: koonti_engine::read_stored(
            "koonti.json",
            json,
            Some(outcome.merged.programme.clone()),
        )
        .expect("read back"),
    };
    for lang in ["fi", "sv"] {
        let options = render_options(lang, "");
        assert_eq!(
            koonti_engine::appendix_html(&outcome.merged, &options).expect("html"),
            koonti_engine::appendix_html(&again.merged, &options).expect("html"),
        );
    }
}

#[test]
fn languages_default_to_finnish() {
    assert_eq!(parse_lang("sv"), Lang::Sv);
    assert_eq!(parse_lang("xx"), Lang::Fi);
}

/// The page's merge reads files in name order, whatever order the
/// browser gave them in, as the command line does.
#[test]
fn a_batch_merges_in_name_order() {
    let programme = koonti_engine::bundled_programme("siun-sote-2023-2025").expect("bundled");
    let options = koonti_engine::TemplateOptions {
        period: "2025".into(),
        ..Default::default()
    };
    let mut files = koonti_engine::templates(&programme, &options).expect("templates");
    files.reverse();
    let mut batch = Batch::new();
    for (name, bytes) in files {
        batch.add(name, bytes, 0.0);
    }
    batch.add("rikki.xlsx".into(), b"%PDF-1.4".to_vec(), 0.0);
    let merged = batch.merge_with(None).expect("merged");
    let names: Vec<&str> = merged
        .report
        .sources
        .iter()
        .map(|s| s.file.as_str())
        .collect();
    let mut sorted = names.clone();
    sorted.sort();
    assert_eq!(names, sorted);
    assert!(names.contains(&"rikki.xlsx"));
}

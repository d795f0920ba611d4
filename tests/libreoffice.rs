//! Real LibreOffice round trips: responses re-saved by Calc read the same.
use crate::util::{merge_json, samples, soffice_convert_all, unmatched_besides_signatures};

/// Answers without their source cells' file names, for comparing formats.
fn answers_without_files(report: &serde_json::Value) -> Vec<(String, String, String, String)> {
    report["answers"]
        .as_array()
        .expect("answers")
        .iter()
        .map(|a| {
            (
                a["unit"].to_string(),
                a["measure"].to_string(),
                a["status"].to_string(),
                a["text"].to_string(),
            )
        })
        .collect()
}

#[test]
fn samples_resaved_by_libreoffice_merge_to_the_same_answers() {
    let dir = tempfile::tempdir().expect("tempdir");
    let original = merge_json(&[&samples()], dir.path(), &[]);
    for format in ["ods", "xlsx:Calc MS Excel 2007 XML", "xls:MS Excel 97"] {
        let out = dir
            .path()
            .join(format.split(':').next().expect("extension"));
        std::fs::create_dir_all(&out).expect("mkdir");
        let files: Vec<_> = std::fs::read_dir(samples())
            .expect("samples")
            .map(|e| e.expect("entry").path())
            .collect();
        if soffice_convert_all(&files, format, &out).is_none() {
            return;
        }
        let resaved = merge_json(&[&out], dir.path(), &[]);
        assert_eq!(
            answers_without_files(&resaved),
            answers_without_files(&original),
            "{format}"
        );
        assert_eq!(
            resaved["feedback"].as_array().map(Vec::len),
            Some(4),
            "{format}"
        );
        assert_eq!(
            unmatched_besides_signatures(&resaved),
            Vec::<serde_json::Value>::new(),
            "{format}"
        );
    }
}

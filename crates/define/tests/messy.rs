//! Inference against the corpus of messy responses (`koonti-samples`):
//! every way units really return a form, all at once, must give back the
//! programme they answer — its measures, in order, in its own wording.
use koonti_normalise::match_key;

#[test]
fn the_messy_corpus_gives_back_its_programme() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut workbooks = Vec::new();
    for case in koonti_samples::messy::cases() {
        if case.programme != "siun-sote-2023-2025" {
            continue;
        }
        let folder = dir.path().join(case.name);
        std::fs::create_dir_all(&folder).expect("mkdir");
        for file in &case.files {
            let path = file.write(&folder).expect("writes");
            let shown = path.display().to_string();
            workbooks.push(koonti_ingest::open(&path, &shown).expect("opens"));
        }
    }
    let refs: Vec<&koonti_ingest::Workbook> = workbooks.iter().collect();
    let inferred = koonti_define::infer(&refs, "messy")
        .expect("measure rows")
        .expect("a programme");
    let siun = koonti_programme::load("siun-sote-2023-2025").expect("bundled");
    let got: Vec<String> = inferred
        .defined
        .programme
        .measures()
        .iter()
        .map(|(_, m)| m.text.clone())
        .collect();
    let want: Vec<String> = siun
        .measures()
        .iter()
        .map(|(_, m)| m.text.clone())
        .collect();
    assert_eq!(got, want, "the consensus wording, exactly");
    let titles = |p: &koonti_model::Programme| -> Vec<String> {
        p.sections.iter().map(|s| match_key(&s.title)).collect()
    };
    assert_eq!(titles(&inferred.defined.programme), titles(&siun));
    assert_eq!(inferred.defined.programme.section_label, siun.section_label);
}

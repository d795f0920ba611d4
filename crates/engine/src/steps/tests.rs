use super::*;
use crate::merge::{finish, merge};

/// 70 bench responses with copies all over: before and after the file
/// kept, among the first files (read to settle the programme) and after,
/// a copy with a name preferred to the first's, empty files of one
/// content and a lock file.
fn inputs(dir: &std::path::Path) -> Vec<Input> {
    koonti_samples::bench::write_bench_corpus(dir, 70).expect("corpus");
    let (mut inputs, problems) = crate::collect_inputs(&[dir.to_path_buf()]);
    assert!(problems.is_empty());
    let bytes = |name: &str| std::fs::read(dir.join(name)).expect("read");
    for (name, of) in [
        ("vastaus-0003 (2).xlsx", "vastaus-0003.xlsx"),
        ("vastaus-0003 (3).xlsx", "vastaus-0003.xlsx"),
        ("zz-vastaus-0003.xlsx", "vastaus-0003.xlsx"),
        ("vastaus-0060 (2).xlsx", "vastaus-0060.xlsx"),
        ("a-kopio-0005.xlsx", "vastaus-0005.xlsx"),
        ("z5.xlsx", "vastaus-0005.xlsx"),
        ("vastaus-0066 - Kopio.xlsx", "vastaus-0066.xlsx"),
    ] {
        inputs.push(Input::from_bytes(name, bytes(of)));
    }
    inputs.push(Input::from_bytes("tyhja.xlsx", Vec::new()));
    inputs.push(Input::from_bytes("tyhja (2).xlsx", Vec::new()));
    inputs.push(Input::from_bytes(
        "~$vastaus-0003.xlsx",
        bytes("vastaus-0003.xlsx"),
    ));
    inputs.sort_by(|a, b| a.name.cmp(&b.name));
    inputs
}

/// Every file read and interpreted, as before copies were passed over.
fn every_file_read(inputs: Vec<Input>, options: &MergeOptions) -> crate::Merged {
    let mut files = Files::new(inputs.clone(), None);
    let settled = files.settle(options, false).expect("settled").expect("all");
    let limits = Limits::default();
    let outcomes = inputs
        .into_iter()
        .map(|input| {
            let name = input.name.clone();
            let (read, digest) = read_file(input, &limits, &|_| false);
            settled.interpret((name, read, digest))
        })
        .collect();
    finish(settled, outcomes, options).expect("merged")
}

#[test]
fn copies_passed_over_give_the_report_every_file_read_gave() {
    let dir = tempfile::tempdir().expect("temp dir");
    let inputs = inputs(dir.path());
    let options = MergeOptions::default();
    let merged = merge(inputs.clone(), &options).expect("merged");
    assert_eq!(merged, every_file_read(inputs.clone(), &options));
    let copies = merged
        .report
        .findings
        .iter()
        .filter(|f| f.code.code() == "identical_copy")
        .count();
    assert!(copies >= 7, "{copies} copies");
    // And copies were passed over: neither a response nor a finding.
    let mut files = Files::new(inputs, None);
    let settled = files
        .settle(&options, false)
        .expect("settled")
        .expect("all");
    let passed = files
        .read(&settled)
        .iter()
        .filter(|o| o.digest.is_some() && o.response.is_none() && o.finding.is_none())
        .count();
    assert!(passed >= 5, "{passed} copies passed over");
}

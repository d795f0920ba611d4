//! The merge in steps (the browser page's two workers) gives the report
//! `merge` gives, wherever the files are cut in two: the programme settled
//! in the first share and handed over as bytes, each share read on its
//! own as its files arrive, the outcomes handed over as JSON, and both workers consolidating.
use koonti_engine::{FileOutcome, Files, Input, MergeOptions, Merged, Settled, finish, merge};
use std::sync::atomic::{AtomicUsize, Ordering};

/// 130 bench responses, one byte-for-byte copy, a file that is no
/// workbook and an Excel lock file, in name order.
fn inputs() -> Vec<Input> {
    let dir = tempfile::tempdir().expect("temp dir");
    koonti_samples::bench::write_bench_corpus(dir.path(), 130).expect("corpus");
    let mut inputs: Vec<Input> = std::fs::read_dir(dir.path())
        .expect("dir")
        .map(|entry| {
            let path = entry.expect("entry").path();
            let name = path
                .file_name()
                .expect("name")
                .to_string_lossy()
                .into_owned();
            Input::from_bytes(name, std::fs::read(&path).expect("read"))
        })
        .collect();
    let copy = std::fs::read(dir.path().join("vastaus-0007.xlsx")).expect("read");
    inputs.push(Input::from_bytes("vastaus-0007 (2).xlsx", copy));
    inputs.push(Input::from_bytes("muistio.xlsx", b"%PDF-1.4".to_vec()));
    inputs.push(Input::from_bytes("~$vastaus-0003.xlsx", b"lock".to_vec()));
    inputs.sort_by(|a, b| a.name.cmp(&b.name));
    inputs
}

/// Through JSON, as the workers hand them over.
fn handed_over(outcomes: Vec<FileOutcome>) -> Vec<FileOutcome> {
    let bytes = serde_json::to_vec(&outcomes).expect("json");
    let back: Vec<FileOutcome> = serde_json::from_slice(&bytes).expect("back");
    assert_eq!(back, outcomes);
    back
}

/// The two workers' merge of `first` and `second`, each share given in
/// chunks of 16 as the page gathers them, the first settling the
/// programme as soon as it can and each reading what it has: (the first's
/// merge, the second's), the second `None` when the first share could not
/// settle the programme alone and read every file itself; and how many
/// files the progress counted.
fn in_two(
    first: Vec<Input>,
    second: Vec<Input>,
    options: &MergeOptions,
) -> (Merged, Option<Merged>, usize) {
    let read = AtomicUsize::new(0);
    let progress = |_: usize, _: usize| {
        read.fetch_add(1, Ordering::Relaxed);
    };
    let mut files = Files::new(Vec::new(), Some(&progress));
    let mut settled = None;
    let mut mine = Vec::new();
    for chunk in first.chunks(16) {
        files.extend(chunk.to_vec());
        if settled.is_none() {
            settled = files.settle(options, true).expect("no refusal");
        }
        if let Some(settled) = &settled {
            mine.extend(files.read(settled));
        }
    }
    if settled.is_none() {
        settled = files.settle(options, !second.is_empty()).expect("settled");
    }
    let Some(settled) = settled else {
        files.extend(second);
        let settled = files.settle(options, false).expect("settled").expect("all");
        let outcomes = files.read(&settled);
        let merged = finish(settled, outcomes, options).expect("merged");
        return (merged, None, read.into_inner());
    };
    mine.extend(files.read(&settled));
    let theirs = Settled::from_bytes(&settled.to_bytes()).expect("settled back");
    assert_eq!(theirs.programme(), settled.programme());
    let mut their_files = Files::new(Vec::new(), Some(&progress));
    let mut other = Vec::new();
    for chunk in second.chunks(16) {
        their_files.extend(chunk.to_vec());
        other.extend(their_files.read(&theirs));
    }
    let mut all = handed_over(mine);
    all.extend(handed_over(other));
    let merged_first = finish(settled, all.clone(), options).expect("merged");
    let merged_second = finish(theirs, all, options).expect("merged");
    (merged_first, Some(merged_second), read.into_inner())
}

#[test]
fn two_shares_merge_as_one_wherever_they_are_cut() {
    let inputs = inputs();
    let options = MergeOptions::default();
    let one = merge(inputs.clone(), &options).expect("merged");
    assert!(
        one.report
            .findings
            .iter()
            .any(|f| f.code.code() == "identical_copy")
    );
    let n = inputs.len();
    for cut in [0, 1, 40, 60, 66, 67, 100, n - 1, n] {
        let (first, second) = inputs.split_at(cut);
        let (merged, other, read) = in_two(first.to_vec(), second.to_vec(), &options);
        assert_eq!(merged, one, "cut at {cut}");
        assert_eq!(read, n, "cut at {cut}: every file read once");
        // Fewer than 50 workbooks in the first share: it reads them all.
        assert_eq!(other.is_some(), cut >= 60, "cut at {cut}");
        if let Some(other) = other {
            assert_eq!(other, one, "cut at {cut}, the second worker");
        }
    }
}

#[test]
fn a_given_programme_and_period_are_settled_and_handed_over_too() {
    let inputs = inputs();
    let options = MergeOptions {
        programme: Some(koonti_engine::bundled_programme("siun-sote-2023-2025").expect("bundled")),
        period: koonti_engine::report_period("2024"),
        ..MergeOptions::default()
    };
    let one = merge(inputs.clone(), &options).expect("merged");
    let (first, second) = inputs.split_at(70);
    let (merged, other, _) = in_two(first.to_vec(), second.to_vec(), &options);
    assert_eq!(merged, one);
    assert_eq!(other.expect("two workers"), one);
}

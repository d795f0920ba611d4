use super::*;

/// The sample returns (six units), a file that is no workbook, in some
/// order: what the page gives its workers.
fn batch_of(names: &[(String, Vec<u8>)]) -> Batch {
    let mut batch = Batch::new();
    for (name, bytes) in names {
        batch.add(name.clone(), bytes.clone(), 0.0);
    }
    batch
}

fn samples() -> Vec<(String, Vec<u8>)> {
    let mut files = crate::tests::sample_files();
    files.push(("muistio.xlsx".into(), b"%PDF-1.4".to_vec()));
    files.sort();
    files
}

/// Too few workbooks in the first half to settle the programme: the first
/// worker takes the second's files and merges them all, as one batch.
#[test]
fn a_small_first_half_is_merged_with_the_second() {
    let files = samples();
    let one = batch_of(&files).merge_with(None).expect("merged");
    let (first, second) = files.split_at(files.len() / 2);
    let mut share = Share::new();
    share.add(batch_of(first));
    assert!(!share.settle_with(true).expect("no refusal"));
    let mut more = batch_of(second);
    more.add_problem("kadonnut.xlsx".into(), "NotFound".into());
    share.add(more);
    assert!(share.settle_with(false).expect("settled"));
    share.read_files();
    let merged = share.finish_merge().expect("merged");
    // The problem the second's browser had is the report's first finding.
    assert_eq!(merged.report.findings[0].file, "kadonnut.xlsx");
    assert_eq!(merged.report.findings[1..], one.report.findings[..]);
    assert_eq!(merged.report.responses, one.report.responses);
    assert_eq!(merged.report.sources, one.report.sources);
    assert_eq!(merged.programme, one.programme);
}

/// Each worker's part travels as bytes: problems and outcomes, put
/// before or after the other's.
#[test]
fn parts_join_in_the_files_order() {
    let files = samples();
    let one = batch_of(&files).merge_with(None).expect("merged");
    let mut first = Share::new();
    first.add(batch_of(&files));
    assert!(first.settle_with(false).expect("settled"));
    first.read_files();
    // The second worker: the programme from the first, no files of its own
    // but one its browser could not read.
    let mut empty = Batch::new();
    empty.add_problem("kadonnut.xlsx".into(), "NotFound".into());
    let mut second = Share::new();
    second.add(empty);
    second.settled = Some(Settled::from_bytes(&first.settled()).expect("settled"));
    second.read_files();
    let part: Part = serde_json::from_slice(&second.part()).expect("part");
    let mut joined = Share {
        settled: Some(Settled::from_bytes(&first.settled()).expect("settled")),
        ..Share::default()
    };
    let mine: Part = serde_json::from_slice(&first.part()).expect("part");
    joined.join_part(mine, false);
    joined.join_part(part, true);
    let merged = joined.finish_merge().expect("merged");
    assert_eq!(merged.report.findings[0].file, "kadonnut.xlsx");
    assert_eq!(merged.report.findings[1..], one.report.findings[..]);
    assert_eq!(merged.report.responses, one.report.responses);
    assert_eq!(merged.report.sources, one.report.sources);
}

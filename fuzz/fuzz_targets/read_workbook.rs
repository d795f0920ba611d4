//! Fuzz target for the reader's entry points: any bytes sniffed, read as a
//! workbook and, when that succeeds, interpreted as a response, read as a
//! stored report (a consolidated workbook's hidden sheet) and, as text, as
//! the JSON of `koonti merge --json`. None may panic or abort.
//!
//! `cargo fuzz run --sanitizer none read_workbook fuzz/seeds/read_workbook -- -max_total_time=60`
#![no_main]

use koonti_ingest::{Limits, parse_report_json, read_bytes, read_stored, sniff};
use koonti_layout::{ProgrammeIndex, read_response, readers};
use libfuzzer_sys::fuzz_target;
use std::sync::LazyLock;

static INDEX: LazyLock<ProgrammeIndex> = LazyLock::new(|| {
    let programme = koonti_programme::load("siun-sote-2023-2025").expect("bundled programme");
    ProgrammeIndex::new(programme)
});

fuzz_target!(
    init: {
        // koonti catches calamine's panics per file (read_bytes turns them
        // into an error); libfuzzer's hook would abort on them even so.
        // A panic that escapes read_bytes still fails the run.
        std::panic::set_hook(Box::new(|_| {}));
    },
    |data: &[u8]| {
    let limits = Limits {
        max_file_bytes: 1 << 20,
        max_uncompressed_bytes: 16 << 20,
        max_cells: 100_000,
        max_file_cells: 150_000,
        max_grid_cells: 1_000_000,
    };
    let _ = sniff(data, &limits);
    if let Ok(text) = std::str::from_utf8(data) {
        let _ = parse_report_json(text);
    }
    if let Ok(workbook) = read_bytes(data.to_vec(), "fuzz.xlsx", &limits) {
        let _ = read_response(&workbook, &INDEX, &readers());
    }
    let _ = read_stored(data.to_vec(), "fuzz.xlsx", &limits);
    }
);

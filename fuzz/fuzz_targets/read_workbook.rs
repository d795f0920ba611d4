//! Fuzz target for the reader: any bytes, read as a workbook and, when that
//! succeeds, interpreted as a response, and read as a stored report (a
//! consolidated workbook's hidden sheet). None may panic or abort.
//!
//! `cargo fuzz run --sanitizer none read_workbook fuzz/seeds/read_workbook -- -max_total_time=60`
#![no_main]

use koonti_ingest::{Limits, read_bytes, read_stored};
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
        max_grid_cells: 1_000_000,
    };
    if let Ok(workbook) = read_bytes(data.to_vec(), "fuzz.xlsx", &limits) {
        let _ = read_response(&workbook, &INDEX, &readers());
    }
    let _ = read_stored(data.to_vec(), "fuzz.xlsx", &limits);
    }
);

//! The floor for reading: open every workbook in a folder with calamine and
//! count its non-empty cells, in parallel, and nothing else.
//!
//! `cargo run --release -p koonti-ingest --example bare_read -- DIR`
use calamine::{Reader, open_workbook_auto};
use rayon::prelude::*;
use std::time::Instant;

/// The allocator koonti uses, so that the floor is not raised by glibc's.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() {
    let Some(dir) = std::env::args().nth(1) else {
        eprintln!("usage: bare_read DIR");
        std::process::exit(2);
    };
    let started = Instant::now();
    let files: Vec<_> = match std::fs::read_dir(&dir) {
        Ok(entries) => entries.filter_map(|e| e.ok().map(|e| e.path())).collect(),
        Err(err) => {
            eprintln!("bare_read: {dir}: {err}");
            std::process::exit(1);
        }
    };
    let cells: usize = files
        .par_iter()
        .map(|path| {
            let Ok(mut workbook) = open_workbook_auto(path) else {
                return 0;
            };
            workbook
                .sheet_names()
                .iter()
                .filter_map(|name| workbook.worksheet_range(name).ok())
                .map(|range| range.used_cells().count())
                .sum::<usize>()
        })
        .sum();
    println!(
        "{} files, {cells} cells in {:.3} s",
        files.len(),
        started.elapsed().as_secs_f64()
    );
}

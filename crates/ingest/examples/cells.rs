//! What koonti's reader gets out of each file: one JSON line per file with
//! its non-empty cells, their characters, the sheets not read (chart and
//! macro sheets) and the error, if any. `scripts/corpus-check.sh` compares
//! this with an independent reader.
//!
//! `cargo run -p koonti-ingest --example cells -- FILE...`
use koonti_ingest::open;
use std::path::Path;

fn main() {
    for arg in std::env::args().skip(1) {
        let path = Path::new(&arg);
        let line = match open(path, &arg) {
            Ok(workbook) => {
                let cells: usize = workbook.sheets.iter().map(|s| s.cells.len()).sum();
                // Characters of the texts (numbers are formatted differently
                // by every reader).
                let chars: usize = workbook
                    .sheets
                    .iter()
                    .flat_map(|s| &s.cells)
                    .map(|c| match &c.value {
                        koonti_ingest::Value::Text(t) => t.chars().count(),
                        _ => 0,
                    })
                    .sum();
                let skipped: Vec<String> = workbook
                    .skipped
                    .iter()
                    .map(|s| format!("{}:{:?}", s.name, s.kind))
                    .collect();
                // Cells past a sheet's or the file's limit, counted and
                // named in a `cells_not_read` (`file_cells_not_read`)
                // finding rather than read; per sheet, the cells read.
                let not_read: u64 = workbook.cut.iter().map(|c| c.rest).sum();
                let cut: Vec<_> = workbook
                    .cut
                    .iter()
                    .map(|c| serde_json::json!({"sheet": c.name, "read": c.read, "rest": c.rest}))
                    .collect();
                serde_json::json!({"file": arg, "cells": cells, "chars": chars, "skipped": skipped, "not_read": not_read, "cut": cut})
            }
            Err(err) => serde_json::json!({
                "file": arg,
                "error": err.to_string(),
                "refused": matches!(err, koonti_ingest::ReadError::TooLarge { .. }),
            }),
        };
        println!("{line}");
    }
}

//! The benchmark corpus: N filled responses varied as real ones are — two
//! in three in the committee's layout with the seed's answers, one in three
//! a messy variation — each from a unit of its own.
use crate::messy::cases;
use crate::seed004::responses;
use crate::write_response_as;
use rust_xlsxwriter::XlsxError;
use std::path::Path;

/// Writes `count` responses into `dir` as `vastaus-NNNN.xlsx`.
pub fn write_bench_corpus(dir: &Path, count: usize) -> Result<(), XlsxError> {
    std::fs::create_dir_all(dir)?;
    let seed = responses();
    let messy: Vec<_> = cases()
        .into_iter()
        .filter(|c| c.programme == "siun-sote-2023-2025" && c.files.len() == 1)
        .collect();
    for i in 0..count {
        let name = format!("vastaus-{i:04}.xlsx");
        if i % 3 == 2 && !messy.is_empty() {
            let mut spec = messy[(i / 3) % messy.len()].files[0].clone();
            spec.file_name = name;
            spec.write(dir)?;
        } else {
            let response = &seed[i % seed.len()];
            write_response_as(
                response,
                &format!("Toimialue: Yksikkö {i:04}"),
                &dir.join(name),
            )?;
        }
    }
    Ok(())
}

//! The engine's warm-up: a merge of the bundled sample returns, its
//! summary and the worker's downloads written and thrown away, run by each
//! worker once it is ready and before the secretary has picked any files.
//!
//! Why: the browser compiles the engine's WebAssembly a function at a
//! time, when it is first called, with a quick compiler, and compiles a
//! function again, optimised, only after it has run for a while. A first
//! merge of 500 files therefore ran 3–5 times slower than the same merge
//! again (Node, the page's engine: reading 1,023 ms, then 335 and 200 ms;
//! the workbook 1,003 ms, then 331 and 228 ms). Six small files, merged
//! while the page waits for the files, compile what a merge runs; the
//! compiled code is the module's, shared by both workers. No state is
//! kept: a merge starts from nothing, as before.
use crate::{Batch, Outcome};

/// The six sample returns of `samples/siun-sote-2024` (a merge of them is
/// the README's first command), as the page would give them, in name
/// order.
pub(crate) const SAMPLES: [(&str, &[u8]); 6] = [
    (
        "Hallintopalvelut.xlsx",
        include_bytes!("../../../samples/siun-sote-2024/Hallintopalvelut.xlsx"),
    ),
    (
        "Ikäihmisten palvelut.xlsx",
        include_bytes!("../../../samples/siun-sote-2024/Ikäihmisten palvelut.xlsx"),
    ),
    (
        "Osallisuustyöryhmä.xlsx",
        include_bytes!("../../../samples/siun-sote-2024/Osallisuustyöryhmä.xlsx"),
    ),
    (
        "Pelastuslaitos.xlsx",
        include_bytes!("../../../samples/siun-sote-2024/Pelastuslaitos.xlsx"),
    ),
    (
        "Perhe- ja sosiaalipalvelut.xlsx",
        include_bytes!("../../../samples/siun-sote-2024/Perhe- ja sosiaalipalvelut.xlsx"),
    ),
    (
        "Terveys- ja sairaanhoitopalvelut.xlsx",
        include_bytes!("../../../samples/siun-sote-2024/Terveys- ja sairaanhoitopalvelut.xlsx"),
    ),
];

/// What a worker warms up besides reading and the summary: the downloads
/// it writes in a merge shared by two (the page's `share()`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Downloads {
    /// The committee workbook (the second worker's).
    pub workbook: bool,
    /// The JSON report, the appendix (xlsx and HTML) and the presentation
    /// (the first worker's).
    pub others: bool,
}

/// Merges the sample returns, words the summary and writes `downloads`,
/// keeping nothing. Returns how many units answered, so a test can tell
/// that the merge ran.
pub(crate) fn warm_up(downloads: Downloads) -> Result<usize, String> {
    let mut batch = Batch::new();
    for (name, bytes) in SAMPLES {
        batch.add(name.to_string(), bytes.to_vec(), 0.0);
    }
    let merged = batch.merge_with(None).map_err(|err| err.to_string())?;
    let answered = merged.report.responses.len();
    let outcome = Outcome { merged };
    let made = "2026-01-31 09:00:00 UTC";
    let _ = outcome.summary("fi");
    let failed = |_| "a download of the warm-up failed".to_string();
    if downloads.workbook {
        outcome.workbook("fi", made).map_err(failed)?;
    }
    if downloads.others {
        outcome.report_json("fi").map_err(failed)?;
        outcome.appendix_xlsx("fi").map_err(failed)?;
        outcome.appendix_html("fi", made).map_err(failed)?;
        outcome.slides("fi", made).map_err(failed)?;
    }
    Ok(answered)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_warm_up_merges_the_six_samples_and_writes_every_download() {
        for (workbook, others) in [(true, true), (true, false), (false, true), (false, false)] {
            assert_eq!(warm_up(Downloads { workbook, others }), Ok(6));
        }
    }

    #[test]
    fn the_warm_up_files_are_the_samples_folder() {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../../samples/siun-sote-2024");
        let mut names: Vec<String> = std::fs::read_dir(dir)
            .expect("samples")
            .map(|entry| {
                entry
                    .expect("entry")
                    .file_name()
                    .to_string_lossy()
                    .into_owned()
            })
            .collect();
        names.sort();
        let bundled: Vec<&str> = SAMPLES.iter().map(|(name, _)| *name).collect();
        assert_eq!(names, bundled);
    }
}

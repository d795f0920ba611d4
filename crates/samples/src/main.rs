//! Writes sample responses.
//!
//! ```text
//! cargo run -p koonti-samples                       # regenerate samples/siun-sote-2024
//! cargo run -p koonti-samples -- DIR                # the samples into DIR
//! cargo run -p koonti-samples -- bench DIR 1000     # the benchmark corpus
//! cargo run -p koonti-samples -- messy DIR          # the messy corpus, DIR/<programme>/<case>/
//! ```
use std::path::PathBuf;
use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (dir, result) = match args.as_slice() {
        [bench, dir, count] if bench == "bench" => {
            let Ok(count) = count.parse::<usize>() else {
                eprintln!("koonti-samples: bench takes a number of files, not {count:?}");
                return ExitCode::from(2);
            };
            let dir = PathBuf::from(dir);
            let result = koonti_samples::bench::write_bench_corpus(&dir, count);
            (dir, result)
        }
        [messy, dir] if messy == "messy" => {
            let dir = PathBuf::from(dir);
            let result = write_messy(&dir);
            (dir, result)
        }
        [dir] => (
            PathBuf::from(dir),
            koonti_samples::write_samples(&PathBuf::from(dir)),
        ),
        [] => {
            let dir = PathBuf::from("samples/siun-sote-2024");
            let result = koonti_samples::write_samples(&dir);
            (dir, result)
        }
        _ => {
            eprintln!(
                "usage: koonti-samples [DIR] | koonti-samples bench DIR COUNT | koonti-samples messy DIR"
            );
            return ExitCode::from(2);
        }
    };
    match result {
        Ok(()) => {
            println!("wrote {}", dir.display());
            ExitCode::SUCCESS
        }
        Err(err) => {
            eprintln!("koonti-samples: {}: {err}", dir.display());
            ExitCode::FAILURE
        }
    }
}

/// The messy corpus as files, one folder per programme with one folder per
/// case in it (for the browser page's test, which merges each programme's
/// folder in the page and on the command line).
fn write_messy(dir: &std::path::Path) -> Result<(), rust_xlsxwriter::XlsxError> {
    for case in koonti_samples::messy::cases() {
        let folder = dir.join(case.programme).join(case.name);
        std::fs::create_dir_all(&folder)?;
        for file in &case.files {
            file.write(&folder)?;
        }
    }
    Ok(())
}

//! Times rendering the committee workbook from a report written earlier,
//! without reading any responses: the writer's share of a merge, alone.
//!
//! ```text
//! koonti merge DIR --programme ID --json report.json
//! cargo run --release -p koonti-write --example render_bench -- report.json ID [RUNS]
//! ```
use koonti_model::Report;
use koonti_write::{ReportWriter, WorkbookWriter};
use std::time::{Duration, Instant};

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (Some(json), Some(id)) = (args.first(), args.get(1)) else {
        eprintln!("usage: render_bench REPORT.json PROGRAMME [RUNS]");
        std::process::exit(2);
    };
    let runs: usize = args.get(2).and_then(|r| r.parse().ok()).unwrap_or(5);
    let report: Report = match std::fs::read_to_string(json)
        .map_err(|e| e.to_string())
        .and_then(|t| serde_json::from_str(&t).map_err(|e| e.to_string()))
    {
        Ok(report) => report,
        Err(err) => {
            eprintln!("render_bench: {json}: {err}");
            std::process::exit(1);
        }
    };
    let programme = match koonti_programme::load(id) {
        Ok(programme) => programme,
        Err(err) => {
            eprintln!("render_bench: {id}: {err}");
            std::process::exit(1);
        }
    };
    let writer = WorkbookWriter::new(koonti_model::Lang::Fi, "bench", "");
    let mut best = Duration::MAX;
    let mut size = 0;
    for _ in 0..runs {
        let started = Instant::now();
        match writer.render(&report, &programme) {
            Ok(bytes) => size = bytes.len(),
            Err(err) => {
                eprintln!("render_bench: {err}");
                std::process::exit(1);
            }
        }
        best = best.min(started.elapsed());
    }
    println!(
        "{} answers: workbook of {size} bytes in {:.1} ms (best of {runs})",
        report.answers.len(),
        best.as_secs_f64() * 1e3
    );
}

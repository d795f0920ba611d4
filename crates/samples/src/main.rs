//! Regenerates the bundled samples: `cargo run -p koonti-samples -- samples/siun-sote-2024`.
use std::path::PathBuf;
use std::process::ExitCode;

fn main() -> ExitCode {
    let dir = std::env::args_os()
        .nth(1)
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from("samples/siun-sote-2024"));
    match koonti_samples::write_samples(&dir) {
        Ok(()) => {
            println!("wrote samples to {}", dir.display());
            ExitCode::SUCCESS
        }
        Err(err) => {
            eprintln!("koonti-samples: {}: {err}", dir.display());
            ExitCode::FAILURE
        }
    }
}

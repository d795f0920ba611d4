//! `koonti`: merges the Excel answers of many units into one report for a
//! participation committee. This binary only parses arguments and wires the
//! crates together; each subcommand is a module under `cmd/`.

mod cmd;
mod pipeline;

use clap::Parser;
use std::process::ExitCode;

fn main() -> ExitCode {
    let cli = cmd::Cli::parse();
    match cmd::run(cli) {
        Ok(code) => code,
        Err(message) => {
            eprintln!("koonti: {message}");
            ExitCode::from(1)
        }
    }
}

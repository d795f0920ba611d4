//! `koonti`: merges the Excel answers of many units into one report for a
//! participation committee. This binary only parses arguments, gathers the
//! files, calls `koonti-engine` and writes its outputs atomically; each
//! subcommand is a module under `cmd/`.

mod cmd;
mod gather;
mod output;
mod timings;

/// mimalloc rather than the system allocator: a merge makes millions of
/// small strings across threads, and with glibc's allocator a quarter of a
/// national merge went to malloc, free and the kernel's page clearing.
/// Built without transparent huge pages, which cost more to clear than
/// they saved and raised the peak memory by a fifth.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

use clap::Parser;
use std::process::ExitCode;

fn main() -> ExitCode {
    let cli = cmd::Cli::parse();
    match cmd::run(cli) {
        Ok(code) => code,
        Err(failure) => {
            eprintln!("koonti: {}", failure.reason());
            ExitCode::from(failure.exit_code())
        }
    }
}

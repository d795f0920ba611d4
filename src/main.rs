//! `koonti`: merges the Excel answers of many units into one report for a
//! participation committee. This binary only parses arguments, gathers the
//! files, calls `koonti-engine` and writes its outputs atomically; each
//! subcommand is a module under `cmd/`. Every message is a typed
//! [`messages::Message`] worded in the user's language.

mod cli;
mod cmd;
mod console;
mod drop;
mod gather;
mod messages;
mod output;
mod timings;

/// mimalloc rather than the system allocator: a merge makes millions of
/// small strings across threads, and with glibc's allocator a quarter of a
/// national merge went to malloc, free and the kernel's page clearing.
/// Built without transparent huge pages, which cost more to clear than
/// they saved and raised the peak memory by a fifth.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

use cli::Request;
use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<std::ffi::OsString> = std::env::args_os().collect();
    let (lang, request) = match cli::language(&args, std::env::var_os("KOONTI_LANG")) {
        Ok((lang, warning)) => {
            if let Some(warning) = warning {
                eprintln!("koonti: {}", warning.text(lang));
            }
            (lang, cli::request(args, lang))
        }
        Err(bad) => (messages::Lang::Fi, Err(cmd::Failure::BadArgument(bad))),
    };
    crate::console::no_panic_on_failed_print(lang);
    // Explorer's console closes with koonti: wait where a person reads it.
    let pauses = matches!(request, Ok(Request::Introduction | Request::Drop(_)));
    let result = match request {
        Ok(Request::Introduction) => {
            console::say(&format!("{}\n", messages::Message::NoArguments.text(lang)));
            Ok(ExitCode::SUCCESS)
        }
        Ok(Request::Print(text)) => {
            console::say(&text);
            Ok(ExitCode::SUCCESS)
        }
        Ok(Request::Drop(paths)) => drop::run(paths, lang),
        Ok(Request::Command(cli)) => cmd::run(*cli),
        Err(failure) => Err(failure),
    };
    let code = match result {
        Ok(code) => code,
        Err(failure) => {
            eprintln!("koonti: {}", failure.reason().text(lang));
            ExitCode::from(failure.exit_code())
        }
    };
    if pauses {
        console::pause_if_own_console(lang);
    }
    code
}

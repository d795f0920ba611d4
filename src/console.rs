//! The console window: whether koonti was started by a double-click or a
//! drop (then Windows made the console for it alone, and closes it when
//! koonti ends), so it waits for Enter before the window goes.

use crate::messages::{Lang, Message};
use std::io::{BufRead, IsTerminal, Write};

/// Writes `text` to standard output. A closed pipe (`koonti … | head`)
/// is no reason to stop with a panic: what could not be shown is lost, and
/// the outputs are written all the same.
pub fn say(text: &str) {
    let mut out = std::io::stdout().lock();
    let _ = out.write_all(text.as_bytes());
    let _ = out.flush();
}

/// Writes `bytes` for the program reading koonti's standard output
/// (`--json -`). A reader that closed the pipe early (`| head`) took what
/// it wanted: no failure, and the other outputs are written all the same.
pub fn write_stdout(bytes: &[u8]) -> Result<(), Message> {
    let mut out = std::io::stdout().lock();
    match out.write_all(bytes).and_then(|()| out.flush()) {
        Err(err) if err.kind() != std::io::ErrorKind::BrokenPipe => Err(Message::StdoutFailed {
            os: crate::messages::os_text(&err),
        }),
        _ => Ok(()),
    }
}

/// Makes a failed `print!` (Rust's own panics "failed printing to stdout")
/// no panic: a pipe its reader closed (`koonti programme list | head -1`)
/// ends koonti quietly, as the reader asked; any other failure is said in
/// the user's words and ends koonti with 1. Every other panic is reported
/// as before.
pub fn no_panic_on_failed_print(lang: Lang) {
    let reported = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        let payload = info.payload();
        let said = payload
            .downcast_ref::<String>()
            .map(String::as_str)
            .or_else(|| payload.downcast_ref::<&str>().copied())
            .unwrap_or_default();
        match failed_print(said) {
            Some(PrintFailure::ClosedPipe) => std::process::exit(0),
            Some(PrintFailure::Other { stdout, os }) => {
                if stdout {
                    let mut err = std::io::stderr().lock();
                    let message = Message::StdoutFailed {
                        os: crate::messages::SystemReason::from_text(os),
                    };
                    let _ = writeln!(err, "koonti: {}", message.text(lang));
                }
                std::process::exit(1)
            }
            None => reported(info),
        }
    }));
}

/// How a print failed, from the standard library's panic message.
#[derive(Debug, PartialEq, Eq)]
enum PrintFailure<'a> {
    /// The reader of the pipe closed it.
    ClosedPipe,
    /// Anything else (a full disk); `stdout`: it was standard output
    /// (when it was standard error, nothing can be said).
    Other { stdout: bool, os: &'a str },
}

fn failed_print(said: &str) -> Option<PrintFailure<'_>> {
    let (stdout, os) = if let Some(os) = said.strip_prefix("failed printing to stdout: ") {
        (true, os)
    } else {
        (false, said.strip_prefix("failed printing to stderr: ")?)
    };
    // The system's text of a closed pipe: EPIPE on Unix; on Windows
    // ERROR_BROKEN_PIPE or ERROR_NO_DATA ("the pipe is being closed").
    let closed: &[i32] = if cfg!(windows) { &[109, 232] } else { &[32] };
    if closed
        .iter()
        .any(|&code| os == std::io::Error::from_raw_os_error(code).to_string())
    {
        Some(PrintFailure::ClosedPipe)
    } else {
        Some(PrintFailure::Other { stdout, os })
    }
}

/// Waits for Enter when the console is koonti's own and its input is a
/// keyboard: never when input is closed or redirected, never in a console
/// someone typed the command into, never on Linux.
pub fn pause_if_own_console(lang: Lang) {
    if !console_is_ours() || !std::io::stdin().is_terminal() {
        return;
    }
    say(&format!("\n{} ", Message::PressEnter.text(lang)));
    let mut line = String::new();
    let _ = std::io::stdin().lock().read_line(&mut line);
}

/// Whether koonti is the only process attached to its console: Windows
/// made the console when Explorer started koonti (a double-click or a
/// drop); a console the user opened also holds cmd.exe or PowerShell.
#[cfg(windows)]
fn console_is_ours() -> bool {
    use windows_sys::Win32::System::Console::GetConsoleProcessList;
    let mut ids = [0u32; 4];
    // SAFETY: the buffer is valid for `ids.len()` process ids, as the
    // function's contract asks; it writes at most that many.
    let attached = unsafe { GetConsoleProcessList(ids.as_mut_ptr(), ids.len() as u32) };
    attached == 1
}

#[cfg(not(windows))]
fn console_is_ours() -> bool {
    false // a terminal on Linux stays open when a program ends
}

/// Lines shown for one unit before the rest is left to the workbook.
const LINES_PER_UNIT: usize = 5;

/// What a merge found, for the console: per unit (its files' lines, at
/// most [`LINES_PER_UNIT`], then how many more are on *Tarkistukset*), the
/// files no unit was found for, and findings about the whole merge. Notes
/// (severity info) are left out, but for the files that were skipped
/// (a copy, an Excel lock file), which are always named. Empty when there
/// is nothing to tell.
pub fn findings_by_unit(merged: &koonti_engine::Merged, lang: Lang) -> String {
    use koonti_engine::Severity;
    use std::collections::BTreeMap;
    let measures = merged.programme.measures().len();
    // Unit → (file, line) in the order of the files.
    let mut groups: BTreeMap<(u8, String), Vec<(String, String)>> = BTreeMap::new();
    for mut file in koonti_engine::check(merged) {
        file.findings
            .retain(|f| f.severity != Severity::Info || f.code.skips_the_file());
        if file.is_in_order() {
            continue;
        }
        let key = match (file.file.as_str(), file.unit.as_str()) {
            ("", _) => (2, Message::ConsoleWholeMerge.text(lang)),
            (_, "") => (1, Message::ConsoleOtherFiles.text(lang)),
            (_, unit) => (0, unit.to_string()),
        };
        let lines = koonti_engine::file_check_lines(&file, measures, lang);
        let group = groups.entry(key).or_default();
        group.extend(lines.into_iter().map(|line| (file.file.clone(), line)));
    }
    let mut out = String::new();
    for ((_, heading), lines) in groups {
        out.push_str(&format!("{heading}:\n"));
        // Each line names its file: the secretary looks for the file.
        for (file, line) in lines.iter().take(LINES_PER_UNIT) {
            if !file.is_empty() {
                out.push_str(&format!("  {file}: {line}\n"));
            } else {
                out.push_str(&format!("  {line}\n"));
            }
        }
        if lines.len() > LINES_PER_UNIT {
            let more = Message::ConsoleMore {
                count: lines.len() - LINES_PER_UNIT,
            };
            out.push_str(&format!("  {}\n", more.text(lang)));
        }
    }
    out
}

/// The missing units by name, each with what it sent that could not be
/// read; or that every expected unit answered.
pub fn missing_units(merged: &koonti_engine::Merged, lang: Lang) -> String {
    let report = &merged.report;
    let lines: Vec<String> = report
        .missing_with_files()
        .into_iter()
        .map(|(unit, sent)| koonti_messages::lists::missing_line(report, unit, &sent, lang))
        .collect();
    if lines.is_empty() {
        return format!("{}\n", Message::ConsoleNoneMissing.text(lang));
    }
    let mut out = format!(
        "{}\n",
        Message::ConsoleMissing { count: lines.len() }.text(lang)
    );
    for line in lines {
        out.push_str(&format!("  {line}\n"));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_closed_pipe_is_told_from_other_failed_prints() {
        let closed = std::io::Error::from_raw_os_error(if cfg!(windows) { 232 } else { 32 });
        assert_eq!(
            failed_print(&format!("failed printing to stdout: {closed}")),
            Some(PrintFailure::ClosedPipe)
        );
        let full = std::io::Error::from_raw_os_error(28);
        assert_eq!(
            failed_print(&format!("failed printing to stdout: {full}")),
            Some(PrintFailure::Other {
                stdout: true,
                os: &full.to_string()
            })
        );
        assert_eq!(failed_print("index out of bounds"), None);
    }
}

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

//! Which files of a folder the page merges: the command line's rule for a
//! folder walk, applied to the relative paths a browser gives. Every file
//! is taken, whatever it is: the merge reads it or lists it as skipped
//! with its reason, so that a return sent as PDF is never passed over in
//! silence. Only the system's own files are left out.

/// True when a file at `path` (relative to a folder the user dropped or
/// picked, `/`-separated) is one to merge: anything but the system's own
/// files ([`koonti_engine::is_system_file`]: hidden files, `Thumbs.db`).
/// Files given one by one are taken as given, as on the command line.
pub fn taken_from_folder(path: &str) -> bool {
    !path.trim_end_matches(['/', '\\']).is_empty()
        && !path.ends_with(['/', '\\'])
        && !koonti_engine::is_system_file(path)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_folder_gives_every_file_but_the_systems() {
        for taken in [
            "a.xlsx",
            "B.ODS",
            "kevät/c.xls",
            "muistio.txt",
            "vastaus.pdf",
            "~$a.xlsx",
            "Vastaukset.zip",
        ] {
            assert!(taken_from_folder(taken), "{taken}");
        }
        for passed in [".piilo.xlsx", ".git/a.xlsx", "Thumbs.db", "", "kansio/"] {
            assert!(!taken_from_folder(passed), "{passed}");
        }
    }
}

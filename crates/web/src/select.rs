//! Which files of a folder the page merges: the command line's rule for a
//! folder walk, applied to the relative paths a browser gives.
use koonti_engine::SPREADSHEET_EXTENSIONS;

/// True when a file at `path` (relative to a folder the user dropped or
/// picked, `/`-separated) is one to merge: its name ends in a spreadsheet
/// ending ([`SPREADSHEET_EXTENSIONS`], any case), and neither it nor a
/// folder on the way is hidden (`.…`) or an Excel lock file (`~$…`).
/// Files given one by one are taken as given, as on the command line.
pub fn taken_from_folder(path: &str) -> bool {
    let parts: Vec<&str> = path.split(['/', '\\']).filter(|p| !p.is_empty()).collect();
    let Some(name) = parts.last() else {
        return false;
    };
    if parts
        .iter()
        .any(|part| part.starts_with('.') || part.starts_with("~$"))
    {
        return false;
    }
    name.rsplit_once('.')
        .is_some_and(|(_, ext)| SPREADSHEET_EXTENSIONS.contains(&ext.to_ascii_lowercase().as_str()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_folder_gives_its_spreadsheets_only() {
        for taken in ["a.xlsx", "B.ODS", "kevät/c.xls", "x.xlsm", "y.xlsb"] {
            assert!(taken_from_folder(taken), "{taken}");
        }
        for passed in [
            "~$a.xlsx",
            ".piilo.xlsx",
            "muistio.txt",
            ".git/a.xlsx",
            "xlsx",
            "",
            "kansio/",
        ] {
            assert!(!taken_from_folder(passed), "{passed}");
        }
    }
}

//! The package's theme hidden from calamine. Opening an .xlsx, calamine
//! parses `xl/theme/theme1.xml` (7 kB in a response: a tenth of reading
//! one) only to resolve the colours of fonts, fills and borders in its
//! styles; koonti reads values and number formats, which no colour
//! touches. So the theme's name in the bytes handed to calamine is made
//! one calamine does not look up, and it falls back to its default
//! colours, as it does for a package without a theme. A theme calamine
//! cannot read was never an error either (it logs and uses the defaults),
//! so hiding one changes no outcome.
use crate::sniff::SniffedZip;

/// The name calamine reads the theme by, after its own normalising
/// (`\` as `/`, ASCII lower case), without the workbook's folder.
const THEME: &[u8] = b"theme/theme1.xml";

/// The byte a hidden theme's name ends in instead of its `l`.
const HIDDEN: u8 = b'_';

/// Where in `bytes` (the package `archive` was opened from) the last byte
/// of each theme's name in the central directory is, to be overwritten
/// with [`hide`]. Only names as the directory stores them are taken (not
/// one an extra field replaces), and none whose hidden name another entry
/// already has: its entry would then replace that one in the reader's map.
pub(crate) fn theme_names(archive: &mut SniffedZip<'_>, bytes: &[u8]) -> Vec<usize> {
    let mut names = Vec::with_capacity(archive.len());
    let mut themes = Vec::new();
    for i in 0..archive.len() {
        let Ok(entry) = archive.by_index_raw(i) else {
            return Vec::new();
        };
        let name = entry.name_raw().to_vec();
        if is_theme(&name)
            && let Ok(at) = usize::try_from(entry.central_header_start())
            && stored_name(bytes, at) == Some(&name[..])
        {
            themes.push((at + 46 + name.len() - 1, hidden(&name)));
        }
        names.push(name);
    }
    themes
        .into_iter()
        .filter(|(_, hidden)| !names.iter().any(|n| n == hidden))
        .map(|(at, _)| at)
        .collect()
}

/// Overwrites the last byte of each theme name [`theme_names`] found.
pub(crate) fn hide(bytes: &mut [u8], at: &[usize]) {
    for &at in at {
        if let Some(byte) = bytes.get_mut(at) {
            *byte = HIDDEN;
        }
    }
}

/// True for a name calamine would read as the theme, whatever the
/// workbook's folder.
pub(crate) fn is_theme(name: &[u8]) -> bool {
    name.len() >= THEME.len()
        && name[name.len() - THEME.len()..]
            .iter()
            .zip(THEME)
            .all(|(a, b)| normalised(*a) == *b)
        && (name.len() == THEME.len() || normalised(name[name.len() - THEME.len() - 1]) == b'/')
}

fn normalised(byte: u8) -> u8 {
    if byte == b'\\' {
        b'/'
    } else {
        byte.to_ascii_lowercase()
    }
}

fn hidden(name: &[u8]) -> Vec<u8> {
    let mut hidden = name.to_vec();
    if let Some(last) = hidden.last_mut() {
        *last = HIDDEN;
    }
    hidden
}

/// The file name a central directory header at `at` stores.
fn stored_name(bytes: &[u8], at: usize) -> Option<&[u8]> {
    if bytes.get(at..at + 4)? != b"PK\x01\x02" {
        return None;
    }
    let len = u16::from_le_bytes(bytes.get(at + 28..at + 30)?.try_into().ok()?) as usize;
    bytes.get(at + 46..at + 46 + len)
}

#[cfg(test)]
mod tests;

//! The county's look: the theme (fonts, colours) of its own presentation
//! template. Only the theme is taken: the template's masters and layouts
//! place their placeholders where koonti did not measure, and the deck
//! sets its text colours itself so the contrast stays what it measured.
use crate::package::SlidesError;
use std::io::Read;

/// The most bytes a theme part may take (a theme is a few tens of KiB).
const THEME_LIMIT: u64 = 4 << 20;

/// The theme part of the presentation `bytes` (.pptx/.potx): the one its
/// first slide master uses, else the first theme in the package.
pub(crate) fn from_template(bytes: &[u8]) -> Result<String, SlidesError> {
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(bytes))
        .map_err(|e| SlidesError::Theme(format!("not a presentation (zip): {e}")))?;
    let mut names: Vec<String> = archive
        .file_names()
        .filter_map(Result::ok)
        .filter(|n| n.starts_with("ppt/theme/") && n.ends_with(".xml"))
        .map(|n| n.to_string())
        .collect();
    names.sort();
    let preferred = master_theme(&mut archive);
    let name = preferred
        .filter(|p| names.contains(p))
        .or_else(|| names.first().cloned())
        .ok_or_else(|| SlidesError::Theme("no ppt/theme/*.xml in the package".into()))?;
    let text = read(&mut archive, &name)?;
    if !text.contains("themeElements") || !text.contains("<a:theme") && !text.contains(":theme ") {
        return Err(SlidesError::Theme(format!("{name} is not a theme")));
    }
    Ok(text)
}

fn read(
    archive: &mut zip::ZipArchive<std::io::Cursor<&[u8]>>,
    name: &str,
) -> Result<String, SlidesError> {
    let file = archive
        .by_name(name)
        .map_err(|e| SlidesError::Theme(format!("{name}: {e}")))?;
    let mut text = String::new();
    file.take(THEME_LIMIT)
        .read_to_string(&mut text)
        .map_err(|e| SlidesError::Theme(format!("{name}: {e}")))?;
    Ok(text)
}

/// The theme the first slide master's relationships name.
fn master_theme(archive: &mut zip::ZipArchive<std::io::Cursor<&[u8]>>) -> Option<String> {
    let rels = read(archive, "ppt/slideMasters/_rels/slideMaster1.xml.rels").ok()?;
    let at = rels.find("relationships/theme\"")?;
    let start = at + rels[at..].find("Target=\"")? + "Target=\"".len();
    let end = start + rels[start..].find('"')?;
    let target = &rels[start..end];
    Some(format!("ppt/theme/{}", target.rsplit('/').next()?))
}

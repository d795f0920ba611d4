//! Response templates for the next round: one workbook per expected unit
//! and a blank one for any other unit, one by one or in one zip.
use crate::error::EngineError;
use koonti_model::Programme;
use koonti_template::TemplateOptions;
use std::io::{Cursor, Write};
use zip::write::SimpleFileOptions;

/// The templates of every expected unit of `programme` and a blank one,
/// as (file name, xlsx bytes), in programme order with the blank last.
pub fn templates(
    programme: &Programme,
    options: &TemplateOptions,
) -> Result<Vec<(String, Vec<u8>)>, EngineError> {
    Ok(koonti_template::write_all(programme, options)?)
}

/// [`templates`] packed into one .zip (for a browser to offer as one
/// download). The entries are stored, not deflated (xlsx files are zips
/// already), with a fixed time, so the bytes are reproducible.
///
/// ```
/// use koonti_engine::TemplateOptions;
/// # fn main() -> Result<(), koonti_engine::EngineError> {
/// let programme = koonti_engine::bundled_programme("siun-sote-2023-2025")?;
/// let options = TemplateOptions { period: "2025".into(), ..TemplateOptions::default() };
/// let zip = koonti_engine::templates_zip(&programme, &options)?;
/// assert!(zip.starts_with(b"PK\x03\x04"));
/// # Ok(())
/// # }
/// ```
pub fn templates_zip(
    programme: &Programme,
    options: &TemplateOptions,
) -> Result<Vec<u8>, EngineError> {
    let entry = SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Stored)
        .last_modified_time(zip::DateTime::default());
    let mut zip = zip::ZipWriter::new(Cursor::new(Vec::new()));
    for (name, bytes) in templates(programme, options)? {
        zip.start_file(name, entry)?;
        zip.write_all(&bytes)
            .map_err(|err| EngineError::Zip(err.into()))?;
    }
    Ok(zip.finish()?.into_inner())
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Read;

    #[test]
    fn the_zip_holds_every_template_whole() {
        let programme = crate::bundled_programme("siun-sote-2023-2025").expect("bundled");
        let options = TemplateOptions::default();
        let files = templates(&programme, &options).expect("templates");
        let bytes = templates_zip(&programme, &options).expect("zip");
        let mut archive = zip::ZipArchive::new(Cursor::new(bytes)).expect("a zip");
        assert_eq!(archive.len(), files.len());
        for (name, expected) in files {
            let mut entry = archive.by_name(&name).expect("entry");
            let mut read = Vec::new();
            entry.read_to_end(&mut read).expect("read");
            assert_eq!(read, expected, "{name}");
        }
    }
}

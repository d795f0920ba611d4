//! `--slides esitys.pptx` (and `--slides-theme pohja.pptx`) of `koonti
//! merge` and `koonti appendix`: the committee's presentation beside the
//! other outputs.

use super::output::{Format, format_of};
use crate::messages::{Message, engine_error, os_text};
use crate::output::write_atomic;
use koonti_engine::{EngineError, Merged, RenderOptions, SlidesError};
use std::path::{Path, PathBuf};

/// The presentation's options.
#[derive(Debug, clap::Args)]
pub struct SlidesArgs {
    /// Also write the committee's presentation (.pptx, 16:9).
    #[arg(long, value_name = "FILE")]
    pub slides: Option<PathBuf>,
    /// The county's own PowerPoint template (.pptx/.potx) whose theme
    /// (fonts and colours) the presentation takes.
    #[arg(long, value_name = "FILE", requires = "slides")]
    pub slides_theme: Option<PathBuf>,
}

impl SlidesArgs {
    /// Refuses a --slides name that is no .pptx before any work is done.
    pub fn check(&self) -> Result<(), super::Failure> {
        if let Some(path) = &self.slides {
            format_of(path, "--slides", &[Format::Pptx])?;
        }
        Ok(())
    }

    /// Writes the presentation when asked; its path for the summary line.
    pub fn write(
        &self,
        merged: &Merged,
        options: &RenderOptions,
        inputs: &[PathBuf],
    ) -> Result<Option<PathBuf>, super::Failure> {
        let Some(path) = &self.slides else {
            return Ok(None);
        };
        let theme = match &self.slides_theme {
            Some(theme) => Some(read_theme(theme)?),
            None => None,
        };
        let bytes =
            koonti_engine::slides_pptx(merged, options, theme).map_err(|err| match err {
                EngineError::Slides(SlidesError::Theme(_)) => Message::SlidesTheme {
                    file: self
                        .slides_theme
                        .as_deref()
                        .map(|p| p.display().to_string())
                        .unwrap_or_default(),
                },
                err => engine_error(err),
            })?;
        write_atomic(path, &bytes, inputs)?;
        Ok(Some(path.clone()))
    }
}

fn read_theme(path: &Path) -> Result<Vec<u8>, Message> {
    std::fs::read(path).map_err(|e| Message::InputUnreadable {
        file: path.display().to_string(),
        os: os_text(&e),
    })
}

//! The outputs of a merge, rendered to bytes: the committee workbook, the
//! strategy-evaluation appendix (xlsx and HTML) and the JSON report.
use crate::error::EngineError;
use crate::merge::Merged;
use koonti_model::Lang;
use koonti_write::{
    AppendixHtmlWriter, AppendixXlsxWriter, JsonWriter, ReportWriter, WorkbookWriter,
};

/// How to render an output.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RenderOptions {
    /// The language of labels, sheet names and statuses (texts from the
    /// programme and the responses stay as written).
    pub lang: Lang,
    /// When the output was made, as shown on the workbook's summary sheet
    /// (e.g. `2026-01-31 09:00:00 UTC`). A parameter, never the engine's
    /// own clock reading: a browser has no system clock.
    pub made: String,
}

impl RenderOptions {
    /// Finnish labels, made at `made`.
    pub fn new(made: impl Into<String>) -> Self {
        RenderOptions {
            lang: Lang::default(),
            made: made.into(),
        }
    }
}

/// The committee workbook (.xlsx): summary, one sheet per action, matrix,
/// answers, feedback, support requests, missing, findings, unmatched cells
/// and sources, and the report kept in a hidden sheet for [`crate::read_stored`].
///
/// ```
/// use koonti_engine::{Input, MergeOptions, RenderOptions, TemplateOptions};
/// # fn main() -> Result<(), koonti_engine::EngineError> {
/// let programme = koonti_engine::bundled_programme("siun-sote-2023-2025")?;
/// let inputs = koonti_engine::templates(&programme, &TemplateOptions::default())?
///     .into_iter()
///     .map(|(name, bytes)| Input::from_bytes(name, bytes))
///     .collect();
/// let merged = koonti_engine::merge(inputs, &MergeOptions::default())?;
///
/// let options = RenderOptions::new("2026-01-31 09:00:00 UTC");
/// let xlsx = koonti_engine::committee_workbook(&merged, &options)?;
/// let again = koonti_engine::read_stored("koonti.xlsx", xlsx, None)?;
/// assert_eq!(again.report, merged.report);
/// # Ok(())
/// # }
/// ```
pub fn committee_workbook(
    merged: &Merged,
    options: &RenderOptions,
) -> Result<Vec<u8>, EngineError> {
    let writer = WorkbookWriter::new(options.lang, crate::VERSION, options.made.clone());
    Ok(writer.render(&merged.report, &merged.programme)?)
}

/// [`committee_workbook`] for a process that exits once its outputs are
/// written (the command line): the workbook's cells are left for the
/// system to take back rather than freed one by one (a per cent of a large
/// merge's CPU time). Every call leaves that memory behind until the
/// process ends.
pub fn committee_workbook_before_exit(
    merged: &Merged,
    options: &RenderOptions,
) -> Result<Vec<u8>, EngineError> {
    let writer = WorkbookWriter {
        leave_unfreed: true,
        ..WorkbookWriter::new(options.lang, crate::VERSION, options.made.clone())
    };
    Ok(writer.render(&merged.report, &merged.programme)?)
}

/// The strategy-evaluation appendix as a workbook (.xlsx): a first page
/// with the summary paragraph and counts, then one page per action.
pub fn appendix_xlsx(merged: &Merged, options: &RenderOptions) -> Result<Vec<u8>, EngineError> {
    let writer = AppendixXlsxWriter {
        lang: options.lang,
        choices: merged.highlights.clone(),
    };
    Ok(writer.render(&merged.report, &merged.programme)?)
}

/// The appendix as one self-contained HTML page (UTF-8 bytes).
///
/// ```
/// use koonti_engine::{Input, MergeOptions, RenderOptions, TemplateOptions};
/// # fn main() -> Result<(), koonti_engine::EngineError> {
/// let programme = koonti_engine::bundled_programme("siun-sote-2023-2025")?;
/// let inputs = koonti_engine::templates(&programme, &TemplateOptions::default())?
///     .into_iter()
///     .map(|(name, bytes)| Input::from_bytes(name, bytes))
///     .collect();
/// let merged = koonti_engine::merge(inputs, &MergeOptions::default())?;
/// let html = koonti_engine::appendix_html(&merged, &RenderOptions::default())?;
/// assert!(String::from_utf8_lossy(&html).starts_with("<!DOCTYPE html>"));
/// # Ok(())
/// # }
/// ```
pub fn appendix_html(merged: &Merged, options: &RenderOptions) -> Result<Vec<u8>, EngineError> {
    let writer = AppendixHtmlWriter {
        lang: options.lang,
        choices: merged.highlights.clone(),
        date: koonti_write::local_date(&options.made, options.lang),
    };
    Ok(writer.render(&merged.report, &merged.programme)?)
}

/// The report as JSON, the shape documented in `docs/json-contract.md`;
/// the findings' messages in `options.lang`.
pub fn report_json(merged: &Merged, options: &RenderOptions) -> Result<Vec<u8>, EngineError> {
    let writer = JsonWriter { lang: options.lang };
    Ok(writer.render(&merged.report, &merged.programme)?)
}

/// [`report_json`] written into `out` as it is made, for a front end with
/// a file to write: the report of a national merge is megabytes that need
/// not be held whole first.
///
/// # Errors
/// The error `out` returns (a full disk, a closed pipe).
pub fn report_json_to(
    merged: &Merged,
    options: &RenderOptions,
    out: &mut dyn std::io::Write,
) -> std::io::Result<()> {
    JsonWriter { lang: options.lang }.render_to(&merged.report, out)
}

/// The committee's presentation (.pptx, 16:9): title, summary, chart, a
/// slide per action (continued where it does not fit), feedback and who
/// answered; the secretary's highlights as the appendix shows them.
/// `theme`: a county's own presentation (.pptx/.potx) whose theme (fonts,
/// colours) the deck takes.
///
/// ```
/// use koonti_engine::{Input, MergeOptions, RenderOptions, TemplateOptions};
/// # fn main() -> Result<(), koonti_engine::EngineError> {
/// let programme = koonti_engine::bundled_programme("siun-sote-2023-2025")?;
/// let inputs = koonti_engine::templates(&programme, &TemplateOptions::default())?
///     .into_iter()
///     .map(|(name, bytes)| Input::from_bytes(name, bytes))
///     .collect();
/// let merged = koonti_engine::merge(inputs, &MergeOptions::default())?;
/// let pptx = koonti_engine::slides_pptx(&merged, &RenderOptions::default(), None)?;
/// assert!(pptx.starts_with(b"PK"));
/// # Ok(())
/// # }
/// ```
pub fn slides_pptx(
    merged: &Merged,
    options: &RenderOptions,
    theme: Option<Vec<u8>>,
) -> Result<Vec<u8>, EngineError> {
    let writer = koonti_slides::SlidesWriter {
        lang: options.lang,
        choices: merged.highlights.clone(),
        date: koonti_write::local_date(&options.made, options.lang),
        theme,
    };
    Ok(writer.render(&merged.report, &merged.programme)?)
}

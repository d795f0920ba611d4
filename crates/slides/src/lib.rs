//! The committee's presentation of a merge report as a PowerPoint deck
//! (.pptx, 16:9): a title slide, the summary (the appendix's sentences and
//! counts), a chart, per action its measures' counts per option in a table
//! with the highlights and what is coming, the units' free-form feedback,
//! and who answered. Content that does not fit a slide continues on the
//! next ("jatkuu"); text sizes are estimated conservatively so nothing
//! leaves its slide.
//!
//! Accessible and editable: every slide's title is in its title
//! placeholder, the shapes are in reading order top to bottom, tables are
//! real tables with a header row, the chart is a chart part with its
//! numbers in its alternative text, body text is 18 pt and tables 12–14 pt,
//! dark text on white, and every run carries its language.
//!
//! The parts are written directly (see the crate's commit for why no pptx
//! crate): bytes out, no file system, builds for wasm32.
#![warn(missing_docs)]

mod chart;
mod content;
mod flow;
mod layout;
mod measure;
mod package;
mod text;
mod theme;
mod words;
mod xml;

pub use package::SlidesError;

use koonti_model::{Lang, Programme, Report};
use koonti_write::highlights::HighlightChoice;

/// Writes the deck of a report.
#[derive(Debug, Clone, Default)]
pub struct SlidesWriter {
    /// The language of the deck's own words (the programme's and the units'
    /// texts stay as written, marked Finnish).
    pub lang: Lang,
    /// The secretary's highlights (read from *Nostot*); `None`: the rule's.
    pub choices: Option<Vec<HighlightChoice>>,
    /// The date on the title slide (e.g. "2.12.2026"); empty for none.
    pub date: String,
    /// A county's own presentation (.pptx or .potx) whose theme (fonts and
    /// colours) the deck takes; `None`: koonti's.
    pub theme: Option<Vec<u8>>,
}

impl SlidesWriter {
    /// The deck as .pptx bytes.
    pub fn render(&self, report: &Report, programme: &Programme) -> Result<Vec<u8>, SlidesError> {
        let appendix =
            koonti_write::Appendix::of(report, programme, self.lang, self.choices.as_deref());
        let builder = content::Builder {
            appendix: &appendix,
            report,
            programme,
            l: koonti_write::Labels(self.lang),
            w: words::Words(self.lang),
            date: &self.date,
        };
        let deck = builder.deck();
        let lang = words::tag(self.lang);
        let mut slide_charts = Vec::new();
        let slides = deck
            .slides
            .iter()
            .map(|slide| {
                let charts: Vec<usize> = slide
                    .blocks
                    .iter()
                    .filter_map(|b| match b {
                        layout::Block::Chart { index, .. } => Some(*index),
                        _ => None,
                    })
                    .collect();
                let rel = |index: usize| {
                    package::chart_rel(charts.iter().position(|c| *c == index).unwrap_or(0))
                };
                let xml = xml::slide(slide, lang, &rel);
                slide_charts.push(charts.clone());
                (xml, slide.kind == layout::Kind::Title)
            })
            .collect();
        let theme = match &self.theme {
            Some(bytes) => theme::from_template(bytes)?,
            None => package::theme(),
        };
        package::zip(&package::Parts {
            slides,
            slide_charts,
            charts: deck.charts.iter().map(chart::chart_xml).collect(),
            title: &appendix.title,
            lang,
            theme,
        })
    }
}

#[cfg(test)]
mod tests;

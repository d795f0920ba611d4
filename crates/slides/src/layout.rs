//! The slide's geometry (16:9, in points) and what is laid out on it:
//! tables, blocks, slides, and a title fitted to its box. The flow that
//! fills slides is crate::flow; text and its splitting crate::text.
pub(crate) use crate::flow::Flow;
pub(crate) use crate::measure::LINE;
use crate::measure::{lines_height, width, wrap};
use crate::text::split_runs;
pub(crate) use crate::text::{Para, Run, text_of};

/// The slide's width and height in points (16:9, 13.333 × 7.5 in).
pub(crate) const SLIDE_W: f64 = 960.0;
/// The slide's height in points.
pub(crate) const SLIDE_H: f64 = 540.0;
/// The left and right margin.
pub(crate) const MARGIN: f64 = 36.0;
/// The content's width.
pub(crate) const CONTENT_W: f64 = SLIDE_W - 2.0 * MARGIN;
/// Where the title box starts and how tall it is.
pub(crate) const TITLE_Y: f64 = 18.0;
/// The title box's height: two lines at 28 pt, three at 20 pt.
pub(crate) const TITLE_H: f64 = 82.0;
/// Where the body starts and ends.
pub(crate) const BODY_TOP: f64 = 112.0;
/// The lowest point any body content may reach.
pub(crate) const BODY_BOTTOM: f64 = SLIDE_H - 24.0;
/// The title slide's title box: top and height.
pub(crate) const TITLE_SLIDE_TITLE: (f64, f64) = (96.0, 170.0);
/// The title slide's subtitle box: top and height.
pub(crate) const SUBTITLE: (f64, f64) = (286.0, 210.0);
/// A text box's left and right inset, and its top and bottom inset.
pub(crate) const INSET_X: f64 = 7.2;
/// A text box's top and bottom inset.
pub(crate) const INSET_Y: f64 = 3.6;
/// Body text's size (the rule: at least 18 pt).
pub(crate) const BODY_PT: f64 = 18.0;
/// A heading inside the body.
pub(crate) const HEADING_PT: f64 = 20.0;
/// Space before every paragraph but a box's first.
pub(crate) const PARA_GAP: f64 = 6.0;

/// A table cell: one paragraph.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Cell {
    /// Its runs.
    pub runs: Vec<Run>,
    /// Centred (counts).
    pub centred: bool,
}

impl Cell {
    /// A left-aligned text cell.
    pub(crate) fn text(runs: Vec<Run>) -> Cell {
        Cell {
            runs,
            centred: false,
        }
    }

    /// A centred number.
    pub(crate) fn number(n: impl ToString, lang: &'static str) -> Cell {
        Cell {
            runs: vec![Run::new(n.to_string(), lang)],
            centred: true,
        }
    }
}

/// A cell's left and right margin, and its top and bottom one.
pub(crate) const CELL_X: f64 = 5.0;
/// A cell's top and bottom margin.
pub(crate) const CELL_Y: f64 = 3.6;

/// A table with a header row.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Table {
    /// What the table shows, for a screen reader (the frame's description).
    pub description: String,
    /// The columns' widths in points.
    pub widths: Vec<f64>,
    /// The text size (the rule: at least 12 pt).
    pub size: f64,
    /// The header row (bold).
    pub header: Vec<Cell>,
    /// The rows.
    pub rows: Vec<Vec<Cell>>,
}

impl Table {
    /// The height of a row of cells (`bold` for the header).
    pub(crate) fn row_height(&self, row: &[Cell], bold: bool) -> f64 {
        let lines = row
            .iter()
            .zip(&self.widths)
            .map(|(cell, w)| wrap(&text_of(&cell.runs), self.size, bold, w - 2.0 * CELL_X).len())
            .max()
            .unwrap_or(1);
        lines_height(lines, self.size) + 2.0 * CELL_Y + 4.0
    }

    /// The narrowest a column may be so that `words` fit unbroken at `size`.
    pub(crate) fn column_for(words: &str, size: f64, bold: bool) -> f64 {
        words
            .split_whitespace()
            .map(|w| width(w, size, bold))
            .fold(0.0, f64::max)
            + 2.0 * CELL_X
            + 2.0
    }
}

/// A laid out block of a slide's body.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Block {
    /// A text box.
    Text {
        /// Its top.
        y: f64,
        /// Its height.
        h: f64,
        /// Its paragraphs.
        paras: Vec<Para>,
    },
    /// A table.
    Table {
        /// Its top.
        y: f64,
        /// The rows' heights, the header's first.
        heights: Vec<f64>,
        /// The header and the rows shown on this slide.
        table: Table,
    },
    /// A chart (by its index in the deck), its alternative text.
    Chart {
        /// Which chart.
        index: usize,
        /// What it shows, in words.
        description: String,
    },
}

/// Which layout a slide uses.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    /// The title slide (centred title and subtitle).
    Title,
    /// A title and content.
    Content,
}

/// One slide.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Slide {
    /// Its layout.
    pub kind: Kind,
    /// Its title.
    pub title: Vec<Run>,
    /// The title's size.
    pub title_pt: f64,
    /// Its body, top to bottom.
    pub blocks: Vec<Block>,
}

/// The title in the largest size (28, 24 or 20 pt) at which it fits the
/// title box; at 20 pt cut with "…" if even three lines are too few.
pub(crate) fn fit_title(mut runs: Vec<Run>, box_w: f64, box_h: f64) -> (Vec<Run>, f64) {
    let room = box_w - 2.0 * INSET_X;
    let inner = box_h - 2.0 * INSET_Y;
    let bold = true;
    for size in [28.0, 24.0, 20.0] {
        let lines = wrap(&text_of(&runs), size, bold, room).len();
        if lines_height(lines, size) <= inner {
            return (runs, size);
        }
    }
    let max_lines = (inner / (20.0 * crate::measure::LINE)).floor() as usize;
    let ellipsis = room / 2.0;
    if let Some((head, _)) = split_runs(&runs, 20.0, bold, room - ellipsis, max_lines)
        && let Some(last) = head.last().cloned()
    {
        let mut head = head;
        let n = head.len();
        head[n - 1] = Run {
            text: format!("{} …", last.text),
            ..last
        };
        runs = head;
    }
    (runs, 20.0)
}

//! The slides' content as a flow (paragraphs and tables) laid out on 16:9
//! slides: each item measured (crate::measure), placed below the last, and
//! what does not fit continued on a next slide titled "… (jatkuu)". A
//! table's header row is repeated on every slide it continues on; a
//! paragraph too long for the room left is split between lines.
pub(crate) use crate::measure::LINE;
use crate::measure::{lines_height, width, wrap};

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
/// Room left between two blocks.
const GAP: f64 = 12.0;
/// Body text's size (the rule: at least 18 pt).
pub(crate) const BODY_PT: f64 = 18.0;
/// A heading inside the body.
pub(crate) const HEADING_PT: f64 = 20.0;
/// Space before every paragraph but a box's first.
pub(crate) const PARA_GAP: f64 = 6.0;

/// A piece of text in one language, bold or not.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Run {
    /// The words.
    pub text: String,
    /// Its language tag, e.g. `fi-FI`.
    pub lang: &'static str,
    /// Bold.
    pub bold: bool,
}

impl Run {
    /// A regular run.
    pub(crate) fn new(text: impl Into<String>, lang: &'static str) -> Run {
        Run {
            text: text.into(),
            lang,
            bold: false,
        }
    }

    /// A bold run.
    pub(crate) fn bold(text: impl Into<String>, lang: &'static str) -> Run {
        Run {
            bold: true,
            ..Run::new(text, lang)
        }
    }
}

/// One paragraph of body text.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Para {
    /// Its runs; a space separates two runs.
    pub runs: Vec<Run>,
    /// A bulleted list item.
    pub bullet: bool,
    /// A heading (20 pt bold, kept with what follows).
    pub heading: bool,
}

impl Para {
    /// Plain text.
    pub(crate) fn plain(runs: Vec<Run>) -> Para {
        Para {
            runs,
            bullet: false,
            heading: false,
        }
    }

    /// A list item.
    pub(crate) fn item(runs: Vec<Run>) -> Para {
        Para {
            bullet: true,
            ..Para::plain(runs)
        }
    }

    /// A heading.
    pub(crate) fn heading(text: &str, lang: &'static str) -> Para {
        Para {
            heading: true,
            ..Para::plain(vec![Run::bold(text, lang)])
        }
    }

    /// Its font size.
    pub(crate) fn size(&self) -> f64 {
        if self.heading { HEADING_PT } else { BODY_PT }
    }

    /// The indent of a list item's text.
    pub(crate) fn indent(&self) -> f64 {
        if self.bullet { 22.0 } else { 0.0 }
    }

    fn bold(&self) -> bool {
        self.runs.iter().any(|r| r.bold)
    }

    /// The width its lines may take in a box `box_w` wide.
    fn room(&self, box_w: f64) -> f64 {
        box_w - 2.0 * INSET_X - self.indent()
    }

    /// Its height (with the space before it unless `first`) in a box
    /// `box_w` wide.
    fn height(&self, box_w: f64, first: bool) -> f64 {
        let lines = wrap(
            &text_of(&self.runs),
            self.size(),
            self.bold(),
            self.room(box_w),
        )
        .len();
        lines_height(lines, self.size()) + if first { 0.0 } else { PARA_GAP }
    }
}

/// The runs' text as laid out (a space between runs).
pub(crate) fn text_of(runs: &[Run]) -> String {
    runs.iter()
        .map(|r| r.text.split_whitespace().collect::<Vec<_>>().join(" "))
        .filter(|t| !t.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

/// The runs as words, each with its run, a word too wide for `room`
/// broken into pieces that fit.
fn tokens(runs: &[Run], size: f64, bold: bool, room: f64) -> Vec<(usize, String)> {
    let mut tokens = Vec::new();
    for (i, run) in runs.iter().enumerate() {
        for word in run.text.split_whitespace() {
            for piece in wrap(word, size, bold, room) {
                tokens.push((i, piece));
            }
        }
    }
    tokens
}

/// Runs rebuilt from `tokens` of `runs`.
fn runs_of(tokens: &[(usize, String)], runs: &[Run]) -> Vec<Run> {
    let mut out: Vec<(usize, Run)> = Vec::new();
    for (i, word) in tokens {
        match out.last_mut() {
            Some((last, run)) if last == i => {
                run.text.push(' ');
                run.text.push_str(word);
            }
            _ => out.push((
                *i,
                Run {
                    text: word.clone(),
                    ..runs[*i].clone()
                },
            )),
        }
    }
    out.into_iter().map(|(_, r)| r).collect()
}

/// Splits `runs` so that the first part takes at most `max_lines` lines of
/// `room` at `size`; `None` when not even one line's words fit or all do.
fn split_runs(
    runs: &[Run],
    size: f64,
    bold: bool,
    room: f64,
    max_lines: usize,
) -> Option<(Vec<Run>, Vec<Run>)> {
    let tokens = tokens(runs, size, bold, room);
    let fits = |n: usize| {
        let words: Vec<&str> = tokens[..n].iter().map(|(_, w)| w.as_str()).collect();
        wrap(&words.join(" "), size, bold, room).len() <= max_lines
    };
    let mut n = 0;
    while n < tokens.len() && fits(n + 1) {
        n += 1;
    }
    (n > 0 && n < tokens.len()).then(|| (runs_of(&tokens[..n], runs), runs_of(&tokens[n..], runs)))
}

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

/// Lays out a flow of paragraphs and tables on as many slides as it takes.
pub(crate) struct Flow {
    title: Vec<Run>,
    continued: String,
    continued_lang: &'static str,
    slides: Vec<Slide>,
    y: f64,
}

impl Flow {
    /// A flow under `title`; its continuation slides add `continued`
    /// ("jatkuu") to the title.
    pub(crate) fn new(title: Vec<Run>, continued: &str, continued_lang: &'static str) -> Flow {
        let mut flow = Flow {
            title,
            continued: format!("({continued})"),
            continued_lang,
            slides: Vec::new(),
            y: BODY_TOP,
        };
        flow.new_slide();
        flow
    }

    fn new_slide(&mut self) {
        let mut title = self.title.clone();
        if !self.slides.is_empty() {
            title.push(Run::new(self.continued.clone(), self.continued_lang));
        }
        let (title, title_pt) = fit_title(title, CONTENT_W, TITLE_H);
        self.slides.push(Slide {
            kind: Kind::Content,
            title,
            title_pt,
            blocks: Vec::new(),
        });
        self.y = BODY_TOP;
    }

    fn current(&mut self) -> &mut Slide {
        let last = self.slides.len() - 1;
        &mut self.slides[last]
    }

    fn is_empty_slide(&self) -> bool {
        self.slides.last().is_none_or(|s| s.blocks.is_empty())
    }

    /// The top of a new block here.
    fn next_top(&self) -> f64 {
        if self.is_empty_slide() {
            BODY_TOP
        } else {
            self.y + GAP
        }
    }

    /// Adds a paragraph, to the text box above it when it is the last block.
    pub(crate) fn para(&mut self, para: Para) {
        self.para_with_next(para, 0.0);
    }

    /// Adds a heading kept on the slide with at least `next` points of what
    /// follows it.
    pub(crate) fn heading(&mut self, para: Para, next: f64) {
        self.para_with_next(para, next);
    }

    fn para_with_next(&mut self, para: Para, keep: f64) {
        let in_box = matches!(self.current().blocks.last(), Some(Block::Text { .. }));
        let top = if in_box { self.y } else { self.next_top() };
        let frame = if in_box { 0.0 } else { 2.0 * INSET_Y + 4.0 };
        let height = para.height(CONTENT_W, !in_box);
        if top + frame + height + keep <= BODY_BOTTOM {
            self.place(para, top, frame + height);
            return;
        }
        // A paragraph that fits a slide of its own moves there whole,
        // unless that would leave more than half of this slide empty; what
        // fits here of it then stays, at least two lines.
        let gap = if in_box { PARA_GAP } else { 0.0 };
        let room = BODY_BOTTOM - top - frame - gap;
        let room_lines = (room / (para.size() * crate::measure::LINE)).floor();
        let fits_a_slide = BODY_TOP + 2.0 * INSET_Y + 4.0 + height <= BODY_BOTTOM;
        let split = !fits_a_slide || room > (BODY_BOTTOM - BODY_TOP) / 2.0;
        if !para.heading && split && room_lines >= 2.0 {
            let split = split_runs(
                &para.runs,
                para.size(),
                para.bold(),
                para.room(CONTENT_W),
                room_lines as usize,
            );
            if let Some((here, rest)) = split {
                let first = Para {
                    runs: here,
                    ..para.clone()
                };
                let h = first.height(CONTENT_W, !in_box);
                self.place(first, top, frame + h);
                self.new_slide();
                // The rest is the same item continued: no second bullet.
                self.para(Para {
                    runs: rest,
                    bullet: false,
                    ..para
                });
                return;
            }
        }
        if self.is_empty_slide() {
            // Cannot happen for a heading; a paragraph always splits.
            self.place(para, top, frame + height);
            return;
        }
        self.new_slide();
        self.para_with_next(para, keep);
    }

    fn place(&mut self, para: Para, top: f64, height: f64) {
        let below_last = top <= self.y;
        match self.current().blocks.last_mut() {
            Some(Block::Text { h, paras, .. }) if below_last => {
                *h += height;
                paras.push(para);
            }
            _ => self.current().blocks.push(Block::Text {
                y: top,
                h: height,
                paras: vec![para],
            }),
        }
        self.y = top + height;
        if let Some(Block::Text { y, h, .. }) = self.current().blocks.last() {
            self.y = y + h;
        }
    }

    /// Adds a table, its rows continued on next slides under a repeated
    /// header row.
    pub(crate) fn table(&mut self, table: Table) {
        let header_h = table.row_height(&table.header, true);
        let mut rows = table.rows.clone();
        rows.reverse();
        let mut placed: Option<usize> = None; // the block index on this slide
        // A table that fits a slide of its own is never split: it starts
        // on a next slide when it does not fit here whole.
        let whole = header_h + rows.iter().map(|r| table.row_height(r, false)).sum::<f64>();
        if !self.is_empty_slide()
            && whole <= BODY_BOTTOM - BODY_TOP
            && self.next_top() + whole > BODY_BOTTOM
        {
            self.new_slide();
        }
        while let Some(row) = rows.pop() {
            let row_h = table.row_height(&row, false);
            let (start, header) = match placed {
                Some(_) => (self.y, 0.0),
                None => (self.next_top(), header_h),
            };
            if start + header + row_h > BODY_BOTTOM {
                let room_here = BODY_BOTTOM - start - header;
                let room_on_empty = BODY_BOTTOM - BODY_TOP - header_h;
                let three_lines = 3.0 * table.size * crate::measure::LINE + 2.0 * CELL_Y + 4.0;
                if row_h > room_on_empty && room_here >= three_lines {
                    // Too tall for any slide: its text continues in a row below.
                    let (first, rest) = split_row(&table, &row, room_here);
                    rows.push(rest);
                    rows.push(first);
                } else {
                    self.new_slide();
                    placed = None;
                    rows.push(row);
                }
                continue;
            }
            if placed.is_none() {
                let top = self.next_top();
                let mut part = table.clone();
                part.rows.clear();
                self.current().blocks.push(Block::Table {
                    y: top,
                    heights: vec![header_h],
                    table: part,
                });
                placed = Some(self.current().blocks.len() - 1);
                self.y = top + header_h;
            }
            if let Some(index) = placed
                && let Some(Block::Table { heights, table, .. }) =
                    self.current().blocks.get_mut(index)
            {
                heights.push(row_h);
                table.rows.push(row);
            }
            self.y += row_h;
        }
    }

    /// The slides laid out.
    pub(crate) fn finish(self) -> Vec<Slide> {
        self.slides
    }
}

/// A row too tall for the room `room`: the first part that fits, and the
/// rest of its texts in a row of its own (numbers stay in the first).
fn split_row(table: &Table, row: &[Cell], room: f64) -> (Vec<Cell>, Vec<Cell>) {
    let max_lines = (((room - 2.0 * CELL_Y - 4.0) / (table.size * crate::measure::LINE)).floor()
        as usize)
        .max(1);
    let mut first = Vec::new();
    let mut rest = Vec::new();
    for (cell, w) in row.iter().zip(&table.widths) {
        match split_runs(&cell.runs, table.size, false, w - 2.0 * CELL_X, max_lines) {
            Some((here, there)) => {
                first.push(Cell {
                    runs: here,
                    ..cell.clone()
                });
                rest.push(Cell {
                    runs: there,
                    ..cell.clone()
                });
            }
            None => {
                first.push(cell.clone());
                rest.push(Cell {
                    runs: Vec::new(),
                    ..cell.clone()
                });
            }
        }
    }
    (first, rest)
}

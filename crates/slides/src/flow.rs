//! The flow of a slide's body: paragraphs and tables placed one below the
//! other, continued on a next slide titled "… (jatkuu)" when they do not
//! fit; a table's header row repeated, a paragraph split between lines.
use crate::layout::{
    BODY_BOTTOM, BODY_TOP, Block, CELL_X, CELL_Y, CONTENT_W, Cell, INSET_Y, Kind, PARA_GAP, Slide,
    TITLE_H, Table, fit_title,
};
use crate::text::{Para, Run, split_runs};

const GAP: f64 = 12.0;

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

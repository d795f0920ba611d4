//! What the deck says, slide by slide, from the appendix koonti-write
//! gathers (its sentences, counts and highlights, never recomputed): the
//! title, the summary, the chart, each action, the feedback, and who
//! answered.
mod sections;

use crate::chart::ChartData;
use crate::layout::{
    BODY_PT, Block, CONTENT_W, Cell, Flow, Kind, LINE, PARA_GAP, Para, Run, SUBTITLE, Slide,
    TITLE_SLIDE_TITLE, Table, fit_title,
};
use crate::words::{SOURCE, Words};
use koonti_model::{Programme, Report, Status};
use koonti_write::{Action, Appendix, Highlight, Labels, percent, status_symbol, status_word};

/// The table text's size: 14 pt, or 12 pt (the least allowed) when many
/// options leave the measure column too narrow.
const TABLE_PT: f64 = 14.0;
const TABLE_PT_SMALL: f64 = 12.0;

/// The most actions one chart shows.
const CHART_ACTIONS: usize = 10;

/// The deck's slides and charts.
pub(crate) struct Deck {
    /// The slides in order.
    pub slides: Vec<Slide>,
    /// The charts, referred to by index from the slides.
    pub charts: Vec<ChartData>,
}

/// Builds the deck.
pub(crate) struct Builder<'a> {
    pub appendix: &'a Appendix,
    pub report: &'a Report,
    pub programme: &'a Programme,
    pub l: Labels,
    pub w: Words,
    pub date: &'a str,
}

impl Builder<'_> {
    fn deck_run(&self, text: impl Into<String>) -> Run {
        Run::new(text, self.w.tag())
    }

    fn flow(&self, title: Vec<Run>) -> Flow {
        Flow::new(title, self.w.continued(), self.w.tag())
    }

    /// The whole deck.
    pub(crate) fn deck(&self) -> Deck {
        let mut slides = vec![self.title_slide()];
        slides.extend(self.summary());
        let mut charts = Vec::new();
        for chunk in self.appendix.actions.chunks(CHART_ACTIONS) {
            let data = self.chart(chunk);
            let title = vec![self.deck_run(data.title.clone())];
            let (title, title_pt) = fit_title(title, CONTENT_W, crate::layout::TITLE_H);
            slides.push(Slide {
                kind: Kind::Content,
                title,
                title_pt,
                blocks: vec![Block::Chart {
                    index: charts.len(),
                    description: format!("{} – {}", self.w.chart_kind(), data.description()),
                }],
            });
            charts.push(data);
        }
        for action in &self.appendix.actions {
            slides.extend(self.action(action));
        }
        slides.extend(self.feedback());
        slides.extend(self.units());
        Deck { slides, charts }
    }

    fn title_slide(&self) -> Slide {
        let (_, h) = TITLE_SLIDE_TITLE;
        let (title, title_pt) = fit_title(vec![self.deck_run(&self.appendix.title)], CONTENT_W, h);
        let mut lines = vec![Para::plain(vec![Run::new(&self.programme.title, SOURCE)])];
        if !self.programme.organisation.is_empty() {
            lines.push(Para::plain(vec![Run::new(
                &self.programme.organisation,
                SOURCE,
            )]));
        }
        if !self.report.period.is_unknown() {
            lines.push(Para::plain(vec![self.deck_run(format!(
                "{}: {}",
                self.l.period(),
                self.report.period
            ))]));
        }
        if !self.date.is_empty() {
            lines.push(Para::plain(vec![self.deck_run(format!(
                "{}: {}",
                self.l.dated(),
                self.date
            ))]));
        }
        // The subtitle's lines are few and short; at most what its box holds.
        let (sy, sh) = SUBTITLE;
        let room = CONTENT_W - 2.0 * crate::layout::INSET_X;
        let mut used = 2.0 * crate::layout::INSET_Y + 4.0;
        let mut kept = Vec::new();
        for (i, para) in lines.into_iter().enumerate() {
            let text = crate::layout::text_of(&para.runs);
            let n = crate::measure::wrap(&text, BODY_PT, false, room).len();
            let h = n as f64 * BODY_PT * LINE + if i == 0 { 0.0 } else { PARA_GAP };
            if used + h > sh {
                break;
            }
            used += h;
            kept.push(para);
        }
        Slide {
            kind: Kind::Title,
            title,
            title_pt,
            blocks: vec![Block::Text {
                y: sy,
                h: used,
                paras: kept,
            }],
        }
    }

    /// The status words as the header cells of count columns.
    fn status_cells(&self) -> Vec<(String, Status)> {
        self.appendix
            .statuses
            .iter()
            .map(|s| (status_word(s, self.programme, self.l.0), s.clone()))
            .collect()
    }

    /// Widths: the count columns as narrow as their headers allow, the
    /// first `fixed` columns as given, the text column the rest. The size
    /// drops to 12 pt when the text column would be narrower than 280 pt.
    fn widths(&self, fixed: &[f64], counted: &[String]) -> (Vec<f64>, f64) {
        for size in [TABLE_PT, TABLE_PT_SMALL] {
            let counts: Vec<f64> = counted
                .iter()
                .map(|h| Table::column_for(h, size, true).max(56.0))
                .collect();
            let used: f64 = fixed.iter().sum::<f64>() + counts.iter().sum::<f64>();
            let text = CONTENT_W - used;
            if text >= 280.0 || size == TABLE_PT_SMALL {
                // So many options that even at 12 pt they crowd the text
                // out: the count columns narrow (their words then wrap
                // inside a word, which the row heights allow for).
                let room = CONTENT_W - fixed.iter().sum::<f64>() - 160.0;
                let counted: f64 = counts.iter().sum();
                let scale = if counted > room { room / counted } else { 1.0 };
                let counts: Vec<f64> = counts.iter().map(|w| w * scale).collect();
                let mut widths = fixed.to_vec();
                widths.push(CONTENT_W - fixed.iter().sum::<f64>() - counts.iter().sum::<f64>());
                widths.extend(counts);
                return (widths, size);
            }
        }
        unreachable!("the loop returns at the smallest size")
    }

    fn summary(&self) -> Vec<Slide> {
        let (a, l) = (self.appendix, self.l);
        let mut flow = self.flow(vec![self.deck_run(l.summary_heading())]);
        flow.para(Para::plain(vec![self.deck_run(&a.paragraph)]));
        let done = format!(
            "{} ({})",
            status_word(&a.done, self.programme, l.0),
            l.share()
        );
        let mut counted: Vec<String> = self.status_cells().into_iter().map(|(w, _)| w).collect();
        counted.push(done);
        let (widths, size) = self.widths(&[], &counted);
        let mut header = vec![Cell::text(vec![
            self.deck_run(l.section_word(self.programme)),
        ])];
        header.extend(counted.iter().map(|h| Cell::text(vec![self.deck_run(h)])));
        let rows = a
            .actions
            .iter()
            .map(|action| {
                let mut row = vec![Cell::text(vec![
                    self.deck_run(format!("{}:", action.label)),
                    Run::new(&action.title, SOURCE),
                ])];
                row.extend(
                    action
                        .tally
                        .counts
                        .iter()
                        .map(|n| Cell::number(n, self.w.tag())),
                );
                row.push(Cell::number(
                    percent(a.done_share(&action.tally), l.0),
                    self.w.tag(),
                ));
                row
            })
            .collect();
        flow.table(Table {
            description: format!(
                "{}: {}",
                l.by_section(self.programme),
                self.w.summary_table()
            ),
            widths,
            size,
            header,
            rows,
        });
        if let Some(progress) = &a.progress {
            flow.heading(Para::heading(l.progress_heading(), self.w.tag()), keep());
            flow.para(Para::plain(vec![self.deck_run(&progress.paragraph)]));
            let periods: Vec<String> = progress.periods.iter().map(ToString::to_string).collect();
            let (widths, size) = self.widths(&[], &periods);
            let mut header = vec![Cell::text(vec![
                self.deck_run(l.section_word(self.programme)),
            ])];
            header.extend(periods.iter().map(|p| Cell::text(vec![self.deck_run(p)])));
            let rows = progress
                .shares
                .iter()
                .map(|(heading, shares)| {
                    let mut row = vec![Cell::text(vec![Run::new(heading, SOURCE)])];
                    row.extend(shares.iter().map(|s| {
                        Cell::number(
                            s.map_or_else(|| l.none().to_string(), |s| percent(s, l.0)),
                            self.w.tag(),
                        )
                    }));
                    row
                })
                .collect();
            flow.table(Table {
                description: l.progress_heading().to_string(),
                widths,
                size,
                header,
                rows,
            });
        }
        flow.finish()
    }

    fn chart(&self, actions: &[Action]) -> ChartData {
        let mut used: Vec<&'static str> = Vec::new();
        let series = self
            .status_cells()
            .into_iter()
            .enumerate()
            .map(|(i, (word, status))| {
                let colour = colour(&status, self.programme, &used);
                used.push(colour);
                (
                    word,
                    colour,
                    actions.iter().map(|a| a.tally.counts[i]).collect(),
                )
            })
            .collect();
        ChartData {
            title: format!(
                "{} {}",
                self.w.chart_title(),
                self.l.by_section(self.programme).to_lowercase()
            ),
            categories: actions.iter().map(|a| a.label.clone()).collect(),
            series,
            lang: self.w.tag(),
        }
    }
}

/// Room a heading keeps below it: two lines of body text.
fn keep() -> f64 {
    2.0 * BODY_PT * LINE + PARA_GAP
}

/// A status's bar colour (each at least 3:1 against white): green for
/// done, amber for partly, red for not, grey for unanswered; a colour
/// already used by another option takes the next free one.
fn colour(status: &Status, programme: &Programme, used: &[&'static str]) -> &'static str {
    const PALETTE: [&str; 8] = [
        "1F5F9E", "6A4C93", "00695C", "8E3B6B", "4E5B31", "7A4E2D", "37474F", "5C3C92",
    ];
    let own = match (status, status_symbol(status, programme)) {
        (Status::Unanswered, _) => "767676",
        (_, "✓") => "2E7D32",
        (_, "◐") => "9A5B00",
        (_, "✗" | "○") => "B3261E",
        _ => PALETTE[0],
    };
    if !used.contains(&own) {
        return own;
    }
    PALETTE
        .iter()
        .copied()
        .find(|c| !used.contains(c))
        .unwrap_or(own)
}

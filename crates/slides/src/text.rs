//! Text as the slides carry it: runs in a language, paragraphs, and the
//! splitting of a paragraph between lines when it continues on a next
//! slide.
use crate::layout::{BODY_PT, HEADING_PT, INSET_X, PARA_GAP};
use crate::measure::{lines_height, wrap};

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

    pub(crate) fn bold(&self) -> bool {
        self.runs.iter().any(|r| r.bold)
    }

    /// The width its lines may take in a box `box_w` wide.
    pub(crate) fn room(&self, box_w: f64) -> f64 {
        box_w - 2.0 * INSET_X - self.indent()
    }

    /// Its height (with the space before it unless `first`) in a box
    /// `box_w` wide.
    pub(crate) fn height(&self, box_w: f64, first: bool) -> f64 {
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
pub(crate) fn split_runs(
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

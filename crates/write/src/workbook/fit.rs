//! Row heights and printed pages: how many lines a wrapped text takes,
//! and where a sheet's blocks break across A4 pages.

use super::line_count::line_count;
use super::*;

/// Sets a header row's height like [`fit_row`], for bold text: bold is
/// wider, so each column holds about a tenth fewer characters.
pub(crate) fn fit_header_row(
    sheet: &mut Worksheet,
    row: u32,
    cells: &[(&str, f64)],
) -> Result<f64, XlsxError> {
    let narrower: Vec<(&str, f64)> = cells.iter().map(|(t, w)| (*t, w * 0.9)).collect();
    fit_row(sheet, row, &narrower)
}

/// Line height in points of the default 11-point font.
pub(crate) const LINE_POINTS: f64 = 15.0;

/// Characters of ordinary text that fit in one unit of column width. A
/// width counts the digit "0" of the default font; text is narrower in
/// Calibri (Excel) and in the fonts LibreOffice falls back to (about 1.25),
/// so this errs towards a line too many rather than a clipped one.
const CHARS_PER_WIDTH: f64 = 1.2;

/// How many lines `text` takes in a wrapped column `width` characters wide:
/// the words are wrapped as a spreadsheet program does (a word that does
/// not fit starts a new line; a word longer than a line is broken), each
/// line break starts a line.
pub(crate) fn wrapped_lines(text: &str, width: f64) -> usize {
    // Less the cell's padding of about one character.
    let per_line = ((width - 1.0) * CHARS_PER_WIDTH).max(1.0) as usize;
    // Most cells are short: no more bytes than a line holds characters,
    // and no line break, is one line without counting words.
    if text.len() <= per_line && !text.contains('\n') {
        return 1;
    }
    line_count(text.as_bytes(), per_line)
}

/// Sets the row's height for the most lines any of its `(text, width)`
/// cells wraps to. Spreadsheet programs do not all grow rows by themselves
/// when opening a file (LibreOffice keeps the default), so koonti does.
/// Returns the row's height in points.
pub(crate) fn fit_row(
    sheet: &mut Worksheet,
    row: u32,
    cells: &[(&str, f64)],
) -> Result<f64, XlsxError> {
    let lines = cells
        .iter()
        .map(|(text, width)| wrapped_lines(text, *width))
        .max()
        .unwrap_or(1);
    fit_lines(sheet, row, lines)
}

/// Sets the row's height for `lines` lines of wrapped text (a row of one
/// line keeps the default height). Returns the row's height in points.
pub(crate) fn fit_lines(sheet: &mut Worksheet, row: u32, lines: usize) -> Result<f64, XlsxError> {
    if lines > 1 {
        let height = lines as f64 * LINE_POINTS + 2.0;
        sheet.set_row_height(row, height)?;
        return Ok(height);
    }
    Ok(LINE_POINTS)
}

/// The wrapped lines of the texts of a column whose texts repeat from row
/// to row (a measure's text on each unit's row of Vastaukset and of the
/// action sheets, thousands in a national merge), each distinct text
/// counted once: counting them on every row was a sixth of Vastaukset's
/// line counting and two fifths of an action sheet's.
pub(crate) struct RepeatedLines {
    width: f64,
    seen: rustc_hash::FxHashMap<Box<str>, usize>,
}

impl RepeatedLines {
    pub(crate) fn new(width: f64) -> Self {
        RepeatedLines {
            width,
            seen: Default::default(),
        }
    }

    /// [`wrapped_lines`] of `text` in the column.
    pub(crate) fn lines(&mut self, text: &str) -> usize {
        if let Some(&lines) = self.seen.get(text) {
            return lines;
        }
        let lines = wrapped_lines(text, self.width);
        self.seen.insert(text.into(), lines);
        lines
    }
}

/// The height in points of a printed A4 page's rows, for a sheet
/// `width_chars` wide printed one page wide (so shrunk when wider than the
/// paper), less the rows repeated at the top of every page.
pub(crate) fn page_points(width_chars: f64, landscape: bool, repeated_points: f64) -> f64 {
    let (paper_width, paper_height) = if landscape {
        (842.0, 595.0)
    } else {
        (595.0, 842.0)
    };
    // The margins of [`print_setup`]: 0.5 in at the sides, 0.6 in above
    // and below, in points.
    let printable_width = paper_width - 72.0;
    let printable_height = paper_height - 86.4;
    // A column `w` wide is `7 w + 5` pixels of 0.75 points.
    let sheet_width = (width_chars * 7.0 + 5.0) * 0.75;
    let scale = (printable_width / sheet_width).min(1.0);
    printable_height / scale - repeated_points
}

/// Where a sheet's blocks (a unit's heading, header and rows) go on the
/// printed pages: a block that does not fit under the last one starts a
/// page, so no heading or header is left at the foot of a page.
pub(crate) struct Pages {
    /// The height of one page's rows.
    page: f64,
    /// The height used on the current page.
    used: f64,
    /// The rows that start a page.
    pub breaks: Vec<u32>,
}

impl Pages {
    /// Pages of `page` points each, the first already `used`.
    pub(crate) fn new(page: f64, used: f64) -> Self {
        Pages {
            page,
            used,
            breaks: Vec::new(),
        }
    }

    /// Places a block of `height` points starting at `row`.
    pub(crate) fn place(&mut self, row: u32, height: f64) {
        if self.used > 0.0 && self.used + height > self.page {
            self.breaks.push(row);
            self.used = 0.0;
        }
        // A block taller than a page fills whole pages and then some.
        self.used = (self.used + height) % self.page.max(1.0);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rows_grow_with_wrapped_lines() {
        assert_eq!(wrapped_lines("lyhyt", 20.0), 1);
        // 22 characters to a line of a column 20 wide.
        assert_eq!(wrapped_lines(&"a".repeat(22), 20.0), 1);
        assert_eq!(wrapped_lines(&"a".repeat(23), 20.0), 2);
        assert_eq!(wrapped_lines(&"a".repeat(50), 20.0), 3);
        assert_eq!(wrapped_lines("a\nb\nc", 20.0), 3);
        // Words wrap whole.
        assert_eq!(wrapped_lines("aaaaaaaa bbbbbbbb cccccccc", 20.0), 2);
        assert_eq!(
            wrapped_lines("aaaaaaaaaaa bbbbbbbbbbb ccccccccccc", 20.0),
            3
        );
        assert_eq!(wrapped_lines("", 20.0), 1);
    }

    /// The word-by-word count this module used before counting in one
    /// pass over the bytes.
    fn lines_by_words(text: &str, per_line: usize) -> usize {
        text.split('\n')
            .map(|paragraph| {
                let mut lines = 1;
                let mut used = 0;
                for word in paragraph.split(' ').filter(|w| !w.is_empty()) {
                    let mut length = word.chars().count();
                    let needed = if used == 0 { length } else { used + 1 + length };
                    if needed <= per_line {
                        used = needed;
                        continue;
                    }
                    if used > 0 {
                        lines += 1;
                    }
                    while length > per_line {
                        lines += 1;
                        length -= per_line;
                    }
                    used = length;
                }
                lines
            })
            .sum()
    }

    #[test]
    fn one_pass_counts_as_word_by_word() {
        let texts = [
            "",
            " ",
            "\n",
            "a\n\nb",
            "  kaksi  välilyöntiä  ",
            "ääkkösiä ääkkösiä ääkkösiä ääkkösiä ääkkösiä",
            "• Ensimmäinen kohta on pitkä lause\n• toinen\n\n• kolmas kohta",
            "sanasanasanasanasanasanasanasanasanasanasana lyhyt",
            "tab\tväli ja € merkki 🙂 emoji",
        ];
        let long = texts.concat().repeat(3);
        for text in texts.into_iter().chain([long.as_str()]) {
            // Every tail too, so that each byte falls at each place of the
            // 64 read at once.
            for (start, _) in text.char_indices() {
                let text = &text[start..];
                for per_line in [1, 2, 5, 7, 23, 70] {
                    assert_eq!(
                        line_count(text.as_bytes(), per_line),
                        lines_by_words(text, per_line),
                        "{text:?} at {per_line}"
                    );
                }
            }
        }
    }

    /// A repeating column's lines counted once are each text's lines.
    #[test]
    fn repeated_lines_are_the_texts_lines() {
        let long = "pitkä toimenpiteen kuvaus, joka rivittyy ".repeat(3);
        // A measure's text as a unit edited it: counted as its own text.
        let other = "toinen teksti samalle toimenpiteelle ".repeat(5);
        let mut seen = RepeatedLines::new(40.0);
        for text in [
            long.as_str(),
            "lyhyt",
            &long,
            "",
            &long[1..],
            &other,
            &long,
            "lyhyt",
        ] {
            assert_eq!(seen.lines(text), wrapped_lines(text, 40.0), "{text}");
        }
        assert!(seen.lines(&long) > 1);
        assert_ne!(seen.lines(&long), seen.lines(&other));
    }

    #[test]
    fn a_block_that_does_not_fit_starts_a_page() {
        let mut pages = Pages::new(100.0, 30.0);
        pages.place(3, 50.0);
        pages.place(10, 30.0);
        assert_eq!(pages.breaks, [10]);
        pages.place(20, 80.0);
        assert_eq!(pages.breaks, [10, 20]);
        // Wider than the paper: shrunk, so a page holds more points.
        assert!(page_points(200.0, false, 0.0) > page_points(50.0, false, 0.0));
    }
}

//! Yhteenveto's chart: a stacked bar per measure of the counts by status,
//! told apart without colour (WCAG 1.4.1, 1.4.11): any two series — not
//! only neighbours, since the legend is read against every bar — differ in
//! lightness by a contrast of at least 3:1 or else in pattern; and the
//! counts are written on the bars.
use super::Ctx;
use crate::{status_label, status_symbol};
use koonti_model::Status;
use rust_xlsxwriter::{
    Chart, ChartDataLabel, ChartFont, ChartFormat, ChartLegendPosition, ChartLine,
    ChartPatternFill, ChartPatternFillType, ChartSolidFill, ChartType, Worksheet, XlsxError,
};

/// The least contrast between the fills of two adjacent series.
pub(crate) const MIN_CONTRAST: f64 = 3.0;

/// The fill of one status's bars: dark and light shades alternate along
/// the scale (done dark green, partly light amber, not done dark red,
/// unanswered light grey), so neighbours differ in lightness, not hue alone.
fn base_colour(symbol: &str) -> &'static str {
    match symbol {
        "✓" => "#1B6B35",
        "◐" => "#F2C14E",
        "✗" | "○" => "#A4262C",
        _ => "#D0D0D0",
    }
}

/// The patterns laid over a fill, after a plain fill: stripes one way,
/// dots, stripes across, stripes the other way, and finer ones for a long
/// scale whose middle options share a colour.
const PATTERNS: [ChartPatternFillType; 9] = [
    ChartPatternFillType::DiagonalStripesWideUpwards,
    ChartPatternFillType::Dotted50Percent,
    ChartPatternFillType::HorizontalStripesDark,
    ChartPatternFillType::VerticalStripesDark,
    ChartPatternFillType::DiagonalStripesWideDownwards,
    ChartPatternFillType::Dotted20Percent,
    ChartPatternFillType::HorizontalStripesNarrow,
    ChartPatternFillType::VerticalStripesNarrow,
    ChartPatternFillType::DiagonalStripesLightDownwards,
];

/// How one series is filled: a colour, and a pattern over it when its
/// colour is too close to another series' of the same fill.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct SeriesFill {
    /// The colour, `#RRGGBB`.
    pub colour: &'static str,
    /// The pattern over the colour (an index into [`PATTERNS`]), `None`
    /// for a plain fill.
    pub pattern: Option<usize>,
}

impl SeriesFill {
    /// Whether this fill can be told from `other` without hue: by
    /// lightness (3:1) or by pattern.
    pub(crate) fn told_from(&self, other: &SeriesFill) -> bool {
        self.pattern != other.pattern || contrast(self.colour, other.colour) >= MIN_CONTRAST
    }
}

/// The fills of the series of `symbols`, in order: each the first of a
/// plain fill and [`PATTERNS`] that tells it from every series before it.
pub(crate) fn series_fills(symbols: &[&str]) -> Vec<SeriesFill> {
    let mut fills: Vec<SeriesFill> = Vec::with_capacity(symbols.len());
    for symbol in symbols {
        let colour = base_colour(symbol);
        let choices = std::iter::once(None).chain((0..PATTERNS.len()).map(Some));
        let mut fill = SeriesFill {
            colour,
            pattern: None,
        };
        for pattern in choices {
            fill.pattern = pattern;
            if fills.iter().all(|f| fill.told_from(f)) {
                break;
            }
        }
        fills.push(fill);
    }
    fills
}

/// The WCAG contrast ratio of two `#RRGGBB` colours (1.0 to 21.0).
pub(crate) fn contrast(a: &str, b: &str) -> f64 {
    let (la, lb) = (luminance(a), luminance(b));
    let (light, dark) = if la > lb { (la, lb) } else { (lb, la) };
    (light + 0.05) / (dark + 0.05)
}

/// The relative luminance of a `#RRGGBB` colour.
fn luminance(colour: &str) -> f64 {
    let channel = |i: usize| {
        let value = u8::from_str_radix(colour.get(1 + 2 * i..3 + 2 * i).unwrap_or("00"), 16)
            .map_or(0.0, f64::from)
            / 255.0;
        if value <= 0.039_28 {
            value / 12.92
        } else {
            ((value + 0.055) / 1.055).powf(2.4)
        }
    };
    0.2126 * channel(0) + 0.7152 * channel(1) + 0.0722 * channel(2)
}

/// White labels on dark bars, black on light ones.
fn label_colour(fill: &str) -> &'static str {
    if contrast(fill, "#FFFFFF") >= contrast(fill, "#000000") {
        "#FFFFFF"
    } else {
        "#000000"
    }
}

/// Where the chart takes its data: the rows of the measures, the column of
/// the short category names and the first count column.
pub(crate) struct ChartData<'a> {
    /// The sheet's name.
    pub sheet: &'a str,
    /// The first and last measure row.
    pub rows: (u32, u32),
    /// The column of the short names ("1.2 Viestimme osallistumisen …").
    pub names: u16,
    /// The column of the first status's counts.
    pub counts: u16,
    /// The most answers a measure can have: the axis ends there.
    pub max: u32,
    /// The tallest the chart may be, in points (a printed page).
    pub max_height: f64,
}

/// Inserts the chart at row `at`; returns its height in points.
pub(crate) fn insert(
    sheet: &mut Worksheet,
    ctx: &Ctx,
    data: &ChartData,
    statuses: &[Status],
    at: u32,
) -> Result<f64, XlsxError> {
    let (first, last) = data.rows;
    let symbols: Vec<&str> = statuses
        .iter()
        .map(|s| status_symbol(s, ctx.programme))
        .collect();
    let mut chart = Chart::new(ChartType::BarStacked);
    for (i, (status, fill)) in statuses.iter().zip(series_fills(&symbols)).enumerate() {
        let column = data.counts + i as u16;
        let mut format = ChartFormat::new();
        match fill.pattern.and_then(|i| PATTERNS.get(i)) {
            Some(pattern) => {
                // Light lines on a dark fill, dark lines on a light one.
                format.set_pattern_fill(
                    ChartPatternFill::new()
                        .set_pattern(*pattern)
                        .set_foreground_color(label_colour(fill.colour))
                        .set_background_color(fill.colour),
                );
            }
            None => {
                format.set_solid_fill(ChartSolidFill::new().set_color(fill.colour));
            }
        }
        // A white edge between the parts of a bar.
        format.set_border(ChartLine::new().set_color("#FFFFFF").set_width(0.75));
        chart
            .add_series()
            .set_name(status_label(status, ctx.programme, ctx.l.0).as_str())
            .set_categories((data.sheet, first, data.names, last, data.names))
            .set_values((data.sheet, first, column, last, column))
            .set_format(&mut format)
            .set_data_label(
                ChartDataLabel::new()
                    .show_value()
                    // Zeros are not labelled: a "0" on no bar says nothing.
                    .set_num_format("0;;;")
                    .set_font(ChartFont::new().set_color(label_colour(fill.colour))),
            )
            .set_gap(40);
    }
    chart.title().set_name(ctx.l.chart_title());
    chart.y_axis().set_reverse();
    chart
        .x_axis()
        .set_min(0)
        .set_max(data.max.max(1))
        .set_major_unit(major_unit(data.max));
    chart.legend().set_position(ChartLegendPosition::Bottom);
    // The short names live in a hidden column.
    chart.show_hidden_data();
    // Pixels: room for the title and legend, 22 a bar, at most a page.
    let height = (110 + 22 * (last - first + 1)).min((data.max_height / 0.75) as u32);
    chart.set_width(1000).set_height(height);
    sheet.insert_chart(at, 0, &chart)?;
    // Pixels of 0.75 points.
    Ok(f64::from(height) * 0.75)
}

/// Axis steps: every answer up to ten, then round steps of about ten ticks.
pub(crate) fn major_unit(max: u32) -> u32 {
    match max {
        0..=10 => 1,
        _ => {
            let raw = max.div_ceil(10);
            let magnitude = 10u32.pow(raw.ilog10());
            [1, 2, 5, 10]
                .into_iter()
                .map(|m| m * magnitude)
                .find(|step| *step >= raw)
                .unwrap_or(raw)
        }
    }
}

/// A measure's name short enough for a chart category: its id and the
/// first words of its text, cut at a word with "…".
pub(crate) fn short_name(id: &str, text: &str, max_chars: usize) -> String {
    let full = format!("{id} {text}");
    if full.chars().count() <= max_chars {
        return full;
    }
    let mut out = String::new();
    for word in full.split_whitespace() {
        if out.chars().count() + word.chars().count() + 2 > max_chars {
            break;
        }
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    let out = out.trim_end_matches([',', ';', ':', '.']);
    format!("{out} …")
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Issue 21: "Osittain" / "Ei vastausta" (1.09:1) and "Toteutunut" /
    /// "Ei toteutunut" (1.11:1) were told apart by hue only: every pair of
    /// series now differs by 3:1 or by pattern, on every scale.
    #[test]
    fn every_two_series_differ_by_three_to_one_or_a_pattern() {
        for symbols in [
            vec!["✓", "◐", "✗", "–"],
            vec!["○", "◐", "✓", "–"],
            vec!["○", "◐", "◐", "◐", "✓", "–"],
            vec!["○", "◐", "◐", "◐", "◐", "◐", "◐", "✓", "–"],
        ] {
            let fills = series_fills(&symbols);
            for (i, a) in fills.iter().enumerate() {
                for b in &fills[i + 1..] {
                    assert!(
                        a.told_from(b),
                        "{symbols:?}: {a:?} vs {b:?} is {:.2}",
                        contrast(a.colour, b.colour)
                    );
                }
            }
        }
        let marks = series_fills(&["✓", "◐", "✗", "–"]);
        assert!(contrast(marks[1].colour, marks[3].colour) < MIN_CONTRAST);
        assert_ne!(marks[1].pattern, marks[3].pattern);
        assert_ne!(marks[0].pattern, marks[2].pattern);
    }

    #[test]
    fn contrast_is_the_wcag_ratio() {
        assert!((contrast("#000000", "#FFFFFF") - 21.0).abs() < 0.01);
        assert!((contrast("#777777", "#777777") - 1.0).abs() < 1e-9);
        assert_eq!(label_colour("#1B6B35"), "#FFFFFF");
        assert_eq!(label_colour("#F2C14E"), "#000000");
    }

    #[test]
    fn the_axis_ends_at_the_answers_a_measure_can_have() {
        assert_eq!(major_unit(6), 1);
        assert_eq!(major_unit(30), 5);
        assert_eq!(major_unit(1000), 100);
        assert_eq!(major_unit(0), 1);
    }

    #[test]
    fn short_names_keep_the_id_and_whole_words() {
        assert_eq!(short_name("1.2", "Viestimme.", 40), "1.2 Viestimme.");
        let name = short_name(
            "2.2",
            "Järjestämme alueemme jokaisessa kunnassa asukastilaisuuden",
            30,
        );
        assert_eq!(name, "2.2 Järjestämme alueemme …");
        assert!(name.chars().count() <= 30);
    }
}

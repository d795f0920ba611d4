//! The chart part: a stacked bar chart of the answers per action by
//! status, a real chart PowerPoint and LibreOffice draw and edit (its
//! numbers cached in the part), with 14 pt labels.
use crate::xml::{TEXT, esc};
use std::fmt::Write;

/// One chart's data: a category per action, a series per status.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct ChartData {
    /// The chart's title.
    pub title: String,
    /// The category labels (the actions).
    pub categories: Vec<String>,
    /// Per series its name, colour (RRGGBB) and a value per category.
    pub series: Vec<(String, &'static str, Vec<u32>)>,
    /// The language of the labels.
    pub lang: &'static str,
}

impl ChartData {
    /// The chart in words, for its alternative text: the title, then per
    /// category its counts.
    pub(crate) fn description(&self) -> String {
        let rows: Vec<String> = self
            .categories
            .iter()
            .enumerate()
            .map(|(i, category)| {
                let counts: Vec<String> = self
                    .series
                    .iter()
                    .map(|(name, _, values)| format!("{name} {}", values[i]))
                    .collect();
                format!("{category}: {}", counts.join(", "))
            })
            .collect();
        format!("{}. {}.", self.title, rows.join("; "))
    }
}

fn text_props(size: u32, lang: &str) -> String {
    format!(
        r#"<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="{size}" b="0"><a:solidFill><a:srgbClr val="{TEXT}"/></a:solidFill><a:latin typeface="Arial"/></a:defRPr></a:pPr><a:endParaRPr lang="{lang}"/></a:p></c:txPr>"#
    )
}

/// The chart part's XML.
pub(crate) fn chart_xml(data: &ChartData) -> String {
    let n = data.categories.len();
    let categories: String = data
        .categories
        .iter()
        .enumerate()
        .map(|(i, c)| format!(r#"<c:pt idx="{i}"><c:v>{}</c:v></c:pt>"#, esc(c)))
        .collect();
    let mut series = String::new();
    for (s, (name, colour, values)) in data.series.iter().enumerate() {
        let points: String = values
            .iter()
            .enumerate()
            .map(|(i, v)| format!(r#"<c:pt idx="{i}"><c:v>{v}</c:v></c:pt>"#))
            .collect();
        let _ = write!(
            series,
            r#"<c:ser><c:idx val="{s}"/><c:order val="{s}"/><c:tx><c:strRef><c:f>Sheet1!${col}$1</c:f><c:strCache><c:ptCount val="1"/><c:pt idx="0"><c:v>{}</c:v></c:pt></c:strCache></c:strRef></c:tx><c:spPr><a:solidFill><a:srgbClr val="{colour}"/></a:solidFill><a:ln><a:solidFill><a:srgbClr val="FFFFFF"/></a:solidFill></a:ln></c:spPr><c:invertIfNegative val="0"/><c:cat><c:strRef><c:f>Sheet1!$A$2:$A${last}</c:f><c:strCache><c:ptCount val="{n}"/>{categories}</c:strCache></c:strRef></c:cat><c:val><c:numRef><c:f>Sheet1!${col}$2:${col}${last}</c:f><c:numCache><c:formatCode>General</c:formatCode><c:ptCount val="{n}"/>{points}</c:numCache></c:numRef></c:val></c:ser>"#,
            esc(name),
            col = column(s + 1),
            last = n + 1,
        );
    }
    let lang = data.lang;
    format!(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><c:date1904 val="0"/><c:lang val="{lang}"/><c:roundedCorners val="0"/><c:chart><c:autoTitleDeleted val="1"/><c:plotArea><c:layout/><c:barChart><c:barDir val="bar"/><c:grouping val="stacked"/><c:varyColors val="0"/>{series}<c:gapWidth val="60"/><c:overlap val="100"/><c:axId val="111"/><c:axId val="222"/></c:barChart><c:catAx><c:axId val="111"/><c:scaling><c:orientation val="maxMin"/></c:scaling><c:delete val="0"/><c:axPos val="l"/><c:numFmt formatCode="General" sourceLinked="0"/><c:majorTickMark val="none"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>{cat_text}<c:crossAx val="222"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx><c:valAx><c:axId val="222"/><c:scaling><c:orientation val="minMax"/><c:min val="0"/></c:scaling><c:delete val="0"/><c:axPos val="b"/><c:majorGridlines><c:spPr><a:ln w="6350"><a:solidFill><a:srgbClr val="BFBFBF"/></a:solidFill></a:ln></c:spPr></c:majorGridlines><c:numFmt formatCode="0" sourceLinked="0"/><c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>{val_text}<c:crossAx val="111"/><c:crosses val="max"/><c:crossBetween val="between"/></c:valAx></c:plotArea><c:legend><c:legendPos val="b"/><c:overlay val="0"/>{legend_text}</c:legend><c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart>{space_text}</c:chartSpace>"#,
        cat_text = text_props(1400, lang),
        val_text = text_props(1400, lang),
        legend_text = text_props(1400, lang),
        space_text = text_props(1400, lang),
    )
}

/// A spreadsheet column's letters (1 → B is the first series).
fn column(index: usize) -> String {
    let mut n = index + 1;
    let mut letters = Vec::new();
    while n > 0 {
        letters.push((b'A' + ((n - 1) % 26) as u8) as char);
        n = (n - 1) / 26;
    }
    letters.iter().rev().collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn columns_are_spreadsheet_letters() {
        assert_eq!(column(0), "A");
        assert_eq!(column(1), "B");
        assert_eq!(column(26), "AA");
    }

    #[test]
    fn the_description_names_every_count() {
        let data = ChartData {
            title: "Vastaukset".into(),
            categories: vec!["Toimenpide 1".into(), "Toimenpide 2".into()],
            series: vec![("Toteutunut".into(), "2E7D32", vec![3, 4])],
            lang: "fi-FI",
        };
        assert_eq!(
            data.description(),
            "Vastaukset. Toimenpide 1: Toteutunut 3; Toimenpide 2: Toteutunut 4."
        );
        assert!(chart_xml(&data).contains("<c:v>4</c:v>"));
    }
}

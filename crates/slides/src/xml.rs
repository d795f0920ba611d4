//! A laid out slide as PresentationML: the title in the layout's title
//! placeholder first, then the body's text boxes, tables and charts top to
//! bottom, so the reading order (the shape tree's order) is the visual one.
use crate::layout::{
    BODY_PT, Block, CELL_X, CELL_Y, CONTENT_W, INSET_X, INSET_Y, Kind, MARGIN, PARA_GAP, Para, Run,
    SLIDE_H, SLIDE_W, Slide, TITLE_H, TITLE_Y, Table,
};
use std::fmt::Write;

/// The text colour: near black on white (contrast 17:1).
pub(crate) const TEXT: &str = "1A1A1A";
/// The titles' colour: dark blue on white (contrast 12:1).
pub(crate) const TITLE: &str = "1B365D";
/// A table header's fill, with the text colour on it (contrast 14:1).
const HEADER_FILL: &str = "DBE7F5";
/// Table borders.
const BORDER: &str = "767676";

/// Escapes text for XML content and attributes, dropping the characters
/// XML 1.0 cannot hold.
pub(crate) fn esc(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\t' | '\n' | '\r' => out.push(' '),
            c if (c as u32) < 0x20 || c == '\u{fffe}' || c == '\u{ffff}' => {}
            c => out.push(c),
        }
    }
    out
}

/// Points to EMU (914400 per inch, 72 points per inch).
pub(crate) fn emu(points: f64) -> i64 {
    (points * 12700.0).round() as i64
}

/// The namespaces every slide part declares.
pub(crate) const NS: &str = r#"xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main""#;

fn xfrm(x: f64, y: f64, w: f64, h: f64) -> String {
    format!(
        r#"<a:xfrm><a:off x="{}" y="{}"/><a:ext cx="{}" cy="{}"/></a:xfrm>"#,
        emu(x),
        emu(y),
        emu(w),
        emu(h)
    )
}

/// A run's XML at `size` points in `colour`.
fn run(run: &Run, size: f64, colour: &str) -> String {
    format!(
        r#"<a:r><a:rPr lang="{}" sz="{}"{} dirty="0"><a:solidFill><a:srgbClr val="{colour}"/></a:solidFill></a:rPr><a:t>{}</a:t></a:r>"#,
        run.lang,
        (size * 100.0).round() as i64,
        if run.bold { r#" b="1""# } else { r#" b="0""# },
        esc(&run.text)
    )
}

/// Runs with a space between each two.
fn runs(runs: &[Run], size: f64, colour: &str) -> String {
    let mut out = String::new();
    for (i, r) in runs.iter().enumerate() {
        let mut r = r.clone();
        r.text = r.text.split_whitespace().collect::<Vec<_>>().join(" ");
        if r.text.is_empty() {
            continue;
        }
        if i > 0 && !out.is_empty() {
            r.text.insert(0, ' ');
        }
        out.push_str(&run(&r, size, colour));
    }
    out
}

/// The end-of-paragraph properties: the language and size of an empty
/// paragraph's caret.
fn end(lang: &str, size: f64) -> String {
    format!(
        r#"<a:endParaRPr lang="{lang}" sz="{}" dirty="0"/>"#,
        (size * 100.0).round() as i64
    )
}

/// A body paragraph.
fn paragraph(para: &Para, first: bool, lang: &str) -> String {
    let bullet = if para.bullet {
        format!(
            r#" marL="{}" indent="-{}""#,
            emu(para.indent()),
            emu(para.indent())
        )
    } else {
        r#" marL="0" indent="0""#.to_string()
    };
    let before = if first { 0.0 } else { PARA_GAP };
    let symbol = if para.bullet {
        r#"<a:buFont typeface="Arial"/><a:buChar char="•"/>"#
    } else {
        "<a:buNone/>"
    };
    format!(
        r#"<a:p><a:pPr{bullet}><a:lnSpc><a:spcPct val="100000"/></a:lnSpc><a:spcBef><a:spcPts val="{}"/></a:spcBef><a:spcAft><a:spcPts val="0"/></a:spcAft>{symbol}</a:pPr>{}{}</a:p>"#,
        (before * 100.0).round() as i64,
        runs(&para.runs, para.size(), TEXT),
        end(lang, para.size())
    )
}

/// The body properties of a text box or placeholder that never grows or
/// shrinks its text: the layout measured it.
fn body_pr(anchor: &str) -> String {
    format!(
        r#"<a:bodyPr wrap="square" lIns="{x}" tIns="{y}" rIns="{x}" bIns="{y}" rtlCol="0" anchor="{anchor}"><a:noAutofit/></a:bodyPr>"#,
        x = emu(INSET_X),
        y = emu(INSET_Y),
    )
}

/// Writes one slide; `chart_rel` names the relationship of each chart on it.
pub(crate) fn slide(slide: &Slide, lang: &str, chart_rel: &dyn Fn(usize) -> String) -> String {
    let mut shapes = String::new();
    let mut id = 2;
    match slide.kind {
        Kind::Title => title_slide_shapes(&mut shapes, slide, lang),
        Kind::Content => {
            let _ = write!(
                shapes,
                r#"<p:sp><p:nvSpPr><p:cNvPr id="{id}" name="Title {id}"/><p:cNvSpPr><a:spLocks noGrp="1"/></p:cNvSpPr><p:nvPr><p:ph type="title"/></p:nvPr></p:nvSpPr><p:spPr>{}</p:spPr><p:txBody>{}<a:lstStyle/><a:p><a:pPr algn="l"><a:lnSpc><a:spcPct val="100000"/></a:lnSpc></a:pPr>{}{}</a:p></p:txBody></p:sp>"#,
                xfrm(MARGIN, TITLE_Y, CONTENT_W, TITLE_H),
                body_pr("b"),
                runs(&slide.title, slide.title_pt, TITLE),
                end(lang, slide.title_pt)
            );
        }
    }
    // The title slide's blocks are its subtitle, written above.
    let body = match slide.kind {
        Kind::Title => &[][..],
        Kind::Content => &slide.blocks[..],
    };
    for block in body {
        id += 1;
        match block {
            Block::Text { y, h, paras } => {
                let body: String = paras
                    .iter()
                    .enumerate()
                    .map(|(i, p)| paragraph(p, i == 0, lang))
                    .collect();
                let _ = write!(
                    shapes,
                    r#"<p:sp><p:nvSpPr><p:cNvPr id="{id}" name="Text {id}"/><p:cNvSpPr txBox="1"/><p:nvPr/></p:nvSpPr><p:spPr>{}<a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:noFill/></p:spPr><p:txBody>{}<a:lstStyle/>{body}</p:txBody></p:sp>"#,
                    xfrm(MARGIN, *y, CONTENT_W, *h),
                    body_pr("t"),
                );
            }
            Block::Table { y, heights, table } => {
                shapes.push_str(&table_frame(id, *y, heights, table, lang));
            }
            Block::Chart { index, description } => {
                let _ = write!(
                    shapes,
                    r#"<p:graphicFrame><p:nvGraphicFramePr><p:cNvPr id="{id}" name="Chart {id}" descr="{}"/><p:cNvGraphicFramePr><a:graphicFrameLocks noGrp="1"/></p:cNvGraphicFramePr><p:nvPr/></p:nvGraphicFramePr><p:xfrm><a:off x="{}" y="{}"/><a:ext cx="{}" cy="{}"/></p:xfrm><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart"><c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" r:id="{}"/></a:graphicData></a:graphic></p:graphicFrame>"#,
                    esc(description),
                    emu(MARGIN),
                    emu(crate::layout::BODY_TOP),
                    emu(CONTENT_W),
                    emu(crate::layout::BODY_BOTTOM - crate::layout::BODY_TOP),
                    chart_rel(*index)
                );
            }
        }
    }
    format!(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<p:sld {NS}><p:cSld><p:spTree><p:nvGrpSpPr><p:cNvPr id="1" name=""/><p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr><p:grpSpPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/><a:chOff x="0" y="0"/><a:chExt cx="0" cy="0"/></a:xfrm></p:grpSpPr>{shapes}</p:spTree></p:cSld><p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr></p:sld>"#
    )
}

/// The title slide's centred title and its subtitle lines (the blocks'
/// paragraphs) in a text box.
fn title_slide_shapes(shapes: &mut String, slide: &Slide, lang: &str) {
    let (title_y, title_h) = crate::layout::TITLE_SLIDE_TITLE;
    let _ = write!(
        shapes,
        r#"<p:sp><p:nvSpPr><p:cNvPr id="2" name="Title 2"/><p:cNvSpPr><a:spLocks noGrp="1"/></p:cNvSpPr><p:nvPr><p:ph type="ctrTitle"/></p:nvPr></p:nvSpPr><p:spPr>{}</p:spPr><p:txBody>{}<a:lstStyle/><a:p><a:pPr algn="ctr"><a:lnSpc><a:spcPct val="100000"/></a:lnSpc></a:pPr>{}{}</a:p></p:txBody></p:sp>"#,
        xfrm(MARGIN, title_y, CONTENT_W, title_h),
        body_pr("b"),
        runs(&slide.title, slide.title_pt, TITLE),
        end(lang, slide.title_pt)
    );
    for block in &slide.blocks {
        if let Block::Text { y, h, paras } = block {
            let body: String = paras
                .iter()
                .enumerate()
                .map(|(i, p)| {
                    paragraph(p, i == 0, lang).replacen("<a:pPr ", r#"<a:pPr algn="ctr" "#, 1)
                })
                .collect();
            let _ = write!(
                shapes,
                r#"<p:sp><p:nvSpPr><p:cNvPr id="3" name="Subtitle 3"/><p:cNvSpPr txBox="1"/><p:nvPr/></p:nvSpPr><p:spPr>{}<a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:noFill/></p:spPr><p:txBody>{}<a:lstStyle/>{body}</p:txBody></p:sp>"#,
                xfrm(MARGIN, *y, CONTENT_W, *h),
                body_pr("t"),
            );
        }
    }
}

fn border(side: &str) -> String {
    format!(
        r#"<a:{side} w="9525"><a:solidFill><a:srgbClr val="{BORDER}"/></a:solidFill></a:{side}>"#
    )
}

/// One cell.
fn cell(cell: &crate::layout::Cell, size: f64, header: bool, lang: &str) -> String {
    let align = if cell.centred { "ctr" } else { "l" };
    let text: Vec<Run> = cell
        .runs
        .iter()
        .map(|r| Run {
            bold: header || r.bold,
            ..r.clone()
        })
        .collect();
    let fill = if header {
        format!(r#"<a:solidFill><a:srgbClr val="{HEADER_FILL}"/></a:solidFill>"#)
    } else {
        r#"<a:solidFill><a:srgbClr val="FFFFFF"/></a:solidFill>"#.to_string()
    };
    format!(
        r#"<a:tc><a:txBody><a:bodyPr/><a:lstStyle/><a:p><a:pPr algn="{align}"><a:lnSpc><a:spcPct val="100000"/></a:lnSpc></a:pPr>{}{}</a:p></a:txBody><a:tcPr marL="{mx}" marR="{mx}" marT="{my}" marB="{my}">{}{}{}{}{fill}</a:tcPr></a:tc>"#,
        runs(&text, size, TEXT),
        end(lang, size),
        border("lnL"),
        border("lnR"),
        border("lnT"),
        border("lnB"),
        mx = emu(CELL_X),
        my = emu(CELL_Y),
    )
}

/// A table's graphic frame: a real table with its header row flagged.
fn table_frame(id: usize, y: f64, heights: &[f64], table: &Table, lang: &str) -> String {
    let grid: String = table
        .widths
        .iter()
        .map(|w| format!(r#"<a:gridCol w="{}"/>"#, emu(*w)))
        .collect();
    let mut rows = String::new();
    let all = std::iter::once((&table.header, true)).chain(table.rows.iter().map(|r| (r, false)));
    for ((row, header), h) in all.zip(heights) {
        let cells: String = row
            .iter()
            .map(|c| cell(c, table.size, header, lang))
            .collect();
        let _ = write!(rows, r#"<a:tr h="{}">{cells}</a:tr>"#, emu(*h));
    }
    let width: f64 = table.widths.iter().sum();
    let height: f64 = heights.iter().sum();
    format!(
        r#"<p:graphicFrame><p:nvGraphicFramePr><p:cNvPr id="{id}" name="Table {id}" descr="{}"/><p:cNvGraphicFramePr><a:graphicFrameLocks noGrp="1"/></p:cNvGraphicFramePr><p:nvPr/></p:nvGraphicFramePr><p:xfrm><a:off x="{}" y="{}"/><a:ext cx="{}" cy="{}"/></p:xfrm><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/table"><a:tbl><a:tblPr firstRow="1" bandRow="0"/><a:tblGrid>{grid}</a:tblGrid>{rows}</a:tbl></a:graphicData></a:graphic></p:graphicFrame>"#,
        esc(&table.description),
        emu(MARGIN),
        emu(y),
        emu(width),
        emu(height),
    )
}

/// The slide size, for presentation.xml.
pub(crate) fn slide_size() -> String {
    format!(
        r#"<p:sldSz cx="{}" cy="{}"/><p:notesSz cx="6858000" cy="9144000"/>"#,
        emu(SLIDE_W),
        emu(SLIDE_H)
    )
}

/// Body text's size in hundredths of a point, for the master's styles.
pub(crate) fn body_size() -> i64 {
    (BODY_PT * 100.0) as i64
}

//! The package around the slides: content types, relationships, the
//! presentation, one slide master with two layouts (title slide; title
//! and content) and the theme, zipped with the zip crate the engine
//! already uses.
use crate::xml::{NS, TEXT, TITLE, body_size, esc, slide_size};
use std::fmt::Write as _;
use std::io::Write as _;

/// Why the deck could not be written.
#[derive(Debug)]
pub enum SlidesError {
    /// The zip writer failed (in memory: should not happen).
    Zip(zip::result::ZipError),
    /// The county's template (`--slides-theme`) is no presentation koonti
    /// can take a theme from.
    Theme(String),
}

impl std::fmt::Display for SlidesError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            SlidesError::Zip(err) => write!(f, "could not build the presentation: {err}"),
            SlidesError::Theme(why) => write!(f, "could not read the template's theme: {why}"),
        }
    }
}

impl std::error::Error for SlidesError {}

impl From<zip::result::ZipError> for SlidesError {
    fn from(err: zip::result::ZipError) -> Self {
        SlidesError::Zip(err)
    }
}

impl From<std::io::Error> for SlidesError {
    fn from(err: std::io::Error) -> Self {
        SlidesError::Zip(err.into())
    }
}

const XML: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"#;
const REL: &str = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PML: &str = "application/vnd.openxmlformats-officedocument.presentationml";

/// What goes in the package besides the slides.
pub(crate) struct Parts<'a> {
    /// The slides' XML, in order.
    pub slides: Vec<(String, bool)>,
    /// Per slide the charts on it (indices into `charts`).
    pub slide_charts: Vec<Vec<usize>>,
    /// The charts' XML.
    pub charts: Vec<String>,
    /// The deck's title (document properties).
    pub title: &'a str,
    /// The deck's language tag.
    pub lang: &'a str,
    /// The theme part: koonti's own, or the county's template's.
    pub theme: String,
}

/// Zips the parts into a .pptx.
pub(crate) fn zip(parts: &Parts) -> Result<Vec<u8>, SlidesError> {
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let options = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated);
    let mut add = |name: &str, text: &str| -> Result<(), SlidesError> {
        zip.start_file(name, options)?;
        zip.write_all(text.as_bytes())?;
        Ok(())
    };
    add("[Content_Types].xml", &content_types(parts))?;
    add("_rels/.rels", &root_rels())?;
    add("docProps/core.xml", &core(parts))?;
    add("docProps/app.xml", &app(parts.slides.len()))?;
    add("ppt/presentation.xml", &presentation(parts.slides.len()))?;
    add(
        "ppt/_rels/presentation.xml.rels",
        &presentation_rels(parts.slides.len()),
    )?;
    add(
        "ppt/presProps.xml",
        &format!(r#"{XML}<p:presentationPr {NS}/>"#),
    )?;
    add(
        "ppt/viewProps.xml",
        &format!(r#"{XML}<p:viewPr {NS}><p:gridSpacing cx="76200" cy="76200"/></p:viewPr>"#),
    )?;
    add(
        "ppt/tableStyles.xml",
        &format!(
            r#"{XML}<a:tblStyleLst xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" def="{{5C22544A-7EE6-4342-B048-85BDC9FD1C3A}}"/>"#
        ),
    )?;
    add("ppt/theme/theme1.xml", &parts.theme)?;
    add("ppt/slideMasters/slideMaster1.xml", &master())?;
    add(
        "ppt/slideMasters/_rels/slideMaster1.xml.rels",
        &rels(&[
            ("slideLayout", "../slideLayouts/slideLayout1.xml"),
            ("slideLayout", "../slideLayouts/slideLayout2.xml"),
            ("theme", "../theme/theme1.xml"),
        ]),
    )?;
    for (i, layout) in [layout_title(), layout_content()].iter().enumerate() {
        add(
            &format!("ppt/slideLayouts/slideLayout{}.xml", i + 1),
            layout,
        )?;
        add(
            &format!("ppt/slideLayouts/_rels/slideLayout{}.xml.rels", i + 1),
            &rels(&[("slideMaster", "../slideMasters/slideMaster1.xml")]),
        )?;
    }
    for (i, (xml, title_layout)) in parts.slides.iter().enumerate() {
        let n = i + 1;
        add(&format!("ppt/slides/slide{n}.xml"), xml)?;
        let layout = if *title_layout {
            "../slideLayouts/slideLayout1.xml"
        } else {
            "../slideLayouts/slideLayout2.xml"
        };
        let charts: Vec<String> = parts.slide_charts[i]
            .iter()
            .map(|c| format!("../charts/chart{}.xml", c + 1))
            .collect();
        let mut targets = vec![("slideLayout", layout)];
        targets.extend(charts.iter().map(|c| ("chart", c.as_str())));
        add(
            &format!("ppt/slides/_rels/slide{n}.xml.rels"),
            &rels(&targets),
        )?;
    }
    for (i, chart) in parts.charts.iter().enumerate() {
        add(&format!("ppt/charts/chart{}.xml", i + 1), chart)?;
    }
    Ok(zip.finish()?.into_inner())
}

/// The relationship id of a slide's `n`th chart (its layout is rId1).
pub(crate) fn chart_rel(n: usize) -> String {
    format!("rId{}", n + 2)
}

fn rels(targets: &[(&str, &str)]) -> String {
    let mut out = format!(
        r#"{XML}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">"#
    );
    for (i, (kind, target)) in targets.iter().enumerate() {
        let _ = write!(
            out,
            r#"<Relationship Id="rId{}" Type="{REL}/{kind}" Target="{target}"/>"#,
            i + 1
        );
    }
    out.push_str("</Relationships>");
    out
}

fn content_types(parts: &Parts) -> String {
    let mut out = format!(
        r#"{XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/ppt/presentation.xml" ContentType="{PML}.presentation.main+xml"/><Override PartName="/ppt/presProps.xml" ContentType="{PML}.presProps+xml"/><Override PartName="/ppt/viewProps.xml" ContentType="{PML}.viewProps+xml"/><Override PartName="/ppt/tableStyles.xml" ContentType="{PML}.tableStyles+xml"/><Override PartName="/ppt/theme/theme1.xml" ContentType="application/vnd.openxmlformats-officedocument.theme+xml"/><Override PartName="/ppt/slideMasters/slideMaster1.xml" ContentType="{PML}.slideMaster+xml"/><Override PartName="/ppt/slideLayouts/slideLayout1.xml" ContentType="{PML}.slideLayout+xml"/><Override PartName="/ppt/slideLayouts/slideLayout2.xml" ContentType="{PML}.slideLayout+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/><Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>"#
    );
    for n in 1..=parts.slides.len() {
        let _ = write!(
            out,
            r#"<Override PartName="/ppt/slides/slide{n}.xml" ContentType="{PML}.slide+xml"/>"#
        );
    }
    for n in 1..=parts.charts.len() {
        let _ = write!(
            out,
            r#"<Override PartName="/ppt/charts/chart{n}.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/>"#
        );
    }
    out.push_str("</Types>");
    out
}

fn root_rels() -> String {
    format!(
        r#"{XML}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="{REL}/officeDocument" Target="ppt/presentation.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/><Relationship Id="rId3" Type="{REL}/extended-properties" Target="docProps/app.xml"/></Relationships>"#
    )
}

fn core(parts: &Parts) -> String {
    format!(
        r#"{XML}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>{}</dc:title><dc:creator>koonti</dc:creator><dc:language>{}</dc:language></cp:coreProperties>"#,
        esc(parts.title),
        parts.lang
    )
}

fn app(slides: usize) -> String {
    format!(
        r#"{XML}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>koonti {}</Application><Slides>{slides}</Slides><PresentationFormat>On-screen Show (16:9)</PresentationFormat></Properties>"#,
        env!("CARGO_PKG_VERSION")
    )
}

fn presentation(slides: usize) -> String {
    // The master is rId1, the slides rId2…, then the other parts.
    let ids: String = (0..slides)
        .map(|i| format!(r#"<p:sldId id="{}" r:id="rId{}"/>"#, 256 + i, i + 2))
        .collect();
    format!(
        r#"{XML}<p:presentation {NS} saveSubsetFonts="1"><p:sldMasterIdLst><p:sldMasterId id="2147483648" r:id="rId1"/></p:sldMasterIdLst><p:sldIdLst>{ids}</p:sldIdLst>{}<p:defaultTextStyle><a:lvl1pPr><a:defRPr sz="{}"/></a:lvl1pPr></p:defaultTextStyle></p:presentation>"#,
        slide_size(),
        body_size()
    )
}

fn presentation_rels(slides: usize) -> String {
    let mut targets: Vec<(&str, String)> =
        vec![("slideMaster", "slideMasters/slideMaster1.xml".into())];
    targets.extend((1..=slides).map(|n| ("slide", format!("slides/slide{n}.xml"))));
    targets.extend([
        ("presProps", "presProps.xml".to_string()),
        ("viewProps", "viewProps.xml".to_string()),
        ("theme", "theme/theme1.xml".to_string()),
        ("tableStyles", "tableStyles.xml".to_string()),
    ]);
    let borrowed: Vec<(&str, &str)> = targets.iter().map(|(k, t)| (*k, t.as_str())).collect();
    rels(&borrowed)
}

const TREE_START: &str = r#"<p:cSld><p:spTree><p:nvGrpSpPr><p:cNvPr id="1" name=""/><p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr><p:grpSpPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/><a:chOff x="0" y="0"/><a:chExt cx="0" cy="0"/></a:xfrm></p:grpSpPr>"#;

/// A placeholder shape of a master or layout.
fn placeholder(id: u32, name: &str, ph: &str, (x, y, w, h): (f64, f64, f64, f64)) -> String {
    use crate::xml::emu;
    format!(
        r#"<p:sp><p:nvSpPr><p:cNvPr id="{id}" name="{name}"/><p:cNvSpPr><a:spLocks noGrp="1"/></p:cNvSpPr><p:nvPr>{ph}</p:nvPr></p:nvSpPr><p:spPr><a:xfrm><a:off x="{}" y="{}"/><a:ext cx="{}" cy="{}"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></p:spPr><p:txBody><a:bodyPr/><a:lstStyle/><a:p><a:endParaRPr lang="fi-FI"/></a:p></p:txBody></p:sp>"#,
        emu(x),
        emu(y),
        emu(w),
        emu(h)
    )
}

fn title_box() -> (f64, f64, f64, f64) {
    use crate::layout::{CONTENT_W, MARGIN, TITLE_H, TITLE_Y};
    (MARGIN, TITLE_Y, CONTENT_W, TITLE_H)
}

fn body_box() -> (f64, f64, f64, f64) {
    use crate::layout::{BODY_BOTTOM, BODY_TOP, CONTENT_W, MARGIN};
    (MARGIN, BODY_TOP, CONTENT_W, BODY_BOTTOM - BODY_TOP)
}

fn master() -> String {
    let level = |n: u32, size: i64| {
        format!(
            r#"<a:lvl{n}pPr marL="0" indent="0" algn="l"><a:spcBef><a:spcPts val="600"/></a:spcBef><a:buNone/><a:defRPr sz="{size}"><a:solidFill><a:srgbClr val="{TEXT}"/></a:solidFill><a:latin typeface="+mn-lt"/></a:defRPr></a:lvl{n}pPr>"#
        )
    };
    format!(
        r#"{XML}<p:sldMaster {NS}>{}{}{}</p:spTree></p:cSld><p:clrMap bg1="lt1" tx1="dk1" bg2="lt2" tx2="dk2" accent1="accent1" accent2="accent2" accent3="accent3" accent4="accent4" accent5="accent5" accent6="accent6" hlink="hlink" folHlink="folHlink"/><p:sldLayoutIdLst><p:sldLayoutId id="2147483649" r:id="rId1"/><p:sldLayoutId id="2147483650" r:id="rId2"/></p:sldLayoutIdLst><p:txStyles><p:titleStyle><a:lvl1pPr algn="l"><a:defRPr sz="2800" b="1"><a:solidFill><a:srgbClr val="{TITLE}"/></a:solidFill><a:latin typeface="+mj-lt"/></a:defRPr></a:lvl1pPr></p:titleStyle><p:bodyStyle>{}{}</p:bodyStyle><p:otherStyle><a:lvl1pPr><a:defRPr sz="{}"><a:solidFill><a:srgbClr val="{TEXT}"/></a:solidFill></a:defRPr></a:lvl1pPr></p:otherStyle></p:txStyles></p:sldMaster>"#,
        // White whatever the theme's background: the text colours assume it.
        TREE_START.replacen(
            "<p:cSld>",
            r#"<p:cSld><p:bg><p:bgPr><a:solidFill><a:srgbClr val="FFFFFF"/></a:solidFill><a:effectLst/></p:bgPr></p:bg>"#,
            1
        ),
        placeholder(2, "Title Placeholder 1", r#"<p:ph type="title"/>"#, title_box()),
        placeholder(
            3,
            "Text Placeholder 2",
            r#"<p:ph type="body" idx="1"/>"#,
            body_box()
        ),
        level(1, body_size()),
        level(2, body_size()),
        body_size()
    )
}

fn layout(name: &str, kind: &str, shapes: &str) -> String {
    format!(
        r#"{XML}<p:sldLayout {NS} type="{kind}" preserve="1"><p:cSld name="{name}">{}{shapes}</p:spTree></p:cSld><p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr></p:sldLayout>"#,
        TREE_START.trim_start_matches("<p:cSld>")
    )
}

fn layout_title() -> String {
    use crate::layout::{CONTENT_W, MARGIN, SUBTITLE, TITLE_SLIDE_TITLE};
    let (y, h) = TITLE_SLIDE_TITLE;
    let (sy, sh) = SUBTITLE;
    layout(
        "Title Slide",
        "title",
        &format!(
            "{}{}",
            placeholder(
                2,
                "Title 1",
                r#"<p:ph type="ctrTitle"/>"#,
                (MARGIN, y, CONTENT_W, h)
            ),
            placeholder(
                3,
                "Subtitle 2",
                r#"<p:ph type="subTitle" idx="1"/>"#,
                (MARGIN, sy, CONTENT_W, sh)
            )
        ),
    )
}

fn layout_content() -> String {
    layout(
        "Title and Content",
        "obj",
        &format!(
            "{}{}",
            placeholder(2, "Title 1", r#"<p:ph type="title"/>"#, title_box()),
            placeholder(3, "Content Placeholder 2", r#"<p:ph idx="1"/>"#, body_box())
        ),
    )
}

/// koonti's own theme: Arial, dark text on white, accents that keep 3:1
/// against white for the chart's bars.
pub(crate) fn theme() -> String {
    let font = |tag: &str| {
        format!(
            r#"<a:{tag}><a:latin typeface="Arial"/><a:ea typeface=""/><a:cs typeface=""/></a:{tag}>"#
        )
    };
    let solid = r#"<a:solidFill><a:schemeClr val="phClr"/></a:solidFill>"#;
    let line = |w: u32| {
        format!(
            r#"<a:ln w="{w}" cap="flat" cmpd="sng" algn="ctr"><a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:prstDash val="solid"/><a:miter lim="800000"/></a:ln>"#
        )
    };
    let effect = "<a:effectStyle><a:effectLst/></a:effectStyle>";
    format!(
        r#"{XML}<a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" name="koonti"><a:themeElements><a:clrScheme name="koonti"><a:dk1><a:srgbClr val="{TEXT}"/></a:dk1><a:lt1><a:srgbClr val="FFFFFF"/></a:lt1><a:dk2><a:srgbClr val="{TITLE}"/></a:dk2><a:lt2><a:srgbClr val="F2F2F2"/></a:lt2><a:accent1><a:srgbClr val="1F5F9E"/></a:accent1><a:accent2><a:srgbClr val="2E7D32"/></a:accent2><a:accent3><a:srgbClr val="9A5B00"/></a:accent3><a:accent4><a:srgbClr val="B3261E"/></a:accent4><a:accent5><a:srgbClr val="6A4C93"/></a:accent5><a:accent6><a:srgbClr val="5F6368"/></a:accent6><a:hlink><a:srgbClr val="0B57D0"/></a:hlink><a:folHlink><a:srgbClr val="6A4C93"/></a:folHlink></a:clrScheme><a:fontScheme name="koonti">{}{}</a:fontScheme><a:fmtScheme name="koonti"><a:fillStyleLst>{solid}{solid}{solid}</a:fillStyleLst><a:lnStyleLst>{}{}{}</a:lnStyleLst><a:effectStyleLst>{effect}{effect}{effect}</a:effectStyleLst><a:bgFillStyleLst>{solid}{solid}{solid}</a:bgFillStyleLst></a:fmtScheme></a:themeElements><a:objectDefaults/><a:extraClrSchemeLst/></a:theme>"#,
        font("majorFont"),
        font("minorFont"),
        line(6350),
        line(12700),
        line(19050),
    )
}

//! Outputs the committee can present as they are (issue 17): the appendix
//! page measured in a real browser at several widths, the Nostot sheet read
//! back, and the committee workbook's cells typed and its print set up.
use crate::util::{koonti, run, samples};
use calamine::{Data, Reader, Xlsx, open_workbook};
use std::path::Path;
use std::process::Command;

/// What the page measures in an iframe `width` CSS pixels wide: the
/// document's scroll width, the viewport's width and the visible texts that
/// overflow their box (cut or overlapping their neighbours).
fn measure(html: &Path, width: u32) -> Option<(u32, u32, String)> {
    let browser = crate::util::external_tool(
        &["chromium", "chromium-browser", "google-chrome"],
        "chromium",
        "the HTML reflow test",
    )?;
    let dir = html.parent().expect("dir");
    let frame = dir.join(format!("frame-{width}.html"));
    let name = html.file_name().expect("name").to_string_lossy();
    // Elements inside a visually hidden box (a restacked table's header,
    // 1 px wide) are for screen readers and are not measured.
    let script = r#"
document.getElementById('f').onload = function () {
  var d = this.contentDocument, out = [];
  d.querySelectorAll('th,td,caption,h1,h2,h3,p,li').forEach(function (e) {
    for (var a = e; a; a = a.parentElement) { if (a.clientWidth <= 1 && a !== e) return; }
    if (e.scrollWidth > e.clientWidth + 1) out.push(e.tagName + ' ' + e.textContent.slice(0, 40));
  });
  document.title = d.documentElement.scrollWidth + '|' + this.contentWindow.innerWidth + '|' + out.join(' / ');
};"#;
    std::fs::write(
        &frame,
        format!(
            "<!DOCTYPE html><html><body style=\"margin:0\"><iframe id=\"f\" src=\"{name}\" style=\"width:{width}px;height:900px;border:0\"></iframe><script>{script}</script></body></html>"
        ),
    )
    .expect("frame");
    let profile = tempfile::tempdir().expect("profile");
    let output = Command::new(browser)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--allow-file-access-from-files",
            "--window-size=1400,900",
            "--virtual-time-budget=5000",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
        ])
        .arg(format!("--user-data-dir={}", profile.path().display()))
        .arg("--dump-dom")
        .arg(format!("file://{}", frame.display()))
        .output()
        .expect("chromium runs");
    let dom = String::from_utf8_lossy(&output.stdout);
    let title = dom
        .split("<title>")
        .nth(1)
        .and_then(|t| t.split("</title>").next())
        .unwrap_or_else(|| panic!("no measurement in {dom}"));
    let mut parts = title.splitn(3, '|');
    let number = |p: Option<&str>| p.and_then(|s| s.parse().ok()).expect("a width");
    Some((
        number(parts.next()),
        number(parts.next()),
        parts.next().unwrap_or_default().to_string(),
    ))
}

#[test]
fn the_appendix_page_reflows_without_page_scroll_or_overflowing_text() {
    let dir = tempfile::tempdir().expect("tempdir");
    for lang in ["fi", "en"] {
        let html = dir.path().join(format!("liite-{lang}.html"));
        run(
            koonti()
                .arg("appendix")
                .arg(samples())
                .arg("-o")
                .arg(&html)
                .args(["--lang", lang]),
            true,
        );
        // 320 CSS px (a phone, or 1280 px at 400 %), 640 (1280 px at 200 %),
        // a tablet and a desktop.
        for width in [320, 640, 900, 1280] {
            let Some((scroll, viewport, overflowing)) = measure(&html, width) else {
                return;
            };
            assert_eq!(viewport, width, "{lang}");
            assert!(
                scroll <= viewport,
                "{lang} at {width} px: the page is {scroll} px wide"
            );
            assert!(
                overflowing.is_empty(),
                "{lang} at {width} px, text overflows: {overflowing}"
            );
        }
    }
}

/// The cells of one sheet of a workbook.
fn sheet(path: &Path, name: &str) -> Vec<Vec<Data>> {
    let mut book: Xlsx<_> = open_workbook(path).expect("workbook");
    book.worksheet_range(name)
        .expect("sheet")
        .rows()
        .map(<[Data]>::to_vec)
        .collect()
}

#[test]
fn counts_and_shares_are_numbers_and_ids_are_text() {
    let dir = tempfile::tempdir().expect("tempdir");
    let xlsx = dir.path().join("koonti.xlsx");
    run(
        koonti().arg("merge").arg(samples()).arg("-o").arg(&xlsx),
        true,
    );
    let summary = sheet(&xlsx, "Yhteenveto");
    let row = summary
        .iter()
        .find(|r| r.first() == Some(&Data::String("1.1".into())))
        .expect("measure 1.1");
    assert_eq!(row[0], Data::String("1.1".into()));
    // ✓ ◐ ✗ – counts, the total, then the shares (of 5 counted units).
    assert!(
        matches!(row[2], Data::Float(_) | Data::Int(_)),
        "{:?}",
        row[2]
    );
    assert!(
        matches!(row[6], Data::Float(n) if (n - 5.0).abs() < 1e-9),
        "{:?}",
        row[6]
    );
    assert!(
        matches!(row[7], Data::Float(n) if (0.0..=1.0).contains(&n)),
        "{:?}",
        row[7]
    );
    let made = summary
        .iter()
        .flatten()
        .map(ToString::to_string)
        .find(|c| c.starts_with("Laadittu:"))
        .expect("Laadittu");
    assert!(made.contains(" klo "), "{made}");
    assert!(!made.contains("UTC"), "{made}");
    let appendix = dir.path().join("liite.xlsx");
    run(
        koonti().arg("appendix").arg(&xlsx).arg("-o").arg(&appendix),
        true,
    );
    let page = sheet(&appendix, "Liite");
    let measure = page
        .iter()
        .find(|r| r.first() == Some(&Data::String("1.1".into())))
        .expect("measure 1.1");
    assert!(
        matches!(measure[2], Data::Float(n) if (n - 2.0).abs() < 1e-9),
        "{:?}",
        measure[2]
    );
    // The mark scale has no additional column: Vastaukset goes from the
    // text straight to the file.
    let answers = sheet(&xlsx, "Vastaukset");
    let header: Vec<String> = answers[0].iter().map(ToString::to_string).collect();
    assert!(!header.iter().any(|h| h == "Lisätiedot"), "{header:?}");
    assert_eq!(header[6], "Tiedosto");
}

/// The workbook's XML part `name` (e.g. `xl/worksheets/sheet1.xml`).
fn part(xlsx: &Path, name: &str) -> String {
    let file = std::fs::File::open(xlsx).expect("xlsx");
    let mut zip = zip::ZipArchive::new(file).expect("zip");
    let mut text = String::new();
    std::io::Read::read_to_string(&mut zip.by_name(name).expect("part"), &mut text).expect("read");
    text
}

#[test]
fn tidy_sheets_are_tables_and_the_chart_has_labels_and_an_axis_of_n() {
    let dir = tempfile::tempdir().expect("tempdir");
    let xlsx = dir.path().join("koonti.xlsx");
    run(
        koonti().arg("merge").arg(samples()).arg("-o").arg(&xlsx),
        true,
    );
    let table = part(&xlsx, "xl/tables/table1.xml");
    assert!(table.contains("TableStyleLight1"), "{table}");
    let chart = part(&xlsx, "xl/charts/chart1.xml");
    assert!(chart.contains("<c:showVal val=\"1\"/>"), "data labels");
    // Five units are counted (one had nothing to comment): the axis ends at 5.
    assert!(chart.contains("<c:max val=\"5\"/>"), "axis max");
    for colour in ["1B6B35", "F2C14E", "A4262C", "D0D0D0"] {
        assert!(chart.contains(colour), "{colour}");
    }
    // Not by hue only (issue 21): "Ei toteutunut" is striped against
    // "Toteutunut", "Ei vastausta" against "Osittain".
    assert_eq!(chart.matches("pattFill prst=").count(), 2, "{chart}");
    // Categories are short names (in a hidden column the chart plots).
    assert!(!chart.contains("plotVisOnly"), "hidden data shown");
    assert!(chart.contains("1.1 Luomme osallisuuden"), "short names");
}

#[test]
fn the_secretary_keeps_drops_and_edits_highlights_on_nostot() {
    let dir = tempfile::tempdir().expect("tempdir");
    let xlsx = dir.path().join("koonti.xlsx");
    run(
        koonti().arg("merge").arg(samples()).arg("-o").arg(&xlsx),
        true,
    );
    let rows = sheet(&xlsx, "Nostot");
    let text = |r: &Vec<Data>, i: usize| r.get(i).map(ToString::to_string).unwrap_or_default();
    // A working sheet: a note on its first row, then the header.
    assert!(text(&rows[0], 0).starts_with("Tarkistusta varten"));
    assert_eq!(text(&rows[1], 3), "Mukana");
    let kept: Vec<usize> = (2..rows.len())
        .filter(|&i| text(&rows[i], 0) == "Nosto" && text(&rows[i], 3) == "kyllä")
        .collect();
    assert!(kept.len() >= 2, "{rows:?}");
    // No fragment: every proposal is whole sentences, none "(+1 muuta)".
    for row in &rows[2..] {
        let t = text(row, 4);
        assert!(!t.contains('…') && !t.contains("muuta)"), "{t}");
    }
    // Three rows of different texts: one dropped, one edited, one added.
    let drop_row = kept[0];
    let dropped = text(&rows[drop_row], 4);
    let edit_row = *kept
        .iter()
        .find(|&&i| text(&rows[i], 4) != dropped)
        .expect("a second kept text");
    let edited = text(&rows[edit_row], 4);
    let add_row = (2..rows.len())
        .find(|&i| text(&rows[i], 3) == "ei" && ![&dropped, &edited].contains(&&text(&rows[i], 4)))
        .expect("a proposal not kept");
    let added = text(&rows[add_row], 4);
    let page = |dir: &Path| {
        let html = dir.join("liite.html");
        run(
            koonti().arg("appendix").arg(&xlsx).arg("-o").arg(&html),
            true,
        );
        // The texts as written: without the spans that keep a hyphenated
        // word on one line or mark Finnish.
        std::fs::read_to_string(html)
            .expect("html")
            .replace("<span class=\"w\">", "")
            .replace("<span lang=\"fi\">", "")
            .replace("</span>", "")
    };
    let before = page(dir.path());
    // A unit may have written the same words for two measures: counted.
    let count = |page: &str, text: &str| page.matches(&crate::appendix_escape(text)).count();
    assert!(count(&before, &dropped) > 0, "{dropped}");
    assert!(before.contains("Vastanneiden huomioita"));
    let (d, e, a) = (
        format!("D{}", drop_row + 1),
        format!("E{}", edit_row + 1),
        format!("D{}", add_row + 1),
    );
    crate::trust::edit_cells(
        &xlsx,
        "Nostot",
        &[
            (&d, "ei"),
            (&e, "Sihteerin muokkaama nosto."),
            (&a, "kyllä"),
        ],
    );
    let after = page(dir.path());
    assert_eq!(
        count(&after, &dropped),
        count(&before, &dropped) - 1,
        "{dropped}"
    );
    assert_eq!(
        count(&after, &edited),
        count(&before, &edited) - 1,
        "{edited}"
    );
    assert!(after.contains("Sihteerin muokkaama nosto."));
    assert_eq!(count(&after, &added), count(&before, &added) + 1, "{added}");
    // A kept cell that says neither yes nor no is refused, naming it.
    crate::trust::edit_cells(&xlsx, "Nostot", &[(&d, "ehkä")]);
    let out = run(
        koonti()
            .arg("appendix")
            .arg(&xlsx)
            .arg("-o")
            .arg(dir.path().join("x.html")),
        false,
    );
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains(&format!("Nostot!{d}")), "{stderr}");
}

#[test]
fn templates_hide_the_metadata_well_and_paint_only_the_answer_cells() {
    let dir = tempfile::tempdir().expect("tempdir");
    run(
        koonti()
            .args([
                "template",
                "--programme",
                "siun-sote-2023-2025",
                "--period",
                "2025",
                "-o",
            ])
            .arg(dir.path()),
        true,
    );
    let template = dir
        .path()
        .join("siun-sote-2023-2025 2025 Pelastuslaitos.xlsx");
    let workbook = part(&template, "xl/workbook.xml");
    assert!(
        workbook.contains("name=\"_koonti\"") && workbook.contains("state=\"veryHidden\""),
        "{workbook}"
    );
    // The structure is protected: sheets cannot be deleted or unhidden.
    assert!(workbook.contains("<workbookProtection lockStructure=\"1\"/>"));
    // Ohjeet (sheet 1) has a footer; Vastaukset (sheet 2) paints only the
    // mark columns C:D of unanswered rows, and both marks are amber.
    assert!(part(&template, "xl/worksheets/sheet1.xml").contains("<oddFooter>"));
    let answers = part(&template, "xl/worksheets/sheet2.xml");
    // Measure rows keep their height but may grow (no custom-height flag);
    // the title row keeps its own.
    let measure_row = answers
        .split("<row ")
        .find(|r| r.starts_with("r=\"7\""))
        .expect("a measure row");
    assert!(measure_row.contains("ht=\""), "{measure_row}");
    assert!(
        !measure_row
            .split('>')
            .next()
            .unwrap_or("")
            .contains("customHeight"),
        "{measure_row}"
    );
    let title_row = answers.split("<row ").nth(1).unwrap_or("");
    assert!(
        title_row
            .split('>')
            .next()
            .unwrap_or("")
            .contains("customHeight"),
        "{title_row}"
    );
    let ranges: Vec<&str> = answers
        .split("<conditionalFormatting sqref=\"")
        .skip(1)
        .filter_map(|s| s.split('"').next())
        .collect();
    assert!(!ranges.is_empty());
    assert!(
        ranges.iter().any(|r| r.starts_with('C')),
        "unanswered cells: {ranges:?}"
    );
    let styles = part(&template, "xl/styles.xml");
    assert!(!styles.contains("FF9C0006"), "no red text for both marks");
}

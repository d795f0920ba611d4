//! The consolidated workbook read back: sheets, counts, the summary
//! paragraph, the matrix, the sources, text safety, languages and PDF.
use crate::util::{koonti, merge_json, run, samples, soffice_convert};
use calamine::{Data, Reader, Xlsx, open_workbook};
use std::path::Path;

type Book = Xlsx<std::io::BufReader<std::fs::File>>;

fn open(path: &Path) -> Book {
    open_workbook(path).expect("workbook opens")
}

/// A sheet as rows of displayed strings.
fn rows(book: &mut Book, sheet: &str) -> Vec<Vec<String>> {
    book.worksheet_range(sheet)
        .unwrap_or_else(|e| panic!("sheet {sheet}: {e}"))
        .rows()
        .map(|r| r.iter().map(ToString::to_string).collect())
        .collect()
}

fn merged_samples(dir: &Path, extra: &[&str]) -> Book {
    merge_json(&[&samples()], dir, extra);
    open(&dir.join("koonti.xlsx"))
}

#[test]
fn summary_has_counts_shares_and_the_paragraph() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut book = merged_samples(dir.path(), &[]);
    let summary = rows(&mut book, "Yhteenveto");
    let row = |id: &str| {
        summary
            .iter()
            .rfind(|r| r[0] == id)
            .unwrap_or_else(|| panic!("row {id}"))
            .clone()
    };
    // 1.1: Osallisuustyöryhmä and Pelastuslaitos implemented; Hallinto partial;
    // Perhe- ja sosiaalipalvelut not; Ikäihmiset unanswered. Terveys had
    // nothing to comment and is left out of the counts.
    assert_eq!(&row("1.1")[2..7], ["2", "1", "1", "1", "5"]);
    let total: Vec<u32> = (2..6)
        .map(|c| {
            summary
                .iter()
                .filter(|r| r[0].len() <= 5 && r[0].contains('.'))
                .map(|r| r[c].parse::<u32>().expect("count"))
                .sum()
        })
        .collect();
    assert_eq!(
        total,
        [40, 2, 12, 11],
        "implemented, partial, not, unanswered"
    );
    let share: f64 = row("1.1")[7].parse().expect("share");
    assert!((share - 2.0 / 5.0).abs() < 1e-9);
    let text = summary.concat().join(" ");
    for sentence in [
        "Vastauksia saatiin kuusi kappaletta.",
        "Yksi toimialue (Terveys- ja sairaanhoitopalvelut) ilmoitti, ettei sillä ole kommentoitavaa, mutta antoi vapaamuotoista palautetta; sitä ei ole laskettu mukaan osuuksiin.",
        "Kahdessa vastauksessa annettiin vapaamuotoista palautetta.",
        "Kaikkiaan 65 vastauskohdasta 40 oli merkitty toteutuneeksi, 2 osittain toteutuneeksi ja 12 toteutumattomaksi; 11 kohtaa jäi vastaamatta.",
        // Issue 21: the shares of all items, as the table shows them (the
        // sentence once said toimenpide 1 was best at 80 % of the answered,
        // while the table showed it lowest, at 53 %).
        "Parhaiten toteutui toimenpide 4 (Edistämme järjestöjen toimintaedellytyksiä ja vaikuttamismahdollisuuksia): 67 % kaikista sen kohdista oli merkitty toteutuneeksi.",
        "Heikoimmin toteutui toimenpide 1 (Viestimme selkeästi ja monikanavaisesti), 53 %.",
    ] {
        assert!(text.contains(sentence), "{sentence:?} not in {text}");
    }
    assert!(text.contains("6 / 6 odotetusta"));
}

#[test]
fn action_sheets_show_each_units_measures_with_symbol_and_word() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut book = merged_samples(dir.path(), &[]);
    let sheet = rows(&mut book, "Toimenpide 1");
    assert!(sheet[0][0].starts_with("Toimenpide 1: Viestimme selkeästi"));
    let units: Vec<&str> = sheet
        .iter()
        .map(|r| r[0].as_str())
        .filter(|c| c.ends_with("palvelut") || *c == "Osallisuustyöryhmä" || *c == "Pelastuslaitos")
        .collect();
    assert_eq!(units.len(), 6, "{units:?}");
    let family = sheet
        .iter()
        .position(|r| r[0] == "Perhe- ja sosiaalipalvelut")
        .expect("unit block");
    assert_eq!(sheet[family + 1][1], "Tila");
    assert_eq!(sheet[family + 2][1], "✗ Ei toteutunut");
    assert_eq!(sheet[family + 3][1], "✓ Toteutunut");
    assert!(sheet[family + 3][2].starts_with("• Vammaispalvelut"));
    let elderly = sheet
        .iter()
        .position(|r| r[0] == "Ikäihmisten palvelut")
        .expect("unit block");
    assert!(
        sheet[elderly + 3][2].matches("\n• ").count() >= 4,
        "bullets on separate lines: {}",
        sheet[elderly + 3][2]
    );
}

#[test]
fn matrix_tidy_tables_and_sources() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut book = merged_samples(dir.path(), &[]);
    let matrix = rows(&mut book, "Matriisi");
    // The legend first (row 1), so no printed page holds it alone; the
    // table's header on row 3.
    assert_eq!(matrix[0][1], "Selite");
    assert_eq!(matrix[0][2], "✓ Toteutunut");
    assert_eq!(matrix[2].len(), 2 + 6, "number, measure and six units");
    assert_eq!(matrix[2][2], "Perhe- ja sosiaalipalvelut");
    let measures: Vec<&Vec<String>> = matrix
        .iter()
        .skip(3)
        .take_while(|r| !r[0].is_empty())
        .collect();
    assert_eq!(measures.len(), 13);
    assert_eq!(measures[0][0], "1.1");
    assert!(measures.iter().all(|r| {
        r[2..]
            .iter()
            .all(|c| ["✓", "✗", "◐", "–"].contains(&c.as_str()))
    }));
    assert_eq!(rows(&mut book, "Vastaukset").len(), 1 + 78);
    assert_eq!(rows(&mut book, "Vapaamuotoinen palaute").len(), 1 + 4);
    // An empty sheet says so under its header.
    assert_eq!(
        rows(&mut book, "Tukipyynnöt"),
        [
            ["Yksikkö", "Tukipyyntö", "Tiedosto", "Välilehti", "Solu"],
            ["Ei rivejä.", "", "", "", ""]
        ]
    );
    let missing = rows(&mut book, "Puuttuvat");
    // Hallintopalvelut said it has nothing to comment: its 13 blank
    // measures are asked of nobody (issue 21), so 11 of 24 remain.
    assert_eq!(
        missing.len(),
        1 + 11,
        "11 measures left unanswered, no unit missing"
    );
    assert!(missing.iter().all(|r| r[0] != "Hallintopalvelut"));
    let findings = rows(&mut book, "Tarkistukset");
    assert!(findings[0][0].starts_with("Tarkistusta varten"));
    assert!(
        findings
            .iter()
            .skip(2)
            .any(|r| r[4] == "A6" && r[2] == "Hallintopalvelut.xlsx")
    );
    let sources = rows(&mut book, "Lähteet");
    // The note saying it is for checking, the header and six files.
    assert_eq!(sources.len(), 2 + 6);
    for source in &sources[2..] {
        // Read or skipped (issue 21) stands after how it was read.
        assert_eq!(source[7].len(), 64, "{source:?}");
        assert!(source[7].chars().all(|c| c.is_ascii_hexdigit()));
        assert!(source[6].parse::<u64>().is_ok_and(|size| size > 1000));
        assert_eq!(source[4], "taulukko");
        assert_eq!(source[5], "luettu vastauksena");
        assert_eq!(source[8], env!("CARGO_PKG_VERSION"));
    }
}

#[test]
fn labels_follow_lang() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut book = merged_samples(dir.path(), &["--lang", "sv"]);
    assert!(book.sheet_names().contains(&"Sammanfattning".to_string()));
    assert!(book.sheet_names().contains(&"Åtgärd 1".to_string()));
    let text = rows(&mut book, "Sammanfattning").concat().join(" ");
    assert!(text.contains("Sex svar inkom."), "{text}");
    let dir = tempfile::tempdir().expect("tempdir");
    let mut book = merged_samples(dir.path(), &["--lang", "en"]);
    assert_eq!(rows(&mut book, "Sources")[1][0], "File");
    assert!(
        rows(&mut book, "Answers")
            .iter()
            .any(|r| r[4] == "✓ Implemented")
    );
}

/// Writes a response in the committee's layout whose answer to the first
/// measure is `text`.
fn response_with_text(path: &Path, text: &str) {
    let rows: [&[&str]; 5] = [
        &["Vastaukset osallisuusohjelman toimenpiteiden toteutumiseen 2024"],
        &["Toimialue: Pelastuslaitos"],
        &["Toimenpide 1: Viestimme selkeästi ja monikanavaisesti"],
        &[
            "Toimenpiteet",
            "Toimenpide on toteutunut",
            "Toimenpide ei ole toteutunut",
            "Miten on toteutettu tai tulisi jatkossa toteuttaa?",
        ],
        &[
            "Luomme osallisuuden verkkosivun ja painettavan oppaan, joilla teemme osallistumisen mahdollisuudet näkyviksi.",
            "x",
            "",
            text,
        ],
    ];
    crate::util::write_rows(path, &rows);
}

#[test]
fn formula_like_answers_stay_text() {
    for text in [
        "=HYPERLINK(\"http://x\")",
        "+358 40 123",
        "-",
        "@koonti",
        "=1+1",
    ] {
        let dir = tempfile::tempdir().expect("tempdir");
        let input = dir.path().join("vastaus.xlsx");
        response_with_text(&input, text);
        let report = merge_json(
            &[&input],
            dir.path(),
            &["--programme", "siun-sote-2023-2025"],
        );
        let kept = report["answers"][0]["text"]
            .as_str()
            .expect("text")
            .to_string();
        if text != "-" {
            // A lone "-" is a bullet with nothing after it; the rest is kept whole.
            assert_eq!(kept, text);
        }
        let mut book = open(&dir.path().join("koonti.xlsx"));
        for sheet in ["Vastaukset", "Toimenpide 1"] {
            let formulas = book.worksheet_formula(sheet).expect("formulas");
            assert!(
                formulas.used_cells().next().is_none(),
                "{sheet} has formulas for {text:?}"
            );
        }
        let answers = book.worksheet_range("Vastaukset").expect("answers");
        let cell = answers.get((1, 5)).expect("answer cell");
        match cell {
            Data::String(s) => assert!(s.ends_with(&kept) || kept.is_empty(), "{s:?} vs {kept:?}"),
            other => panic!("{text:?} became {other:?}"),
        }
    }
}

#[test]
fn workbook_converts_to_pdf() {
    let dir = tempfile::tempdir().expect("tempdir");
    run(
        koonti()
            .arg("merge")
            .arg(samples())
            .arg("-o")
            .arg(dir.path().join("koonti-2024.xlsx")),
        true,
    );
    let Some(pdf) = soffice_convert(&dir.path().join("koonti-2024.xlsx"), "pdf", dir.path()) else {
        return;
    };
    let bytes = std::fs::read(&pdf).expect("pdf");
    assert!(
        bytes.starts_with(b"%PDF") && bytes.len() > 10_000,
        "{} bytes",
        bytes.len()
    );
}

/// One entry of the workbook's zip as text.
fn zip_text(path: &Path, name: &str) -> String {
    use std::io::Read;
    let file = std::fs::File::open(path).expect("workbook");
    let mut zip = zip::ZipArchive::new(file).expect("zip");
    let mut text = String::new();
    zip.by_name(name)
        .unwrap_or_else(|e| panic!("{name}: {e}"))
        .read_to_string(&mut text)
        .expect("utf-8");
    text
}

/// The tables' formats are given a block at a time (much faster than a
/// format per cell); every body cell of Vastaukset, empty ones included,
/// must still get the bordered, wrapped text format.
#[test]
fn every_table_cell_has_the_bordered_text_format() {
    let dir = tempfile::tempdir().expect("tempdir");
    merge_json(&[&samples()], dir.path(), &[]);
    let path = dir.path().join("koonti.xlsx");
    let workbook = zip_text(&path, "xl/workbook.xml");
    let position = workbook
        .split("<sheet ")
        .skip(1)
        .position(|s| s.starts_with("name=\"Vastaukset\""))
        .expect("Vastaukset sheet");
    let sheet = zip_text(&path, &format!("xl/worksheets/sheet{}.xml", position + 1));
    let styles = zip_text(&path, "xl/styles.xml");
    let xfs: Vec<&str> = styles
        .split("<cellXfs")
        .nth(1)
        .expect("cellXfs")
        .split("<xf ")
        .skip(1)
        .collect();
    let body_rows: Vec<&str> = sheet.split("<row ").skip(2).collect();
    assert_eq!(body_rows.len(), 78);
    for row in body_rows {
        let cells: Vec<&str> = row.split("<c ").skip(1).collect();
        // Ten: the mark scale's answers have no additional column, and the
        // period is last.
        assert_eq!(cells.len(), 10, "all ten columns present: {row}");
        for cell in cells {
            let style: usize = cell
                .split("s=\"")
                .nth(1)
                .and_then(|s| s.split('"').next())
                .and_then(|s| s.parse().ok())
                .unwrap_or_else(|| panic!("cell without a format: {cell}"));
            let xf = xfs[style];
            assert!(
                !xf.contains("borderId=\"0\"") && xf.contains("wrapText=\"1\""),
                "{cell} has {xf}"
            );
        }
    }
}

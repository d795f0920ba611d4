//! Issue #12: never a silent wrong number. Each rule of "How koonti
//! decides" (docs/reading.md) on files made here.
use crate::util::{koonti, merge_json, run, samples};
use serde_json::Value;
use std::path::Path;

/// Copies the bundled samples into `dir`.
fn copy_samples(dir: &Path) {
    std::fs::create_dir_all(dir).expect("dir");
    for entry in std::fs::read_dir(samples()).expect("samples") {
        let path = entry.expect("entry").path();
        std::fs::copy(&path, dir.join(path.file_name().expect("name"))).expect("copy");
    }
}

/// Writes the blank templates of `programme` for `period` into `dir`.
fn templates(programme: &str, period: &str, dir: &Path) {
    run(
        koonti()
            .args([
                "template",
                "--programme",
                programme,
                "--period",
                period,
                "-o",
            ])
            .arg(dir),
        true,
    );
}

#[test]
fn untouched_templates_in_the_project_folder_are_no_responses() {
    let project = tempfile::tempdir().expect("tempdir");
    copy_samples(&project.path().join("vastaukset"));
    // Written after the answers: newer files of the same units.
    templates(
        "siun-sote-2023-2025",
        "2024",
        &project.path().join("lomakkeet"),
    );
    let out = tempfile::tempdir().expect("tempdir");
    let report = merge_json(&[project.path()], out.path(), &[]);
    let responses = report["responses"].as_array().expect("responses");
    assert_eq!(responses.len(), 6, "six units, not seven: {responses:?}");
    for response in responses {
        let used = response["files"][0].as_str().expect("file");
        assert!(used.starts_with("vastaukset/"), "{used} used");
        assert_eq!(response["files"].as_array().map(Vec::len), Some(1));
    }
    let blank: Vec<&str> = report["findings"]
        .as_array()
        .expect("findings")
        .iter()
        .filter(|f| f["code"] == "blank_response")
        .filter_map(|f| f["file"].as_str())
        .collect();
    assert_eq!(blank.len(), 7, "{blank:?}");
    assert!(blank.iter().any(|f| f.ends_with("muu yksikkö.xlsx")));
    // Each untouched form is one finding: "returned blank", never also
    // "no unit named" for the form of no unit.
    for file in &blank {
        let about: Vec<&Value> = report["findings"]
            .as_array()
            .expect("findings")
            .iter()
            .filter(|f| f["file"] == *file)
            .collect();
        assert_eq!(about.len(), 1, "{file}: {about:?}");
    }
    // The unit with nothing to comment but feedback is still a response.
    assert!(
        responses
            .iter()
            .any(|r| r["unit"] == "Terveys- ja sairaanhoitopalvelut")
    );
    let implemented = report["answers"]
        .as_array()
        .expect("answers")
        .iter()
        .filter(|a| a["status"] == "implemented")
        .count();
    assert_eq!(implemented, 40, "the seed's count");
}

#[test]
fn only_blank_templates_leave_every_unit_missing() {
    for programme in ["siun-sote-2023-2025", "keusote-2020-2025", "vantaa-kerava"] {
        let dir = tempfile::tempdir().expect("tempdir");
        templates(programme, "2025", &dir.path().join("lomakkeet"));
        let report = merge_json(&[dir.path()], dir.path(), &["--programme", programme]);
        assert_eq!(
            report["responses"].as_array().map(Vec::len),
            Some(0),
            "{programme}"
        );
        let expected = koonti_programme::load(programme)
            .expect("bundled")
            .units
            .len();
        assert_eq!(
            report["missing_units"].as_array().map(Vec::len),
            Some(expected)
        );
    }
}

#[test]
fn output_names_mean_what_they_say() {
    let dir = tempfile::tempdir().expect("tempdir");
    let json = dir.path().join("out.json");
    run(
        koonti().arg("merge").arg(samples()).arg("-o").arg(&json),
        true,
    );
    let report: serde_json::Value =
        serde_json::from_slice(&std::fs::read(&json).expect("written")).expect("-o x.json is JSON");
    assert_eq!(report["responses"].as_array().map(Vec::len), Some(6));
    let html = dir.path().join("liite.html");
    run(
        koonti().arg("appendix").arg(samples()).arg("-o").arg(&html),
        true,
    );
    let page = std::fs::read_to_string(&html).expect("-o x.html is text");
    assert!(
        page.starts_with("<!DOCTYPE html>") || page.starts_with("<!doctype html>"),
        "{}",
        &page[..40.min(page.len())]
    );
    for (command, option, name) in [
        ("merge", "-o", "koonti.pdf"),
        ("merge", "-o", "koonti.csv"),
        ("merge", "-o", "koonti"),
        ("merge", "--json", "koonti.xlsx"),
        ("appendix", "-o", "liite.pdf"),
        ("appendix", "--html", "liite.xlsx"),
    ] {
        let target = dir.path().join(name);
        let output = koonti()
            .arg(command)
            .arg(samples())
            .arg(option)
            .arg(&target)
            .output()
            .expect("runs");
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert_eq!(
            output.status.code(),
            Some(2),
            "{command} {option} {name}: {stderr}"
        );
        assert!(stderr.contains("se kirjoittaa ."), "{stderr}");
        assert_eq!(stderr.lines().count(), 1, "{stderr}");
        assert!(!target.exists(), "{name} written");
    }
}

/// A response in the committee's layout: an optional unit label, the
/// header, and every measure of Siun sote's programme, those for which
/// `marked` is true marked implemented with a text.
fn siun_response(path: &Path, unit: Option<&str>, marked: impl Fn(&str) -> bool) {
    let programme = koonti_programme::load("siun-sote-2023-2025").expect("bundled");
    let label = unit.map(|u| format!("Toimialue: {u}")).unwrap_or_default();
    let measures: Vec<(String, String, bool)> = programme
        .measures()
        .into_iter()
        .map(|(_, m)| (m.id.clone(), m.text.clone(), marked(&m.id)))
        .collect();
    let mut rows: Vec<Vec<&str>> = vec![
        vec![label.as_str()],
        vec![
            "Toimenpiteet",
            "Toimenpide on toteutunut",
            "Toimenpide ei ole toteutunut",
            "Miten on toteutettu tai tulisi jatkossa toteuttaa?",
        ],
    ];
    for (_, text, marked) in &measures {
        rows.push(if *marked {
            vec![text.as_str(), "x", "", "Tehty."]
        } else {
            vec![text.as_str()]
        });
    }
    let rows: Vec<&[&str]> = rows.iter().map(Vec::as_slice).collect();
    crate::util::write_rows(path, &rows);
}

#[test]
fn check_lists_what_is_left_to_fill() {
    let dir = tempfile::tempdir().expect("tempdir");
    let half = dir.path().join("vastaus.xlsx");
    siun_response(&half, None, |id| id.starts_with('1') || id.starts_with('2'));
    let full = dir.path().join("pelastus.xlsx");
    siun_response(&full, Some("Pelastuslaitos"), |_| true);
    let output = koonti()
        .arg("check")
        .arg(dir.path())
        .args(["--programme", "siun-sote-2023-2025"])
        .output()
        .expect("runs");
    let text = String::from_utf8_lossy(&output.stdout);
    let programme = koonti_programme::load("siun-sote-2023-2025").expect("bundled");
    let half_block: String = text
        .split("vastaus.xlsx")
        .nth(1)
        .expect("the half-filled file is listed")
        .lines()
        .skip(1)
        .take_while(|l| l.starts_with("  "))
        .collect::<Vec<_>>()
        .join("\n");
    for (_, measure) in programme.measures() {
        let line = format!("vastaamatta: {} {}", measure.id, measure.text);
        let left = measure.id.starts_with('3') || measure.id.starts_with('4');
        assert_eq!(half_block.contains(&line), left, "{line}\n{text}");
    }
    assert!(half_block.contains("yksikön nimi puuttuu"), "{text}");
    assert!(!text.contains("vastaus.xlsx (vastaus): kunnossa"), "{text}");
    assert!(
        text.contains("pelastus.xlsx (Pelastuslaitos): kunnossa"),
        "{text}"
    );
}

/// Writes a filled Siun sote response of `unit` whose file name carries the
/// period (`"Pelastuslaitos 2025.xlsx"`).
fn filled(dir: &Path, unit: &str, period: &str) -> std::path::PathBuf {
    let path = dir.join(format!("{unit} {period}.xlsx"));
    siun_response(&path, Some(unit), |id| !id.ends_with('2'));
    path
}

#[test]
fn one_report_one_period() {
    let dir = tempfile::tempdir().expect("tempdir");
    let input = dir.path().join("vastaukset");
    std::fs::create_dir_all(&input).expect("dir");
    filled(&input, "Pelastuslaitos", "2024");
    filled(&input, "Hallintopalvelut", "2025");
    filled(&input, "Ikäihmisten palvelut", "Q3-2025");
    let out = dir.path().join("koonti.xlsx");
    let output = koonti()
        .arg("merge")
        .arg(&input)
        .arg("-o")
        .arg(&out)
        .output()
        .expect("runs");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(1), "{stderr}");
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
    for (period, file) in [
        ("2024", "Pelastuslaitos 2024.xlsx"),
        ("2025", "Hallintopalvelut 2025.xlsx"),
        ("Q3/2025", "Ikäihmisten palvelut Q3-2025.xlsx"),
    ] {
        assert!(stderr.contains(&format!("{period}: {file}")), "{stderr}");
    }
    assert!(stderr.contains("--period"), "{stderr}");
    assert!(!out.exists());
    let report = merge_json(&[&input], dir.path(), &["--period", "2025"]);
    assert_eq!(report["period"], "2025");
    let units: Vec<&str> = report["responses"]
        .as_array()
        .expect("responses")
        .iter()
        .filter_map(|r| r["unit"].as_str())
        .collect();
    assert_eq!(units, ["Hallintopalvelut"]);
    let left_out: Vec<String> = report["findings"]
        .as_array()
        .expect("findings")
        .iter()
        .filter(|f| f["code"] == "other_period")
        .map(|f| format!("{} {}", f["file"], f["message"]))
        .collect();
    assert_eq!(left_out.len(), 2, "{left_out:?}");
    assert!(
        left_out
            .iter()
            .any(|f| f.contains("Pelastuslaitos 2024.xlsx") && f.contains("2024"))
    );
    assert!(
        left_out
            .iter()
            .any(|f| f.contains("Q3-2025.xlsx") && f.contains("Q3/2025"))
    );
}

/// A koonti template of Pelastuslaitos for `period` with measure 1.1
/// implemented, saved as `name`.
fn filled_template(dir: &Path, period: &str, name: &str) -> std::path::PathBuf {
    let programme = koonti_programme::load("siun-sote-2023-2025").expect("bundled");
    let mut prefill = koonti_template::Prefill::default();
    prefill.answers.insert(
        "1.1".into(),
        koonti_template::PrefillAnswer {
            status: koonti_model::Status::Implemented,
            text: "Tehty.".into(),
        },
    );
    let options = koonti_template::TemplateOptions {
        period: period.into(),
        lang: koonti_model::Lang::Fi,
        deadline: None,
        contact: None,
        prefill: Some(prefill),
    };
    let unit = programme.units.iter().find(|u| u.name == "Pelastuslaitos");
    let bytes = koonti_template::write_template(&programme, unit, &options).expect("template");
    let path = dir.join(name);
    std::fs::write(&path, bytes).expect("write");
    path
}

#[test]
fn the_period_is_read_from_metadata_title_and_file_name() {
    let dir = tempfile::tempdir().expect("tempdir");
    // The template's hidden sheet and title say "q2 2025"; its file name
    // says 2023 and does not win.
    let template = filled_template(dir.path(), "q2 2025", "vastaus 2023.xlsx");
    let report = merge_json(&[&template], dir.path(), &[]);
    assert_eq!(report["period"], "Q2/2025");
    // A response with the period only in its file name.
    let named = filled(dir.path(), "Hallintopalvelut", "2026");
    let report = merge_json(&[&named], dir.path(), &[]);
    assert_eq!(report["period"], "2026");
}

/// Runs `koonti merge` expecting a refusal: exit 1, one line naming
/// `expected`, nothing written.
fn refused(args: &[&std::ffi::OsStr], expected: &[&str]) {
    crate::util::assert_refused("merge", args, "koonti.xlsx", expected);
}

#[test]
fn a_wrong_programme_is_refused_naming_the_one_the_files_answer() {
    let dir = tempfile::tempdir().expect("tempdir");
    let input = dir.path().join("vastaukset");
    std::fs::create_dir_all(&input).expect("dir");
    filled(&input, "Pelastuslaitos", "2025");
    filled(&input, "Hallintopalvelut", "2025");
    for wrong in ["keusote-2020-2025", "vantaa-kerava"] {
        refused(
            &[input.as_os_str(), "--programme".as_ref(), wrong.as_ref()],
            &[
                "Tiedostot vastaavat ohjelmaa siun-sote-2023-2025",
                &format!("eivät ohjelmaa {wrong}"),
                "--programme siun-sote-2023-2025",
            ],
        );
    }
    // Keusote's own templates, filled, are refused as Siun sote's.
    let keusote = dir.path().join("keusote");
    templates("keusote-2020-2025", "2025", &keusote);
    refused(
        &[
            keusote.as_os_str(),
            "--programme".as_ref(),
            "siun-sote-2023-2025".as_ref(),
        ],
        &["ohjelmaa keusote-2020-2025"],
    );
}

#[test]
fn files_made_for_an_unknown_programme_are_named() {
    let dir = tempfile::tempdir().expect("tempdir");
    // A county's own programme: Siun sote's definition under another id
    // and with other measure texts.
    let definition =
        std::fs::read_to_string(crate::util::root().join("templates/siun-sote-2023-2025.toml"))
            .expect("definition");
    let definition = definition
        .replace("id = \"siun-sote-2023-2025\"", "id = \"oulu-2026\"")
        .replace("text = \"", "text = \"Oulun ");
    assert!(definition.contains("oulu-2026"));
    let toml = dir.path().join("oulu.toml");
    std::fs::write(&toml, definition).expect("write");
    let forms = dir.path().join("lomakkeet");
    run(
        koonti()
            .args(["template", "--programme"])
            .arg(&toml)
            .args(["--period", "2026", "-o"])
            .arg(&forms),
        true,
    );
    let expected = ["Tiedostot on tehty ohjelmalle oulu-2026", "--programme"];
    refused(&[forms.as_os_str()], &expected);
    refused(
        &[
            forms.as_os_str(),
            "--programme".as_ref(),
            "siun-sote-2023-2025".as_ref(),
        ],
        &expected,
    );
    // Given its definition, they merge.
    let report = merge_json(
        &[&forms],
        dir.path(),
        &["--programme", toml.to_str().expect("utf-8")],
    );
    assert_eq!(report["programme"]["id"], "oulu-2026");
}

#[test]
fn koontis_own_workbooks_are_not_merged_as_responses() {
    let dir = tempfile::tempdir().expect("tempdir");
    let first = dir.path().join("koonti-2024.xlsx");
    run(
        koonti().arg("merge").arg(samples()).arg("-o").arg(&first),
        true,
    );
    let second = dir.path().join("koonti-2025.xlsx");
    std::fs::copy(&first, &second).expect("copy");
    refused(
        &[first.as_os_str(), second.as_os_str()],
        &[
            "koonti-2024.xlsx",
            "koonti-2025.xlsx",
            "koonnin omia",
            "koonti compare",
        ],
    );
    refused(&[first.as_os_str()], &["koonnin oma", "koonti compare"]);
}

/// The workbook at `path` with the cells `edits` (A1 name, new text) of
/// its sheet `sheet` replaced, as a secretary's hand edit would.
pub(crate) fn edit_cells(path: &Path, sheet: &str, edits: &[(&str, &str)]) {
    use std::io::Read;
    let bytes = std::fs::read(path).expect("read");
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(bytes)).expect("zip");
    let mut entries: Vec<(String, Vec<u8>)> = Vec::new();
    for i in 0..archive.len() {
        let mut file = archive.by_index(i).expect("entry");
        let mut data = Vec::new();
        file.read_to_end(&mut data).expect("inflate");
        entries.push((file.name().expect("entry name").to_string(), data));
    }
    let workbook = String::from_utf8_lossy(
        &entries
            .iter()
            .find(|(n, _)| n == "xl/workbook.xml")
            .expect("workbook.xml")
            .1,
    )
    .to_string();
    let position = workbook
        .split("<sheet ")
        .skip(1)
        .position(|s| s.contains(&format!("name=\"{sheet}\"")))
        .expect("sheet listed");
    let sheet_xml = format!("xl/worksheets/sheet{}.xml", position + 1);
    let entry = entries
        .iter_mut()
        .find(|(n, _)| *n == sheet_xml)
        .expect("sheet xml");
    let mut xml = String::from_utf8(entry.1.clone()).expect("utf-8");
    for (cell, text) in edits {
        let start = xml.find(&format!("<c r=\"{cell}\"")).expect("cell written");
        let end = start + xml[start..].find("</c>").expect("cell closed") + 4;
        let style = xml[start..end]
            .split_whitespace()
            .find(|a| a.starts_with("s=\""))
            .map(|s| s.trim_end_matches('>').to_string())
            .unwrap_or_default();
        let new = format!(
            "<c r=\"{cell}\" {style} t=\"inlineStr\"><is><t xml:space=\"preserve\">{text}</t></is></c>"
        );
        xml.replace_range(start..end, &new);
    }
    entry.1 = xml.into_bytes();
    let refs: Vec<(&str, &[u8])> = entries
        .iter()
        .map(|(n, d)| (n.as_str(), d.as_slice()))
        .collect();
    std::fs::write(path, crate::util::zip_of(&refs)).expect("write");
}

#[test]
fn an_appendix_from_an_edited_workbook_reads_the_corrections_or_refuses() {
    let dir = tempfile::tempdir().expect("tempdir");
    let workbook = dir.path().join("koonti.xlsx");
    run(
        koonti()
            .arg("merge")
            .arg(samples())
            .arg("-o")
            .arg(&workbook),
        true,
    );
    // Row 2 is Perhe- ja sosiaalipalvelut 1.1, not implemented: the
    // secretary corrects it to implemented and rewrites its text.
    edit_cells(
        &workbook,
        "Vastaukset",
        &[
            ("E2", "✓ Toteutunut"),
            ("F2", "• Korjattu: verkkosivu on julkaistu."),
        ],
    );
    let html = dir.path().join("liite.html");
    let output = run(
        koonti().arg("appendix").arg(&workbook).arg("-o").arg(&html),
        true,
    );
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("1 korjaus luettu"), "{stderr}");
    let page = std::fs::read_to_string(&html).expect("html");
    // 1.1 was implemented by two units of five counted; now three.
    assert!(
        page.contains("Korjattu: verkkosivu on julkaistu."),
        "the corrected text is a highlight"
    );
    let row_1_1 = page
        .split("<tr>")
        .find(|r| r.contains("<th scope=\"row\">1.1</th>"))
        .expect("row 1.1");
    assert!(row_1_1.contains(">3\u{a0}/\u{a0}5<"), "{row_1_1}");
    // A status koonti cannot read is refused, naming the cell.
    edit_cells(&workbook, "Vastaukset", &[("E3", "ehkä")]);
    let output = koonti()
        .arg("appendix")
        .arg(&workbook)
        .arg("-o")
        .arg(dir.path().join("liite2.xlsx"))
        .output()
        .expect("runs");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(1), "{stderr}");
    assert!(stderr.contains("Vastaukset!E3 (”ehkä”)"), "{stderr}");
    assert!(!dir.path().join("liite2.xlsx").exists());
    // An edit on a sheet that is not read for corrections is refused too.
    let fresh = dir.path().join("koonti-2.xlsx");
    run(
        koonti().arg("merge").arg(samples()).arg("-o").arg(&fresh),
        true,
    );
    edit_cells(&fresh, "Toimenpide 1", &[("C5", "✓ Toteutunut")]);
    let output = koonti()
        .arg("appendix")
        .arg(&fresh)
        .arg("-o")
        .arg(dir.path().join("liite3.xlsx"))
        .output()
        .expect("runs");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(1), "{stderr}");
    assert!(stderr.contains("Toimenpide 1!C5"), "{stderr}");
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
}

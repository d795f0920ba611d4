//! Reports written earlier: the JSON of `koonti merge --json`, or the copy
//! a consolidated workbook keeps in its hidden sheet
//! [`EMBEDDED_REPORT_SHEET`], so that later subcommands (`koonti appendix`)
//! can start from either without reading the responses again.
use calamine::{Data, Reader, open_workbook_auto};
use koonti_model::{EMBEDDED_REPORT_SHEET, StoredReport};
use std::path::Path;

/// A report read back, with the programme it was made against when the
/// source kept it (a consolidated workbook does; plain JSON does not): the
/// stored-report type of the model, which its writer uses too.
pub type Embedded = StoredReport;

/// Parses JSON that is either a plain report (`koonti merge --json`) or the
/// envelope `{"report": …, "programme": …}` a consolidated workbook keeps
/// (see [`StoredReport`]).
pub fn parse_report_json(text: &str) -> Result<Embedded, String> {
    StoredReport::from_json(text).map_err(|e| e.to_string())
}

/// Reads the report a consolidated workbook keeps in its hidden sheet.
/// `Ok(None)` when the file is a spreadsheet without that sheet (e.g. a
/// response); `Err` when it cannot be opened or the stored JSON is broken.
pub fn read_embedded(path: &Path) -> Result<Option<Embedded>, String> {
    let shown = path.display();
    let mut workbook = open_workbook_auto(path).map_err(|e| format!("{shown}: {e}"))?;
    if !workbook
        .sheet_names()
        .iter()
        .any(|n| n == EMBEDDED_REPORT_SHEET)
    {
        return Ok(None);
    }
    let range = workbook
        .worksheet_range(EMBEDDED_REPORT_SHEET)
        .map_err(|e| format!("{shown}: {e}"))?;
    let text: String = range
        .rows()
        .filter_map(|row| match row.first() {
            Some(Data::String(s)) => Some(s.as_str()),
            _ => None,
        })
        .collect();
    parse_report_json(&text)
        .map(Some)
        .map_err(|e| format!("{shown}, sheet {EMBEDDED_REPORT_SHEET}: {e}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    const PLAIN: &str = r#"{"programme":{"id":"p","title":"T"},"period":"2024","responses":[],
        "missing_units":[],"answers":[],"feedback":[],"unmatched":[],"findings":[]}"#;

    #[test]
    fn reads_plain_reports_and_envelopes() {
        let plain = parse_report_json(PLAIN).expect("plain report");
        assert_eq!(plain.report.period, "2024");
        assert!(plain.report.sources.is_empty(), "older JSON has no sources");
        assert!(plain.programme.is_none());
        let envelope = format!(r#"{{"report":{PLAIN},"programme":null}}"#);
        assert_eq!(parse_report_json(&envelope).expect("envelope"), plain);
        assert!(parse_report_json("{\"x\":1}").is_err());
        assert!(parse_report_json("ei json").is_err());
    }

    /// A report of an older koonti keeps each finding as code and Finnish
    /// sentence; a newer one also as the code's arguments, worded anew.
    #[test]
    fn reads_findings_with_and_without_their_arguments() {
        let with_findings = PLAIN.replace(
            r#""findings":[]"#,
            r#""findings":[
              {"severity":"warning","code":"both_marked","unit":"A","file":"a.xlsx","sheet":"S",
               "cell":"A6","message":"Vanha lause."},
              {"severity":"warning","code":"both_marked","unit":"A","file":"a.xlsx","sheet":"S",
               "cell":"A7","message":"Toimenpide 1.2 …",
               "args":{"code":"both_marked","measure":"1.2"}}]"#,
        );
        let read = parse_report_json(&with_findings).expect("report");
        let [old, new] = &read.report.findings[..] else {
            panic!("two findings: {:?}", read.report.findings);
        };
        use koonti_model::{FindingCode, Lang};
        assert_eq!(old.code.code(), "both_marked");
        assert_eq!(old.message(Lang::En), "Vanha lause.");
        assert_eq!(
            new.code,
            FindingCode::BothMarked {
                measure: "1.2".into()
            }
        );
        assert!(new.message(Lang::Sv).starts_with("Åtgärd 1.2 är markerad"));
    }

    #[test]
    fn joins_the_chunks_of_the_hidden_sheet() {
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("koonti.xlsx");
        let mut workbook = rust_xlsxwriter::Workbook::new();
        let sheet = workbook.add_worksheet();
        sheet.set_name(EMBEDDED_REPORT_SHEET).expect("name");
        let (a, b) = PLAIN.split_at(40);
        sheet.write_string(0, 0, a).expect("chunk");
        sheet.write_string(1, 0, b).expect("chunk");
        workbook.save(&path).expect("save");
        let read = read_embedded(&path).expect("readable").expect("embedded");
        assert_eq!(read.report.programme.id, "p");

        let other = dir.path().join("vastaus.xlsx");
        let mut workbook = rust_xlsxwriter::Workbook::new();
        workbook
            .add_worksheet()
            .write_string(0, 0, "x")
            .expect("cell");
        workbook.save(&other).expect("save");
        assert_eq!(read_embedded(&other).expect("readable"), None);
    }
}

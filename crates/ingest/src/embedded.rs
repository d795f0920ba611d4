//! Reports written earlier: the JSON of `koonti merge --json`, or the copy
//! a consolidated workbook keeps in its hidden sheet
//! [`EMBEDDED_REPORT_SHEET`], so that later subcommands (`koonti appendix`)
//! can start from either without reading the responses again.
use crate::sniff::{Limits, ReadError};
use crate::workbook::{Value, read_guarded};
use koonti_model::{EMBEDDED_REPORT_SHEET, StoredReport, StoredReportError};
use std::fmt;

/// A report read back, with the programme it was made against when the
/// source kept it (a consolidated workbook does; plain JSON does not): the
/// stored-report type of the model, which its writer uses too.
pub type Embedded = StoredReport;

/// Why a stored report could not be read back.
#[derive(Debug)]
pub enum StoredError {
    /// The workbook could not be read (sniffing, limits, a broken file).
    Read(ReadError),
    /// The text is not JSON, or not a koonti report.
    Report(StoredReportError),
    /// The report in the hidden sheet is broken.
    Sheet(Box<StoredError>),
}

impl fmt::Display for StoredError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            StoredError::Read(err) => write!(f, "{err}"),
            StoredError::Report(err) => write!(f, "{err}"),
            StoredError::Sheet(err) => write!(f, "sheet {EMBEDDED_REPORT_SHEET}: {err}"),
        }
    }
}

impl std::error::Error for StoredError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            StoredError::Read(err) => Some(err),
            StoredError::Report(err) => Some(err),
            StoredError::Sheet(err) => Some(err.as_ref()),
        }
    }
}

/// Parses JSON that is either a plain report (`koonti merge --json`) or the
/// envelope `{"report": …, "programme": …}` a consolidated workbook keeps
/// (see [`StoredReport`]).
pub fn parse_report_json(text: &str) -> Result<Embedded, StoredError> {
    StoredReport::from_json(text).map_err(StoredError::Report)
}

/// Reads the report a consolidated workbook keeps in its hidden sheet,
/// through the guards every response passes (sniffing, [`Limits`], a
/// caught panic); only that sheet is parsed. `Ok(None)` when the workbook
/// has no such sheet (e.g. a response); `Err` when it cannot be read or the
/// stored JSON is broken. `display` names the file in errors.
pub fn read_stored(
    bytes: Vec<u8>,
    display: &str,
    limits: &Limits,
) -> Result<Option<Embedded>, StoredError> {
    let workbook = read_guarded(bytes, display, limits, Some(EMBEDDED_REPORT_SHEET))
        .map_err(StoredError::Read)?;
    let Some(sheet) = workbook
        .sheets
        .iter()
        .find(|s| s.name == EMBEDDED_REPORT_SHEET)
    else {
        return Ok(None);
    };
    // The JSON is cut into chunks down column A, one per row.
    let text: String = sheet
        .cells
        .iter()
        .filter(|c| c.col == 0)
        .filter_map(|c| match &c.value {
            Value::Text(s) => Some(s.as_str()),
            _ => None,
        })
        .collect();
    parse_report_json(&text)
        .map(Some)
        .map_err(|err| StoredError::Sheet(Box::new(err)))
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
        use koonti_model::FindingCode;
        assert_eq!(
            old.code,
            FindingCode::Recorded {
                code: "both_marked".into(),
                message: "Vanha lause.".into()
            }
        );
        assert_eq!(
            new.code,
            FindingCode::BothMarked {
                measure: "1.2".into()
            }
        );
    }

    #[test]
    fn joins_the_chunks_of_the_hidden_sheet() {
        let mut workbook = rust_xlsxwriter::Workbook::new();
        let sheet = workbook.add_worksheet();
        sheet.set_name(EMBEDDED_REPORT_SHEET).expect("name");
        let (a, b) = PLAIN.split_at(40);
        sheet.write_string(0, 0, a).expect("chunk");
        sheet.write_string(1, 0, b).expect("chunk");
        let bytes = workbook.save_to_buffer().expect("save");
        let limits = Limits::default();
        let read = read_stored(bytes, "koonti.xlsx", &limits)
            .expect("readable")
            .expect("embedded");
        assert_eq!(read.report.programme.id, "p");

        let mut workbook = rust_xlsxwriter::Workbook::new();
        workbook
            .add_worksheet()
            .write_string(0, 0, "x")
            .expect("cell");
        let other = workbook.save_to_buffer().expect("save");
        let read = read_stored(other, "vastaus.xlsx", &limits).expect("readable");
        assert_eq!(read, None);
        let refused = read_stored(b"%PDF-1.4".to_vec(), "x.xlsx", &limits);
        assert!(matches!(refused, Err(StoredError::Read(_))));
    }
}

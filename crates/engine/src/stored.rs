//! Reports written earlier, read back: a consolidated workbook (its
//! hidden report sheet) or the JSON of `koonti merge --json`.
use crate::error::EngineError;
use crate::merge::Merged;
use koonti_ingest::{Embedded, Limits, StoredError};
use koonti_model::Programme;

/// Reads the report stored in `bytes`: a JSON report, or a consolidated
/// workbook written by koonti (its hidden `_koonti_report` sheet, with the
/// secretary's corrections to the status and text columns of *Vastaukset*
/// applied; a change that cannot be read as a correction is refused with
/// [`EngineError::EditedWorkbook`]), through the same guards as any
/// response (sniffing, limits, a caught panic).
///
/// The programme is `programme` when given, else the one stored with the
/// report, else the bundled one with the report's programme id. JSON is
/// told by the name ending `.json` or the first byte `{`.
/// [`EngineError::NotStored`] says the file is no stored report (a
/// response, to be merged instead).
pub fn read_stored(
    name: &str,
    bytes: Vec<u8>,
    programme: Option<Programme>,
) -> Result<Merged, EngineError> {
    let stored_error = |source| EngineError::Stored {
        name: name.to_string(),
        source: Box::new(source),
    };
    let json = is_json(name, &bytes);
    let workbook_bytes = (!json).then(|| bytes.clone());
    let embedded = if json {
        let text = String::from_utf8_lossy(&bytes);
        koonti_ingest::parse_report_json(&text).map_err(stored_error)?
    } else {
        match koonti_ingest::read_stored(bytes, name, &Limits::default()) {
            Ok(Some(embedded)) => embedded,
            Ok(None) | Err(StoredError::Read(_)) => {
                return Err(EngineError::NotStored {
                    name: name.to_string(),
                });
            }
            Err(err) => return Err(stored_error(err)),
        }
    };
    let Embedded {
        report,
        programme: kept,
    } = embedded;
    let programme = match (programme, kept) {
        (Some(given), _) => given,
        (None, Some(kept)) => kept,
        (None, None) => crate::bundled_programme(&report.programme.id)?,
    };
    let mut merged = Merged {
        programme,
        report,
        highlights: None,
    };
    if let Some(bytes) = workbook_bytes {
        crate::corrections::apply(name, bytes, &mut merged)?;
        // A corrected answer changes its period's place in the follow-up.
        koonti_history::restate(&mut merged.report, &merged.programme);
    }
    Ok(merged)
}

fn is_json(name: &str, bytes: &[u8]) -> bool {
    name.to_ascii_lowercase().ends_with(".json")
        || bytes.iter().find(|b| !b.is_ascii_whitespace()) == Some(&b'{')
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Input, MergeOptions, RenderOptions, TemplateOptions};

    fn merged() -> Merged {
        let programme = crate::bundled_programme("siun-sote-2023-2025").expect("bundled");
        let inputs = crate::templates(&programme, &TemplateOptions::default())
            .expect("templates")
            .into_iter()
            .map(|(name, bytes)| Input::from_bytes(name, bytes))
            .collect();
        crate::merge(inputs, &MergeOptions::default()).expect("merged")
    }

    #[test]
    fn a_json_report_is_read_back_with_its_programme_found_by_id() {
        let merged = merged();
        let options = RenderOptions::default();
        let json = crate::report_json(&merged, &options).expect("json");
        // Plain JSON keeps findings as code and sentence: compared as JSON.
        let again = read_stored("koonti.json", json.clone(), None).expect("read back");
        assert_eq!(again.programme, merged.programme);
        assert_eq!(crate::report_json(&again, &options).expect("json"), json);
        // Told by its first byte too, whatever its name.
        let named = read_stored("raportti", json.clone(), None).expect("read back");
        assert_eq!(crate::report_json(&named, &options).expect("json"), json);
        let broken = read_stored("koonti.json", b"{\"x\":1}".to_vec(), None);
        assert!(
            matches!(broken, Err(EngineError::Stored { .. })),
            "{broken:?}"
        );
    }

    #[test]
    fn a_given_programme_wins_and_responses_are_not_stored_reports() {
        let merged = merged();
        let xlsx =
            crate::committee_workbook(&merged, &RenderOptions::new("nyt")).expect("workbook");
        let mut other = merged.programme.clone();
        other.title = "Toinen".into();
        let again = read_stored("koonti.xlsx", xlsx, Some(other.clone())).expect("read back");
        assert_eq!(again.programme, other);
        assert_eq!(again.report, merged.report);
        let programme = merged.programme.clone();
        let response = crate::templates(&programme, &TemplateOptions::default())
            .expect("templates")
            .remove(0)
            .1;
        let not_stored = read_stored("vastaus.xlsx", response, None);
        assert!(matches!(not_stored, Err(EngineError::NotStored { .. })));
        let pdf = read_stored("vastaus.xlsx", b"%PDF-1.4".to_vec(), None);
        assert!(matches!(pdf, Err(EngineError::NotStored { .. })));
    }
}

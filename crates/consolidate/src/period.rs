//! One report, one period: the responses of a merge are of one reporting
//! period, or the merge says which periods it found and how to choose.

use crate::is_blank;
use koonti_model::{Finding, FindingCode, Programme, Severity, UnitResponse};
use std::collections::BTreeMap;
use std::fmt;

/// Responses of more than one period, merged without `--period`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MixedPeriods {
    /// Each period found with its files, in period order.
    pub periods: BTreeMap<String, Vec<String>>,
}

impl fmt::Display for MixedPeriods {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let parts: Vec<String> = self
            .periods
            .iter()
            .map(|(period, files)| format!("{period}: {}", files.join(", ")))
            .collect();
        let first = self.periods.keys().next().map_or("2024", String::as_str);
        write!(
            f,
            "vastaukset ovat usealta kaudelta ({}); valitse yksi kausi, esim. --period {first}",
            parts.join("; ")
        )
    }
}

impl std::error::Error for MixedPeriods {}

/// Keeps the responses of one period. With `requested` (`--period`, the
/// period read as [`koonti_normalise::find_period`] does), the responses of
/// other periods are left out, each with a finding naming the
/// file and its period; without it, responses of more than one period are
/// refused. Blank files and files without a period never conflict.
pub fn select_period(
    programme: &Programme,
    responses: Vec<UnitResponse>,
    requested: Option<&str>,
) -> Result<(Vec<UnitResponse>, Vec<Finding>), MixedPeriods> {
    let Some(requested) = requested else {
        let mut periods: BTreeMap<String, Vec<String>> = BTreeMap::new();
        for response in responses.iter().filter(|r| !is_blank(programme, r)) {
            if let Some(period) = &response.period {
                periods
                    .entry(period.clone())
                    .or_default()
                    .push(response.file.clone());
            }
        }
        if periods.len() > 1 {
            return Err(MixedPeriods { periods });
        }
        return Ok((responses, Vec::new()));
    };
    // "2024 (kevät)" labels the report and chooses the files of 2024; a
    // label with no period in it chooses none away.
    let Some(wanted) = koonti_normalise::find_period(requested).map(|p| p.to_string()) else {
        return Ok((responses, Vec::new()));
    };
    let (kept, other): (Vec<UnitResponse>, Vec<UnitResponse>) = responses
        .into_iter()
        .partition(|r| r.period.as_deref().is_none_or(|p| p == wanted));
    let findings = other
        .iter()
        .map(|r| {
            let period = r.period.as_deref().unwrap_or_default();
            Finding::file(
                Severity::Warning,
                FindingCode::OtherPeriod {
                    period: period.to_string(),
                    chosen: wanted.clone(),
                },
                &r.file,
            )
        })
        .collect();
    Ok((kept, findings))
}

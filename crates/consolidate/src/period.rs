//! One report, one period: the responses of a merge are of one reporting
//! period, or the merge says which periods it found and how to choose.

use crate::is_blank;
use koonti_model::{Finding, FindingCode, Period, Programme, ReportPeriod, Severity, UnitResponse};
use std::collections::BTreeMap;
use std::fmt;

/// Responses of more than one period, merged without `--period`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MixedPeriods {
    /// Each period found with its files, in period order.
    pub periods: BTreeMap<Period, Vec<String>>,
}

impl fmt::Display for MixedPeriods {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let parts: Vec<String> = self
            .periods
            .iter()
            .map(|(period, files)| format!("{period}: {}", files.join(", ")))
            .collect();
        let first = self
            .periods
            .keys()
            .next()
            .map_or_else(|| "2024".to_string(), Period::to_string);
        write!(
            f,
            "vastaukset ovat usealta kaudelta ({}); valitse yksi kausi, esim. --period {first}",
            parts.join("; ")
        )
    }
}

impl std::error::Error for MixedPeriods {}

/// Keeps the responses of one period. With `requested` (`--period`: a
/// period, or a name with a period in it as [`koonti_normalise::find_period`]
/// finds one), the responses of other periods are left out, each with a finding naming the
/// file and its period; without it, responses of more than one period are
/// refused. Blank files and files without a period never conflict.
pub fn select_period(
    programme: &Programme,
    responses: Vec<UnitResponse>,
    requested: Option<&ReportPeriod>,
) -> Result<(Vec<UnitResponse>, Vec<Finding>), MixedPeriods> {
    let requested = requested.filter(|r| !r.is_unknown());
    let Some(requested) = requested else {
        let mut periods: BTreeMap<Period, Vec<String>> = BTreeMap::new();
        for response in responses.iter().filter(|r| !is_blank(programme, r)) {
            if let Some(period) = response.period {
                periods
                    .entry(period)
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
    let wanted = match requested {
        ReportPeriod::Period(period) => Some(*period),
        ReportPeriod::Named(name) => koonti_normalise::find_period(name),
        ReportPeriod::Unknown => None,
    };
    let Some(wanted) = wanted else {
        return Ok((responses, Vec::new()));
    };
    let (kept, other): (Vec<UnitResponse>, Vec<UnitResponse>) = responses
        .into_iter()
        .partition(|r| r.period.is_none_or(|p| p == wanted));
    // Every response left out has a period (one without is kept).
    let findings = other
        .iter()
        .filter_map(|r| {
            Some(Finding::file(
                Severity::Warning,
                FindingCode::OtherPeriod {
                    period: r.period?,
                    chosen: wanted,
                },
                &r.file,
            ))
        })
        .collect();
    Ok((kept, findings))
}

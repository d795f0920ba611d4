//! The follow-up across periods: reports of several years or quarters read
//! (each a [`Merged`]), compared by `koonti-history`, and the newest one
//! carrying the history into every output.
use crate::error::EngineError;
use crate::merge::Merged;
use koonti_history::{HistoryError, PeriodReport, is_history_finding};

/// Compares the reports of `inputs` (each named as the caller shows it):
/// ordered by their periods, oldest first, whatever their order here. The
/// result is the newest report with its `history` set and the findings of
/// measures renamed, added or removed between programme versions (those of
/// an earlier comparison it carried are replaced).
///
/// Refused ([`EngineError::History`]) when there are fewer than two, a
/// period cannot be told, two are of the same period, or one is of another
/// programme.
///
/// ```
/// use koonti_engine::{Input, MergeOptions, TemplateOptions};
/// # fn main() -> Result<(), koonti_engine::EngineError> {
/// let programme = koonti_engine::bundled_programme("siun-sote-2023-2025")?;
/// let round = |period: &str| -> Result<koonti_engine::Merged, koonti_engine::EngineError> {
///     let inputs = koonti_engine::templates(&programme, &TemplateOptions::default())?
///         .into_iter()
///         .map(|(name, bytes)| Input::from_bytes(name, bytes))
///         .collect();
///     let options = MergeOptions { period: koonti_engine::report_period(period), ..MergeOptions::default() };
///     koonti_engine::merge(inputs, &options)
/// };
/// let compared = koonti_engine::compare(vec![
///     ("2025".to_string(), round("2025")?),
///     ("2024".to_string(), round("2024")?),
/// ])?;
/// let history = compared.report.history.expect("history");
/// assert_eq!(history.periods, ["2024", "2025"]);
/// # Ok(())
/// # }
/// ```
pub fn compare(inputs: Vec<(String, Merged)>) -> Result<Merged, EngineError> {
    let compared = {
        let refs: Vec<PeriodReport> = inputs
            .iter()
            .map(|(name, merged)| PeriodReport {
                name,
                report: &merged.report,
                programme: &merged.programme,
            })
            .collect();
        koonti_history::compare(&refs)?
    };
    let Some((_, mut newest)) = inputs.into_iter().nth(compared.newest) else {
        unreachable!("koonti_history::compare names one of its inputs");
    };
    newest
        .report
        .findings
        .retain(|f| !is_history_finding(&f.code));
    newest.report.findings.extend(compared.findings);
    newest.report.history = Some(compared.history);
    Ok(newest)
}

/// `koonti merge --previous`: the merge `current` (named `current_name`)
/// followed from the earlier reports `previous`. Refused like [`compare`],
/// and when a previous report is not of an earlier period than `current`.
pub fn with_previous(
    current_name: &str,
    current: Merged,
    previous: Vec<(String, Merged)>,
) -> Result<Merged, EngineError> {
    let later = current.report.period.period().and_then(|now| {
        previous.iter().find_map(|(name, merged)| {
            let this = merged.report.period.period()?;
            (this > now).then(|| (name.clone(), this, now))
        })
    });
    if let Some((name, period, current)) = later {
        return Err(HistoryError::NotEarlier {
            name,
            period,
            current,
        }
        .into());
    }
    let mut inputs = vec![(current_name.to_string(), current)];
    inputs.extend(previous);
    compare(inputs)
}

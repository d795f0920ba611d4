//! The status of a status-scale answer, from the cells that may give it:
//! one status column, one per period ("TILA Q1/2025 | TILA Q2/2025"), or a
//! mark column per option. With one column per period, the column of the
//! period being reported (the latest one filled anywhere in the table)
//! gives the status; the earlier ones are kept with the answer as earlier
//! statuses, and a blank in the current column is no answer for this
//! period even when an earlier one is filled. A value is read by
//! the programme's words and the built-in status words
//! ([`koonti_form::StatusLexicon`]); a value or marks naming two options
//! give no status. Nothing a unit wrote is dropped unless it was read as
//! the status.
use super::WorkbookReader;
use super::draft::{Draft, StatusCell};
use super::header::Table;
use super::snippet;
use koonti_form::StatusReading;
use koonti_ingest::{Sheet, cell_name};
use koonti_model::{ExtraKind, Finding, FindingCode, Severity, Source, Status};
use regex::Regex;
use std::sync::LazyLock;

/// A date written d.m.yyyy in a header ("Tila 31.3.2025").
static DATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:^|[^\d])(\d{1,2})\.(\d{1,2})\.(20\d\d)(?:$|[^\d])").expect("DATE is valid")
});

/// When a status column's header says it was filled: (year, month) of its
/// quarter's end or its date; `None` without one (or with a year alone).
fn column_time(header: &str) -> Option<(u16, u8)> {
    if let Some(caps) = DATE.captures(header) {
        let month: u8 = caps[2].parse().ok()?;
        let year: u16 = caps[3].parse().ok()?;
        return (1..=12).contains(&month).then_some((year, month));
    }
    let period = koonti_normalise::find_period(header)?;
    period.quarter().map(|q| (period.year(), q * 3))
}

/// The latest of the filled status columns: by the periods or dates of
/// their headers when each has a different one, else the rightmost.
fn latest(columns: &[&StatusCell]) -> usize {
    let times: Vec<Option<(u16, u8)>> = columns.iter().map(|c| column_time(&c.header)).collect();
    let mut distinct: Vec<(u16, u8)> = times.iter().flatten().copied().collect();
    distinct.sort();
    distinct.dedup();
    let by_time = distinct.len() == columns.len();
    (0..columns.len())
        .max_by_key(|&i| {
            let time = if by_time { times[i] } else { None };
            (time, columns[i].col, i)
        })
        .unwrap_or_default()
}

/// The status column of the period being reported, in a table whose
/// status columns are one per period (each header naming a different
/// quarter or date): the latest of them filled in any row under the header
/// row `header_row`. `None` with fewer than two such columns, or when the
/// headers do not tell the periods apart (then the latest filled column of
/// each row gives its status, as with any columns).
pub(super) fn current_status_column(table: &Table, sheet: &Sheet, header_row: u32) -> Option<u32> {
    let columns: Vec<(u32, (u16, u8))> = table
        .status_columns()
        .map(|(col, header)| Some((col, column_time(header)?)))
        .collect::<Option<_>>()?;
    let mut times: Vec<(u16, u8)> = columns.iter().map(|(_, time)| *time).collect();
    times.sort_unstable();
    times.dedup();
    if columns.len() < 2 || times.len() != columns.len() {
        return None;
    }
    let filled = |col: u32| {
        sheet
            .cells
            .iter()
            .any(|c| c.row > header_row && c.col == col && !c.value.as_text().trim().is_empty())
    };
    columns
        .iter()
        .filter(|(col, _)| filled(*col))
        .max_by_key(|(_, time)| *time)
        .map(|(col, _)| *col)
}

impl WorkbookReader<'_> {
    /// The label of the option `id`, as findings name it.
    fn option_label(&self, id: &str) -> String {
        let status = Status::from(id.to_string());
        self.index
            .programme
            .scale
            .choices()
            .into_iter()
            .find(|c| c.status == status)
            .map(|c| c.label)
            .filter(|l| !l.is_empty())
            // The two-mark scale's "partly" has no column of its own.
            .unwrap_or_else(|| match status {
                Status::Partial => "osittain".to_string(),
                _ => id.to_string(),
            })
    }

    /// True, with a finding, when the draft's row leaves the current
    /// period's status column blank while earlier periods' columns are
    /// filled: each of those is kept as an earlier status.
    fn current_status_blank(&mut self, draft: &mut Draft, columns: &[&StatusCell]) -> bool {
        let Some(current) = &draft.current_status else {
            return false;
        };
        if columns.is_empty() || columns.iter().any(|c| c.col == current.col) {
            return false;
        }
        let blank_cell = cell_name(current.row, current.col);
        let column = current.header.clone();
        for cell in columns {
            draft.extra[cell.extra].kind = Some(ExtraKind::EarlierStatus);
        }
        let earlier = columns[latest(columns)];
        let blank = Source {
            cell: blank_cell,
            ..earlier.source.clone()
        };
        self.findings.push(Finding::at(
            Severity::Warning,
            FindingCode::CurrentStatusBlank {
                column,
                earlier_column: earlier.header.clone(),
                earlier: snippet(&earlier.text),
            },
            &blank,
        ));
        true
    }

    /// The status the draft's status cells give, `None` when it has none
    /// (a marks scale, or nothing written in them). Cells used for the
    /// status leave the extras; the others stay, marked by kind.
    pub(super) fn scale_status(&mut self, draft: &mut Draft) -> Option<Status> {
        if draft.status_cells.is_empty() {
            return None;
        }
        let cells = std::mem::take(&mut draft.status_cells);
        let mut used: Vec<usize> = Vec::new();
        let mut chosen: Vec<String> = Vec::new();
        let mut ambiguous = false;
        let columns: Vec<&StatusCell> = cells.iter().filter(|c| c.option.is_none()).collect();
        // When the current period's column is blank, every filled column is
        // an earlier period's: none gives the status.
        if !columns.is_empty() && !self.current_status_blank(draft, &columns) {
            let latest = latest(&columns);
            for (i, cell) in columns.iter().enumerate() {
                if i != latest {
                    draft.extra[cell.extra].kind = Some(ExtraKind::EarlierStatus);
                }
            }
            let cell = columns[latest];
            match self.index.form().read_status(&cell.written) {
                StatusReading::Exact(id) => {
                    used.push(cell.extra);
                    chosen.push(id);
                }
                StatusReading::Read(id) => {
                    self.findings.push(Finding::at(
                        Severity::Info,
                        FindingCode::StatusWordRead {
                            text: snippet(&cell.text),
                            status: self.option_label(&id),
                        },
                        &cell.source,
                    ));
                    used.push(cell.extra);
                    chosen.push(id);
                }
                StatusReading::Ambiguous(ids) => {
                    let options = ids.iter().map(|id| self.option_label(id)).collect();
                    self.findings.push(Finding::at(
                        Severity::Warning,
                        FindingCode::AmbiguousStatus {
                            text: snippet(&cell.text),
                            options,
                        },
                        &cell.source,
                    ));
                    draft.extra[cell.extra].kind = Some(ExtraKind::UnreadStatus);
                    ambiguous = true;
                }
                StatusReading::Unrecognised | StatusReading::Empty => {
                    self.findings.push(Finding::at(
                        Severity::Warning,
                        FindingCode::StatusNotRecognised {
                            text: snippet(&cell.text),
                        },
                        &cell.source,
                    ));
                    draft.extra[cell.extra].kind = Some(ExtraKind::UnreadStatus);
                }
            }
        }
        let marks: Vec<&StatusCell> = cells.iter().filter(|c| c.option.is_some()).collect();
        let mut marked: Vec<&str> = Vec::new();
        for id in marks.iter().filter_map(|c| c.option.as_deref()) {
            if !marked.contains(&id) {
                marked.push(id);
            }
        }
        match marked.as_slice() {
            [] => {}
            [id] => {
                used.extend(marks.iter().map(|c| c.extra));
                chosen.push(id.to_string());
            }
            _ => {
                let headers: Vec<&str> = marks.iter().map(|c| c.header.as_str()).collect();
                let options = marked.iter().map(|id| self.option_label(id)).collect();
                self.findings.push(Finding::at(
                    Severity::Warning,
                    FindingCode::AmbiguousStatus {
                        text: snippet(&headers.join(" + ")),
                        options,
                    },
                    &marks[0].source,
                ));
                for cell in &marks {
                    draft.extra[cell.extra].kind = Some(ExtraKind::UnreadStatus);
                }
                ambiguous = true;
            }
        }
        chosen.dedup();
        if !ambiguous && chosen.len() > 1 {
            // The status column and the option marks disagree.
            let options = chosen.iter().map(|id| self.option_label(id)).collect();
            let text = cells
                .iter()
                .map(|c| c.text.as_str())
                .collect::<Vec<_>>()
                .join(" + ");
            self.findings.push(Finding::at(
                Severity::Warning,
                FindingCode::AmbiguousStatus {
                    text: snippet(&text),
                    options,
                },
                &cells[0].source,
            ));
            ambiguous = true;
        }
        let status = match chosen.as_slice() {
            // A marks scale's own ids are its two-mark statuses.
            [id] if !ambiguous => Status::from(id.clone()),
            _ => {
                for &i in &used {
                    draft.extra[i].kind = Some(ExtraKind::UnreadStatus);
                }
                used.clear();
                Status::Unanswered
            }
        };
        let mut index = 0;
        draft.extra.retain(|_| {
            index += 1;
            !used.contains(&(index - 1))
        });
        Some(status)
    }
}

#[cfg(test)]
mod tests;

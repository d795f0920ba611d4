//! The status of a status-scale answer, from the cells that may give it:
//! one status column, one per period ("TILA Q1/2025 | TILA Q2/2025"), or a
//! mark column per option. The latest filled status column gives the
//! status and the earlier ones are kept with the answer; a value is read by
//! the programme's words and the built-in status words
//! ([`koonti_form::StatusLexicon`]); a value or marks naming two options
//! give no status. Nothing a unit wrote is dropped unless it was read as
//! the status.
use super::WorkbookReader;
use super::draft::{Draft, StatusCell};
use super::snippet;
use koonti_form::StatusReading;
use koonti_model::{AnswerScale, ExtraKind, Finding, FindingCode, Severity, Status};
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
    period.quarter.map(|q| (period.year, q * 3))
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

impl WorkbookReader<'_> {
    /// The label of the option `id`, as findings name it.
    fn option_label(&self, id: &str) -> String {
        match &self.index.programme.scale {
            AnswerScale::Status { options, .. } => options
                .iter()
                .find(|o| o.id == id)
                .map_or_else(|| id.to_string(), |o| o.label.clone()),
            AnswerScale::Marks { .. } => id.to_string(),
        }
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
        if !columns.is_empty() {
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
            [id] if !ambiguous => Status::Option(id.clone()),
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
mod tests {
    use crate::table::tests::{keusote, read, sheet};
    use koonti_model::{ExtraKind, FindingCode, Status, UnitResponse};

    fn measures() -> Vec<String> {
        keusote()
            .programme
            .measures()
            .iter()
            .map(|(_, m)| m.text.clone())
            .collect()
    }

    fn statuses(response: &UnitResponse) -> Vec<String> {
        response
            .answers
            .iter()
            .map(|a| a.status.as_str().to_string())
            .collect()
    }

    fn codes(response: &UnitResponse) -> Vec<&'static str> {
        response
            .findings
            .iter()
            .map(|f| match f.code {
                FindingCode::StatusWordRead { .. } => "read",
                FindingCode::AmbiguousStatus { .. } => "ambiguous",
                FindingCode::StatusNotRecognised { .. } => "unrecognised",
                _ => "other",
            })
            .filter(|c| *c != "other")
            .collect()
    }

    #[test]
    fn status_headers_with_qualifiers_head_the_table() {
        let index = keusote();
        let m = measures();
        for header in [
            "TILA (Ei aloitettu / Kesken / Valmis)",
            "TILA Q3/2025",
            "Tila 31.3.2025",
            "TILA / STATUS",
            "Tilanne",
            "Toteutumisen tila",
        ] {
            let response = read(
                &index,
                vec![sheet(
                    "Raportti",
                    &[&["TOIMENPIDE", "VASTUU", header], &[&m[0], "", "Valmis"]],
                )],
            );
            assert_eq!(statuses(&response)[0], "done", "{header}");
            assert!(response.unmatched.is_empty(), "{header}");
        }
    }

    #[test]
    fn the_latest_filled_quarter_is_the_status_and_earlier_ones_are_kept() {
        let index = keusote();
        let m = measures();
        let header: &[&str] = &["TOIMENPIDE", "TILA Q1/2025", "TILA Q2/2025", "TILA Q3/2025"];
        let response = read(
            &index,
            vec![sheet(
                "Viestintä",
                &[
                    header,
                    &[&m[0], "Ei aloitettu", "Kesken", "Valmis"],
                    &[&m[1], "Kesken", "Kesken", ""],
                    &[&m[2], "Kesken", "", ""],
                    &[&m[3], "", "", ""],
                ],
            )],
        );
        assert_eq!(
            statuses(&response),
            ["done", "in_progress", "in_progress", "unanswered"]
        );
        let kept: Vec<(&str, &str, Option<ExtraKind>)> = response.answers[0]
            .extra
            .iter()
            .map(|e| (e.header.as_str(), e.text.as_str(), e.kind))
            .collect();
        assert_eq!(
            kept,
            [
                (
                    "TILA Q1/2025",
                    "Ei aloitettu",
                    Some(ExtraKind::EarlierStatus)
                ),
                ("TILA Q2/2025", "Kesken", Some(ExtraKind::EarlierStatus)),
            ]
        );
        assert!(response.answers[2].extra.is_empty());
        assert!(response.findings.is_empty(), "{:?}", response.findings);
    }

    #[test]
    fn quarters_under_a_merged_status_header_are_columns_of_their_own() {
        let index = keusote();
        let m = measures();
        let response = read(
            &index,
            vec![sheet(
                "Viestintä",
                &[
                    &["TOIMENPIDE", "VASTUU", "TILA"],
                    &["", "", "Q1/2025", "Q2/2025", "Q3/2025"],
                    &[&m[0], "", "Kesken", "Kesken", "Valmis"],
                    &[&m[1], "", "Ei aloitettu", "Kesken"],
                ],
            )],
        );
        assert_eq!(statuses(&response), ["done", "in_progress"]);
        let kept: Vec<&str> = response.answers[1]
            .extra
            .iter()
            .map(|e| e.header.as_str())
            .collect();
        assert_eq!(kept, ["TILA Q1/2025"]);
        assert!(response.unmatched.is_empty(), "{:?}", response.unmatched);
        assert_eq!(response.period, None, "the columns' quarters are no period");
    }

    #[test]
    fn bare_quarters_head_status_columns_on_a_status_scale() {
        let index = keusote();
        let m = measures();
        let response = read(
            &index,
            vec![sheet(
                "Viestintä",
                &[
                    &["TOIMENPIDE", "AIKATAULU", "Q1/2025", "Q2/2025"],
                    &[&m[0], "2025", "Kesken", "Valmis"],
                ],
            )],
        );
        assert_eq!(statuses(&response), ["done"]);
        let siun = crate::table::tests::siun();
        let (_, first) = siun.programme.measures()[0];
        let response = read(
            &siun,
            vec![sheet(
                "Hallintopalvelut",
                &[&["Toimenpiteet", "Q1/2025"], &[&first.text, "x"]],
            )],
        );
        assert!(
            response.answers.is_empty(),
            "no status column on a marks scale"
        );
    }

    #[test]
    fn quarters_written_newest_first_are_ordered_by_their_periods() {
        let index = keusote();
        let m = measures();
        let header: &[&str] = &["TOIMENPIDE", "Tila 30.9.2025", "Tila 30.6.2025"];
        let response = read(
            &index,
            vec![sheet("R", &[header, &[&m[0], "Valmis", "Kesken"]])],
        );
        assert_eq!(statuses(&response), ["done"]);
        assert_eq!(response.answers[0].extra[0].header, "Tila 30.6.2025");
    }

    #[test]
    fn a_mark_column_per_option() {
        let index = keusote();
        let m = measures();
        let header: &[&str] = &[
            "TOIMENPIDE",
            "Ei aloitettu",
            "Kesken",
            "Valmis",
            "Kommentti",
        ];
        let response = read(
            &index,
            vec![sheet(
                "R",
                &[
                    header,
                    &[&m[0], "", "", "x", "valmis keväällä"],
                    &[&m[1], "X", "", ""],
                    &[&m[2], "", "✓"],
                    &[&m[3], "", "x", "x"],
                    &[&m[4], "", "ehkä"],
                ],
            )],
        );
        assert_eq!(
            statuses(&response),
            [
                "done",
                "not_started",
                "in_progress",
                "unanswered",
                "unanswered"
            ]
        );
        assert_eq!(response.answers[0].items, ["valmis keväällä"]);
        assert!(response.answers[0].extra.is_empty());
        let kept: Vec<(&str, &str)> = response.answers[3]
            .extra
            .iter()
            .map(|e| (e.header.as_str(), e.text.as_str()))
            .collect();
        assert_eq!(kept, [("Kesken", "x"), ("Valmis", "x")]);
        assert_eq!(response.answers[4].extra[0].text, "ehkä");
        let found: Vec<&FindingCode> = response.findings.iter().map(|f| &f.code).collect();
        assert!(
            matches!(found[0], FindingCode::AmbiguousStatus { options, .. } if options == &["Kesken", "Valmis"]),
            "{found:?}"
        );
        assert!(
            matches!(found[1], FindingCode::MarkNotRecognised { .. }),
            "{found:?}"
        );
    }

    #[test]
    fn one_option_column_alone_is_no_header() {
        let index = keusote();
        let m = measures();
        // A row whose measure starts with "Toimenpi…" and whose value is an
        // option must not be taken for a header.
        let header: &[&str] = &["TOIMENPIDE", "TILA"];
        let response = read(
            &index,
            vec![sheet(
                "R",
                &[
                    header,
                    &[&m[0], "Valmis"],
                    &["Toimenpiteet jatkuvat", "Valmis"],
                ],
            )],
        );
        assert_eq!(statuses(&response), ["done"]);
        assert_eq!(response.unmatched.len(), 2);
    }

    #[test]
    fn words_units_type_are_read_with_a_finding_and_ambiguous_ones_are_not() {
        let index = keusote();
        let m = measures();
        let header: &[&str] = &["TOIMENPIDE", "TILA"];
        let rows: Vec<[&str; 2]> = [
            "Käynnissä",
            "kesken (jatkuu 2026)",
            "valmistunut 5/2025",
            "Ei vielä aloitettu",
            "Valmis / osittain kesken",
            "?",
            "ks. edellinen",
            "Versio 0.1 luotu",
            "Valmis",
        ]
        .iter()
        .zip(&m)
        .map(|(v, m)| [m.as_str(), *v])
        .collect();
        let mut cells: Vec<&[&str]> = vec![header];
        cells.extend(rows.iter().map(|r| &r[..]));
        let response = read(&index, vec![sheet("R", &cells)]);
        assert_eq!(
            statuses(&response),
            [
                "in_progress",
                "in_progress",
                "done",
                "not_started",
                "unanswered",
                "unanswered",
                "unanswered",
                "unanswered",
                "done"
            ]
        );
        assert_eq!(
            codes(&response),
            [
                "read",
                "read",
                "read",
                "read",
                "ambiguous",
                "unrecognised",
                "unrecognised",
                "unrecognised"
            ]
        );
        let FindingCode::StatusWordRead { text, status } = &response.findings[0].code else {
            panic!("a reading");
        };
        assert_eq!((text.as_str(), status.as_str()), ("Käynnissä", "Kesken"));
        for answer in &response.answers[4..8] {
            assert_eq!(answer.status, Status::Unanswered);
            assert_eq!(answer.extra[0].kind, Some(ExtraKind::UnreadStatus));
        }
        assert_eq!(
            response.answers[4].extra[0].text,
            "Valmis / osittain kesken"
        );
        assert!(response.answers[8].extra.is_empty());
    }

    #[test]
    fn vastuu_and_aikataulu_are_kept_by_kind() {
        let index = keusote();
        let m = measures();
        let response = read(
            &index,
            vec![sheet(
                "R",
                &[
                    &["TOIMENPIDE", "Vastuutaho", "Aikataulu 2025", "TILA"],
                    &[&m[0], "Viestintä", "syksy 2025", "Kesken"],
                ],
            )],
        );
        let kept: Vec<(Option<ExtraKind>, &str)> = response.answers[0]
            .extra
            .iter()
            .map(|e| (e.kind, e.text.as_str()))
            .collect();
        assert_eq!(
            kept,
            [
                (Some(ExtraKind::Responsible), "Viestintä"),
                (Some(ExtraKind::Schedule), "syksy 2025")
            ]
        );
    }
}

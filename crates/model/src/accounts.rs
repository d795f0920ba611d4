//! What became of every input file, and of every unit: a file read as a
//! response, or skipped with its reason (a PDF, a copy, koonti's own
//! output); a missing unit with the files it sent that could not be read; a
//! unit that said it has nothing to comment. The secretary reads these
//! worded by the message catalogue (`koonti_messages::lists`).
use crate::{FileKind, FileProblem, Finding, FindingCode, Report, SourceFile};
use std::collections::{BTreeSet, HashMap, HashSet};

impl Report {
    /// The responding units that left every measure blank (no status, no
    /// text) but gave free-form feedback: they had "nothing to comment",
    /// are left out of the shares (seed 004) and are never asked to fill
    /// in their measures.
    pub fn nothing_to_comment(&self) -> BTreeSet<&str> {
        let with_feedback: HashSet<&str> = self.feedback.iter().map(|f| f.unit.as_str()).collect();
        // One pass over the answers (a national merge has tens of
        // thousands): looking each unit's answers up in turn made this
        // quadratic, and it is asked for once a measure. A unit's answers
        // come one after another, so each unit is hashed about once, not
        // once per answer.
        let mut answered: HashSet<&str> = HashSet::new();
        let mut last: Option<&str> = None;
        for answer in &self.answers {
            let unit = answer.unit.as_str();
            if last != Some(unit) && (answer.status.is_answered() || !answer.items.is_empty()) {
                answered.insert(unit);
                last = Some(unit);
            }
        }
        self.responses
            .iter()
            .map(|r| r.unit.as_str())
            .filter(|unit| with_feedback.contains(unit) && !answered.contains(unit))
            .collect()
    }

    /// The finding that says why `file` gave no response (it is no
    /// workbook, a copy, koonti's own output, blank, of another period),
    /// if it gave none.
    pub fn skip_reason(&self, file: &str) -> Option<&Finding> {
        self.findings
            .iter()
            .find(|f| f.file == file && f.code.skips_the_file())
    }

    /// [`Report::skip_reason`] of every file that gave no response, keyed
    /// by file name: one pass over the findings for a table of all the
    /// sources (a national merge has a thousand files and more findings).
    pub fn skip_reasons(&self) -> HashMap<&str, &Finding> {
        let mut reasons = HashMap::new();
        for finding in self.findings.iter().filter(|f| f.code.skips_the_file()) {
            // The first such finding of a file, as `skip_reason` finds it.
            reasons.entry(finding.file.as_str()).or_insert(finding);
        }
        reasons
    }

    /// Each missing unit with the files it sent that gave no response
    /// (named so by their file names), in the order of the missing list.
    pub fn missing_with_files(&self) -> Vec<(&str, Vec<&SourceFile>)> {
        self.missing_units
            .iter()
            .map(|unit| {
                let sent = self.sources.iter().filter(|s| &s.unit == unit).collect();
                (unit.as_str(), sent)
            })
            .collect()
    }
}

impl FindingCode {
    /// True when a file with this finding gave no response.
    pub fn skips_the_file(&self) -> bool {
        matches!(
            self,
            FindingCode::UnreadableFile { .. }
                | FindingCode::FileTooLarge { .. }
                | FindingCode::IdenticalCopy { .. }
                | FindingCode::KoontiOutputSkipped
                | FindingCode::BlankResponse
                | FindingCode::OtherPeriod { .. }
                | FindingCode::InputNotFound { .. }
        )
    }
}

/// True for a file kind that is no reply at all (an Excel lock file),
/// never worth telling its unit about.
pub fn is_no_reply(finding: &Finding) -> bool {
    matches!(
        finding.code,
        FindingCode::UnreadableFile {
            problem: FileProblem::NotAWorkbook {
                file_kind: FileKind::ExcelLock
            }
        }
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn skip_reasons_index_what_skip_reason_finds() {
        let mut report: Report = serde_json::from_str(
            r#"{"programme":{"id":"p","title":"P","version":"1"},"period":"2024","responses":[],
            "missing_units":[],"answers":[],"feedback":[],"unmatched":[],"findings":[],
            "support_requests":[],"sources":[]}"#,
        )
        .expect("report");
        let copy = FindingCode::IdenticalCopy {
            of: "a.xlsx".to_string(),
        };
        // A finding that does not skip the file comes first, and the file
        // has two that do: the first of those is its reason.
        report.findings = vec![
            Finding::file(crate::Severity::Warning, FindingCode::NoTable, "b.xlsx"),
            Finding::file(
                crate::Severity::Info,
                FindingCode::KoontiOutputSkipped,
                "c.xlsx",
            ),
            Finding::file(crate::Severity::Warning, copy, "b.xlsx"),
            Finding::file(crate::Severity::Error, FindingCode::BlankResponse, "b.xlsx"),
        ];
        let index = report.skip_reasons();
        for file in ["a.xlsx", "b.xlsx", "c.xlsx"] {
            assert_eq!(index.get(file).copied(), report.skip_reason(file), "{file}");
        }
        assert!(matches!(
            index.get("b.xlsx").map(|f| &f.code),
            Some(FindingCode::IdenticalCopy { .. })
        ));
        assert!(!index.contains_key("a.xlsx"));
    }
}

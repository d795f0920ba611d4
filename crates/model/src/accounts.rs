//! What became of every input file, and of every unit, as the secretary
//! reads it: a file read as a response, or skipped with its reason (a PDF,
//! a copy, koonti's own output); a missing unit with the files it sent that
//! could not be read; a unit that said it has nothing to comment.
use crate::{FileKind, FileProblem, Finding, FindingCode, Lang, Report, SourceFile};
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
        // quadratic, and it is asked for once a measure.
        let answered: HashSet<&str> = self
            .answers
            .iter()
            .filter(|a| a.status.is_answered() || !a.items.is_empty())
            .map(|a| a.unit.as_str())
            .collect();
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

    /// Why a file was skipped, in a few words in `lang` ("PDF-tiedosto,
    /// ei Excel-taulukko"); other findings as their sentence, without its
    /// closing full stop.
    pub fn short(&self, lang: Lang) -> String {
        match self {
            FindingCode::UnreadableFile {
                problem: FileProblem::NotAWorkbook { file_kind },
            } => file_kind.words(lang).to_string(),
            FindingCode::IdenticalCopy { of } => match lang {
                Lang::Fi => format!("sama tiedosto kuin {of}"),
                Lang::Sv => format!("samma fil som {of}"),
                Lang::En => format!("the same file as {of}"),
            },
            code => code.message(lang).trim_end_matches('.').to_string(),
        }
    }
}

/// A missing unit as the missing list shows it in `lang`: its name, and the
/// files it sent that could not be used, each with why ("Pelastuslaitos –
/// lähetti tiedoston Pelastuslaitos.pdf: PDF-tiedosto, ei Excel-taulukko").
pub fn missing_line(report: &Report, unit: &str, sent: &[&SourceFile], lang: Lang) -> String {
    match sent_line(report, sent, lang) {
        Some(line) => format!("{unit} – {line}"),
        None => unit.to_string(),
    }
}

/// What a missing unit sent that could not be used, each file with why
/// ("lähetti tiedoston Pelastuslaitos.pdf: PDF-tiedosto, ei Excel-taulukko");
/// `None` when it sent nothing.
pub fn sent_line(report: &Report, sent: &[&SourceFile], lang: Lang) -> Option<String> {
    if sent.is_empty() {
        return None;
    }
    let files: Vec<String> = sent
        .iter()
        .map(|s| match report.skip_reason(&s.file) {
            Some(finding) => format!("{}: {}", s.file, finding.code.short(lang)),
            None => s.file.clone(),
        })
        .collect();
    let sent_word = match (lang, files.len()) {
        (Lang::Fi, 1) => "lähetti tiedoston",
        (Lang::Fi, _) => "lähetti tiedostot",
        (Lang::Sv, 1) => "skickade filen",
        (Lang::Sv, _) => "skickade filerna",
        (Lang::En, 1) => "sent the file",
        (Lang::En, _) => "sent the files",
    };
    Some(format!("{sent_word} {}", files.join("; ")))
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

/// The merge in one line for the page and the console, counts in their
/// right forms: "Kausi 2024: 5 vastausta (6 odotetusta), 1 puuttuu;
/// havaintoja: 1 virhe, 2 huomiota, 3 tietoa."
pub fn headline(report: &Report, expected: usize, lang: Lang) -> String {
    use crate::{Noun, Severity, count};
    let n = |severity| {
        report
            .findings
            .iter()
            .filter(|f| f.severity == severity)
            .count()
    };
    let findings = [
        count(lang, n(Severity::Error), Noun::Error),
        count(lang, n(Severity::Warning), Noun::Warning),
        count(lang, n(Severity::Info), Noun::Info),
    ]
    .join(", ");
    let responses = count(lang, report.responses.len(), Noun::Response);
    let missing = report.missing_units.len();
    let period = &report.period;
    match lang {
        Lang::Fi => {
            let period = if period.is_unknown() {
                String::new()
            } else {
                format!("Kausi {period}: ")
            };
            format!(
                "{period}{responses} ({expected} odotetusta), {missing} puuttuu; havaintoja: {findings}."
            )
        }
        Lang::Sv => {
            let period = if period.is_unknown() {
                String::new()
            } else {
                format!("Period {period}: ")
            };
            format!(
                "{period}{responses} ({expected} väntade), {missing} saknas; iakttagelser: {findings}."
            )
        }
        Lang::En => {
            let period = if period.is_unknown() {
                String::new()
            } else {
                format!("Period {period}: ")
            };
            format!(
                "{period}{responses} (of {expected} expected), {missing} missing; findings: {findings}."
            )
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_headline_counts_in_the_right_forms() {
        let mut report: Report = serde_json::from_str(
            r#"{"programme":{"id":"p","title":"P","version":"1"},"period":"2024","responses":[],
            "missing_units":["A"],"answers":[],"feedback":[],"unmatched":[],"findings":[],
            "support_requests":[],"sources":[]}"#,
        )
        .expect("report");
        report.findings.push(Finding::file(
            crate::Severity::Error,
            FindingCode::BlankResponse,
            "a.xlsx",
        ));
        let fi = headline(&report, 6, Lang::Fi);
        assert_eq!(
            fi,
            "Kausi 2024: 0 vastausta (6 odotetusta), 1 puuttuu; havaintoja: 1 virhe, 0 huomiota, 0 tietoa."
        );
        assert!(headline(&report, 6, Lang::Sv).contains("1 fel, 0 varningar"));
    }

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

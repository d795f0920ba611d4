//! The secretary's lists worded: why a file was skipped, what a missing
//! unit sent, and the merge in one line (the page's and the console's
//! summary), counts in their right forms.
use crate::{Noun, Worded, Words, count};
use koonti_model::{FileProblem, FindingCode, Lang, Report, Severity, SourceFile};

/// Why a file was skipped, in a few words in `lang` ("PDF-tiedosto, ei
/// Excel-taulukko"); other findings as their sentence, without its closing
/// full stop.
pub fn short(code: &FindingCode, lang: Lang) -> String {
    match code {
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
            Some(finding) => format!("{}: {}", s.file, short(&finding.code, lang)),
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

/// The merge in one line for the page and the console, counts in their
/// right forms: "Kausi 2024: 5 vastausta (6 odotetusta), 1 puuttuu;
/// havaintoja: 1 virhe, 2 huomiota, 3 tietoa."
pub fn headline(report: &Report, expected: usize, lang: Lang) -> String {
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
    use koonti_model::Finding;

    #[test]
    fn the_headline_counts_in_the_right_forms() {
        let mut report: Report = serde_json::from_str(
            r#"{"programme":{"id":"p","title":"P","version":"1"},"period":"2024","responses":[],
            "missing_units":["A"],"answers":[],"feedback":[],"unmatched":[],"findings":[],
            "support_requests":[],"sources":[]}"#,
        )
        .expect("report");
        report.findings.push(Finding::file(
            Severity::Error,
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
}

//! What the page shows at once after a merge, as JSON: who answered, who
//! is missing, a message for each unit to send and what the secretary
//! checks herself, ready to copy.
use koonti_engine::{Lang, Merged, Programme, Severity};
use serde::Serialize;

/// The page's summary of a merge.
#[derive(Debug, Serialize)]
pub struct Summary<'a> {
    /// The programme the answers were read against.
    pub programme: ProgrammeInfo<'a>,
    /// The reporting period ("" when unknown).
    pub period: &'a koonti_engine::ReportPeriod,
    /// How many units the programme expects.
    pub expected: usize,
    /// The responding units, each with its files (the one used first).
    pub responses: Vec<ResponseInfo<'a>>,
    /// Expected units that sent no readable response.
    pub missing_units: &'a [String],
    /// Each missing unit as the missing list shows it: its name and the
    /// files it sent that could not be read, with why.
    pub missing: Vec<String>,
    /// What the missing list says when no unit is missing (`None` when
    /// some are).
    pub none_missing: Option<&'static str>,
    /// What any other empty list says ("Ei yhtään."): the catalogue's
    /// word, so the page words no engine outcome itself.
    pub none_listed: &'static str,
    /// The merge in one line, counts in their right forms.
    pub headline: String,
    /// The two lists' headings: the names of their sheets in the workbook.
    pub headings: ListHeadings,
    /// "Lähetä yksikölle": per unit a message to send it.
    pub letters: Vec<LetterInfo>,
    /// "Tarkista itse": what the secretary checks herself, one line each.
    pub own_checks: Vec<String>,
    /// How many findings of each severity.
    pub findings: Counts,
    /// The whole of `koonti check`'s text, with its closing count.
    pub check_text: String,
}

/// A programme as the page names it.
#[derive(Debug, Serialize)]
pub struct ProgrammeInfo<'a> {
    /// Its id, e.g. `siun-sote-2023-2025`.
    pub id: &'a str,
    /// Its title.
    pub title: &'a str,
    /// The organisation whose programme it is.
    pub organisation: &'a str,
}

impl<'a> ProgrammeInfo<'a> {
    fn of(programme: &'a Programme) -> Self {
        ProgrammeInfo {
            id: &programme.id,
            title: &programme.title,
            organisation: &programme.organisation,
        }
    }
}

/// The headings of the two lists, as the workbook names their sheets.
#[derive(Debug, Serialize)]
pub struct ListHeadings {
    /// "Lähetä yksikölle".
    pub send_to_units: &'static str,
    /// "Tarkista itse".
    pub check_yourself: &'static str,
}

/// A message to send one unit.
#[derive(Debug, Serialize)]
pub struct LetterInfo {
    /// The unit.
    pub unit: String,
    /// The message, greeting to closing.
    pub text: String,
}

/// One responding unit.
#[derive(Debug, Serialize)]
pub struct ResponseInfo<'a> {
    /// The unit's canonical name.
    pub unit: &'a str,
    /// Its files, the one used first.
    pub files: &'a [String],
}

/// Findings by severity.
#[derive(Debug, Default, Serialize, PartialEq, Eq)]
pub struct Counts {
    /// Something could not be read.
    pub errors: usize,
    /// Read, but a person should look.
    pub warnings: usize,
    /// Worth knowing.
    pub infos: usize,
}

/// [`Summary`] of `merged`, worded in `lang`, as JSON.
pub fn summary_json(merged: &Merged, lang: Lang) -> String {
    serde_json::to_string(&summary(merged, lang)).unwrap_or_default()
}

/// [`Summary`] of `merged`, worded in `lang`.
pub fn summary(merged: &Merged, lang: Lang) -> Summary<'_> {
    let report = &merged.report;
    let count = |s| report.findings.iter().filter(|f| f.severity == s).count();
    Summary {
        programme: ProgrammeInfo::of(&merged.programme),
        period: &report.period,
        expected: merged.programme.units.len(),
        responses: report
            .responses
            .iter()
            .map(|r| ResponseInfo {
                unit: &r.unit,
                files: &r.files,
            })
            .collect(),
        missing_units: &report.missing_units,
        missing: report
            .missing_with_files()
            .into_iter()
            .map(|(unit, sent)| koonti_messages::lists::missing_line(report, unit, &sent, lang))
            .collect(),
        none_missing: report
            .missing_units
            .is_empty()
            .then(|| koonti_messages::letters::none_missing(lang)),
        none_listed: koonti_messages::letters::none_listed(lang),
        headings: ListHeadings {
            send_to_units: koonti_write::Labels(lang).sheet_to_units(),
            check_yourself: koonti_write::Labels(lang).sheet_own_checks(),
        },
        letters: koonti_messages::letters::unit_letters(report, lang)
            .into_iter()
            .map(|l| LetterInfo {
                unit: l.unit,
                text: l.text,
            })
            .collect(),
        own_checks: koonti_messages::letters::own_checks(report, lang),
        headline: koonti_messages::lists::headline(report, merged.programme.units.len(), lang),
        findings: Counts {
            errors: count(Severity::Error),
            warnings: count(Severity::Warning),
            infos: count(Severity::Info),
        },
        check_text: koonti_engine::check_text(merged, false, lang),
    }
}

/// `{"id", "title", "organisation"}` of a programme, as JSON.
pub fn programme_json(programme: &Programme) -> String {
    serde_json::to_string(&ProgrammeInfo::of(programme)).unwrap_or_default()
}

/// The bundled programmes' [`programme_json`] as one JSON array.
pub fn programmes_json(programmes: &[Programme]) -> String {
    let all: Vec<ProgrammeInfo> = programmes.iter().map(ProgrammeInfo::of).collect();
    serde_json::to_string(&all).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Batch;

    fn samples() -> Merged {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../../samples/siun-sote-2024");
        let mut batch = Batch::new();
        let mut paths: Vec<_> = std::fs::read_dir(dir)
            .expect("samples")
            .map(|e| e.expect("entry").path())
            .filter(|p| p.extension().is_some_and(|e| e == "xlsx"))
            .collect();
        paths.sort();
        for path in paths {
            let name = path
                .file_name()
                .expect("name")
                .to_string_lossy()
                .into_owned();
            batch.add(name, std::fs::read(&path).expect("read"), 0.0);
        }
        batch.add("tyhjä.xlsx".into(), Vec::new(), 0.0);
        batch.merge_with(None).expect("merged")
    }

    /// An unreadable file is named in "Tarkista itse", one line, in
    /// Finnish; the samples' units are all there.
    #[test]
    fn an_unreadable_file_is_one_line_of_her_own_checks() {
        let merged = samples();
        let shown = summary(&merged, Lang::Fi);
        assert_eq!(shown.responses.len(), 6);
        assert_eq!(shown.expected, 6);
        let empty: Vec<&String> = shown
            .own_checks
            .iter()
            .filter(|line| line.starts_with("tyhjä.xlsx: "))
            .collect();
        assert_eq!(empty.len(), 1, "{:?}", shown.own_checks);
        assert!(
            koonti_model::english_words(empty[0]).is_empty(),
            "{}",
            empty[0]
        );
        assert_eq!(shown.findings.errors, 1);
    }

    #[test]
    fn the_summary_is_json_for_the_page() {
        let merged = samples();
        let json: serde_json::Value =
            serde_json::from_str(&summary_json(&merged, Lang::Sv)).expect("json");
        assert_eq!(json["programme"]["id"], "siun-sote-2023-2025");
        assert_eq!(json["period"], "2024");
        assert!(json["own_checks"][0].is_string());
        assert!(json.get("files").is_none(), "no per-file list");
        assert_eq!(json["none_listed"], "Inga.");
    }
}

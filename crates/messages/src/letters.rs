//! Two lists for two people: what to send each unit ("Lähetä
//! yksikölle": a short, polite message naming what is missing by measure
//! number and text, cells only where the unit must look) and what the
//! secretary checks herself ("Tarkista itse": copies, skipped files,
//! guesses). A unit that said it has nothing to comment is asked for
//! nothing.
use crate::Worded;
use crate::lists::{sent_line, short};
use koonti_model::{Answer, Finding, FindingCode, Lang, Report, Severity};
use std::collections::HashMap;

/// A message to send one unit.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnitLetter {
    /// The unit.
    pub unit: String,
    /// The message, greeting to closing.
    pub text: String,
}

/// What a unit can fix in its own file: told to it, with the cell.
fn for_the_unit(code: &FindingCode) -> bool {
    matches!(
        code,
        FindingCode::BothMarked { .. }
            | FindingCode::MarkNotRecognised { .. }
            | FindingCode::StatusNotRecognised { .. }
            | FindingCode::TextWithoutMark { .. }
            | FindingCode::AmbiguousStatus { .. }
            | FindingCode::StatusOutsideScale { .. }
            | FindingCode::DuplicateMeasure { .. }
    )
}

/// The message to each unit that has something to add or fix, in
/// programme order of the units: missing units first (asked for their
/// response, or for it on the Excel form when what they sent could not be
/// read), then units whose response leaves measures unanswered or holds
/// marks to fix.
pub fn unit_letters(report: &Report, lang: Lang) -> Vec<UnitLetter> {
    let mut letters = Vec::new();
    for (unit, sent) in report.missing_with_files() {
        let body = match sent_line(report, &sent, lang) {
            Some(_) => {
                let files: Vec<String> = sent
                    .iter()
                    .map(|s| match report.skip_reason(&s.file) {
                        Some(f) => format!("{} ({})", s.file, short(&f.code, lang)),
                        None => s.file.clone(),
                    })
                    .collect();
                match lang {
                    Lang::Fi => format!("kiitos vastauksestanne. Saimme sen tiedostona {}, jota ei voi koota muiden vastausten kanssa. Voisitteko lähettää vastauksen täytettynä Excel-lomakkeella?", files.join(", ")),
                    Lang::Sv => format!("tack för ert svar. Vi fick det som filen {}, som inte kan sammanställas med de andra svaren. Kunde ni skicka svaret ifyllt på Excel-blanketten?", files.join(", ")),
                    Lang::En => format!("thank you for your response. We received it as {}, which cannot be merged with the other responses. Could you send it filled in on the Excel form?", files.join(", ")),
                }
            }
            None => lang
                .pick(
                    "emme ole vielä saaneet yksikkönne vastausta osallisuusohjelman seurantaan. Voisitteko palauttaa täytetyn Excel-lomakkeen?",
                    "vi har ännu inte fått er enhets svar till uppföljningen av delaktighetsprogrammet. Kunde ni skicka den ifyllda Excel-blanketten?",
                    "we have not yet received your unit's response to the follow-up of the participation programme. Could you return the filled-in Excel form?",
                )
                .to_string(),
        };
        letters.push(UnitLetter {
            unit: unit.to_string(),
            text: letter(lang, &body),
        });
    }
    let nothing_to_comment = report.nothing_to_comment();
    // Each unit's unanswered measures and each file's findings, grouped in
    // one pass each (in their order): looking them up a response at a time
    // made a national merge's letters quadratic.
    let mut unanswered_of: HashMap<&str, Vec<&Answer>> = HashMap::new();
    for answer in report.answers.iter().filter(|a| !a.status.is_answered()) {
        unanswered_of
            .entry(answer.unit.as_str())
            .or_default()
            .push(answer);
    }
    let mut findings_of: HashMap<&str, Vec<&Finding>> = HashMap::new();
    for finding in &report.findings {
        findings_of
            .entry(finding.file.as_str())
            .or_default()
            .push(finding);
    }
    for response in &report.responses {
        let unit = response.unit.as_str();
        let unanswered: Vec<String> = if nothing_to_comment.contains(unit) {
            Vec::new()
        } else {
            unanswered_of
                .get(unit)
                .into_iter()
                .flatten()
                .map(|a| format!("- {} {}", a.measure, a.measure_text))
                .collect()
        };
        let first_file = response.files.first().map(String::as_str);
        let to_fix: Vec<String> = first_file
            .and_then(|file| findings_of.get(file))
            .into_iter()
            .flatten()
            .filter(|f| f.severity != Severity::Info && for_the_unit(&f.code))
            .map(|f| {
                let cell = match (f.sheet.as_str(), f.cell.as_str()) {
                    ("", _) | (_, "") => String::new(),
                    (sheet, cell) => {
                        format!(" ({} {sheet}!{cell})", lang.pick("solu", "cell", "cell"))
                    }
                };
                format!("- {}{cell}", f.message(lang))
            })
            .collect();
        if unanswered.is_empty() && to_fix.is_empty() {
            continue;
        }
        let mut body = lang
            .pick(
                "kiitos vastauksestanne osallisuusohjelman seurantaan.",
                "tack för ert svar till uppföljningen av delaktighetsprogrammet.",
                "thank you for your response to the follow-up of the participation programme.",
            )
            .to_string();
        if !unanswered.is_empty() {
            body.push_str(lang.pick(
                " Näihin toimenpiteisiin ei vielä ole vastausta:\n\n",
                " Dessa åtgärder saknar ännu svar:\n\n",
                " These measures have no answer yet:\n\n",
            ));
            body.push_str(&unanswered.join("\n"));
            body.push('\n');
        }
        if !to_fix.is_empty() {
            // "Also" only after the unanswered measures.
            body.push_str(match unanswered.is_empty() {
                false => lang.pick(
                    "\nLomakkeessa on myös tarkistettavaa:\n\n",
                    "\nPå blanketten finns också saker att kontrollera:\n\n",
                    "\nThe form also has something to check:\n\n",
                ),
                true => lang.pick(
                    "\nLomakkeessa on tarkistettavaa:\n\n",
                    "\nPå blanketten finns saker att kontrollera:\n\n",
                    "\nThe form has something to check:\n\n",
                ),
            });
            body.push_str(&to_fix.join("\n"));
            body.push('\n');
        }
        body.push_str(lang.pick(
            "\nVoisitteko täydentää vastauksen ja palauttaa lomakkeen?",
            "\nKunde ni komplettera svaret och skicka blanketten igen?",
            "\nCould you complete the response and return the form?",
        ));
        letters.push(UnitLetter {
            unit: unit.to_string(),
            text: letter(lang, &body),
        });
    }
    letters
}

/// The missing list when no unit is missing: the one wording, for the
/// console and the page alike.
pub fn none_missing(lang: Lang) -> &'static str {
    lang.pick(
        "Kaikki odotetut yksiköt vastasivat.",
        "Alla väntade enheter svarade.",
        "Every expected unit answered.",
    )
}

/// What an empty list of the merge says (no response, no message to send,
/// nothing to check): the one wording, for the console and the page alike.
pub fn none_listed(lang: Lang) -> &'static str {
    lang.pick("Ei yhtään.", "Inga.", "None.")
}

/// `body` with a greeting and a closing.
fn letter(lang: Lang, body: &str) -> String {
    let (hello, regards) = match lang {
        Lang::Fi => ("Hei,", "Ystävällisin terveisin"),
        Lang::Sv => ("Hej,", "Med vänliga hälsningar"),
        Lang::En => ("Hello,", "Kind regards"),
    };
    format!("{hello}\n\n{body}\n\n{regards}\n")
}

/// What the secretary checks herself, one line each ("file: what"):
/// copies, skipped files, guesses and everything else koonti noticed that
/// is not the unit's to fix; never a unit's unanswered measures.
pub fn own_checks(report: &Report, lang: Lang) -> Vec<String> {
    report
        .findings
        .iter()
        .filter(|f| !for_the_unit(&f.code) || f.severity == Severity::Info)
        .map(|f| {
            let place = match (f.file.as_str(), f.sheet.as_str(), f.cell.as_str()) {
                ("", _, _) => String::new(),
                (file, "", _) => format!("{file}: "),
                (file, sheet, "") => format!("{file}, {sheet}: "),
                (file, sheet, cell) => format!("{file}, {sheet}!{cell}: "),
            };
            format!("{place}{}", f.message(lang))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A report of one response from `unit` in `file`, with `findings`.
    fn report(unit: &str, file: &str, findings: Vec<koonti_model::Finding>) -> Report {
        Report {
            programme: koonti_model::ProgrammeRef {
                id: "p".into(),
                title: "P".into(),
            },
            period: Default::default(),
            responses: vec![koonti_model::ResponseEntry {
                unit: unit.into(),
                files: vec![file.into()],
            }],
            missing_units: Vec::new(),
            answers: Vec::new(),
            feedback: Vec::new(),
            unmatched: Vec::new(),
            findings,
            support_requests: Vec::new(),
            sources: Vec::new(),
            history: None,
        }
    }

    /// Issue 21 audit: a unit whose every measure is answered but whose
    /// form has a mark to fix is not told it "also" has something to
    /// check, as if something came before.
    #[test]
    fn a_letter_with_only_marks_to_fix_says_no_also() {
        let mut finding = koonti_model::Finding::file(
            Severity::Warning,
            FindingCode::MarkNotRecognised {
                header: "Toimenpide ei ole toteutunut".into(),
                text: "?".into(),
            },
            "Hallinto.xlsx",
        );
        finding.sheet = "Vastaukset".into();
        finding.cell = "C8".into();
        let report = report("Hallinto", "Hallinto.xlsx", vec![finding]);
        for (lang, also) in [
            (Lang::Fi, " myös "),
            (Lang::Sv, " också "),
            (Lang::En, " also "),
        ] {
            let letters = unit_letters(&report, lang);
            assert_eq!(letters.len(), 1, "{letters:?}");
            let text = &letters[0].text;
            assert!(text.contains("C8"), "{text}");
            assert!(!text.contains(also), "{text}");
        }
    }

    #[test]
    fn a_letter_greets_and_closes() {
        let text = letter(Lang::Fi, "kiitos.");
        assert!(text.starts_with("Hei,\n\n") && text.ends_with("Ystävällisin terveisin\n"));
    }
}

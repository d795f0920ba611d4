//! Who filled in the form and when: the respondent and date fields a
//! template writes at the end of its answer sheet, and the labels units
//! write for the same ("Vastaaja: toimialuejohtaja", "Täyttäjä:", "Pvm
//! 3.5.2024"). A respondent is a person, never the unit.
use koonti_model::Lang;
use regex::Regex;
use std::sync::LazyLock;

/// Which field a signature label is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SignatureField {
    /// The person who answered (name, role, contact).
    Respondent,
    /// The date of the answer.
    Date,
}

/// A signature label as read from a cell.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SignatureLabel {
    /// The field.
    pub field: SignatureField,
    /// What follows the label's colon in the same cell; `None` when the
    /// label stands alone and its value is in the next cell.
    pub value: Option<String>,
    /// True when the label is certainly a label (it ends with a colon or
    /// carries the template's explanation in parentheses): alone, it is form
    /// structure. A bare word ("Date") alone is a unit's text.
    pub marked: bool,
}

/// The respondent label a template writes, with its colon.
pub fn respondent_label(lang: Lang) -> &'static str {
    lang.pick(
        "Vastaaja (nimi ja tehtävä):",
        "Svarande (namn och uppgift):",
        "Respondent (name and role):",
    )
}

/// The date label a template writes, with its colon.
pub fn date_label(lang: Lang) -> &'static str {
    lang.pick("Päivämäärä:", "Datum:", "Date:")
}

/// True when `text` is one of the labels a koonti template writes (in any
/// language): an empty field of the form, structure rather than a unit's
/// text. Any other label left without a value is the unit's own writing.
pub fn is_template_label(text: &str) -> bool {
    let text = text.trim();
    [Lang::Fi, Lang::Sv, Lang::En]
        .into_iter()
        .any(|lang| text == respondent_label(lang) || text == date_label(lang))
}

/// Respondent words (fi, sv, en), each optionally followed by "nimi",
/// "name" or "namn" and an explanation in parentheses.
const RESPONDENT: &str = r"(?:lomakkeen\s+)?(?:vastaajan?|täyttäjän?|yhteyshenkilön?|vastauksen\s+laatija|laatija|svarande|ifylld\s+av|kontaktperson|respondent|contact(?:\s+person)?|filled\s+in\s+by|completed\s+by)(?:\s+(?:nimi|namn|name))?";

/// Date words (fi, sv, en).
const DATE: &str =
    r"(?:vastaus|täyttö)?päivämäärä|päiväys|pvm\.?|vastauspäivä|täyttöpäivä|datum|date";

static LABEL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?is)^\s*(?:(?P<who>{RESPONDENT})|(?P<when>{DATE}))\s*(?P<paren>\([^)]{{0,60}}\))?\s*(?:(?P<colon>[:：])\s*(?P<value>.*?))?\s*$"
    ))
    .expect("the signature label regex is valid")
});

/// A date written after a date word without a colon ("Pvm 3.5.2024").
static BARE_DATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?i)^\s*(?:{DATE})\s+(?P<value>\d{{1,4}}[./-]\d{{1,2}}(?:[./-]\d{{1,4}})?)\s*$"
    ))
    .expect("the bare date regex is valid")
});

/// The signature label `text` is, if it is one.
///
/// ```
/// use koonti_form::signature::{signature_label, SignatureField};
/// let label = signature_label("Vastaaja: toimialuejohtaja, 3.5.2024").unwrap();
/// assert_eq!(label.field, SignatureField::Respondent);
/// assert_eq!(label.value.as_deref(), Some("toimialuejohtaja, 3.5.2024"));
/// assert!(signature_label("Vastaajat olivat tyytyväisiä").is_none());
/// ```
pub fn signature_label(text: &str) -> Option<SignatureLabel> {
    // `is_match` first: most cells are neither, and it makes no captures
    // to find that out.
    if BARE_DATE.is_match(text)
        && let Some(caps) = BARE_DATE.captures(text)
    {
        return Some(SignatureLabel {
            field: SignatureField::Date,
            value: Some(caps["value"].to_string()),
            marked: true,
        });
    }
    if !LABEL.is_match(text) {
        return None;
    }
    let caps = LABEL.captures(text)?;
    let field = if caps.name("who").is_some() {
        SignatureField::Respondent
    } else {
        SignatureField::Date
    };
    let value = caps
        .name("value")
        .map(|v| v.as_str().trim().to_string())
        .filter(|v| !v.is_empty());
    Some(SignatureLabel {
        field,
        value,
        marked: caps.name("colon").is_some() || caps.name("paren").is_some(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_templates_own_labels_read_back_as_structure() {
        for lang in [Lang::Fi, Lang::Sv, Lang::En] {
            for (text, field) in [
                (respondent_label(lang), SignatureField::Respondent),
                (date_label(lang), SignatureField::Date),
            ] {
                let label = signature_label(text).expect(text);
                assert_eq!(
                    (label.field, label.value, label.marked),
                    (field, None, true)
                );
                assert!(is_template_label(text));
            }
        }
    }

    #[test]
    fn labels_as_units_write_them() {
        let cases = [
            (
                "Vastaaja: toimialuejohtaja, 3.5.2024",
                SignatureField::Respondent,
                Some("toimialuejohtaja, 3.5.2024"),
            ),
            ("Täyttäjä:", SignatureField::Respondent, None),
            (
                "Yhteyshenkilö: Liisa Virtanen",
                SignatureField::Respondent,
                Some("Liisa Virtanen"),
            ),
            (
                "VASTAAJAN NIMI: Matti",
                SignatureField::Respondent,
                Some("Matti"),
            ),
            ("Ifylld av: Anna", SignatureField::Respondent, Some("Anna")),
            ("Pvm 3.5.2024", SignatureField::Date, Some("3.5.2024")),
            (
                "Päivämäärä: 12.1.2026",
                SignatureField::Date,
                Some("12.1.2026"),
            ),
            ("Date", SignatureField::Date, None),
        ];
        for (text, field, value) in cases {
            let label = signature_label(text).expect(text);
            assert_eq!(
                (label.field, label.value.as_deref()),
                (field, value),
                "{text}"
            );
        }
        assert!(!signature_label("Date").expect("date").marked);
        assert!(!is_template_label("Pvm:"));
        assert!(!is_template_label("Täyttäjä:"));
    }

    #[test]
    fn sentences_and_units_are_not_signatures() {
        for text in [
            "Vastaajat olivat tyytyväisiä",
            "Vastaava toimialue: Pelastuslaitos",
            "Vastaa: Liisa Virtanen, puh. 040 123 4567",
            "Date of the next meeting is open",
            "Vastaajayksikkö",
        ] {
            assert_eq!(signature_label(text), None, "{text}");
        }
    }
}

//! Naming the responding unit and recognising the cells around the tables
//! (titles, unit labels) as template structure.
use crate::index::ProgrammeIndex;
use koonti_form::signature::{SignatureLabel, signature_label};
use koonti_model::{Period, UnitName};
use regex::Regex;
use std::sync::LazyLock;

/// A note that names a measure: "Toimenpiteen 2.3 pilotti siirtyi …",
/// "TP 1.2: …", "åtgärd 3.1", "measure 4.2". The number must be a measure
/// id of the programme.
static MEASURE_NOTE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:toimenpi\w*|tp|åtgärd\w*|measures?|actions?)\s*(\d+(?:\.\d+)+)")
        .expect("MEASURE_NOTE is a valid regex")
});

/// What a cell outside the tables turned out to be.
#[derive(Debug, Clone, PartialEq)]
pub enum LooseCell {
    /// A label naming the unit; `value_in_next` when the name is in the next cell.
    UnitLabel {
        name: Option<String>,
        value_in_next: bool,
        /// The label ends with a colon: the next cell is the name whatever
        /// it says; a bare word needs a next cell that names a unit.
        colon: bool,
    },
    /// A cell naming a unit, alone or inside a title.
    UnitName(String),
    /// A title of the response; may carry the period and name the unit.
    Title {
        /// The reporting period in the title.
        period: Option<Period>,
        /// A programme unit the title names.
        unit: Option<String>,
    },
    /// A line of guidance from the template.
    Instruction,
    /// A cell naming the reporting period ("Osavuosikatsaus 3/2025",
    /// "Raportointijakso: Q3/2025"); `None` for a period label alone, its
    /// period in the next cell.
    Period(Option<Period>),
    /// A unit's note naming a measure (its index in the programme): kept
    /// with that measure's answer.
    MeasureNote(usize),
    /// A respondent or date field ("Vastaaja: …", "Päivämäärä:").
    Signature(SignatureLabel),
}

/// Classifies a cell outside the tables; `None` means it is unmatched.
pub fn classify_loose(text: &str, index: &ProgrammeIndex) -> Option<LooseCell> {
    let cleaned = koonti_normalise::clean(text);
    if let Some(label) = index.form().unit_label(&cleaned) {
        return Some(LooseCell::UnitLabel {
            value_in_next: label.name.is_none(),
            name: label.name,
            colon: label.colon,
        });
    }
    if let Some(label) = signature_label(&cleaned) {
        return Some(LooseCell::Signature(label));
    }
    if let Some(unit) = index.match_unit(&cleaned) {
        return Some(LooseCell::UnitName(unit.to_string()));
    }
    if index.is_title(&cleaned) {
        return Some(LooseCell::Title {
            period: period_in(&cleaned, index),
            unit: index.find_unit_in(&cleaned).map(str::to_string),
        });
    }
    // A short cell that names a unit among other words ("Pelastuslaitos – vastaus").
    if cleaned.chars().count() <= 80
        && let Some(unit) = index.find_unit_in(&cleaned)
    {
        return Some(LooseCell::UnitName(unit.to_string()));
    }
    if let Some(period) = koonti_normalise::period_label(&cleaned) {
        return Some(LooseCell::Period(Some(period)));
    }
    if koonti_normalise::is_period_label(&cleaned) {
        return Some(LooseCell::Period(None));
    }
    if koonti_form::instructions::is_instruction(&cleaned) {
        return Some(LooseCell::Instruction);
    }
    MEASURE_NOTE
        .captures_iter(&cleaned)
        .find_map(|caps| index.measure_by_id(caps.get(1)?.as_str()))
        .map(LooseCell::MeasureNote)
}

/// `found` taken as the period when none is known yet, or when it is a
/// quarter of the year known so far (a title "2025", a cell "Q3/2025").
pub fn refine_period(current: &mut Option<Period>, found: Option<Period>) {
    let Some(found) = found else { return };
    let refines = current.is_none_or(|known| {
        !known.is_quarter() && found.is_quarter() && known.year() == found.year()
    });
    if refines {
        *current = Some(found);
    }
}

/// The period (a year or a quarter) in a title or a file name, ignoring
/// the programme's own id, title and years ("2023–2025").
pub fn period_in(text: &str, index: &ProgrammeIndex) -> Option<Period> {
    // Each replacement only when the text holds it: most texts hold none
    // of the programme's own words, and are searched as they are.
    let mut text = std::borrow::Cow::Borrowed(text);
    let mut remove = |own: &str| {
        if text.contains(own) {
            text = std::borrow::Cow::Owned(text.replace(own, " "));
        }
    };
    remove(&index.programme.title);
    if let Some(years) = &index.programme.years {
        remove(years);
        remove(&years.replace('–', "-"));
    }
    remove(&index.programme.id);
    koonti_normalise::find_period(&text)
}

/// Resolves a unit name written in a label to the programme's unit.
pub fn resolve(written: &str, found_in: String, index: &ProgrammeIndex) -> UnitName {
    match index
        .match_unit(written)
        .or_else(|| index.find_unit_in(written))
    {
        Some(name) => UnitName {
            name: name.to_string(),
            known: true,
            found_in,
        },
        None => UnitName {
            name: koonti_normalise::clean(written),
            known: false,
            found_in,
        },
    }
}

/// The unit named by a sheet name or, failing that, the file name.
pub fn from_names(sheet_names: &[&str], file: &str, index: &ProgrammeIndex) -> Option<UnitName> {
    for sheet in sheet_names {
        if let Some(name) = index
            .match_unit(sheet)
            .or_else(|| index.find_unit_in(sheet))
        {
            return Some(UnitName {
                name: name.to_string(),
                known: true,
                found_in: format!("välilehden nimi {sheet:?}"),
            });
        }
    }
    let stem = std::path::Path::new(file)
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    index
        .match_unit(&stem)
        .or_else(|| index.find_unit_in(&stem))
        .map(|name| UnitName {
            name: name.to_string(),
            known: true,
            found_in: format!("tiedoston nimi {stem:?}"),
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn siun() -> ProgrammeIndex {
        ProgrammeIndex::new(koonti_programme::load("siun-sote-2023-2025").expect("bundled"))
    }

    #[test]
    fn classifies_labels_units_and_titles() {
        let index = siun();
        assert_eq!(
            classify_loose("Toimialue: Pelastuslaitos", &index),
            Some(LooseCell::UnitLabel {
                name: Some("Pelastuslaitos".into()),
                value_in_next: false,
                colon: true
            })
        );
        assert_eq!(
            classify_loose("Toimialue:", &index),
            Some(LooseCell::UnitLabel {
                name: None,
                value_in_next: true,
                colon: true
            })
        );
        assert_eq!(
            classify_loose("Hallintopalvelut", &index),
            Some(LooseCell::UnitName("Hallintopalvelut".into()))
        );
        assert_eq!(
            classify_loose(
                "Vastaukset osallisuusohjelman toimenpiteiden toteutumiseen 2024",
                &index
            ),
            Some(LooseCell::Title {
                period: Some(koonti_model::Period::of_year(2024)),
                unit: None
            })
        );
        assert_eq!(
            classify_loose(
                "Pohjois-Karjalan hyvinvointialueen osallisuusohjelma 2023–2025",
                &index
            ),
            Some(LooseCell::Title {
                period: None,
                unit: None
            })
        );
        assert_eq!(
            classify_loose(
                "Osallisuusohjelman toteutuminen 2024 – Hallintopalvelut",
                &index
            ),
            Some(LooseCell::Title {
                period: Some(koonti_model::Period::of_year(2024)),
                unit: Some("Hallintopalvelut".into())
            })
        );
        assert_eq!(
            classify_loose("Toimialue", &index),
            Some(LooseCell::UnitLabel {
                name: None,
                value_in_next: true,
                colon: false
            })
        );
        assert_eq!(
            classify_loose("Merkitse x oikeaan sarakkeeseen.", &index),
            Some(LooseCell::Instruction)
        );
        assert_eq!(classify_loose("Kahvitauko klo 10", &index), None);
    }

    #[test]
    fn a_units_own_notes_are_never_guidance() {
        let index = siun();
        for kept in [
            "Vastaa: Liisa Virtanen, puh. 040 123 4567",
            "Huom! Pilotti siirtyi syksyyn 2025.",
            "Note: preliminary figures",
            "Select one",
        ] {
            assert_eq!(classify_loose(kept, &index), None, "{kept}");
        }
        // A respondent is the file's signature, not the unit nor guidance.
        assert!(matches!(
            classify_loose("Vastaaja: toimialuejohtaja, 3.5.2024", &index),
            Some(LooseCell::Signature(label)) if label.value.as_deref() == Some("toimialuejohtaja, 3.5.2024")
        ));
        let at = index.measure_by_id("2.3").expect("2.3");
        assert_eq!(
            classify_loose(
                "Huom! Toimenpiteen 2.3 pilotti siirtyi syksyyn 2025",
                &index
            ),
            Some(LooseCell::MeasureNote(at))
        );
        assert_eq!(
            classify_loose("Toimenpiteen 9.9 pilotti siirtyi", &index),
            None,
            "no such measure"
        );
    }

    #[test]
    fn names_unit_from_sheet_or_file() {
        let index = siun();
        let unit = from_names(
            &["Taul1"],
            "kevät/Vastaukset Hallintopalvelut 2024.xlsx",
            &index,
        )
        .expect("unit");
        assert_eq!(unit.name, "Hallintopalvelut");
        assert!(from_names(&["Taul1"], "vastaus.xlsx", &index).is_none());
    }
}

//! The sheets of a template: the answer sheet, the instructions sheet and
//! the hidden metadata sheet with its keys.
use koonti_model::Lang;

/// The name of the hidden sheet in koonti's own templates that holds the
/// template's identity (programme, version, period, unit, measure ids,
/// language and the name of its instructions sheet).
pub const METADATA_SHEET: &str = "_koonti";

/// The name of the answer sheet.
pub fn answers_sheet(lang: Lang) -> &'static str {
    lang.pick("Vastaukset", "Svar", "Answers")
}

/// The name of the instructions sheet; the metadata names it so that the
/// reader skips it.
pub fn instructions_sheet(lang: Lang) -> &'static str {
    lang.pick("Ohjeet", "Instruktioner", "Instructions")
}

/// A key of the metadata sheet's `key | value` rows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MetaKey {
    /// The programme id the template was made for.
    Programme,
    /// The programme definition's version.
    Version,
    /// The reporting period.
    Period,
    /// The unit the template was made for (empty on a blank template).
    Unit,
    /// The programme's measure ids, comma-separated.
    MeasureIds,
    /// The template's language code.
    Lang,
    /// The name of the instructions sheet (skipped by the reader).
    Instructions,
}

impl MetaKey {
    /// Every key, in the order a template writes them.
    pub const ALL: [MetaKey; 7] = [
        MetaKey::Programme,
        MetaKey::Version,
        MetaKey::Period,
        MetaKey::Unit,
        MetaKey::MeasureIds,
        MetaKey::Lang,
        MetaKey::Instructions,
    ];

    /// The key as written in the sheet.
    pub fn as_str(self) -> &'static str {
        match self {
            MetaKey::Programme => "programme",
            MetaKey::Version => "version",
            MetaKey::Period => "period",
            MetaKey::Unit => "unit",
            MetaKey::MeasureIds => "measure_ids",
            MetaKey::Lang => "lang",
            MetaKey::Instructions => "instructions",
        }
    }

    /// The key a cell holds, if it is one.
    pub fn parse(text: &str) -> Option<MetaKey> {
        MetaKey::ALL.into_iter().find(|k| k.as_str() == text)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_parse_back() {
        for key in MetaKey::ALL {
            assert_eq!(MetaKey::parse(key.as_str()), Some(key));
        }
        assert_eq!(MetaKey::parse("Programme"), None);
    }
}

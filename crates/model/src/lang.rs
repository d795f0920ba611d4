use serde::{Deserialize, Serialize};
use std::fmt;
use std::str::FromStr;

/// The language of what people see: workbooks, templates, messages.
/// Finnish is the default; Swedish and English are the county's other
/// languages of service.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    /// Suomi.
    #[default]
    Fi,
    /// Svenska.
    Sv,
    /// English.
    En,
}

impl Lang {
    /// The ISO 639-1 code, e.g. for `<html lang="fi">`.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Fi => "fi",
            Lang::Sv => "sv",
            Lang::En => "en",
        }
    }

    /// Picks the text for this language from a (fi, sv, en) triple.
    pub fn pick<'a>(self, fi: &'a str, sv: &'a str, en: &'a str) -> &'a str {
        match self {
            Lang::Fi => fi,
            Lang::Sv => sv,
            Lang::En => en,
        }
    }
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

impl FromStr for Lang {
    type Err = String;

    fn from_str(s: &str) -> Result<Lang, String> {
        match s.to_ascii_lowercase().as_str() {
            "fi" | "suomi" | "finnish" => Ok(Lang::Fi),
            "sv" | "svenska" | "swedish" => Ok(Lang::Sv),
            "en" | "english" => Ok(Lang::En),
            other => Err(format!("unknown language {other:?} (fi, sv or en)")),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_codes_and_picks_texts() {
        assert_eq!("SV".parse::<Lang>(), Ok(Lang::Sv));
        assert!("de".parse::<Lang>().is_err());
        assert_eq!(Lang::default().pick("kyllä", "ja", "yes"), "kyllä");
        assert_eq!(Lang::En.pick("kyllä", "ja", "yes"), "yes");
    }
}

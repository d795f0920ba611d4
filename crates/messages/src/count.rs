//! A number with its noun in the right grammatical form, per language:
//! Finnish takes the nominative singular after 1 and the partitive after
//! any other number ("1 vastaus", "2 vastausta", "0 virhettä"); Swedish
//! and English a singular after 1 and a plural otherwise.
//!
//! Every count a person reads (the summary line, the check's closing line,
//! the CLI's messages) is worded here, so a new noun is one variant with
//! its six forms.

use koonti_model::Lang;

/// A thing koonti counts in its messages.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Noun {
    /// A unit's response (vastaus / svar / response).
    Response,
    /// A finding of severity error (virhe / fel / error).
    Error,
    /// A finding of severity warning (huomio / varning / warning).
    Warning,
    /// A finding of severity info (tieto / upplysning / note).
    Info,
    /// A file (tiedosto / fil / file).
    File,
    /// A response template (lomake / blankett / template).
    Template,
    /// A unit (yksikkö / enhet / unit).
    Unit,
    /// An action of the programme (toimenpide / åtgärd / action).
    Action,
    /// A correction read from a workbook (korjaus / rättelse / correction).
    Correction,
}

impl Noun {
    /// Every noun, for tests that each has all its forms.
    pub const ALL: [Noun; 9] = [
        Noun::Response,
        Noun::Error,
        Noun::Warning,
        Noun::Info,
        Noun::File,
        Noun::Template,
        Noun::Unit,
        Noun::Action,
        Noun::Correction,
    ];

    /// The (singular, plural) forms in `lang`; in Finnish (nominative,
    /// partitive).
    fn forms(self, lang: Lang) -> (&'static str, &'static str) {
        match (lang, self) {
            (Lang::Fi, Noun::Response) => ("vastaus", "vastausta"),
            (Lang::Fi, Noun::Error) => ("virhe", "virhettä"),
            (Lang::Fi, Noun::Warning) => ("huomio", "huomiota"),
            (Lang::Fi, Noun::Info) => ("tieto", "tietoa"),
            (Lang::Fi, Noun::File) => ("tiedosto", "tiedostoa"),
            (Lang::Fi, Noun::Template) => ("lomake", "lomaketta"),
            (Lang::Fi, Noun::Unit) => ("yksikkö", "yksikköä"),
            (Lang::Fi, Noun::Action) => ("toimenpide", "toimenpidettä"),
            (Lang::Fi, Noun::Correction) => ("korjaus", "korjausta"),
            (Lang::Sv, Noun::Response) => ("svar", "svar"),
            (Lang::Sv, Noun::Error) => ("fel", "fel"),
            (Lang::Sv, Noun::Warning) => ("varning", "varningar"),
            (Lang::Sv, Noun::Info) => ("upplysning", "upplysningar"),
            (Lang::Sv, Noun::File) => ("fil", "filer"),
            (Lang::Sv, Noun::Template) => ("blankett", "blanketter"),
            (Lang::Sv, Noun::Unit) => ("enhet", "enheter"),
            (Lang::Sv, Noun::Action) => ("åtgärd", "åtgärder"),
            (Lang::Sv, Noun::Correction) => ("rättelse", "rättelser"),
            (Lang::En, Noun::Response) => ("response", "responses"),
            (Lang::En, Noun::Error) => ("error", "errors"),
            (Lang::En, Noun::Warning) => ("warning", "warnings"),
            (Lang::En, Noun::Info) => ("note", "notes"),
            (Lang::En, Noun::File) => ("file", "files"),
            (Lang::En, Noun::Template) => ("template", "templates"),
            (Lang::En, Noun::Unit) => ("unit", "units"),
            (Lang::En, Noun::Action) => ("action", "actions"),
            (Lang::En, Noun::Correction) => ("correction", "corrections"),
        }
    }
}

/// `n` and `noun` in `lang`: "1 vastaus", "2 vastausta", "0 virhettä",
/// "1 varning", "2 responses".
pub fn count(lang: Lang, n: usize, noun: Noun) -> String {
    let (one, many) = noun.forms(lang);
    format!("{n} {}", if n == 1 { one } else { many })
}

/// `items` joined as a list in `lang`: "a, b ja c".
pub fn list(lang: Lang, items: &[String]) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [rest @ .., last] => format!(
            "{} {} {last}",
            rest.join(", "),
            lang.pick("ja", "och", "and")
        ),
    }
}

/// At most `shown` of `items` as a list, then how many more in `lang`:
/// "a, b ja 3 muuta".
pub fn some_of(lang: Lang, items: &[String], shown: usize) -> String {
    if items.len() <= shown {
        return list(lang, items);
    }
    let more = items.len() - shown;
    let more = match lang {
        Lang::Fi => format!("{more} muuta"),
        Lang::Sv => format!("{more} till"),
        Lang::En => format!("{more} more"),
    };
    let mut head = items[..shown].to_vec();
    head.push(more);
    list(lang, &head)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finnish_takes_the_nominative_after_one_and_the_partitive_otherwise() {
        assert_eq!(count(Lang::Fi, 1, Noun::Response), "1 vastaus");
        assert_eq!(count(Lang::Fi, 2, Noun::Response), "2 vastausta");
        assert_eq!(count(Lang::Fi, 0, Noun::Error), "0 virhettä");
        assert_eq!(count(Lang::Fi, 1, Noun::Error), "1 virhe");
        assert_eq!(count(Lang::Fi, 1, Noun::Warning), "1 huomio");
        assert_eq!(count(Lang::Fi, 21, Noun::Warning), "21 huomiota");
    }

    #[test]
    fn swedish_and_english_take_a_plural_except_after_one() {
        assert_eq!(count(Lang::Sv, 1, Noun::Warning), "1 varning");
        assert_eq!(count(Lang::Sv, 0, Noun::Warning), "0 varningar");
        assert_eq!(count(Lang::Sv, 2, Noun::Response), "2 svar");
        assert_eq!(count(Lang::En, 1, Noun::Response), "1 response");
        assert_eq!(count(Lang::En, 0, Noun::Error), "0 errors");
    }

    #[test]
    fn every_noun_has_distinct_forms_in_every_language() {
        for noun in Noun::ALL {
            for lang in [Lang::Fi, Lang::Sv, Lang::En] {
                let (one, many) = noun.forms(lang);
                assert!(!one.is_empty() && !many.is_empty(), "{noun:?} {lang}");
            }
            // Finnish always changes form; so does English.
            assert_ne!(noun.forms(Lang::Fi).0, noun.forms(Lang::Fi).1, "{noun:?}");
            assert_ne!(noun.forms(Lang::En).0, noun.forms(Lang::En).1, "{noun:?}");
        }
    }
}

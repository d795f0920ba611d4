//! The answers as the hidden sheet of a consolidated workbook keeps them:
//! each without what the rest of the envelope already says. An answer's
//! `text` is its `items` joined by newlines and its `measure_text` the
//! programme's wording of its measure, in all but a corrected answer; a
//! national merge wrote both out for each of its thousands of answers,
//! two fifths of the sheet's megabytes. [`restore`] puts them back.
use crate::{Answer, Programme};
use serde::ser::{SerializeSeq, SerializeStruct};
use serde::{Serialize, Serializer};
use serde_json::Value;
use std::collections::HashMap;

/// The answers, each leaving out a `text` that is its items joined and a
/// `measure_text` that is `programme`'s.
pub(crate) struct LeanAnswers<'a> {
    pub answers: &'a [Answer],
    pub programme: &'a Programme,
}

impl Serialize for LeanAnswers<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let texts = measure_texts(self.programme);
        let mut seq = serializer.serialize_seq(Some(self.answers.len()))?;
        for answer in self.answers {
            let programme_text = texts.get(answer.measure.as_str()).copied();
            seq.serialize_element(&LeanAnswer {
                answer,
                programme_text,
            })?;
        }
        seq.end()
    }
}

fn measure_texts(programme: &Programme) -> HashMap<&str, &str> {
    programme
        .measures()
        .into_iter()
        .map(|(_, m)| (m.id.as_str(), m.text.as_str()))
        .collect()
}

struct LeanAnswer<'a> {
    answer: &'a Answer,
    programme_text: Option<&'a str>,
}

impl Serialize for LeanAnswer<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        // Destructured so that a new field of `Answer` fails to compile
        // here; the fields in `Answer`'s order and with its skips.
        let Answer {
            unit,
            section,
            measure,
            measure_text,
            status,
            class,
            text,
            items,
            extra,
            source,
        } = self.answer;
        let mut out = serializer.serialize_struct("Answer", 10)?;
        out.serialize_field("unit", unit)?;
        out.serialize_field("section", section)?;
        out.serialize_field("measure", measure)?;
        if self.programme_text == Some(measure_text.as_str()) {
            out.skip_field("measure_text")?;
        } else {
            out.serialize_field("measure_text", measure_text)?;
        }
        out.serialize_field("status", status)?;
        match class {
            Some(class) => out.serialize_field("class", class)?,
            None => out.skip_field("class")?,
        }
        if is_joined(text, items) {
            out.skip_field("text")?;
        } else {
            out.serialize_field("text", text)?;
        }
        out.serialize_field("items", items)?;
        if extra.is_empty() {
            out.skip_field("extra")?;
        } else {
            out.serialize_field("extra", extra)?;
        }
        out.serialize_field("source", source)?;
        out.end()
    }
}

/// Whether `text` is `items` joined by newlines (without joining them).
fn is_joined(text: &str, items: &[String]) -> bool {
    let mut rest = text;
    for (i, item) in items.iter().enumerate() {
        if i > 0 {
            match rest.strip_prefix('\n') {
                Some(after) => rest = after,
                None => return false,
            }
        }
        match rest.strip_prefix(item.as_str()) {
            Some(after) => rest = after,
            None => return false,
        }
    }
    rest.is_empty()
}

/// Puts back into the report JSON's answers the `text` and `measure_text`
/// [`LeanAnswers`] left out (a workbook of an older koonti has them all:
/// nothing to do). An error when an answer left out the wording of a
/// measure `programme` lacks.
pub(crate) fn restore(report: &mut Value, programme: Option<&Programme>) -> Result<(), String> {
    let Some(answers) = report.get_mut("answers").and_then(Value::as_array_mut) else {
        return Ok(());
    };
    let texts = programme.map(measure_texts).unwrap_or_default();
    for answer in answers {
        let Some(fields) = answer.as_object_mut() else {
            continue;
        };
        if !fields.contains_key("text") {
            let joined = fields
                .get("items")
                .and_then(Value::as_array)
                .map(|items| {
                    let items: Vec<&str> = items.iter().filter_map(Value::as_str).collect();
                    items.join("\n")
                })
                .unwrap_or_default();
            fields.insert("text".into(), Value::String(joined));
        }
        if !fields.contains_key("measure_text") {
            let measure = fields.get("measure").and_then(Value::as_str).unwrap_or("");
            let Some(text) = texts.get(measure) else {
                return Err(format!("the wording of measure {measure} is missing"));
            };
            fields.insert("measure_text".into(), Value::String((*text).to_string()));
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn joined_is_items_with_newlines_between() {
        let items = |v: &[&str]| v.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        assert!(is_joined("", &[]));
        assert!(is_joined("", &items(&[""])));
        assert!(is_joined("a\nb", &items(&["a", "b"])));
        assert!(is_joined("a\n\nb", &items(&["a", "", "b"])));
        assert!(!is_joined("a b", &items(&["a", "b"])));
        assert!(!is_joined("a\nb\n", &items(&["a", "b"])));
        assert!(!is_joined("a", &items(&["a", "b"])));
        assert!(!is_joined("x", &[]));
        assert!(!is_joined("", &items(&["a"])));
        for case in [vec!["ä", "ö 🙂"], vec!["", ""], vec!["1.\n2."]] {
            let case: Vec<String> = case.into_iter().map(String::from).collect();
            assert!(is_joined(&case.join("\n"), &case));
        }
    }
}

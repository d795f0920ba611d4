//! `koonti programme check`: every problem of a TOML definition, each on
//! its line with the fix, worded in fi, sv or en. The schema walk knows
//! every table of the format, so a missing key points at the table it is
//! missing from and a misspelt one at the nearest right one.
use koonti_model::{Lang, Programme};
use koonti_normalise::{match_key, similarity_at_least};
use std::collections::HashMap;
use toml::{Table, Value};

/// One problem of a definition.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// The line (from 1) it is on; 0 for the whole file.
    pub line: usize,
    /// What is wrong.
    pub kind: ProblemKind,
}

/// What is wrong with a definition.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ProblemKind {
    /// The bytes are not UTF-8.
    NotUtf8,
    /// The TOML does not parse.
    Syntax(String),
    /// A required key is missing from a table.
    MissingKey {
        /// The table, as its header reads ("[[sections.measures]]").
        table: String,
        /// The key.
        key: &'static str,
    },
    /// A key the format does not have.
    UnknownKey {
        /// The table.
        table: String,
        /// The key as written.
        key: String,
        /// The nearest key of that table.
        nearest: Option<&'static str>,
    },
    /// A value of the wrong type.
    WrongType {
        /// The key.
        key: String,
        /// What it should be (fi).
        expected: &'static str,
    },
    /// An id left empty.
    EmptyId {
        /// The table.
        table: String,
    },
    /// A measure text left empty.
    EmptyText {
        /// The measure id.
        id: String,
    },
    /// An id used twice.
    DuplicateId {
        /// The id.
        id: String,
        /// The line of its first use.
        first: usize,
    },
    /// A measure text used twice.
    DuplicateText {
        /// The text.
        text: String,
        /// The line of its first use.
        first: usize,
    },
    /// The id of a bundled programme, with other content.
    BundledId(String),
    /// Another rule of the format (the validator's reason).
    Rule(String),
}

impl Problem {
    /// The problem as one line in `lang`, starting with its line.
    pub fn message(&self, lang: Lang) -> String {
        let at = match (self.line, lang) {
            (0, _) => String::new(),
            (n, Lang::Fi) => format!("rivi {n}: "),
            (n, Lang::Sv) => format!("rad {n}: "),
            (n, Lang::En) => format!("line {n}: "),
        };
        format!("{at}{}", self.kind.message(lang))
    }
}

impl ProblemKind {
    fn message(&self, lang: Lang) -> String {
        use ProblemKind::*;
        match (self, lang) {
            (NotUtf8, Lang::Fi) => "tiedosto ei ole UTF-8-muodossa; tallenna tiedosto UTF-8-muodossa (Muistiossa: Tallenna nimellä → Koodaus: UTF-8)".into(),
            (NotUtf8, Lang::Sv) => "filen är inte i UTF-8; spara filen i UTF-8".into(),
            (NotUtf8, Lang::En) => "the file is not UTF-8; save the file as UTF-8".into(),
            (Syntax(m), Lang::Fi) => format!("TOML-kirjoitusvirhe: {m}; tarkista lainausmerkit, = -merkit ja hakasulkeet"),
            (Syntax(m), _) => format!("TOML syntax: {m}"),
            (MissingKey { table, key }, Lang::Fi) => format!("taulukosta {table} puuttuu pakollinen avain {key}; lisää rivi {key} = \"…\""),
            (MissingKey { table, key }, Lang::Sv) => format!("tabellen {table} saknar nyckeln {key}"),
            (MissingKey { table, key }, Lang::En) => format!("table {table} lacks the required key {key}"),
            (UnknownKey { table, key, nearest }, Lang::Fi) => match nearest {
                Some(n) => format!("tuntematon avain {key} taulukossa {table}; tarkoititko {n}?"),
                None => format!("tuntematon avain {key} taulukossa {table}; poista se"),
            },
            (UnknownKey { table, key, nearest }, _) => match nearest {
                Some(n) => format!("unknown key {key} in {table}; did you mean {n}?"),
                None => format!("unknown key {key} in {table}"),
            },
            (WrongType { key, expected }, Lang::Fi) => format!("avaimen {key} arvon pitää olla {expected}"),
            (WrongType { key, expected }, _) => format!("the value of {key} must be {}", english(expected)),
            (EmptyId { table }, Lang::Fi) => format!("tyhjä id taulukossa {table}; anna jokaiselle oma tunnus, esim. id = \"1.1\""),
            (EmptyId { table }, _) => format!("empty id in {table}"),
            (EmptyText { id }, Lang::Fi) => format!("toimenpiteellä {id} ei ole tekstiä; kirjoita text = \"…\""),
            (EmptyText { id }, _) => format!("measure {id} has no text"),
            (DuplicateId { id, first }, Lang::Fi) => format!("id {id} on jo käytössä rivillä {first}; anna jokaiselle oma tunnus"),
            (DuplicateId { id, first }, _) => format!("id {id} is already used on line {first}"),
            (DuplicateText { text, first }, Lang::Fi) => format!("toimenpide \"{text}\" on jo rivillä {first}; poista toinen tai muuta sitä"),
            (DuplicateText { text, first }, _) => format!("measure \"{text}\" is already on line {first}"),
            (BundledId(id), Lang::Fi) => format!("id {id} on koontin mukana tulevan ohjelman tunnus; anna omalle ohjelmalle oma tunnus, esim. id = \"{id}-oma\""),
            (BundledId(id), _) => format!("id {id} is a bundled programme's; give your own programme its own id"),
            (Rule(reason), _) => reason.clone(),
        }
    }
}

fn english(expected: &str) -> &'static str {
    match expected {
        "teksti lainausmerkeissä" => "a quoted text",
        "luku" => "a number",
        "taulukko" => "a table",
        "luettelo" => "a list",
        _ => "another type",
    }
}

/// What a key holds.
#[derive(Clone, Copy, PartialEq)]
enum Kind {
    Text,
    Number,
    Texts,
    Table(&'static Schema),
    Tables(&'static Schema),
    /// Nested sections: tables of [`SECTION`] (a const cannot name itself).
    Sections,
}

/// The keys of one table of the format: (key, kind, required).
type Schema = [(&'static str, Kind, bool)];

const OPTION: &Schema = &[
    ("id", Kind::Text, true),
    ("label", Kind::Text, true),
    ("aliases", Kind::Texts, false),
];
const SCALE: &Schema = &[
    ("kind", Kind::Text, true),
    ("implemented_label", Kind::Text, false),
    ("not_implemented_label", Kind::Text, false),
    ("text_label", Kind::Text, false),
    ("status_label", Kind::Text, false),
    ("options", Kind::Tables(OPTION), false),
];
const UNIT: &Schema = &[("name", Kind::Text, true), ("aliases", Kind::Texts, false)];
const MEASURE: &Schema = &[
    ("id", Kind::Text, true),
    ("text", Kind::Text, true),
    ("aliases", Kind::Texts, false),
    ("responsible", Kind::Text, false),
    ("schedule", Kind::Text, false),
];
const SECTION: &Schema = &[
    ("id", Kind::Text, true),
    ("title", Kind::Text, true),
    ("sections", Kind::Sections, false),
    ("measures", Kind::Tables(MEASURE), false),
];
const FEEDBACK: &Schema = &[
    ("title", Kind::Text, true),
    ("prompt", Kind::Text, false),
    ("aliases", Kind::Texts, false),
];
const TOP: &Schema = &[
    ("id", Kind::Text, true),
    ("version", Kind::Number, false),
    ("title", Kind::Text, true),
    ("organisation", Kind::Text, true),
    ("years", Kind::Text, false),
    ("reporting", Kind::Text, false),
    ("section_label", Kind::Text, true),
    ("unit_label", Kind::Text, false),
    ("title_keywords", Kind::Texts, false),
    ("scale", Kind::Table(SCALE), true),
    ("units", Kind::Tables(UNIT), false),
    ("sections", Kind::Sections, true),
    ("feedback", Kind::Table(FEEDBACK), true),
];

/// Where each table starts: header path ("sections.measures") → the
/// lines of its headers, in file order; and the text's lines.
struct Lines<'t> {
    lines: Vec<&'t str>,
    headers: HashMap<String, Vec<usize>>,
    /// Header lines in order, for the end of a table's range.
    starts: Vec<usize>,
}

impl<'t> Lines<'t> {
    fn new(text: &'t str) -> Lines<'t> {
        let lines: Vec<&str> = text.lines().collect();
        let mut headers: HashMap<String, Vec<usize>> = HashMap::new();
        let mut starts = Vec::new();
        for (i, line) in lines.iter().enumerate() {
            let t = line.trim();
            if t.starts_with('[') {
                let path: String = t
                    .trim_start_matches('[')
                    .split(']')
                    .next()
                    .unwrap_or_default()
                    .split('.')
                    .map(|p| p.trim().trim_matches('"'))
                    .collect::<Vec<_>>()
                    .join(".");
                headers.entry(path).or_default().push(i + 1);
                starts.push(i + 1);
            }
        }
        Lines {
            lines,
            headers,
            starts,
        }
    }

    /// The line of the `n`th header of `path` (0 for the top level).
    fn table(&self, path: &str, n: usize) -> usize {
        if path.is_empty() {
            return 0;
        }
        self.headers
            .get(path)
            .and_then(|l| l.get(n))
            .copied()
            .unwrap_or(0)
    }

    /// The line of `key` in the table starting at `start` (0: top level).
    fn key(&self, start: usize, key: &str) -> usize {
        let end = self
            .starts
            .iter()
            .find(|s| **s > start)
            .copied()
            .unwrap_or(self.lines.len() + 1);
        (start.max(1)..end)
            .find(|l| {
                let t = self.lines[l - 1].trim_start();
                let rest = t.strip_prefix(key).or_else(|| {
                    t.strip_prefix('"')
                        .and_then(|t| t.strip_prefix(key))
                        .and_then(|t| t.strip_prefix('"'))
                });
                rest.is_some_and(|r| r.trim_start().starts_with('='))
            })
            .unwrap_or(start)
    }
}

/// Walks the tables in file order, counting each header path's tables.
struct Walk<'t> {
    lines: Lines<'t>,
    seen: HashMap<String, usize>,
    problems: Vec<Problem>,
}

impl Walk<'_> {
    /// Checks `table` (at header `path`) against `schema`; returns its line.
    fn table(&mut self, table: &Table, path: &str, schema: &'static Schema) -> usize {
        let n = self.seen.entry(path.to_string()).or_default();
        let start = self.lines.table(path, *n);
        *n += 1;
        let shown = match path {
            "" => "(ohjelman alku ennen ensimmäistä [taulukkoa])".to_string(),
            p if self.lines.headers.contains_key(p) && schema_is_array(p) => format!("[[{p}]]"),
            p => format!("[{p}]"),
        };
        for (key, value) in table {
            let Some((_, kind, _)) = schema.iter().find(|(k, _, _)| k == key) else {
                let nearest = schema
                    .iter()
                    .filter_map(|(k, _, _)| similarity_at_least(k, key, 0.5).map(|s| (k, s)))
                    .max_by(|a, b| a.1.total_cmp(&b.1))
                    .map(|(k, _)| *k);
                self.problems.push(Problem {
                    line: self.lines.key(start, key),
                    kind: ProblemKind::UnknownKey {
                        table: shown.clone(),
                        key: key.clone(),
                        nearest,
                    },
                });
                continue;
            };
            let child = if path.is_empty() {
                key.clone()
            } else {
                format!("{path}.{key}")
            };
            let kind = match kind {
                Kind::Sections => &Kind::Tables(SECTION),
                kind => kind,
            };
            let expected = match (kind, value) {
                (Kind::Text, Value::String(_)) | (Kind::Number, Value::Integer(_)) => None,
                (Kind::Texts, Value::Array(a)) if a.iter().all(Value::is_str) => None,
                (Kind::Table(schema), Value::Table(t)) => {
                    self.table(t, &child, schema);
                    None
                }
                (Kind::Tables(schema), Value::Array(items)) => {
                    for item in items {
                        match item {
                            Value::Table(t) => {
                                self.table(t, &child, schema);
                            }
                            _ => return self.wrong(start, key, "taulukko"),
                        }
                    }
                    None
                }
                (Kind::Text, _) => Some("teksti lainausmerkeissä"),
                (Kind::Number, _) => Some("luku"),
                (Kind::Texts, _) => Some("luettelo"),
                (Kind::Table(_), _) => Some("taulukko"),
                (Kind::Tables(_) | Kind::Sections, _) => Some("luettelo"),
            };
            if let Some(expected) = expected {
                self.wrong(start, key, expected);
            }
        }
        for (key, _, required) in schema {
            if *required && !table.contains_key(*key) {
                self.problems.push(Problem {
                    line: start,
                    kind: ProblemKind::MissingKey {
                        table: shown.clone(),
                        key,
                    },
                });
            }
        }
        start
    }

    fn wrong(&mut self, start: usize, key: &str, expected: &'static str) -> usize {
        self.problems.push(Problem {
            line: self.lines.key(start, key),
            kind: ProblemKind::WrongType {
                key: key.to_string(),
                expected,
            },
        });
        start
    }
}

fn schema_is_array(path: &str) -> bool {
    path.ends_with("sections")
        || path.ends_with("measures")
        || path == "units"
        || path.ends_with("options")
}

/// Every problem of the definition `bytes`, in the order of the file; none
/// when it loads. `bundled` are the programmes shipped with koonti: a
/// definition may reuse a bundled id only as an unchanged copy.
pub fn check_toml(bytes: &[u8], bundled: &[Programme]) -> Vec<Problem> {
    let text = match std::str::from_utf8(bytes) {
        Ok(text) => text.trim_start_matches('\u{feff}'),
        Err(err) => {
            let line = bytes[..err.valid_up_to()]
                .iter()
                .filter(|b| **b == b'\n')
                .count()
                + 1;
            return vec![Problem {
                line,
                kind: ProblemKind::NotUtf8,
            }];
        }
    };
    let table: Table = match toml::from_str(text) {
        Ok(table) => table,
        Err(err) => {
            let line = err
                .span()
                .map(|s| text[..s.start.min(text.len())].matches('\n').count() + 1)
                .unwrap_or(0);
            return vec![Problem {
                line,
                kind: ProblemKind::Syntax(err.message().trim().to_string()),
            }];
        }
    };
    let mut walk = Walk {
        lines: Lines::new(text),
        seen: HashMap::new(),
        problems: Vec::new(),
    };
    walk.table(&table, "", TOP);
    if !walk.problems.is_empty() {
        let mut problems = walk.problems;
        problems.sort_by_key(|p| p.line);
        return problems;
    }
    let programme: Programme = match toml::from_str(text) {
        Ok(p) => p,
        Err(err) => {
            return vec![Problem {
                line: 0,
                kind: ProblemKind::Rule(err.message().trim().to_string()),
            }];
        }
    };
    let mut problems = content_problems(&programme, &walk.lines);
    if let Some(same) = bundled.iter().find(|b| b.id == programme.id)
        && *same != programme
    {
        problems.push(Problem {
            line: walk.lines.key(0, "id"),
            kind: ProblemKind::BundledId(programme.id.clone()),
        });
    }
    if problems.is_empty()
        && let Err(err) = crate::validate_programme("", &programme)
    {
        let reason = err.to_string();
        problems.push(Problem {
            line: 0,
            kind: ProblemKind::Rule(reason.trim_start_matches(": ").to_string()),
        });
    }
    problems.sort_by_key(|p| p.line);
    problems
}

/// Empty and duplicate ids and texts, on their lines.
fn content_problems(programme: &Programme, lines: &Lines) -> Vec<Problem> {
    let mut problems = Vec::new();
    let mut ids: HashMap<String, usize> = HashMap::new();
    let mut texts: HashMap<String, usize> = HashMap::new();
    let mut counters: HashMap<String, usize> = HashMap::new();
    fn walk_sections<'a>(
        sections: &'a [koonti_model::Section],
        path: &str,
        out: &mut Vec<(String, usize, Option<&'a koonti_model::Measure>, &'a str)>,
        counters: &mut HashMap<String, usize>,
    ) {
        for section in sections {
            let n = counters.entry(path.to_string()).or_default();
            out.push((path.to_string(), *n, None, &section.id));
            *n += 1;
            let measures = format!("{path}.measures");
            for measure in &section.measures {
                let n = counters.entry(measures.clone()).or_default();
                out.push((measures.clone(), *n, Some(measure), &measure.id));
                *n += 1;
            }
            walk_sections(
                &section.sections,
                &format!("{path}.sections"),
                out,
                counters,
            );
        }
    }
    let mut items = Vec::new();
    walk_sections(&programme.sections, "sections", &mut items, &mut counters);
    let mut section_ids: HashMap<(String, String), usize> = HashMap::new();
    for (path, n, measure, id) in items {
        let start = lines.table(&path, n);
        let id_line = lines.key(start, "id");
        let table = format!("[[{path}]]");
        if id.trim().is_empty() {
            problems.push(Problem {
                line: id_line,
                kind: ProblemKind::EmptyId { table },
            });
            continue;
        }
        let Some(measure) = measure else {
            if let Some(first) = section_ids.insert((path.clone(), id.to_string()), id_line) {
                problems.push(Problem {
                    line: id_line,
                    kind: ProblemKind::DuplicateId {
                        id: id.to_string(),
                        first,
                    },
                });
            }
            continue;
        };
        if let Some(first) = ids.insert(id.to_string(), id_line) {
            problems.push(Problem {
                line: id_line,
                kind: ProblemKind::DuplicateId {
                    id: id.to_string(),
                    first,
                },
            });
        }
        let key = match_key(&measure.text);
        let text_line = lines.key(start, "text");
        if key.is_empty() {
            problems.push(Problem {
                line: text_line,
                kind: ProblemKind::EmptyText { id: id.to_string() },
            });
        } else if let Some(first) = texts.insert(key, text_line) {
            problems.push(Problem {
                line: text_line,
                kind: ProblemKind::DuplicateText {
                    text: measure.text.clone(),
                    first,
                },
            });
        }
    }
    problems
}

#[cfg(test)]
mod tests {
    use super::*;

    fn siun() -> String {
        crate::BUNDLED[0].1.to_string()
    }

    fn first(text: &str) -> Problem {
        let bundled = crate::bundled().expect("bundled");
        check_toml(text.as_bytes(), &bundled)
            .into_iter()
            .next()
            .unwrap_or_else(|| panic!("a problem in {text}"))
    }

    fn line_of(text: &str, needle: &str) -> usize {
        text.lines()
            .position(|l| l.contains(needle))
            .expect("needle")
            + 1
    }

    #[test]
    fn a_bundled_definition_has_no_problems() {
        let bundled = crate::bundled().expect("bundled");
        for (_, text) in crate::BUNDLED {
            assert_eq!(check_toml(text.as_bytes(), &bundled), vec![]);
        }
    }

    #[test]
    fn problems_name_their_line_and_the_fix() {
        let own = siun().replace("id = \"siun-sote-2023-2025\"", "id = \"oma\"");
        // A missing key points at its table.
        let text = own.replacen("text = \"", "teksti = \"", 1);
        let bundled = crate::bundled().expect("bundled");
        let all = check_toml(text.as_bytes(), &bundled);
        let p = all
            .iter()
            .find(|p| matches!(p.kind, ProblemKind::UnknownKey { .. }))
            .expect("unknown key");
        assert_eq!(p.line, line_of(&text, "teksti ="));
        assert!(
            p.message(Lang::Fi).contains("tarkoititko text?"),
            "{}",
            p.message(Lang::Fi)
        );
        let mut problems = check_toml(text.as_bytes(), &[]);
        problems.retain(|p| matches!(p.kind, ProblemKind::MissingKey { .. }));
        let measures_header = text
            .lines()
            .position(|l| l.contains("[[sections.measures]]"))
            .expect("header")
            + 1;
        assert_eq!(problems[0].line, measures_header);
        assert!(
            problems[0]
                .message(Lang::Fi)
                .contains("[[sections.measures]] puuttuu pakollinen avain text")
        );
        // Duplicate ids and texts, an empty id.
        let text = own.replacen("id = \"1.2\"", "id = \"1.1\"", 1);
        let p = first(&text);
        let second = text
            .lines()
            .enumerate()
            .filter(|(_, l)| l.trim() == "id = \"1.1\"")
            .nth(1)
            .map(|(i, _)| i + 1);
        assert_eq!(Some(p.line), second, "{p:?}");
        assert!(matches!(p.kind, ProblemKind::DuplicateId { .. }));
        let text = own.replacen("id = \"1.2\"", "id = \"\"", 1);
        assert!(first(&text).message(Lang::Fi).contains("tyhjä id"));
        // Not UTF-8.
        let latin1: Vec<u8> = own.replace("Siun", "Siun \u{e4}").bytes().collect();
        let mut bytes = latin1.clone();
        let at = bytes.windows(2).position(|w| w == [0xC3, 0xA4]).expect("ä");
        bytes.splice(at..at + 2, [0xE4]);
        let p = &check_toml(&bytes, &bundled)[0];
        assert!(
            p.message(Lang::Fi)
                .contains("tallenna tiedosto UTF-8-muodossa")
        );
        // A bundled id with other content.
        let text = siun().replacen("text = \"", "text = \"Muutettu ", 1);
        assert!(matches!(first(&text).kind, ProblemKind::BundledId(_)));
        // A top-level key missing: the top level is named, not line 1's key.
        let text = own.replacen("organisation = ", "organisaatio = ", 1);
        let problems = check_toml(text.as_bytes(), &bundled);
        assert!(problems.iter().any(|p| {
            p.message(Lang::Fi)
                .contains("puuttuu pakollinen avain organisation")
        }));
        assert!(
            problems
                .iter()
                .any(|p| p.message(Lang::Fi).contains("tarkoititko organisation?"))
        );
    }
}

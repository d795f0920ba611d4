//! The format's schema (every table and its keys) and the walk over a
//! parsed definition that finds unknown, missing and mistyped keys on
//! their lines.
use super::{Problem, ProblemKind};
use koonti_normalise::similarity_at_least;
use std::collections::HashMap;
use toml::{Table, Value};

/// What a key holds.
#[derive(Clone, Copy, PartialEq)]
pub(super) enum Kind {
    Text,
    Number,
    Texts,
    Table(&'static Schema),
    Tables(&'static Schema),
    /// Nested sections: tables of [`SECTION`] (a const cannot name itself).
    Sections,
}

/// The keys of one table of the format: (key, kind, required).
pub(super) type Schema = [(&'static str, Kind, bool)];

const OPTION: &Schema = &[
    ("id", Kind::Text, true),
    ("label", Kind::Text, true),
    ("aliases", Kind::Texts, false),
    ("class", Kind::Text, false),
    ("sv", Kind::Text, false),
    ("en", Kind::Text, false),
];
const SCALE: &Schema = &[
    ("kind", Kind::Text, true),
    ("implemented_label", Kind::Text, false),
    ("not_implemented_label", Kind::Text, false),
    ("partial_label", Kind::Text, false),
    ("text_label", Kind::Text, false),
    ("status_label", Kind::Text, false),
    ("options", Kind::Tables(OPTION), false),
    ("layout", Kind::Text, false),
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
pub(super) const TOP: &Schema = &[
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
pub(super) struct Lines<'t> {
    pub(super) lines: Vec<&'t str>,
    pub(super) headers: HashMap<String, Vec<usize>>,
    /// Header lines in order, for the end of a table's range.
    starts: Vec<usize>,
}

impl<'t> Lines<'t> {
    pub(super) fn new(text: &'t str) -> Lines<'t> {
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
    pub(super) fn table(&self, path: &str, n: usize) -> usize {
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
    pub(super) fn key(&self, start: usize, key: &str) -> usize {
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
pub(super) struct Walk<'t> {
    pub(super) lines: Lines<'t>,
    pub(super) seen: HashMap<String, usize>,
    pub(super) problems: Vec<Problem>,
}

impl Walk<'_> {
    /// Checks `table` (at header `path`) against `schema`; returns its line.
    pub(super) fn table(&mut self, table: &Table, path: &str, schema: &'static Schema) -> usize {
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

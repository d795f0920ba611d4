//! `koonti programme check`: every problem of a TOML definition, each on
//! its line with the fix, worded in fi, sv or en. The schema walk knows
//! every table of the format, so a missing key points at the table it is
//! missing from and a misspelt one at the nearest right one.
use koonti_model::Programme;
use koonti_normalise::match_key;
use std::collections::HashMap;
use toml::Table;

mod schema;
use schema::{Lines, TOP, Walk};

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
    /// A rule of the format broken (the validator's reason).
    Rule(crate::Rule),
    /// The TOML reads but not as a definition (serde's words).
    Format(String),
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
                .and_then(|s| text.get(..s.start))
                .map(|before| before.matches('\n').count() + 1)
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
                kind: ProblemKind::Format(err.message().trim().to_string()),
            }];
        }
    };
    let mut problems = content_problems(&programme, &walk.lines);
    // A bundled id is the bundled programme's: a copy of it, or a newer
    // version of it (a higher `version`, as its owner publishes), may use it.
    if let Some(same) = bundled.iter().find(|b| b.id == programme.id)
        && *same != programme
        && programme.version <= same.version
    {
        problems.push(Problem {
            line: walk.lines.key(0, "id"),
            kind: ProblemKind::BundledId(programme.id.clone()),
        });
    }
    if problems.is_empty()
        && let Err(rule) = crate::validate(&programme)
    {
        // A scale's size is on the line of its table.
        let line = match rule {
            crate::Rule::ScaleSize { .. } => walk.lines.table("scale", 0),
            _ => 0,
        };
        problems.push(Problem {
            line,
            kind: ProblemKind::Rule(rule),
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
mod tests;

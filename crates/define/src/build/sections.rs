//! The sections and their measures: each measure's id as the file gives it
//! or numbered within its section (and said so), numbered headings promoted
//! to sections.
use super::*;

/// The sections in the order of their first measure, each with its
/// measures; ids as given when every section and measure has a unique
/// one, else numbered.
pub(super) fn sections(
    draft: &Draft,
    guesses: &mut Vec<Guess>,
) -> Result<Vec<Section>, DefineError> {
    let mut order: Vec<Option<usize>> = Vec::new();
    for measure in &draft.measures {
        if !order.contains(&measure.section) {
            order.push(measure.section);
        }
    }
    if order == [None] {
        guesses.push(Guess::OneSection);
    }
    let numbers: Vec<Option<String>> = order
        .iter()
        .map(|s| s.and_then(|s| draft.sections[s].number.clone()))
        .collect();
    let numbered = numbers.iter().all(Option::is_some) && {
        let mut unique = numbers.clone();
        unique.sort();
        unique.dedup();
        unique.len() == numbers.len()
    };
    let mut sections: Vec<Section> = order
        .iter()
        .enumerate()
        .map(|(i, s)| Section {
            id: if numbered {
                numbers[i].clone().unwrap_or_default()
            } else {
                (i + 1).to_string()
            },
            title: match s {
                Some(s) => sentence_case(&draft.sections[*s].title),
                None => "Toimenpiteet".into(),
            },
            sections: Vec::new(),
            measures: Vec::new(),
        })
        .collect();
    let grouped: Vec<Vec<&DraftMeasure>> = order
        .iter()
        .map(|s| draft.measures.iter().filter(|m| m.section == *s).collect())
        .collect();
    let ids = measure_ids(&grouped, &sections, guesses);
    let mut by_id: HashMap<String, &str> = HashMap::new();
    let mut by_text: HashMap<String, &DraftMeasure> = HashMap::new();
    for ((section, measures), ids) in sections.iter_mut().zip(&grouped).zip(ids) {
        for (measure, id) in measures.iter().zip(ids) {
            if let Some(first) = by_id.insert(id.clone(), &measure.cell) {
                return Err(DefineError::DuplicateId {
                    id,
                    cells: [first.to_string(), measure.cell.clone()],
                });
            }
            if let Some(first) = by_text.insert(match_key(&measure.text), measure) {
                return Err(DefineError::DuplicateText {
                    text: measure.text.clone(),
                    cells: [first.cell.clone(), measure.cell.clone()],
                });
            }
            section.measures.push(Measure {
                id,
                text: measure.text.clone(),
                aliases: Vec::new(),
                responsible: measure.responsible.clone(),
                schedule: measure.schedule.clone(),
            });
        }
    }
    Ok(sections)
}

/// The measures' ids: the id column's when every measure has one (plain
/// numbers restarting in each section are prefixed with the section's),
/// else "section.n".
fn measure_ids(
    grouped: &[Vec<&DraftMeasure>],
    sections: &[Section],
    guesses: &mut Vec<Guess>,
) -> Vec<Vec<String>> {
    let all_given = grouped.iter().flatten().all(|m| m.id.is_some());
    if all_given {
        let given: Vec<&str> = grouped
            .iter()
            .flatten()
            .filter_map(|m| m.id.as_deref())
            .collect();
        let mut unique = given.clone();
        unique.sort();
        unique.dedup();
        let restarting = unique.len() < given.len()
            && given
                .iter()
                .all(|id| id.chars().all(|c| c.is_ascii_digit()));
        return grouped
            .iter()
            .zip(sections)
            .map(|(measures, section)| {
                measures
                    .iter()
                    .map(|m| {
                        let id = m.id.clone().unwrap_or_default();
                        if restarting {
                            format!("{}.{id}", section.id)
                        } else {
                            id
                        }
                    })
                    .collect()
            })
            .collect();
    }
    guesses.push(Guess::IdsNumbered);
    // Ids given on some rows are kept; the rest numbered past them.
    let given: Vec<&str> = grouped
        .iter()
        .flatten()
        .filter_map(|m| m.id.as_deref())
        .collect();
    grouped
        .iter()
        .zip(sections)
        .map(|(measures, section)| {
            let mut n = 0;
            measures
                .iter()
                .map(|m| match &m.id {
                    Some(id) => id.clone(),
                    None => loop {
                        n += 1;
                        let id = format!("{}.{n}", section.id);
                        if !given.contains(&id.as_str()) {
                            break id;
                        }
                    },
                })
                .collect()
        })
        .collect()
}

/// Rows numbered "1", "2" among measures numbered "1.1", "1.2", "2.1" are
/// the sections' headings written in the table ("1 | Tieto kulkee"): they
/// become sections, and the measures below them theirs.
pub(super) fn promote_numbered_headings(draft: &mut Draft) {
    let ids: Vec<Option<String>> = draft.measures.iter().map(|m| m.id.clone()).collect();
    let is_heading = |id: &Option<String>| {
        id.as_deref().is_some_and(|id| {
            !id.is_empty()
                && id.chars().all(|c| c.is_ascii_digit())
                && ids
                    .iter()
                    .flatten()
                    .any(|other| other.strip_prefix(id).is_some_and(|r| r.starts_with('.')))
        })
    };
    if !ids.iter().any(is_heading) {
        return;
    }
    let mut measures = Vec::with_capacity(draft.measures.len());
    let mut current = None;
    for measure in std::mem::take(&mut draft.measures) {
        if is_heading(&measure.id) {
            draft.sections.push(crate::read::DraftSection {
                number: measure.id.clone(),
                label: None,
                title: measure.text.clone(),
            });
            current = Some(draft.sections.len() - 1);
            continue;
        }
        let mut measure = measure;
        if current.is_some() {
            measure.section = current;
        }
        measures.push(measure);
    }
    draft.measures = measures;
}

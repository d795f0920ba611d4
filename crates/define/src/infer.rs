//! The programme the returned files answer, when no definition fits: the
//! measure rows of each file (found by header detection, as a definition's
//! are), clustered across files by text similarity so that a text some
//! units edited maps to the consensus text, ordered by their usual
//! position, sections from headings, the scale from the columns.
use crate::build::{self, Defined};
use crate::guess::DefineError;
use crate::read::{self, Draft, DraftMeasure, DraftSection};
use koonti_ingest::Workbook;
use koonti_normalise::{match_key, similarity_at_least};

/// How alike two measure texts must be to be one measure edited.
const SAME_MEASURE: f64 = 0.75;
/// How alike two section titles must be to be one section.
const SAME_SECTION: f64 = 0.8;

/// A programme inferred from returned files.
#[derive(Debug, Clone, PartialEq)]
pub struct Inferred {
    /// The programme and what was guessed.
    pub defined: Defined,
    /// How many files had measure rows.
    pub files: usize,
}

/// One section across files: its key, its titles as written (with how
/// many files wrote each) and its heading word.
type SectionCluster = (String, Vec<(String, usize)>, Option<String>);

/// One measure across files.
#[derive(Debug, Default)]
struct Cluster {
    key: String,
    /// Texts as written, with how many files wrote each, first seen first.
    texts: Vec<(String, usize)>,
    ids: Vec<(String, usize)>,
    files: usize,
    rank_sum: f64,
    /// Section cluster of each member.
    sections: Vec<(usize, usize)>,
    responsible: Option<String>,
    schedule: Option<String>,
    cell: String,
}

fn count(tally: &mut Vec<(String, usize)>, value: &str) {
    match tally.iter_mut().find(|(v, _)| v == value) {
        Some((_, n)) => *n += 1,
        None => tally.push((value.to_string(), 1)),
    }
}

/// The most common value, the first seen among equals.
fn majority<T: Clone>(tally: &[(T, usize)]) -> Option<T> {
    let best = tally.iter().map(|(_, n)| *n).max()?;
    tally
        .iter()
        .find(|(_, n)| *n == best)
        .map(|(v, _)| v.clone())
}

/// The programme `workbooks` answer, `None` when none has measure rows.
/// `name` names it in errors.
pub fn infer(workbooks: &[&Workbook], name: &str) -> Option<Result<Inferred, DefineError>> {
    let drafts: Vec<Draft> = workbooks
        .iter()
        .map(|w| read::read_workbook(w))
        .filter(|d| !d.measures.is_empty())
        .collect();
    if drafts.is_empty() {
        return None;
    }
    let mut clusters: Vec<Cluster> = Vec::new();
    let mut section_keys: Vec<SectionCluster> = Vec::new();
    for draft in &drafts {
        let mut used = vec![false; clusters.len()];
        let total = draft.measures.len() as f64;
        for (rank, measure) in draft.measures.iter().enumerate() {
            let key = match_key(&measure.text);
            let section = measure
                .section
                .map(|s| section_cluster(&mut section_keys, &draft.sections[s]));
            let best = clusters
                .iter()
                .enumerate()
                .filter(|(i, _)| !used.get(*i).copied().unwrap_or(false))
                .filter_map(|(i, c)| {
                    similarity_at_least(&c.key, &key, SAME_MEASURE).map(|s| (i, s))
                })
                .max_by(|a, b| a.1.total_cmp(&b.1))
                .map(|(i, _)| i);
            let index = best.unwrap_or_else(|| {
                clusters.push(Cluster {
                    key: key.clone(),
                    cell: measure.cell.clone(),
                    ..Cluster::default()
                });
                used.push(false);
                clusters.len() - 1
            });
            used[index] = true;
            let cluster = &mut clusters[index];
            add(cluster, measure, rank as f64 / total, section);
        }
    }
    // A row only a few units added is theirs, not the programme's.
    let enough = if drafts.len() >= 3 {
        drafts.len() / 2 + 1
    } else {
        1
    };
    clusters.retain(|c| c.files >= enough);
    clusters
        .sort_by(|a, b| (a.rank_sum / a.files as f64).total_cmp(&(b.rank_sum / b.files as f64)));
    let mut draft = Draft::default();
    let mut section_index: Vec<(usize, usize)> = Vec::new();
    for cluster in &clusters {
        let section = majority(&cluster.sections).map(|s| {
            match section_index.iter().find(|(c, _)| *c == s) {
                Some((_, i)) => *i,
                None => {
                    let (_, titles, label) = &section_keys[s];
                    draft.sections.push(DraftSection {
                        number: None,
                        label: label.clone(),
                        title: majority(titles).unwrap_or_default(),
                    });
                    section_index.push((s, draft.sections.len() - 1));
                    draft.sections.len() - 1
                }
            }
        });
        let id = (cluster.ids.iter().map(|(_, n)| n).sum::<usize>() == cluster.files)
            .then(|| majority(&cluster.ids))
            .flatten();
        draft.measures.push(DraftMeasure {
            id,
            text: majority(&cluster.texts).unwrap_or_default(),
            responsible: cluster.responsible.clone(),
            schedule: cluster.schedule.clone(),
            section,
            cell: cluster.cell.clone(),
        });
    }
    // Measures of one section together, sections in the order they start.
    let order: Vec<Option<usize>> = draft.measures.iter().map(|m| m.section).collect();
    draft
        .measures
        .sort_by_key(|m| order.iter().position(|s| *s == m.section));
    let mut titles = Vec::new();
    let mut unit_labels = Vec::new();
    let mut feedback = Vec::new();
    for d in &drafts {
        if let Some(t) = &d.title {
            count(&mut titles, t);
        }
        if let Some((l, _)) = &d.unit_label {
            count(&mut unit_labels, l);
        }
        if let Some(f) = &d.feedback {
            count(&mut feedback, f);
        }
    }
    let mut declared = Vec::new();
    for d in &drafts {
        if let Some(id) = &d.declared_id {
            count(&mut declared, id);
        }
    }
    draft.declared_id = majority(&declared);
    draft.title = shared_title(&titles).map(|t| without_year(&t));
    draft.unit_label = majority(&unit_labels).map(|l| (l, None));
    draft.feedback = majority(&feedback);
    // The scale of the file with the most answer columns that says the most.
    let columns = drafts.iter().max_by_key(|d| {
        (
            d.answers.iter().filter(|a| a.kind.is_some()).count(),
            d.answers.len(),
        )
    })?;
    draft.answers = columns.answers.clone();
    draft.options = drafts
        .iter()
        .map(|d| d.options.clone())
        .find(|o| !o.is_empty())
        .unwrap_or_default();
    // A status value is an option when it has a usual meaning, a listed
    // scale names it, or two files wrote it: one unit's own word ("osin")
    // stays a status the reader reports, not an option of the scale.
    let mut values: Vec<(String, usize)> = Vec::new();
    for d in &drafts {
        for value in &d.status_values {
            match values
                .iter_mut()
                .find(|(v, _)| match_key(v) == match_key(value))
            {
                Some((_, n)) => *n += 1,
                None => values.push((value.clone(), 1)),
            }
        }
        draft.option_lists.extend(d.option_lists.iter().cloned());
    }
    let listed = |value: &str| {
        draft
            .option_lists
            .iter()
            .flatten()
            .any(|o| match_key(o) == match_key(value))
    };
    draft.status_values = values
        .into_iter()
        .filter(|(value, n)| *n >= 2 || listed(value) || crate::scale::is_usual_option(value))
        .map(|(value, _)| value)
        .collect();
    let files = drafts.len();
    Some(build::build(draft, name).map(|defined| Inferred { defined, files }))
}

fn add(cluster: &mut Cluster, measure: &DraftMeasure, rank: f64, section: Option<usize>) {
    count(&mut cluster.texts, &measure.text);
    if let Some(id) = &measure.id {
        count(&mut cluster.ids, id);
    }
    cluster.files += 1;
    cluster.rank_sum += rank;
    if let Some(section) = section {
        match cluster.sections.iter_mut().find(|(s, _)| *s == section) {
            Some((_, n)) => *n += 1,
            None => cluster.sections.push((section, 1)),
        }
    }
    if cluster.responsible.is_none() {
        cluster.responsible = measure.responsible.clone();
    }
    if cluster.schedule.is_none() {
        cluster.schedule = measure.schedule.clone();
    }
}

/// The index of the section cluster `section` belongs to (made if new).
fn section_cluster(keys: &mut Vec<SectionCluster>, section: &DraftSection) -> usize {
    let key = match_key(&section.title);
    let found = keys
        .iter()
        .position(|(k, _, _)| similarity_at_least(k, &key, SAME_SECTION).is_some());
    let index = found.unwrap_or_else(|| {
        keys.push((key, Vec::new(), section.label.clone()));
        keys.len() - 1
    });
    count(&mut keys[index].1, &section.title);
    index
}

/// The title the files share: the most common one when two or more files
/// have it, else the words every title has (each file naming its unit in
/// its title: "Hallinto: osallisuusohjelman seuranta" →
/// "Osallisuusohjelman seuranta").
fn shared_title(titles: &[(String, usize)]) -> Option<String> {
    let best = majority(titles)?;
    if titles.len() < 2 || titles.iter().any(|(_, n)| *n >= 2) {
        return Some(best);
    }
    let keys: Vec<Vec<String>> = titles
        .iter()
        .map(|(t, _)| t.split_whitespace().map(match_key).collect())
        .collect();
    let common: Vec<&str> = best
        .split_whitespace()
        .filter(|w| keys.iter().all(|k| k.contains(&match_key(w))))
        .collect();
    let joined = common.join(" ");
    let joined = joined.trim_start_matches(|c: char| !c.is_alphanumeric());
    let mut chars = joined.chars();
    match chars.next() {
        Some(first) if common.len() >= 2 => Some(first.to_uppercase().chain(chars).collect()),
        _ => Some(best),
    }
}

/// A returned file's title without the year it reports on ("… seuranta
/// 2025" → "… seuranta"): the programme's title is for every year. A range
/// of years ("2023–2025") is the programme's own and stays.
pub(crate) fn without_year(title: &str) -> String {
    let trimmed = title.trim_end();
    let digits = trimmed
        .chars()
        .rev()
        .take_while(char::is_ascii_digit)
        .count();
    let head = &trimmed[..trimmed.len() - digits];
    let range = head.ends_with(['–', '-', '—']);
    if digits != 4 || range || !head.ends_with(char::is_whitespace) {
        return trimmed.to_string();
    }
    let head = head.trim_end();
    let head = head
        .strip_suffix("vuosi")
        .or_else(|| head.strip_suffix("vuodelta"))
        .unwrap_or(head);
    match head
        .trim_end()
        .trim_end_matches([',', ':', '–', '-'])
        .trim_end()
    {
        "" => trimmed.to_string(),
        kept => kept.to_string(),
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_reported_year_leaves_the_title_and_a_range_stays() {
        use super::without_year;
        assert_eq!(without_year("Ylämaan seuranta 2025"), "Ylämaan seuranta");
        assert_eq!(without_year("Seuranta, vuosi 2025"), "Seuranta");
        assert_eq!(without_year("Ohjelma 2023–2025"), "Ohjelma 2023–2025");
        assert_eq!(without_year("2025"), "2025");
        assert_eq!(without_year("Ohjelma"), "Ohjelma");
    }

    #[test]
    fn titles_naming_their_unit_share_the_rest() {
        use super::shared_title;
        let titles = [
            ("Hallinto: osallisuusohjelman seuranta 2025".to_string(), 1),
            ("Terveys – osallisuusohjelman seuranta 2025".to_string(), 1),
        ];
        assert_eq!(
            shared_title(&titles).as_deref(),
            Some("Osallisuusohjelman seuranta 2025")
        );
        let same = [
            ("Seuranta 2025".to_string(), 3),
            ("Hallinto".to_string(), 1),
        ];
        assert_eq!(shared_title(&same).as_deref(), Some("Seuranta 2025"));
    }
}

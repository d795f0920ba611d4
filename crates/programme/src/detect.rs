use koonti_model::Programme;
use koonti_normalise::{match_key, similarity_at_least};
use std::collections::HashMap;

/// The least similarity at which a cell counts as a programme's measure
/// when detecting the programme.
const DETECT_SIMILARITY: f64 = 0.85;

/// Picks the programme whose measures most of `texts` (cell texts of the
/// inputs) match. Returns the index into `programmes` and the number of
/// matching cells, or `None` when no programme matches any text.
pub fn detect<'a>(
    programmes: &[Programme],
    texts: impl IntoIterator<Item = &'a str>,
) -> Option<(usize, usize)> {
    fits(programmes, texts)
        .iter()
        .enumerate()
        .filter(|(_, n)| **n > 0)
        .max_by_key(|(i, n)| (**n, std::cmp::Reverse(*i)))
        .map(|(i, n)| (i, *n))
}

/// How many of `texts` match a measure of each of `programmes` (exactly, or
/// closely for a bounded number of edited texts), in programme order.
pub fn fits<'a>(programmes: &[Programme], texts: impl IntoIterator<Item = &'a str>) -> Vec<usize> {
    let measure_keys: Vec<Vec<String>> = programmes
        .iter()
        .map(|p| {
            p.measures()
                .iter()
                .map(|(_, m)| match_key(&m.text))
                .collect()
        })
        .collect();
    let mut exact: HashMap<&str, Vec<usize>> = HashMap::new();
    for (i, keys) in measure_keys.iter().enumerate() {
        for key in keys {
            exact.entry(key.as_str()).or_default().push(i);
        }
    }
    let mut exact_hits = vec![0usize; programmes.len()];
    let mut fuzzy_hits = vec![0usize; programmes.len()];
    let mut fuzzy_budget = FUZZY_TEXTS;
    // Per text compared closely: whether it is close to a measure of each
    // programme.
    let mut fuzzy_seen: HashMap<String, Vec<bool>> = HashMap::new();
    for text in texts {
        let key = match_key(text);
        if key.len() < 8 {
            continue;
        }
        if let Some(owners) = exact.get(key.as_str()) {
            for i in owners {
                exact_hits[*i] += 1;
            }
            continue;
        }
        // Edited texts count too, but only a bounded number are compared:
        // exact matches decide almost every real folder.
        if fuzzy_budget == 0 {
            continue;
        }
        fuzzy_budget -= 1;
        // The same headings and instructions come back in every response:
        // each distinct text is compared with the measures once.
        let close = fuzzy_seen.entry(key).or_insert_with_key(|key| {
            measure_keys
                .iter()
                .map(|keys| {
                    keys.iter()
                        .any(|k| similarity_at_least(k, key, DETECT_SIMILARITY).is_some())
                })
                .collect()
        });
        for (count, close) in fuzzy_hits.iter_mut().zip(close.iter()) {
            if *close {
                *count += 1;
            }
        }
    }
    exact_hits
        .iter()
        .zip(&fuzzy_hits)
        .map(|(e, f)| e + f)
        .collect()
}

/// How many non-exact cell texts detection compares by edit distance.
const FUZZY_TEXTS: usize = 2_000;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn detects_by_measure_texts() {
        let all = crate::bundled().expect("bundled");
        let texts = [
            "Pilotoimme Pol.is osallisuustyökalua",
            "Viestimme osallistumisen vaikutuksista",
            "x",
        ];
        let (index, hits) = detect(&all, texts).expect("detected");
        assert_eq!(all[index].id, "siun-sote-2023-2025");
        assert_eq!(hits, 2);
        assert_eq!(detect(&all, ["jotain aivan muuta tekstiä"]), None);
    }
}

use koonti_model::Programme;
use koonti_normalise::{match_key, similarity};

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
    let measure_keys: Vec<Vec<String>> = programmes
        .iter()
        .map(|p| {
            p.measures()
                .iter()
                .map(|(_, m)| match_key(&m.text))
                .collect()
        })
        .collect();
    let mut hits = vec![0usize; programmes.len()];
    for text in texts {
        let key = match_key(text);
        if key.len() < 8 {
            continue;
        }
        for (count, keys) in hits.iter_mut().zip(&measure_keys) {
            if keys
                .iter()
                .any(|k| *k == key || similarity(k, &key) >= DETECT_SIMILARITY)
            {
                *count += 1;
            }
        }
    }
    hits.iter()
        .enumerate()
        .filter(|(_, n)| **n > 0)
        .max_by_key(|(i, n)| (**n, std::cmp::Reverse(*i)))
        .map(|(i, n)| (i, *n))
}

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

/// The form in which texts are compared: lower case, every run of
/// punctuation and whitespace turned into one space, trimmed.
///
/// "Viestimme osallistumisen\nvaikutuksista. " and
/// "viestimme  osallistumisen vaikutuksista" have the same key.
pub fn match_key(text: &str) -> String {
    let mut key = String::with_capacity(text.len());
    let mut pending_space = false;
    for c in text.chars().flat_map(char::to_lowercase) {
        if c.is_alphanumeric() {
            if pending_space && !key.is_empty() {
                key.push(' ');
            }
            pending_space = false;
            key.push(c);
        } else {
            pending_space = true;
        }
    }
    key
}

/// How alike two match keys are, from 0.0 (nothing alike) to 1.0 (equal):
/// one minus the edit distance over the longer length, in characters.
///
/// "näkyviksi" against "näkyväksi" in a 120-character measure is about 0.98;
/// two different measures of one programme stay well below 0.8.
pub fn similarity(a: &str, b: &str) -> f64 {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    let longest = a.len().max(b.len());
    if longest == 0 {
        return 1.0;
    }
    // Too different in length to reach 0.5: skip the quadratic part.
    if a.len().min(b.len()) * 2 < longest {
        return 0.0;
    }
    1.0 - levenshtein(&a, &b) as f64 / longest as f64
}

fn levenshtein(a: &[char], b: &[char]) -> usize {
    let mut previous: Vec<usize> = (0..=b.len()).collect();
    let mut current = vec![0; b.len() + 1];
    for (i, ca) in a.iter().enumerate() {
        current[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let substitution = previous[j] + usize::from(ca != cb);
            current[j + 1] = substitution.min(previous[j + 1] + 1).min(current[j] + 1);
        }
        std::mem::swap(&mut previous, &mut current);
    }
    previous[b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn key_ignores_case_punctuation_and_breaks() {
        assert_eq!(
            match_key("Viestimme osallistumisen\nvaikutuksista. "),
            match_key("viestimme  osallistumisen VAIKUTUKSISTA")
        );
        assert_eq!(match_key("Pol.is – työkalu"), "pol is työkalu");
    }

    #[test]
    fn small_edits_score_high_and_other_measures_low() {
        let a = match_key(
            "Luomme osallisuuden verkkosivun ja painettavan oppaan, joilla teemme osallistumisen mahdollisuudet näkyväksi.",
        );
        let b = match_key(
            "Luomme osallisuuden verkkosivun ja painettavan oppaan, joilla teemme osallistumisen mahdollisuudet näkyviksi",
        );
        assert!(similarity(&a, &b) > 0.95);
        let c = match_key("Kehitämme palautteenanto menetelmiä eri kanavien kautta.");
        let d = match_key("Kehitämme vapaaehtoistoimintaa soteympäristössä.");
        assert!(similarity(&c, &d) < 0.7);
        assert_eq!(similarity("", ""), 1.0);
        assert_eq!(similarity("abc", "abcdefghij"), 0.0);
    }
}

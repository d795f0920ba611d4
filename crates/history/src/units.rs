//! Units across periods: a name from any period's report mapped to the
//! newest programme's canonical name through the programmes' aliases.
use koonti_model::Programme;
use koonti_normalise::match_key;
use std::collections::HashMap;

/// Maps unit names of every period to the newest programme's names.
pub(crate) struct UnitNames {
    /// Match key of every name and alias → the newest programme's name.
    by_key: HashMap<String, String>,
}

impl UnitNames {
    /// Names by `newest`, with the units of `older` programmes as bridges
    /// (an old unit whose name or alias is a new unit's brings its other
    /// names along).
    pub(crate) fn new(newest: &Programme, older: Vec<&Programme>) -> Self {
        let mut by_key: HashMap<String, String> = HashMap::new();
        for unit in &newest.units {
            for name in std::iter::once(&unit.name).chain(&unit.aliases) {
                by_key
                    .entry(match_key(name))
                    .or_insert_with(|| unit.name.clone());
            }
        }
        for programme in older {
            for unit in &programme.units {
                let keys: Vec<String> = std::iter::once(&unit.name)
                    .chain(&unit.aliases)
                    .map(|n| match_key(n))
                    .collect();
                let Some(canonical) = keys.iter().find_map(|k| by_key.get(k)).cloned() else {
                    continue;
                };
                for key in keys {
                    by_key.entry(key).or_insert_with(|| canonical.clone());
                }
            }
        }
        UnitNames { by_key }
    }

    /// The canonical name of `name`: the newest programme's unit it names
    /// (by name or alias, up to case and punctuation, or through an older
    /// programme's unit), else `name` as written.
    pub(crate) fn canonical(&self, name: &str) -> String {
        self.by_key
            .get(&match_key(name))
            .cloned()
            .unwrap_or_else(|| name.to_string())
    }
}

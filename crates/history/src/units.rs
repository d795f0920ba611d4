//! Units across periods: a name from any period's report mapped to the
//! newest programme's canonical name through the programmes' aliases.
use koonti_model::{Programme, Unit};
use koonti_normalise::match_key;

/// Maps unit names of every period to the newest programme's names.
pub(crate) struct UnitNames<'a> {
    newest: &'a Programme,
    older: Vec<&'a Programme>,
}

impl<'a> UnitNames<'a> {
    /// Names by `newest`, with the units of `older` programmes as bridges
    /// (an old unit whose name or alias is a new unit's).
    pub(crate) fn new(newest: &'a Programme, older: Vec<&'a Programme>) -> Self {
        UnitNames { newest, older }
    }

    /// The canonical name of `name`: the newest programme's unit it names
    /// (by name or alias, up to case and punctuation), else the newest unit
    /// an older programme's unit of that name is also called, else `name`.
    pub(crate) fn canonical(&self, name: &str) -> String {
        let key = match_key(name);
        if let Some(unit) = find(self.newest, &key) {
            return unit.name.clone();
        }
        for programme in &self.older {
            let Some(old) = find(programme, &key) else {
                continue;
            };
            let bridged = std::iter::once(&old.name)
                .chain(&old.aliases)
                .find_map(|n| find(self.newest, &match_key(n)));
            if let Some(unit) = bridged {
                return unit.name.clone();
            }
        }
        name.to_string()
    }
}

fn find<'p>(programme: &'p Programme, key: &str) -> Option<&'p Unit> {
    programme.unit_matching(|n| match_key(n) == key)
}

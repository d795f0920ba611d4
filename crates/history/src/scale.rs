//! The order of a programme's statuses, to tell better from worse.
use koonti_model::Period;
use koonti_model::{AnswerScale, Programme, Status, StatusClass};

/// The statuses of a programme's scale from worst to best.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Scale {
    /// Worst first: not_implemented, partial, implemented for the mark
    /// columns; a status scale's options by what they mean when every
    /// option has a class (a county may list "Valmis; Kesken; Ei
    /// aloitettu", done first), else in the programme's order.
    pub order: Vec<Status>,
}

impl Scale {
    /// The scale of `programme`.
    pub fn of(programme: &Programme) -> Scale {
        let order = match &programme.scale {
            AnswerScale::Marks { .. } => {
                vec![Status::NotImplemented, Status::Partial, Status::Implemented]
            }
            AnswerScale::Status { options, .. } => {
                let mut ranked: Vec<(Option<usize>, Status)> = options
                    .iter()
                    .map(|o| (o.class().map(rank), Status::Option(o.id.clone())))
                    .collect();
                if ranked.iter().all(|(r, _)| r.is_some()) {
                    // Stable: options of one class keep their order.
                    ranked.sort_by_key(|(r, _)| *r);
                }
                ranked.into_iter().map(|(_, s)| s).collect()
            }
        };
        Scale { order }
    }

    /// The place of `status` on the scale (0 worst); `None` for no
    /// answer (`None`, `unanswered`) or a status not on this scale.
    pub fn rank(&self, status: Option<&Status>) -> Option<usize> {
        let status = status?;
        self.order.iter().position(|s| s == status)
    }

    /// The best status: implemented, or a status scale's last option.
    pub fn done(&self) -> Option<&Status> {
        self.order.last()
    }

    /// True for a status strictly between the worst and the best (a
    /// status scale's "Kesken"; the mark scale's partial).
    pub fn is_between(&self, status: Option<&Status>) -> bool {
        match self.rank(status) {
            Some(rank) => rank > 0 && rank + 1 < self.order.len(),
            None => false,
        }
    }
}

/// The place of a class from worst to best: not applicable (no progress
/// to make), not done or not started, in progress, partly, done.
fn rank(class: StatusClass) -> usize {
    match class {
        StatusClass::NotApplicable => 0,
        StatusClass::NotDone | StatusClass::NotStarted => 1,
        StatusClass::InProgress => 2,
        StatusClass::Partly => 3,
        StatusClass::Done => 4,
    }
}

/// True when every period is a quarter (a quarterly follow-up).
pub fn is_quarterly(periods: &[Period]) -> bool {
    !periods.is_empty() && periods.iter().all(|p| p.is_quarter())
}

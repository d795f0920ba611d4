//! The order of a programme's statuses, to tell better from worse.
use koonti_model::Period;
use koonti_model::{AnswerScale, Programme, Status};

/// The statuses of a programme's scale from worst to best.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Scale {
    /// Worst first: not_implemented, partial, implemented for the mark
    /// columns; a status scale's options in the programme's order.
    pub order: Vec<Status>,
}

impl Scale {
    /// The scale of `programme`.
    pub fn of(programme: &Programme) -> Scale {
        let order = match &programme.scale {
            AnswerScale::Marks { .. } => {
                vec![Status::NotImplemented, Status::Partial, Status::Implemented]
            }
            AnswerScale::Status { options, .. } => options
                .iter()
                .map(|o| Status::Option(o.id.clone()))
                .collect(),
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

/// True when every period is a quarter (a quarterly follow-up).
pub fn is_quarterly(periods: &[Period]) -> bool {
    !periods.is_empty() && periods.iter().all(|p| p.is_quarter())
}

use koonti_model::{AnswerScale, Programme, Status};

/// The Finnish label of a status, with a symbol so that the status never
/// depends on colour alone. Scale options use the programme's own label.
pub fn status_label(status: &Status, programme: &Programme) -> String {
    match status {
        Status::Implemented => "✓ Toteutunut".into(),
        Status::NotImplemented => "✗ Ei toteutunut".into(),
        Status::Partial => "◐ Osittain".into(),
        Status::Unanswered => "– Ei vastausta".into(),
        Status::Option(id) => match &programme.scale {
            AnswerScale::Status { options, .. } => options
                .iter()
                .find(|o| o.id == *id)
                .map(|o| o.label.clone())
                .unwrap_or_else(|| id.clone()),
            AnswerScale::Marks { .. } => id.clone(),
        },
    }
}

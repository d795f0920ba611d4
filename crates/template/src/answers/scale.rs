//! The answer columns of the programme's scale: mark columns (two, three or
//! more, after VASTUU and AIKATAULU for a status scale written as marks)
//! or one status column with its options.
use super::*;

/// The answer columns of the programme's scale.
pub(super) enum Scale {
    /// One mark column per answer and the text after them: the two-mark
    /// scale (both marks = partly) and its three-column layout from C, or
    /// a status scale laid out as mark columns after VASTUU (C) and
    /// AIKATAULU (D).
    Marks {
        headers: Vec<String>,
        /// The status a mark in each mark column gives, in column order.
        marks: Vec<Status>,
        /// VASTUU and AIKATAULU come before the marks.
        fixed: bool,
    },
    /// VASTUU (C), AIKATAULU (D), status (E) and text (F).
    Status {
        headers: Vec<String>,
        options: Vec<(String, String)>,
    },
}

/// The first column after Nro and the measure.
const FIRST_MARK_COL: u16 = 2;

impl Scale {
    pub(super) fn new(programme: &Programme, lang: Lang) -> Scale {
        // The headers after Nro and the measure column, as the form gives
        // them (and the reader looks for them).
        let columns: Vec<headers::Column> = headers::table_columns(programme, lang)
            .into_iter()
            .skip(2)
            .collect();
        let marks: Vec<Status> = columns
            .iter()
            .filter_map(|c| match &c.role {
                Role::Implemented => Some(Status::Implemented),
                Role::Partial => Some(Status::Partial),
                Role::NotImplemented => Some(Status::NotImplemented),
                Role::OptionMark(id) => Some(Status::Option(id.clone())),
                _ => None,
            })
            .collect();
        let fixed = columns
            .iter()
            .any(|c| matches!(c.role, Role::Responsible | Role::Schedule));
        let headers = columns.into_iter().map(|c| c.header).collect();
        match &programme.scale {
            AnswerScale::Status { options, .. } if marks.is_empty() => Scale::Status {
                headers,
                options: options
                    .iter()
                    .map(|o| (o.id.clone(), words::option_label(o, lang)))
                    .collect(),
            },
            _ => Scale::Marks {
                headers,
                marks,
                fixed,
            },
        }
    }

    /// The column of the first mark (after VASTUU and AIKATAULU where the
    /// layout has them).
    pub(super) fn first_mark(&self) -> u16 {
        match self {
            Scale::Marks { fixed: true, .. } => FIRST_MARK_COL + 2,
            _ => FIRST_MARK_COL,
        }
    }

    /// The free-text column.
    pub(super) fn text_col(&self) -> u16 {
        match self {
            Scale::Marks { marks, .. } => self.first_mark() + marks.len() as u16,
            Scale::Status { .. } => 5,
        }
    }

    /// Headers after Nro and the measure column.
    pub(super) fn headers(&self) -> Vec<&str> {
        match self {
            Scale::Marks { headers, .. } => headers.iter().map(String::as_str).collect(),
            Scale::Status { headers, .. } => headers.iter().map(String::as_str).collect(),
        }
    }

    pub(super) fn widths(&self) -> Vec<f64> {
        match self {
            Scale::Marks {
                marks,
                fixed: false,
                ..
            } if marks.len() == 2 => vec![5.0, 52.0, 13.0, 13.0, 58.0],
            Scale::Marks {
                marks,
                headers,
                fixed,
            } => {
                // The text column and the measure share what the marks leave.
                let mut widths = if *fixed {
                    vec![5.0, 40.0, 20.0, 20.0]
                } else {
                    vec![5.0, 44.0]
                };
                widths.extend(marks.iter().map(|_| 12.0));
                widths.extend(headers.iter().skip(marks.len()).map(|_| 48.0));
                widths
            }
            Scale::Status { .. } => vec![5.0, 40.0, 20.0, 20.0, 14.0, 46.0],
        }
    }

    pub(super) fn last_col(&self) -> u16 {
        self.widths().len() as u16 - 1
    }

    /// The columns of which one must be non-empty for a row to count as
    /// answered.
    pub(super) fn answer_cols(&self) -> Vec<u16> {
        match self {
            Scale::Marks { marks, .. } => (0..marks.len() as u16)
                .map(|i| self.first_mark() + i)
                .collect(),
            Scale::Status { .. } => vec![4],
        }
    }

    /// True for the two-mark layout, where both marks mean "partly".
    pub(super) fn both_marks_partly(&self) -> bool {
        matches!(self, Scale::Marks { marks, .. }
            if marks.as_slice() == [Status::Implemented, Status::NotImplemented])
    }

    /// True when VASTUU (C) and AIKATAULU (D) are written beside the measure.
    pub(super) fn has_fixed(&self) -> bool {
        matches!(
            self,
            Scale::Status { .. } | Scale::Marks { fixed: true, .. }
        )
    }
}

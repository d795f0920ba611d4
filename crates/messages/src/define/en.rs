//! English wording of what a definition read from a spreadsheet left to a
//! guess, and why a spreadsheet gives no programme.
use crate::Worded;
use koonti_define::{DefineError, Guess};
use koonti_model::Lang;

const L: Lang = Lang::En;

/// `err` as one line.
pub(super) fn error(err: &DefineError) -> String {
    match err {
        DefineError::Read { file, source } => {
            format!("{file}: {}", source.finding_code().message(L))
        }
        DefineError::KoontiWorkbook { file } => format!(
            "{file} is a consolidated workbook of koonti, not a programme definition; give the programme as a spreadsheet or a TOML file (koonti programme new -o programme.xlsx)"
        ),
        DefineError::NoTable { file } => format!(
            "{file}: no programme table; its header row needs a measure column (Toimenpide, Measure)"
        ),
        DefineError::DuplicateId { id, cells } => format!(
            "measure id {id} is used twice ({} and {}); give each measure its own",
            cells[0], cells[1]
        ),
        DefineError::DuplicateText { text, cells } => format!(
            "measure \"{text}\" is listed twice ({} and {}); remove one or change its text",
            cells[0], cells[1]
        ),
        DefineError::Invalid(err) => super::invalid(err, L),
        DefineError::ScaleSize { file, at, options } => {
            let (rule, listed) = super::scale_size(options);
            format!(
                "{file}, {at}: {} ({listed}); write the options in one cell separated by semicolons, e.g. Answer options: Not started; In progress; Done",
                rule.message(L)
            )
        }
    }
}

/// `guess` as a sentence.
pub(super) fn guess(guess: &Guess) -> String {
    match guess {
        Guess::IdFromTitle(id) => format!("id {id} was made from the title"),
        Guess::IdNotBundled { bundled, id } => {
            format!("id {bundled} is a bundled programme's; using {id}")
        }
        Guess::IdsNumbered => "measure ids were numbered by position (section.measure)".into(),
        Guess::OneSection => "no sections: every measure in one section".into(),
        Guess::DefaultScale => {
            "no answer columns: the default two mark columns and a text column".into()
        }
        Guess::MarkScale { labels } => format!("answer columns: {labels}"),
        Guess::StatusScale { label, options } => {
            format!("status column {label}, options {options}")
        }
        Guess::DefaultOptions => {
            "the status column lists no options: Ei aloitettu; Kesken; Valmis".into()
        }
        Guess::StatusColumnAdded { label, options } => format!(
            "the table has no answer column for the options given: the templates get a choice column {label}, options {options}"
        ),
        Guess::NoUnits => "no units sheet: units are read from the files".into(),
        Guess::UnitsFrom(n) => format!("{n} units named in the files"),
        Guess::IgnoredColumn(h) => format!("column {h} was not used"),
        Guess::OrganisationFromTitle => "the organisation is the title".into(),
        Guess::UnitLabel(l) => format!("unit label: {l}"),
        Guess::Feedback(t) => format!("feedback heading: {t}"),
    }
}

//! English wording of the command line's messages.
use super::programme::{Forms, contents, counted};
use super::{CompareMessage, Message, OutputKind, ProgrammeSaid};
use crate::{Noun, Worded, count, list};
use koonti_model::Lang;

const L: Lang = Lang::En;

fn n(number: usize, noun: Noun) -> String {
    count(L, number, noun)
}

fn kind(kind: &OutputKind) -> String {
    match kind {
        OutputKind::Xlsx => ".xlsx (workbook)".into(),
        OutputKind::Json => ".json (report)".into(),
        OutputKind::Html => ".html (web page)".into(),
        OutputKind::Pptx => ".pptx (presentation)".into(),
        OutputKind::Toml => ".toml (programme definition)".into(),
    }
}

/// `message` in English.
pub(super) fn text(message: &Message) -> String {
    match message {
        Message::InputsNotFound { paths } => format!(
            "There is no file or folder {}. Check the name and the location, or drop the folder of responses on koonti.",
            list(L, paths)
        ),
        Message::NoSpreadsheets { paths } => format!(
            "No files were found in {}. Give the folder that holds the responses the units returned.",
            list(L, paths)
        ),
        Message::InputUnreadable { file, os } => format!(
            "The file {file} could not be read{}. Check that it exists and that you may read it.",
            crate::system::en(os)
        ),
        Message::PathMissing => "there is no such file or folder; check the name and the location".into(),
        Message::FolderUnlisted { os } => format!(
            "the folder's files could not be listed{}; check that you may read the folder",
            crate::system::en(os)
        ),
        Message::Engine { texts } => texts[2].clone(),
        Message::NotStored { file } => format!(
            "The file {file} is neither a koonti report nor a consolidated workbook. Give a workbook or JSON report of koonti merge, or the units' responses."
        ),
        Message::SlidesWritten { file } => format!("The committee's presentation was written: {file}."),
        Message::SlidesTheme { file } => format!(
            "The template {file} gives no theme: it is no PowerPoint presentation or template (.pptx, .potx)."
        ),
        Message::OutputLocked { file } => format!(
            "The file {file} is open in another program (e.g. Excel); close it and try again."
        ),
        Message::OutputReadOnly { file } => format!(
            "The file {file} is read-only and koonti does not replace it. Remove the protection or the file, or choose another name with -o."
        ),
        Message::OutputIsInput { file } => format!(
            "The output {file} would overwrite one of the files being read. Choose another name with -o."
        ),
        Message::FolderNotWritable { folder, file, os } => format!(
            "The file {file} could not be written because the folder {folder} is not writable{}. Choose another folder with -o or ask for write access.",
            crate::system::en(os)
        ),
        Message::FolderMissing { folder, file } => format!(
            "The file {file} could not be written because the folder {folder} does not exist. Create it or give an existing folder with -o."
        ),
        Message::FolderNotCreated { folder, os } => format!(
            "The folder {folder} could not be created{}. Check the path or choose another folder.",
            crate::system::en(os)
        ),
        Message::OutputFailed { file, os } => format!(
            "The file {file} could not be written{}. Check that the disk has space and the folder is writable, and try again.",
            crate::system::en(os)
        ),
        Message::StdoutFailed { os } => format!(
            "Writing to the screen or pipe failed{}. Write the output to a file instead, e.g. --json koonti.json.",
            crate::system::en(os)
        ),
        Message::BadExtension {
            option,
            file,
            asked,
            allowed,
        } => {
            let asked = asked
                .as_ref()
                .map_or("a file without an extension".to_string(), |e| {
                    format!("a .{e} file")
                });
            let can: Vec<String> = allowed.iter().map(kind).collect();
            format!(
                "{option} {file}: koonti cannot write {asked} here; it writes {}. Change the file's extension.",
                list(L, &can).replace(" and ", " or ")
            )
        }
        Message::UnknownOption { option } => {
            format!("Unknown option {option}. See the help: koonti --help.")
        }
        Message::UnknownCommand { name, commands } => format!(
            "“{name}” is neither a koonti command nor an existing file or folder. The commands are {}; see the help: koonti --help.",
            list(L, commands)
        ),
        Message::MissingArgument { argument } => {
            format!("Missing {argument}. See the help: koonti --help.")
        }
        Message::MissingValue { option } => {
            format!("The option {option} needs a value. See the help: koonti --help.")
        }
        Message::InvalidValue { option, value } => format!(
            "The value “{value}” is not valid for {option}. See the help: koonti --help."
        ),
        Message::UnexpectedArgument { argument } => format!(
            "Unexpected or repeated argument {argument}. See the help: koonti --help."
        ),
        Message::UnknownLanguage { value } => format!(
            "The language “{value}” is not supported; choose fi, sv or en. Using Finnish."
        ),
        Message::BadArguments { detail } => format!(
            "The command line could not be understood ({detail}). See the help: koonti --help."
        ),
        Message::MergeSummary {
            programme,
            responses,
            expected,
            missing,
            findings: [errors, warnings, infos],
            output,
            replaced,
            inferred,
        } => format!(
            "{programme} — {} (of {expected} expected), {missing} missing; findings: {}, {}, {} → {output}{}{}",
            n(*responses, Noun::Response),
            n(*errors, Noun::Error),
            n(*warnings, Noun::Warning),
            n(*infos, Noun::Info),
            if *replaced {
                " (previous file replaced)"
            } else {
                ""
            },
            match inferred {
                Some(path) => format!("; programme inferred from the responses → {path}"),
                None => String::new(),
            }
        ),
        Message::AppendixSummary {
            programme,
            responses,
            actions,
            corrections,
            written,
        } => format!(
            "{programme} — {}, {}{} → {}",
            n(*responses, Noun::Response),
            n(*actions, Noun::Action),
            match corrections {
                0 => String::new(),
                c => format!(", {} read from the Answers sheet", n(*c, Noun::Correction)),
            },
            written.join(", ")
        ),
        Message::TemplateSummary {
            programme,
            templates,
            folder,
        } => format!(
            "{programme} — {} ({} and a blank one for others) → {folder}",
            n(*templates, Noun::Template),
            n(templates.saturating_sub(1), Noun::Unit)
        ),
        Message::DropWritten {
            workbook,
            appendix,
            slides,
        } => format!(
            "Done. The consolidated workbook is {workbook}, the appendix {appendix} and the committee's presentation {slides}."
        ),
        Message::ConsoleWholeMerge => "All inputs".into(),
        Message::ConsoleOtherFiles => "Files whose unit was not recognised".into(),
        Message::ConsoleMore { count } => format!("+{count} more: see the Checks sheet"),
        Message::ConsoleMissing { count } => format!("Missing ({}):", n(*count, Noun::Unit)),
        Message::ConsoleNoneMissing => crate::letters::none_missing(L).into(),
        Message::DropToFix => "Findings by unit (all on the Checks sheet):".into(),
        Message::DropNothingToFix => "Nothing to fix.".into(),
        Message::Progress => "reading {pos}/{len} files".into(),
        Message::NoArguments => "koonti merges the units' responses about a participation programme into one report.\n\nHow to use it:\n  1. Save the Excel files the units returned in one folder.\n  2. Drag the folder with the mouse onto koonti's icon.\n  3. The workbook (.xlsx), the appendix (.html) and the presentation (.pptx) appear beside the folder.\n\nOn the command line: koonti merge FOLDER; every command: koonti --help.".into(),
        Message::Compare(message) => compare(message),
        Message::History(err) => err.message(Lang::En),
        Message::ProgrammeInferredWritten { measures, units, path } => format!("the programme was inferred from the responses ({measures} measures, {units} units) → {path}; check it and give it next time: --programme {path}"),
        Message::PeriodDefaulted { year } => format!("period {year} (the current year; give another with --period)"),
        Message::PressEnter => "Press Enter to close this window.".into(),
    }
}

/// What `koonti compare` says, in English.
pub(super) fn compare(message: &CompareMessage) -> String {
    match message {
        CompareMessage::NotAReport { input } => format!(
            "{input} is no koonti report (a workbook of koonti merge or JSON), no response and no folder of responses; give each period's report or its folder of responses"
        ),
        CompareMessage::Undated {
            input,
            file,
            periods,
        } => {
            let periods = periods.join(", ");
            format!(
                "{input}: the responses are of several periods ({periods}), but the period of {file} cannot be told; add the period to its name or title, or move it to its period's folder"
            )
        }
        CompareMessage::Unreadable { input, reason } => format!(
            "{input}: the file could not be read{}",
            crate::system::en(reason)
        ),
        CompareMessage::Written {
            programme,
            periods,
            counts: [improved, regressed, unchanged, new, dropped],
            outputs,
        } => {
            let (periods, outputs) = (periods.join(", "), outputs.join(", "));
            format!(
                "koonti: {programme} — periods {periods}; in the latest step answers improved: {improved}, regressed: {regressed}, unchanged: {unchanged}, new: {new}, dropped: {dropped} → {outputs}"
            )
        }
    }
}

/// The nouns a programme is counted by: measures, sections, units.
const CONTENTS: [Forms; 3] = [
    ("measure", "measures"),
    ("section", "sections"),
    ("unit", "units"),
];

/// What `koonti programme` says, in English.
pub(super) fn programme(said: &ProgrammeSaid) -> String {
    let scale = |programme| format!("scale {}", super::programme::scale_labels(programme));
    match said {
        ProgrammeSaid::Wrote { path, programme } => format!(
            "koonti: {} — {} → {}",
            programme.id,
            contents(programme, CONTENTS),
            path.display()
        ),
        ProgrammeSaid::Guessed => "Guessed (check them and correct if needed):".into(),
        ProgrammeSaid::Fine { file, programme } => format!(
            "{file}: fine — {} ({}), {}; {}",
            programme.title,
            programme.id,
            contents(programme, CONTENTS),
            scale(programme)
        ),
        ProgrammeSaid::ScaleGuessed { file, programme } => format!(
            "{file}: check it: the answer scale is a guess ({}) — {} ({}), {}",
            scale(programme),
            programme.title,
            programme.id,
            contents(programme, CONTENTS)
        ),
        ProgrammeSaid::Problems { file, count } => {
            format!("{file}: {}", counted(*count, ("to fix", "to fix")))
        }
        ProgrammeSaid::Listed { programme } => format!(
            "{}\t{}\t{}",
            programme.id,
            programme.title,
            counted(programme.measures().len(), CONTENTS[0])
        ),
        ProgrammeSaid::BlankOrigin => "A blank programme: replace the examples with your own.".into(),
        ProgrammeSaid::DerivedOrigin { form } => format!("Derived from the form {form}."),
        ProgrammeSaid::InferredOrigin => "Inferred from the returned answers (koonti merge); check the measures, sections and units.".into(),
    }
}

//! From the command line to what to do: the language (`--lang` or
//! `KOONTI_LANG`, read before clap so that even clap's errors and the help
//! are in it), drop mode (paths and no subcommand), the no-argument text,
//! and clap's parse with its errors in our words.

use crate::cmd::{Cli, Failure};
use crate::messages::{Lang, Message, help};
use clap::error::{ContextKind, ContextValue, ErrorKind};
use clap::{CommandFactory, FromArgMatches};
use std::ffi::OsString;
use std::path::PathBuf;

/// What the command line asks for.
#[derive(Debug)]
pub enum Request {
    /// No arguments at all (a double-click): say what to do.
    Introduction,
    /// Paths and no subcommand (a drop on the program): merge them.
    Drop(Vec<PathBuf>),
    /// A subcommand, parsed.
    Command(Box<Cli>),
    /// Help or the version, already worded: print it and exit 0.
    Print(String),
}

/// The language of the messages: `--lang X` or `--lang=X` anywhere in
/// `args`, else `KOONTI_LANG`, else Finnish; with a warning when a value
/// names no language koonti speaks.
pub fn language(args: &[OsString], env: Option<OsString>) -> (Lang, Option<Message>) {
    let mut given: Option<String> = None;
    let mut iter = args.iter().skip(1);
    while let Some(arg) = iter.next() {
        let arg = arg.to_string_lossy();
        if arg == "--" {
            break;
        }
        if arg == "--lang" {
            given = iter.next().map(|v| v.to_string_lossy().into_owned());
        } else if let Some(value) = arg.strip_prefix("--lang=") {
            given = Some(value.to_string());
        }
    }
    let from_env = given.is_none();
    let Some(value) = given.or_else(|| env.map(|v| v.to_string_lossy().into_owned())) else {
        return (Lang::Fi, None);
    };
    match value.trim().parse::<Lang>() {
        Ok(lang) => (lang, None),
        // clap refuses a bad --lang itself; a bad KOONTI_LANG is only warned of.
        Err(_) if from_env && value.trim().is_empty() => (Lang::Fi, None),
        Err(_) => (Lang::Fi, Some(Message::UnknownLanguage { value })),
    }
}

/// Decides what `args` (with the program name first) ask for, in `lang`.
pub fn request(args: Vec<OsString>, lang: Lang) -> Result<Request, Failure> {
    let command = help::localise(Cli::command(), lang);
    let rest = without_lang(&args[1.min(args.len())..]);
    let subcommands: Vec<String> = command
        .get_subcommands()
        .flat_map(|s| std::iter::once(s.get_name()).chain(s.get_all_aliases()))
        .map(str::to_string)
        .collect();
    match rest.first().map(|a| a.to_string_lossy()) {
        None if rest.len() == args.len().saturating_sub(1) => return Ok(Request::Introduction),
        Some(first) if first == "help" => {
            // `koonti help [COMMAND]` as `koonti [COMMAND] --help`.
            let mut with_help: Vec<OsString> = vec![args[0].clone()];
            with_help.extend(rest[1..].iter().cloned());
            with_help.push("--help".into());
            return parse(command, with_help, lang);
        }
        Some(first) if !first.starts_with('-') && !subcommands.iter().any(|s| *s == first) => {
            return Ok(Request::Drop(rest.iter().map(PathBuf::from).collect()));
        }
        _ => {}
    }
    parse(command, args, lang)
}

/// `args` without any `--lang X` / `--lang=X` (drop mode takes the rest as paths).
fn without_lang(args: &[OsString]) -> Vec<OsString> {
    let mut kept = Vec::new();
    let mut iter = args.iter();
    while let Some(arg) = iter.next() {
        if arg == "--lang" {
            iter.next();
        } else if !arg.to_string_lossy().starts_with("--lang=") {
            kept.push(arg.clone());
        }
    }
    kept
}

fn parse(command: clap::Command, args: Vec<OsString>, lang: Lang) -> Result<Request, Failure> {
    let placeholder = help::Help::OptionsPlaceholder.text(lang);
    let matches = match command.try_get_matches_from(args) {
        Ok(matches) => matches,
        Err(err) => match err.kind() {
            ErrorKind::DisplayHelp | ErrorKind::DisplayVersion => {
                let text = err.render().to_string().replace("[OPTIONS]", placeholder);
                return Ok(Request::Print(text));
            }
            _ => return Err(Failure::BadArgument(clap_error(&err))),
        },
    };
    let cli =
        Cli::from_arg_matches(&matches).map_err(|err| Failure::BadArgument(clap_error(&err)))?;
    Ok(Request::Command(Box::new(cli)))
}

/// clap's error as one of our messages.
fn clap_error(err: &clap::Error) -> Message {
    let context = |kind| match err.get(kind) {
        Some(ContextValue::String(s)) => Some(s.clone()),
        Some(ContextValue::Strings(list)) => Some(list.join(", ")),
        _ => None,
    };
    let argument = context(ContextKind::InvalidArg).unwrap_or_default();
    match err.kind() {
        ErrorKind::UnknownArgument => Message::UnknownOption { option: argument },
        ErrorKind::InvalidSubcommand => Message::UnknownCommand {
            name: context(ContextKind::InvalidSubcommand).unwrap_or_default(),
        },
        ErrorKind::MissingRequiredArgument
        | ErrorKind::MissingSubcommand
        | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand => Message::MissingArgument {
            argument: if argument.is_empty() {
                "<COMMAND>".to_string()
            } else {
                argument
            },
        },
        ErrorKind::InvalidValue if context(ContextKind::InvalidValue).as_deref() == Some("") => {
            Message::MissingValue { option: argument }
        }
        ErrorKind::InvalidValue | ErrorKind::ValueValidation => Message::InvalidValue {
            option: argument,
            value: context(ContextKind::InvalidValue).unwrap_or_default(),
        },
        ErrorKind::TooManyValues | ErrorKind::ArgumentConflict => Message::UnexpectedArgument {
            argument: if argument.is_empty() {
                context(ContextKind::InvalidValue).unwrap_or_default()
            } else {
                argument
            },
        },
        _ => Message::BadArguments {
            detail: err.kind().as_str().unwrap_or("?").to_string(),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(list: &[&str]) -> Vec<OsString> {
        list.iter().map(OsString::from).collect()
    }

    #[test]
    fn the_language_comes_from_the_option_then_the_environment() {
        let (lang, warning) = language(&args(&["koonti", "--lang", "sv", "x"]), Some("en".into()));
        assert_eq!((lang, warning), (Lang::Sv, None));
        let (lang, _) = language(&args(&["koonti", "--lang=en"]), None);
        assert_eq!(lang, Lang::En);
        let (lang, _) = language(&args(&["koonti", "merge", "x"]), Some("sv".into()));
        assert_eq!(lang, Lang::Sv);
        let (lang, warning) = language(&args(&["koonti"]), Some("de".into()));
        assert_eq!(lang, Lang::Fi);
        assert!(matches!(warning, Some(Message::UnknownLanguage { .. })));
    }

    #[test]
    fn paths_without_a_subcommand_are_a_drop() {
        let drop = request(args(&["koonti", "Vastaukset 2025", "b.xlsx"]), Lang::Fi);
        match drop {
            Ok(Request::Drop(paths)) => assert_eq!(paths.len(), 2),
            other => panic!("{other:?}"),
        }
        assert!(matches!(
            request(args(&["koonti"]), Lang::Fi),
            Ok(Request::Introduction)
        ));
        assert!(matches!(
            request(args(&["koonti", "merge", "x"]), Lang::Fi),
            Ok(Request::Command(_))
        ));
        assert!(matches!(
            request(args(&["koonti", "--lang", "sv", "kansio"]), Lang::Sv),
            Ok(Request::Drop(_))
        ));
    }

    #[test]
    fn help_is_worded_in_each_language() {
        for (lang, heading, about) in [
            (Lang::Fi, "Käyttö:", "yhdistää"),
            (Lang::Sv, "Användning:", "sammanställer"),
            (Lang::En, "Usage:", "merges"),
        ] {
            for list in [vec!["koonti", "--help"], vec!["koonti", "merge", "--help"]] {
                match request(args(&list), lang) {
                    Ok(Request::Print(text)) => {
                        assert!(text.contains(heading), "{text}");
                        assert!(!text.contains("[OPTIONS]") || lang == Lang::En, "{text}");
                        if list.len() == 2 {
                            assert!(text.contains(about), "{text}");
                        }
                    }
                    other => panic!("{other:?}"),
                }
            }
        }
    }

    #[test]
    fn clap_errors_are_our_messages() {
        let failure = |list: &[&str]| match request(args(list), Lang::Fi) {
            Err(Failure::BadArgument(message)) => message,
            other => panic!("{other:?}"),
        };
        assert!(matches!(
            failure(&["koonti", "merge", "--nope", "x"]),
            Message::UnknownOption { .. }
        ));
        assert!(matches!(
            failure(&["koonti", "merge"]),
            Message::MissingArgument { .. }
        ));
        assert!(matches!(
            failure(&["koonti", "merge", "x", "--lang", "de"]),
            Message::InvalidValue { .. }
        ));
    }
}

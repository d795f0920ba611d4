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
/// `args`, else `KOONTI_LANG`, else Finnish. A `--lang` koonti does not
/// speak is a bad argument (`Err`); a `KOONTI_LANG` one only a warning.
pub fn language(
    args: &[OsString],
    env: Option<OsString>,
) -> Result<(Lang, Option<Message>), Message> {
    let mut given: Option<String> = None;
    let mut iter = args.iter().skip(1);
    while let Some(arg) = iter.next() {
        let arg = arg.to_string_lossy();
        if arg == "--" {
            break;
        }
        if arg == "--lang" {
            given = Some(
                iter.next()
                    .map(|v| v.to_string_lossy().into_owned())
                    .unwrap_or_default(),
            );
        } else if let Some(value) = arg.strip_prefix("--lang=") {
            given = Some(value.to_string());
        }
    }
    if let Some(value) = given {
        return match value.trim().parse::<Lang>() {
            Ok(lang) => Ok((lang, None)),
            Err(_) if value.is_empty() => Err(Message::MissingValue {
                option: "--lang".into(),
            }),
            Err(_) => Err(Message::InvalidValue {
                option: "--lang".into(),
                value,
            }),
        };
    }
    let value = env.map(|v| v.to_string_lossy().trim().to_string());
    match value.as_deref() {
        None | Some("") => Ok((Lang::Fi, None)),
        Some(value) => match value.parse::<Lang>() {
            Ok(lang) => Ok((lang, None)),
            Err(_) => Ok((
                Lang::Fi,
                Some(Message::UnknownLanguage {
                    value: value.to_string(),
                }),
            )),
        },
    }
}

/// koonti's subcommands, as clap knows them (so a new one is named too).
pub fn subcommand_names() -> Vec<String> {
    Cli::command()
        .get_subcommands()
        .map(|s| s.get_name().to_string())
        .collect()
}

/// Decides what `args` (with the program name first) ask for, in `lang`.
pub fn request(args: Vec<OsString>, lang: Lang) -> Result<Request, Failure> {
    let command = help::localise(Cli::command(), lang);
    let program = args.first().cloned().unwrap_or_else(|| "koonti".into());
    let (options, rest) = split_top_level(args.get(1..).unwrap_or_default());
    let subcommands: Vec<String> = command
        .get_subcommands()
        .flat_map(|s| std::iter::once(s.get_name()).chain(s.get_all_aliases()))
        .map(str::to_string)
        .collect();
    let first = rest.first().map(|a| a.to_string_lossy().into_owned());
    match first {
        None if options.is_empty() => return Ok(Request::Introduction),
        Some(first) if first == "help" => {
            // `koonti help [COMMAND]` as `koonti [COMMAND] --help`.
            let mut with_help: Vec<OsString> = vec![program];
            with_help.extend(rest[1..].iter().cloned());
            with_help.push("--help".into());
            return parse(command, with_help, lang);
        }
        Some(first) if options.is_empty() && !subcommands.contains(&first) => {
            let paths = without_lang(&rest);
            return Ok(Request::Drop(paths.iter().map(PathBuf::from).collect()));
        }
        _ => {}
    }
    let mut parsed = vec![program];
    parsed.extend(options);
    parsed.extend(rest);
    parse(command, parsed, lang)
}

/// The options before the first word (a subcommand or a path), without
/// `--lang` (read already, and every subcommand's default), and the rest.
fn split_top_level(args: &[OsString]) -> (Vec<OsString>, Vec<OsString>) {
    let mut options = Vec::new();
    let mut iter = args.iter().enumerate();
    while let Some((at, arg)) = iter.next() {
        let text = arg.to_string_lossy();
        if text == "--lang" {
            iter.next();
            continue;
        }
        if text.starts_with("--lang=") {
            continue;
        }
        if !text.starts_with('-') {
            return (options, args[at..].to_vec());
        }
        options.push(arg.clone());
    }
    (options, Vec::new())
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
            commands: subcommand_names(),
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
        let lang = |list: &[&str], env: Option<&str>| language(&args(list), env.map(Into::into));
        assert_eq!(
            lang(&["koonti", "--lang", "sv", "x"], Some("en")),
            Ok((Lang::Sv, None))
        );
        assert_eq!(lang(&["koonti", "--lang=en"], None), Ok((Lang::En, None)));
        assert_eq!(
            lang(&["koonti", "merge", "x"], Some("sv")),
            Ok((Lang::Sv, None))
        );
        assert_eq!(lang(&["koonti"], Some("")), Ok((Lang::Fi, None)));
        let Ok((Lang::Fi, Some(Message::UnknownLanguage { .. }))) = lang(&["koonti"], Some("de"))
        else {
            panic!("a bad KOONTI_LANG is a warning");
        };
        assert!(matches!(
            lang(&["koonti", "merge", "x", "--lang", "de"], None),
            Err(Message::InvalidValue { .. })
        ));
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
        assert!(matches!(
            request(args(&["koonti", "--lang", "sv"]), Lang::Sv),
            Ok(Request::Introduction)
        ));
        // A top-level --lang before the subcommand is every subcommand's.
        assert!(matches!(
            request(args(&["koonti", "--lang", "en", "merge", "x"]), Lang::En),
            Ok(Request::Command(_))
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

    /// Every subcommand's help in Finnish and Swedish, options included, has
    /// no English: an option whose help has no key keeps its doc comment,
    /// which is English (`--previous` and `--slides` did).
    #[test]
    fn help_of_every_command_holds_no_english() {
        let commands = [
            vec!["koonti", "--help"],
            vec!["koonti", "merge", "--help"],
            vec!["koonti", "check", "--help"],
            vec!["koonti", "template", "--help"],
            vec!["koonti", "appendix", "--help"],
            vec!["koonti", "compare", "--help"],
            vec!["koonti", "programme", "--help"],
        ];
        for lang in [Lang::Fi, Lang::Sv] {
            for list in &commands {
                match request(args(list), lang) {
                    Ok(Request::Print(text)) => {
                        // Examples, option names and command names are
                        // koonti's own words in every language.
                        let prose: String = text
                            .lines()
                            .filter(|line| !line.trim_start().starts_with("koonti "))
                            .map(|line| {
                                // A `quoted command` is a command too.
                                let line: String =
                                    line.split('`').step_by(2).collect::<Vec<_>>().join(" ");
                                line.split_whitespace()
                                    .enumerate()
                                    .filter(|(i, word)| {
                                        !(word.starts_with('-')
                                            || *i == 0
                                                && line.starts_with("  ")
                                                && word.chars().all(|c| c.is_ascii_lowercase()))
                                    })
                                    .map(|(_, word)| word)
                                    .collect::<Vec<_>>()
                                    .join(" ")
                            })
                            .collect::<Vec<_>>()
                            .join("\n");
                        let commands = ["merge", "check", "template", "appendix", "compare"];
                        let mut english = koonti_model::english_words(&prose);
                        english.retain(|word| !commands.contains(&word.as_ref()));
                        assert!(
                            english.is_empty(),
                            "{list:?} {lang:?}: {english:?} in {text}"
                        );
                    }
                    other => panic!("{list:?}: {other:?}"),
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
            failure(&["koonti", "merge", "x", "--period"]),
            Message::MissingValue { .. } | Message::InvalidValue { .. }
        ));
    }
}

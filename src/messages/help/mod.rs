//! `--help` in the user's language: clap's command is built from the
//! derive (which parses), then every about, example block, argument help,
//! value name and heading is replaced from the tables `fi.rs`, `sv.rs` and
//! `en.rs`. A new subcommand adds its [`Help`] keys and one arm per table;
//! an argument without a key keeps its doc comment.

mod en;
mod fi;
mod programme;
mod sv;

use super::Lang;
use clap::{Arg, ArgAction, Command};

/// A text of the help.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Help {
    /// What koonti does (the first line of `koonti --help`).
    About,
    /// Examples and exit statuses under it.
    Examples,
    /// "Usage:".
    UsageHeading,
    /// "[OPTIONS]" in a usage line.
    OptionsPlaceholder,
    /// "COMMAND" in the usage line.
    CommandPlaceholder,
    /// The heading of the options.
    OptionsHeading,
    /// The heading of the positional arguments.
    ArgumentsHeading,
    /// The heading of the subcommands.
    CommandsHeading,
    /// `-h, --help`.
    ShowInstructions,
    /// `-V, --version`.
    ShowVersion,
    /// `koonti merge` in one line.
    MergeAbout,
    /// `koonti merge`'s examples.
    MergeExamples,
    /// `koonti check` in one line.
    CheckAbout,
    /// `koonti check`'s examples.
    CheckExamples,
    /// `koonti template` in one line.
    TemplateAbout,
    /// `koonti template`'s examples.
    TemplateExamples,
    /// `koonti appendix` in one line.
    AppendixAbout,
    /// `koonti appendix`'s examples.
    AppendixExamples,
    /// Response files or folders.
    Inputs,
    /// Responses, or one stored report (appendix).
    AppendixInputs,
    /// `merge -o`.
    MergeOutput,
    /// `merge --json`.
    Json,
    /// `--programme` (optional).
    Programme,
    /// `template --programme` (required).
    TemplateProgramme,
    /// `--period`.
    Period,
    /// `template --period`.
    TemplatePeriod,
    /// `--lang`.
    Lang,
    /// `check --quiet`.
    Quiet,
    /// `template --deadline`.
    Deadline,
    /// `template --contact`.
    Contact,
    /// `template -o`.
    TemplateOutput,
    /// `appendix -o`.
    AppendixOutput,
    /// `appendix --html`.
    Html,
    /// `merge --previous`.
    Previous,
    /// `--slides`.
    Slides,
    /// `--slides-theme`.
    SlidesTheme,
}

impl Help {
    /// Every key, for the test that each has all three languages.
    #[cfg(test)]
    pub const ALL: [Help; 36] = [
        Help::About,
        Help::Examples,
        Help::UsageHeading,
        Help::OptionsPlaceholder,
        Help::CommandPlaceholder,
        Help::OptionsHeading,
        Help::ArgumentsHeading,
        Help::CommandsHeading,
        Help::ShowInstructions,
        Help::ShowVersion,
        Help::MergeAbout,
        Help::MergeExamples,
        Help::CheckAbout,
        Help::CheckExamples,
        Help::TemplateAbout,
        Help::TemplateExamples,
        Help::AppendixAbout,
        Help::AppendixExamples,
        Help::Inputs,
        Help::AppendixInputs,
        Help::MergeOutput,
        Help::Json,
        Help::Programme,
        Help::TemplateProgramme,
        Help::Period,
        Help::TemplatePeriod,
        Help::Lang,
        Help::Quiet,
        Help::Deadline,
        Help::Contact,
        Help::TemplateOutput,
        Help::AppendixOutput,
        Help::Html,
        Help::Previous,
        Help::Slides,
        Help::SlidesTheme,
    ];

    /// The text in `lang`.
    pub fn text(self, lang: Lang) -> &'static str {
        match lang {
            Lang::Fi => fi::text(self),
            Lang::Sv => sv::text(self),
            Lang::En => en::text(self),
        }
    }

    /// The about line and examples of subcommand `name`.
    fn of_subcommand(name: &str) -> Option<(Help, Help)> {
        Some(match name {
            "merge" => (Help::MergeAbout, Help::MergeExamples),
            "check" => (Help::CheckAbout, Help::CheckExamples),
            "template" => (Help::TemplateAbout, Help::TemplateExamples),
            "appendix" => (Help::AppendixAbout, Help::AppendixExamples),
            _ => return None,
        })
    }

    /// The help of argument `id` of subcommand `sub`.
    fn of_argument(sub: &str, id: &str) -> Option<Help> {
        Some(match (sub, id) {
            ("appendix", "inputs") => Help::AppendixInputs,
            (_, "inputs") => Help::Inputs,
            ("merge", "output") => Help::MergeOutput,
            ("template", "output") => Help::TemplateOutput,
            ("appendix", "output") => Help::AppendixOutput,
            (_, "json") => Help::Json,
            ("template", "programme") => Help::TemplateProgramme,
            (_, "programme") => Help::Programme,
            ("template", "period") => Help::TemplatePeriod,
            (_, "period") => Help::Period,
            (_, "lang") => Help::Lang,
            (_, "quiet") => Help::Quiet,
            (_, "deadline") => Help::Deadline,
            (_, "contact") => Help::Contact,
            (_, "html") => Help::Html,
            (_, "previous") => Help::Previous,
            (_, "slides") => Help::Slides,
            (_, "slides_theme") => Help::SlidesTheme,
            _ => return None,
        })
    }
}

/// A value name (`FILE`, `INPUT`, …) in `lang`; `None` for one the table
/// does not know (it stays as written).
fn value_name(lang: Lang, name: &str) -> Option<&'static str> {
    let word = |fi: &'static str, sv: &'static str, en: &'static str| Some(lang.pick(fi, sv, en));
    match name {
        "INPUT" => word("SYÖTE", "INDATA", "INPUT"),
        "FILE" => word("TIEDOSTO", "FIL", "FILE"),
        "FILE|ID" => word("TIEDOSTO|ID", "FIL|ID", "FILE|ID"),
        "PERIOD" => word("KAUSI", "PERIOD", "PERIOD"),
        "LANG" => word("KIELI", "SPRÅK", "LANG"),
        "DATE" => word("PÄIVÄ", "DATUM", "DATE"),
        "TEXT" => word("TEKSTI", "TEXT", "TEXT"),
        "DIR" => word("KANSIO", "MAPP", "DIR"),
        "FORM" => word("LOMAKE", "BLANKETT", "FORM"),
        "ID|FILE" => word("TUNNUS|TIEDOSTO", "ID|FIL", "ID|FILE"),
        "REPORT" => word("RAPORTTI", "RAPPORT", "REPORT"),
        _ => None,
    }
}

/// The help layout (as xsv writes it): what the command does, examples,
/// then usage and options.
fn template(lang: Lang) -> String {
    format!(
        "{{about-with-newline}}\n{{before-help}}{} {{usage}}\n\n{{all-args}}{{after-help}}",
        Help::UsageHeading.text(lang)
    )
}

/// `command` with its help in `lang` and the language `lang` as every
/// `--lang`'s default (so `KOONTI_LANG` words the outputs too).
pub fn localise(command: Command, lang: Lang) -> Command {
    let command = command
        .about(Help::About.text(lang))
        .before_help(Help::Examples.text(lang))
        .subcommand_help_heading(Help::CommandsHeading.text(lang))
        .subcommand_value_name(Help::CommandPlaceholder.text(lang))
        .disable_help_subcommand(true)
        .disable_version_flag(true)
        .arg(
            Arg::new("version")
                .short('V')
                .long("version")
                .action(ArgAction::Version)
                .help(Help::ShowVersion.text(lang))
                .help_heading(Help::OptionsHeading.text(lang)),
        );
    let command = with_help_flag(command, lang);
    command.mut_subcommands(|sub| localise_subcommand(sub, "", lang))
}

/// A subcommand (of `parent`, a path such as "programme"; "" at the top)
/// in `lang`, with its own subcommands, each with its `--help`.
fn localise_subcommand(sub: Command, parent: &str, lang: Lang) -> Command {
    let path = match parent {
        "" => sub.get_name().to_string(),
        parent => format!("{parent} {}", sub.get_name()),
    };
    let sub = match Help::of_subcommand(&path) {
        Some((about, examples)) => sub.about(about.text(lang)).before_help(examples.text(lang)),
        None => match programme::subcommand(&path, lang) {
            Some((about, Some(examples))) => sub.about(about).before_help(examples),
            Some((about, None)) => sub.about(about),
            None => sub,
        },
    };
    let sub = sub.mut_args(|arg| localise_argument(arg, &path, lang));
    let sub = with_help_flag(sub, lang);
    if sub.get_subcommands().next().is_none() {
        return sub;
    }
    sub.subcommand_help_heading(Help::CommandsHeading.text(lang))
        .subcommand_value_name(Help::CommandPlaceholder.text(lang))
        .disable_help_subcommand(true)
        .mut_subcommands(|nested| localise_subcommand(nested, &path, lang))
}

/// Our own `-h, --help` (clap's own is worded in English) and the layout.
fn with_help_flag(command: Command, lang: Lang) -> Command {
    command
        .help_template(template(lang))
        .disable_help_flag(true)
        .arg(
            Arg::new("help")
                .short('h')
                .long("help")
                .action(ArgAction::Help)
                .help(Help::ShowInstructions.text(lang))
                .help_heading(Help::OptionsHeading.text(lang)),
        )
}

fn localise_argument(arg: Arg, sub: &str, lang: Lang) -> Arg {
    let id = arg.get_id().as_str().to_string();
    let heading = if arg.is_positional() {
        Help::ArgumentsHeading
    } else {
        Help::OptionsHeading
    };
    let names: Option<Vec<&'static str>> = arg
        .get_value_names()
        .and_then(|names| names.iter().map(|n| value_name(lang, n.as_str())).collect());
    let takes_values = arg.get_action().takes_values();
    let mut arg = arg
        .help_heading(heading.text(lang))
        .hide_default_value(takes_values);
    if let Some(names) = names.filter(|n| !n.is_empty()) {
        arg = arg.value_names(names);
    }
    if id == "lang" {
        arg = arg.default_value(lang.code());
    }
    if let Some(help) = programme::argument(sub, &id, lang) {
        return arg.help(help);
    }
    match Help::of_argument(sub, &id) {
        Some(help) => arg.help(help.text(lang)),
        None => arg,
    }
}

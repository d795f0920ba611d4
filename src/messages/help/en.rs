//! English help texts.
use super::Help;

/// `help` in English.
pub(super) fn text(help: Help) -> &'static str {
    match help {
        Help::About => {
            "koonti merges the Excel answers that units return about a participation\nprogramme (osallisuusohjelma) into one report for the committee."
        }
        Help::Examples => {
            "Examples:\n  koonti \"Vastaukset 2025\"      (as dropping the folder on koonti.exe: writes\n                                 \"Vastaukset 2025 - koonti.xlsx\" and \"... - liite.html\" beside it)\n  koonti merge vastaukset/\n  koonti merge vastaukset/ -o koonti-2024.xlsx --json koonti-2024.json\n  koonti template --programme siun-sote-2023-2025 --period 2025 -o lomakkeet/\n  koonti appendix koonti-2024.xlsx --html liite.html\n\nThe language: --lang fi|sv|en or the environment variable KOONTI_LANG (default fi).\nExit status: 0 when the output was written (problems in single files are findings in it),\n1 when nothing could be written, 2 for bad arguments.\n"
        }
        Help::UsageHeading => "Usage:",
        Help::OptionsPlaceholder => "[OPTIONS]",
        Help::CommandPlaceholder => "COMMAND",
        Help::OptionsHeading => "Options",
        Help::ArgumentsHeading => "Arguments",
        Help::CommandsHeading => "Commands",
        Help::ShowInstructions => "Print this help",
        Help::ShowVersion => "Print the version",
        Help::MergeAbout => "Merge returned response files into the committee workbook (and JSON).",
        Help::MergeExamples => {
            "Examples:\n  koonti merge samples/siun-sote-2024\n  koonti merge vastaukset-2025/ -o koonti-2025.xlsx --previous koonti-2024.xlsx\n  koonti merge vastaukset/*.xlsx -o koonti-2024.xlsx\n  koonti merge vastaukset/ --slides esitys.pptx\n  koonti merge vastaukset/ --programme siun-sote-2023-2025 --json - | jq '.answers[0]'\n\nFolders are read recursively; Excel lock files (~$…) and hidden files are skipped.\nA file that cannot be read is a finding in the output, and the merge goes on.\n"
        }
        Help::CheckAbout => "Check returned files and list what a unit should fix, per file.",
        Help::CheckExamples => {
            "Examples:\n  koonti check vastaukset/\n  koonti check \"vastaukset/Hallintopalvelut.xlsx\" --programme siun-sote-2023-2025\n\nPrints one line per finding, grouped by file, with the sheet and cell.\nExits 1 if any finding is an error (a file or table that could not be read).\n"
        }
        Help::TemplateAbout => {
            "Write response templates (one per expected unit, and a blank one) for units to fill in."
        }
        Help::TemplateExamples => {
            "Examples:\n  koonti template --programme siun-sote-2023-2025 --period 2025\n  koonti template --programme siun-sote-2023-2025 --period 2025 --deadline 31.1.2026 --contact osallisuus@siunsote.fi -o lomakkeet/\n  koonti template --programme keusote-2020-2025 --period 2025 --lang sv -o blanketter/\n\nWrites \"<programme> <period> <unit>.xlsx\" for every unit of the programme and\n\"<programme> <period> muu yksikkö.xlsx\" with an empty unit field for anyone else.\nOnly the answer cells are editable (the protection has no password); koonti merge\nreads the returned files exactly, also when measure texts were edited or rows moved.\n"
        }
        Help::AppendixAbout => {
            "Make the strategy-evaluation appendix (xlsx and HTML) from responses, a JSON report or a consolidated workbook."
        }
        Help::AppendixExamples => {
            "Examples:\n  koonti appendix vastaukset/ -o liite.xlsx --html liite.html\n  koonti appendix koonti-2024.xlsx --html liite.html\n  koonti appendix koonti-2024.json --programme siun-sote-2023-2025\n\nINPUT is either response files and folders (they are merged first), or one\nJSON report written by `koonti merge --json`, or one consolidated workbook\nwritten by `koonti merge` (it keeps the report in a hidden sheet).\n"
        }
        Help::Inputs => "Response files or folders (.xlsx .xlsm .xls .xlsb .ods).",
        Help::AppendixInputs => {
            "Response files or folders, or one report (.json) or consolidated workbook."
        }
        Help::MergeOutput => {
            "The consolidated workbook to write (.xlsx), or the JSON report (.json) [default: koonti.xlsx]."
        }
        Help::Json => "Also write the report as JSON to FILE (\"-\" for standard output).",
        Help::Programme => {
            "Programme definition: a programme spreadsheet (.xlsx), a TOML file or a bundled id (default: detected from the measure texts, or the one stored with a report)."
        }
        Help::TemplateProgramme => {
            "Programme definition: a programme spreadsheet (.xlsx), a TOML file or a bundled id."
        }
        Help::Period => "Reporting period shown in the outputs (default: found in the files).",
        Help::TemplatePeriod => {
            "Reporting period shown in the title and the file names, e.g. 2025."
        }
        Help::Lang => {
            "Language of the labels and messages: fi, sv or en [default: fi, or KOONTI_LANG]."
        }
        Help::Quiet => "Leave out findings of severity info.",
        Help::Deadline => "Return date shown in the instructions, as written (e.g. 31.1.2026).",
        Help::Contact => "Whom to ask and where to return, shown in the instructions.",
        Help::TemplateOutput => {
            "Folder to write the templates into, created if missing [default: lomakkeet]."
        }
        Help::AppendixOutput => {
            "The appendix to write: a workbook (.xlsx) or an HTML page (.html) [default: liite.xlsx]."
        }
        Help::Html => "Also write the appendix as a self-contained HTML page.",
        Help::Previous => {
            "A report of an earlier period (consolidated workbook or JSON) to follow from; repeatable. Adds the Kehitys sheet and the JSON history."
        }
        Help::Slides => "Also write the committee's presentation (.pptx, 16:9).",
        Help::SlidesTheme => {
            "The county's own PowerPoint template (.pptx/.potx) whose theme (fonts and colours) the presentation takes."
        }
    }
}

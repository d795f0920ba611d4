//! Swedish help texts.
use super::Help;

/// `help` in Swedish.
pub(super) fn text(help: Help) -> &'static str {
    match help {
        Help::About => {
            "koonti sammanställer de Excel-svar som enheterna skickar om ett\ndelaktighetsprogram till en rapport för utskottet."
        }
        Help::Examples => {
            "Exempel:\n  koonti \"Vastaukset 2025\"      (som att dra mappen till koonti.exe: skriver\n                                 \"Vastaukset 2025 - koonti.xlsx\" och \"... - liite.html\" bredvid den)\n  koonti merge svar/\n  koonti merge svar/ -o koonti-2024.xlsx --json koonti-2024.json\n  koonti template --programme siun-sote-2023-2025 --period 2025 -o blanketter/\n  koonti appendix koonti-2024.xlsx --html bilaga.html\n\nSpråket: --lang fi|sv|en eller miljövariabeln KOONTI_LANG (standard fi).\nSlutstatus: 0 när utdata skrevs (problem i enskilda filer är iakttagelser i den),\n1 när inget kunde skrivas, 2 vid felaktiga argument.\n"
        }
        Help::UsageHeading => "Användning:",
        Help::OptionsPlaceholder => "[ALTERNATIV]",
        Help::CommandPlaceholder => "KOMMANDO",
        Help::OptionsHeading => "Alternativ",
        Help::ArgumentsHeading => "Argument",
        Help::CommandsHeading => "Kommandon",
        Help::ShowInstructions => "Visa denna hjälp",
        Help::ShowVersion => "Visa versionen",
        Help::MergeAbout => {
            "Sammanställ de returnerade svarsfilerna till utskottets arbetsbok (och JSON)."
        }
        Help::MergeExamples => {
            "Exempel:\n  koonti merge samples/siun-sote-2024\n  koonti merge svar-2025/ -o koonti-2025.xlsx --previous koonti-2024.xlsx\n  koonti merge svar/*.xlsx -o koonti-2024.xlsx\n  koonti merge svar/ --slides presentation.pptx\n  koonti merge svar/ --programme siun-sote-2023-2025 --json - | jq '.answers[0]'\n\nMappar läses med undermappar; Excels låsfiler (~$…) och dolda filer hoppas över.\nEn fil som inte kan läsas är en iakttagelse i utdata, och sammanställningen fortsätter.\n"
        }
        Help::CheckAbout => {
            "Kontrollera returnerade filer och lista per fil vad en enhet ska rätta."
        }
        Help::CheckExamples => {
            "Exempel:\n  koonti check svar/\n  koonti check \"svar/Hallintopalvelut.xlsx\" --programme siun-sote-2023-2025\n\nSkriver en rad per iakttagelse, grupperade per fil, med blad och cell.\nSlutstatus 1 om någon iakttagelse är ett fel (en fil eller tabell som inte kunde läsas).\n"
        }
        Help::TemplateAbout => {
            "Skriv svarsblanketter (en per väntad enhet och en tom) för enheterna att fylla i."
        }
        Help::TemplateExamples => {
            "Exempel:\n  koonti template --programme siun-sote-2023-2025 --period 2025\n  koonti template --programme keusote-2020-2025 --period 2025 --lang sv -o blanketter/\n\nSkriver \"<program> <period> <enhet>.xlsx\" för varje enhet i programmet och\nen blankett med tomt enhetsfält för andra. Endast svarscellerna kan redigeras\n(skyddet har inget lösenord); koonti merge läser de returnerade filerna exakt.\n"
        }
        Help::AppendixAbout => {
            "Gör bilagan till strategiutvärderingen (xlsx och HTML) av svar, en JSON-rapport eller en sammanställning."
        }
        Help::AppendixExamples => {
            "Exempel:\n  koonti appendix svar/ -o bilaga.xlsx --html bilaga.html\n  koonti appendix koonti-2024.xlsx --html bilaga.html\n  koonti appendix koonti-2024.json --programme siun-sote-2023-2025\n\nINDATA är svarsfiler och mappar (de sammanställs först), en JSON-rapport\nfrån `koonti merge --json` eller en arbetsbok från `koonti merge` (den\nbehåller rapporten på ett dolt blad).\n"
        }
        Help::Inputs => "Svarsfiler eller mappar (.xlsx .xlsm .xls .xlsb .ods).",
        Help::AppendixInputs => {
            "Svarsfiler eller mappar, eller en rapport (.json) eller sammanställning."
        }
        Help::MergeOutput => {
            "Arbetsboken som skrivs (.xlsx) eller JSON-rapporten (.json) [standard: koonti.xlsx]."
        }
        Help::Json => "Skriv också rapporten som JSON till FIL (\"-\" för standard ut).",
        Help::Programme => {
            "Programdefinition: ett programblad (.xlsx), en TOML-fil eller ett medföljande programs id (standard: avgörs av åtgärdstexterna eller det som sparats med en rapport)."
        }
        Help::TemplateProgramme => {
            "Programdefinition: ett programblad (.xlsx), en TOML-fil eller ett medföljande programs id."
        }
        Help::Period => "Rapporteringsperioden i utdata (standard: läses ur filerna).",
        Help::TemplatePeriod => "Rapporteringsperioden i rubriken och filnamnen, t.ex. 2025.",
        Help::Lang => {
            "Språket för rubriker och meddelanden: fi, sv eller en [standard: fi eller KOONTI_LANG]."
        }
        Help::Quiet => "Utelämna iakttagelser av nivån info.",
        Help::Deadline => "Sista returdag i anvisningarna, som den skrivs (t.ex. 31.1.2026).",
        Help::Contact => "Vem man frågar och vart man returnerar, i anvisningarna.",
        Help::TemplateOutput => {
            "Mappen som blanketterna skrivs i, skapas vid behov [standard: lomakkeet]."
        }
        Help::AppendixOutput => {
            "Bilagan som skrivs: en arbetsbok (.xlsx) eller en HTML-sida (.html) [standard: liite.xlsx]."
        }
        Help::Html => "Skriv också bilagan som en fristående HTML-sida.",
        Help::Previous => {
            "En rapport från en tidigare period (sammanställd arbetsbok eller JSON) att följa upp från; kan ges flera gånger. Lägger till bladet Utveckling och JSON-historiken."
        }
        Help::Slides => "Skriv också utskottets presentation (.pptx, 16:9).",
        Help::SlidesTheme => {
            "Välfärdsområdets egen PowerPoint-mall (.pptx/.potx) vars tema (typsnitt och färger) presentationen får."
        }
    }
}

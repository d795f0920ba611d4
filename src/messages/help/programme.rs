//! `koonti programme` and its subcommands' help in fi, sv and en: the about
//! lines, the examples and the arguments. Kept apart from the tables of the
//! other commands because the subcommands nest (`programme check`), and
//! named by their path ("programme check").
use super::Lang;

/// The about line and the examples (if any) of the subcommand at `path`.
pub(super) fn subcommand(path: &str, lang: Lang) -> Option<(&'static str, Option<&'static str>)> {
    let pick = |fi, sv, en| lang.pick(fi, sv, en);
    Some(match path {
        "programme" => (
            pick(
                "Alueen oma ohjelma: tyhjä ohjelmataulukko tai lomakkeesta johdettu, tarkistus, luettelo, näyttö.",
                "Områdets eget program: ett tomt programblad eller ett som härletts ur en blankett, kontroll, lista, visning.",
                "A county's own programme: a blank spreadsheet or one derived from a form, check, list, show.",
            ),
            Some(pick(
                "Esimerkkejä:\n  koonti programme new -o ohjelma.xlsx\n  koonti programme new --from lomake.xlsx -o ohjelma.toml\n  koonti programme check ohjelma.xlsx\n  koonti programme list\n  koonti programme show siun-sote-2023-2025 --xlsx -o siun-ohjelma.xlsx\n\nOhjelma on TOML-tiedosto tai alueen oma ohjelmataulukko (taulukko, jossa on\nToimenpide-sarake; ks. docs/ohjelma.md). Anna kumpi tahansa valinnalla --programme\nkomennoille merge, check, template ja appendix.\n",
                "Exempel:\n  koonti programme new -o program.xlsx --lang sv\n  koonti programme new --from blankett.xlsx -o program.toml\n  koonti programme check program.xlsx --lang sv\n  koonti programme list --lang sv\n  koonti programme show keusote-2020-2025 --xlsx -o keusote.xlsx\n\nEtt program är en TOML-fil eller områdets eget programblad (en tabell med en\nÅtgärd-kolumn; se docs/ohjelma.md). Ange vilken som helst med --programme till\nmerge, check, template och appendix.\n",
                "Examples:\n  koonti programme new -o programme.xlsx --lang en\n  koonti programme new --from form.xlsx -o programme.toml\n  koonti programme check programme.xlsx --lang en\n  koonti programme list --lang en\n  koonti programme show siun-sote-2023-2025 --xlsx -o siun-programme.xlsx\n\nA programme is a TOML file or the spreadsheet a county keeps (a table with a\nMeasure column; see docs/ohjelma.md). Give either with --programme to merge,\ncheck, template and appendix.\n",
            )),
        ),
        "programme new" => (
            pick(
                "Kirjoita täytettävä tyhjä ohjelmataulukko (.xlsx) tai TOML, tai vastauslomakkeesta johdettu (--from).",
                "Skriv ett tomt programblad (.xlsx) eller en TOML att fylla i, eller ett som härletts ur en svarsblankett (--from).",
                "Write a blank programme spreadsheet (.xlsx) or TOML to fill in, or one derived from a response form (--from).",
            ),
            Some(pick(
                "Esimerkkejä:\n  koonti programme new -o ohjelma.xlsx\n  koonti programme new -o ohjelma.toml\n  koonti programme new --from \"vanha lomake.xlsx\" -o ohjelma.xlsx\n\nIlman valintaa --from: tyhjä taulukko (tai TOML) esimerkkirivein ja ohjein, valitulla\nkielellä (--lang). Valinnalla --from: lomakkeen tai yhden palautetun vastauksen otsikot,\ntoimenpiderivit, vastaussarakkeet ja nimikkeet sekä luettelo siitä, mitä arvattiin.\n",
                "Exempel:\n  koonti programme new -o program.xlsx --lang sv\n  koonti programme new -o program.toml --lang sv\n  koonti programme new --from \"gammal blankett.xlsx\" -o program.xlsx --lang sv\n\nUtan --from: ett tomt programblad (eller TOML) med exempelrader och anvisningar på\nvalt språk (--lang). Med --from: rubrikerna, åtgärdsraderna, svarskolumnerna och\nbenämningarna i en blankett eller ett returnerat svar, och en lista över det som gissades.\n",
                "Examples:\n  koonti programme new -o programme.xlsx --lang en\n  koonti programme new -o programme.toml --lang en\n  koonti programme new --from \"old form.xlsx\" -o programme.xlsx --lang en\n\nWithout --from: a blank spreadsheet (or TOML) with an example row and instructions,\nin the language chosen (--lang). With --from: the headings, measure rows, answer\ncolumns and labels of a response form or one returned response, and a list of what\nwas guessed.\n",
            )),
        ),
        "programme check" => (
            pick(
                "Tarkista ohjelman määrittely (TOML tai taulukko): jokainen ongelma rivillään tai solussaan korjausohjeineen, ja mitä arvattiin.",
                "Kontrollera en programdefinition (TOML eller programblad): varje problem på sin rad eller i sin cell med hur det rättas, och vad som gissades.",
                "Check a definition (TOML or spreadsheet): every problem on its line or cell, with the fix, and what was guessed.",
            ),
            Some(pick(
                "Esimerkkejä:\n  koonti programme check ohjelma.toml\n  koonti programme check ohjelma.xlsx\n\nPaluuarvo 1, kun määrittelyssä on korjattavaa.\n",
                "Exempel:\n  koonti programme check program.toml --lang sv\n  koonti programme check program.xlsx --lang sv\n\nSlutstatus 1 när definitionen har problem.\n",
                "Examples:\n  koonti programme check programme.toml --lang en\n  koonti programme check programme.xlsx --lang en\n\nExits 1 when the definition has problems.\n",
            )),
        ),
        "programme list" => (
            pick(
                "Luettele koontiin sisältyvät ohjelmat.",
                "Lista de program som följer med koonti.",
                "List the bundled programmes.",
            ),
            None,
        ),
        "programme show" => (
            pick(
                "Tulosta ohjelma TOML-muodossa (tai kirjoita se taulukoksi valinnalla --xlsx).",
                "Skriv ut ett program som TOML (eller skriv det som programblad med --xlsx).",
                "Print a programme as TOML (or write it as a spreadsheet with --xlsx).",
            ),
            Some(pick(
                "Esimerkkejä:\n  koonti programme show siun-sote-2023-2025 > oma.toml\n  koonti programme show keusote-2020-2025 --xlsx -o keusote.xlsx\n  koonti programme show ohjelma.xlsx\n",
                "Exempel:\n  koonti programme show siun-sote-2023-2025 > eget.toml\n  koonti programme show keusote-2020-2025 --xlsx -o keusote.xlsx --lang sv\n  koonti programme show program.xlsx\n",
                "Examples:\n  koonti programme show siun-sote-2023-2025 > own.toml\n  koonti programme show keusote-2020-2025 --xlsx -o keusote.xlsx --lang en\n  koonti programme show programme.xlsx\n",
            )),
        ),
        "compare" => (
            compare_about(lang),
            Some(pick(
                "Esimerkkejä:\n  koonti compare koonti-2024.xlsx koonti-2025.xlsx -o kehitys.xlsx\n  koonti compare koonti-2023.json koonti-2024.json vastaukset-2025/ --json kehitys.json\n  koonti compare Q1.xlsx Q2.xlsx Q3.xlsx Q4.xlsx -o kehitys-2025.xlsx\n\nJokainen SYÖTE on yksi kausi: koonti merge -komennon koostetyökirja (sen piilotettu\nraportti luetaan Vastaukset-välilehdellä tehtyine korjauksineen), JSON-raportti tai\nvastauskansio (koostetaan ensin; yksitellen annetut vastaustiedostot koostetaan\nyhdessä, ja usean kauden tiedostot kausi kerrallaan). Kaudet järjestetään vanhimmasta\nalkaen raporttien omien kausien mukaan, annetusta järjestyksestä riippumatta; kaksi\nsaman kauden syötettä tai syöte, jonka kausi ei selviä, hylätään. Työkirja on\nuusimman kauden koostetyökirja Kehitys-välilehdellä, ja sen voi antaa taas syötteeksi\n(se tuo mukanaan aiempien kausien historian).\n",
                "Exempel:\n  koonti compare koonti-2024.xlsx koonti-2025.xlsx -o utveckling.xlsx --lang sv\n  koonti compare koonti-2023.json koonti-2024.json svar-2025/ --json utveckling.json --lang sv\n  koonti compare Q1.xlsx Q2.xlsx Q3.xlsx Q4.xlsx -o utveckling-2025.xlsx --lang sv\n\nVarje INDATA är en period: en sammanställning av koonti merge (dess dolda rapport\nläses, med rättelser gjorda på fliken Svar), en JSON-rapport eller en mapp med svar\n(sammanställs först; svarsfiler som anges en och en sammanställs tillsammans, och\nfiler från flera perioder en period i taget). Perioderna ordnas från den äldsta efter\nrapporternas egna perioder, oavsett ordningen de anges i; två indata för samma period,\neller en vars period inte kan avgöras, avvisas. Arbetsboken är den senaste periodens\nsammanställning med fliken Utveckling, och kan själv anges som indata igen (med\nhistoriken för de tidigare perioderna).\n",
                "Examples:\n  koonti compare koonti-2024.xlsx koonti-2025.xlsx -o follow-up.xlsx --lang en\n  koonti compare koonti-2023.json koonti-2024.json responses-2025/ --json follow-up.json --lang en\n  koonti compare Q1.xlsx Q2.xlsx Q3.xlsx Q4.xlsx -o follow-up-2025.xlsx --lang en\n\nEach INPUT is one period: a committee workbook of koonti merge (its hidden report\nis read, with corrections made on the answers sheet), a JSON report, or a folder of\nresponses (merged first; response files given one by one are merged together, and\nfiles of several periods are merged once per period). Periods are ordered oldest\nfirst by the reports' own periods, whatever the order given; two inputs of one\nperiod, or one whose period cannot be told, are refused. The workbook is the newest\nperiod's committee workbook with a follow-up sheet, and can itself be an input again\n(bringing the earlier periods of its history).\n",
            )),
        ),
        _ => return None,
    })
}

/// The help of argument `id` of the subcommand at `path`.
pub(super) fn argument(path: &str, id: &str, lang: Lang) -> Option<&'static str> {
    let pick = |fi, sv, en| Some(lang.pick(fi, sv, en));
    match (path, id) {
        ("programme new", "from") => pick(
            "Johda määrittely olemassa olevasta vastauslomakkeesta tai yhdestä palautetusta vastauksesta.",
            "Härled definitionen ur en befintlig svarsblankett eller ett returnerat svar.",
            "Derive the definition from an existing response form or one returned response.",
        ),
        ("programme new", "output") => pick(
            "Kirjoitettava tiedosto: .xlsx (taulukko) tai .toml [oletus: ohjelma.xlsx].",
            "Filen som skrivs: .xlsx (programblad) eller .toml [standard: ohjelma.xlsx].",
            "The file to write: .xlsx (spreadsheet) or .toml [default: ohjelma.xlsx].",
        ),
        ("programme check", "file") => pick(
            "Määrittelytiedosto (TOML tai taulukko).",
            "Definitionsfilen (TOML eller programblad).",
            "The definition file (TOML or spreadsheet).",
        ),
        ("programme show", "programme") => pick(
            "Mukana tulevan ohjelman tunnus tai määrittelytiedosto.",
            "Ett medföljande programs id eller en definitionsfil.",
            "A bundled id or a definition file.",
        ),
        ("programme show", "xlsx") => pick(
            "Kirjoita taulukko TOML-tulostuksen sijaan.",
            "Skriv programbladet i stället för att skriva ut TOML.",
            "Write the spreadsheet form instead of printing TOML.",
        ),
        ("programme show", "output") => pick(
            "Mihin --xlsx kirjoittaa [oletus: <tunnus>.xlsx].",
            "Vart --xlsx skriver [standard: <id>.xlsx].",
            "Where --xlsx writes [default: <id>.xlsx].",
        ),
        ("compare", "inputs") => pick(
            "Yksi raportti kautta kohden: koostetyökirjoja, JSON-raportteja, vastauskansioita tai -tiedostoja.",
            "En rapport per period: sammanställningar, JSON-rapporter, mappar eller filer med svar.",
            "One report per period: consolidated workbooks, JSON reports, folders or files of responses.",
        ),
        ("compare", "output") => pick(
            "Kirjoitettava seurantatyökirja (.xlsx) tai JSON-raportti historioineen (.json) [oletus: kehitys.xlsx].",
            "Uppföljningsboken som skrivs (.xlsx), eller JSON-rapporten med dess historik (.json) [standard: kehitys.xlsx].",
            "The follow-up workbook to write (.xlsx), or the JSON report with its history (.json) [default: kehitys.xlsx].",
        ),
        ("compare", "json") => pick(
            "Kirjoita raportti historioineen myös JSON-muodossa tiedostoon (\"-\": vakiotulosteeseen).",
            "Skriv också rapporten med dess historik som JSON till FIL (\"-\" för standard ut).",
            "Also write the report with its history as JSON to FILE (\"-\" for standard output).",
        ),
        ("compare", "programme") => pick(
            "Ohjelman määrittely vastauskansioille ja JSON-raporteille: TOML-tiedosto tai mukana tulevan ohjelman tunnus (oletus: päätellään, tai raportin mukana tallennettu).",
            "Programdefinition för mappar med svar och JSON-rapporter: en TOML-fil eller ett medföljande programs id (standard: avgörs, eller det som sparats med en rapport).",
            "Programme definition for folders of responses and JSON reports: a TOML file or a bundled id (default: detected, or the one stored with a report).",
        ),
        _ => None,
    }
}

/// The main help's line for `koonti compare` (its own help is the
/// command's).
pub(super) fn compare_about(lang: Lang) -> &'static str {
    lang.pick(
        "Seuraa useamman vuoden tai neljänneksen koosteita: mikä on muuttunut edellisestä.",
        "Följ rapporterna för flera år eller kvartal: vad som har ändrats sedan förra gången.",
        "Follow the reports of several years or quarters: what moved since last time.",
    )
}

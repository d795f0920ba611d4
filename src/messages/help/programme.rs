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

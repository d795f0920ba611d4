//! Finnish help texts (the default language).
use super::Help;

/// `help` in Finnish.
pub(super) fn text(help: Help) -> &'static str {
    match help {
        Help::About => {
            "koonti yhdistää yksiköiden palauttamat osallisuusohjelman Excel-vastaukset\nyhdeksi koonniksi osallisuusvaliokunnalle."
        }
        Help::Examples => {
            "Esimerkkejä:\n  koonti \"Vastaukset 2025\"      (kuin kansio vedettäisiin koonti.exe:n päälle: kirjoittaa\n                                 \"Vastaukset 2025 - koonti.xlsx\" ja \"... - liite.html\" kansion viereen)\n  koonti merge vastaukset/\n  koonti merge vastaukset/ -o koonti-2024.xlsx --json koonti-2024.json\n  koonti template --programme siun-sote-2023-2025 --period 2025 -o lomakkeet/\n  koonti appendix koonti-2024.xlsx --html liite.html\n\nKieli: --lang fi|sv|en tai ympäristömuuttuja KOONTI_LANG (oletus fi).\nPaluuarvo: 0, kun tuloste kirjoitettiin (yksittäisten tiedostojen ongelmat ovat siinä havaintoina),\n1, kun mitään ei voitu kirjoittaa, 2 virheellisillä argumenteilla.\n"
        }
        Help::UsageHeading => "Käyttö:",
        Help::OptionsPlaceholder => "[VALINNAT]",
        Help::CommandPlaceholder => "KOMENTO",
        Help::OptionsHeading => "Valinnat",
        Help::ArgumentsHeading => "Argumentit",
        Help::CommandsHeading => "Komennot",
        Help::ShowInstructions => "Näytä nämä ohjeet",
        Help::ShowVersion => "Näytä versio",
        Help::MergeAbout => {
            "Yhdistä palautetut vastaustiedostot valiokunnan koostetyökirjaksi (ja JSONiksi)."
        }
        Help::MergeExamples => {
            "Esimerkkejä:\n  koonti merge samples/siun-sote-2024\n  koonti merge vastaukset-2025/ -o koonti-2025.xlsx --previous koonti-2024.xlsx\n  koonti merge vastaukset/*.xlsx -o koonti-2024.xlsx\n  koonti merge vastaukset/ --slides esitys.pptx\n  koonti merge vastaukset/ --programme siun-sote-2023-2025 --json - | jq '.answers[0]'\n\nKansiot luetaan alikansioineen; Excelin lukitustiedostot (~$…) ja piilotiedostot ohitetaan.\nTiedosto, jota ei voi lukea, on havainto tulosteessa, ja koonti jatkuu.\n"
        }
        Help::CheckAbout => {
            "Tarkista palautetut tiedostot ja listaa tiedostoittain, mitä yksikön pitää korjata."
        }
        Help::CheckExamples => {
            "Esimerkkejä:\n  koonti check vastaukset/\n  koonti check \"vastaukset/Hallintopalvelut.xlsx\" --programme siun-sote-2023-2025\n\nTulostaa havainnot tiedostoittain, kukin omalla rivillään välilehden ja solun kanssa.\nPaluuarvo on 1, jos jokin havainto on virhe (tiedostoa tai taulukkoa ei voitu lukea).\n"
        }
        Help::TemplateAbout => {
            "Kirjoita vastauslomakkeet (yksi kullekin odotetulle yksikölle ja tyhjä muille) täytettäviksi."
        }
        Help::TemplateExamples => {
            "Esimerkkejä:\n  koonti template --programme siun-sote-2023-2025 --period 2025\n  koonti template --programme siun-sote-2023-2025 --period 2025 --deadline 31.1.2026 --contact osallisuus@siunsote.fi -o lomakkeet/\n  koonti template --programme keusote-2020-2025 --period 2025 --lang sv -o blanketter/\n\nKirjoittaa ohjelman jokaiselle yksikölle tiedoston \"<ohjelma> <kausi> <yksikkö>.xlsx\" ja\nmuille tiedoston \"<ohjelma> <kausi> muu yksikkö.xlsx\", jonka yksikkökenttä on tyhjä.\nVain vastaussoluja voi muokata (suojauksessa ei ole salasanaa); koonti merge lukee\npalautetut tiedostot tarkasti, myös kun toimenpidetekstejä on muokattu tai rivejä siirretty.\n"
        }
        Help::AppendixAbout => {
            "Tee strategian arvioinnin liite (xlsx ja HTML) vastauksista, JSON-raportista tai koostetyökirjasta."
        }
        Help::AppendixExamples => {
            "Esimerkkejä:\n  koonti appendix vastaukset/ -o liite.xlsx --html liite.html\n  koonti appendix koonti-2024.xlsx --html liite.html\n  koonti appendix koonti-2024.json --programme siun-sote-2023-2025\n\nSYÖTE on joko vastaustiedostoja ja -kansioita (ne yhdistetään ensin), yksi\nkomennon `koonti merge --json` JSON-raportti tai yksi komennon `koonti merge`\nkoostetyökirja (se säilyttää raportin piilotetulla välilehdellä).\n"
        }
        Help::Inputs => "Vastaustiedostot tai -kansiot (.xlsx .xlsm .xls .xlsb .ods).",
        Help::AppendixInputs => {
            "Vastaustiedostot tai -kansiot, tai yksi raportti (.json) tai koostetyökirja."
        }
        Help::MergeOutput => {
            "Kirjoitettava koostetyökirja (.xlsx) tai JSON-raportti (.json) [oletus: koonti.xlsx]."
        }
        Help::Json => "Kirjoita raportti myös JSON-muodossa tiedostoon (\"-\": vakiotulosteeseen).",
        Help::Programme => {
            "Ohjelman määrittely: ohjelmataulukko (.xlsx), TOML-tiedosto tai mukana tulevan ohjelman tunnus (oletus: päätellään toimenpideteksteistä tai raportin mukana tallennetusta)."
        }
        Help::TemplateProgramme => {
            "Ohjelman määrittely: ohjelmataulukko (.xlsx), TOML-tiedosto tai mukana tulevan ohjelman tunnus."
        }
        Help::Period => "Raportointikausi tulosteissa (oletus: luetaan tiedostoista).",
        Help::TemplatePeriod => "Raportointikausi otsikossa ja tiedostonimissä, esim. 2025.",
        Help::Lang => "Otsikoiden ja viestien kieli: fi, sv tai en [oletus: fi tai KOONTI_LANG].",
        Help::Quiet => "Jätä pois tieto-tason havainnot.",
        Help::Deadline => "Palautuspäivä ohjeissa sellaisenaan (esim. 31.1.2026).",
        Help::Contact => "Keneltä kysyä ja minne palauttaa, näytetään ohjeissa.",
        Help::TemplateOutput => {
            "Kansio, johon lomakkeet kirjoitetaan; luodaan tarvittaessa [oletus: lomakkeet]."
        }
        Help::AppendixOutput => {
            "Kirjoitettava liite: työkirja (.xlsx) tai HTML-sivu (.html) [oletus: liite.xlsx]."
        }
        Help::Html => "Kirjoita liite myös itsenäiseksi HTML-sivuksi.",
        Help::Previous => {
            "Edellisen kauden raportti (koostetyökirja tai JSON), johon verrataan; voi antaa monta. Lisää Kehitys-välilehden ja JSONin historian."
        }
        Help::Slides => "Kirjoita myös valiokunnan esitys (.pptx, 16:9).",
        Help::SlidesTheme => {
            "Hyvinvointialueen oma PowerPoint-pohja (.pptx/.potx), jonka teeman (fontit ja värit) esitys saa."
        }
    }
}

//! The six responses of seed 004: the participation committee's evaluation of
//! Siun sote's participation programme 2023–2025 (osallisuusvaliokunta
//! 27.5.2024 § 54, `shared/seeds/004_90997681f54a01e9.txt`), one workbook per
//! unit that answered.
//!
//! Measure texts, bullets and feedback are copied word for word from the seed
//! (typos included), with the PDF's line wraps joined. The seed's text dump
//! loses the column an "x" stood in; the mark-column choices here follow the
//! rules recorded in docs/samples.md ("x x" → both, an "x" whose text says
//! the measure is done → implemented, an "x" with a "not done / under way /
//! someone else's task" text or with no text at all → not implemented, text
//! without an "x" → no mark).

use crate::{Mark, SampleAction, SampleResponse, SampleRow};

const HEADING_1: &str = "Toimenpide 1: Viestimme selkeästi ja monikanavaisesti";
const HEADING_2: &str = "Toimenpide 2: Luomme mahdollisuuksia osallistua ja vaikuttaa";
const HEADING_3: &str = "Toimenpide 3: Hyödynnämme asiakaspalautetta";
const HEADING_4: &str =
    "Toimenpide 4: Edistämme järjestöjen toimintaedellytyksiä ja vaikuttamismahdollisuuksia";

// The programme's measure texts (templates/siun-sote-2023-2025.toml); units
// whose table differs use their own literal instead.
const M1_1: &str = "Luomme osallisuuden verkkosivun ja painettavan oppaan, joilla teemme osallistumisen mahdollisuudet näkyväksi.";
const M1_2: &str = "Viestimme osallistumisen vaikutuksista.";
const M1_3: &str = "Asukkaita ja asiakkaita osallistetaan verkkosivujen uudistukseen.";
const M2_1: &str =
    "Hyödynnämme vaikuttamistoimielinten ja järjestöjen asiantuntijuutta asioiden valmistelussa.";
const M2_2: &str = "Järjestämme alueemme jokaisessa kunnassa asukastilaisuuden vähintään kerran vuodessa, toteutamme asukaskyselyitä ja hyödynnämme tietoa asioiden valmistelussa.";
const M2_3: &str = "Hyödynnämme monipuolisesti eri asiakasryhmiä, asiakasraateja ja kokemusasiantuntijoita palvelujen kehittämisessä erilaisia osallisuuden menetelmiä käyttäen.";
const M2_4: &str = "Pilotoimme Pol.is osallisuustyökalua.";
const M2_5: &str = "Huomioimme vaihtoehtoiset osallisuuden tavat, erityisesti lapset sekä muut kohderyhmät (ikäryhmät, erityistarpeet).";
const M3_1: &str = "Kehitämme palautteenanto menetelmiä eri kanavien kautta.";
const M3_2: &str =
    "Varmistamme asiakaspalautteiden käsittelyn, hyödyntämisen ja tiedotamme toimenpiteistä.";
const M4_1: &str = "Kehitämme yhdessä järjestöyhteistyötä ja järjestöjen toimintaedellytyksiä.";
const M4_2: &str =
    "Ohjaamme asiakkaita kolmannen sektorin toimintaan yhteistyössä järjestöjen kanssa.";
const M4_3: &str = "Kehitämme vapaaehtoistoimintaa soteympäristössä.";

// Variants some units' tables show.
const M1_1_NAKYVIKSI: &str = "Luomme osallisuuden verkkosivun ja painettavan oppaan, joilla teemme osallistumisen mahdollisuudet näkyviksi.";
const M3_1_NO_STOP: &str = "Kehitämme palautteenanto menetelmiä eri kanavien kautta";
const M4_1_NO_STOP: &str =
    "Kehitämme yhdessä järjestöyhteistyötä ja järjestöjen toimintaedellytyksiä";

// The "Vapaamuotoinen palaute / Vastanneiden huomioita" bullets.
const FEEDBACK_MICRO: &str = "• Osallisuusohjelmasta puuttuu kokonaan kuvaus mikrotason osallisuuden edistämisestä, sillä siinä keskitytään lähes kokonaan makrotason osallisuuden kuvaamiseen. Palvelujen käyttäjien osallisuus on merkittävää, sillä se lisää käyttäjien itsemääräämisoikeuden toteutumista, hoitoon sitoutumista ja lisäksi sen on katsottu lisäävän asiakastyytyväisyyttä ja parantavan hoidon laatua. Osallisuuden lisääminen yksilötasolla on kustannusvaikuttavaa (hoitoon sitoutuminen ja hoidon laadun paraneminen) ja yksilötason osallisuuden tulisi olla kaiken pohjana osallisuuden toteuttamisessa.";
const FEEDBACK_META: &str = "• Osallisuusohjelmassa ei ole myöskään kytkentää metatason osallisuuden toteuttamiseen (esim. koulutuksen ja tutkimuksen tasolle).";
const FEEDBACK_STRATEGY: &str = "• Olisi loogista, jos kaikki kehittämiseen liittyvät ohjelmat olisivat kiinteä osa strategista uudistusohjelmaa.";

/// A row whose text cell is the items as "• item" lines.
fn row(
    measure: &'static str,
    measure_text: &'static str,
    mark: Mark,
    items: &[&'static str],
) -> SampleRow {
    SampleRow {
        measure,
        measure_text,
        mark,
        items: items.to_vec(),
        typed: None,
    }
}

/// A row whose text cell was typed differently from the joined items.
fn typed_row(
    measure: &'static str,
    measure_text: &'static str,
    mark: Mark,
    items: &[&'static str],
    typed: &'static str,
) -> SampleRow {
    SampleRow {
        typed: Some(typed),
        ..row(measure, measure_text, mark, items)
    }
}

fn action(heading: &'static str, rows: Vec<SampleRow>) -> SampleAction {
    SampleAction { heading, rows }
}

/// The six responses, one per unit that answered, in the seed's order.
pub fn responses() -> Vec<SampleResponse> {
    vec![
        perhe_ja_sosiaalipalvelut(),
        osallisuustyoryhma(),
        ikaihmisten_palvelut(),
        hallintopalvelut(),
        pelastuslaitos(),
        terveys_ja_sairaanhoitopalvelut(),
    ]
}

fn perhe_ja_sosiaalipalvelut() -> SampleResponse {
    use Mark::*;
    SampleResponse {
        file_name: "Perhe- ja sosiaalipalvelut.xlsx",
        unit: "Perhe- ja sosiaalipalvelut",
        unit_cell: "Toimialue: Perhe- ja sosiaalipalvelut",
        actions: vec![
            action(
                HEADING_1,
                vec![
                    row(
                        "1.1",
                        M1_1_NAKYVIKSI,
                        NotImplemented,
                        &["Tämä toteuttaminen on viestinnän tehtävä."],
                    ),
                    row(
                        "1.2",
                        M1_2,
                        Implemented,
                        &["Vammaispalvelut tiedottavat asiakastyytyväisyyskyselyn tuloksista."],
                    ),
                    row("1.3", M1_3, None, &[]),
                ],
            ),
            action(
                HEADING_2,
                vec![
                    row(
                        "2.1",
                        M2_1,
                        Implemented,
                        &[
                            "Alueellisessa toimeentulotuen neuvottelukunnassa järjestötahot edustettuna.",
                            "Hyvinvointialueen vammaisneuvostossa toimiminen.",
                            "Lasten ja nuorten hyvinvointisuunnitelma on käynyt vaikuttamistoimielimissä kommentoinneilla ennen hyväksymistä.",
                        ],
                    ),
                    row("2.2", M2_2, NotImplemented, &[]),
                    row(
                        "2.3",
                        M2_3,
                        Implemented,
                        &[
                            "Kutyn (Kuntouttavan työtoiminnan maakunnallisen kehittämisen) hankkeessa tavoitteena asiakasraatien perustaminen ja kokemusasiantuntijoiden hyödyntäminen.",
                            "Vammaispalveluissa järjestetään 4 x vuosi kyselytunti kuntien vammaisneuvostoille. Asiakkaat osallistuvat palvelujen suunnitteluun ja kehittämiseen (kilpailutukset ja palvelusetelisääntökirja). Avustajakeskuksen toiminnan kehittäminen (työnantajamalli), säännölliset kokoontumiset. Henkilökohtaisen avun osalta tehdään yhteistyötä ESE-keskuksen/Honkalampi- säätiön kanssa.",
                            "Lastensuojelussa kokemusasiantuntijoita ja nuoria on osallistettu hankesuunnittelussa ja muussa kehittämisessä.",
                        ],
                    ),
                    row(
                        "2.4",
                        M2_4,
                        NotImplemented,
                        &[
                            "On kokeiltu työ/verkostokokouksissa, ryhmätyössä vastaavia teamsin työkalua Pollya yms.",
                            "Asiakkaille/kuntalaisille ei.",
                        ],
                    ),
                    row(
                        "2.5",
                        M2_5,
                        Implemented,
                        &[
                            "Työikäisten palveluissa yhteisösosiaalityön ja etsivänsosiaalityön kehittäminen asiakkaille joilla ei ole keinoja tai taitoja osallisuuteen.",
                            "Vammaispalveluissa NPS-kysely 10.6.2024 alkaa kaikkien palvelujen osalta.",
                        ],
                    ),
                ],
            ),
            action(
                HEADING_3,
                vec![
                    typed_row(
                        "3.1",
                        M3_1_NO_STOP,
                        Both,
                        &[
                            "Laatuportin asiakaspalaute on käytössä kaikissa toimialueen palveluissa.",
                            "Työikäisten palveluissa on suunnitteilla asiakaspalautteen sähköisen järjestelmän käyttöönotto.",
                            "Turvakodilla on THL:n asiakaspalaute/seuranta käytössä.",
                            "Lastensuojelussa on käytössä Roidu-asiakaspalautejärjestelmä, jonka avulla kerätään asiakkailta säännöllisesti palautetta. Näiden pohjalta koostetut raportit käsitellään työryhmissä.",
                            "Vammaispalvelut hyödyntävät asiakastyytyväisyyskyselyn tuloksia palvelun kehittämisessä.",
                        ],
                        "• Laatuportin asiakaspalaute on käytössä kaikissa toimialueen palveluissa.\n\
                         • Työikäisten palveluissa on suunnitteilla asiakaspalautteen sähköisen järjestelmän käyttöönotto.\n\
                         • Turvakodilla on THL:n asiakaspalaute/seuranta käytössä.\n\
                         • Lastensuojelussa on käytössä Roidu-\n\
                         asiakaspalautejärjestelmä, jonka avulla kerätään asiakkailta säännöllisesti palautetta. Näiden pohjalta koostetut raportit käsitellään työryhmissä.\n\
                         • Vammaispalvelut hyödyntävät asiakastyytyväisyyskyselyn tuloksia palvelun kehittämisessä.",
                    ),
                    row(
                        "3.2",
                        M3_2,
                        Implemented,
                        &[
                            "Laatuportin ilmoitukset käsitellään työkokouksissa ja tarvittaessa laajemmin esihlöpalavereissa, mikäli palaute koskee laajemmin palveluiden kehittämistarvetta kaikissa palveluissa.",
                            "Vammaispalvelut hyödyntävät Laatuportin ja asiakaskyselyjen tuloksia.",
                        ],
                    ),
                ],
            ),
            action(
                HEADING_4,
                vec![
                    row(
                        "4.1",
                        M4_1_NO_STOP,
                        Implemented,
                        &[
                            "Työikäisten palveluissa on laajaa kumppanuustoimintaa. Kuty-hankkeen tavoitteena on palveluntuottajien toimintaedellytysten kehittäminen.",
                            "Vammaispalvelut tekevät yhteistyötä Pohjois-Karjalan sosiaaliturvayhdistyksen kanssa asiakastyytyväisyyskyselyn osalta.",
                        ],
                    ),
                    row(
                        "4.2",
                        M4_2,
                        Implemented,
                        &["Työikäisten palveluissa kumppanuustoiminta on osa perustyötä"],
                    ),
                    row(
                        "4.3",
                        M4_3,
                        NotImplemented,
                        &[
                            "Työikäisten palveluissa on pienimuotoista lahjoitustavaroihin liittyvää toimintaa, mutta ei varsinaista vapaaehtoistoimintaa.",
                        ],
                    ),
                ],
            ),
        ],
        feedback: vec![],
    }
}

fn osallisuustyoryhma() -> SampleResponse {
    use Mark::*;
    SampleResponse {
        file_name: "Osallisuustyöryhmä.xlsx",
        unit: "Osallisuustyöryhmä",
        unit_cell: "Työryhmä: Osallisuustyöryhmä",
        actions: vec![
            action(
                HEADING_1,
                vec![
                    row(
                        "1.1",
                        M1_1,
                        Implemented,
                        &["Verkkosivuille on luotu Osallistu ja vaikuta -verkkosivusto."],
                    ),
                    row("1.2", M1_2, None, &[]),
                    row("1.3", M1_3, None, &[]),
                ],
            ),
            action(
                HEADING_2,
                vec![
                    row("2.1", M2_1, None, &[]),
                    row("2.2", M2_2, None, &[]),
                    row("2.3", M2_3, None, &[]),
                    row(
                        "2.4",
                        M2_4,
                        Implemented,
                        &[
                            "Olemme toteuttaneet Kohti vaikuttavaa asukasosallisuutta -hankkeessa neljä polis-keskustelua.",
                        ],
                    ),
                    row(
                        "2.5",
                        M2_5,
                        Implemented,
                        &[
                            "Uusi palautejärjestelmä hankittiin vuoden 2024 alussa ja käyttöönottoprojekti alkoi 3/2024. Ensimmäiset mittaamiset käynnistyvät 5/2024.",
                            "Huomioimme lasten palautteen antamisen mahdollisuutta sekä vammaisten asiakasryhmän palautelomakkeessa asiakasryhmien erityistarpeet.",
                        ],
                    ),
                ],
            ),
            action(
                HEADING_3,
                vec![
                    typed_row(
                        "3.1",
                        M3_1_NO_STOP,
                        Implemented,
                        &[
                            "Uusi palautejärjestelmä hankittiin vuoden 2024 alussa ja käyttöönottoprojekti alkoi 3/2024.",
                            "Ensimmäiset mittaamisen käynnistyvät 5/2024. Mittaamista tullaan toteuttamaan erilaisia kanavia hyödyntäen.",
                        ],
                        "•  Uusi palautejärjestelmä hankittiin vuoden 2024 alussa ja käyttöönottoprojekti alkoi 3/2024.\n\
                         • Ensimmäiset mittaamisen käynnistyvät 5/2024. Mittaamista tullaan toteuttamaan erilaisia kanavia hyödyntäen.",
                    ),
                    row(
                        "3.2",
                        M3_2,
                        Implemented,
                        &[
                            "Uusi palautejärjestelmä hankittiin vuoden 2024 alussa ja käyttöönottoprojekti alkoi 3/2024. Ensimmäiset mittaamisen käynnistyvät 5/2024.",
                            "Samalla kehitämme tiedon raportointia ja hyödyntämistä sekä levitämme tietoisuutta toimialueille asiakaskokemuksen johtamisen sekä mittaamiseen prosessikuvauksesta/toimintamallista.",
                        ],
                    ),
                ],
            ),
            action(
                HEADING_4,
                vec![
                    typed_row(
                        "4.1",
                        M4_1,
                        Implemented,
                        &[
                            "Järjestöjen toimintaedellytysten tukeminen avustuksilla. 200 000 € toiminta-avustuksia myönnettiin järjestöille ja kumppanuuksia 86 430 euroa.",
                            "Vuoden 2023 aikana kehitettiin järjestöjen kanssa tehtävän yhteistyön toimintamalleja ja rakenteita (esim. järjestöfoorumit, järjestöjen etä-kahvit, ilmiötyöpajat, tiivis yhteistyö JANEn ja järjestöjen kumppanuusryhmän kanssa) Järjestöt mukana alueellisissa kumppanuusryhmissä.",
                        ],
                        "• Järjestöjen toimintaedellytysten tukeminen avustuksilla. \n\
                         \n\
                         200 000 € toiminta-avustuksia myönnettiin järjestöille ja \n\
                         \n\
                         kumppanuuksia 86 430 euroa.\n\
                         • Vuoden 2023 aikana kehitettiin järjestöjen kanssa tehtävän \n\
                         \n\
                         yhteistyön toimintamalleja ja rakenteita (esim. \n\
                         \n\
                         järjestöfoorumit, järjestöjen etä-kahvit, ilmiötyöpajat, tiivis \n\
                         \n\
                         yhteistyö JANEn ja järjestöjen kumppanuusryhmän kanssa) \n\
                         \n\
                         Järjestöt mukana alueellisissa kumppanuusryhmissä.",
                    ),
                    row(
                        "4.2",
                        M4_2,
                        Implemented,
                        &[
                            "Asiakkaiden ohjaus kolmannen sektorin ja seurakuntien toimintaan vaihtelee toimialueittain. Osassa toimialueita asiakasohjaus on systemaattisempaa kuin toisessa. Esimerkiksi Syöpä- ja sydän puolella yhteistyö ja asiakasohjaus on tiivistä. Pohjois-Karjalan kriisikeskuksen asiakkaista noin 200 per vuosi tulee toimintaan Siun soten ohjauksen kautta.",
                        ],
                    ),
                    row(
                        "4.3",
                        M4_3,
                        Implemented,
                        &[
                            "OLKA Pohjois-Karjala aloittanut toiminnan keväällä 2024. OLKA on sairaalassa tapahtuvaa vapaaehtoistoimintaa, jota Pohjois-Karjalassa koordinoi Pohjois-Karjalan Sosiaaliturvayhdistys.",
                            "Ikäihmisten palvelualueella kehitetty vapaaehtois- ja järjestötoimintaa asumisyksiköiden ja kotihoidon asukkaille. Asumisyksiköihin ja kotihoitoon on kehitetty opas, mihin on kirjattu vapaaehtois- ja järjestötoiminnan pelisäännöt ko. toimintaympäristöissä.",
                            "YTY-toiminta Mielenterveys- ja päihdepalveluissa.",
                        ],
                    ),
                ],
            ),
        ],
        feedback: vec![],
    }
}

fn ikaihmisten_palvelut() -> SampleResponse {
    use Mark::*;
    SampleResponse {
        file_name: "Ikäihmisten palvelut.xlsx",
        unit: "Ikäihmisten palvelut",
        unit_cell: "Toimialue: Ikäihmisten palvelut",
        actions: vec![
            action(
                HEADING_1,
                vec![
                    row("1.1", M1_1, None, &[]),
                    typed_row(
                        "1.2",
                        M1_2,
                        Implemented,
                        &[
                            "Ikääntyneiden toimintakyvyn edistämisen suunnitelman laatimisen yhteydessä järjestetyn sähköisen asukaskyselyn tuloksista uutisoitiin.",
                            "Ikätoimialueelta on viestitty mediatiedottein ja someviestein ajankohtaisia asioita asiakkaille (mm. uusien toimintamallien käyttöönotto esim. kh teknologia/yöaikainen kh pela-yhteistyönä), tukena viestinnästä viestintäyksikkö.",
                            "Nettivisuilla osallisuus näkyy palautteenantomahdollisuuksin. Toimialueet ylittävissä mediatiedotteissa on kerrottu asiakkaille millaisia vaikutuksia palautteenannosta seuraa, miksi se kannattaa.",
                            "Nettisivuilta vapaasti löydettävissä olevat hoito- ja palveluketjut. TulKoti- hankkeen avulla työstettiin säännöllisen kh asiakkaan hoito- ja palveluketju+ säännöllisen kh muistiasiakkaan hoito- ja palveluketjut. Näiden avulla mm. selkeytetään ja sanoitetaan asiakkaille (ja ammattilaisille) ko. palveluprosessit jakamalla tietoa.",
                            "Omaishoitajille lähetetään säännöllisesti uutiskirje, joka löytyy nettisivuilta, sen voi tilata itselleen vapaasti.",
                            "Kuntien ja hyvinvointialueen vanhusneuvostojen kanssa tehdään tiivistä yhteistyötä ja sitä kautta lisätään osallisuutta ja tiedon jakamista.",
                        ],
                        "• Ikääntyneiden toimintakyvyn edistämisen suunnitelman\n\
                         laatimisen yhteydessä järjestetyn sähköisen asukaskyselyn\n\
                         tuloksista uutisoitiin.\n\
                         • Ikätoimialueelta on viestitty mediatiedottein ja someviestein\n\
                         ajankohtaisia asioita asiakkaille (mm. uusien toimintamallien\n\
                         käyttöönotto esim. kh teknologia/yöaikainen kh pela-\n\
                         yhteistyönä), tukena viestinnästä viestintäyksikkö.\n\
                         • Nettivisuilla osallisuus näkyy palautteenantomahdollisuuksin.\n\
                         Toimialueet ylittävissä mediatiedotteissa on kerrottu asiakkaille\n\
                         millaisia vaikutuksia palautteenannosta seuraa, miksi se\n\
                         kannattaa.\n\
                         • Nettisivuilta vapaasti löydettävissä olevat hoito- ja palveluketjut.\n\
                         TulKoti- hankkeen avulla työstettiin säännöllisen kh asiakkaan\n\
                         hoito- ja palveluketju+ säännöllisen kh muistiasiakkaan hoito- ja\n\
                         palveluketjut. Näiden avulla mm. selkeytetään ja sanoitetaan\n\
                         asiakkaille (ja ammattilaisille) ko. palveluprosessit jakamalla\n\
                         tietoa.\n\
                         • Omaishoitajille lähetetään säännöllisesti uutiskirje, joka löytyy\n\
                         nettisivuilta, sen voi tilata itselleen vapaasti.\n\
                         • Kuntien ja hyvinvointialueen vanhusneuvostojen kanssa tehdään\n\
                         tiivistä yhteistyötä ja sitä kautta lisätään osallisuutta ja tiedon\n\
                         jakamista.",
                    ),
                    row("1.3", M1_3, None, &[]),
                ],
            ),
            action(
                HEADING_2,
                vec![
                    row(
                        "2.1",
                        M2_1,
                        Implemented,
                        &[
                            "Ikääntyneiden toimintakyvyn edistämisen suunnitelman laatimisen yhteydessä järjestettiin sähköinen asukaskysely sekä eri yhteistyötahoja osallistettiin suunnitelman laatimiseen (työpaja), suunnitelmasta pyydettiin lausunnot myös vaikuttamistoimielimiltä (vammaisneuvosto, vanhusneuvosto)",
                        ],
                    ),
                    row(
                        "2.2",
                        M2_2,
                        Implemented,
                        &[
                            "Osallisuutta toteutettiin Hei ikäihminen, mitä siulle kuuluu matalan kynnyksen kohtaamisten teemapäivillä (Kitee, Polvijärvi, Juuka, Valtimo, Heinävesi, Tohmajärvi, Hammaslahti, Kiihtelysvaara, Rääkkylä, Tuupovaara), joissa kyseltiin muun muassa kohderyhmän kokemuksia ja palautetta sosiaali- ja terveyspalveluista (kooste tehty ja laitettu tiedoksi johdolle).",
                        ],
                    ),
                    row(
                        "2.3",
                        M2_3,
                        Implemented,
                        &[
                            "Tulsote-hankkeessa kehitettiin toimintamalleja kokemusasiantuntijoiden hyödyntämiselle toiminnassa ja kehittämiseen osallistettiin kokemusasiantuntijoita.",
                        ],
                    ),
                    row("2.4", M2_4, NotImplemented, &[]),
                    row(
                        "2.5",
                        M2_5,
                        Implemented,
                        &[
                            "Asiakkaiden osallistamista toteutettiin myös TulKoti- hankkeessa, mm. asiakaskyselyiden avulla. Ikäihmisiä autettiin tarvittaessa kyselyyn vastaamisessa. Tällä tavalla huomioitiin erityisryhmät.",
                        ],
                    ),
                ],
            ),
            action(
                HEADING_3,
                vec![
                    row(
                        "3.1",
                        M3_1,
                        Implemented,
                        &[
                            "Kehittämistoiminnasta ja piloteista kerättiin palautetta hyödynnettäväksi edelleen kehittämistoiminnassa.",
                            "TulKoti- hankkeessa kerättyjä asiakaspalautteita huomioitiin mm. hanketuella kehitettyjen toimintamallien arvioinnissa ja raportoinnissa.",
                            "Teemapäiviltä saatu hyvä asiakaspalaute siivitti toiminnan jatkamista myös tulevaisuudessa.",
                        ],
                    ),
                    row(
                        "3.2",
                        M3_2,
                        Implemented,
                        &[
                            "Ikääntyneiden toimialueella on kerätty asiakaspalautetta kattavasti Roidun avulla sekä tekstiviestikyselyllä.",
                            "Omaishoitajille on tehty kyselyä.",
                            "Osallistumme hoiverken asiakaskyselyihin.",
                            "Osallistumme kahden vuoden välein THL:n kyselyyn.",
                        ],
                    ),
                ],
            ),
            action(
                HEADING_4,
                vec![
                    row(
                        "4.1",
                        M4_1,
                        Implemented,
                        &[
                            "Tulsote hankkeessa laadittiin järjestö- ja vapaaehtoistoiminnan opas asumispalveluihin, joka päivitettiin Tulkoti-hankeen toimesta myös kotihoitoon",
                            "Kuntien ja hva:n vanhusneuvostojen kanssa tehdään tiivistä yhteistyötä ja sitä kautta lisätään osallisuutta ja tiedon jakamista.",
                            "Ikääntyneiden palvelut käyvät ja osallistuvat aktiivisesti eri järjestöjen tapahtumiin ja tilaisuuksiin.",
                        ],
                    ),
                    row("4.2", M4_2, None, &[]),
                    row("4.3", M4_3, None, &[]),
                ],
            ),
        ],
        feedback: vec![],
    }
}

fn hallintopalvelut() -> SampleResponse {
    use Mark::*;
    SampleResponse {
        file_name: "Hallintopalvelut.xlsx",
        unit: "Hallintopalvelut",
        unit_cell: "Toimialue: Hallintopalvelut",
        actions: vec![
            action(
                HEADING_1,
                vec![
                    row(
                        "1.1",
                        M1_1,
                        Both,
                        &[
                            "Osallistu ja vaikuta-verkkosivut",
                            "Painetun oppaan valmistelun koordinointi ja sisältö on tekemättä. Kumppanuuspäällikön sijainen selvittää asiaa tarkemmin.",
                        ],
                    ),
                    row(
                        "1.2",
                        M1_2,
                        Implemented,
                        &[
                            "Tekniset valmiudet olemassa, sisällön ja syötteiden tultava toimialueilta, viestinnän yleisten periaatteiden mukaista toimintaa.",
                        ],
                    ),
                    row(
                        "1.3",
                        M1_3,
                        Implemented,
                        &["Käyttäjäkysely on tehty, toimenpiteitä jatketaan 2024 aikana."],
                    ),
                ],
            ),
            action(
                HEADING_2,
                vec![
                    row(
                        "2.1",
                        M2_1,
                        Implemented,
                        &["Kyllä, huomioitu muun muassa EVA:n rakenteessa."],
                    ),
                    row(
                        "2.2",
                        M2_2,
                        Implemented,
                        &["Toteutunut, vuonna 2024 elo-syyskuussa."],
                    ),
                    row(
                        "2.3",
                        M2_3,
                        Implemented,
                        &[
                            "Toteutuu, muun muassa Kohti vaikuttavaa asukasosallisuutta-hankkeen ja kumppanuusryhmien kautta.",
                        ],
                    ),
                    row(
                        "2.4",
                        M2_4,
                        Implemented,
                        &[
                            "Ollut käytössä, muun muassa edellä mainitussa hankkeessa; kiusaaminen, nepsy, perheiden tuki, yksinäisyyden ehkäiseminen.",
                        ],
                    ),
                    row(
                        "2.5",
                        M2_5,
                        Implemented,
                        &[
                            "Verkkosivujen uudistamisessa osallistettu asukkaita (digipalvelualusta), vaikuttamistoimielinten vaikutuspiirissä olevat asukasryhmät mukana.",
                        ],
                    ),
                ],
            ),
            action(
                HEADING_3,
                vec![
                    row(
                        "3.1",
                        M3_1,
                        Implemented,
                        &[
                            "Toteutettu monipuolisesti, muun muassa Pol.is, tekstiviestit, fyysiset laitteet palvelupisteissä, asukaskyselyt, avustettu palautteen anto.",
                        ],
                    ),
                    row(
                        "3.2",
                        M3_2,
                        NotImplemented,
                        &[
                            "Asiakaspalautteen huomioiminen ja hyödyntäminen osana hyvinvointialueen omavalvonnan toteutumisen raportointia on työn alla.",
                        ],
                    ),
                ],
            ),
            action(
                HEADING_4,
                vec![
                    row(
                        "4.1",
                        M4_1,
                        Implemented,
                        &[
                            "Hyvinvointialue on muun muassa myöntänyt järjestö- ja kumppanuusavustuksia, jälkimmäisiin liittyy kumppanuussopimus.",
                        ],
                    ),
                    row(
                        "4.2",
                        M4_2,
                        NotImplemented,
                        &[
                            "Hyte-palvelutarjotin työn alla, johon tulossa myös järjestöjen palveluja; verkkosivujen uudistuksen yhteydessä.",
                        ],
                    ),
                    row(
                        "4.3",
                        M4_3,
                        Implemented,
                        &[
                            "Esimerkiksi OLKA-toiminta alkanut hyvinvointialueen tiloissa, järjestöavustusten aktivoimana yhteistyötä kehitetään.",
                        ],
                    ),
                ],
            ),
        ],
        feedback: vec![FEEDBACK_STRATEGY],
    }
}

fn pelastuslaitos() -> SampleResponse {
    use Mark::*;
    const VIESTINTA: &str =
        "Pelastuslaitos suorittaa toimenpidettä osana hyvinvointialueen viestintää.";
    SampleResponse {
        file_name: "Pelastuslaitos.xlsx",
        unit: "Pelastuslaitos",
        unit_cell: "Toimialue: Pelastuslaitos",
        actions: vec![
            action(
                HEADING_1,
                vec![
                    row("1.1", M1_1, Implemented, &[VIESTINTA]),
                    row("1.2", M1_2, Implemented, &[VIESTINTA]),
                    row("1.3", M1_3, Implemented, &[VIESTINTA]),
                ],
            ),
            action(
                HEADING_2,
                vec![
                    row(
                        "2.1",
                        M2_1,
                        Implemented,
                        &[
                            "Kyllä, muun muassa Turvallisuuden ja varautumisen lautakunnan asioiden valmistelussa.",
                        ],
                    ),
                    row(
                        "2.2",
                        M2_2,
                        None,
                        &[
                            "Pelastuslaitos ja turvallisuuspalvelut osallistuvat tarvittaessa hyvinvointialueen järjestämiin asukastilaisuuksiin ja kyselyihin.",
                        ],
                    ),
                    row("2.3", M2_3, NotImplemented, &[]),
                    row("2.4", M2_4, NotImplemented, &[]),
                    row(
                        "2.5",
                        M2_5,
                        Implemented,
                        &["Eri asukasryhmille kohdennettu turvallisuusviestintä."],
                    ),
                ],
            ),
            action(
                HEADING_3,
                vec![
                    row("3.1", M3_1, NotImplemented, &[]),
                    row("3.2", M3_2, NotImplemented, &[]),
                ],
            ),
            action(
                HEADING_4,
                vec![
                    row(
                        "4.1",
                        M4_1,
                        Implemented,
                        &[
                            "Muun muassa varautumisen yhteistyörakenteiden avulla ja vapaaehtoisen pelastuspalvelun kanssa.",
                        ],
                    ),
                    row("4.2", M4_2, NotImplemented, &[]),
                    row(
                        "4.3",
                        M4_3,
                        Implemented,
                        &["Pelastus- ja soteympäristössä."],
                    ),
                ],
            ),
        ],
        feedback: vec![],
    }
}

/// The unit that had nothing to comment on the measures: every row unmarked
/// and empty, and only free-form feedback.
fn terveys_ja_sairaanhoitopalvelut() -> SampleResponse {
    use Mark::*;
    SampleResponse {
        file_name: "Terveys- ja sairaanhoitopalvelut.xlsx",
        unit: "Terveys- ja sairaanhoitopalvelut",
        unit_cell: "Toimialue: Terveys- ja sairaanhoitopalvelut",
        actions: vec![
            action(
                HEADING_1,
                vec![
                    row("1.1", M1_1, None, &[]),
                    row("1.2", M1_2, None, &[]),
                    row("1.3", M1_3, None, &[]),
                ],
            ),
            action(
                HEADING_2,
                vec![
                    row("2.1", M2_1, None, &[]),
                    row("2.2", M2_2, None, &[]),
                    row("2.3", M2_3, None, &[]),
                    row("2.4", M2_4, None, &[]),
                    row("2.5", M2_5, None, &[]),
                ],
            ),
            action(
                HEADING_3,
                vec![row("3.1", M3_1, None, &[]), row("3.2", M3_2, None, &[])],
            ),
            action(
                HEADING_4,
                vec![
                    row("4.1", M4_1, None, &[]),
                    row("4.2", M4_2, None, &[]),
                    row("4.3", M4_3, None, &[]),
                ],
            ),
        ],
        feedback: vec![
            "Toimialueella ei ole kommentoitavaa toimenpiteisiin.",
            FEEDBACK_MICRO,
            FEEDBACK_META,
        ],
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const IDS: [&str; 13] = [
        "1.1", "1.2", "1.3", "2.1", "2.2", "2.3", "2.4", "2.5", "3.1", "3.2", "4.1", "4.2", "4.3",
    ];

    /// The normalisation the merge applies to a typed cell: a bullet starts an
    /// item, a line without one continues it (with a single space, or with
    /// none after a hyphen that ends a word part), whitespace collapsed.
    fn normalise(cell: &str) -> Vec<String> {
        let mut items: Vec<String> = Vec::new();
        for line in cell.lines() {
            let line = line.split_whitespace().collect::<Vec<_>>().join(" ");
            if line.is_empty() {
                continue;
            }
            if let Some(rest) = line.strip_prefix('•') {
                items.push(rest.trim().to_string());
            } else if let Some(last) = items.last_mut() {
                let hyphen_wrap = last.ends_with('-')
                    && last
                        .chars()
                        .rev()
                        .nth(1)
                        .is_some_and(|c| c.is_alphanumeric());
                if !hyphen_wrap {
                    last.push(' ');
                }
                last.push_str(&line);
            } else {
                items.push(line);
            }
        }
        items
    }

    #[test]
    fn six_responses_with_all_thirteen_measures() {
        let responses = responses();
        assert_eq!(responses.len(), 6);
        for response in &responses {
            let ids: Vec<&str> = response
                .actions
                .iter()
                .flat_map(|action| action.rows.iter().map(|row| row.measure))
                .collect();
            assert_eq!(ids.len(), 13, "{}", response.unit);
            assert_eq!(ids, IDS, "{}", response.unit);
            assert_eq!(response.actions.len(), 4, "{}", response.unit);
            assert_eq!(response.file_name, format!("{}.xlsx", response.unit));
            assert!(
                response
                    .unit_cell
                    .ends_with(&format!(": {}", response.unit))
            );
        }
    }

    #[test]
    fn items_are_clean_and_typed_cells_normalise_to_them() {
        for response in responses() {
            for row in response.actions.iter().flat_map(|action| &action.rows) {
                for item in &row.items {
                    assert_eq!(item.trim(), *item, "{} {}", response.unit, row.measure);
                    assert!(!item.contains("  ") && !item.contains('•') && !item.contains('\n'));
                }
                if let Some(typed) = row.typed {
                    assert_eq!(
                        normalise(typed),
                        row.items,
                        "{} {}",
                        response.unit,
                        row.measure
                    );
                }
                assert_eq!(normalise(&row.cell_text()), row.items);
            }
        }
    }
}

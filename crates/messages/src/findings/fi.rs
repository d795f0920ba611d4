//! Finnish wording of the findings: the texts koonti has always written.
use koonti_model::{FileKind, FileProblem, FindingCode, Limit, ReaderFault, SheetKind};

const L: koonti_model::Lang = koonti_model::Lang::Fi;

/// `code` as one Finnish sentence.
pub(super) fn message(code: &FindingCode) -> String {
    match code {
        FindingCode::ProgrammeMismatch { template, programme } => format!(
            "Lomake on tehty ohjelmalle ”{template}”, mutta vastaukset luetaan ohjelman ”{programme}” mukaan."
        ),
        FindingCode::UnknownMeasure { text } => format!(
            "Riviä ”{text}” ei tunnistettu ohjelman toimenpiteeksi; rivin solut on listattu kohdistamattomina."
        ),
        FindingCode::AmbiguousMeasure { text, measure, rival } => format!(
            "Rivi ”{text}” sopii yhtä hyvin toimenpiteisiin {measure} ja {rival}; käytetty toimenpidettä {measure}."
        ),
        FindingCode::EditedMeasureText { measure, similarity } => format!(
            "Toimenpiteen {measure} teksti poikkeaa ohjelman tekstistä (vastaavuus {similarity} %)."
        ),
        FindingCode::DuplicateMeasure { measure } => format!(
            "Toimenpide {measure} on vastauksessa toiseen kertaan; ensimmäinen vastaus on käytetty ja tämän rivin solut listattu kohdistamattomina."
        ),
        FindingCode::MarkNotRecognised { header, text } => format!(
            "Sarakkeessa ”{header}” on ”{text}”, jota ei tulkittu merkinnäksi; teksti on säilytetty vastauksen lisätietona."
        ),
        FindingCode::StatusNotRecognised { text } => format!(
            "Tilaa ”{text}” ei tunnistettu asteikon vaihtoehdoksi; teksti on säilytetty vastauksen lisätietona."
        ),
        FindingCode::BothMarked { measure } => format!(
            "Toimenpide {measure} on merkitty sekä toteutuneeksi että ei toteutuneeksi; tulkittu osittain toteutuneeksi."
        ),
        FindingCode::TextWithoutMark { measure } => format!(
            "Toimenpiteeseen {measure} on kirjoitettu tekstiä, mutta tilaa ei ole merkitty; teksti on säilytetty."
        ),
        FindingCode::ConflictingUnit { named, current } => format!(
            "Solu nimeää yksiköksi ”{named}”, mutta tiedosto on jo nimetty yksikölle ”{current}”; käytetty ”{current}”."
        ),
        FindingCode::UnmatchedCell { text } => format!(
            "Solun sisältöä ”{text}” ei voitu kohdistaa mihinkään toimenpiteeseen; se on listattu kohdistamattomana."
        ),
        FindingCode::NoTable => "Tiedostosta ei löytynyt vastaustaulukkoa (otsikkoriviä, jossa on toimenpide- ja merkintäsarakkeet); sen solut on listattu kohdistamattomina.".to_string(),
        FindingCode::UnitNotFound => "Vastaajayksikköä ei löytynyt tiedostosta, välilehden nimestä eikä tiedoston nimestä; yksiköksi on merkitty tiedoston nimi.".to_string(),
        FindingCode::UnknownUnit { unit, found_in } => format!(
            "Yksikkö ”{unit}” ({found_in}) ei ole ohjelman odotettujen vastaajien joukossa; vastaus on otettu mukaan omalla nimellään."
        ),
        FindingCode::DuplicateResponse { unit, used } => format!(
            "Yksiköltä ”{unit}” tuli useampi vastaus; käytetty uudempaa tiedostoa ”{used}”. Tämän tiedoston vastaukset on listattu kohdistamattomina."
        ),
        FindingCode::MeasureMissing { measure } => {
            format!("Toimenpide {measure} puuttuu vastauksesta; merkitty vastaamattomaksi.")
        }
        FindingCode::InputNotFound { reason } => format!("Syötettä ei voitu lukea: {reason}."),
        FindingCode::KoontiOutputSkipped => {
            "Tiedosto on koonnin oma tuloste, ei yksikön vastaus; se ohitettiin.".to_string()
        }
        FindingCode::BlankResponse => "Tiedosto on palautettu tyhjänä: ei merkintöjä, tekstiä, palautetta eikä tukipyyntöä. Sitä ei laskettu vastaukseksi.".to_string(),
        FindingCode::OtherPeriod { period, chosen } => format!(
            "Tiedosto on kaudelta {period}, ei kaudelta {chosen}; se jätettiin pois koonnista."
        ),
        FindingCode::CurrentStatusBlank {
            column,
            earlier_column,
            earlier,
        } => format!(
            "Tämän kauden sarake ”{column}” on tyhjä; toimenpide on jätetty tältä kaudelta vastaamattomaksi. Aiemman kauden tila ”{earlier}” (sarake ”{earlier_column}”) on säilytetty vastauksen aiempana tilana, ei tämän kauden tilana."
        ),
        FindingCode::StatusOutsideScale { measure, status } => format!(
            "Toimenpiteen {measure} tila ”{status}” ei kuulu ohjelman vastausasteikkoon; merkitty vastaamattomaksi, teksti säilytetty."
        ),
        FindingCode::ScaleFromReturns { scale } => format!(
            "Ohjelman määrittely ei kertonut vastausasteikkoa, joten vastaukset luettiin palautettujen tiedostojen oman asteikon mukaan: {scale}. Lisää asteikko ohjelmaan, niin sitä ei tarvitse päätellä."
        ),
        FindingCode::ProgrammeInferred {
            programme,
            measures,
            files,
        } => format!("Mikään ohjelma ei sopinut vastauksiin, joten ohjelma {programme} pääteltiin {files} tiedostosta: {}, tekstit yleisimmässä muodossaan. Tarkista se ja anna se seuraavalla kerralla --programme-valitsimella.", crate::count(L, *measures as usize, crate::Noun::Action)),
        FindingCode::CorrectedInWorkbook {
            measure,
            status,
            text,
        } => {
            let mut changed: Vec<String> = status
                .iter()
                .map(|(before, after)| {
                    format!(
                        "tila ”{}” → ”{}”",
                        super::status_word(before, L),
                        super::status_word(after, L)
                    )
                })
                .collect();
            if *text {
                changed.push("teksti".to_string());
            }
            format!(
                "Toimenpiteen {measure} vastausta on korjattu työkirjassa ({}); korjaus on käytetty.",
                changed.join(", ")
            )
        }
        FindingCode::UnreadableFile { problem } => unreadable(problem),
        FindingCode::FileTooLarge { limit } => format!(
            "Tiedosto on liian suuri luettavaksi turvallisesti: {}. Se on jätetty pois.",
            limit_passed(limit)
        ),
        // --- Real-world files (issue 11, part 2) ---
        FindingCode::SheetNotRead { sheet, kind } => format!(
            "Välilehti ”{sheet}” on {}, ei taulukko; siinä ei ole luettavia soluja. Tiedoston taulukot on luettu.",
            match kind {
                SheetKind::Chart => "kaaviovälilehti",
                SheetKind::Macro => "Excel 4 -makrovälilehti",
                SheetKind::Dialog => "valintaikkunavälilehti",
                SheetKind::Vba => "VBA-moduuli",
            }
        ),
        FindingCode::SheetCut { sheet, rows, written } => format!(
            "Koonnin välilehdelle ”{sheet}” tulisi {rows} riviä, enemmän kuin Excel sallii; työkirjaan on kirjoitettu {written} ensimmäistä, JSON-raportissa ovat kaikki."
        ),
        FindingCode::NoteKeptWithAnswer { measure, text } => format!(
            "Taulukon ulkopuolinen huomautus ”{text}” koskee toimenpidettä {measure}; se on säilytetty sen vastauksen lisätietona."
        ),
        FindingCode::MoreUnmatchedCells { count } => format!(
            "Välilehdellä on vielä muita soluja, joita ei voitu kohdistaa: {count}; ne kaikki on listattu kohdistamattomina."
        ),
        FindingCode::CellsNotRead { sheet, read, rest } => format!(
            "Välilehdellä ”{sheet}” on enemmän soluja kuin yhdeltä välilehdeltä luetaan: sen {read} ensimmäistä solua on luettu, {rest} muuta jäi lukematta."
        ),
        FindingCode::FileCellsNotRead {
            sheet,
            read,
            rest,
            max,
        } => format!(
            "Yhdestä tiedostosta luetaan enintään {max} solua, ja tiedoston aiemmat välilehdet veivät niistä jo osan: välilehdeltä ”{sheet}” on luettu {read} ensimmäistä solua, {rest} muuta jäi lukematta."
        ),
        // --- end of issue 11, part 2 ---
        FindingCode::IdenticalCopy { of } => format!(
            "Tiedosto on tavu tavulta sama kuin ”{of}”; se on luettu vain kerran, ja tämä on sen kopio."
        ),
        FindingCode::NumberNotADate { number, format } if format.is_empty() => format!(
            "Luku {number} on solussa, jonka muoto on päivämäärä tai kellonaika, mutta se ei ole päivämäärä; se on luettu lukuna."
        ),
        FindingCode::NumberNotADate { number, format } => format!(
            "Luku {number} on solussa, jonka muoto ”{format}” on päivämäärä tai kellonaika, mutta se ei ole päivämäärä; se on luettu lukuna."
        ),
        FindingCode::Recorded { message, .. } => message.clone(),
        // ── The status scale as units type it (issue 11) ──
        FindingCode::StatusWordRead { text, status } => format!(
            "Tila ”{text}” luettiin vaihtoehdoksi ”{status}”."
        ),
        FindingCode::AmbiguousStatus { text, options } => format!(
            "Tila ”{text}” ei ole yksiselitteinen ({}); toimenpide on jätetty vastaamattomaksi ja teksti säilytetty vastauksen lisätietona.",
            if options.is_empty() { "kielteinen ilmaus ei kerro vaihtoehtoa".to_string() } else { format!("mainitut vaihtoehdot: {}", options.join(", ")) }
        ),
        FindingCode::MeasureRenamed {
            measure,
            from_period,
            to_period,
        } => format!(
            "Toimenpiteen {measure} teksti on muuttunut ohjelman versioiden välillä ({from_period} → {to_period}); vastauksia verrataan tunnisteen {measure} mukaan, joten tarkista, että kyse on samasta toimenpiteestä."
        ),
        FindingCode::MeasureAdded { measure, period } => format!(
            "Toimenpide {measure} on lisätty ohjelmaan kaudella {period}; sitä aiemmilta kausilta ei ole vastauksia."
        ),
        FindingCode::MeasureRemoved { measure, period } => format!(
            "Toimenpide {measure} on poistettu ohjelmasta kaudella {period}; siihen ei ole vastauksia tämän jälkeen."
        ),
    }
}

fn unreadable(problem: &FileProblem) -> String {
    match problem {
        FileProblem::Io { .. } => "Tiedostoa ei voitu lukea levyltä; tarkista, että se on olemassa ja että sinulla on oikeus lukea sitä.".into(),
        FileProblem::NotAWorkbook { file_kind } => {
            format!("Tiedostoa ei voitu lukea: se on {}.", kind(*file_kind))
        }
        FileProblem::Open { detail } => match ReaderFault::of(detail) {
            Some(found) => format!("Tiedostoa ei voitu avata taulukkona: {}.", fault(found)),
            None => "Tiedostoa ei voitu avata taulukkona; se voi olla rikki.".into(),
        },
        FileProblem::Sheet { sheet, detail } => match ReaderFault::of(detail) {
            Some(found) => format!(
                "Välilehteä ”{sheet}” ei voitu lukea: {}; tiedosto on jätetty pois.",
                fault(found)
            ),
            None => format!("Välilehteä ”{sheet}” ei voitu lukea; tiedosto on jätetty pois."),
        },
        FileProblem::Internal { detail } => match ReaderFault::of(detail) {
            Some(found) => format!(
                "Tiedoston lukeminen epäonnistui: {}. Se on jätetty pois.",
                fault(found)
            ),
            None => "Tiedoston lukeminen epäonnistui; tiedosto voi olla rikki. Se on jätetty pois."
                .into(),
        },
    }
}

fn limit_passed(limit: &Limit) -> String {
    match limit {
        Limit::FileBytes { size, max } => format!("{size} tavua (raja {max})"),
        Limit::Unpacked {
            packed,
            unpacked,
            max,
        } => format!("pakattuna {packed} tavua, purettuna {unpacked} tavua (raja {max})"),
        Limit::Cells { sheet, max } => format!("yli {max} solua (välilehti {sheet:?})"),
        Limit::Grid {
            sheet,
            rows,
            cols,
            max,
        } => format!(
            "välilehden {sheet:?} solualue on {rows} riviä × {cols} saraketta (raja {max} solua koko tiedostossa)"
        ),
    }
}

pub(super) fn kind(kind: FileKind) -> &'static str {
    match kind {
        FileKind::Xlsx | FileKind::Xlsb | FileKind::Ods | FileKind::Xls => "taulukkotiedosto",
        FileKind::Encrypted => {
            "salasanalla suojattu tiedosto; pyydä yksiköltä versio ilman salasanaa"
        }
        FileKind::Word => "Word-asiakirja, ei Excel-taulukko",
        FileKind::OtherZip => "zip-paketti, jossa ei ole työkirjaa",
        FileKind::CorruptZip => "rikkinäinen tai katkennut tiedosto",
        FileKind::Pdf => "PDF-tiedosto, ei Excel-taulukko",
        FileKind::Html => "HTML-sivu (esimerkiksi kyselytyökalun vienti), ei Excel-taulukko",
        FileKind::Text => "teksti- tai CSV-tiedosto, ei Excel-taulukko",
        FileKind::Empty => "tyhjä tiedosto (0 tavua)",
        FileKind::Unknown => "tuntematon tiedostomuoto",
        FileKind::Image => "kuva, ei Excel-taulukko",
        FileKind::Email => "sähköpostiviesti, jossa ei ole Excel-liitettä",
        FileKind::OutlookMessage => {
            "Outlook-viesti (.msg); avaa se Outlookissa, tallenna liitteet (Tiedosto > Tallenna liitteet) ja anna ne koonnille"
        }
        FileKind::EmptyWorkbook => "tyhjä työkirja, jossa ei ole yhtään täytettyä solua",
        FileKind::ExcelLock => {
            "Excelin lukitustiedosto (~$), jonka Excel jättää auki olevan työkirjan viereen; se ei ole vastaus"
        }
    }
}

/// A reader's fault in Finnish, after a colon.
pub(super) fn fault(fault: ReaderFault) -> &'static str {
    match fault {
        ReaderFault::Container => "vanhan Excel-tiedoston (.xls) rakenne on rikki",
        ReaderFault::Content => "sen sisältö on rikki tai keskeneräinen",
        ReaderFault::Package => "tiedoston pakkaus on rikki",
        ReaderFault::CutShort => "tiedosto on katkennut kesken",
    }
}

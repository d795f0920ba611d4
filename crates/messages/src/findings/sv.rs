//! Swedish wording of the findings.
use koonti_model::{FileKind, FileProblem, FindingCode, Limit, ReaderFault, SheetKind};

const L: koonti_model::Lang = koonti_model::Lang::Sv;

/// `code` as one Swedish sentence.
pub(super) fn message(code: &FindingCode) -> String {
    match code {
        FindingCode::ProgrammeMismatch { template, programme } => format!(
            "Blanketten är gjord för programmet ”{template}”, men svaren läses enligt programmet ”{programme}”."
        ),
        FindingCode::UnknownMeasure { text } => format!(
            "Raden ”{text}” kändes inte igen som en åtgärd i programmet; radens celler listas som ej kopplade."
        ),
        FindingCode::AmbiguousMeasure { text, measure, rival } => format!(
            "Raden ”{text}” passar lika bra till åtgärderna {measure} och {rival}; åtgärd {measure} har använts."
        ),
        FindingCode::EditedMeasureText { measure, similarity } => format!(
            "Texten för åtgärd {measure} avviker från programmets text (överensstämmelse {similarity} %)."
        ),
        FindingCode::DuplicateMeasure { measure } => format!(
            "Åtgärd {measure} förekommer två gånger i svaret; det första svaret har använts och cellerna på den här raden listas som ej kopplade."
        ),
        FindingCode::MarkNotRecognised { header, text } => format!(
            "I kolumnen ”{header}” står ”{text}”, som inte tolkades som en markering; texten har sparats som tilläggsuppgift till svaret."
        ),
        FindingCode::StatusNotRecognised { text } => format!(
            "Statusen ”{text}” kändes inte igen som ett alternativ på skalan; texten har sparats som tilläggsuppgift till svaret."
        ),
        FindingCode::BothMarked { measure } => format!(
            "Åtgärd {measure} är markerad både som genomförd och som inte genomförd; den har tolkats som delvis genomförd."
        ),
        FindingCode::TextWithoutMark { measure } => format!(
            "Text har skrivits för åtgärd {measure}, men ingen status har markerats; texten har sparats."
        ),
        FindingCode::ConflictingUnit { named, current } => format!(
            "Cellen anger enheten ”{named}”, men filen har redan knutits till enheten ”{current}”; ”{current}” har använts."
        ),
        FindingCode::UnmatchedCell { text } => format!(
            "Cellens innehåll ”{text}” kunde inte kopplas till någon åtgärd; det listas som ej kopplat."
        ),
        FindingCode::NoTable => "Ingen svarstabell (en rubrikrad med kolumner för åtgärd och markering) hittades i filen; dess celler listas som ej kopplade.".to_string(),
        FindingCode::UnitNotFound => "Den svarande enheten hittades varken i filen, i flikens namn eller i filens namn; filens namn har angetts som enhet.".to_string(),
        FindingCode::UnknownUnit { unit, found_in } => format!(
            "Enheten ”{unit}” ({found_in}) hör inte till programmets förväntade svarande; svaret har tagits med under sitt eget namn."
        ),
        FindingCode::DuplicateResponse { unit, used } => format!(
            "Enheten ”{unit}” har lämnat flera svar; den nyare filen ”{used}” har använts. Svaren i den här filen listas som ej kopplade."
        ),
        FindingCode::MeasureMissing { measure } => {
            format!("Åtgärd {measure} saknas i svaret; den har markerats som obesvarad.")
        }
        FindingCode::InputNotFound { reason } => format!("Indata kunde inte läsas: {reason}."),
        FindingCode::KoontiOutputSkipped => {
            "Filen är koontis egen utdata, inte en enhets svar; den hoppades över.".to_string()
        }
        FindingCode::BlankResponse => "Filen returnerades tom: inga markeringar, ingen text, ingen respons och ingen begäran om stöd. Den räknades inte som ett svar.".to_string(),
        FindingCode::OtherPeriod { period, chosen } => format!(
            "Filen gäller perioden {period}, inte {chosen}; den lämnades utanför sammanställningen."
        ),
        FindingCode::CurrentStatusBlank {
            column,
            earlier_column,
            earlier,
        } => format!(
            "Kolumnen för denna period, ”{column}”, är tom; åtgärden har lämnats obesvarad för denna period. Statusen från en tidigare period, ”{earlier}” (kolumnen ”{earlier_column}”), har sparats som svarets tidigare status, inte som status för denna period."
        ),
        FindingCode::StatusOutsideScale { measure, status } => format!(
            "Läget ”{status}” för åtgärd {measure} hör inte till programmets skala; markerad som obesvarad, texten bevarad."
        ),
        FindingCode::ScaleFromReturns { scale } => format!(
            "Programmets definition angav ingen svarsskala, så svaren lästes enligt de returnerade filernas egen skala: {scale}. Lägg till skalan i programmet så behöver den inte härledas."
        ),
        FindingCode::ProgrammeInferred {
            programme,
            measures,
            files,
        } => format!("Inget program passade svaren, så programmet {programme} härleddes ur {}: {}. Kontrollera det och ange det nästa gång med --programme.", crate::count(L, *files as usize, crate::Noun::File), crate::count(L, *measures as usize, crate::Noun::Action)),
        FindingCode::CorrectedInWorkbook {
            measure,
            status,
            text,
        } => {
            let mut changed: Vec<String> = status
                .iter()
                .map(|(before, after)| {
                    format!(
                        "läge ”{}” → ”{}”",
                        super::status_word(before, L),
                        super::status_word(after, L)
                    )
                })
                .collect();
            if *text {
                changed.push("text".to_string());
            }
            format!(
                "Svaret på åtgärd {measure} har rättats i arbetsboken ({}); rättelsen används.",
                changed.join(", ")
            )
        }
        FindingCode::UnreadableFile { problem } => unreadable(problem),
        FindingCode::FileTooLarge { limit } => format!(
            "Filen är för stor för att läsas på ett säkert sätt: {}. Den har lämnats bort.",
            limit_passed(limit)
        ),
        // --- Real-world files (issue 11, part 2) ---
        FindingCode::SheetNotRead { sheet, kind } => format!(
            "Bladet ”{sheet}” är {}, inte ett kalkylblad; det har inga celler att läsa. Filens kalkylblad har lästs.",
            match kind {
                SheetKind::Chart => "ett diagramblad",
                SheetKind::Macro => "ett Excel 4-makroblad",
                SheetKind::Dialog => "ett dialogblad",
                SheetKind::Vba => "en VBA-modul",
            }
        ),
        FindingCode::SheetCut { sheet, rows, written } => format!(
            "Sammanställningens blad ”{sheet}” skulle få {rows} rader, fler än Excel tillåter; de {written} första har skrivits i arbetsboken, JSON-rapporten har alla."
        ),
        FindingCode::NoteKeptWithAnswer { measure, text } => format!(
            "Anteckningen ”{text}” utanför tabellen gäller åtgärd {measure}; den har sparats som tilläggsuppgift till dess svar."
        ),
        FindingCode::MoreUnmatchedCells { count } => format!(
            "Bladet har fler celler som inte kunde placeras: {count}; alla är listade som oplacerade."
        ),
        FindingCode::CellsNotRead { sheet, read, rest } => format!(
            "Bladet ”{sheet}” har fler celler än som läses från ett blad: de första {read} cellerna har lästs, {rest} andra har inte lästs."
        ),
        FindingCode::FileCellsNotRead {
            sheet,
            read,
            rest,
            max,
        } => format!(
            "Högst {max} celler läses från en fil, och filens tidigare blad tog redan en del av dem: av bladet ”{sheet}” har de första {read} cellerna lästs, {rest} andra har inte lästs."
        ),
        // --- end of issue 11, part 2 ---
        FindingCode::IdenticalCopy { of } => format!(
            "Filen är byte för byte densamma som ”{of}”; den har lästs en gång, och den här är en kopia av den."
        ),
        FindingCode::NumberNotADate { number, format } if format.is_empty() => format!(
            "Talet {number} har ett datum- eller tidsformat, men det är inget datum; det har lästs som ett tal."
        ),
        FindingCode::NumberNotADate { number, format } => format!(
            "Talet {number} har datum- eller tidsformatet ”{format}”, men det är inget datum; det har lästs som ett tal."
        ),
        FindingCode::Recorded { message, .. } => message.clone(),
        // ── The status scale as units type it (issue 11) ──
        FindingCode::StatusWordRead { text, status } => format!(
            "Statusen ”{text}” lästes som alternativet ”{status}”."
        ),
        FindingCode::AmbiguousStatus { text, options } => format!(
            "Statusen ”{text}” är inte entydig ({}); åtgärden lämnades obesvarad och texten sparades som tilläggsuppgift.",
            if options.is_empty() { "ett nekande uttryck anger inget alternativ".to_string() } else { format!("alternativ som nämns: {}", options.join(", ")) }
        ),
        FindingCode::MeasureRenamed {
            measure,
            from_period,
            to_period,
        } => format!(
            "Texten för åtgärd {measure} har ändrats mellan programversionerna ({from_period} → {to_period}); svaren jämförs enligt id {measure}, så kontrollera att det är samma åtgärd."
        ),
        FindingCode::MeasureAdded { measure, period } => format!(
            "Åtgärd {measure} lades till i programmet under perioden {period}; det finns inga svar från tidigare perioder."
        ),
        FindingCode::MeasureRemoved { measure, period } => format!(
            "Åtgärd {measure} togs bort ur programmet under perioden {period}; det finns inga svar efter det."
        ),
    }
}

fn unreadable(problem: &FileProblem) -> String {
    match problem {
        FileProblem::Io { .. } => "Filen kunde inte läsas från disken; kontrollera att den finns och att du har rätt att läsa den.".into(),
        FileProblem::NotAWorkbook { file_kind } => {
            format!("Filen kunde inte läsas: den är {}.", kind(*file_kind))
        }
        FileProblem::Open { detail } => match ReaderFault::of(detail) {
            Some(found) => format!("Filen kunde inte öppnas som kalkylblad: {}.", fault(found)),
            None => "Filen kunde inte öppnas som kalkylblad; den kan vara skadad.".into(),
        },
        FileProblem::Sheet { sheet, detail } => match ReaderFault::of(detail) {
            Some(found) => format!(
                "Fliken ”{sheet}” kunde inte läsas: {}; filen har lämnats bort.",
                fault(found)
            ),
            None => format!("Fliken ”{sheet}” kunde inte läsas; filen har lämnats bort."),
        },
        FileProblem::Internal { detail } => match ReaderFault::of(detail) {
            Some(found) => format!(
                "Läsningen av filen misslyckades: {}. Den har lämnats bort.",
                fault(found)
            ),
            None => "Läsningen av filen misslyckades; filen kan vara skadad. Den har lämnats bort."
                .into(),
        },
    }
}

fn limit_passed(limit: &Limit) -> String {
    match limit {
        Limit::FileBytes { size, max } => format!("{size} byte (gräns {max})"),
        Limit::Unpacked {
            packed,
            unpacked,
            max,
        } => format!("packad {packed} byte, uppackad {unpacked} byte (gräns {max})"),
        Limit::Cells { sheet, max } => format!("över {max} celler (fliken {sheet:?})"),
        Limit::Grid {
            sheet,
            rows,
            cols,
            max,
        } => format!(
            "bladet {sheet:?} spänner över {rows} rader × {cols} kolumner (gräns {max} celler i hela filen)"
        ),
    }
}

pub(super) fn kind(kind: FileKind) -> &'static str {
    match kind {
        FileKind::Xlsx | FileKind::Xlsb | FileKind::Ods | FileKind::Xls => "en kalkylbladsfil",
        FileKind::Encrypted => "en lösenordsskyddad fil; be enheten om en version utan lösenord",
        FileKind::Word => "ett Word-dokument, inte ett Excel-kalkylblad",
        FileKind::OtherZip => "ett zip-paket utan arbetsbok",
        FileKind::CorruptZip => "en skadad eller avbruten fil",
        FileKind::Pdf => "en PDF-fil, inte ett Excel-kalkylblad",
        FileKind::Html => {
            "en HTML-sida (till exempel en export från ett enkätverktyg), inte ett Excel-kalkylblad"
        }
        FileKind::Text => "en text- eller CSV-fil, inte ett Excel-kalkylblad",
        FileKind::Empty => "en tom fil (0 byte)",
        FileKind::Unknown => "ett okänt filformat",
        FileKind::Image => "en bild, inte ett Excel-kalkylblad",
        FileKind::Email => "ett e-postmeddelande utan Excel-bilaga",
        FileKind::OutlookMessage => {
            "ett Outlook-meddelande (.msg); öppna det i Outlook, spara bilagorna (Arkiv > Spara bilagor) och ge dem till koonti"
        }
        FileKind::EmptyWorkbook => "en tom arbetsbok utan en enda ifylld cell",
        FileKind::ExcelLock => {
            "en låsfil (~$) som Excel lämnar bredvid en öppen arbetsbok; den är inget svar"
        }
    }
}

/// A reader's fault in Swedish, after a colon.
pub(super) fn fault(fault: ReaderFault) -> &'static str {
    match fault {
        ReaderFault::Container => "strukturen i den gamla Excel-filen (.xls) är skadad",
        ReaderFault::Content => "innehållet är skadat eller ofullständigt",
        ReaderFault::Package => "filens packning är skadad",
        ReaderFault::CutShort => "filen tar slut för tidigt",
    }
}

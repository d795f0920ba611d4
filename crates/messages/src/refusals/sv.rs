//! Swedish wording of the engine's refusals and errors.
use super::{Edited, Front, Refusal, Stored, skipped_list, stored, toml_detail};
use crate::{Worded, some_of};
use koonti_model::Lang;
use koonti_programme::{Misfit, ProgrammeError};

const L: Lang = Lang::Sv;

/// `err` as the user reads it in Swedish, with what to do in `front`.
pub(super) fn message(err: &Refusal, front: Front) -> String {
    // The exe takes no options: it is told the page's choices.
    let page = front != Front::CommandLine;
    match err {
        Refusal::NoInputs => {
            "Inga filer gavs: ge de Excel-filer enheterna har skickat, eller mappen där de finns."
                .into()
        }
        Refusal::NothingReadable { skipped } => format!(
            "Ingen av de givna filerna kunde läsas som ett Excel-kalkylblad, så ingen sammanställning gjordes: {}. Be enheterna om svaren på Excel-blanketten.",
            skipped_list(skipped, L)
        ),
        Refusal::NoProgrammeDetected { .. } if page => {
            "Det gick inte att avgöra vilket program filerna svarar på: ingen cell motsvarar åtgärderna i de kända programmen. Välj programmet under Programmet eller ge programmets kalkylblad.".into()
        }
        Refusal::NoProgrammeDetected { bundled } => format!(
            "Det gick inte att avgöra vilket program filerna svarar på: ingen cell motsvarar åtgärderna i programmen koonti känner till. Ange programmet med --programme PROGRAM.xlsx eller något av dessa: {}.",
            bundled.join(", ")
        ),
        Refusal::WrongProgramme(misfit) => match (*misfit, page) {
            (
                Misfit::Better {
                    chosen,
                    answers,
                    hits,
                },
                false,
            ) => format!(
                "Filerna svarar på programmet {answers}, inte på {chosen} (åtgärdstexter som motsvarar {answers}: {}, {chosen}: {}). Använd --programme {answers}.",
                hits.1, hits.0
            ),
            (
                Misfit::Better {
                    chosen,
                    answers,
                    hits,
                },
                true,
            ) => format!(
                "Filerna svarar på programmet {answers}, inte på {chosen} (åtgärdstexter som motsvarar {answers}: {}, {chosen}: {}). Välj programmet {answers} under Programmet.",
                hits.1, hits.0
            ),
            (Misfit::Unknown { declared }, false) => format!(
                "Filerna är gjorda för programmet {declared}, som koonti inte känner till. Ange dess definition med --programme PROGRAM.xlsx."
            ),
            (Misfit::Unknown { declared }, true) => format!(
                "Filerna är gjorda för programmet {declared}, som koonti inte känner till. Ge dess definition under Programmet (egen programfil)."
            ),
        },
        Refusal::MixedPeriods(mixed) => {
            let parts: Vec<String> = mixed
                .periods
                .iter()
                .map(|(period, files)| format!("{period}: {}", some_of(L, files, 5)))
                .collect();
            let first = mixed
                .periods
                .keys()
                .next()
                .map_or_else(|| "2024".to_string(), ToString::to_string);
            let choose = if page {
                format!("Skriv en period, t.ex. {first}, under Rapporteringsperiod")
            } else {
                format!("Välj en period, t.ex. --period {first}")
            };
            format!(
                "Svaren gäller flera perioder ({}). {choose}, eller flytta de andra periodernas filer bort.",
                parts.join("; ")
            )
        }
        Refusal::OwnWorkbooksOnly { files } => {
            let what = if files.len() == 1 {
                "är en sammanställning gjord av koonti, inte en enhets svar"
            } else {
                "är sammanställningar gjorda av koonti, inte enheternas svar"
            };
            let more = if page {
                ""
            } else {
                "; sammanställningar av olika år jämförs med koonti compare, och en bilaga av en sammanställning görs med koonti appendix"
            };
            format!(
                "{} {what}. Ange de svarsfiler enheterna har skickat{more}.",
                some_of(L, files, 5)
            )
        }
        Refusal::EditedWorkbook { name, cells } => format!(
            "I arbetsboken {name} har synliga celler ändrats så att ändringarna inte kan läsas som rättelser: {}. Endast status- och textkolumnerna på bladet Svar läses som rättelser, så gör ändringarna där eller gör bilagan av svarsfilerna.",
            some_of(L, &cells.iter().map(edited).collect::<Vec<_>>(), 5)
        ),
        Refusal::NotStored { name } => format!(
            "Filen {name} är varken en rapport eller en sammanställning från koonti. Ange en arbetsbok eller JSON-rapport från koonti, eller enheternas svar."
        ),
        Refusal::Stored { name, source } => match stored(source, L) {
            Stored::NotAReport => format!(
                "Filen {name} är varken en rapport eller en sammanställning från koonti. Ange en arbetsbok eller JSON-rapport från koonti, eller enheternas svar."
            ),
            Stored::Broken(detail) => format!(
                "Rapporten i filen {name} är trasig och kan inte läsas{detail}. Gör sammanställningen på nytt av svarsfilerna."
            ),
        },
        Refusal::Programme(err) => match err {
            ProgrammeError::Io { path, source } => format!(
                "Programdefinitionen {} kunde inte läsas ({source}). Kontrollera att filen finns och att du får läsa den.",
                path.display()
            ),
            ProgrammeError::Parse { name, source } => format!(
                "Programdefinitionen {name} är inte giltig TOML; rätta stället och försök igen ({}).",
                toml_detail(source, L)
            ),
            ProgrammeError::Invalid { name, reason } => format!(
                "Programdefinitionen {name} duger inte: {}. Rätta definitionen och försök igen.",
                reason.message(L)
            ),
            ProgrammeError::Unknown { name, known } => format!(
                "Programmet ”{name}” finns varken som fil eller bland programmen som följer med koonti. Ange programmet som kalkylblad (.xlsx) eller något av dessa: {}.",
                known.join(", ")
            ),
        },
        // A definition that breaks a rule is worded as a programme's.
        Refusal::Define(koonti_define::DefineError::Invalid(err)) => {
            message(&Refusal::Programme(err), front)
        }
        Refusal::Define(err) => err.message(L),
        Refusal::History(err) => err.message(L),
        Refusal::Definition { name, problems } => {
            let first: Vec<String> = problems.iter().take(3).map(|p| p.message(L)).collect();
            let more = problems.len().saturating_sub(3);
            let more = match (more, page) {
                (0, _) => String::new(),
                (n, true) => format!(" (och {n} till)"),
                (n, false) => format!(" (och {n} till; koonti programme check {name} listar alla)"),
            };
            format!(
                "Programdefinitionen {name} behöver rättas: {}{more}.",
                first.join("; ")
            )
        }
        Refusal::Failed { .. } => failed(),
    }
}

/// An output koonti could not build: a fault of koonti's own, whose
/// technical reason (the writer's English) is in the English message only.
fn failed() -> String {
    "Utdata kunde inte skapas. Meddela den som underhåller koonti.".into()
}

/// What of a workbook was changed.
fn edited(edited: &Edited) -> String {
    match edited {
        Edited::Cell(cell) => cell.clone(),
        Edited::Unreadable => "(arbetsboken kunde inte läsas)".into(),
        Edited::SheetMissing { sheet } => format!("{sheet} (bladet saknas)"),
        Edited::RowMissing { unit, measure } => format!("{unit} {measure} (raden saknas)"),
    }
}

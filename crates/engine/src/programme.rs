//! Programme definitions: the bundled ones, one from TOML bytes, or (not
//! on wasm) a file or bundled id as the command line names it.
use crate::error::EngineError;
use koonti_define::Defined;
use koonti_model::{Lang, Programme};
use koonti_programme::{Problem, ProgrammeError};

/// Every programme bundled with koonti.
///
/// ```
/// # fn main() -> Result<(), koonti_engine::EngineError> {
/// let ids: Vec<String> = koonti_engine::bundled_programmes()?
///     .into_iter()
///     .map(|p| p.id)
///     .collect();
/// assert!(ids.contains(&"siun-sote-2023-2025".to_string()));
/// # Ok(())
/// # }
/// ```
pub fn bundled_programmes() -> Result<Vec<Programme>, EngineError> {
    Ok(koonti_programme::bundled()?)
}

/// The bundled programme with the id `id`.
pub fn bundled_programme(id: &str) -> Result<Programme, EngineError> {
    let all = koonti_programme::bundled()?;
    let known = all.iter().map(|p| p.id.clone()).collect();
    all.into_iter().find(|p| p.id == id).ok_or_else(|| {
        EngineError::Programme(ProgrammeError::Unknown {
            name: id.to_string(),
            known,
        })
    })
}

/// A programme definition from the bytes of a TOML file; `name` names it
/// in errors.
///
/// ```
/// # fn main() -> Result<(), koonti_engine::EngineError> {
/// let toml = r#"
/// id = "oma"
/// title = "Oma osallisuusohjelma"
/// organisation = "Oma hyvinvointialue"
/// section_label = "Toimenpide"
///
/// [scale]
/// kind = "marks"
/// implemented_label = "Toimenpide on toteutunut"
/// not_implemented_label = "Toimenpide ei ole toteutunut"
/// text_label = "Miten on toteutettu?"
///
/// [feedback]
/// title = "Vapaamuotoinen palaute"
/// prompt = "Vapaamuotoinen palaute"
///
/// [[sections]]
/// id = "1"
/// title = "Osallisuus näkyy"
///
/// [[sections.measures]]
/// id = "1.1"
/// text = "Asukkaat kuullaan ennen päätöksiä."
/// "#;
/// let programme = koonti_engine::programme_from_toml("oma.toml", toml.as_bytes())?;
/// assert_eq!(programme.measures().len(), 1);
/// assert!(koonti_engine::programme_from_toml("rikki.toml", b"id = ").is_err());
/// # Ok(())
/// # }
/// ```
pub fn programme_from_toml(name: &str, bytes: &[u8]) -> Result<Programme, EngineError> {
    let text = String::from_utf8_lossy(bytes);
    Ok(koonti_programme::parse(name, &text)?)
}

/// A programme definition from a file's bytes, TOML or a spreadsheet
/// (xlsx, ods, xls: the table a county keeps, read by its header words),
/// told apart by the content, not the name; `file_name` names it in errors.
/// A TOML definition is checked first and refused with its problems in
/// Finnish, each on its line; a custom one may not reuse a bundled id.
///
/// ```
/// # fn main() -> Result<(), koonti_engine::EngineError> {
/// let programme = koonti_engine::bundled_programme("vantaa-kerava")?;
/// let sheet = koonti_engine::programme_xlsx(&programme, koonti_engine::Lang::Sv)?;
/// let back = koonti_engine::programme_from_file("ohjelma.xlsx", &sheet)?;
/// assert_eq!(back.measures().len(), programme.measures().len());
/// let err = koonti_engine::programme_from_file("rikki.toml", b"id = ").unwrap_err();
/// let shown = err.message(koonti_engine::Lang::Fi, koonti_engine::Front::Page);
/// assert!(shown.contains("rikki.toml on korjattavaa: rivi 1"), "{shown}");
/// # Ok(())
/// # }
/// ```
pub fn programme_from_file(file_name: &str, bytes: &[u8]) -> Result<Programme, EngineError> {
    Ok(programme_definition(file_name, bytes)?.programme)
}

/// As [`programme_from_file`], with what the reader of a spreadsheet
/// guessed (nothing for TOML).
pub fn programme_definition(file_name: &str, bytes: &[u8]) -> Result<Defined, EngineError> {
    if koonti_define::is_spreadsheet(bytes) {
        return koonti_define::read_programme(file_name, bytes).map_err(EngineError::Define);
    }
    let bundled = koonti_programme::bundled()?;
    let problems = koonti_programme::check_toml(bytes, &bundled);
    if !problems.is_empty() {
        return Err(EngineError::Definition {
            name: file_name.to_string(),
            problems,
        });
    }
    Ok(Defined {
        programme: programme_from_toml(file_name, bytes)?,
        guesses: Vec::new(),
    })
}

/// Every problem of a TOML definition, each on its line (empty when it
/// loads): what `koonti programme check` lists.
pub fn check_definition(bytes: &[u8]) -> Result<Vec<Problem>, EngineError> {
    Ok(koonti_programme::check_toml(
        bytes,
        &koonti_programme::bundled()?,
    ))
}

/// `programme` as the spreadsheet a county keeps, its labels, headers and
/// sheet names in `lang`, which [`programme_from_file`] reads back.
pub fn programme_xlsx(programme: &Programme, lang: Lang) -> Result<Vec<u8>, EngineError> {
    koonti_define::programme_xlsx(programme, lang)
        .map_err(|e| EngineError::Write(koonti_write::WriteError::Xlsx(e)))
}

/// A blank programme spreadsheet in `lang` with an example row and
/// instructions.
pub fn blank_programme_xlsx(lang: Lang) -> Result<Vec<u8>, EngineError> {
    koonti_define::blank_xlsx(lang)
        .map_err(|e| EngineError::Write(koonti_write::WriteError::Xlsx(e)))
}

/// `programme` as a TOML definition; `origin` is its first comment line,
/// the comments worded in `lang`.
pub fn programme_toml(
    programme: &Programme,
    origin: &str,
    lang: Lang,
) -> Result<String, EngineError> {
    koonti_programme::to_toml(programme, origin, lang)
        .map_err(|e| EngineError::Serialise(e.to_string()))
}

/// A definition from a response form or one returned response (its
/// headings, measure rows, answer columns and labels), with what was
/// guessed.
pub fn programme_from_form(file_name: &str, bytes: &[u8]) -> Result<Defined, EngineError> {
    koonti_define::read_form(file_name, bytes).map_err(EngineError::Define)
}

/// A programme as `--programme` names it: a file (TOML or a spreadsheet),
/// or the id of a bundled one. Not on wasm.
#[cfg(not(target_arch = "wasm32"))]
pub fn load_programme(name_or_path: &str) -> Result<Programme, EngineError> {
    let path = std::path::Path::new(name_or_path);
    let is_file_name = path.extension().is_some_and(|e| {
        ["toml", "xlsx", "xlsm", "xls", "ods"]
            .iter()
            .any(|x| e.eq_ignore_ascii_case(x))
    });
    if is_file_name || path.is_file() {
        let bytes = std::fs::read(path).map_err(|source| {
            EngineError::Programme(ProgrammeError::Io {
                path: path.to_path_buf(),
                source,
            })
        })?;
        return programme_from_file(name_or_path, &bytes);
    }
    Ok(koonti_programme::load(name_or_path)?)
}

//! Programme definitions: the bundled ones, one from TOML bytes, or (not
//! on wasm) a file or bundled id as the command line names it.
use crate::error::EngineError;
use koonti_model::Programme;
use koonti_programme::ProgrammeError;

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

/// A programme definition from a file the user gave (in the browser, a
/// file input): `file_name` decides the format and names it in errors.
/// TOML here; programme spreadsheets are read by the county's reader.
///
/// ```
/// # fn main() -> Result<(), koonti_engine::EngineError> {
/// assert!(koonti_engine::programme_from_file("oma.toml", b"id = ").is_err());
/// # Ok(())
/// # }
/// ```
pub fn programme_from_file(file_name: &str, bytes: &[u8]) -> Result<Programme, EngineError> {
    programme_from_toml(file_name, bytes)
}

/// A programme as `--programme` names it: a TOML file, or the id of a
/// bundled one. Not on wasm.
#[cfg(not(target_arch = "wasm32"))]
pub fn load_programme(name_or_path: &str) -> Result<Programme, EngineError> {
    Ok(koonti_programme::load(name_or_path)?)
}

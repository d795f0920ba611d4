//! Returns that arrive packed: a .zip of the units' files, or an e-mail
//! saved as .eml with them attached. Each is opened and the files it holds
//! become inputs of their own, named after it ("Vastaukset.zip ›
//! Pelastuslaitos.xlsx"), so every one of them is read or listed as
//! skipped with its reason. A package that holds nothing stays one input,
//! and its finding says what it is.
mod mime;

use crate::input::{Input, is_system_file};
use koonti_ingest::{FileKind, Limits};
use std::io::{Cursor, Read};

/// Between a package's name and the name of a file inside it.
pub const INSIDE: &str = " › ";

/// How deep packages inside packages are opened.
const MAX_DEPTH: usize = 3;

/// `inputs`, with each zip archive and saved e-mail replaced by the files
/// it holds (system files such as `__MACOSX/` left out).
pub(crate) fn unpack(inputs: Vec<Input>, limits: &Limits) -> Vec<Input> {
    let mut out = Vec::with_capacity(inputs.len());
    for input in inputs {
        unpack_one(input, limits, 0, &mut out);
    }
    out
}

fn unpack_one(input: Input, limits: &Limits, depth: usize, out: &mut Vec<Input>) {
    let ext = input.extension();
    if depth >= MAX_DEPTH || !matches!(ext.as_str(), "zip" | "eml") {
        out.push(input);
        return;
    }
    let Ok(bytes) = input.load() else {
        out.push(input); // its read fails again, and says why
        return;
    };
    let held = if ext == "zip" {
        zip_files(&bytes, limits)
    } else {
        mime::attachments(&bytes)
    };
    let held: Vec<(String, Vec<u8>)> = held
        .into_iter()
        .filter(|(name, _)| !name.ends_with('/') && !is_system_file(name))
        .collect();
    if held.is_empty() {
        out.push(input);
        return;
    }
    for (name, bytes) in held {
        let mut inner = Input::from_bytes(format!("{}{INSIDE}{name}", input.name), bytes);
        if let Some(time) = input.file_time() {
            inner = inner.with_file_time(time);
        }
        unpack_one(inner, limits, depth + 1, out);
    }
}

/// The files of a zip archive that is no workbook itself (an .xlsx is a
/// zip too), each cut at the file size limit so that its read says it is
/// too large; entries past the archive's unpacked limit are left out.
fn zip_files(bytes: &[u8], limits: &Limits) -> Vec<(String, Vec<u8>)> {
    if koonti_ingest::sniff(bytes, limits) != Ok(FileKind::OtherZip) {
        return Vec::new();
    }
    let Ok(mut archive) = zip::ZipArchive::new(Cursor::new(bytes)) else {
        return Vec::new();
    };
    let mut files = Vec::new();
    let mut total: u64 = 0;
    for i in 0..archive.len() {
        let Ok(entry) = archive.by_index(i) else {
            continue;
        };
        if entry.is_dir() {
            continue;
        }
        let Ok(name) = entry.name().map(|n| n.to_string()) else {
            continue;
        };
        let mut content = Vec::new();
        let read = entry
            .take(limits.max_file_bytes.saturating_add(1))
            .read_to_end(&mut content);
        total = total.saturating_add(content.len() as u64);
        if read.is_err() || total > limits.max_uncompressed_bytes {
            continue;
        }
        files.push((name, content));
    }
    files
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;

    fn zip(files: &[(&str, &[u8])]) -> Vec<u8> {
        let mut writer = zip::ZipWriter::new(Cursor::new(Vec::new()));
        for (name, bytes) in files {
            writer
                .start_file(*name, zip::write::SimpleFileOptions::default())
                .expect("entry");
            writer.write_all(bytes).expect("write");
        }
        writer.finish().expect("zip").into_inner()
    }

    #[test]
    fn an_archive_gives_its_files_named_inside_it() {
        let bytes = zip(&[
            ("kevät/Pelastuslaitos.xlsx", b"PK\x03\x04"),
            ("__MACOSX/._Pelastuslaitos.xlsx", b"x"),
            ("muistio.pdf", b"%PDF-1.4"),
        ]);
        let inputs = unpack(
            vec![Input::from_bytes("Vastaukset.ZIP", bytes)],
            &Limits::default(),
        );
        let names: Vec<&str> = inputs.iter().map(|i| i.name.as_str()).collect();
        assert_eq!(
            names,
            [
                "Vastaukset.ZIP › kevät/Pelastuslaitos.xlsx",
                "Vastaukset.ZIP › muistio.pdf"
            ]
        );
        assert_eq!(inputs[0].extension(), "xlsx");
    }

    #[test]
    fn an_empty_archive_and_other_files_stay_as_they_are() {
        let inputs = unpack(
            vec![
                Input::from_bytes("tyhjä.zip", zip(&[])),
                Input::from_bytes("a.xlsx", b"PK".to_vec()),
            ],
            &Limits::default(),
        );
        let names: Vec<&str> = inputs.iter().map(|i| i.name.as_str()).collect();
        assert_eq!(names, ["tyhjä.zip", "a.xlsx"]);
    }
}

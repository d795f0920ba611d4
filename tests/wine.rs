//! koonti.exe under Wine gives what the Linux build gives: the same JSON
//! for the samples, every messy case and the bad-input files (paths given
//! with spaces and ä/ö), the same templates, an appendix, and drop mode.
//!
//! Runs when `KOONTI_WINE_EXE` names a koonti.exe (with Wine's missing
//! bcryptprimitives.dll shim beside it; `.ci/windows.sh` builds both) and
//! `KOONTI_WINE` the Wine loader (default `wine`); otherwise it prints a
//! notice and skips.
use crate::util::{koonti, root, samples, zip_of};
use koonti_samples::messy::cases;
use serde_json::Value;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

/// The exe and the Wine loader, or `None` (with a notice) to skip.
fn wine() -> Option<(PathBuf, String)> {
    let Some(exe) = std::env::var_os("KOONTI_WINE_EXE").map(PathBuf::from) else {
        eprintln!(
            "notice: KOONTI_WINE_EXE not set, skipping the Wine test (.ci/windows.sh runs it)"
        );
        return None;
    };
    let loader = std::env::var("KOONTI_WINE").unwrap_or_else(|_| "wine".to_string());
    Some((exe, loader))
}

/// Runs `args` in `dir` with the Linux build and under Wine.
fn both(dir: &Path, exe: &Path, loader: &str, args: &[&str]) -> (Output, Output) {
    let linux = koonti()
        .current_dir(dir)
        .args(args)
        .stdin(Stdio::null())
        .output()
        .expect("koonti runs");
    let windows = Command::new(loader)
        .arg(exe)
        .current_dir(dir)
        .args(args)
        .env("WINEDEBUG", "-all")
        .stdin(Stdio::null())
        .output()
        .expect("wine runs");
    (linux, windows)
}

/// The report with what differs by platform made alike: paths' separators.
fn normalised(stdout: &[u8], label: &str) -> Value {
    let mut value: Value = serde_json::from_slice(stdout).unwrap_or_else(|e| {
        panic!(
            "{label}: not JSON ({e}): {}",
            String::from_utf8_lossy(stdout)
        )
    });
    fn walk(value: &mut Value) {
        match value {
            Value::String(s) => *s = s.replace('\\', "/"),
            Value::Array(items) => items.iter_mut().for_each(walk),
            Value::Object(map) => map.values_mut().for_each(walk),
            _ => {}
        }
    }
    walk(&mut value);
    value
}

/// The folders to merge: the samples, each messy case and the bad files,
/// under a parent whose name has spaces and ä/ö.
fn corpus(dir: &Path) -> Vec<String> {
    let mut folders = Vec::new();
    let copy_samples = dir.join("Vastaukset ä ö 2024");
    std::fs::create_dir_all(&copy_samples).expect("mkdir");
    for entry in std::fs::read_dir(samples()).expect("samples") {
        let path = entry.expect("entry").path();
        std::fs::copy(&path, copy_samples.join(path.file_name().expect("name"))).expect("copy");
    }
    folders.push("Vastaukset ä ö 2024".to_string());
    for case in cases() {
        let folder = format!("sotkuiset/{}", case.name);
        std::fs::create_dir_all(dir.join(&folder)).expect("mkdir");
        for file in &case.files {
            file.write(&dir.join(&folder)).expect("case written");
        }
        folders.push(folder);
    }
    let bad = dir.join("huonot tiedostot");
    std::fs::create_dir_all(&bad).expect("mkdir");
    let good = std::fs::read(samples().join("Pelastuslaitos.xlsx")).expect("sample");
    let files: Vec<(&str, Vec<u8>)> = vec![
        ("Pelastuslaitos.xlsx", good.clone()),
        ("tyhjä.xlsx", Vec::new()),
        ("katkennut.xlsx", good[..good.len() / 2].to_vec()),
        ("paketti.xlsx", zip_of(&[("kuva.png", b"not a picture")])),
        (
            "salattu.xlsx",
            std::fs::read(root().join("tests/fixtures/salattu.xlsx")).expect("fixture"),
        ),
        (
            "kysely.xls",
            b"<!DOCTYPE html><html><body><table></table></body></html>".to_vec(),
        ),
        (
            "vienti.xls",
            b"yksikko;toimenpide;tila\nHallinto;1.1;x\n".to_vec(),
        ),
        ("raportti.xlsx", b"%PDF-1.7\n1 0 obj\n".to_vec()),
    ];
    for (name, bytes) in files {
        std::fs::write(bad.join(name), bytes).expect("write");
    }
    folders.push("huonot tiedostot".to_string());
    folders
}

#[test]
fn the_windows_build_merges_as_the_linux_build() {
    let Some((exe, loader)) = wine() else { return };
    let dir = tempfile::tempdir().expect("tempdir");
    for folder in corpus(dir.path()) {
        let output = format!("{folder} - koonti.xlsx");
        let args = ["merge", &folder, "-o", &output, "--json", "-"];
        let (linux, windows) = both(dir.path(), &exe, &loader, &args);
        assert_eq!(
            linux.status.code(),
            windows.status.code(),
            "{folder}: {}",
            String::from_utf8_lossy(&windows.stderr)
        );
        assert_eq!(
            normalised(&linux.stdout, &folder),
            normalised(&windows.stdout, &folder),
            "{folder}: the Windows build's report differs"
        );
        assert!(dir.path().join(&output).is_file(), "{folder}: no workbook");
    }
}

/// The sorted file names in `folder`.
fn names(folder: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(folder)
        .expect("folder")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

#[test]
fn the_windows_build_writes_templates_and_the_appendix_and_merges_a_drop() {
    let Some((exe, loader)) = wine() else { return };
    let dir = tempfile::tempdir().expect("tempdir");
    let folders = corpus(dir.path());
    let samples_folder = folders[0].as_str();

    let template = |out| {
        [
            "template",
            "--programme",
            "siun-sote-2023-2025",
            "--period",
            "2025",
            "-o",
            out,
        ]
    };
    let (linux, _) = both(dir.path(), &exe, &loader, &template("lomakkeet linux"));
    let (_, windows) = both(dir.path(), &exe, &loader, &template("lomakkeet windows"));
    assert!(
        linux.status.success(),
        "{}",
        String::from_utf8_lossy(&linux.stderr)
    );
    assert!(
        windows.status.success(),
        "{}",
        String::from_utf8_lossy(&windows.stderr)
    );
    let written = names(&dir.path().join("lomakkeet windows"));
    assert_eq!(names(&dir.path().join("lomakkeet linux")), written);
    assert_eq!(written.len(), 7, "six units and a blank one: {written:?}");

    let appendix = [
        "appendix",
        samples_folder,
        "-o",
        "liite.xlsx",
        "--html",
        "liite.html",
    ];
    let (_, windows) = both(dir.path(), &exe, &loader, &appendix);
    assert!(
        windows.status.success(),
        "{}",
        String::from_utf8_lossy(&windows.stderr)
    );
    let page = std::fs::read_to_string(dir.path().join("liite.html")).expect("appendix page");
    assert!(page.contains("Vastauksia saatiin kuusi kappaletta."));

    // A drop: the folder's full path as the only argument, input closed.
    let dropped = Command::new(&loader)
        .arg(&exe)
        .arg(dir.path().join(samples_folder))
        .env("WINEDEBUG", "-all")
        .stdin(Stdio::null())
        .output()
        .expect("wine runs");
    let stdout = String::from_utf8_lossy(&dropped.stdout);
    assert!(
        dropped.status.success(),
        "{stdout}{}",
        String::from_utf8_lossy(&dropped.stderr)
    );
    assert!(stdout.contains("6 vastausta (6 odotetusta)"), "{stdout}");
    for name in ["koonti.xlsx", "liite.html"] {
        let beside = dir.path().join(format!("{samples_folder} - {name}"));
        assert!(beside.is_file(), "{} missing: {stdout}", beside.display());
    }

    // A secretary's folder dropped: the PDF, the copy, the empty workbook
    // and the lock file are each named; the missing unit says what it sent;
    // the summary, the missing units and the outputs come last.
    let folder = crate::util::secretary_folder(dir.path(), "Vastaukset kevät");
    let dropped = Command::new(&loader)
        .arg(&exe)
        .arg(&folder)
        .env("WINEDEBUG", "-all")
        .stdin(Stdio::null())
        .output()
        .expect("wine runs");
    let stdout = String::from_utf8_lossy(&dropped.stdout);
    assert!(dropped.status.success(), "{stdout}");
    assert_secretary_console(&stdout);
}

/// What the secretary reads on the console after dropping
/// [`crate::util::secretary_folder`] (the exe under Wine, koonti on Linux):
/// each file that is no response named in words (the PDF, the copy, the
/// empty workbook); the unit that sent a PDF missing, with what it sent;
/// the unit that said it has nothing to comment answered and asked for
/// nothing; counts in their right forms; no English, no codes; the
/// summary, the missing units and the outputs last.
pub(crate) fn assert_secretary_console(stdout: &str) {
    let lines: Vec<&str> = stdout.lines().collect();
    let naming = |name: &str| -> Vec<&str> {
        lines
            .iter()
            .copied()
            .filter(|l| l.trim_start().starts_with(name))
            .collect()
    };
    let pdf = naming("Pelastuslaitos.pdf:");
    assert_eq!(pdf.len(), 1, "{stdout}");
    assert!(
        pdf[0].contains("PDF-tiedosto, ei Excel-taulukko"),
        "{stdout}"
    );
    let copy = naming("Hallintopalvelut (2).xlsx:");
    assert_eq!(copy.len(), 1, "the copy is one line: {stdout}");
    assert!(
        copy[0].contains("sama kuin ”Hallintopalvelut.xlsx”"),
        "{stdout}"
    );
    let empty = naming("Uusi laskentataulukko.xlsx:");
    assert_eq!(empty.len(), 1, "{stdout}");
    assert!(empty[0].contains("tyhjä työkirja"), "{stdout}");
    assert!(
        stdout.contains("Pelastuslaitos – lähetti tiedoston Pelastuslaitos.pdf: PDF-tiedosto"),
        "{stdout}"
    );
    // Hallintopalvelut said it has nothing to comment: under its heading
    // only the copy's line, never its unanswered measures; not missing.
    let heading = lines
        .iter()
        .position(|l| *l == "Hallintopalvelut:")
        .unwrap_or_else(|| panic!("the copy is under its unit: {stdout}"));
    let its_lines: Vec<&str> = lines[heading + 1..]
        .iter()
        .copied()
        .take_while(|l| l.starts_with("  "))
        .collect();
    assert_eq!(its_lines, copy, "{stdout}");
    let missing = lines
        .iter()
        .position(|l| l.starts_with("Puuttuvat ("))
        .unwrap_or_else(|| panic!("the missing units: {stdout}"));
    assert_eq!(lines[missing], "Puuttuvat (1 yksikkö):", "{stdout}");
    assert!(
        !lines[missing..]
            .iter()
            .any(|l| l.contains("Hallintopalvelut")),
        "{stdout}"
    );
    let summary = lines
        .iter()
        .find(|l| l.starts_with("koonti: "))
        .unwrap_or_else(|| panic!("the summary: {stdout}"));
    assert!(
        summary.contains("5 vastausta (6 odotetusta), 1 puuttuu"),
        "{summary}"
    );
    for wrong in [
        "1 virhettä",
        "1 huomiota",
        "1 tietoa",
        "1 vastausta",
        "1 puuttuvat",
    ] {
        assert!(!summary.contains(wrong), "{wrong}: {summary}");
    }
    for word in crate::util::ENGLISH_OR_CODES {
        assert!(!stdout.contains(word), "{word:?} in {stdout}");
    }
    for line in &lines {
        let english = koonti_model::english_words(line);
        assert!(english.is_empty(), "{english:?} in {line}");
    }
    let last: Vec<&str> = stdout.trim_end().lines().rev().take(4).collect();
    assert!(last[0].starts_with("Valmis."), "{stdout}");
    assert!(
        stdout.find("koonti: ") > stdout.find("Uusi laskentataulukko.xlsx"),
        "the summary after the files: {stdout}"
    );
}

/// Under Wine: an output another program holds open (as Excel does) is
/// refused with what to do, and a folder deep past Windows' old 260
/// characters is merged.
#[test]
fn the_windows_build_names_an_open_output_and_reads_long_paths() {
    let Some((exe, loader)) = wine() else { return };
    let dir = tempfile::tempdir().expect("tempdir");
    let folders = corpus(dir.path());
    let samples_folder = folders[0].as_str();
    let held = dir.path().join("auki Excelissä.xlsx");
    let (linux, _) = both(
        dir.path(),
        &exe,
        &loader,
        &["merge", samples_folder, "-o", "auki Excelissä.xlsx"],
    );
    assert!(linux.status.success() && held.is_file());

    let holder_exe = exe.with_file_name("holdopen.exe");
    let mut holder = Command::new(&loader)
        .arg(&holder_exe)
        .arg("auki Excelissä.xlsx")
        .arg("60")
        .current_dir(dir.path())
        .env("WINEDEBUG", "-all")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .spawn()
        .expect("holdopen.exe runs (.ci/windows.sh builds it beside koonti.exe)");
    let mut line = String::new();
    let stdout = holder.stdout.take().expect("stdout");
    std::io::BufRead::read_line(&mut std::io::BufReader::new(stdout), &mut line).expect("read");
    assert_eq!(line.trim(), "open", "holdopen.exe could not open the file");
    // Under Wine only: the Linux build's rename would replace the held file.
    let windows = Command::new(&loader)
        .arg(&exe)
        .args(["merge", samples_folder, "-o", "auki Excelissä.xlsx"])
        .current_dir(dir.path())
        .env("WINEDEBUG", "-all")
        .stdin(Stdio::null())
        .output()
        .expect("wine runs");
    let _ = holder.kill();
    let _ = holder.wait();
    let stderr = String::from_utf8_lossy(&windows.stderr);
    assert_eq!(windows.status.code(), Some(1), "{stderr}");
    assert!(
        stderr.contains("Tiedosto auki Excelissä.xlsx on auki toisessa ohjelmassa (esim. Excelissä); sulje se ja yritä uudelleen"),
        "{stderr}"
    );

    let long = format!("pitkä kansio {}", "a".repeat(60));
    let deep = dir.path().join(&long).join(&long).join(&long).join(&long);
    std::fs::create_dir_all(&deep).expect("mkdir");
    std::fs::rename(
        dir.path().join(samples_folder),
        deep.join("Vastaukset 2025"),
    )
    .expect("move");
    assert!(deep.join("Vastaukset 2025").as_os_str().len() > 260);
    let dropped = Command::new(&loader)
        .arg(&exe)
        .arg(deep.join("Vastaukset 2025"))
        .env("WINEDEBUG", "-all")
        .stdin(Stdio::null())
        .output()
        .expect("wine runs");
    assert!(
        dropped.status.success(),
        "{}",
        String::from_utf8_lossy(&dropped.stderr)
    );
    assert!(deep.join("Vastaukset 2025 - koonti.xlsx").is_file());
}

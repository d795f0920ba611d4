use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// The `koonti` binary built for these tests.
pub fn koonti() -> Command {
    Command::new(env!("CARGO_BIN_EXE_koonti"))
}

/// The repository root.
pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The bundled samples folder.
pub fn samples() -> PathBuf {
    root().join("samples/siun-sote-2024")
}

/// Runs a command and returns its output, failing with its stderr when it
/// exits with an unexpected status.
pub fn run(cmd: &mut Command, expect_success: bool) -> Output {
    let output = cmd.output().expect("koonti runs");
    assert_eq!(
        output.status.success(),
        expect_success,
        "status {:?}\nstdout:\n{}\nstderr:\n{}",
        output.status,
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
    output
}

/// Merges `inputs` and returns the JSON report.
pub fn merge_json(inputs: &[&Path], out_dir: &Path, extra: &[&str]) -> serde_json::Value {
    let output = run(
        koonti()
            .arg("merge")
            .args(inputs)
            .arg("-o")
            .arg(out_dir.join("koonti.xlsx"))
            .args(["--json", "-"])
            .args(extra),
        true,
    );
    serde_json::from_slice(&output.stdout).expect("stdout is the JSON report")
}

/// The first of `candidates` that runs (`--version` succeeds). Without one
/// the test prints a notice and skips (`None`), except under CI (`CI` set),
/// where that fails: `.ci/run` installs `package`.
pub fn external_tool(
    candidates: &[&'static str],
    package: &str,
    skipped: &str,
) -> Option<&'static str> {
    let found = candidates.iter().copied().find(|cmd| {
        Command::new(cmd)
            .arg("--version")
            .output()
            .is_ok_and(|o| o.status.success())
    });
    if found.is_none() {
        assert!(
            std::env::var_os("CI").is_none(),
            "{} is missing on CI; .ci/run installs {package}",
            candidates[0]
        );
        eprintln!("notice: {} not found, skipping {skipped}", candidates[0]);
    }
    found
}

/// Converts `input` with LibreOffice (`soffice --headless --convert-to
/// FORMAT`) into `out_dir` and returns the new file. Returns `None` with a
/// printed notice when soffice is not installed, except under CI (`CI` set),
/// where a missing soffice fails the test: CI installs it.
#[allow(
    dead_code,
    reason = "single-file form for tests that convert one workbook"
)]
pub fn soffice_convert(input: &Path, format: &str, out_dir: &Path) -> Option<PathBuf> {
    soffice_convert_all(&[input.to_path_buf()], format, out_dir).and_then(|mut v| v.pop())
}

/// Converts several files in one soffice run (starting LibreOffice takes
/// seconds, so tests convert in batches). See [`soffice_convert`].
pub fn soffice_convert_all(
    inputs: &[PathBuf],
    format: &str,
    out_dir: &Path,
) -> Option<Vec<PathBuf>> {
    let soffice = external_tool(
        &["soffice", "libreoffice"],
        "libreoffice-calc",
        "the LibreOffice round trip",
    )?;
    // A private profile per call: concurrent soffice runs share nothing.
    let profile = tempfile::tempdir().expect("profile dir");
    let output = Command::new(soffice)
        .arg(format!(
            "-env:UserInstallation=file://{}",
            profile.path().display()
        ))
        .args([
            "--headless",
            "--norestore",
            "--convert-to",
            format,
            "--outdir",
        ])
        .arg(out_dir)
        .args(inputs)
        .output()
        .expect("soffice runs");
    assert!(
        output.status.success(),
        "soffice failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    let extension = format.split(':').next().unwrap_or(format);
    let converted: Vec<PathBuf> = inputs
        .iter()
        .map(|input| {
            out_dir
                .join(input.file_stem().expect("file name"))
                .with_extension(extension)
        })
        .collect();
    for path in &converted {
        assert!(
            path.exists(),
            "soffice wrote no {}: {}",
            path.display(),
            String::from_utf8_lossy(&output.stdout)
        );
    }
    Some(converted)
}

/// Writes a one-sheet workbook of text rows (empty strings leave the cell
/// empty).
pub fn write_rows(path: &Path, rows: &[&[&str]]) {
    let mut workbook = rust_xlsxwriter::Workbook::new();
    let sheet = workbook.add_worksheet();
    for (r, row) in rows.iter().enumerate() {
        for (c, text) in row.iter().enumerate() {
            if !text.is_empty() {
                sheet
                    .write_string(r as u32, c as u16, *text)
                    .expect("write cell");
            }
        }
    }
    workbook.save(path).expect("save");
}

/// A zip archive of the given entries, in memory.
pub fn zip_of(entries: &[(&str, &[u8])]) -> Vec<u8> {
    use std::io::Write;
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    for (name, bytes) in entries {
        zip.start_file(*name, zip::write::SimpleFileOptions::default())
            .expect("entry");
        zip.write_all(bytes).expect("write");
    }
    zip.finish().expect("zip").into_inner()
}

/// Runs `koonti COMMAND ARGS -o OUTPUT` expecting a refusal: exit 1, one
/// line on standard error naming every part of `expected`, nothing written.
pub fn assert_refused(command: &str, args: &[&std::ffi::OsStr], output: &str, expected: &[&str]) {
    let dir = tempfile::tempdir().expect("tempdir");
    let out = dir.path().join(output);
    let result = koonti()
        .arg(command)
        .args(args)
        .arg("-o")
        .arg(&out)
        .output()
        .expect("runs");
    let stderr = String::from_utf8_lossy(&result.stderr);
    assert_eq!(result.status.code(), Some(1), "{stderr}");
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
    for part in expected {
        assert!(stderr.contains(part), "{part:?} not in {stderr}");
    }
    assert!(!out.exists());
}

/// The report's unmatched cells other than the respondent and date fields
/// read (issue 22: those cells, label and value, stay listed as well as
/// read into `sources[].respondent` / `dated`).
pub fn unmatched_besides_signatures(report: &serde_json::Value) -> Vec<serde_json::Value> {
    let signed: Vec<&str> = report["sources"]
        .as_array()
        .into_iter()
        .flatten()
        .flat_map(|s| [s["respondent"].as_str(), s["dated"].as_str()])
        .flatten()
        .collect();
    report["unmatched"]
        .as_array()
        .into_iter()
        .flatten()
        .filter(|u| {
            let text = u["text"].as_str().unwrap_or_default().trim();
            !(signed.contains(&text) || text.ends_with(':'))
        })
        .cloned()
        .collect()
}

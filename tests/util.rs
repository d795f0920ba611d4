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

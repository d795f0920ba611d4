//! Drop mode (paths and no subcommand, as when files are dropped on
//! koonti.exe), the no-argument text, and the command line's messages in
//! the user's language, run with the real binary.
use crate::util::{koonti, samples};
use std::path::{Path, PathBuf};
use std::process::{Output, Stdio};
use std::time::{Duration, Instant};

/// A copy of the samples in `dir/name`.
fn samples_in(dir: &Path, name: &str) -> PathBuf {
    let folder = dir.join(name);
    std::fs::create_dir_all(&folder).expect("mkdir");
    for entry in std::fs::read_dir(samples()).expect("samples") {
        let path = entry.expect("entry").path();
        std::fs::copy(&path, folder.join(path.file_name().expect("name"))).expect("copy");
    }
    folder
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

/// Runs koonti with `args` and input open but silent, and fails if it
/// waits for it: only a console Windows made for koonti is waited on.
fn run_without_waiting(args: &[&std::ffi::OsStr], env: &[(&str, &str)]) -> Output {
    let mut command = koonti();
    command
        .args(args)
        .env_remove("KOONTI_LANG")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    for (key, value) in env {
        command.env(key, value);
    }
    let mut child = command.spawn().expect("koonti starts");
    let started = Instant::now();
    while child.try_wait().expect("status").is_none() {
        if started.elapsed() > Duration::from_secs(60) {
            let _ = child.kill();
            panic!("koonti waited for input: {args:?}");
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    child.wait_with_output().expect("output")
}

#[test]
fn a_dropped_folder_is_merged_beside_it_and_never_over_a_file() {
    let dir = tempfile::tempdir().expect("tempdir");
    let folder = samples_in(dir.path(), "Vastaukset 2025");
    let before: Vec<String> = names(&folder);
    let output = run_without_waiting(&[folder.as_os_str()], &[]);
    let stdout = text(&output.stdout);
    assert!(output.status.success(), "{stdout}{}", text(&output.stderr));
    assert!(stdout.contains("6 vastausta (6 odotetusta)"), "{stdout}");
    assert!(stdout.contains("Havainnot yksiköittäin"), "{stdout}");
    assert!(!stdout.contains("Korjattavaa"), "{stdout}");
    assert!(
        // Both marks ("partly", as the instructions ask) are an answer and
        // the unit said it has nothing to comment: nothing to fix there, so
        // the console's per-unit lines leave it out.
        !stdout.contains("Hallintopalvelut.xlsx:"),
        "what to fix: {stdout}"
    );
    let workbook = dir.path().join("Vastaukset 2025 - koonti.xlsx");
    let page = dir.path().join("Vastaukset 2025 - liite.html");
    let slides = dir.path().join("Vastaukset 2025 - esitys.pptx");
    assert!(workbook.is_file() && page.is_file(), "{stdout}");
    assert!(std::fs::read(&workbook).expect("read").starts_with(b"PK"));
    assert!(std::fs::read(&slides).expect("the deck").starts_with(b"PK"));
    assert!(stdout.contains("Vastaukset 2025 - esitys.pptx"), "{stdout}");
    assert!(
        std::fs::read_to_string(&page)
            .expect("page")
            .contains("<html lang=\"fi\">")
    );
    assert_eq!(
        names(&folder),
        before,
        "nothing written into the dropped folder"
    );

    // Dropped again: the first outputs stay, the new ones get " (2)".
    let first = std::fs::read(&workbook).expect("read");
    let again = run_without_waiting(&[folder.as_os_str()], &[]);
    assert!(again.status.success(), "{}", text(&again.stderr));
    assert_eq!(std::fs::read(&workbook).expect("read"), first);
    assert!(
        dir.path()
            .join("Vastaukset 2025 - koonti (2).xlsx")
            .is_file()
    );
    assert!(
        dir.path()
            .join("Vastaukset 2025 - liite (2).html")
            .is_file()
    );
    assert!(
        dir.path()
            .join("Vastaukset 2025 - esitys (2).pptx")
            .is_file()
    );
}

#[test]
fn dropped_files_give_koonti_xlsx_in_their_folder_in_the_chosen_language() {
    let dir = tempfile::tempdir().expect("tempdir");
    let folder = samples_in(dir.path(), "saapuneet åäö");
    let one = folder.join("Pelastuslaitos.xlsx");
    let two = folder.join("Hallintopalvelut.xlsx");
    let output = run_without_waiting(
        &[one.as_os_str(), two.as_os_str()],
        &[("KOONTI_LANG", "sv")],
    );
    let stdout = text(&output.stdout);
    assert!(output.status.success(), "{stdout}{}", text(&output.stderr));
    assert!(folder.join("koonti.xlsx").is_file(), "{stdout}");
    assert!(folder.join("liite.html").is_file(), "{stdout}");
    assert!(folder.join("esitys.pptx").is_file(), "{stdout}");
    assert!(stdout.contains("2 svar (av 6 väntade)"), "{stdout}");
    assert!(stdout.contains("Klart."), "{stdout}");
}

#[test]
fn no_arguments_tell_what_to_do_in_the_users_language() {
    for (lang, says) in [
        (None, "Vedä kansio"),
        (Some("sv"), "Dra mappen"),
        (Some("en"), "Drag the folder"),
    ] {
        let env: Vec<(&str, &str)> = lang.map(|l| ("KOONTI_LANG", l)).into_iter().collect();
        let output = run_without_waiting(&[], &env);
        assert!(output.status.success());
        assert!(
            text(&output.stdout).contains(says),
            "{lang:?}: {}",
            text(&output.stdout)
        );
    }
}

#[test]
fn a_mistyped_command_is_named_and_an_error_in_each_language() {
    let output = run_without_waiting(&["mrege".as_ref()], &[]);
    assert_eq!(output.status.code(), Some(2));
    let stderr = text(&output.stderr);
    assert!(
        stderr.contains("”mrege” ei ole koonnin komento"),
        "{stderr}"
    );

    let dir = tempfile::tempdir().expect("tempdir");
    let missing = dir.path().join("ei ole");
    for (lang, says) in [
        ("fi", "ei löydy"),
        ("sv", "finns inte"),
        ("en", "There is no file or folder"),
    ] {
        let output = run_without_waiting(
            &[
                "merge".as_ref(),
                missing.as_os_str(),
                "--lang".as_ref(),
                lang.as_ref(),
            ],
            &[],
        );
        let stderr = text(&output.stderr);
        assert_eq!(output.status.code(), Some(1), "{stderr}");
        assert!(
            stderr.contains(says) && stderr.contains("ei ole"),
            "{lang}: {stderr}"
        );
        assert_eq!(stderr.lines().count(), 1, "{stderr}");
    }
}

#[test]
fn clap_errors_and_help_are_in_the_users_language() {
    let output = run_without_waiting(&["merge".as_ref(), "--nope".as_ref(), "x".as_ref()], &[]);
    assert_eq!(output.status.code(), Some(2));
    assert!(
        text(&output.stderr).contains("Tuntematon valinta --nope"),
        "{}",
        text(&output.stderr)
    );
    let output = run_without_waiting(&["merge".as_ref()], &[("KOONTI_LANG", "en")]);
    assert_eq!(output.status.code(), Some(2));
    assert!(
        text(&output.stderr).contains("Missing"),
        "{}",
        text(&output.stderr)
    );
    for (lang, usage) in [("fi", "Käyttö:"), ("sv", "Användning:"), ("en", "Usage:")] {
        let output = run_without_waiting(&["--help".as_ref()], &[("KOONTI_LANG", lang)]);
        assert!(output.status.success());
        assert!(
            text(&output.stdout).contains(usage),
            "{lang}: {}",
            text(&output.stdout)
        );
    }
}

#[test]
fn the_summary_line_counts_in_finnish_forms() {
    let dir = tempfile::tempdir().expect("tempdir");
    let out = dir.path().join("k.xlsx");
    let output = run_without_waiting(
        &[
            "merge".as_ref(),
            samples().join("Hallintopalvelut.xlsx").as_os_str(),
            "-o".as_ref(),
            out.as_os_str(),
        ],
        &[],
    );
    let stderr = text(&output.stderr);
    assert!(output.status.success(), "{stderr}");
    assert!(
        stderr.contains("1 vastaus (6 odotetusta), 5 puuttuu"),
        "{stderr}"
    );
    assert!(
        stderr.contains("0 virhettä, 0 huomiota, 1 tieto"),
        "{stderr}"
    );
    assert!(
        !stderr.contains("1 vastausta") && !stderr.contains("1 tietoa"),
        "{stderr}"
    );
}

/// An output koonti cannot create is named as given, never by the
/// temporary file it tried first.
#[cfg(target_os = "linux")]
#[test]
fn a_refused_output_is_named_without_its_temporary_file() {
    let target = Path::new("/proc/koonti.xlsx");
    let output = run_without_waiting(
        &[
            "merge".as_ref(),
            samples().as_os_str(),
            "-o".as_ref(),
            target.as_os_str(),
        ],
        &[],
    );
    let stderr = text(&output.stderr);
    assert_eq!(output.status.code(), Some(1), "{stderr}");
    assert!(stderr.contains("/proc/koonti.xlsx"), "{stderr}");
    assert!(
        stderr.contains("kansioon /proc ei voi kirjoittaa"),
        "{stderr}"
    );
    assert!(
        !stderr.contains(".koonti-"),
        "a temporary file named: {stderr}"
    );
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
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

/// A path that is missing among others is a finding in the user's
/// language, not the system's English.
#[test]
fn a_missing_input_among_others_is_a_finding_in_the_users_language() {
    let dir = tempfile::tempdir().expect("tempdir");
    let missing = dir.path().join("puuttuu.xlsx");
    for (lang, says) in [
        ("fi", "tiedostoa tai kansiota ei löydy"),
        ("sv", "filen eller mappen finns inte"),
        ("en", "there is no such file or folder"),
    ] {
        let report = crate::util::merge_json(
            &[&samples().join("Pelastuslaitos.xlsx"), &missing],
            dir.path(),
            &["--lang", lang],
        );
        let finding = report["findings"]
            .as_array()
            .expect("findings")
            .iter()
            .find(|f| f["code"] == "input_not_found")
            .expect("the missing path is a finding");
        let message = finding["message"].as_str().expect("message");
        assert!(message.contains(says), "{lang}: {message}");
    }
}

/// `koonti … | head -1`: a reader that closed the pipe early is no panic
/// and no error. Listing and showing programmes end quietly; a merge with
/// `--json -` still writes its workbook.
#[test]
fn a_closed_pipe_is_no_panic() {
    let dir = tempfile::tempdir().expect("tempdir");
    let workbook = dir.path().join("koonti.xlsx");
    let samples = samples();
    let runs: [Vec<&std::ffi::OsStr>; 4] = [
        vec!["programme".as_ref(), "list".as_ref()],
        vec![
            "programme".as_ref(),
            "show".as_ref(),
            "siun-sote-2023-2025".as_ref(),
        ],
        vec![
            "merge".as_ref(),
            samples.as_os_str(),
            "-o".as_ref(),
            workbook.as_os_str(),
            "--json".as_ref(),
            "-".as_ref(),
        ],
        vec!["--help".as_ref()],
    ];
    for args in runs {
        let (reader, writer) = std::io::pipe().expect("pipe");
        drop(reader);
        let output = koonti()
            .args(&args)
            .env_remove("KOONTI_LANG")
            .stdin(Stdio::null())
            .stdout(writer)
            .stderr(Stdio::piped())
            .output()
            .expect("koonti runs");
        let stderr = text(&output.stderr);
        assert!(!stderr.contains("panicked"), "{args:?}: {stderr}");
        assert!(!stderr.contains("Broken pipe"), "{args:?}: {stderr}");
        assert_eq!(output.status.code(), Some(0), "{args:?}: {stderr}");
    }
    assert!(workbook.is_file(), "the merge wrote its workbook");
}

/// The secretary's folder dropped on koonti (Linux; the Wine test drops it
/// on the exe): what she reads is checked by the same assertions.
#[test]
fn a_secretarys_folder_dropped_names_every_file_and_asks_nothing_of_a_unit_with_nothing_to_comment()
{
    let dir = tempfile::tempdir().expect("tempdir");
    let folder = crate::util::secretary_folder(dir.path(), "Vastaukset kevät");
    let output = run_without_waiting(&[folder.as_os_str()], &[]);
    let stdout = text(&output.stdout);
    assert!(output.status.success(), "{stdout}{}", text(&output.stderr));
    crate::wine::assert_secretary_console(&stdout);
}

/// Issue 21 audit: a drop whose files answer no known programme (or are
/// of several periods) is told where to choose, in its own terms: the
/// exe takes no options, so never "--programme" or "--period".
#[test]
fn a_drop_that_needs_a_choice_is_sent_to_the_page_not_to_an_option() {
    let dir = tempfile::tempdir().expect("tempdir");
    let folder = dir.path().join("Vuosisuunnitelmat");
    std::fs::create_dir_all(&folder).expect("mkdir");
    crate::util::write_rows(
        &folder.join("suunnitelma.xlsx"),
        &[
            &["Vuosisuunnitelma"],
            &["Tehtävä", "Valmis"],
            &["Kahvinkeitin hankitaan taukotilaan", "x"],
        ],
    );
    for (lang, page) in [
        ("fi", "selainsivulla koonti.html"),
        ("sv", "webbsidan koonti.html"),
    ] {
        let output = run_without_waiting(&[folder.as_os_str()], &[("KOONTI_LANG", lang)]);
        let said = format!("{}{}", text(&output.stdout), text(&output.stderr));
        assert!(!output.status.success(), "{said}");
        assert!(said.contains(page), "{said}");
        assert!(!said.contains("--"), "{said}");
        assert!(!said.contains("TOML") && !said.contains(".toml"), "{said}");
    }
}

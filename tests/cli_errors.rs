//! Bad input on the command line: one exact line on stderr per skipped
//! input, the others still processed, and the exit statuses 0 / 1 / 2.

use std::fs;
use std::path::PathBuf;
use std::process::Command;

fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("hark-cli-{name}-{}", std::process::id()));
    let _ = fs::remove_dir_all(&dir);
    fs::create_dir_all(&dir).unwrap();
    dir
}

fn hark(dir: &PathBuf, args: &[&str]) -> (String, String, i32) {
    let out = Command::new(env!("CARGO_BIN_EXE_hark"))
        .args(args)
        .current_dir(dir)
        .output()
        .expect("hark runs");
    (
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
        out.status.code().unwrap_or(-1),
    )
}

#[test]
fn bad_inputs_are_reported_and_the_rest_processed() {
    let dir = scratch("bad");
    fs::write(dir.join("good.txt"), "Good Title\n\nBody text.\n").unwrap();
    fs::write(dir.join("empty.txt"), "").unwrap();
    fs::write(dir.join("bin.txt"), b"abc\0").unwrap();
    fs::write(dir.join("latin1.txt"), b"Caf\xe9 Title\n\nBody.\n").unwrap();
    fs::create_dir(dir.join("nothing")).unwrap();
    let (stdout, stderr, code) = hark(
        &dir,
        &[
            "quotes",
            "--json",
            "missing.txt",
            "empty.txt",
            "bin.txt",
            "nothing",
            "latin1.txt",
            "good.txt",
        ],
    );
    assert_eq!(code, 1);
    assert_eq!(
        stderr,
        "hark: missing.txt: no such file or directory\n\
         hark: empty.txt: empty file, nothing to read\n\
         hark: bin.txt: binary file (NUL byte at offset 3), not an article\n\
         hark: nothing: no articles in this directory (looked for .txt, .md, .html and feed files)\n\
         hark: latin1.txt: warning: invalid UTF-8 at byte 3, replaced with U+FFFD\n"
    );
    let files: Vec<String> = stdout
        .lines()
        .map(|l| serde_json::from_str::<serde_json::Value>(l).unwrap()["file"].to_string())
        .collect();
    assert_eq!(files, ["\"latin1.txt\"", "\"good.txt\""]);
}

#[test]
fn exit_statuses() {
    let dir = scratch("status");
    fs::write(dir.join("a.md"), "# A\n\nBody.\n").unwrap();
    assert_eq!(hark(&dir, &["text", "a.md"]).2, 0);
    assert_eq!(hark(&dir, &["text", "."]).2, 0);
    assert_eq!(hark(&dir, &["text", "b.md"]).2, 1);
    assert_eq!(hark(&dir, &["quotes", "--no-such-flag"]).2, 2);
    assert_eq!(hark(&dir, &["--help"]).2, 0);
}

#[test]
fn standard_input() {
    use std::io::Write;
    let mut child = Command::new(env!("CARGO_BIN_EXE_hark"))
        .args(["text", "-"])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(b"# From Stdin\n\nIt [works](#).\n")
        .unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success());
    assert_eq!(
        String::from_utf8(out.stdout).unwrap(),
        "From Stdin\n\nIt works.\n"
    );
}

#[test]
fn help_names_the_config_file() {
    let dir = scratch("help");
    let (stdout, _, code) = hark(&dir, &["--help"]);
    assert_eq!(code, 0);
    assert!(stdout.contains("hark/config.toml"), "{stdout}");
    assert!(stdout.contains("NO_COLOR"), "{stdout}");
}

//! Bad input through the real binary: `hark quotes --json`, `hark quotes`
//! (the table) and `hark text` on missing, empty, binary, non-UTF-8, huge,
//! quote-flooded and malformed files. Each gets a clear stderr line naming
//! the file and the reason, the good files are still printed, nothing panics,
//! and no input file is ever written.

use std::collections::hash_map::DefaultHasher;
use std::fs;
use std::hash::{Hash, Hasher};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant, SystemTime};

fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("hark-robust-{name}-{}", std::process::id()));
    let _ = fs::remove_dir_all(&dir);
    fs::create_dir_all(&dir).unwrap();
    dir
}

struct Run {
    stdout: Vec<u8>,
    stderr: String,
    code: i32,
    took: Duration,
}

impl Run {
    fn out(&self) -> String {
        String::from_utf8_lossy(&self.stdout).into_owned()
    }
}

fn hark(dir: &Path, args: &[&str]) -> Run {
    let start = Instant::now();
    let out = Command::new(env!("CARGO_BIN_EXE_hark"))
        .args(args)
        .current_dir(dir)
        .env("XDG_CONFIG_HOME", dir.join("no-config"))
        .output()
        .expect("hark runs");
    let run = Run {
        stdout: out.stdout,
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
        code: out.status.code().unwrap_or(-1),
        took: start.elapsed(),
    };
    assert!(
        !run.stderr.contains("panicked"),
        "hark {args:?} panicked:\n{}",
        run.stderr
    );
    run
}

/// The three output modes every bad input is tried with.
const MODES: [&[&str]; 3] = [&["quotes", "--json"], &["quotes"], &["text"]];

/// Waits for `child` to end and returns its output; kills it and fails
/// with `hang` if it is still running after 20 seconds.
fn finish_within_20_s(mut child: std::process::Child, hang: &str) -> std::process::Output {
    let deadline = Instant::now() + Duration::from_secs(20);
    while child.try_wait().unwrap().is_none() {
        if Instant::now() > deadline {
            let _ = child.kill();
            panic!("{hang}");
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    child.wait_with_output().unwrap()
}

fn with_paths<'a>(mode: &[&'a str], paths: &[&'a str]) -> Vec<&'a str> {
    mode.iter().chain(paths).copied().collect()
}

/// Content hash and modification time: what "never written" means.
fn fingerprint(path: &Path) -> (u64, SystemTime, u64) {
    let meta = fs::metadata(path).unwrap();
    let mut h = DefaultHasher::new();
    fs::read(path).unwrap().hash(&mut h);
    (h.finish(), meta.modified().unwrap(), meta.len())
}

/// Bytes that must never reach a terminal from an article: ESC, BEL, CR, the
/// other C0 controls but newline, C1 controls (raw bytes or as UTF-8) and
/// bidi overrides.
fn terminal_hazards(out: &[u8]) -> Vec<String> {
    let text = String::from_utf8_lossy(out);
    text.chars()
        .filter(|&c| {
            (c.is_control() && c != '\n')
                || matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
        })
        .map(|c| format!("U+{:04X}", c as u32))
        .collect()
}

#[test]
fn each_bad_file_gets_one_clear_line_in_every_mode() {
    let dir = scratch("bad");
    fs::write(dir.join("empty.txt"), "").unwrap();
    fs::write(dir.join("blank.md"), "  \n\n\t\n").unwrap();
    fs::write(dir.join("bin.txt"), b"Title\n\nsome\0binary").unwrap();
    let mut png = vec![
        0x89, b'P', b'N', b'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D,
    ];
    png.extend((0..4000u32).map(|i| (i * 7919 % 251) as u8));
    fs::write(dir.join("photo.txt"), &png).unwrap();
    let cases: [(&str, &str); 5] = [
        ("missing.txt", "missing.txt: no such file or directory"),
        ("empty.txt", "empty.txt: empty file, nothing to read"),
        ("blank.md", "blank.md: empty file, nothing to read"),
        (
            "bin.txt",
            "bin.txt: binary file (NUL byte at offset 11), not an article",
        ),
        (
            "photo.txt",
            "photo.txt: binary file (NUL byte at offset 8), not an article",
        ),
    ];
    for mode in MODES {
        for (file, message) in cases {
            let run = hark(&dir, &with_paths(mode, &[file]));
            assert_eq!(run.code, 1, "{mode:?} {file}: {}", run.stderr);
            assert_eq!(run.stderr, format!("hark: {message}\n"), "{mode:?} {file}");
            assert!(run.stdout.is_empty(), "{mode:?} {file}: {}", run.out());
        }
    }
}

#[test]
fn invalid_utf8_is_warned_and_still_read() {
    let dir = scratch("utf8");
    // Latin-1 bytes, a lone continuation byte and a truncated sequence.
    fs::write(
        dir.join("latin1.txt"),
        b"Caf\xe9 owners protest\n\n\"We will not close,\" said Ren\xe9 Dupont.\n\nEnd \x80 \xe2\x80\n",
    )
    .unwrap();
    for mode in MODES {
        let run = hark(&dir, &with_paths(mode, &["latin1.txt"]));
        assert_eq!(run.code, 0, "{mode:?}: {}", run.stderr);
        assert_eq!(
            run.stderr,
            "hark: latin1.txt: warning: invalid UTF-8 at byte 3, replaced with U+FFFD\n"
        );
        let out = run.out();
        assert!(
            out.contains("Caf\u{FFFD} owners protest"),
            "{mode:?}: {out}"
        );
    }
    let run = hark(&dir, &["quotes", "--json", "latin1.txt"]);
    let v: serde_json::Value = serde_json::from_slice(&run.stdout).unwrap();
    assert_eq!(v["quotes"][0]["text"], "We will not close,");
    assert_eq!(
        v["warnings"][0],
        "invalid UTF-8 at byte 3, replaced with U+FFFD"
    );
}

#[test]
fn a_file_over_100_mb_is_refused_from_its_size_alone() {
    let dir = scratch("huge");
    let path = dir.join("huge.txt");
    // Sparse: costs no disk and, if hark read it, a long time and 100 MB.
    fs::File::create(&path)
        .unwrap()
        .set_len(100 * 1024 * 1024 + 1)
        .unwrap();
    for mode in MODES {
        let run = hark(&dir, &with_paths(mode, &["huge.txt"]));
        assert_eq!(run.code, 1);
        assert_eq!(
            run.stderr,
            "hark: huge.txt: file too large (104857601 bytes; the limit is 100 MB)\n"
        );
        assert!(
            run.took < Duration::from_secs(10),
            "{mode:?} took {:?}: it must not read the file",
            run.took
        );
    }
    fs::remove_file(&path).unwrap();
}

#[test]
fn good_files_are_still_printed_next_to_bad_ones() {
    let dir = scratch("mix");
    fs::write(
        dir.join("good.txt"),
        "Council votes\n\n\"It passed,\" said Ann Lee.\n",
    )
    .unwrap();
    fs::write(dir.join("empty.md"), "").unwrap();
    fs::write(dir.join("bin.html"), b"<html>\0</html>").unwrap();
    fs::File::create(dir.join("huge.md"))
        .unwrap()
        .set_len(200 * 1024 * 1024)
        .unwrap();
    let paths = ["missing.txt", "good.txt", "empty.md", "bin.html", "huge.md"];
    let expected_err = "hark: missing.txt: no such file or directory\n\
                        hark: empty.md: empty file, nothing to read\n\
                        hark: bin.html: binary file (NUL byte at offset 6), not an article\n\
                        hark: huge.md: file too large (209715200 bytes; the limit is 100 MB)\n";
    let json = hark(&dir, &with_paths(&["quotes", "--json"], &paths));
    assert_eq!(json.code, 1);
    assert_eq!(json.stderr, expected_err);
    let lines: Vec<serde_json::Value> = json
        .out()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 1);
    assert_eq!(lines[0]["file"], "good.txt");
    assert_eq!(lines[0]["quotes"][0]["speaker"], "Ann Lee");

    let table = hark(&dir, &with_paths(&["quotes"], &paths));
    assert_eq!((table.code, table.stderr.as_str()), (1, expected_err));
    assert!(table.out().contains("Ann Lee"), "{}", table.out());

    let text = hark(&dir, &with_paths(&["text"], &paths));
    assert_eq!((text.code, text.stderr.as_str()), (1, expected_err));
    assert_eq!(
        text.out(),
        "Council votes\n\n\"It passed,\" said Ann Lee.\n"
    );

    // A usage error is told apart from a skipped file: status 2.
    for args in [
        &["quotes", "--no-such-flag", "good.txt"][..],
        &["text", "--json", "good.txt"],
        &["no-such-command-but-a-path-with", "two", "--bogus"],
    ] {
        let run = hark(&dir, args);
        assert_eq!(run.code, 2, "{args:?}: {}", run.stderr);
        assert!(run.stderr.contains("error"), "{args:?}: {}", run.stderr);
        assert!(run.stdout.is_empty());
    }
}

#[test]
fn unbalanced_quotes_end_quickly_and_read() {
    let dir = scratch("quotes");
    // 100 000 opening curly quotes, none closed.
    let mut open = String::from("Flood of openings\n\n");
    for i in 0..100_000 {
        open.push_str(if i % 10 == 9 {
            "“said\n\n"
        } else {
            "“word "
        });
    }
    fs::write(dir.join("open.txt"), &open).unwrap();
    // 1 MB of straight double quotes (no blank line at all: one paragraph).
    let mut straight = String::from("Straight\n\n");
    straight.push_str(&"\"".repeat(1024 * 1024));
    fs::write(dir.join("straight.txt"), &straight).unwrap();
    // Markdown and HTML with a quote left open.
    fs::write(
        dir.join("open.md"),
        format!("# Open\n\n{}", "“He said it ‘never ".repeat(20_000)),
    )
    .unwrap();
    fs::write(
        dir.join("open.html"),
        format!(
            "<html><body><article><h1>Open</h1>{}</article></body></html>",
            "<p>“Never closed, said Ann Lee. ‘Nor this</p>".repeat(5_000)
        ),
    )
    .unwrap();
    for file in ["open.txt", "straight.txt", "open.md", "open.html"] {
        let run = hark(&dir, &["quotes", "--json", file]);
        assert_eq!(run.code, 0, "{file}: {}", run.stderr);
        assert!(run.stderr.is_empty(), "{file}: {}", run.stderr);
        let v: serde_json::Value = serde_json::from_slice(&run.stdout)
            .unwrap_or_else(|e| panic!("{file}: not one JSON object: {e}"));
        // Every offset lies in the input and the text is where it says.
        let source = fs::read_to_string(dir.join(file)).unwrap();
        if file != "open.html" {
            for q in v["quotes"].as_array().unwrap() {
                let (s, e) = (
                    q["start"].as_u64().unwrap() as usize,
                    q["end"].as_u64().unwrap() as usize,
                );
                assert_eq!(source.get(s..e), q["text"].as_str(), "{file}");
            }
        }
        assert!(
            run.took < Duration::from_secs(30),
            "{file}: quotes took {:?}",
            run.took
        );
        let text = hark(&dir, &["text", file]);
        assert_eq!(text.code, 0, "{file}: {}", text.stderr);
        assert!(text.took < Duration::from_secs(30));
    }
}

#[test]
fn malformed_html_gives_an_article_or_a_clear_line_never_a_panic() {
    let dir = scratch("html");
    let pages: [(&str, &str); 8] = [
        (
            "unclosed.html",
            "<html><body><p>unclosed <b><i>tags <div><p>\"Quote here,\" said Bob Jones.<table><tr><td>x",
        ),
        (
            "angles.html",
            "<html><<<<>>>><p>a <</p>>\"Hi,\" said Ann Lee.<</html",
        ),
        (
            "mismatched.html",
            "<html><body></div></span><p>Text</b></i></p></p></body></html></html>",
        ),
        (
            "broken-entities.html",
            "<html><body><p>&amp &#xZZ; &#99999999; &bogus; &#0; \"Fine,\" said Al Roe.</p>",
        ),
        (
            "only-head.html",
            "<html><head><title>Just a title</title></head></html>",
        ),
        ("comment.html", "<html><!-- never closed <p>text</p>"),
        (
            "script.html",
            "<html><body><script>var s = '</p><p>'; </script",
        ),
        (
            "cdata.html",
            "<!DOCTYPE html><![CDATA[ <p>x</p> <svg><foreignObject><p>Inside",
        ),
    ];
    for (name, page) in pages {
        fs::write(dir.join(name), page).unwrap();
        for mode in MODES {
            let run = hark(&dir, &with_paths(mode, &[name]));
            match run.code {
                0 => assert!(!run.stdout.is_empty(), "{mode:?} {name}: no output"),
                1 => {
                    assert!(
                        run.stderr.starts_with(&format!("hark: {name}: ")),
                        "{mode:?} {name}: {}",
                        run.stderr
                    );
                    assert_eq!(run.stderr.lines().count(), 1, "{name}: {}", run.stderr);
                }
                code => panic!("{mode:?} {name}: exit {code}: {}", run.stderr),
            }
            assert!(run.took < Duration::from_secs(20), "{name}: {:?}", run.took);
        }
    }
    let run = hark(&dir, &["quotes", "--json", "unclosed.html"]);
    let v: serde_json::Value = serde_json::from_slice(&run.stdout).unwrap();
    assert_eq!(v["quotes"][0]["speaker"], "Bob Jones");
}

#[test]
fn escape_sequences_in_an_article_never_reach_the_output() {
    let dir = scratch("escapes");
    let evil = "Evil \x1b[2J\x1b[H title\x07\n\n\
                He said \u{201c}clear \x1b[2J screen \x1b]52;c;aGVsbG8=\x07 copy \
                \u{9b}31m red \u{202e}reversed\u{202c} ok\r overwrite\x08\x08 \x07bell\u{201d}, \
                Ann Lee said.\n\n\
                \"Second \x1b[31mred\x1b[0m \x1b]0;pwned\x1b\\ quote,\" said Bob \x1b[8mJones.\n";
    fs::write(dir.join("evil.txt"), evil).unwrap();
    let html = format!(
        "<html><head><title>T \x1b[2J</title></head><body><article><h1>Head \u{9b}2J</h1>\
         <p>{}</p><p>\"Quote \x1b]0;pwn\x07 here,\" said Bob Jones.</p></article></body></html>",
        "Intro \x1b[31m red \x07 and tab\there. ".repeat(10)
    );
    fs::write(dir.join("evil.html"), html).unwrap();
    fs::write(
        dir.join("evil.md"),
        format!("# Md \x1b[2J\n\n{}", &evil[20..]),
    )
    .unwrap();
    for file in ["evil.txt", "evil.html", "evil.md"] {
        for mode in [&["quotes"][..], &["text"]] {
            let run = hark(&dir, &with_paths(mode, &[file]));
            assert_eq!(run.code, 0, "{mode:?} {file}: {}", run.stderr);
            assert_eq!(
                terminal_hazards(&run.stdout),
                Vec::<String>::new(),
                "{mode:?} {file}:\n{}",
                run.out()
            );
        }
        // JSON keeps the text exactly, but escaped: no raw control at all.
        let json = hark(&dir, &["quotes", "--json", file]);
        let line = json.out();
        assert_eq!(
            terminal_hazards(line.trim_end().as_bytes()),
            Vec::<String>::new()
        );
        let v: serde_json::Value = serde_json::from_str(&line).unwrap();
        if file == "evil.txt" {
            let q = v["quotes"][0]["text"].as_str().unwrap();
            assert!(
                q.contains("\x1b]52;c;aGVsbG8=\x07") && q.contains('\u{9b}'),
                "{q}"
            );
        }
    }
    let text = hark(&dir, &["text", "evil.txt"]).out();
    assert!(text.contains("\u{FFFD}[2J"), "{text}");
    // The plain-text reading of an HTML page is what its offsets count in.
    let text = hark(&dir, &["text", "evil.html"]).out();
    let json = hark(&dir, &["quotes", "--json", "evil.html"]);
    let v: serde_json::Value = serde_json::from_slice(&json.stdout).unwrap();
    for q in v["quotes"].as_array().unwrap() {
        let (s, e) = (
            q["start"].as_u64().unwrap() as usize,
            q["end"].as_u64().unwrap() as usize,
        );
        assert_eq!(text.get(s..e), q["text"].as_str(), "{text}");
    }
}

#[test]
fn escape_sequences_in_file_names_never_reach_stderr() {
    let dir = scratch("names");
    fs::create_dir(dir.join("folder")).unwrap();
    fs::write(dir.join("folder/\x1b[2Jempty.txt"), "").unwrap();
    fs::write(
        dir.join("folder/\x1b]0;x\x07bad\u{9b}.txt"),
        b"Caf\xe9\n\nBody.\n",
    )
    .unwrap();
    let run = hark(&dir, &["text", "folder", "\x1b[31mmissing.txt"]);
    assert_eq!(run.code, 1);
    assert_eq!(
        terminal_hazards(run.stderr.as_bytes()),
        Vec::<String>::new(),
        "{:?}",
        run.stderr
    );
    assert!(
        run.stderr.contains("\u{FFFD}[2Jempty.txt: empty file"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.contains("\u{FFFD}[31mmissing.txt: no such file"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr
            .contains("bad\u{FFFD}.txt: warning: invalid UTF-8"),
        "{}",
        run.stderr
    );
}

#[test]
fn input_files_are_never_written() {
    let dir = scratch("readonly");
    let files: Vec<(&str, Vec<u8>)> = vec![
        ("a.txt", b"Title\n\n\"Quote,\" said Ann Lee.\n".to_vec()),
        ("b.md", b"# T\n\n\xe9 invalid \"q,\" said Bo.\n".to_vec()),
        ("c.html", b"<html><p>\"Hi,\" said Al Roe.</p>".to_vec()),
        ("d.txt", Vec::new()),
        ("e.txt", b"bin\0ary".to_vec()),
        ("f.txt", b"Esc \x1b[2J\n\nbody\r\n".to_vec()),
    ];
    for (name, bytes) in &files {
        fs::write(dir.join(name), bytes).unwrap();
    }
    // Old mtimes, so a rewrite within the same second would still show.
    let old = SystemTime::UNIX_EPOCH + Duration::from_secs(1_000_000_000);
    for (name, _) in &files {
        fs::File::options()
            .write(true)
            .open(dir.join(name))
            .unwrap()
            .set_modified(old)
            .unwrap();
    }
    let before: Vec<_> = files
        .iter()
        .map(|(n, _)| fingerprint(&dir.join(n)))
        .collect();
    let names: Vec<&str> = files.iter().map(|(n, _)| *n).collect();
    for mode in
        MODES
            .iter()
            .copied()
            .chain([&["speakers"][..], &["compare"], &["speakers", "--json"]])
    {
        hark(&dir, &with_paths(mode, &names));
        hark(&dir, &with_paths(mode, &["."]));
    }
    let after: Vec<_> = files
        .iter()
        .map(|(n, _)| fingerprint(&dir.join(n)))
        .collect();
    assert_eq!(before, after);
    for ((name, bytes), _) in files.iter().zip(&after) {
        assert_eq!(&fs::read(dir.join(name)).unwrap(), bytes, "{name}");
    }
    // Nothing new appeared beside them either.
    let mut listed: Vec<_> = fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    listed.sort();
    assert_eq!(listed, names);
}

#[test]
fn malformed_markdown_and_long_lines_end_quickly() {
    let dir = scratch("markdown");
    let files: [(&str, String); 7] = [
        (
            "deep-quote.md",
            format!("# T\n\n{} \"Hi,\" said Al Roe.\n", ">".repeat(100_000)),
        ),
        (
            "deep-list.md",
            (0..3000)
                .map(|i| format!("{}- x\n", "  ".repeat(i)))
                .collect(),
        ),
        (
            "fence.md",
            format!(
                "# T\n\n```\nunclosed \"q,\" said Al.\n{}",
                "x\n".repeat(1000)
            ),
        ),
        (
            "brackets.md",
            format!("# T\n\n{}x{}\n", "[".repeat(100_000), "](".repeat(50_000)),
        ),
        ("emphasis.md", format!("# T\n\n{}\n", "*_".repeat(100_000))),
        ("one-word.txt", format!("T\n\n{}\n", "a".repeat(2_000_000))),
        (
            "crlf.txt",
            "Title\r\n\r\n\"Yes,\" said Al Roe.\r\n".repeat(1000),
        ),
    ];
    for (name, body) in &files {
        fs::write(dir.join(name), body).unwrap();
        for mode in MODES {
            let run = hark(&dir, &with_paths(mode, &[name]));
            assert_eq!(run.code, 0, "{mode:?} {name}: {}", run.stderr);
            assert!(run.took < Duration::from_secs(30), "{name}: {:?}", run.took);
        }
    }
}

#[test]
fn an_endless_device_is_capped_at_100_mb() {
    if !Path::new("/dev/zero").exists() {
        eprintln!("SKIP: no /dev/zero on this system");
        return;
    }
    let dir = scratch("zero");
    let run = hark(&dir, &["text", "/dev/zero"]);
    assert_eq!(run.code, 1);
    assert_eq!(
        run.stderr,
        "hark: /dev/zero: file too large (104857601 bytes; the limit is 100 MB)\n"
    );
}

#[test]
fn the_reader_refuses_output_that_is_not_a_terminal() {
    let dir = scratch("notty");
    fs::write(dir.join("good.txt"), "Title\n\n\"Yes,\" said Al Roe.\n").unwrap();
    // Without the check the reader drew its screen into the pipe and waited,
    // unseen, for keys: never wait for it longer than a few seconds.
    let child = Command::new(env!("CARGO_BIN_EXE_hark"))
        .args(["missing.txt", "good.txt"])
        .current_dir(&dir)
        .env("XDG_CONFIG_HOME", dir.join("no-config"))
        .stdin(std::process::Stdio::null())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let out = finish_within_20_s(
        child,
        "the reader waited for keys with no terminal to show them",
    );
    assert_eq!(out.status.code(), Some(1));
    assert!(
        out.stdout.is_empty(),
        "{:?}",
        String::from_utf8_lossy(&out.stdout)
    );
    assert_eq!(
        String::from_utf8_lossy(&out.stderr),
        "hark: missing.txt: no such file or directory\n\
         hark: the reader needs a terminal and standard output is not one; \
         `hark text` and `hark quotes` print articles\n"
    );
    let only_missing = hark(&dir, &["missing.txt"]);
    assert_eq!(only_missing.code, 1);
    assert_eq!(
        only_missing.stderr,
        "hark: missing.txt: no such file or directory\n"
    );
}

#[test]
fn classic_mac_line_endings_keep_their_paragraphs() {
    let dir = scratch("cr");
    fs::write(
        dir.join("mac.txt"),
        "Harbour reopens\r\r\"We are ready,\" said Al Roe.\r\rMore text.\r",
    )
    .unwrap();
    let run = hark(&dir, &["quotes", "--json", "mac.txt"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let v: serde_json::Value = serde_json::from_slice(&run.stdout).unwrap();
    assert_eq!(v["title"], "Harbour reopens");
    assert_eq!(v["quotes"][0]["text"], "We are ready,");
    assert_eq!(v["quotes"][0]["speaker"], "Al Roe");
    let text = hark(&dir, &["text", "mac.txt"]).out();
    assert_eq!(
        text,
        "Harbour reopens\n\n\"We are ready,\" said Al Roe.\n\nMore text.\n"
    );
}

#[test]
fn speakers_and_compare_never_pass_escapes_either() {
    let dir = scratch("library");
    let article = "Harbour \x1b[2J news\n\n\
                   \"We will fight \u{9b}31m and \u{202e}win,\x1b]0;pwn\x07\" said Bob Jones, \
                   the \x1b[2J minister.\n\n\"Again \x1b[8m,\" Jones said.\n";
    fs::write(dir.join("one.txt"), article).unwrap();
    fs::write(dir.join("two.txt"), article).unwrap();
    for mode in [
        &["speakers"][..],
        &["speakers", "--json"],
        &["compare"],
        &["compare", "--json"],
    ] {
        let run = hark(&dir, &with_paths(mode, &["one.txt", "two.txt"]));
        assert_eq!(run.code, 0, "{mode:?}: {}", run.stderr);
        assert!(!run.stdout.is_empty(), "{mode:?}");
        assert_eq!(
            terminal_hazards(&run.stdout),
            Vec::<String>::new(),
            "{mode:?}:\n{}",
            run.out()
        );
        if mode.contains(&"--json") {
            for line in run.out().lines() {
                serde_json::from_str::<serde_json::Value>(line).unwrap();
            }
        }
    }
}

#[test]
fn a_fifo_in_a_folder_is_skipped_not_waited_on() {
    let dir = scratch("fifo");
    fs::create_dir(dir.join("folder")).unwrap();
    fs::write(dir.join("folder/a.txt"), "Title\n\nBody.\n").unwrap();
    let made = Command::new("mkfifo")
        .arg(dir.join("folder/b.txt"))
        .status()
        .is_ok_and(|s| s.success());
    if !made {
        eprintln!("SKIP: mkfifo is not available");
        return;
    }
    let child = Command::new(env!("CARGO_BIN_EXE_hark"))
        .args(["text", "folder"])
        .current_dir(&dir)
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let out = finish_within_20_s(child, "hark blocked on the FIFO folder/b.txt");
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(String::from_utf8_lossy(&out.stdout), "Title\n\nBody.\n");
}

/// `hark … | head`: when the reader of the pipe goes away, every command
/// stops quietly (no panic, no error line).
#[test]
fn a_closed_pipe_ends_every_command_quietly() {
    use std::io::{BufRead, BufReader};
    use std::process::Stdio;
    let polnear = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/eval/polnear");
    let polnear = polnear.display().to_string();
    let mut runs: Vec<Vec<&str>> = vec![vec!["quotes"], vec!["text"], vec!["speakers"]];
    if Path::new(&polnear).join("derived/dev.jsonl").is_file() {
        runs.push(vec!["eval", &polnear, "--errors", "1000"]);
    } else {
        eprintln!("SKIPPED the eval part: PolNeAR not found at {polnear}");
    }
    for args in runs {
        let mut child = Command::new(env!("CARGO_BIN_EXE_hark"))
            .args(&args)
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let mut first = String::new();
        BufReader::new(child.stdout.take().unwrap())
            .read_line(&mut first)
            .unwrap();
        // The pipe is closed here, with most of the output unread.
        let out = child.wait_with_output().unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(!first.is_empty(), "hark {args:?} printed nothing");
        assert!(
            !stderr.contains("panicked") && !stderr.contains("Broken pipe"),
            "hark {args:?}: {stderr}"
        );
    }
}

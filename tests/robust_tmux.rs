//! The real binary in a real pseudo-terminal (tmux, on a private server
//! socket): an article full of escape sequences cannot clear the screen, set
//! the window title or the clipboard, through the reader, `hark text` or
//! `hark quotes`; the reader survives 1×1, 2×2, 20×5 and 1000×3, comes back
//! whole, and leaves the terminal restored after `q` and after SIGTERM; the
//! article file is never written. Skips when tmux is not installed.

use std::collections::hash_map::DefaultHasher;
use std::fs;
use std::hash::{Hash, Hasher};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant, SystemTime};

mod common;
use common::tmux::{Tmux, reader_command, restored};

const EVIL: &str = "Evil \x1b[2J\x1b[H title\x07\n\n\
    He said \u{201c}clear \x1b[2J screen \x1b]52;c;aGVsbG8=\x07 copy \
    \u{9b}31m red \u{202e}reversed\u{202c} ok\r overwrite \x07bell\u{201d}, \
    Ann Lee said.\n\n\
    \"Second \x1b[31mred\x1b[0m \x1b]0;pwned\x1b\\ quote,\" said Bob \x1b[8mJones.\n\n\
    \x1b]2;pwned-too\x07\x1b[?1049l\x1b[?25l\x1bc Last paragraph.\n";

/// The escape sequences above, as they must appear: as visible text.
const SHOWN: [&str; 5] = ["[2J", "]52;c;aGVsbG8=", "[31mred", "]0;pwned", "[8mJones"];

fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("hark-robust-tmux-{name}-{}", std::process::id()));
    let _ = fs::remove_dir_all(&dir);
    fs::create_dir_all(dir.join("config")).unwrap();
    fs::write(dir.join("evil.txt"), EVIL).unwrap();
    dir
}

fn fingerprint(path: &Path) -> (u64, SystemTime) {
    let mut h = DefaultHasher::new();
    fs::read(path).unwrap().hash(&mut h);
    (h.finish(), fs::metadata(path).unwrap().modified().unwrap())
}

fn assert_nothing_leaked(t: &Tmux, screen: &str) {
    for shown in SHOWN {
        assert!(
            screen.contains(shown),
            "{shown:?} should be visible as text:\n{screen}"
        );
    }
    let title = t.pane_title();
    assert!(!title.contains("pwned"), "pane title set to {title:?}");
    let name = t.window_name();
    assert!(!name.contains("pwned"), "window renamed to {name:?}");
    let buffers = t.paste_buffers();
    assert!(buffers.trim().is_empty(), "clipboard written: {buffers:?}");
}

#[test]
fn the_reader_shows_escapes_as_text_survives_tiny_sizes_and_restores_the_terminal() {
    let dir = scratch("reader");
    let before = fingerprint(&dir.join("evil.txt"));
    let Some(t) = Tmux::start("reader", 120, 30, &dir, &reader_command("evil.txt")) else {
        return;
    };
    t.wait_for("the reader", |s| {
        s.contains("Articles") && s.contains("help")
    });
    assert!(t.alternate_on(), "the reader runs on the alternate screen");
    // Jump to the quotes so the quote texts are on screen too.
    t.keys("]");
    t.wait_for("a selected quote", |s| s.contains("quote 1/"));
    let screen = t.wait_for("the article text", |s| s.contains("Last paragraph"));
    assert_nothing_leaked(&t, &screen);
    let escapes = t.screen_with_escapes();
    assert!(
        !escapes.contains("\x1b[8m"),
        "concealed text reached the screen"
    );

    for (width, height) in [(1, 1), (2, 2), (20, 5), (1000, 3), (3, 1000)] {
        t.resize(width, height);
        std::thread::sleep(Duration::from_millis(400));
        assert!(t.alive(), "hark died at {width}×{height}:\n{}", t.screen());
    }
    t.resize(120, 30);
    let back = t.wait_for("the full screen again", |s| {
        s.contains("Articles") && s.contains("Last paragraph") && s.contains("quote 1/")
    });
    assert_nothing_leaked(&t, &back);

    t.keys("q");
    let end = t.wait_for("a clean exit", restored);
    assert!(end.contains("hark exited 0"), "{end}");
    assert!(
        !end.contains("Articles"),
        "the alternate screen was left:\n{end}"
    );
    assert!(!t.alternate_on());
    assert_eq!(
        fingerprint(&dir.join("evil.txt")),
        before,
        "evil.txt was written"
    );
    let _ = fs::remove_dir_all(&dir);
}

#[test]
fn sigterm_at_one_by_one_restores_the_terminal() {
    let dir = scratch("term");
    let Some(t) = Tmux::start("term", 100, 30, &dir, &reader_command("evil.txt")) else {
        return;
    };
    t.wait_for("the reader", |s| s.contains("Articles"));
    t.resize(1, 1);
    std::thread::sleep(Duration::from_millis(400));
    assert!(t.alive());
    let pid = t.pid();
    assert!(
        Command::new("kill")
            .args(["-TERM", &pid])
            .status()
            .unwrap()
            .success()
    );
    let deadline = Instant::now() + Duration::from_secs(10);
    while t.alive() && Instant::now() < deadline {
        std::thread::sleep(Duration::from_millis(50));
    }
    assert!(!t.alive(), "hark ignored SIGTERM");
    t.resize(100, 30);
    let end = t.wait_for("a restored terminal", restored);
    assert!(!end.contains("Articles"), "{end}");
    assert!(!t.alternate_on());
    let _ = fs::remove_dir_all(&dir);
}

#[test]
fn text_and_quotes_printed_to_a_terminal_show_escapes_as_text() {
    let dir = scratch("print");
    let before = fingerprint(&dir.join("evil.txt"));
    let bin = env!("CARGO_BIN_EXE_hark");
    let command = format!(
        "echo MARKER-BEFORE\n'{bin}' text evil.txt\n'{bin}' quotes evil.txt\n\
         '{bin}' quotes --json evil.txt > /dev/null\necho MARKER-AFTER"
    );
    let Some(t) = Tmux::start("print", 200, 60, &dir, &command) else {
        return;
    };
    let screen = t.wait_for("both commands", |s| s.contains("MARKER-AFTER"));
    assert!(
        screen.contains("MARKER-BEFORE"),
        "the screen was cleared:\n{screen}"
    );
    assert!(screen.contains("SPEAKER"), "{screen}");
    assert_nothing_leaked(&t, &screen);
    let escapes = t.screen_with_escapes();
    assert!(
        !escapes.contains('\x1b'),
        "plain output carries no terminal attributes:\n{escapes:?}"
    );
    assert!(!t.alternate_on());
    assert_eq!(fingerprint(&dir.join("evil.txt")), before);
    let _ = fs::remove_dir_all(&dir);
}

//! End to end: the real binary in a tmux pseudo-terminal. Reads the screen,
//! presses keys, resizes down to 20×5 and back, quits, and checks the
//! terminal was restored (canonical mode back on, alternate screen left).
//! Skips with a message when tmux is not installed.

use std::path::PathBuf;
use std::process::Command;

mod common;
use common::tmux::{Tmux, reader_command, restored};

/// A scratch folder with an empty config dir, and `hark` (on the bundled
/// articles) running in tmux there.
fn start(name: &str, width: u16, height: u16) -> Option<(Tmux, Scratch)> {
    let dir = std::env::temp_dir().join(format!("hark-pty-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(dir.join("config")).unwrap();
    let scratch = Scratch(dir);
    let t = Tmux::start(name, width, height, &scratch.0, &reader_command(""))?;
    Some((t, scratch))
}

/// Removes its folder when dropped (after the tmux server is gone).
struct Scratch(PathBuf);

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// hark quit by itself (status 0) and the terminal is restored.
fn quit_cleanly(screen: &str) -> bool {
    restored(screen) && screen.contains("hark exited 0")
}

fn status_line(screen: &str) -> &str {
    screen.lines().rfind(|l| !l.trim().is_empty()).unwrap_or("")
}

#[test]
fn reader_runs_in_a_real_terminal_and_restores_it() {
    let Some((t, _scratch)) = start("e2e", 120, 40) else {
        return;
    };
    let screen = t.wait_for("the reader", |s| {
        s.contains("Articles") && s.contains("help")
    });
    assert!(screen.contains("Reader"), "{screen}");
    assert!(screen.contains("Quotes"), "{screen}");
    assert!(status_line(&screen).contains("reader"), "{screen}");

    t.keys("]");
    let screen = t.wait_for("a quote selected", |s| {
        let status = status_line(s);
        status.contains("quote 1/") || status.contains("no quotes")
    });
    assert!(!screen.contains("hark exited"), "{screen}");

    t.keys("?");
    t.wait_for("the help", |s| {
        s.contains("Help: keys") && s.contains("next quote")
    });
    t.keys("q");
    t.wait_for("the help to close", |s| {
        !s.contains("Help: keys") && s.contains("Articles")
    });

    t.resize(20, 5);
    let small = t.wait_for("a 20×5 screen", |s| {
        s.lines().count() <= 5 && s.lines().all(|l| l.chars().count() <= 20) && s.contains("reader")
    });
    assert!(!small.contains("hark exited"), "{small}");
    t.resize(120, 40);
    t.wait_for("the full screen again", |s| {
        s.contains("Articles") && s.contains("Quotes")
    });

    t.keys("q");
    let end = t.wait_for("a clean exit", quit_cleanly);
    assert!(
        !end.contains("Articles"),
        "the alternate screen was left:\n{end}"
    );
}

#[test]
fn sigterm_restores_the_terminal() {
    let Some((t, _scratch)) = start("term", 100, 30) else {
        return;
    };
    t.wait_for("the reader", |s| s.contains("Articles"));
    let pid = t.pid();
    assert!(!pid.is_empty());
    let killed = Command::new("kill").args(["-TERM", &pid]).status().unwrap();
    assert!(killed.success());
    let end = t.wait_for("a clean exit after SIGTERM", restored);
    assert!(!end.contains("Articles"), "{end}");
}

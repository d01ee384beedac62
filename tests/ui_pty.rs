//! End to end: the real binary in a tmux pseudo-terminal. Reads the screen,
//! presses keys, resizes down to 20×5 and back, quits, and checks the
//! terminal was restored (canonical mode back on, alternate screen left).
//! Skips with a message when tmux is not installed.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

struct Tmux {
    session: String,
    /// A private tmux server (`tmux -L`), so nothing else on the machine
    /// shares or kills it.
    socket: String,
    dir: PathBuf,
}

impl Tmux {
    /// Starts `hark` (with an empty config dir) in a detached session.
    fn start(name: &str, width: u16, height: u16) -> Option<Tmux> {
        if Command::new("tmux").arg("-V").output().is_err() {
            eprintln!("SKIP: tmux is not installed; the pseudo-terminal test needs it");
            return None;
        }
        let session = format!("hark-{name}-{}", std::process::id());
        let dir = std::env::temp_dir().join(&session);
        std::fs::create_dir_all(dir.join("config")).unwrap();
        let script = dir.join("run.sh");
        std::fs::write(
            &script,
            format!(
                "#!/bin/sh\n\
                 export XDG_CONFIG_HOME='{config}'\n\
                 sh -c 'echo $$ > \"$1\"; exec \"$2\"' _ '{pid}' '{bin}'\n\
                 echo \"hark exited $?\"\n\
                 stty -a | tr ' ;' '\\n\\n' | grep -x -e icanon -e -icanon\n\
                 sleep 60\n",
                config = dir.join("config").display(),
                pid = dir.join("pid").display(),
                bin = env!("CARGO_BIN_EXE_hark"),
            ),
        )
        .unwrap();
        let socket = session.clone();
        let status = Command::new("tmux")
            .args(["-L", &socket, "-f", "/dev/null"])
            .args(["new-session", "-d", "-s", &session])
            .args(["-x", &width.to_string(), "-y", &height.to_string()])
            .args(["sh", &script.display().to_string()])
            .status()
            .unwrap();
        assert!(status.success(), "tmux new-session failed");
        Some(Tmux {
            session,
            socket,
            dir,
        })
    }

    fn tmux(&self, args: &[&str]) -> String {
        let out = Command::new("tmux")
            .args(["-L", &self.socket])
            .args(args)
            .output()
            .unwrap();
        String::from_utf8_lossy(&out.stdout).into_owned()
    }

    fn keys(&self, keys: &[&str]) {
        for key in keys {
            self.tmux(&["send-keys", "-t", &self.session, key]);
        }
    }

    fn screen(&self) -> String {
        self.tmux(&["capture-pane", "-p", "-t", &self.session])
    }

    /// Waits until the screen satisfies `ok`; returns the screen.
    fn wait_for(&self, what: &str, ok: impl Fn(&str) -> bool) -> String {
        let deadline = Instant::now() + Duration::from_secs(15);
        loop {
            let screen = self.screen();
            if ok(&screen) {
                return screen;
            }
            if Instant::now() > deadline {
                panic!("timed out waiting for {what}; screen:\n{screen}");
            }
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    fn resize(&self, width: u16, height: u16) {
        self.tmux(&[
            "resize-window",
            "-t",
            &self.session,
            "-x",
            &width.to_string(),
            "-y",
            &height.to_string(),
        ]);
    }

    fn pid(&self) -> String {
        std::fs::read_to_string(self.dir.join("pid"))
            .unwrap_or_default()
            .trim()
            .to_string()
    }
}

impl Drop for Tmux {
    fn drop(&mut self) {
        let _ = Command::new("tmux")
            .args(["-L", &self.socket, "kill-server"])
            .output();
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

fn restored(screen: &str) -> bool {
    screen.contains("hark exited 0") && screen.lines().any(|l| l.trim() == "icanon")
}

fn status_line(screen: &str) -> &str {
    screen.lines().rfind(|l| !l.trim().is_empty()).unwrap_or("")
}

#[test]
fn reader_runs_in_a_real_terminal_and_restores_it() {
    let Some(t) = Tmux::start("e2e", 120, 40) else {
        return;
    };
    let screen = t.wait_for("the reader", |s| {
        s.contains("Articles") && s.contains("help")
    });
    assert!(screen.contains("Reader"), "{screen}");
    assert!(screen.contains("Quotes"), "{screen}");
    assert!(status_line(&screen).contains("reader"), "{screen}");

    t.keys(&["]"]);
    let screen = t.wait_for("a quote selected", |s| {
        let status = status_line(s);
        status.contains("quote 1/") || status.contains("no quotes")
    });
    assert!(!screen.contains("hark exited"), "{screen}");

    t.keys(&["?"]);
    t.wait_for("the help", |s| {
        s.contains("Help: keys") && s.contains("next quote")
    });
    t.keys(&["q"]);
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

    t.keys(&["q"]);
    let end = t.wait_for("a clean exit", restored);
    assert!(
        !end.contains("Articles"),
        "the alternate screen was left:\n{end}"
    );
}

#[test]
fn sigterm_restores_the_terminal() {
    let Some(t) = Tmux::start("term", 100, 30) else {
        return;
    };
    t.wait_for("the reader", |s| s.contains("Articles"));
    let pid = t.pid();
    assert!(!pid.is_empty());
    let killed = Command::new("kill").args(["-TERM", &pid]).status().unwrap();
    assert!(killed.success());
    let end = t.wait_for("a clean exit after SIGTERM", restored);
    assert!(!end.contains("Articles"), "{end}");
    let _ = Path::new(&t.dir);
}

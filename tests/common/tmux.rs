//! The real binary in a real pseudo-terminal: a detached session on a
//! private tmux server (`tmux -L`, so nothing else on the machine shares or
//! kills it), keys sent and the screen read back. Shared by the tests that
//! drive `hark` end to end; each returns early when tmux is missing.
#![allow(dead_code)] // each test binary uses its own part of this

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

pub struct Tmux {
    socket: String,
    session: String,
    pub dir: PathBuf,
}

impl Tmux {
    /// Runs `command` (a shell script body) in a detached session of a
    /// private tmux server; None when tmux is missing.
    pub fn start(name: &str, width: u16, height: u16, dir: &Path, command: &str) -> Option<Tmux> {
        if Command::new("tmux").arg("-V").output().is_err() {
            eprintln!("SKIP: tmux is not installed; the pseudo-terminal tests need it");
            return None;
        }
        let socket = format!("hark-{name}-{}", std::process::id());
        let script = dir.join(format!("{name}.sh"));
        fs::write(
            &script,
            format!(
                "#!/bin/sh\nexport XDG_CONFIG_HOME='{config}'\ncd '{dir}'\n{command}\nsleep 60\n",
                config = dir.join("config").display(),
                dir = dir.display(),
            ),
        )
        .unwrap();
        // OSC 52 from the pane would land in tmux's paste buffers, OSC 0/2
        // in the pane title and window name: let them, to see they don't.
        let conf = dir.join("tmux.conf");
        fs::write(&conf, "set -g set-clipboard on\nset -g allow-rename on\n").unwrap();
        let t = Tmux {
            socket,
            session: "s".into(),
            dir: dir.to_path_buf(),
        };
        let out = Command::new("tmux")
            .args(["-L", &t.socket, "-f", &conf.display().to_string()])
            .args(["new-session", "-d"])
            .args(["-s", &t.session, "-x", &width.to_string()])
            .args([
                "-y",
                &height.to_string(),
                "sh",
                &script.display().to_string(),
            ])
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "tmux new-session: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        Some(t)
    }

    pub fn tmux(&self, args: &[&str]) -> String {
        let out = Command::new("tmux")
            .args(["-L", &self.socket])
            .args(args)
            .output()
            .unwrap();
        String::from_utf8_lossy(&out.stdout).into_owned()
    }

    pub fn keys(&self, keys: &str) {
        self.tmux(&["send-keys", "-t", &self.session, keys]);
    }

    pub fn screen(&self) -> String {
        self.tmux(&["capture-pane", "-p", "-t", &self.session])
    }

    pub fn screen_with_escapes(&self) -> String {
        self.tmux(&["capture-pane", "-p", "-e", "-t", &self.session])
    }

    pub fn pane_title(&self) -> String {
        self.tmux(&[
            "display-message",
            "-p",
            "-t",
            &self.session,
            "#{pane_title}",
        ])
    }

    pub fn window_name(&self) -> String {
        self.tmux(&[
            "display-message",
            "-p",
            "-t",
            &self.session,
            "#{window_name}",
        ])
    }

    pub fn paste_buffers(&self) -> String {
        self.tmux(&["list-buffers"])
    }

    pub fn alternate_on(&self) -> bool {
        self.tmux(&[
            "display-message",
            "-p",
            "-t",
            &self.session,
            "#{alternate_on}",
        ])
        .trim()
            == "1"
    }

    pub fn resize(&self, width: u16, height: u16) {
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

    pub fn wait_for(&self, what: &str, ok: impl Fn(&str) -> bool) -> String {
        let deadline = Instant::now() + Duration::from_secs(20);
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

    pub fn pid(&self) -> String {
        fs::read_to_string(self.dir.join("pid"))
            .unwrap_or_default()
            .trim()
            .to_string()
    }

    pub fn alive(&self) -> bool {
        let pid = self.pid();
        !pid.is_empty()
            && Command::new("kill")
                .args(["-0", &pid])
                .stderr(std::process::Stdio::null())
                .status()
                .is_ok_and(|s| s.success())
    }
}

impl Drop for Tmux {
    fn drop(&mut self) {
        let _ = Command::new("tmux")
            .args(["-L", &self.socket, "kill-server"])
            .output();
    }
}

/// `hark ARGS`, started so that its pid lands in `pid` and its exit is
/// reported with the terminal's canonical-mode flag afterwards.
pub fn reader_command(args: &str) -> String {
    format!(
        "sh -c 'echo $$ > pid; exec \"$0\" {args}' '{bin}'\n\
         echo \"hark exited $?\"\n\
         stty -a | tr ' ;' '\\n\\n' | grep -x -e icanon -e -icanon",
        bin = env!("CARGO_BIN_EXE_hark"),
    )
}

/// hark has exited and the terminal is back in canonical mode.
pub fn restored(screen: &str) -> bool {
    screen.contains("hark exited") && screen.lines().any(|l| l.trim() == "icanon")
}

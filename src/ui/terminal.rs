//! Entering and leaving the terminal's reader mode (raw mode, alternate
//! screen, optional mouse capture), and putting it back however we leave:
//! normal exit, error (the guard's `Drop`), panic (a hook), or a signal
//! (SIGTERM, SIGHUP, SIGINT set a flag the event loop polls).

use ratatui::crossterm::event::{DisableMouseCapture, EnableMouseCapture};
use ratatui::crossterm::terminal::{
    EnterAlternateScreen, LeaveAlternateScreen, disable_raw_mode, enable_raw_mode,
};
use ratatui::crossterm::{cursor, execute};
use ratatui::{Terminal, backend::CrosstermBackend};
use std::io::{self, Stdout, stdout};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

pub type Term = Terminal<CrosstermBackend<Stdout>>;

/// Restores the terminal when dropped.
pub struct Session {
    pub terminal: Term,
    mouse: bool,
    /// Set by a termination signal.
    stop: Arc<AtomicBool>,
}

impl Session {
    pub fn start(mouse: bool) -> io::Result<Session> {
        install_panic_hook(mouse);
        let stop = Arc::new(AtomicBool::new(false));
        register_signals(&stop)?;
        enable_raw_mode()?;
        let mut out = stdout();
        let entered = if mouse {
            execute!(out, EnterAlternateScreen, EnableMouseCapture, cursor::Hide)
        } else {
            execute!(out, EnterAlternateScreen, cursor::Hide)
        };
        if let Err(e) = entered {
            restore(mouse);
            return Err(e);
        }
        match Terminal::new(CrosstermBackend::new(out)) {
            Ok(terminal) => Ok(Session {
                terminal,
                mouse,
                stop,
            }),
            Err(e) => {
                restore(mouse);
                Err(e)
            }
        }
    }

    /// True once a termination signal has arrived.
    pub fn stopped(&self) -> bool {
        self.stop.load(Ordering::Relaxed)
    }
}

impl Drop for Session {
    fn drop(&mut self) {
        restore(self.mouse);
    }
}

/// Puts the terminal back; errors are ignored (there is nothing left to do).
pub fn restore(mouse: bool) {
    let mut out = stdout();
    if mouse {
        let _ = execute!(out, DisableMouseCapture);
    }
    let _ = disable_raw_mode();
    let _ = execute!(out, LeaveAlternateScreen, cursor::Show);
}

fn install_panic_hook(mouse: bool) {
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        restore(mouse);
        previous(info);
    }));
}

#[cfg(unix)]
fn register_signals(stop: &Arc<AtomicBool>) -> io::Result<()> {
    use signal_hook::consts::{SIGHUP, SIGINT, SIGTERM};
    for signal in [SIGTERM, SIGHUP, SIGINT] {
        signal_hook::flag::register(signal, Arc::clone(stop))?;
    }
    Ok(())
}

#[cfg(not(unix))]
fn register_signals(_stop: &Arc<AtomicBool>) -> io::Result<()> {
    Ok(())
}

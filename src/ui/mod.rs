//! The terminal reader (ratatui).
//!
//! State and updates live in [`app`], drawing in [`draw`] (`impl Widget for
//! &App`), key bindings in [`keymap`] from the config ([`config`]). Articles
//! are prepared once ([`article`]) and wrapped once per width ([`wrap`]); a
//! key press is a lookup and a frame draws only the visible rows.

pub mod action;
pub mod app;
pub mod article;
pub mod compare;
pub mod config;
pub mod draw;
#[doc(hidden)]
pub mod fixture;
pub mod keymap;
pub mod keys;
pub mod layout;
pub mod search;
pub mod takeaway;
pub mod terminal;
pub mod theme;
pub mod wrap;

pub use app::App;
pub use config::{Config, config_path};

use crate::library::Library;
use ratatui::crossterm::event;
use ratatui::layout::Rect;
use std::io;
use std::time::Duration;

/// How often the loop wakes without input, to notice termination signals.
const TICK: Duration = Duration::from_millis(200);

/// Runs the reader until the user quits.
pub fn run(library: Library) -> io::Result<()> {
    use std::io::IsTerminal;
    if !io::stdout().is_terminal() {
        // Escape sequences in a file or pipe help nobody.
        return Err(io::Error::other(
            "the reader needs a terminal; to print the articles use `hark text` or `hark quotes`",
        ));
    }
    let config = Config::load();
    let mouse = config.mouse;
    let mut app = App::new(library, config);
    let mut session = terminal::Session::start(mouse)?;
    let size = session.terminal.size()?;
    app.resize(Rect::new(0, 0, size.width, size.height));
    let mut dirty = true;
    while !app.quit && !session.stopped() {
        if dirty {
            session.terminal.draw(|frame| {
                let area = frame.area();
                frame.render_widget(&app, area);
            })?;
            dirty = false;
        }
        if let Some(text) = app.clipboard.take() {
            // Straight to the terminal, outside any cell: an OSC 52 request.
            use std::io::Write;
            let mut out = io::stdout();
            out.write_all(takeaway::clipboard_sequence(&text).as_bytes())?;
            out.flush()?;
        }
        if event::poll(TICK)? {
            let event = event::read()?;
            dirty |= app.handle_event(&event);
        }
        // Catch size changes the terminal didn't announce as events.
        let size = session.terminal.size()?;
        if (size.width, size.height) != (app.area.width, app.area.height) {
            app.resize(Rect::new(0, 0, size.width, size.height));
            dirty = true;
        }
    }
    drop(session);
    Ok(())
}

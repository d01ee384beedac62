//! Writing to standard output: the terminal width, and quiet exit when the
//! reader of a pipe goes away (`hark quotes | head`).

use std::io::{self, IsTerminal, Write};

/// Columns to wrap to: the terminal's width, or 100 when not a terminal.
pub fn width() -> usize {
    if io::stdout().is_terminal()
        && let Ok((cols, _)) = ratatui::crossterm::terminal::size()
        && cols >= 20
    {
        return usize::from(cols);
    }
    100
}

/// Writes `text` to stdout; false when stdout is closed (stop writing).
pub fn write(out: &mut impl Write, text: &str) -> bool {
    match out.write_all(text.as_bytes()) {
        Ok(()) => true,
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => false,
        Err(e) => {
            eprintln!("hark: cannot write output: {e}");
            false
        }
    }
}

//! The terminal reader (ratatui).

use crate::library::Library;

/// Runs the reader until the user quits.
pub fn run(library: Library) -> std::io::Result<()> {
    let _ = library;
    Ok(())
}

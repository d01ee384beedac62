//! Taking quotes away from the reader: `y` copies the selected quote with
//! its citation (OSC 52, so it works over ssh and in tmux), `e` writes the
//! listed quotes to a Markdown file. Formatting is the library's.

use crate::library::export::{self, ExportFormat};
use crate::library::{Library, QuoteId};
use std::path::{Path, PathBuf};

/// The escape sequence that puts `text` on the terminal's clipboard.
pub fn clipboard_sequence(text: &str) -> String {
    if std::env::var_os("TMUX").is_some() {
        export::osc52_tmux(text)
    } else {
        export::osc52(text)
    }
}

/// The quote with its citation, as copied.
pub fn quote_text(library: &Library, id: QuoteId) -> Option<String> {
    let record = export::library_records(library, &[id]).into_iter().next()?;
    Some(export::quote_with_citation(&record))
}

/// Writes `ids` in `format` into `dir`, named after `name`; returns the path.
pub fn export_file(
    library: &Library,
    ids: &[QuoteId],
    format: ExportFormat,
    dir: &Path,
    name: &str,
) -> std::io::Result<PathBuf> {
    let records = export::library_records(library, ids);
    let stem: String = name
        .chars()
        .map(|c| {
            if c.is_alphanumeric() {
                c.to_ascii_lowercase()
            } else {
                '-'
            }
        })
        .collect::<String>()
        .split('-')
        .filter(|s| !s.is_empty())
        .take(8)
        .collect::<Vec<_>>()
        .join("-");
    let path = dir.join(format!("hark-quotes-{stem}.{}", format.extension()));
    std::fs::write(&path, export::render(&records, format))?;
    Ok(path)
}

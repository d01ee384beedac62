//! `hark text PATH...`: each article as clean plain text, as the reader
//! shows it (for HTML and feeds, the text their offsets refer to).

use std::io::{self, Write};

use super::load::read_articles;
use super::output::write;
use crate::model::sanitize_for_terminal;

/// Runs the command; true when every input was read.
pub fn run(paths: &[String]) -> bool {
    // Plain text needs no quotes: skip the extractor.
    let articles = read_articles(paths);
    let mut out = io::stdout().lock();
    for (i, doc) in articles.documents.iter().enumerate() {
        let separator = if i > 0 { "\n" } else { "" };
        let text = doc.plain_text();
        let text = format!("{separator}{}", sanitize_for_terminal(&text, true));
        if !write(&mut out, &text) {
            break;
        }
    }
    let _ = out.flush();
    !articles.skipped
}

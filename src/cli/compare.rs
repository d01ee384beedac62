//! `hark compare [--json] PATH...`: quotes of one speaker in different
//! articles that report the same statement.

use std::io::{self, Write};

use super::json::escape_terminal_controls;
use super::load::load_articles;
use super::output::write;
use crate::library::{Library, report};

/// Runs the command; true when every input was read.
pub fn run(paths: &[String], json: bool) -> bool {
    let articles = load_articles(paths);
    let library = Library::new(articles.documents);
    let text = if json {
        escape_terminal_controls(report::compare_json(&library))
    } else {
        report::compare_text(&library)
    };
    let mut out = io::stdout().lock();
    write(&mut out, &text);
    let _ = out.flush();
    !articles.skipped
}

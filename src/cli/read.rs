//! `hark [PATH...]`: opens the reader on the articles.

use super::load::load_articles;
use crate::library::Library;

/// Runs the reader; true when every input was read and the reader ran.
pub fn run(paths: &[String]) -> bool {
    let articles = load_articles(paths);
    if articles.documents.is_empty() {
        return false;
    }
    if let Err(e) = crate::ui::run(Library::new(articles.documents)) {
        eprintln!("hark: {e}");
        return false;
    }
    !articles.skipped
}

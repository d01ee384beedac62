//! `hark [PATH...]`: opens the reader on the articles.

use std::io::IsTerminal;

use super::load::load_articles;
use crate::library::Library;

/// Runs the reader; true when every input was read and the reader ran.
pub fn run(paths: &[String]) -> bool {
    let articles = load_articles(paths);
    if articles.documents.is_empty() {
        return false;
    }
    // Redirected (`hark a.txt > out`), the screen would go into the file
    // while the reader waited, unseen, for keys.
    if !std::io::stdout().is_terminal() {
        eprintln!(
            "hark: the reader needs a terminal and standard output is not one; \
             `hark text` and `hark quotes` print articles"
        );
        return false;
    }
    if let Err(e) = crate::ui::run(Library::new(articles.documents)) {
        eprintln!("hark: {e}");
        return false;
    }
    !articles.skipped
}

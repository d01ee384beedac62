//! The pipeline every command shares: read the paths (or the bundled
//! articles), report what was skipped, run the extractor on each article.

use crate::extract::extract;
use crate::ingest::{self, display_name};
use crate::model::{Document, sanitize_for_terminal};

/// The articles read, extracted, and whether any input was skipped.
pub struct Articles {
    pub documents: Vec<Document>,
    pub skipped: bool,
}

/// Reads `paths` and runs the extractor on every article.
pub fn load_articles(paths: &[String]) -> Articles {
    let mut articles = read_articles(paths);
    articles.documents.iter_mut().for_each(extract);
    articles
}

/// Reads `paths` (the bundled articles when empty) without extracting
/// quotes, for commands that only need the text. Each skipped input and
/// each warning is printed on stderr as `hark: <path>: <reason>`.
pub fn read_articles(paths: &[String]) -> Articles {
    let mut documents = Vec::new();
    let mut skipped = false;
    if paths.is_empty() {
        documents = ingest::bundled();
    }
    for path in paths {
        let loaded = ingest::load_path(path);
        for error in &loaded.skipped {
            // A path or parser message can carry escape sequences (a file
            // named by an attacker in a downloaded folder): never raw.
            eprintln!("hark: {}", sanitize_for_terminal(&error.to_string(), false));
            skipped = true;
        }
        documents.extend(loaded.documents);
    }
    for doc in &documents {
        for warning in &doc.warnings {
            let line = format!("{}: warning: {warning}", display_name(&doc.path));
            eprintln!("hark: {}", sanitize_for_terminal(&line, false));
        }
    }
    Articles { documents, skipped }
}

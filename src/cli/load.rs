//! The pipeline every command shares: read the paths (or the bundled
//! articles), report what was skipped, run the extractor on each article.

use crate::extract::extract;
use crate::ingest::{self, display_name};
use crate::model::Document;

/// The articles read, extracted, and whether any input was skipped.
pub struct Articles {
    pub documents: Vec<Document>,
    pub skipped: bool,
}

/// Reads `paths` (the bundled articles when empty). Each skipped input and
/// each warning is printed on stderr as `hark: <path>: <reason>`.
pub fn load_articles(paths: &[String]) -> Articles {
    let mut documents = Vec::new();
    let mut skipped = false;
    if paths.is_empty() {
        documents = ingest::bundled();
    }
    for path in paths {
        let loaded = ingest::load_path(path);
        for error in &loaded.skipped {
            eprintln!("hark: {error}");
            skipped = true;
        }
        documents.extend(loaded.documents);
    }
    for doc in &mut documents {
        for warning in &doc.warnings {
            eprintln!("hark: {}: warning: {warning}", display_name(&doc.path));
        }
        extract(doc);
    }
    Articles { documents, skipped }
}

//! Many documents at once: speakers across articles and matching statements.

use crate::model::Document;

/// The loaded articles, extracted.
#[derive(Debug, Default)]
pub struct Library {
    pub documents: Vec<Document>,
}

impl Library {
    pub fn new(documents: Vec<Document>) -> Self {
        Self { documents }
    }
}

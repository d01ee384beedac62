//! Plain-text articles: first line is the headline, blank lines part paragraphs.

use crate::model::{Document, Format};

pub fn parse(path: &str, source: String) -> Document {
    Document {
        path: path.to_string(),
        format: Format::Text,
        source,
        ..Default::default()
    }
}

//! Markdown articles, read with pulldown-cmark's offset iterator.

use crate::model::{Document, Format};

pub fn parse(path: &str, source: String) -> Document {
    Document {
        path: path.to_string(),
        format: Format::Markdown,
        source,
        ..Default::default()
    }
}

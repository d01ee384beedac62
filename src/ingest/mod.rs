//! Reading articles: plain text, Markdown, HTML pages and feeds → [`Document`].
//!
//! Every block keeps byte offsets into `Document::source`.

use crate::model::Document;

/// The two sample articles, compiled in so `hark` works from any directory.
pub const BUNDLED: &[(&str, &str)] = &[
    (
        "newsweek-2022-03-29-russia-falling-back-from-kyiv.txt",
        include_str!("../../assets/newsweek-2022-03-29-russia-falling-back-from-kyiv.txt"),
    ),
    (
        "moscow-times-2022-03-29-russia-to-drastically-wind-down.md",
        include_str!("../../assets/moscow-times-2022-03-29-russia-to-drastically-wind-down.md"),
    ),
];

/// Parses the bundled sample articles (not yet extracted).
pub fn bundled() -> Vec<Document> {
    Vec::new()
}

pub mod feed;
pub mod fetch;
pub mod html;
pub mod markdown;
pub mod text;

use serde::{Deserialize, Serialize};

use super::{Block, Quote, Speaker};

/// One article.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Document {
    /// The path as the user gave it (or a name for bundled/stdin articles).
    pub path: String,
    pub format: Format,
    /// The text every offset refers to: the file itself for text and
    /// Markdown; for HTML and feeds, the article's plain text as
    /// [`Document::plain_text`] renders it.
    pub source: String,
    pub meta: Meta,
    pub blocks: Vec<Block>,
    /// Filled by `extract`, in reading order.
    pub quotes: Vec<Quote>,
    /// Filled by `extract`; `Quote::speaker` indexes this list.
    pub speakers: Vec<Speaker>,
    /// Non-fatal problems met while reading (e.g. invalid UTF-8 replaced).
    pub warnings: Vec<String>,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Format {
    #[default]
    Text,
    Markdown,
    Html,
    Feed,
}

impl Format {
    pub fn as_str(self) -> &'static str {
        match self {
            Format::Text => "text",
            Format::Markdown => "markdown",
            Format::Html => "html",
            Format::Feed => "feed",
        }
    }
}

/// What an article says about itself.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Meta {
    pub title: Option<String>,
    pub dek: Option<String>,
    /// The publication date as written ("March 29, 2022").
    pub date: Option<String>,
    /// The same date as ISO 8601 (YYYY-MM-DD) when it could be read.
    pub date_iso: Option<String>,
    /// The date and time of an update note as written ("03/29/22 11.13 a.m. E.T.").
    pub updated: Option<String>,
    pub byline: Option<String>,
    /// Lines such as "AFP contributed reporting."
    pub credits: Vec<String>,
    /// The article's canonical URL.
    pub url: Option<String>,
    /// The publication ("The Moscow Times"), when known.
    pub outlet: Option<String>,
}

impl Document {
    /// The article as clean plain text: blocks separated by blank lines,
    /// headline first. This is what `hark text` prints.
    pub fn plain_text(&self) -> String {
        let mut out = String::new();
        for block in &self.blocks {
            if !out.is_empty() {
                out.push_str("\n\n");
            }
            out.push_str(&block.display_text());
        }
        out.push('\n');
        out
    }

    /// A short name for lists: the outlet, else the file name.
    pub fn display_source(&self) -> &str {
        if let Some(outlet) = &self.meta.outlet {
            return outlet;
        }
        self.path.rsplit(['/', '\\']).next().unwrap_or(&self.path)
    }
}

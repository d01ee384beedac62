//! Saved web pages: main content via dom_smoothie (a port of Mozilla's
//! Readability), walked with dom_query into hark's blocks.
//!
//! The document's `source` is its plain text (what `hark text` prints), so
//! every offset refers to that text.

mod assemble;
mod caption;
mod charset;
mod depth;
mod metadata;
mod tidy;
mod walk;

pub use assemble::{clean_line, document};
pub use charset::decode;
pub use metadata::iso_date;
pub use walk::RawBlock;

use dom_smoothie::{Config, Readability, ReadabilityError};

use crate::model::{Document, Format, Meta};

/// Stack for the worker thread that parses a page: html5ever and Readability
/// recurse over the tree in places, and a deep page must not overflow.
const PARSER_STACK: usize = 64 * 1024 * 1024;

/// Reads one page. `bytes` may be in any charset the page declares.
pub fn parse(path: &str, bytes: &[u8]) -> Result<Document, String> {
    let (text, warning) = charset::decode(bytes);
    parse_text(path, text, warning.into_iter().collect())
}

/// Reads one page already decoded to text (e.g. a benchmark page known to be UTF-8).
pub fn parse_text(path: &str, text: String, mut warnings: Vec<String>) -> Result<Document, String> {
    let (text, flattened) = depth::limit_nesting(text);
    if flattened {
        warnings.push(format!(
            "markup nested deeper than {} levels was flattened",
            depth::MAX_DEPTH
        ));
    }
    let url =
        (path.starts_with("http://") || path.starts_with("https://")).then(|| path.to_string());
    let (meta, blocks) = on_big_stack(move || extract(text, url))??;
    Ok(assemble::document(
        path,
        Format::Html,
        meta,
        blocks,
        warnings,
    ))
}

/// Blocks of an HTML fragment (a feed item's content), without Readability:
/// feeds already give just the article.
pub fn fragment_blocks(html: &str) -> Vec<RawBlock> {
    let (html, _) = depth::limit_nesting(html.to_string());
    let doc = dom_query::Document::fragment(html);
    tidy::tidy(walk::blocks_of(&doc.root()))
}

/// Runs `job` on a thread with a large stack, turning a panic into an error.
pub fn on_big_stack<T: Send + 'static>(
    job: impl FnOnce() -> T + Send + 'static,
) -> Result<T, String> {
    std::thread::Builder::new()
        .name("hark-html".into())
        .stack_size(PARSER_STACK)
        .spawn(job)
        .map_err(|e| format!("cannot start the HTML parser: {e}"))?
        .join()
        .map_err(|_| "the HTML parser failed on this page".to_string())
}

fn extract(html: String, url: Option<String>) -> Result<(Meta, Vec<RawBlock>), String> {
    let config = Config {
        // Credit and caption classes help split captions; classes don't change scoring.
        keep_classes: true,
        ..Default::default()
    };
    // A URL the extractor does not accept only costs resolved links.
    let url = url.filter(|u| Readability::new("", Some(u), None).is_ok());
    let mut readability =
        Readability::new(html, url.as_deref(), Some(config)).map_err(|e| e.to_string())?;
    let canonical = readability
        .doc
        .select("link[rel=canonical]")
        .attr("href")
        .map(|h| h.trim().to_string())
        .filter(|h| !h.is_empty());
    let date = page_date(&readability.doc);
    let article = readability.parse().map_err(|e| match e {
        ReadabilityError::GrabFailed => "no article found in the page".to_string(),
        e => e.to_string(),
    })?;
    let content = dom_query::Document::from(article.content.clone());
    let blocks = tidy::tidy(walk::blocks_of(&content.root()));
    if blocks.is_empty() {
        return Err("no article text found in the page".to_string());
    }
    let mut meta = metadata::meta_of(&article, canonical);
    if meta.date.is_none() {
        meta.date_iso = date.as_deref().and_then(iso_date);
        meta.date = date;
    }
    Ok((meta, blocks))
}

/// A publication date the metadata missed: `itemprop="datePublished"` or
/// the first `<time datetime>` in the page.
fn page_date(doc: &dom_query::Document) -> Option<String> {
    let by_itemprop = doc.select("[itemprop=datePublished]");
    let value = by_itemprop
        .attr("content")
        .or_else(|| by_itemprop.attr("datetime"))
        .or_else(|| doc.select("time[datetime]").attr("datetime"));
    value
        .map(|v| v.trim().to_string())
        .filter(|v| !v.is_empty())
}

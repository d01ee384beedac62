//! RSS 0.9x/1.0/2.0, Atom and JSON Feed via feed-rs: each item becomes an
//! article whose body is the item's HTML (`content:encoded`, Atom content,
//! else the summary) read like a page fragment; the feed's title is the outlet.

use feed_rs::model::{Entry, Feed};

use crate::ingest::html::{self, RawBlock, clean_line};
use crate::model::{Document, Format, Meta};

/// Reads every item of a feed.
pub fn parse(path: &str, bytes: &[u8]) -> Result<Vec<Document>, String> {
    let bytes = bytes.to_vec();
    let feed = html::on_big_stack(move || read_feed(&bytes))??;
    let outlet = feed
        .title
        .as_ref()
        .map(|t| plain(&t.content))
        .filter(|t| !t.is_empty());
    let path = path.to_string();
    let docs = html::on_big_stack(move || {
        feed.entries
            .iter()
            .filter_map(|entry| article(&path, entry, outlet.clone()))
            .collect::<Vec<_>>()
    })?;
    if docs.is_empty() {
        return Err("the feed has no items with a title or text".to_string());
    }
    Ok(docs)
}

/// Parses the feed; a feed that is not well-formed only because of stray `&`s
/// or HTML entities (`&nbsp;`) is read again with those escaped.
fn read_feed(bytes: &[u8]) -> Result<Feed, String> {
    match feed_rs::parser::parse(bytes) {
        Ok(feed) => Ok(feed),
        Err(first) => {
            let text = String::from_utf8_lossy(bytes);
            let repaired = escape_stray_ampersands(&text);
            if repaired == text {
                return Err(format!("not a readable feed: {first}"));
            }
            feed_rs::parser::parse(repaired.as_bytes())
                .map_err(|_| format!("not a readable feed: {first}"))
        }
    }
}

/// Turns every `&` that does not start an XML entity (`&amp;`, `&#39;`, …)
/// into `&amp;`, so HTML entities survive as text for the HTML reader.
fn escape_stray_ampersands(text: &str) -> String {
    const XML: &[&str] = &["amp;", "lt;", "gt;", "quot;", "apos;"];
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find('&') {
        out.push_str(&rest[..at]);
        let after = &rest[at + 1..];
        let numeric = after.starts_with('#')
            && after[1..].find(';').is_some_and(|end| {
                end > 0 && after[1..1 + end].bytes().all(|b| b.is_ascii_alphanumeric())
            });
        if numeric || XML.iter().any(|e| after.starts_with(e)) {
            out.push('&');
        } else {
            out.push_str("&amp;");
        }
        rest = after;
    }
    out.push_str(rest);
    out
}

fn article(path: &str, entry: &Entry, outlet: Option<String>) -> Option<Document> {
    let title = entry
        .title
        .as_ref()
        .map(|t| plain(&t.content))
        .filter(|t| !t.is_empty());
    let body_html = entry
        .content
        .as_ref()
        .and_then(|c| c.body.clone())
        .filter(|b| !b.trim().is_empty())
        .or_else(|| entry.summary.as_ref().map(|s| s.content.clone()))
        .unwrap_or_default();
    let blocks: Vec<RawBlock> = html::fragment_blocks(&body_html);
    if title.is_none() && blocks.is_empty() {
        return None;
    }
    let date = entry.published.or(entry.updated);
    let byline = entry
        .authors
        .iter()
        .filter_map(|p| p.name.as_deref().map(person_name))
        .filter(|n| !n.is_empty())
        .collect::<Vec<_>>()
        .join(", ");
    let url = entry
        .links
        .iter()
        .find(|l| l.rel.as_deref().is_none_or(|r| r == "alternate"))
        .or(entry.links.first())
        .map(|l| l.href.trim().to_string())
        .filter(|h| !h.is_empty());
    let dek = entry
        .content
        .as_ref()
        .and(entry.summary.as_ref())
        .map(|s| plain(&s.content))
        .filter(|s| !s.is_empty() && s.len() < 400);
    let meta = Meta {
        title,
        dek,
        date: date.map(|d| d.to_rfc3339()),
        date_iso: date.map(|d| d.format("%Y-%m-%d").to_string()),
        updated: None,
        byline: (!byline.is_empty()).then_some(byline),
        credits: Vec::new(),
        url,
        outlet,
    };
    Some(html::document(path, Format::Feed, meta, blocks, Vec::new()))
}

/// RSS puts "editor@site (Jane Doe)" in `<author>`: keep the name.
fn person_name(s: &str) -> String {
    let name = plain(s);
    match (name.find('('), name.ends_with(')')) {
        (Some(open), true) => name[open + 1..name.len() - 1].trim().to_string(),
        _ => name,
    }
}

/// Text of a title or name that may carry markup or entities.
fn plain(s: &str) -> String {
    if s.contains(['<', '&']) {
        let doc = dom_query::Document::fragment(s);
        clean_line(&doc.root().text())
    } else {
        clean_line(s)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stray_ampersands_are_escaped() {
        assert_eq!(
            escape_stray_ampersands("A&B &amp; &#39; &nbsp; &#x2019;"),
            "A&amp;B &amp; &#39; &amp;nbsp; &#x2019;"
        );
    }
}

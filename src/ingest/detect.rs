//! Which reader an input needs: by content first (a page or feed says what
//! it is in its first bytes), then by extension.

use std::path::Path;

use crate::model::Format;

/// Extensions of files a directory walk picks up.
pub const ARTICLE_EXTENSIONS: [&str; 13] = [
    "txt", "text", "md", "markdown", "mdown", "mkd", "html", "htm", "xhtml", "xml", "rss", "atom",
    "json",
];

fn extension(path: Option<&Path>) -> Option<String> {
    path?
        .extension()
        .and_then(|e| e.to_str())
        .map(str::to_ascii_lowercase)
}

/// The format of `bytes`, read from `path` (if any).
pub fn detect(path: Option<&Path>, bytes: &[u8]) -> Format {
    let head = &bytes[..bytes.len().min(4096)];
    let head = String::from_utf8_lossy(head).to_ascii_lowercase();
    let start = head.trim_start_matches(['\u{feff}', ' ', '\t', '\r', '\n']);
    let ext = extension(path);
    let ext = ext.as_deref();

    if start.starts_with('<') {
        let is_feed = ["<rss", "<feed", "<rdf:rdf"]
            .iter()
            .any(|t| head.contains(t));
        let is_html = start.starts_with("<!doctype html") || head.contains("<html");
        if is_feed && !is_html {
            return Format::Feed;
        }
        if is_html || start.starts_with("<!doctype") {
            return Format::Html;
        }
    }
    if start.starts_with('{') && head.contains("\"version\"") && head.contains("jsonfeed.org") {
        return Format::Feed;
    }
    match ext {
        Some("html" | "htm" | "xhtml") => return Format::Html,
        Some("rss" | "atom") => return Format::Feed,
        Some("md" | "markdown" | "mdown" | "mkd") => return Format::Markdown,
        _ => {}
    }
    if looks_like_markdown(&String::from_utf8_lossy(&bytes[..bytes.len().min(65536)])) {
        Format::Markdown
    } else {
        Format::Text
    }
}

/// Markdown signals: an ATX heading on the first line, front matter, or at
/// least two kinds of inline markup.
pub fn looks_like_markdown(text: &str) -> bool {
    let first = text
        .trim_start_matches('\u{feff}')
        .trim_start()
        .lines()
        .next()
        .unwrap_or("");
    if first.starts_with("# ") || (first == "---" && text.contains("\ntitle:")) {
        return true;
    }
    let signals = [
        text.contains("]("),
        text.contains("**"),
        text.contains("<http"),
        text.lines()
            .any(|l| l.starts_with("## ") || l.starts_with("### ")),
        text.lines().any(|l| l.starts_with("> ")),
    ];
    signals.iter().filter(|s| **s).count() >= 2
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fmt(name: &str, body: &str) -> Format {
        detect(Some(Path::new(name)), body.as_bytes())
    }

    #[test]
    fn sniffing_beats_extensions() {
        assert_eq!(fmt("a.txt", "<!DOCTYPE html><html></html>"), Format::Html);
        assert_eq!(fmt("a", "  <html lang=en>"), Format::Html);
        assert_eq!(fmt("a.xml", "<?xml version=\"1.0\"?><rss>"), Format::Feed);
        assert_eq!(
            fmt("a", "<feed xmlns=\"http://www.w3.org/2005/Atom\">"),
            Format::Feed
        );
        assert_eq!(fmt("a", "<rdf:RDF>"), Format::Feed);
        assert_eq!(
            fmt(
                "a.json",
                "{\"version\": \"https://jsonfeed.org/version/1.1\"}"
            ),
            Format::Feed
        );
    }

    #[test]
    fn extensions_and_markdown_signals() {
        assert_eq!(fmt("a.md", "Plain words"), Format::Markdown);
        assert_eq!(fmt("a.html", "no tags"), Format::Html);
        assert_eq!(fmt("a.txt", "Title\n\nPlain words."), Format::Text);
        assert_eq!(fmt("a.txt", "# Title\n\nWords."), Format::Markdown);
        assert_eq!(
            fmt("a", "T\n\nSee [this](x) and **that**."),
            Format::Markdown
        );
        assert_eq!(fmt("a", "T\n\nA <b>tag</b> in text."), Format::Text);
    }
}

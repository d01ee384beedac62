//! Guard against absurdly deep markup. html5ever's tree builder checks the
//! stack of open elements on every start tag, and Readability walks ancestors
//! for every node, so 100 000 nested elements cost minutes (quadratic). A
//! linear pre-scan drops start tags beyond [`MAX_DEPTH`] open elements (and
//! their end tags); the text inside them is kept. Real articles nest a few
//! dozen levels, far below the limit.

/// Deepest nesting kept.
pub const MAX_DEPTH: usize = 512;

/// Elements that never have content, so never add depth.
const VOID: &[&str] = &[
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source",
    "track", "wbr", "keygen",
];

/// Elements whose end tag is optional: the parser closes them implicitly, so
/// counting them would overstate the depth of sloppy but ordinary pages.
const OPTIONAL_END: &[&str] = &[
    "p", "li", "dt", "dd", "option", "optgroup", "tr", "td", "th", "thead", "tbody", "tfoot",
    "colgroup", "rb", "rt", "rp", "html", "head", "body",
];

/// Elements whose content is raw text: a `<` inside them is not a tag.
const RAW_TEXT: &[&str] = &[
    "script",
    "style",
    "textarea",
    "title",
    "xmp",
    "iframe",
    "noembed",
    "noframes",
    "plaintext",
];

/// Returns the markup unchanged unless it nests deeper than [`MAX_DEPTH`]; then
/// a copy without the too-deep tags, and `true`.
pub fn limit_nesting(html: String) -> (String, bool) {
    if scan(&html, None) <= MAX_DEPTH {
        return (html, false);
    }
    let mut out = String::with_capacity(html.len());
    scan(&html, Some(&mut out));
    (out, true)
}

/// Walks the tags once. Returns the deepest nesting seen; with `out`, copies
/// the markup there minus start tags beyond the limit and their end tags.
fn scan(html: &str, mut out: Option<&mut String>) -> usize {
    let bytes = html.as_bytes();
    let mut depth = 0usize;
    let mut max = 0usize;
    let mut dropped = 0usize;
    let mut copied_to = 0;
    let mut i = 0;
    while let Some(lt) = memchr(b'<', bytes, i) {
        let Some(tag) = Tag::at(html, lt) else {
            i = lt + 1;
            continue;
        };
        let mut drop_tag = false;
        match tag.kind {
            Kind::Start {
                ref name,
                self_closing,
            } => {
                let counts = !self_closing
                    && !VOID.contains(&name.as_str())
                    && !OPTIONAL_END.contains(&name.as_str());
                if counts {
                    if depth >= MAX_DEPTH {
                        dropped += 1;
                        drop_tag = true;
                    } else {
                        depth += 1;
                    }
                    max = max.max(depth + dropped);
                }
            }
            Kind::End { ref name } => {
                if !VOID.contains(&name.as_str()) && !OPTIONAL_END.contains(&name.as_str()) {
                    if dropped > 0 {
                        dropped -= 1;
                        drop_tag = true;
                    } else {
                        depth = depth.saturating_sub(1);
                    }
                }
            }
            Kind::Other => {}
        }
        if drop_tag && let Some(out) = out.as_deref_mut() {
            out.push_str(&html[copied_to..lt]);
            copied_to = tag.end;
        }
        i = tag.end;
        if let Kind::Start { name, .. } = tag.kind
            && RAW_TEXT.contains(&name.as_str())
        {
            i = raw_text_end(html, i, &name);
        }
    }
    if let Some(out) = out {
        out.push_str(&html[copied_to..]);
    }
    max
}

enum Kind {
    Start {
        name: String,
        self_closing: bool,
    },
    End {
        name: String,
    },
    /// Comments, doctypes, processing instructions.
    Other,
}

struct Tag {
    kind: Kind,
    /// Byte offset just past the tag.
    end: usize,
}

impl Tag {
    /// The tag starting at `lt` (which holds `<`), if it is one.
    fn at(html: &str, lt: usize) -> Option<Tag> {
        let bytes = html.as_bytes();
        let rest = &html[lt..];
        if let Some(comment) = rest.strip_prefix("<!--") {
            let end = comment.find("-->").map_or(html.len(), |e| lt + 4 + e + 3);
            return Some(Tag {
                kind: Kind::Other,
                end,
            });
        }
        if rest.starts_with("<!") || rest.starts_with("<?") {
            let end = memchr(b'>', bytes, lt).map_or(html.len(), |e| e + 1);
            return Some(Tag {
                kind: Kind::Other,
                end,
            });
        }
        let (closing, name_start) = match bytes.get(lt + 1) {
            Some(b'/') => (true, lt + 2),
            _ => (false, lt + 1),
        };
        if !bytes.get(name_start).is_some_and(u8::is_ascii_alphabetic) {
            return None;
        }
        let name_end = bytes[name_start..]
            .iter()
            .position(|b| b.is_ascii_whitespace() || matches!(b, b'/' | b'>'))
            .map_or(bytes.len(), |p| name_start + p);
        let name = html[name_start..name_end].to_ascii_lowercase();
        let end = tag_end(bytes, name_end);
        let self_closing = end >= 2 && bytes[end - 2] == b'/';
        let kind = if closing {
            Kind::End { name }
        } else {
            Kind::Start { name, self_closing }
        };
        Some(Tag { kind, end })
    }
}

/// Just past the `>` that closes a tag, skipping quoted attribute values.
fn tag_end(bytes: &[u8], mut i: usize) -> usize {
    let mut quote = None;
    while i < bytes.len() {
        let b = bytes[i];
        match quote {
            Some(q) if b == q => quote = None,
            Some(_) => {}
            None if b == b'"' || b == b'\'' => quote = Some(b),
            None if b == b'>' => return i + 1,
            None => {}
        }
        i += 1;
    }
    bytes.len()
}

/// Offset of the end tag closing a raw-text element, or the end of input.
fn raw_text_end(html: &str, from: usize, name: &str) -> usize {
    let needle = format!("</{name}");
    let bytes = html.as_bytes();
    let mut i = from;
    while let Some(lt) = memchr(b'<', bytes, i) {
        if html.len() >= lt + needle.len()
            && html.as_bytes()[lt..lt + needle.len()].eq_ignore_ascii_case(needle.as_bytes())
        {
            return lt;
        }
        i = lt + 1;
    }
    html.len()
}

fn memchr(needle: u8, haystack: &[u8], from: usize) -> Option<usize> {
    haystack
        .get(from..)?
        .iter()
        .position(|&b| b == needle)
        .map(|p| from + p)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ordinary_markup_is_untouched() {
        let html = "<div><p>a<p>b<ul><li>c<li>d</ul><script>if (a<b) {}</script></div>".to_string();
        let (out, changed) = limit_nesting(html.clone());
        assert!(!changed);
        assert_eq!(out, html);
    }

    #[test]
    fn deep_markup_is_flattened_and_keeps_text() {
        let n = MAX_DEPTH + 100;
        let html = format!("{}deep{}", "<div>".repeat(n), "</div>".repeat(n));
        let (out, changed) = limit_nesting(html);
        assert!(changed);
        assert_eq!(out.matches("<div>").count(), MAX_DEPTH);
        assert_eq!(out.matches("</div>").count(), MAX_DEPTH);
        assert!(out.contains("deep"));
    }
}

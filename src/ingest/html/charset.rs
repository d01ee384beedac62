//! Turning a page's bytes into text: BOM first, then the charset the page
//! valid UTF-8, then the charset the page declares in its first bytes
//! (`<meta charset>` or `http-equiv`), else windows-1252 (what browsers assume for undeclared legacy pages).

use encoding_rs::{Encoding, WINDOWS_1252};

/// How far into the page a charset declaration is looked for (browsers use 1024;
/// real pages often put long `<script>`s first, so look a little further).
const PRESCAN_BYTES: usize = 8192;

/// The decoded text and, when something was guessed or replaced, a warning.
pub fn decode(bytes: &[u8]) -> (String, Option<String>) {
    if let Some((encoding, bom_len)) = Encoding::for_bom(bytes) {
        let (text, had_errors) = encoding.decode_without_bom_handling(&bytes[bom_len..]);
        return (text.into_owned(), had_errors.then(|| replaced(encoding)));
    }
    // Pages saved by tools that re-encode to UTF-8 often keep their old
    // `<meta charset=gb2312>`. Text in a legacy charset with non-ASCII bytes is
    // almost never valid UTF-8 by accident, so valid UTF-8 wins.
    if let Ok(text) = std::str::from_utf8(bytes) {
        return (text.to_string(), None);
    }
    if let Some(encoding) = declared_charset(bytes) {
        // A page that declares UTF-16 in ASCII cannot be UTF-16: output_encoding maps it to UTF-8.
        let encoding = encoding.output_encoding();
        let (text, had_errors) = encoding.decode_without_bom_handling(bytes);
        return (text.into_owned(), had_errors.then(|| replaced(encoding)));
    }
    let (text, _) = WINDOWS_1252.decode_without_bom_handling(bytes);
    (
        text.into_owned(),
        Some("no charset declared and not UTF-8: decoded as windows-1252".to_string()),
    )
}

fn replaced(encoding: &'static Encoding) -> String {
    format!(
        "invalid {} byte sequences replaced with U+FFFD",
        encoding.name()
    )
}

/// The charset named by the first `<meta ... charset=...>` in the page's head.
pub fn declared_charset(bytes: &[u8]) -> Option<&'static Encoding> {
    let head = &bytes[..bytes.len().min(PRESCAN_BYTES)];
    let lower: Vec<u8> = head.iter().map(u8::to_ascii_lowercase).collect();
    let mut from = 0;
    while let Some(pos) = find(&lower[from..], b"<meta") {
        let tag_start = from + pos;
        let tag_end = find(&lower[tag_start..], b">").map_or(lower.len(), |e| tag_start + e);
        let tag = &lower[tag_start..tag_end];
        if let Some(label) = charset_in_tag(tag)
            && let Some(encoding) = Encoding::for_label(label)
        {
            return Some(encoding);
        }
        from = tag_end;
    }
    // XHTML pages may only have an XML declaration.
    if lower.starts_with(b"<?xml")
        && let Some(end) = find(&lower, b"?>")
        && let Some(label) = value_after(&lower[..end], b"encoding=")
    {
        return Encoding::for_label(label);
    }
    None
}

/// `charset=LABEL` inside a meta tag, whether as its own attribute or inside
/// `content="text/html; charset=LABEL"`.
fn charset_in_tag(tag: &[u8]) -> Option<&[u8]> {
    value_after(tag, b"charset=")
}

fn value_after<'a>(haystack: &'a [u8], key: &[u8]) -> Option<&'a [u8]> {
    let at = find(haystack, key)? + key.len();
    let rest = &haystack[at..];
    let rest = rest
        .iter()
        .position(|b| !matches!(b, b'"' | b'\'' | b' '))
        .map_or(&rest[rest.len()..], |s| &rest[s..]);
    let len = rest
        .iter()
        .position(|b| !(b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b':' | b'.')))
        .unwrap_or(rest.len());
    (len > 0).then(|| &rest[..len])
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn meta_charset_is_honoured() {
        let page = b"<html><head><meta charset=\"iso-8859-1\"></head><body>caf\xe9</body></html>";
        let (text, warning) = decode(page);
        assert!(text.contains("café"));
        assert!(warning.is_none());
    }

    #[test]
    fn http_equiv_charset_is_honoured() {
        let page = b"<meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1251\">\xcf\xf0\xe8";
        assert!(decode(page).0.ends_with("При"));
    }

    #[test]
    fn valid_utf8_wins_over_a_stale_declaration() {
        let page = "<meta charset=gb2312><p>人工智能</p>".as_bytes();
        assert!(decode(page).0.contains("人工智能"));
    }

    #[test]
    fn bom_wins_over_declaration() {
        let mut page = vec![0xEF, 0xBB, 0xBF];
        page.extend_from_slice("<meta charset=iso-8859-1>é".as_bytes());
        assert!(decode(&page).0.ends_with('é'));
    }

    #[test]
    fn undeclared_non_utf8_falls_back_to_windows_1252_with_warning() {
        let (text, warning) = decode(b"<p>\x93quoted\x94</p>");
        assert!(text.contains("“quoted”"));
        assert!(warning.is_some());
    }
}

/// Replaces control characters and escape sequences with visible, harmless
/// text, so that nothing from an article can drive the terminal.
///
/// Tabs become spaces; newlines are kept only when `keep_newlines`; every other
/// C0/C1 control (ESC included) and bidi override becomes U+FFFD. The result has
/// the same number of chars as the input when no tab is present, which keeps
/// char-based layouts stable.
pub fn sanitize_for_terminal(text: &str, keep_newlines: bool) -> std::borrow::Cow<'_, str> {
    let bad = |c: char| {
        (c.is_control() && !(keep_newlines && c == '\n'))
            || matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
    };
    if !text.chars().any(bad) {
        return std::borrow::Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\t' => out.push(' '),
            c if bad(c) => out.push('\u{FFFD}'),
            c => out.push(c),
        }
    }
    std::borrow::Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escape_sequences_are_neutralised() {
        let s = sanitize_for_terminal("a\x1b[31mred\x07\tb\nc", false);
        assert!(!s.contains('\x1b'));
        assert!(!s.contains('\x07'));
        assert!(!s.contains('\n'));
        assert_eq!(s, "a\u{FFFD}[31mred\u{FFFD} b\u{FFFD}c");
    }

    #[test]
    fn clean_text_is_borrowed() {
        assert!(matches!(
            sanitize_for_terminal("plain “text”", true),
            std::borrow::Cow::Borrowed(_)
        ));
    }
}

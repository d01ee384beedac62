//! Words, punctuation and sentences of one block, with byte offsets.

use std::borrow::Cow;
use std::ops::Range;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokKind {
    Word,
    /// `,` `;` `:` and dashes: clause boundaries inside a sentence.
    Comma,
    /// `.` `!` `?`
    Stop,
    /// A quotation mark (straight or curly, single or double).
    Quote,
    /// Brackets and anything else.
    Other,
}

#[derive(Debug, Clone)]
pub struct Token<'a> {
    pub kind: TokKind,
    /// Byte range in the block text.
    pub range: Range<usize>,
    /// Lower-cased text, `’` folded to `'`; borrowed from the block text
    /// when it is already that (most words), so tokens cost no allocation.
    pub lower: Cow<'a, str>,
    /// Starts with an upper-case letter.
    pub capital: bool,
    /// Inside a direct quotation (between double quotation marks).
    pub quoted: bool,
    /// Written all in capitals ("MYRTLE").
    pub upper_case: bool,
}

impl Token<'_> {
    pub fn is(&self, word: &str) -> bool {
        self.lower == word
    }
    /// The lower-cased text as a `&str`.
    pub fn low(&self) -> &str {
        &self.lower
    }
    pub fn is_word(&self) -> bool {
        self.kind == TokKind::Word
    }
}

/// `word` lower-cased with `’` folded to `'`: borrowed when it already is
/// (ASCII with no capital), else computed as before.
fn lower_case(word: &str) -> Cow<'_, str> {
    if word
        .bytes()
        .all(|b| b.is_ascii() && !b.is_ascii_uppercase())
    {
        Cow::Borrowed(word)
    } else if word.is_ascii() {
        // ASCII has no `’` to fold and lower-cases byte by byte.
        Cow::Owned(word.to_ascii_lowercase())
    } else {
        Cow::Owned(word.to_lowercase().replace('’', "'"))
    }
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || c == '$' || c == '%'
}

/// The character starting at byte `at`, if any.
fn char_at(text: &str, at: usize) -> Option<char> {
    match text.as_bytes().get(at) {
        Some(&b) if b < 0x80 => Some(b as char),
        Some(_) => text[at..].chars().next(),
        None => None,
    }
}

/// The character ending at byte `at`, if any.
fn char_before(text: &str, at: usize) -> Option<char> {
    match text.as_bytes()[..at].last() {
        Some(&b) if b < 0x80 => Some(b as char),
        Some(_) => text[..at].chars().next_back(),
        None => None,
    }
}

/// Splits `text` into tokens. Apostrophes inside words ("today's", "don't")
/// and dots of abbreviations ("U.S.", "Mr.") stay in the word. Walks the
/// bytes once, decoding only where needed (no per-character table).
pub fn tokenize(text: &str) -> Vec<Token<'_>> {
    let mut out = Vec::with_capacity(text.len() / 5 + 1);
    let mut i = 0;
    while let Some(c) = char_at(text, i) {
        let start = i;
        if c.is_whitespace() {
            i += c.len_utf8();
            continue;
        }
        if is_word_char(c) {
            let mut j = i + c.len_utf8();
            while let Some(d) = char_at(text, j) {
                let after = j + d.len_utf8();
                if is_word_char(d)
                    || (matches!(d, '\'' | '’' | '-' | '.' | ',')
                        && char_at(text, after).is_some_and(is_word_char)
                        && joins(text, j, d))
                {
                    j = after;
                } else {
                    break;
                }
            }
            let word = &text[start..j];
            out.push(Token {
                kind: TokKind::Word,
                range: start..j,
                lower: lower_case(word),
                capital: c.is_uppercase(),
                quoted: false,
                upper_case: if word.is_ascii() {
                    !word.bytes().any(|b| b.is_ascii_lowercase())
                } else {
                    word.chars().all(|c| !c.is_lowercase())
                },
            });
            i = j;
            continue;
        }
        let end = i + c.len_utf8();
        let kind = match c {
            ',' | ';' | ':' | '—' | '–' => TokKind::Comma,
            '.' | '!' | '?' | '…' => TokKind::Stop,
            '"' | '“' | '”' | '\'' | '‘' | '’' | '«' | '»' | '„' => TokKind::Quote,
            // "--" and a hyphen standing alone are dashes.
            '-' if char_at(text, end).is_none_or(|n| n == '-' || n.is_whitespace()) => {
                TokKind::Comma
            }
            _ => TokKind::Other,
        };
        out.push(Token {
            kind,
            range: start..end,
            lower: Cow::Borrowed(&text[start..end]),
            capital: false,
            quoted: false,
            upper_case: false,
        });
        i = end;
    }
    mark_quoted(&mut out);
    out
}

/// Whether the joiner `d` at byte `j` (a word character before it and one
/// after it) stays inside the word: apostrophes and hyphens always; a comma
/// only between digits (1,000); a dot between letters of an abbreviation
/// (U.S.) or digits (3.5).
fn joins(text: &str, j: usize, d: char) -> bool {
    let after = j + d.len_utf8();
    let (Some(prev), Some(next)) = (char_before(text, j), char_at(text, after)) else {
        return false;
    };
    match d {
        ',' => prev.is_ascii_digit() && next.is_ascii_digit(),
        '.' => {
            (prev.is_ascii_digit() && next.is_ascii_digit())
                || (prev.is_alphabetic()
                    && next.is_alphabetic()
                    && char_at(text, after + next.len_utf8()).is_none_or(|x| !x.is_alphabetic()))
        }
        _ => true,
    }
}

/// Flags the tokens between double quotation marks. A straight `"` opens
/// when not open and closes when open; a paragraph's end closes everything.
fn mark_quoted(tokens: &mut [Token<'_>]) {
    let mut open = false;
    let mut k = 0;
    while k < tokens.len() {
        // Two apostrophes in a row ('' … '', the NYT's style) are a double mark.
        let doubled = tokens[k].lower == "'"
            && tokens
                .get(k + 1)
                .is_some_and(|n| n.lower == "'" && n.range.start == tokens[k].range.end);
        let mark = match tokens[k].low() {
            "“" => Some(true),
            "”" => Some(false),
            "\"" => Some(!open),
            _ if doubled => Some(!open),
            _ => None,
        };
        match mark {
            Some(now_open) => {
                let width = if doubled { 2 } else { 1 };
                for t in &mut tokens[k..k + width] {
                    t.quoted = true;
                }
                open = now_open;
                k += width;
            }
            None => {
                tokens[k].quoted = open;
                k += 1;
            }
        }
    }
}
/// Titles and abbreviations after which a dot does not end a sentence.
const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "sen", "rep", "gov", "gen", "st", "jr", "sr", "inc", "co", "corp",
    "lt", "col", "sgt", "prof", "rev", "capt", "cmdr", "adm", "maj", "jan", "feb", "mar", "apr",
    "aug", "sept", "sep", "oct", "nov", "dec", "no", "vs", "ft", "mt", "u.s", "u.n", "d.c", "a.m",
    "p.m", "e.g", "i.e", "messrs", "pres", "atty", "supt", "ret", "u.k",
];

/// Sentence ranges (token indices). A stop ends a sentence unless it follows
/// a title, an abbreviation or a single capital initial; closing quotation
/// marks and brackets right after the stop stay in the sentence.
pub fn sentences(tokens: &[Token]) -> Vec<Range<usize>> {
    // Straight quotes before each token, so that telling a closing `"` from
    // an opening one stays linear.
    let mut straight_before = Vec::with_capacity(tokens.len() + 1);
    let mut count = 0usize;
    for t in tokens {
        straight_before.push(count);
        count += usize::from(t.lower == "\"");
    }
    let mut out = Vec::new();
    let mut start = 0;
    let mut i = 0;
    while i < tokens.len() {
        if tokens[i].kind == TokKind::Stop && !after_abbreviation(tokens, i) {
            let mut end = i + 1;
            while end < tokens.len()
                && (matches!(tokens[end].low(), "”" | "’" | ")" | "]")
                    || tokens[end].kind == TokKind::Stop
                    || (tokens[end].lower == "\""
                        && tokens[end - 1].kind == TokKind::Stop
                        && straight_before[end] % 2 == 1))
            {
                end += 1;
            }
            // "(R-Conn.) was …": a lower-case word goes on with the sentence.
            if tokens.get(end).is_some_and(|t| {
                t.is_word() && !t.capital && t.lower.chars().next().is_some_and(char::is_alphabetic)
            }) {
                i = end;
                continue;
            }
            out.push(start..end);
            start = end;
            i = end;
            continue;
        }
        i += 1;
    }
    if start < tokens.len() {
        out.push(start..tokens.len());
    }
    out
}

fn after_abbreviation(tokens: &[Token], stop: usize) -> bool {
    if tokens[stop].lower != "." || stop == 0 {
        return false;
    }
    let prev = &tokens[stop - 1];
    if prev.kind != TokKind::Word || prev.range.end != tokens[stop].range.start {
        return false;
    }
    let next_lower = tokens.get(stop + 1).is_some_and(|n| {
        n.is_word() && !n.capital && n.lower.chars().next().is_some_and(char::is_alphabetic)
    });
    let initial = prev.lower.chars().count() == 1 && prev.capital;
    (ABBREVIATIONS.contains(&prev.low()) && prev.capital)
        || initial
        || next_lower
        || (prev.lower.contains('.')
            && !tokens
                .get(stop + 1)
                .is_some_and(|n| n.capital && n.is_word()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<String> {
        tokenize(text)
            .into_iter()
            .map(|t| t.lower.into_owned())
            .collect()
    }

    #[test]
    fn words_keep_apostrophes_and_abbreviations() {
        assert_eq!(
            words("Russia’s U.S. talks, 1,000 don't."),
            ["russia's", "u.s", ".", "talks", ",", "1,000", "don't", "."]
        );
    }

    #[test]
    fn sentences_skip_titles_and_initials() {
        let text = "Mr. Smith met George W. Bush. He said no. “Fine.” Then";
        let toks = tokenize(text);
        let s = sentences(&toks);
        let firsts: Vec<&str> = s
            .iter()
            .map(|r| &text[toks[r.start].range.clone()])
            .collect();
        assert_eq!(firsts, ["Mr", "He", "“", "Then"]);
    }

    #[test]
    fn quoted_tokens_are_flagged() {
        let toks = tokenize("He said “we win” today");
        let flags: Vec<bool> = toks.iter().map(|t| t.quoted).collect();
        assert_eq!(flags, [false, false, true, true, true, true, false]);
    }
}

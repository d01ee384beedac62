//! Words, punctuation and sentences of one block, with byte offsets.

use std::ops::Range;

use crate::extract::tokens::{char_at, char_before};

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
    /// Lower-cased text, `’` folded to `'`: the block text itself when it
    /// is already that (most words), else a slice of the block's buffer of
    /// lower-cased words; tokens own nothing and need no drop.
    pub lower: &'a str,
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
        self.lower
    }
    pub fn is_word(&self) -> bool {
        self.kind == TokKind::Word
    }
}

/// Appends `word` lower-cased with `’` folded to `'` to `buffer` (the
/// caller knows the word is not already lower-case ASCII).
fn push_lower(word: &str, ascii: bool, buffer: &mut String) {
    if ascii {
        // ASCII has no `’` to fold and lower-cases byte by byte (in place:
        // pushing char by char cost more than the rest of the tokenizer).
        let from = buffer.len();
        buffer.push_str(word);
        buffer[from..].make_ascii_lowercase();
    } else {
        // Rare: the full Unicode rules (final sigma and all), as before.
        buffer.push_str(&word.to_lowercase().replace('’', "'"));
    }
}

/// Classes of ASCII bytes for the tokenizer's hot loop: one table load per
/// byte instead of a chain of range tests.
const WORD: u8 = 1;
const UPPER: u8 = 2;
const LOWER: u8 = 4;
static ASCII_CLASS: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut b = 0;
    while b < 128 {
        let c = b as u8;
        if c.is_ascii_alphanumeric() || c == b'$' || c == b'%' {
            t[b] |= WORD;
        }
        if c.is_ascii_uppercase() {
            t[b] |= UPPER;
        }
        if c.is_ascii_lowercase() {
            t[b] |= LOWER;
        }
        b += 1;
    }
    t
};

fn ascii_word_byte(b: u8) -> bool {
    ASCII_CLASS[b as usize] & WORD != 0
}

#[inline]
fn is_word_char(c: char) -> bool {
    if c.is_ascii() {
        return ascii_word_byte(c as u8);
    }
    // Typographic punctuation is common in news: no table lookup for it.
    !is_typographic_punct(c) && c.is_alphanumeric()
}

/// Quotation marks, dashes and the ellipsis: neither space nor word.
fn is_typographic_punct(c: char) -> bool {
    matches!(c, '“' | '”' | '‘' | '’' | '—' | '–' | '…' | '«' | '»' | '„')
}

fn is_space(c: char) -> bool {
    if c.is_ascii() {
        return matches!(c, ' ' | '\t' | '\n' | '\x0b' | '\x0c' | '\r');
    }
    !is_typographic_punct(c) && c.is_whitespace()
}

/// Splits `text` into tokens. Apostrophes inside words ("today's", "don't")
/// and dots of abbreviations ("U.S.", "Mr.") stay in the word. The
/// lower-cased forms of words that are not lower-case already are owned
/// strings; [`tokenize_with`] keeps them in one buffer instead.
#[cfg(test)]
pub fn tokenize(text: &str) -> Vec<Token<'_>> {
    // (Tests only: the buffer lives as long as the tokens that borrow it.)
    let buffer: &mut String = Box::leak(Box::default());
    tokenize_with(text, buffer)
}

/// [`tokenize`] with the lower-cased words kept in `buffer` (cleared
/// first): one allocation per block instead of one per capitalised word.
pub fn tokenize_with<'a>(text: &'a str, buffer: &'a mut String) -> Vec<Token<'a>> {
    buffer.clear();
    // (About one word in eight is capitalised in news.)
    let mut lowers = Vec::with_capacity(text.len() / 32 + 1);
    let mut out = split(text, buffer, &mut lowers);
    let buffer: &'a String = buffer;
    for (k, range) in lowers {
        out[k].lower = &buffer[range];
    }
    mark_quoted(&mut out);
    out
}

/// The tokens of `text`; words whose lower-cased form is written to
/// `buffer` get an empty `lower` and an entry (token index, buffer range)
/// in `lowers`. Walks the bytes once, decoding only non-ASCII characters.
fn split<'a>(
    text: &'a str,
    buffer: &mut String,
    lowers: &mut Vec<(usize, Range<usize>)>,
) -> Vec<Token<'a>> {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(text.len() / 4 + 1);
    let mut i = 0;
    while i < bytes.len() {
        let start = i;
        let b = bytes[i];
        let c = char_at(text, i).unwrap_or(' ');
        if is_space(c) {
            i += c.len_utf8();
            continue;
        }
        if is_word_char(c) {
            let mut j = i + c.len_utf8();
            let mut ascii = b < 0x80;
            // Case classes of the word's ASCII letters, gathered on the way.
            let mut cases = ASCII_CLASS[b as usize];
            loop {
                // ASCII letters and digits: the common case, no decoding.
                while let Some(&x) = bytes.get(j) {
                    let class = ASCII_CLASS[x as usize];
                    if class & WORD == 0 {
                        break;
                    }
                    cases |= class;
                    j += 1;
                }
                let Some(d) = char_at(text, j) else {
                    break;
                };
                let after = j + d.len_utf8();
                if is_word_char(d)
                    || (matches!(d, '\'' | '’' | '-' | '.' | ',')
                        && char_at(text, after).is_some_and(is_word_char)
                        && joins(text, j, d))
                {
                    ascii &= d.is_ascii();
                    j = after;
                } else {
                    break;
                }
            }
            let word = &text[start..j];
            let (in_buffer, upper_case) = if ascii {
                // Joiners (' - . ,) are neither upper nor lower case.
                (cases & UPPER != 0, cases & LOWER == 0)
            } else {
                (true, word.chars().all(|c| !c.is_lowercase()))
            };
            let lower = if in_buffer {
                let from = buffer.len();
                push_lower(word, ascii, buffer);
                lowers.push((out.len(), from..buffer.len()));
                ""
            } else {
                word
            };
            out.push(Token {
                kind: TokKind::Word,
                range: start..j,
                lower,
                capital: c.is_uppercase(),
                quoted: false,
                upper_case,
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
            lower: &text[start..end],
            capital: false,
            quoted: false,
            upper_case: false,
        });
        i = end;
    }
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
        // Only quotation marks change the state: words need no comparison.
        if tokens[k].kind != TokKind::Quote {
            tokens[k].quoted = open;
            k += 1;
            continue;
        }
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
                tokens[k].quoted = true;
                if doubled {
                    tokens[k + 1].quoted = true;
                    k += 1;
                }
                open = now_open;
                k += 1;
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

/// Abbreviations that stand before a name, never at a sentence's end.
const TITLES: &[&str] = &[
    "mr", "mrs", "ms", "dr", "sen", "rep", "gov", "gen", "st", "lt", "col", "sgt", "prof", "rev",
    "capt", "cmdr", "adm", "maj", "messrs", "pres", "atty", "supt", "no", "vs", "ft", "mt",
];

/// Words that open sentences far more often than they follow "U.S." inside one.
const SENTENCE_OPENERS: &[&str] = &[
    "he", "she", "they", "we", "i", "it", "but", "the", "this", "there", "that", "his", "her",
    "their", "its", "and", "yet", "still", "so",
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
        count += usize::from(t.kind == TokKind::Quote && t.lower == "\"");
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
            // "(R-Conn.) was …": a lower-case word goes on with the sentence,
            // and so does a comma ("Jackson, Miss., said …").
            if tokens.get(end).is_some_and(|t| {
                t.is_word() && !t.capital && t.lower.chars().next().is_some_and(char::is_alphabetic)
                    || matches!(t.low(), "," | ";")
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
    // "… in the U.S. He says …": an abbreviation that can end a sentence
    // does, before a word that opens one.
    let opens_sentence = tokens
        .get(stop + 1)
        .is_some_and(|n| n.capital && SENTENCE_OPENERS.contains(&n.low()));
    if opens_sentence && !TITLES.contains(&prev.low()) && !initial {
        return false;
    }
    // (The capital first: most words before a stop are lower case.)
    (prev.capital && ABBREVIATIONS.contains(&prev.low()))
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
            .map(|t| t.lower.to_owned())
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

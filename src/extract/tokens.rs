//! A small, allocation-light tokenizer for one block of clean text.
//!
//! Words keep internal apostrophes and hyphens ("today's", "O'Brien",
//! "non-nuclear"), known abbreviations keep their period ("Sen.", "U.S."),
//! and every other non-space character is a token of its own. Offsets are
//! byte offsets into the block text.

use std::ops::Range;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokKind {
    Word,
    Number,
    Punct,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token {
    pub start: u32,
    pub end: u32,
    pub kind: TokKind,
    /// The first letter is upper case.
    pub cap: bool,
}

impl Token {
    pub fn range(&self) -> Range<usize> {
        self.start as usize..self.end as usize
    }
    pub fn text<'a>(&self, text: &'a str) -> &'a str {
        &text[self.range()]
    }
    pub fn is_word(&self) -> bool {
        self.kind == TokKind::Word
    }
    pub fn is_punct(&self, text: &str, p: &str) -> bool {
        self.kind == TokKind::Punct && self.text(text) == p
    }
}

/// Abbreviations whose period belongs to the word (not a sentence end).
const ABBREVIATIONS: &[&str] = &[
    "Mr", "Mrs", "Ms", "Dr", "Sen", "Rep", "Gov", "Gen", "Lt", "Col", "Sgt", "Capt", "Adm", "Maj",
    "St", "Jr", "Sr", "Prof", "Rev", "Hon", "Sens", "Reps", "Gens", "No", "Inc", "Corp", "Co",
    "Ltd", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
    "vs", "Pres", "Supt", "Atty", "Cmdr", "Ft", "Mt", "Calif", "Fla", "Ariz", "Mass", "Penn",
    "Ill", "Ind", "Mich", "Minn", "Wis", "Tenn", "Conn", "Okla", "Ore", "Ky", "La", "Md", "Mo",
    "Neb", "Nev", "Va", "Wash", "Ala", "Ark", "Colo", "Del", "Ga", "Kan", "Miss", "Mont", "Vt",
    "Wyo", "etc", "al", "approx", "Dept", "Gov't",
];

pub fn is_abbreviation(word: &str) -> bool {
    static SET: std::sync::OnceLock<WordSet> = std::sync::OnceLock::new();
    SET.get_or_init(|| WordSet::new(ABBREVIATIONS)).has(word)
}

/// A fast set of static words: a [`Sieve`] rules most words out with one
/// bit test, the rest are hashed ([`WordHash`]). (Word lists are asked
/// about nearly every token, and most tokens are in none of them.)
pub struct WordSet {
    sieve: Sieve,
    words: std::collections::HashSet<&'static str, std::hash::BuildHasherDefault<WordHash>>,
}

impl WordSet {
    pub fn new(words: &[&'static str]) -> Self {
        Self {
            sieve: Sieve::new(words.iter().copied()),
            words: words.iter().copied().collect(),
        }
    }
    #[inline]
    pub fn has(&self, word: &str) -> bool {
        self.sieve.may_have(word) && self.words.contains(word)
    }
}

/// A cheap sieve in front of a hash lookup: one bit per (length, first
/// byte, last byte) of the listed words. Word lookups are asked for nearly
/// every word of a text and most words are ruled out by one bit test,
/// without hashing. (The key keeps five bits of each byte, so ASCII
/// letters map alike in either case.)
pub struct Sieve([u64; 256]);

impl Sieve {
    pub fn new<'w>(words: impl Iterator<Item = &'w str>) -> Self {
        let mut bits = [0u64; 256];
        for w in words {
            let k = Self::key(w.as_bytes());
            bits[k / 64] |= 1 << (k % 64);
        }
        Self(bits)
    }
    #[inline]
    fn key(b: &[u8]) -> usize {
        let (first, last) = match (b.first(), b.last()) {
            (Some(&f), Some(&l)) => (f as usize & 31, l as usize & 31),
            _ => (0, 0),
        };
        (b.len().min(15) << 10) | (first << 5) | last
    }
    #[inline]
    pub fn may_have(&self, word: &str) -> bool {
        self.may_have_bytes(word.as_bytes())
    }
    /// [`Sieve::may_have`] for a word held as bytes.
    #[inline]
    pub fn may_have_bytes(&self, word: &[u8]) -> bool {
        let k = Self::key(word);
        self.0[k / 64] & (1 << (k % 64)) != 0
    }
}

/// The hash of the extractor's word tables (static lexicons and the
/// per-article name maps, never iterated in hash order): eight bytes per
/// step instead of [`Fnv`]'s one, the multiply-rotate mix of rustc's
/// FxHasher. Words are looked up for nearly every token, and hashing them
/// byte by byte was the extractor's largest single cost.
#[derive(Default, Clone, Copy)]
pub struct WordHash(u64);

impl WordHash {
    const K: u64 = 0xf135_7aea_2e62_a9c5;
    #[inline]
    fn add(&mut self, x: u64) {
        self.0 = (self.0.rotate_left(26) ^ x).wrapping_mul(Self::K);
    }
}

impl std::hash::Hasher for WordHash {
    #[inline]
    fn finish(&self) -> u64 {
        // The multiply leaves the low bits (the bucket index) weakest.
        self.0.rotate_left(26)
    }
    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        let mut rest = bytes;
        while let Some((chunk, tail)) = rest.split_first_chunk::<8>() {
            self.add(u64::from_le_bytes(*chunk));
            rest = tail;
        }
        if let Some((chunk, tail)) = rest.split_first_chunk::<4>() {
            self.add(u32::from_le_bytes(*chunk) as u64);
            rest = tail;
        }
        if let Some((chunk, tail)) = rest.split_first_chunk::<2>() {
            self.add(u16::from_le_bytes(*chunk) as u64);
            rest = tail;
        }
        if let Some(&b) = rest.first() {
            self.add(b as u64);
        }
    }
    #[inline]
    fn write_u8(&mut self, b: u8) {
        self.add(b as u64);
    }
    #[inline]
    fn write_usize(&mut self, n: usize) {
        self.add(n as u64);
    }
}

/// FNV-1a: fast for the short keys of word lists.
#[derive(Default)]
pub struct Fnv(u64);

impl std::hash::Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        let mut h = if self.0 == 0 {
            0xcbf29ce484222325
        } else {
            self.0
        };
        for &b in bytes {
            h ^= b as u64;
            h = h.wrapping_mul(0x100000001b3);
        }
        self.0 = h;
    }
}

/// Declares a function testing membership in a static word list.
#[macro_export]
macro_rules! word_set {
    ($name:ident, $list:expr) => {
        fn $name(word: &str) -> bool {
            static SET: std::sync::OnceLock<$crate::extract::tokens::WordSet> =
                std::sync::OnceLock::new();
            SET.get_or_init(|| $crate::extract::tokens::WordSet::new($list))
                .has(word)
        }
    };
}

/// The character starting at byte `at` (a char boundary), if any: ASCII
/// without decoding. (Shared by the tokenizers and the mark scanner.)
pub(crate) fn char_at(text: &str, at: usize) -> Option<char> {
    match text.as_bytes().get(at) {
        Some(&b) if b < 0x80 => Some(b as char),
        Some(_) => text[at..].chars().next(),
        None => None,
    }
}

/// The character ending at byte `at` (a char boundary), if any.
pub(crate) fn char_before(text: &str, at: usize) -> Option<char> {
    match text.as_bytes()[..at].last() {
        Some(&b) if b < 0x80 => Some(b as char),
        Some(_) => text[..at].chars().next_back(),
        None => None,
    }
}

fn is_apostrophe(c: char) -> bool {
    c == '\'' || c == '\u{2019}'
}

/// `u8::is_ascii_alphanumeric` as a table, for the tokenizer's inner loop.
static ASCII_ALNUM: [bool; 256] = {
    let mut t = [false; 256];
    let mut b = 0;
    while b < 256 {
        t[b] = (b as u8).is_ascii_alphanumeric();
        b += 1;
    }
    t
};

/// Splits `text` into tokens, appending to `out` (cleared first).
pub fn tokenize(text: &str, out: &mut Vec<Token>) {
    out.clear();
    tokenize_append(text, out);
}

/// [`tokenize`] without clearing `out`: the tokens of several blocks can
/// share one list (offsets stay relative to each block's text).
pub fn tokenize_append(text: &str, out: &mut Vec<Token>) {
    // About one token per four bytes in news: growing the list step by
    // step cost more than the tokenizing itself.
    out.reserve(text.len() / 4 + 1);
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if b == b' ' || b == b'\t' || b == b'\n' || b == b'\r' {
            i += 1;
            continue;
        }
        // ASCII punctuation (a sixth of news tokens): no decoding, no
        // Unicode tables. (Other ASCII spaces, 0x0B and 0x0C, go below.)
        if b < 0x80 && !ASCII_ALNUM[b as usize] && !b.is_ascii_whitespace() && b != 0x0b {
            out.push(Token {
                start: i as u32,
                end: i as u32 + 1,
                kind: TokKind::Punct,
                cap: false,
            });
            i += 1;
            continue;
        }
        let c = char_at(text, i).unwrap_or(' ');
        // Curly quotes and dashes are neither space nor word: no Unicode
        // table lookups for them.
        let typographic = b >= 0x80 && is_typographic_punct(c);
        if !typographic && c.is_whitespace() {
            i += c.len_utf8();
            continue;
        }
        if !typographic && c.is_alphanumeric() {
            let start = i;
            let numeric = c.is_ascii_digit();
            i += c.len_utf8();
            loop {
                // ASCII letters and digits: the common case, no decoding
                // (one table load per byte).
                i += bytes[i..]
                    .iter()
                    .position(|&x| !ASCII_ALNUM[x as usize])
                    .unwrap_or(bytes.len() - i);
                let Some(d) = char_at(text, i) else {
                    break;
                };
                if d.is_alphanumeric() {
                    i += d.len_utf8();
                    continue;
                }
                // Internal apostrophe, hyphen or digit separators join the word
                // when a letter or digit follows.
                if is_apostrophe(d) || d == '-' || (numeric && (d == ',' || d == '.')) {
                    let after = i + d.len_utf8();
                    if char_at(text, after).is_some_and(|e| {
                        if numeric && (d == ',' || d == '.') {
                            e.is_ascii_digit()
                        } else {
                            e.is_alphanumeric()
                        }
                    }) {
                        i = after;
                        continue;
                    }
                }
                break;
            }
            // Abbreviations and initials keep their period: "Sen.", "J.", "U.S."
            if bytes.get(i) == Some(&b'.') {
                let word = &text[start..i];
                let single_cap = word.len() == 1 && c.is_uppercase();
                let dotted = bytes.get(i + 2) == Some(&b'.')
                    && bytes.get(i + 1).is_some_and(|x| x.is_ascii_alphabetic());
                if is_abbreviation(word) || single_cap {
                    i += 1;
                    // U.S., U.N., D.C.
                    while dotted
                        && bytes.get(i).is_some_and(|x| x.is_ascii_alphabetic())
                        && bytes.get(i + 1) == Some(&b'.')
                    {
                        i += 2;
                    }
                }
            }
            out.push(Token {
                start: start as u32,
                end: i as u32,
                kind: if numeric {
                    TokKind::Number
                } else {
                    TokKind::Word
                },
                cap: c.is_uppercase(),
            });
            continue;
        }
        let len = c.len_utf8();
        out.push(Token {
            start: i as u32,
            end: (i + len) as u32,
            kind: TokKind::Punct,
            cap: false,
        });
        i += len;
    }
}

/// Quotation marks, dashes and the ellipsis common in news.
fn is_typographic_punct(c: char) -> bool {
    matches!(c, '“' | '”' | '‘' | '’' | '—' | '–' | '…' | '«' | '»' | '„')
}

/// True when the token is a sentence-ending mark.
pub fn is_sentence_end(text: &str, t: &Token) -> bool {
    t.kind == TokKind::Punct && matches!(t.text(text), "." | "!" | "?" | "…")
}

/// Quotation-mark characters (any style, apostrophe-like ones included).
pub fn is_quote_char(c: char) -> bool {
    matches!(
        c,
        '"' | '\''
            | '\u{201C}'
            | '\u{201D}'
            | '\u{2018}'
            | '\u{2019}'
            | '\u{201E}'
            | '\u{00AB}'
            | '\u{00BB}'
            | '\u{2039}'
            | '\u{203A}'
            | '`'
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(s: &str) -> Vec<&str> {
        let mut t = Vec::new();
        tokenize(s, &mut t);
        t.iter().map(|t| t.text(s)).collect()
    }

    #[test]
    fn apostrophes_and_abbreviations_stay_in_words() {
        assert_eq!(
            words("Sen. O'Brien's U.S. plan, today’s 1,000.5 'x'"),
            vec![
                "Sen.",
                "O'Brien's",
                "U.S.",
                "plan",
                ",",
                "today’s",
                "1,000.5",
                "'",
                "x",
                "'"
            ]
        );
    }
}

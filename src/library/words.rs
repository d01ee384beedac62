//! The words statement matching compares: content words with a light
//! stemmer, split into fragments at sentence ends and elisions.

use std::collections::HashMap;
use std::hash::BuildHasherDefault;
use std::ops::Range;

use super::forms::FormTable;
use crate::extract::tokens::{Fnv, WordSet};

/// Function words: they carry no evidence that two quotes say the same thing.
const STOPWORDS: &[&str] = &[
    "a",
    "about",
    "above",
    "after",
    "again",
    "against",
    "all",
    "also",
    "am",
    "an",
    "and",
    "any",
    "are",
    "as",
    "at",
    "be",
    "because",
    "been",
    "before",
    "being",
    "below",
    "between",
    "both",
    "but",
    "by",
    "can",
    "could",
    "did",
    "do",
    "does",
    "doing",
    "down",
    "during",
    "each",
    "even",
    "ever",
    "few",
    "for",
    "from",
    "further",
    "had",
    "has",
    "have",
    "having",
    "he",
    "her",
    "here",
    "hers",
    "herself",
    "him",
    "himself",
    "his",
    "how",
    "i",
    "if",
    "in",
    "into",
    "is",
    "it",
    "its",
    "itself",
    "just",
    "like",
    "may",
    "me",
    "might",
    "more",
    "most",
    "much",
    "must",
    "my",
    "myself",
    "no",
    "nor",
    "not",
    "now",
    "of",
    "off",
    "on",
    "once",
    "only",
    "or",
    "other",
    "our",
    "ours",
    "ourselves",
    "out",
    "over",
    "own",
    "same",
    "shall",
    "she",
    "should",
    "so",
    "some",
    "such",
    "than",
    "that",
    "the",
    "their",
    "theirs",
    "them",
    "themselves",
    "then",
    "there",
    "these",
    "they",
    "this",
    "those",
    "through",
    "to",
    "too",
    "under",
    "until",
    "up",
    "us",
    "very",
    "was",
    "we",
    "were",
    "what",
    "when",
    "where",
    "which",
    "while",
    "who",
    "whom",
    "why",
    "will",
    "with",
    "would",
    "you",
    "your",
    "yours",
    "yourself",
    "yourselves",
    "it's",
    "i'm",
    "we're",
    "we've",
    "we'll",
    "don't",
    "doesn't",
    "didn't",
    "won't",
    "can't",
    "isn't",
    "aren't",
    "wasn't",
    "weren't",
    "there's",
    "that's",
    "let's",
    "said",
    "says",
    "say",
    "told",
    "going",
    "get",
    "got",
    "make",
    "one",
    "two",
    "well",
    "yes",
    "oh",
    "s",
    "t",
];

fn is_stopword(word: &str) -> bool {
    static SET: std::sync::OnceLock<WordSet> = std::sync::OnceLock::new();
    SET.get_or_init(|| WordSet::new(STOPWORDS)).has(word)
}

/// Hash maps and sets keyed by small numbers and short words: FNV is much
/// cheaper there than the default SipHash.
pub type FnvMap<K, V> = HashMap<K, V, BuildHasherDefault<Fnv>>;
pub type FnvSet<K> = std::collections::HashSet<K, BuildHasherDefault<Fnv>>;

/// Hashes whole texts (quotes, sentences) eight bytes at a time: FNV's
/// byte-at-a-time loop costs more than reading a text is worth here.
#[derive(Default)]
pub struct TextHasher(u64);

impl std::hash::Hasher for TextHasher {
    fn write(&mut self, bytes: &[u8]) {
        const K: u64 = 0x517c_c1b7_2722_0a95;
        let step = |h: u64, x: u64| (h.rotate_left(5) ^ x).wrapping_mul(K);
        let mut chunks = bytes.chunks_exact(8);
        let mut h = self.0;
        for chunk in &mut chunks {
            h = step(
                h,
                u64::from_le_bytes(chunk.try_into().expect("eight bytes")),
            );
        }
        for &b in chunks.remainder() {
            h = step(h, u64::from(b));
        }
        self.0 = h;
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

/// A hash map keyed by whole texts.
pub type TextMap<K, V> = HashMap<K, V, BuildHasherDefault<TextHasher>>;

/// A content word of a quote.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Word {
    /// Byte range in the text it was read from.
    pub range: Range<usize>,
    /// The number the [`Vocabulary`] gives its stem (equal stems, equal
    /// ids; never 0).
    pub id: u32,
    /// The stem's first four bytes as a number: a near word ("possibl"/
    /// "possibility") always has the same head, so most pairs of words are
    /// told apart without reading their stems.
    pub head: u32,
    /// Sentence or elided piece the word belongs to, counted from 0.
    pub fragment: u32,
}

/// Every stem a library has met, numbered from 1, and every lowercased word
/// form with its stem: a form is lowercased, checked against the stopwords
/// and stemmed once per library, not once per occurrence.
#[derive(Default)]
pub struct Vocabulary<'a> {
    /// Lowercased form → (stem id, head); id 0 for a form that is no
    /// content word.
    forms: FormTable,
    /// Stem → (id, 0).
    ids: FormTable,
    /// The stems one after the other; stem of id `i` at `spans[i - 1]`.
    stems: String,
    spans: Vec<(u32, u32)>,
    /// Texts already read, with their content words (a run of `read`):
    /// wire copy repeats quotes and their sentences word for word across
    /// outlets, and a speaker's name recurs with every quote.
    texts: TextMap<&'a str, (u32, u32)>,
    read: Vec<Word>,
    /// A new form lowercased, and its stem (reused, not allocated per form).
    lower: String,
    stem: String,
}

impl<'a> Vocabulary<'a> {
    /// [`content_words`] of `text`, read once per distinct text (the same
    /// text always gives the same words, so nothing changes but the cost).
    /// (Read straight into one buffer for all texts: no vector per text.)
    pub fn words_of(&mut self, text: &'a str) -> &[Word] {
        let (start, end) = match self.texts.get(text) {
            Some(&known) => known,
            None => {
                let mut read = std::mem::take(&mut self.read);
                let start = read.len() as u32;
                read_words(text, self, &mut read);
                let end = read.len() as u32;
                self.read = read;
                self.texts.insert(text, (start, end));
                (start, end)
            }
        };
        &self.read[start as usize..end as usize]
    }

    /// A vocabulary sized for a library's worth of quotes (its tables do
    /// not grow, and rehash, a dozen times on the way).
    pub fn for_library(texts: usize) -> Self {
        Self {
            forms: FormTable::with_capacity(texts),
            ids: FormTable::with_capacity(texts),
            read: Vec::with_capacity(texts * 4),
            ..Self::default()
        }
    }

    /// The stem a content word's id stands for.
    pub fn stem(&self, id: u32) -> &str {
        let (start, end) = self.spans[id as usize - 1];
        &self.stems[start as usize..end as usize]
    }

    /// Two words of one family or spelling, by their stems (see [`near`]);
    /// checked only when the heads agree, which `near` requires anyway.
    pub fn near(&self, a: &Word, b: &Word) -> bool {
        a.head == b.head && a.id != b.id && near(self.stem(a.id), self.stem(b.id))
    }

    /// The stem id and head of a word as written; id 0 when it is no
    /// content word.
    /// `ascii`: the word is all ASCII.
    #[inline]
    fn lookup(&mut self, text: &str, range: Range<usize>, ascii: bool) -> (u32, u32) {
        if ascii && let Some(known) = self.forms.get_ascii_in(text, range.clone()) {
            return known;
        }
        self.learn(&text[range], ascii)
    }

    /// [`Self::lookup`] of a form not known as written.
    #[inline(never)]
    fn learn(&mut self, word: &str, ascii: bool) -> (u32, u32) {
        let mut lower = std::mem::take(&mut self.lower);
        lower.clear();
        if ascii {
            lower.push_str(word);
            lower.make_ascii_lowercase();
        } else {
            // (`str::to_lowercase`, not per character: a final sigma.)
            lower.push_str(&word.to_lowercase().replace('’', "'"));
            if let Some(known) = self.forms.get_lower(&lower) {
                self.lower = lower;
                return known;
            }
        }
        let single_letter =
            lower.chars().count() == 1 && !lower.starts_with(|c: char| c.is_numeric());
        let found = if single_letter || is_stopword(&lower) {
            (0, 0)
        } else {
            let mut stem = std::mem::take(&mut self.stem);
            stem.clear();
            stem.push_str(&lower);
            stem_in_place(&mut stem);
            let found = (self.stem_id(&stem), head(&stem));
            self.stem = stem;
            found
        };
        self.forms.insert(&lower, found);
        self.lower = lower;
        found
    }

    fn stem_id(&mut self, stem: &str) -> u32 {
        if let Some((id, _)) = self.ids.get_lower(stem) {
            return id;
        }
        let id = self.spans.len() as u32 + 1;
        let start = self.stems.len() as u32;
        self.stems.push_str(stem);
        self.spans.push((start, self.stems.len() as u32));
        self.ids.insert(stem, (id, 0));
        id
    }
}

/// The first four bytes of a stem, as a number (zero-padded: stems hold no
/// NUL, so shorter stems keep distinct heads).
fn head(stem: &str) -> u32 {
    let mut bytes = [0u8; 4];
    let n = stem.len().min(4);
    bytes[..n].copy_from_slice(&stem.as_bytes()[..n]);
    u32::from_le_bytes(bytes)
}

/// The content words of `text`, in order.
pub fn content_words(text: &str, vocabulary: &mut Vocabulary<'_>) -> Vec<Word> {
    let mut words = Vec::with_capacity(text.len() / 12);
    read_words(text, vocabulary, &mut words);
    words
}

/// [`content_words`], appended to `words`.
fn read_words(text: &str, vocabulary: &mut Vocabulary<'_>, words: &mut Vec<Word>) {
    let mut fragment = 0;
    // The word being read: where it starts, and whether it is all ASCII so
    // far (then its form is looked up as written, without a lowercased copy).
    let mut start: Option<usize> = None;
    let mut ascii = true;
    let mut previous: Option<char> = None;
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        let class = BYTE_CLASS[usize::from(b)];
        // Most of the text: ASCII letters and digits, inside a word.
        if class == ALNUM {
            if start.is_none() {
                start = Some(i);
                ascii = true;
            }
            i += 1;
            while i < bytes.len() && BYTE_CLASS[usize::from(bytes[i])] == ALNUM {
                i += 1;
            }
            previous = Some(char::from(bytes[i - 1]));
            continue;
        }
        // Then spaces, commas and quotation marks: they end a word and
        // nothing else.
        if class == PLAIN {
            if let Some(s) = start.take() {
                push_word(words, vocabulary, (s..i, ascii), (text, fragment));
            }
            previous = Some(char::from(b));
            i += 1;
            continue;
        }
        let c = match b {
            0..0x80 => char::from(b),
            _ => text[i..].chars().next().unwrap_or_default(),
        };
        let after = i + c.len_utf8();
        if c.is_alphanumeric()
            || (matches!(c, '\'' | '’')
                && start.is_some()
                && text[after..].starts_with(char::is_alphanumeric))
        {
            if start.is_none() {
                start = Some(i);
                ascii = true;
            }
            ascii &= c.is_ascii();
        } else {
            if let Some(s) = start.take() {
                push_word(words, vocabulary, (s..i, ascii), (text, fragment));
            }
            if ends_fragment(previous, c, &text[after..]) {
                fragment += 1;
            }
        }
        previous = Some(c);
        i = after;
    }
    if let Some(s) = start {
        push_word(words, vocabulary, (s..text.len(), ascii), (text, fragment));
    }
}

/// What a byte is to [`read_words`], read from a table (one load, where
/// telling letters and digits apart took several comparisons a byte).
const ALNUM: u8 = 1;
/// ASCII that ends a word and does nothing else (not ' . ! ? ;).
const PLAIN: u8 = 2;
const BYTE_CLASS: [u8; 256] = {
    let mut table = [0u8; 256];
    let mut b = 0;
    while b < 128 {
        let byte = b as u8;
        table[b] = if byte.is_ascii_alphanumeric() {
            ALNUM
        } else if matches!(byte, b'\'' | b'.' | b'!' | b'?' | b';') {
            0
        } else {
            PLAIN
        };
        b += 1;
    }
    table
};

fn push_word(
    words: &mut Vec<Word>,
    vocabulary: &mut Vocabulary<'_>,
    (range, ascii): (Range<usize>, bool),
    (text, fragment): (&str, u32),
) {
    let (id, head) = vocabulary.lookup(text, range.clone(), ascii);
    if id != 0 {
        words.push(Word {
            range,
            id,
            head,
            fragment,
        });
    }
}

/// An elision ("..." or "…") always ends a piece; ". ! ? ;" end one when a
/// capital (or the end) follows, so "U.S. officials" stays whole. `rest` is
/// the text after `c`.
fn ends_fragment(previous: Option<char>, c: char, rest: &str) -> bool {
    if !matches!(c, '.' | '!' | '?' | ';' | '…') {
        return false;
    }
    let next = rest.chars().next();
    if c == '.' && previous == Some('.') {
        return false; // the rest of "...", counted at its first dot
    }
    if c == '…' || (c == '.' && next == Some('.')) {
        return true;
    }
    if !matches!(c, '.' | '!' | '?' | ';') {
        return false;
    }
    if next.is_some_and(char::is_alphanumeric) {
        return false; // "U.S."
    }
    rest.chars()
        .find(|n| !n.is_whitespace())
        .is_none_or(|n| n.is_uppercase() || !n.is_alphanumeric())
}

/// A light English stemmer: enough to meet "agreeing"/"agreed"/"agree" and
/// "negotiations"/"negotiation", not a linguistic analysis.
#[cfg(test)]
pub fn stem(lower: &str) -> String {
    let mut w = lower.to_string();
    stem_in_place(&mut w);
    w
}

fn stem_in_place(w: &mut String) {
    if w.ends_with("'s") {
        w.truncate(w.len() - 2);
    }
    while w.ends_with('\'') {
        w.pop();
    }
    let n = w.len();
    // A final "e" goes ("agree" → "agre"), except where "-ed" took it.
    let mut drop_e = true;
    if n > 4 && w.ends_with("ies") {
        w.truncate(n - 3);
        w.push('y');
    } else if n > 5 && w.ends_with("ing") {
        w.truncate(n - 3);
        undouble(w);
    } else if n > 4 && w.ends_with("ed") {
        w.truncate(n - 2);
        undouble(w);
        drop_e = false;
    } else if (n > 5 && w.ends_with("ly"))
        || (n > 4
            && ["ses", "xes", "zes", "ches", "shes"]
                .iter()
                .any(|s| w.ends_with(s)))
    {
        // "-ly", and "-es" after a hissing sound
        w.truncate(n - 2);
    } else if n > 3 && w.ends_with('s') && !["ss", "us", "is"].iter().any(|s| w.ends_with(s)) {
        w.truncate(n - 1);
    }
    if drop_e && w.len() > 3 && w.ends_with('e') {
        w.pop();
    }
}

fn undouble(w: &mut String) {
    let b = w.as_bytes();
    let n = b.len();
    if n > 3 && b[n - 1] == b[n - 2] && !matches!(b[n - 1], b'l' | b's' | b'z' | b'e') {
        w.pop();
    }
}

/// Two different stems of one word family or spelling ("possibl" and
/// "possibility", "zelensky" and "zelenskyy").
pub fn near(a: &str, b: &str) -> bool {
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    if short.len() < 5 {
        return false;
    }
    let prefix = a.bytes().zip(b.bytes()).take_while(|(x, y)| x == y).count();
    if prefix < 4 {
        return false;
    }
    (prefix >= 5 && prefix * 10 >= short.len() * 7 && strsim::jaro_winkler(a, b) >= 0.85)
        || (long.len() >= 6 && strsim::normalized_damerau_levenshtein(a, b) >= 0.85)
}

/// How many items two sorted lists share, counted with repeats (a merge
/// walk): the cheap bounds that spare an alignment ask this of word heads.
pub fn common_sorted<T, K: Ord>(a: &[T], b: &[T], key: impl Fn(&T) -> K) -> usize {
    let (mut i, mut j, mut common) = (0, 0, 0);
    while i < a.len() && j < b.len() {
        match key(&a[i]).cmp(&key(&b[j])) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                common += 1;
                i += 1;
                j += 1;
            }
        }
    }
    common
}

#[cfg(test)]
mod tests {
    use super::*;

    fn stems(text: &str) -> Vec<String> {
        let mut vocabulary = Vocabulary::default();
        let words = content_words(text, &mut vocabulary);
        words
            .iter()
            .map(|w| vocabulary.stem(w.id).to_string())
            .collect()
    }

    #[test]
    fn stems_meet_across_word_forms() {
        assert_eq!(stem("agreeing"), stem("agree"));
        assert_eq!(stem("agreed"), stem("agree"));
        assert_eq!(stem("negotiations"), stem("negotiation"));
        assert_eq!(stem("drastically"), "drastical");
        assert_eq!(stem("stopped"), "stop");
        assert_eq!(stem("proposals"), stem("proposal"));
    }

    #[test]
    fn function_words_are_dropped() {
        assert_eq!(
            stems("reduce the military activity in Kyiv"),
            ["reduc", "military", "activity", "kyiv"]
        );
    }

    #[test]
    fn elisions_and_sentences_split_fragments() {
        let words = content_words(
            "a practical field... a decision. Then U.S. troops left",
            &mut Vocabulary::default(),
        );
        let fragments: Vec<u32> = words.iter().map(|w| w.fragment).collect();
        assert_eq!(fragments, [0, 0, 1, 2, 2]);
    }

    #[test]
    fn near_words() {
        assert!(near(&stem("possibility"), &stem("possible")));
        assert!(near("russian", "russia"));
        assert!(near("zelensky", "zelenskyy"));
        assert!(!near("radical", "drastical"));
        assert!(!near("future", "further"));
    }
}

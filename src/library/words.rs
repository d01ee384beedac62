//! The words statement matching compares: content words with a light
//! stemmer, split into fragments at sentence ends and elisions.

use std::ops::Range;

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
    static SET: std::sync::OnceLock<std::collections::HashSet<&'static str>> =
        std::sync::OnceLock::new();
    SET.get_or_init(|| STOPWORDS.iter().copied().collect())
        .contains(word)
}

/// A content word of a quote.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Word {
    /// Byte range in the text it was read from.
    pub range: Range<usize>,
    /// Lowercased and lightly stemmed ("drastically" → "drastical").
    pub stem: String,
    /// Sentence or elided piece the word belongs to, counted from 0.
    pub fragment: usize,
    /// A number standing for `stem` when a library interned it (equal
    /// stems, equal ids), 0 when not.
    pub id: u32,
    /// The same for the stem's first four letters.
    pub head: u32,
}

impl Word {
    /// Same stem, by id when both are interned.
    pub fn same_stem(&self, other: &Word) -> bool {
        if self.id != 0 && other.id != 0 {
            self.id == other.id
        } else {
            self.stem == other.stem
        }
    }
}

/// The content words of `text`, in order.
pub fn content_words(text: &str) -> Vec<Word> {
    let mut words = Vec::new();
    let mut fragment = 0;
    let mut start: Option<usize> = None;
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    for (k, &(i, c)) in chars.iter().enumerate() {
        let inner_apostrophe = matches!(c, '\'' | '’')
            && start.is_some()
            && chars.get(k + 1).is_some_and(|(_, n)| n.is_alphanumeric());
        if c.is_alphanumeric() || inner_apostrophe {
            start.get_or_insert(i);
            continue;
        }
        if let Some(s) = start.take() {
            push_word(&mut words, &text[s..i], s, fragment);
        }
        if ends_fragment(&chars, k) {
            fragment += 1;
        }
    }
    if let Some(s) = start {
        push_word(&mut words, &text[s..], s, fragment);
    }
    words
}

fn push_word(words: &mut Vec<Word>, word: &str, start: usize, fragment: usize) {
    let lower = if word.is_ascii() {
        word.to_ascii_lowercase()
    } else {
        word.to_lowercase().replace('’', "'")
    };
    let single_letter = lower.chars().count() == 1 && !lower.starts_with(|c: char| c.is_numeric());
    if single_letter || is_stopword(&lower) {
        return;
    }
    words.push(Word {
        range: start..start + word.len(),
        stem: stem_owned(lower),
        fragment,
        id: 0,
        head: 0,
    });
}

/// An elision ("..." or "…") always ends a piece; ". ! ? ;" end one when a
/// capital (or the end) follows, so "U.S. officials" stays whole.
fn ends_fragment(chars: &[(usize, char)], k: usize) -> bool {
    let c = chars[k].1;
    if c == '.' && k > 0 && chars[k - 1].1 == '.' {
        return false; // the rest of "...", counted at its first dot
    }
    if c == '…' || (c == '.' && chars.get(k + 1).is_some_and(|(_, n)| *n == '.')) {
        return true;
    }
    if !matches!(c, '.' | '!' | '?' | ';') {
        return false;
    }
    if chars.get(k + 1).is_some_and(|(_, n)| n.is_alphanumeric()) {
        return false; // "U.S."
    }
    let next = chars[k + 1..]
        .iter()
        .map(|(_, n)| *n)
        .find(|n| !n.is_whitespace());
    next.is_none_or(|n| n.is_uppercase() || !n.is_alphanumeric())
}

/// A light English stemmer: enough to meet "agreeing"/"agreed"/"agree" and
/// "negotiations"/"negotiation", not a linguistic analysis.
#[cfg(test)]
pub fn stem(lower: &str) -> String {
    stem_owned(lower.to_string())
}

fn stem_owned(mut w: String) -> String {
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
        undouble(&mut w);
    } else if n > 4 && w.ends_with("ed") {
        w.truncate(n - 2);
        undouble(&mut w);
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
    w
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

#[cfg(test)]
mod tests {
    use super::*;

    fn stems(text: &str) -> Vec<String> {
        content_words(text).into_iter().map(|w| w.stem).collect()
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
        let words = content_words("a practical field... a decision. Then U.S. troops left");
        let fragments: Vec<usize> = words.iter().map(|w| w.fragment).collect();
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

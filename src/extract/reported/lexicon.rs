//! Cue words learned from PolNeAR train, and the closed word classes the
//! clause rules need.

use std::collections::{HashMap, HashSet};
use std::hash::BuildHasherDefault;
use std::sync::LazyLock;

use crate::extract::tokens::{Sieve, WordHash, WordSet};

mod table {
    include!("lexicon_table.rs");
}

mod precision {
    include!("precision_table.rs");
}

/// The precision the clause rules reached on PolNeAR train with `word` as
/// the cue (`tools/learn_reported_precision.py`), when it was seen often enough.
pub fn train_precision(word: &str) -> Option<(u32, f32)> {
    precision::CUE_PRECISION
        .binary_search_by(|(w, _, _)| (*w).cmp(word))
        .ok()
        .map(|i| (precision::CUE_PRECISION[i].1, precision::CUE_PRECISION[i].2))
}

type FastSet<K> = HashSet<K, BuildHasherDefault<WordHash>>;
type FastMap<K, V> = HashMap<K, V, BuildHasherDefault<WordHash>>;

/// Whether `verb preposition` is a learned cue phrase ("called for").
pub fn is_cue_phrase(verb: &str, preposition: &str) -> bool {
    // Prepositions are short: most word pairs are ruled out before the lookup.
    static PHRASES: LazyLock<(Sieve, FastSet<(&str, &str)>)> = LazyLock::new(|| {
        (
            Sieve::new(table::CUE_PHRASES.iter().map(|&(v, _, _)| v)),
            table::CUE_PHRASES.iter().map(|&(v, p, _)| (v, p)).collect(),
        )
    });
    preposition.len() <= 7 && PHRASES.0.may_have(verb) && PHRASES.1.contains(&(verb, preposition))
}

/// How often `word` is part of an attribution cue in PolNeAR train
/// (share of its occurrences), if it is a cue word at all.
pub fn cue_share(word: &str) -> Option<f32> {
    // Asked for nearly every word of the text: a sieve, then a hash lookup.
    static SHARES: LazyLock<(Sieve, FastMap<&str, f32>)> = LazyLock::new(|| {
        (
            Sieve::new(table::CUE_WORDS.iter().map(|&(w, _, _)| w)),
            table::CUE_WORDS.iter().map(|&(w, s, _)| (w, s)).collect(),
        )
    });
    if !SHARES.0.may_have(word) {
        return None;
    }
    SHARES.1.get(word).copied()
}

/// Words that may sit between a subject and its cue verb, or right before
/// the verb inside the cue ("has also said", "would not say").
pub const AUXILIARIES: &[&str] = &[
    "has",
    "have",
    "had",
    "is",
    "are",
    "was",
    "were",
    "be",
    "been",
    "being",
    "will",
    "would",
    "could",
    "can",
    "may",
    "might",
    "should",
    "must",
    "shall",
    "did",
    "does",
    "do",
    "not",
    "n't",
    "also",
    "never",
    "previously",
    "repeatedly",
    "recently",
    "later",
    "again",
    "already",
    "often",
    "once",
    "still",
    "then",
    "publicly",
    "privately",
    "first",
    "just",
    "now",
    "even",
    "only",
    "reportedly",
    "long",
    "has't",
    "hasn't",
    "haven't",
    "didn't",
    "doesn't",
    "don't",
    "won't",
    "wouldn't",
    "isn't",
    "wasn't",
    "weren't",
    "aren't",
    "can't",
    "couldn't",
    "further",
    "initially",
    "openly",
    "quickly",
    "similarly",
    "specifically",
    "explicitly",
    "strongly",
    "frequently",
    "consistently",
    "loudly",
    "flatly",
    "clearly",
    "generally",
    "separately",
    "frankly",
    "essentially",
    "effectively",
    "simply",
    "actually",
    "finally",
    "immediately",
    "originally",
    "widely",
    "formally",
    "officially",
    "subsequently",
    "likewise",
    "too",
];

/// Words that cannot end a subject noun phrase: a cue verb right after
/// them is not "subject + verb" ("to say", "and said" is handled apart).
pub const NOT_SUBJECT_END: &[&str] = &[
    "to", "the", "a", "an", "of", "in", "on", "at", "for", "with", "by", "from", "as", "about",
    "into", "than", "that", "this", "and", "or", "but", "if", "because", "while", "when", "after",
    "before", "since", "so", "his", "her", "its", "their", "our", "my", "your", "what", "how",
    "why", "where", "whether", "not", "be", "been", "being", "having", "get", "got", "getting",
    "let", "let's", "make", "made", "making", "has", "have", "had", "is", "are", "was", "were",
    "will", "would", "could", "can", "may", "might", "should", "must", "did", "does", "do", "it's",
    "there", "here", "very", "more", "most", "less", "also", "often", "even", "just", "only",
];

/// Pronouns and relative words that make a whole subject on their own.
pub const PRONOUNS: &[&str] = &[
    "he", "she", "they", "we", "i", "you", "it", "who", "which", "that", "one", "others", "some",
    "many", "most", "both", "all", "everyone", "nobody", "someone", "few",
];

/// Words opening a clause that is not the cue's content.
pub const CLAUSE_OPENERS: &[&str] = &[
    "and", "but", "while", "although", "though", "because", "as", "when", "after", "before",
    "since", "if", "unless", "whereas", "so",
];

/// Days, months and time words that fill the gap between a cue verb and its
/// content ("said Tuesday that", "told reporters last week that").
pub const TIME_WORDS: &[&str] = &[
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "today",
    "yesterday",
    "tonight",
    "last",
    "this",
    "next",
    "week",
    "month",
    "year",
    "night",
    "morning",
    "afternoon",
    "evening",
    "earlier",
    "later",
    "recently",
    "on",
    "in",
    "at",
    "during",
    "weekend",
    "day",
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "jan",
    "feb",
    "aug",
    "sept",
    "oct",
    "nov",
    "dec",
];

/// Cue words that are nouns, adverbs or adjectives in the learned table: they
/// are not verbs that head "subject + cue + content" and need other patterns.
pub const NOT_VERBS: &[&str] = &[
    "statement",
    "assertion",
    "assumption",
    "complaints",
    "criticism",
    "footage",
    "suggestion",
    "accusations",
    "advice",
    "allegations",
    "announcement",
    "anxiety",
    "argument",
    "attention",
    "belief",
    "column",
    "concern",
    "concerns",
    "confidence",
    "consensus",
    "critique",
    "desire",
    "details",
    "disclosure",
    "endorsement",
    "fears",
    "letter",
    "notion",
    "opposition",
    "question",
    "questions",
    "reference",
    "speculation",
    "stance",
    "views",
    "word",
    "fun",
    "interview",
    "supporter",
    "forth",
    "upon",
    "stump",
    "signs",
    "eager",
    "wary",
    "outspoken",
    "known",
    "impassioned",
    "harsh",
    "sharp",
    "quick",
    "vocal",
    "skeptical",
    "supportive",
    "reluctant",
    "hopeful",
    "favorable",
    "confident",
    "concerned",
    "interested",
    "willing",
    "aware",
    "unclear",
    "guilty",
    "clear",
    "re",
    "titled",
    "reads",
    "read",
    "evenly",
    "counter",
    "seemingly",
    "against",
    "designed",
    "drawn",
    "devoted",
    "upset",
    "impressed",
    "determined",
    "intended",
];

pub fn is_in(list: &[&str], word: &str) -> bool {
    list.contains(&word)
}

/// Declares a test of membership in one of the long lists above, asked
/// about nearly every word: a hashed copy instead of a scan.
macro_rules! hashed_list {
    ($name:ident, $list:ident) => {
        #[doc = concat!("`is_in(", stringify!($list), ", word)`, hashed.")]
        pub fn $name(word: &str) -> bool {
            static SET: LazyLock<WordSet> = LazyLock::new(|| WordSet::new($list));
            SET.has(word)
        }
    };
}

hashed_list!(is_auxiliary, AUXILIARIES);
hashed_list!(is_not_subject_end, NOT_SUBJECT_END);
hashed_list!(is_time_word, TIME_WORDS);

/// Whether a learned cue word can head a reported-speech clause as a verb.
pub fn is_cue_verb(word: &str, min_share: f32) -> bool {
    // Asked for nearly every word: the word-class tests are done once per
    // cue word, when the table is built, not on every call.
    static VERBS: LazyLock<(Sieve, FastMap<&str, f32>)> = LazyLock::new(|| {
        let verbs: Vec<(&str, f32)> = table::CUE_WORDS
            .iter()
            .filter(|&&(w, _, _)| can_be_cue_verb(w))
            .map(|&(w, s, _)| (w, s))
            .collect();
        (
            Sieve::new(verbs.iter().map(|&(w, _)| w)),
            verbs.into_iter().collect(),
        )
    });
    VERBS.0.may_have(word) && VERBS.1.get(word).is_some_and(|&s| s >= min_share)
}

/// What the clause rules ask of a cue verb, gathered in one lookup.
#[derive(Debug, Clone, Copy)]
pub struct CueVerb {
    /// [`cue_share`].
    pub share: f32,
    /// [`train_precision`].
    pub precision: Option<(u32, f32)>,
    /// One of [`TIME_WORDS`] ("Sunday").
    pub time_word: bool,
}

/// The facts about `word` when it is a learned cue word that can be a verb
/// (what [`is_cue_verb`] accepts at any share): asked for nearly every word
/// of a text, so one sieve and one hash lookup stand for the three tables.
pub fn cue_verb_facts(word: &str) -> Option<&'static CueVerb> {
    static VERBS: LazyLock<(Sieve, FastMap<&str, CueVerb>)> = LazyLock::new(|| {
        let verbs: FastMap<&str, CueVerb> = table::CUE_WORDS
            .iter()
            .filter(|&&(w, _, _)| can_be_cue_verb(w))
            .map(|&(w, share, _)| {
                let facts = CueVerb {
                    share,
                    precision: train_precision(w),
                    time_word: is_time_word(w),
                };
                (w, facts)
            })
            .collect();
        (Sieve::new(verbs.keys().copied()), verbs)
    });
    if !VERBS.0.may_have(word) {
        return None;
    }
    VERBS.1.get(word)
}

/// A cue word that is not an adverb, a noun or adjective, or an auxiliary.
fn can_be_cue_verb(word: &str) -> bool {
    let adverb = word.ends_with("ly") && word != "reportedly";
    !adverb && !is_in(NOT_VERBS, word) && !is_auxiliary(word)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_is_sorted_and_has_speech_verbs() {
        assert!(table::CUE_WORDS.windows(2).all(|w| w[0].0 < w[1].0));
        for w in [
            "said",
            "says",
            "told",
            "according",
            "announced",
            "indicated",
        ] {
            assert!(cue_share(w).is_some(), "{w}");
        }
        assert!(is_cue_verb("said", 0.3));
        assert!(!is_cue_verb("statement", 0.0));
    }
}

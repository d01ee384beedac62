//! Attribution cues ("said", "told", "according to", "believes", "polls show").
//!
//! The lexicon is learned from the PolNeAR train split's `Cue` spans by
//! `tools/derive_cues.py` and kept as the table in `cue_table.rs`: each phrase
//! with how often annotators marked it as a cue and how often it occurs at
//! all. Their ratio ([`CueEntry::reliability`]) lets callers ask for strong
//! cues only ("said": 0.82) or for weaker ones too ("called": 0.30).

use std::collections::HashMap;
use std::hash::BuildHasherDefault;
use std::ops::Range;
use std::sync::OnceLock;

use super::tokens::{Sieve, TokKind, Token, WordHash};

#[path = "cue_table.rs"]
mod cue_table;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum CueKind {
    /// Saying, writing, asking, announcing…
    Speech,
    /// Knowing, finding, showing, learning…
    Knowledge,
    /// Thinking, believing, hoping, fearing…
    Belief,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CueEntry {
    pub phrase: &'static str,
    /// Times the annotators marked this phrase as a cue.
    pub as_cue: u16,
    /// Times the phrase occurs in the train texts.
    pub seen: u16,
    pub kind: CueKind,
}

impl CueEntry {
    /// Share of occurrences that are cues, 0..=1.
    pub fn reliability(&self) -> f32 {
        self.as_cue as f32 / self.seen.max(1) as f32
    }
    /// Number of words in the phrase.
    pub fn words(&self) -> usize {
        self.phrase.split(' ').count()
    }
}

/// A cue found in a block's text.
#[derive(Debug, Clone, PartialEq)]
pub struct CueMatch {
    /// Byte range in the block text.
    pub range: Range<usize>,
    /// Token index range.
    pub tokens: Range<usize>,
    pub entry: CueEntry,
}

struct Lexicon {
    /// Keyed by the phrase's bytes: `match_at` builds them lower-cased in
    /// a buffer and looks them up without a UTF-8 check.
    phrases: HashMap<&'static [u8], CueEntry, BuildHasherDefault<WordHash>>,
    /// First words of multi-word phrases, with the longest phrase length.
    starters: HashMap<&'static [u8], usize, BuildHasherDefault<WordHash>>,
    /// Rules most words out before the `starters` lookup.
    starter_sieve: Sieve,
}

/// Speech verbs the train split annotated too seldom to learn (under three
/// times) whose only sense is saying something: taken as strong cues (two
/// cues in three sightings). Words that are also common nouns ("remarks",
/// "states", "comments", "tweets", "jokes") stay out.
const SPEECH_VERBS_UNSEEN: &[&str] = &[
    "commented",
    "proclaimed",
    "proclaims",
    "exclaimed",
    "quipped",
    "demanded",
    "whispered",
    "whispers",
    "mused",
    "muses",
    "scoffed",
    "scolded",
    "snapped",
    "retorted",
    "retorts",
    "bragged",
    "complains",
    "concedes",
    "texted",
    "replies",
    "warns",
    "stresses",
    "emphasizes",
    "countered",
    "characterized",
    "characterizes",
    "urges",
    "reiterates",
    "confirms",
    "sang",
    "sings",
    "shouting",
    "shouts",
    "yelling",
    "yells",
    "screamed",
    "screaming",
    "quipping",
];

fn lexicon() -> &'static Lexicon {
    static LEXICON: OnceLock<Lexicon> = OnceLock::new();
    LEXICON.get_or_init(|| {
        let mut phrases = HashMap::default();
        let mut starters: HashMap<&'static [u8], usize, BuildHasherDefault<WordHash>> =
            HashMap::default();
        for &(phrase, as_cue, seen, kind) in cue_table::CUE_TABLE.iter() {
            let entry = CueEntry {
                phrase,
                as_cue,
                seen,
                kind,
            };
            phrases.insert(phrase.as_bytes(), entry);
            let n = entry.words();
            let first = phrase.split(' ').next().unwrap_or(phrase);
            let slot = starters.entry(first.as_bytes()).or_insert(1);
            *slot = (*slot).max(n);
        }
        for &phrase in SPEECH_VERBS_UNSEEN {
            phrases.entry(phrase.as_bytes()).or_insert(CueEntry {
                phrase,
                as_cue: 2,
                seen: 3,
                kind: CueKind::Speech,
            });
            starters.entry(phrase.as_bytes()).or_insert(1);
        }
        let starter_sieve = Sieve::new(starters.keys().filter_map(|k| std::str::from_utf8(k).ok()));
        Lexicon {
            phrases,
            starters,
            starter_sieve,
        }
    })
}

/// Looks a phrase up (lower case, single spaces, straight apostrophes).
pub fn lookup(phrase: &str) -> Option<CueEntry> {
    lexicon().phrases.get(phrase.as_bytes()).copied()
}

/// Lower-cases a word into `buf` (ASCII fast path; curly apostrophes made
/// straight). Returns None for words that cannot be cues (too long, non-ASCII).
fn lower_into(word: &str, buf: &mut [u8; 64], at: usize) -> Option<usize> {
    let mut n = at;
    for ch in word.chars() {
        let c = if ch == '\u{2019}' { '\'' } else { ch };
        if !c.is_ascii() || n >= buf.len() {
            return None;
        }
        buf[n] = c.to_ascii_lowercase() as u8;
        n += 1;
    }
    Some(n)
}

/// The longest cue phrase starting at token `i`, if any.
pub fn match_at(text: &str, tokens: &[Token], i: usize) -> Option<CueMatch> {
    let t = tokens.get(i)?;
    if t.kind != TokKind::Word {
        return None;
    }
    let lex = lexicon();
    let word = t.text(text);
    // The sieve's key ignores ASCII case, so an ASCII word is ruled out
    // before it is lower-cased (most words are).
    if word.is_ascii() && !lex.starter_sieve.may_have(word) {
        return None;
    }
    let mut buf = [0u8; 64];
    let first_len = lower_into(word, &mut buf, 0)?;
    // (The buffer holds ASCII only: no UTF-8 check before the lookups.)
    let first = &buf[..first_len];
    if !lex.starter_sieve.may_have_bytes(first) {
        return None;
    }
    let longest = lex.starters.get(first).copied().unwrap_or(0);
    if longest == 0 {
        return None;
    }
    let mut best: Option<(usize, CueEntry)> = lex.phrases.get(first).map(|e| (i + 1, *e));
    let mut len = first_len;
    let stop = (i + longest).min(tokens.len());
    for (j, w) in tokens.iter().enumerate().take(stop).skip(i + 1) {
        if w.kind != TokKind::Word {
            break;
        }
        if len >= buf.len() {
            break;
        }
        buf[len] = b' ';
        let Some(n) = lower_into(w.text(text), &mut buf, len + 1) else {
            break;
        };
        len = n;
        if let Some(e) = lex.phrases.get(&buf[..len]) {
            best = Some((j + 1, *e));
        }
    }
    let (end, entry) = best?;
    Some(CueMatch {
        range: t.start as usize..tokens[end - 1].end as usize,
        tokens: i..end,
        entry,
    })
}

/// Every cue in `tokens[range]` whose reliability is at least `min_reliability`,
/// longest match first, left to right, not overlapping.
pub fn find_cues(
    text: &str,
    tokens: &[Token],
    range: Range<usize>,
    min_reliability: f32,
) -> Vec<CueMatch> {
    let mut out = Vec::new();
    let mut i = range.start;
    while i < range.end.min(tokens.len()) {
        if let Some(m) = match_at(text, tokens, i)
            && m.entry.reliability() >= min_reliability
            && m.tokens.end <= range.end
        {
            i = m.tokens.end;
            out.push(m);
            continue;
        }
        i += 1;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::super::tokens::tokenize;
    use super::*;

    #[test]
    fn lexicon_knows_the_common_cues() {
        for w in ["said", "says", "told", "according to", "added", "wrote"] {
            let e = lookup(w).unwrap_or_else(|| panic!("{w} missing"));
            assert_eq!(e.kind, CueKind::Speech, "{w}");
            assert!(e.reliability() > 0.4, "{w}");
        }
        assert_eq!(lookup("believes").map(|e| e.kind), Some(CueKind::Belief));
        assert!(lookup("the").is_none());
    }

    #[test]
    fn longest_phrase_wins() {
        let s = "The talks, according to Smith, pointed out later.";
        let mut t = Vec::new();
        tokenize(s, &mut t);
        let cues = find_cues(s, &t, 0..t.len(), 0.3);
        let found: Vec<&str> = cues.iter().map(|c| &s[c.range.clone()]).collect();
        assert_eq!(found, vec!["according to", "pointed out"]);
    }
}

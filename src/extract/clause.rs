//! The subject of a cue that is not right before it: the clause's own
//! subject ("She greeted 2,000 supporters … and told them that …",
//! "Sen. Bernie Sanders visited NBC's Today …, saying “…”"), and the agent
//! of a passive cue ("Sanders was asked by host Bill Maher, “…”").
//!
//! No parser: a clause's subject is the mention that opens it, after any
//! introductory phrase ("On Saturday,", "In a fiery takedown of the
//! businessman,") and conjunction.

use std::borrow::Cow;

use super::cues::{CueMatch, match_at};
use super::mentions::{Mention, subject_after};
use super::tokens::{TokKind, Token};

/// Words that open an introductory phrase ending at the next comma.
const INTRO_WORDS: &[&str] = &[
    "in",
    "on",
    "at",
    "after",
    "before",
    "when",
    "while",
    "as",
    "although",
    "though",
    "since",
    "because",
    "if",
    "during",
    "despite",
    "asked",
    "speaking",
    "later",
    "earlier",
    "meanwhile",
    "however",
    "still",
    "instead",
    "indeed",
    "now",
    "then",
    "today",
    "yesterday",
    "last",
    "for",
    "with",
    "without",
    "from",
    "by",
    "under",
    "over",
    "among",
    "like",
    "unlike",
    "once",
    "following",
    "separately",
    "moreover",
    "finally",
    "first",
    "earlier",
    "through",
    "throughout",
    "until",
    "amid",
    "upon",
    "within",
    "in",
];
crate::word_set!(intro_word, INTRO_WORDS);

/// Adverbs that may open a sentence with a phrase ending at a comma.
const ADVERB_OPENERS: &[&str] = &[
    "early",
    "late",
    "shortly",
    "likewise",
    "soon",
    "recently",
    "additionally",
    "similarly",
    "afterward",
    "afterwards",
    "eventually",
    "ultimately",
    "initially",
    "previously",
    "currently",
    "nevertheless",
    "nonetheless",
    "otherwise",
    "regardless",
    "back",
    "elsewhere",
    "overall",
    "hours",
    "days",
    "weeks",
    "months",
    "years",
    "minutes",
    "moments",
];
crate::word_set!(adverb_opener, ADVERB_OPENERS);

/// Conjunctions that may open a clause before its subject.
const CONJUNCTIONS: &[&str] = &["and", "but", "so", "yet", "or", "also", "then"];
crate::word_set!(conjunction, CONJUNCTIONS);

/// How far an introductory phrase may run before its comma.
const INTRO_SPAN: usize = 25;

/// The token's text with ASCII letters lower-cased: the text itself when it
/// has no capital (most words), else a copy in `buf` when it fits (one
/// allocation per word of the opening walk cost more than the walk).
fn lower<'a>(t: &Token, text: &'a str, buf: &'a mut [u8; 32]) -> Cow<'a, str> {
    let w = t.text(text);
    if !w.bytes().any(|b| b.is_ascii_uppercase()) {
        return Cow::Borrowed(w);
    }
    match buf.get_mut(..w.len()) {
        Some(copy) => {
            copy.copy_from_slice(w.as_bytes());
            copy.make_ascii_lowercase();
            // (Changing the case of ASCII letters keeps the text UTF-8.)
            std::str::from_utf8(copy)
                .map_or_else(|_| Cow::Owned(w.to_ascii_lowercase()), Cow::Borrowed)
        }
        None => Cow::Owned(w.to_ascii_lowercase()),
    }
}

/// Words that follow a participle opening a sentence ("Recalling that
/// moment,", "Reached by POLITICO,"), never a name's verb.
const AFTER_PARTICIPLE: &[&str] = &[
    "that", "the", "by", "about", "to", "with", "on", "in", "at", "from", "for", "his", "her",
    "their", "a", "an", "this", "after", "before", "up", "out", "back", "over", "into", "through",
];
crate::word_set!(after_participle, AFTER_PARTICIPLE);

/// "Recalling that moment, …", "Reached by POLITICO, …": a participial
/// phrase before the subject.
fn participle_opening(text: &str, tokens: &[Token], i: usize) -> bool {
    let w = tokens[i].text(text);
    // ("According to X, …" names its source: a cue, not an aside.)
    // ("Led by Council Speaker …,": short participles too.)
    tokens[i].cap
        && w != "According"
        && (w.len() >= 5 || (w.len() >= 3 && w.ends_with("ed")))
        && (w.ends_with("ing") || w.ends_with("ed"))
        && tokens
            .get(i + 1)
            .is_some_and(|n| n.kind == TokKind::Word && after_participle(n.text(text)))
}

/// "WASHINGTON, Aug. 24 (UPI) — A spokesman …", "NEW YORK - Trump …",
/// "Washington (AFP) – Clinton …": a dateline opening the sentence ends
/// at its dash; returns the token after it.
fn dateline_end(text: &str, tokens: &[Token], floor: usize, limit: usize) -> Option<usize> {
    let first = tokens.get(floor)?;
    let w = first.text(text);
    let all_caps = w.len() >= 2 && w.chars().all(|c| c.is_ascii_uppercase() || c == '.');
    let agency = first.cap && tokens.get(floor + 1).is_some_and(|t| t.is_punct(text, "("));
    if !(all_caps || agency) {
        return None;
    }
    let stop = limit.min(floor + 12);
    let dash = (floor + 1..stop).find(|&k| {
        tokens[k].kind == TokKind::Punct && matches!(tokens[k].text(text), "—" | "–" | "-")
    })?;
    (dash + 1 < limit).then_some(dash + 1)
}

/// Where the main clause starts: past introductory phrases and
/// conjunctions from token `floor` ("In a fiery takedown of the
/// businessman, Sen. Bernie Sanders …"). `None` when an introductory phrase
/// has no comma before token `limit`, or a dash or parenthesis comes first.
pub fn main_clause_start(
    text: &str,
    tokens: &[Token],
    floor: usize,
    limit: usize,
) -> Option<usize> {
    let mut i = dateline_end(text, tokens, floor, limit).unwrap_or(floor);
    // Bounded: each step moves past at least one token.
    while i < limit {
        let t = &tokens[i];
        if t.kind == TokKind::Punct && matches!(t.text(text), "(" | "—" | "–" | "-" | "…") {
            return None;
        }
        // ("58 percent said": a number opens the clause.)
        if t.kind == TokKind::Number {
            break;
        }
        if t.kind != TokKind::Word {
            i += 1;
            continue;
        }
        let mut buf = [0u8; 32];
        let w = lower(t, text, &mut buf);
        if conjunction(&w) {
            i += 1;
            continue;
        }
        // "Conversely, PolitiFact rated …", "However, 58 percent said": a
        // sentence adverb and its comma.
        if t.cap
            && ((w.len() > 4 && w.ends_with("ly"))
                || super::mentions::is_function_word(t.text(text)))
            && tokens.get(i + 1).is_some_and(|n| n.is_punct(text, ","))
        {
            i += 2;
            continue;
        }
        // "Early in his campaign, Trump attacked …", "Shortly after the
        // call ended, Rubio's campaign …": an adverb opening, unless the
        // comma closes the attribution itself ("Later he said, …").
        if adverb_opener(&w) {
            let stop = limit.min(i + INTRO_SPAN);
            let comma = (i + 1..stop).find(|&k| tokens[k].is_punct(text, ","));
            let cue_inside = |c: usize| {
                (i + 1..c).any(|k| {
                    match_at(text, tokens, k).is_some_and(|m| m.entry.reliability() >= 0.3)
                })
            };
            match comma {
                Some(c) if !cue_inside(c) => {
                    i = c + 1;
                    continue;
                }
                _ => break,
            }
        }
        if intro_word(&w) || participle_opening(text, tokens, i) {
            let stop = limit.min(i + INTRO_SPAN);
            let comma = (i + 1..stop).find(|&k| tokens[k].is_punct(text, ","))?;
            i = comma + 1;
            continue;
        }
        break;
    }
    (i < limit).then_some(i)
}

/// The mention that opens the clause starting at token `floor`, if it ends
/// before token `cue`. Introductory phrases and conjunctions are skipped.
pub fn clause_subject(text: &str, tokens: &[Token], floor: usize, cue: usize) -> Option<Mention> {
    let i = main_clause_start(text, tokens, floor, cue)?;
    let m = subject_after(text, tokens, i, cue)?;
    (m.tokens.end <= cue).then_some(m)
}

/// "was asked by host Bill Maher", "was criticized by Smith": the agent
/// after a passive cue's "by".
pub fn passive_agent(
    text: &str,
    tokens: &[Token],
    cue: &CueMatch,
    ceiling: usize,
) -> Option<Mention> {
    let by = cue.tokens.end;
    let last = tokens.get(cue.tokens.end.checked_sub(1)?)?;
    if !last.text(text).ends_with("ed") || !tokens.get(by)?.text(text).eq("by") {
        return None;
    }
    // Only a passive: "was asked by", "has been asked by", not "said by phone".
    // (The auxiliary may open the cue phrase itself: the lexicon's "was asked".)
    let is_aux = |t: &Token| {
        matches!(
            t.text(text),
            "was" | "were" | "is" | "are" | "been" | "being" | "be" | "get" | "got"
        )
    };
    let aux_in_cue = cue.tokens.len() > 1 && is_aux(&tokens[cue.tokens.start]);
    if !aux_in_cue && !is_aux(tokens.get(cue.tokens.start.checked_sub(1)?)?) {
        return None;
    }
    subject_after(text, tokens, by + 1, ceiling)
}

#[cfg(test)]
mod tests {
    use super::super::tokens::tokenize;
    use super::*;

    fn toks(s: &str) -> Vec<Token> {
        let mut t = Vec::new();
        tokenize(s, &mut t);
        t
    }

    fn subject(s: &str, cue: &str) -> Option<String> {
        let t = toks(s);
        let i = t.iter().position(|x| x.text(s) == cue).unwrap();
        clause_subject(s, &t, 0, i).map(|m| s[m.range].to_string())
    }

    #[test]
    fn skips_introductory_phrases() {
        assert_eq!(
            subject(
                "In a fiery takedown of the businessman, Sen. Bernie Sanders called him divisive",
                "called"
            )
            .as_deref(),
            Some("Sen. Bernie Sanders")
        );
        assert_eq!(
            subject("She greeted supporters and told them that", "told").as_deref(),
            Some("She")
        );
        assert_eq!(subject("It is clear that", "clear"), None);
    }

    #[test]
    fn passive_agent_after_by() {
        let s = "Sanders was asked by host Bill Maher, \"Now, you…\"";
        let t = toks(s);
        let i = t.iter().position(|x| x.text(s) == "asked").unwrap();
        let cue = match_at(s, &t, i).expect("asked is a cue");
        let m = passive_agent(s, &t, &cue, t.len()).expect("agent");
        assert_eq!(m.head_text(s), "Bill Maher");
    }
}

//! Where a quotation's attribution is: the cue and the subject mention
//! around a quote, inside the quote's own sentence.
//!
//! News puts the attribution after the quote ("…," Fomin said), before it
//! (Fomin said: "…"), or between two halves ("…," Smith said, "…"). For a
//! partial quote inside the writer's sentence the main clause's cue wins
//! (in "Trump said that Clinton described the TPP as 'the gold standard'"
//! the quote is Trump's report).

use std::ops::Range;

use super::cues::{CueMatch, match_at};
use super::mentions::{Mention, MentionKind, subject_after, subject_before};
use super::tokens::{Token, is_sentence_end};

/// How far (in tokens) to look for a sentence boundary or a cue; bounds
/// the work per quote so that time stays linear on huge paragraphs.
const WINDOW: usize = 60;

#[derive(Debug, Clone)]
pub struct Attribution {
    pub cue: CueMatch,
    pub mention: Mention,
}

/// Token index of the first token starting at or after byte `at`.
pub fn tok_at(tokens: &[Token], at: usize) -> usize {
    tokens.partition_point(|t| (t.start as usize) < at)
}

/// The sentence around token range `span`: token indices `[start, end)`.
/// `in_quote[i]` masks tokens inside quotations (their periods end nothing).
pub fn sentence_around(
    text: &str,
    tokens: &[Token],
    in_quote: &[bool],
    span: Range<usize>,
) -> Range<usize> {
    let mut a = span.start;
    let lo = span.start.saturating_sub(WINDOW);
    while a > lo {
        let t = &tokens[a - 1];
        if !in_quote[a - 1] && is_sentence_end(text, t) {
            break;
        }
        a -= 1;
    }
    let mut b = span.end;
    let hi = (span.end + WINDOW).min(tokens.len());
    while b < hi {
        let t = &tokens[b];
        b += 1;
        if !in_quote[b - 1] && is_sentence_end(text, t) {
            break;
        }
    }
    a..b
}

/// A cue at token `i` that is good enough here.
fn cue_here(text: &str, tokens: &[Token], i: usize, min_rel: f32) -> Option<CueMatch> {
    let m = match_at(text, tokens, i)?;
    (m.entry.reliability() >= min_rel).then_some(m)
}

fn subject_for(
    text: &str,
    tokens: &[Token],
    floor: usize,
    ceiling: usize,
    cue: &CueMatch,
) -> Option<Mention> {
    // "according to X": the source follows.
    if cue.entry.phrase == "according to" {
        return subject_after(text, tokens, cue.tokens.end, ceiling);
    }
    subject_before(text, tokens, floor, cue.tokens.start)
        .or_else(|| subject_after(text, tokens, cue.tokens.end, ceiling))
}

fn usable(m: &Mention) -> bool {
    // "it said" is an organisation; plain "it" elsewhere is seldom a speaker.
    m.kind != MentionKind::Pronoun || !m.range.is_empty()
}

/// The attribution right after a quote: `[from, to)` is the gap between
/// the closing mark and the next quotation or the sentence end.
pub fn after(text: &str, tokens: &[Token], from: usize, to: usize) -> Option<Attribution> {
    let to = to.min(tokens.len()).min(from + 12);
    for i in from..to {
        // A new quotation or sentence ends the search.
        if is_sentence_end(text, &tokens[i]) {
            break;
        }
        if let Some(cue) = cue_here(text, tokens, i, 0.08)
            && let Some(mention) = subject_for(text, tokens, from, to.max(i + 10), &cue)
            && usable(&mention)
        {
            return Some(Attribution { cue, mention });
        }
    }
    None
}

/// The attribution before a quote: the last cue with a subject in
/// `[from, to)` (sentence start up to the opening mark).
pub fn before(text: &str, tokens: &[Token], from: usize, to: usize) -> Option<Attribution> {
    let from = from.max(to.saturating_sub(WINDOW));
    let mut i = to;
    while i > from {
        i -= 1;
        if let Some(cue) = cue_here(text, tokens, i, 0.08)
            && let Some(mention) = subject_for(text, tokens, from, to, &cue)
            && usable(&mention)
        {
            return Some(Attribution { cue, mention });
        }
    }
    None
}

/// A partial quote's attribution: the first cue of the sentence before the
/// quote that has a subject (the main clause), else the nearest cue after it.
pub fn partial(
    text: &str,
    tokens: &[Token],
    in_quote: &[bool],
    sentence: Range<usize>,
    quote: Range<usize>,
) -> Option<Attribution> {
    let mut i = sentence.start;
    while i < quote.start {
        if !in_quote[i]
            && let Some(cue) = cue_here(text, tokens, i, 0.15)
        {
            if let Some(mention) = subject_for(text, tokens, sentence.start, quote.start, &cue)
                && usable(&mention)
            {
                return Some(Attribution { cue, mention });
            }
            i = cue.tokens.end;
            continue;
        }
        i += 1;
    }
    let mut i = quote.end;
    while i < sentence.end {
        if !in_quote[i]
            && let Some(cue) = cue_here(text, tokens, i, 0.15)
        {
            if let Some(mention) = subject_for(text, tokens, quote.end, sentence.end, &cue)
                && usable(&mention)
            {
                return Some(Attribution { cue, mention });
            }
            i = cue.tokens.end;
            continue;
        }
        i += 1;
    }
    None
}

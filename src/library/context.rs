//! The sentence around a partial quote, for partial quotes with too few
//! words of their own to align: "radically" and "drastically" match when the
//! two sentences they are quoted in share content words in order *and* the
//! quoted words sit in the same slot between two of those shared words
//! ("Russian forces … "radically" scale down their military operations …" /
//! "Russia will "drastically" reduce its military activity …").
//!
//! The attribution is not content: the mention, the cue and the speaker's
//! names are left out, so "Deputy Defense Minister … announced" cannot
//! make two sentences look alike.

use std::ops::Range;

use super::align::WordMatch;
use super::statements::AlignedWords;
use super::words::{Vocabulary, Word, common_sorted};
use crate::model::{Document, Quote};

/// Shared words the two sentences need at least, in order.
const MIN_ANCHORS: usize = 3;
/// …and as a share of the shorter sentence's words.
const MIN_SHARE: f32 = 0.3;

pub struct Context {
    /// Content words of the sentence (quote included), ranges in the block text.
    words: Vec<Word>,
    /// Which of `words` are the quote's.
    quote: Range<usize>,
    /// Where the quote's text starts in the block text.
    quote_start: usize,
    /// The heads of the words outside the quote, sorted, repeats kept.
    outside_heads: Vec<u32>,
}

impl Context {
    /// False when the two sentences cannot have the shared words
    /// [`same_slot`] asks for: an equal or near pair of words has equal
    /// heads, so the heads both sentences hold (counted with repeats)
    /// bound the anchors and their credit. Far cheaper than the alignment.
    pub fn may_share_slot(&self, other: &Context) -> bool {
        let (a, b) = (&self.outside_heads, &other.outside_heads);
        let common = common_sorted(a, b, |&h| h);
        let shorter = a.len().min(b.len()).max(1) as f32;
        common >= MIN_ANCHORS && common as f32 / shorter >= MIN_SHARE
    }

    /// The distinct stems (ids) of the sentence outside the quote.
    pub fn outside_stems(&self) -> Vec<u32> {
        let mut stems: Vec<u32> = self
            .words
            .iter()
            .enumerate()
            .filter(|(i, _)| !self.quote.contains(i))
            .map(|(_, w)| w.id)
            .collect();
        stems.sort_unstable();
        stems.dedup();
        stems
    }
}

/// The context of a quote: its sentence in its block.
pub fn context<'a>(
    doc: &'a Document,
    quote: &Quote,
    vocabulary: &mut Vocabulary<'a>,
) -> Option<Context> {
    let block = doc.blocks.get(quote.span.block)?;
    let text = &block.text;
    let range = quote.span.range.clone();
    if range.end > text.len()
        || !text.is_char_boundary(range.start)
        || !text.is_char_boundary(range.end)
    {
        return None;
    }
    let start = sentence_start(text, range.start);
    let end = sentence_end(text, range.end);
    let names = speaker_stems(doc, quote, vocabulary);
    let skip: Vec<Range<usize>> = [&quote.mention, &quote.cue]
        .into_iter()
        .flatten()
        .filter(|r| r.block == quote.span.block)
        .map(|r| r.range.clone())
        .collect();
    let mut words: Vec<Word> = vocabulary
        .words_of(&text[start..end])
        .iter()
        .map(|w| Word {
            range: w.range.start + start..w.range.end + start,
            ..*w
        })
        .filter(|w| {
            let inside_quote = range.start <= w.range.start && w.range.end <= range.end;
            let attribution = skip
                .iter()
                .any(|s| s.start < w.range.end && w.range.start < s.end)
                || names.contains(&w.id);
            inside_quote || !attribution
        })
        .collect();
    for w in &mut words {
        w.fragment = 0;
    }
    let first = words.iter().position(|w| w.range.start >= range.start)?;
    let last = words.iter().rposition(|w| w.range.end <= range.end)?;
    let quote = first..last + 1;
    let mut outside_heads: Vec<u32> = words
        .iter()
        .enumerate()
        .filter(|(i, _)| !quote.contains(i))
        .map(|(_, w)| w.head)
        .collect();
    outside_heads.sort_unstable();
    (first <= last).then_some(Context {
        words,
        quote,
        quote_start: range.start,
        outside_heads,
    })
}

fn speaker_stems<'a>(
    doc: &'a Document,
    quote: &Quote,
    vocabulary: &mut Vocabulary<'a>,
) -> Vec<u32> {
    let Some(speaker) = quote.speaker.and_then(|s| doc.speakers.get(s)) else {
        return Vec::new();
    };
    let mut stems = Vec::new();
    for name in std::iter::once(&speaker.name).chain(&speaker.aliases) {
        stems.extend(vocabulary.words_of(name).iter().map(|w| w.id));
    }
    stems
}

fn sentence_start(text: &str, at: usize) -> usize {
    let before = &text[..at];
    before
        .char_indices()
        .rev()
        .find(|&(i, c)| {
            matches!(c, '.' | '!' | '?') && before[i + 1..].starts_with(char::is_whitespace)
        })
        .map_or(0, |(i, _)| i + 1)
}

fn sentence_end(text: &str, at: usize) -> usize {
    let after = &text[at..];
    after
        .char_indices()
        .skip(1)
        .find(|&(i, c)| {
            matches!(c, '.' | '!' | '?')
                && after[i + c.len_utf8()..]
                    .chars()
                    .next()
                    .is_none_or(char::is_whitespace)
        })
        .map_or(text.len(), |(i, _)| at + i)
}

/// Whether two partial quotes are the same words in the same slot of two
/// sentences about the same thing; their similarity and aligned words
/// (ranges in each quote's text).
pub fn same_slot(
    a: &Context,
    b: &Context,
    vocabulary: &Vocabulary,
) -> Option<(f32, Vec<AlignedWords>)> {
    let anchors = ordered_anchors(a, b, vocabulary);
    let credit: f32 = anchors.iter().map(|&(_, _, w)| w).sum();
    let outside = |c: &Context| c.words.len() - c.quote.len();
    let shorter = outside(a).min(outside(b)).max(1) as f32;
    let share = credit / shorter;
    if anchors.len() < MIN_ANCHORS || share < MIN_SHARE {
        return None;
    }
    let gap = |c: &Context, side: fn(&(usize, usize, f32)) -> usize| {
        anchors.iter().filter(|x| side(x) < c.quote.start).count()
    };
    let (ga, gb) = (gap(a, |x| x.0), gap(b, |x| x.1));
    // The same slot, with a shared word on each side of it.
    if ga != gb || ga == 0 || ga == anchors.len() {
        return None;
    }
    let words = a
        .quote
        .clone()
        .zip(b.quote.clone())
        .map(|(i, j)| {
            let (wa, wb) = (&a.words[i], &b.words[j]);
            let kind = if wa.id == wb.id {
                WordMatch::Same
            } else if vocabulary.near(wa, wb) {
                WordMatch::Near
            } else {
                WordMatch::Substitute
            };
            AlignedWords {
                a: wa.range.start - a.quote_start..wa.range.end - a.quote_start,
                b: wb.range.start - b.quote_start..wb.range.end - b.quote_start,
                kind,
            }
        })
        .collect();
    Some((share.min(1.0), words))
}

/// The heaviest in-order chain of equal or near words outside the quotes
/// (a weighted longest common subsequence): (index in a, index in b, weight).
fn ordered_anchors(a: &Context, b: &Context, vocabulary: &Vocabulary) -> Vec<(usize, usize, f32)> {
    let (m, n) = (a.words.len(), b.words.len());
    let weight = |i: usize, j: usize| -> f32 {
        if a.quote.contains(&i) || b.quote.contains(&j) {
            return 0.0;
        }
        let (x, y) = (&a.words[i], &b.words[j]);
        if x.id == y.id {
            1.0
        } else if vocabulary.near(x, y) {
            0.8
        } else {
            0.0
        }
    };
    let width = n + 1;
    let mut best = vec![0f32; (m + 1) * width];
    for i in 1..=m {
        for j in 1..=n {
            let w = weight(i - 1, j - 1);
            let diagonal = if w > 0.0 {
                best[(i - 1) * width + j - 1] + w
            } else {
                0.0
            };
            best[i * width + j] = diagonal
                .max(best[(i - 1) * width + j])
                .max(best[i * width + j - 1]);
        }
    }
    let mut chain = Vec::new();
    let (mut i, mut j) = (m, n);
    while i > 0 && j > 0 {
        let here = best[i * width + j];
        let w = weight(i - 1, j - 1);
        if w > 0.0 && (here - (best[(i - 1) * width + j - 1] + w)).abs() < 1e-6 {
            chain.push((i - 1, j - 1, w));
            i -= 1;
            j -= 1;
        } else if best[(i - 1) * width + j] >= best[i * width + j - 1] {
            i -= 1;
        } else {
            j -= 1;
        }
    }
    chain.reverse();
    chain
}

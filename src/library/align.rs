//! Word-level alignment of two quotes: do they report the same statement?
//!
//! Each quote is split into fragments (sentences, and the pieces an elision
//! "..." leaves). Every pair of fragments gets a local alignment of their
//! content words (Smith-Waterman): equal stems score, word-family
//! neighbours ("possible"/"possibility") score a little less, a word in
//! the same slot between two anchors is a substitution (a translator's other
//! word: "radically"/"drastically"), and skipped words cost.
//!
//! The similarity of the aligned stretch is its credit over its *overlap
//! window*: the stretch itself plus the words both quotes have on the same
//! side of it. Fuller and shorter excerpts of one statement differ only
//! where one quote goes on and the other has stopped, so those overhangs
//! are free; two different statements that share a phrase ("the meeting
//! of the heads of state") have words of their own on both sides of it, and
//! those count against them.

use super::words::{Vocabulary, Word, content_words};

const EXACT: f32 = 1.0;
const NEAR: f32 = 0.8;
/// A substitution costs a little in the search, but counts a quarter of a
/// word in the credit: it is evidence of structure, not of content.
const SUBSTITUTE: f32 = -0.15;
const SUBSTITUTE_CREDIT: f32 = 0.25;
const GAP: f32 = -0.35;

/// How two aligned words relate.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum WordMatch {
    Same,
    Near,
    /// Different words in the same slot.
    Substitute,
}

/// One pair of aligned words: indices into the two word lists.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Pair {
    pub a: usize,
    pub b: usize,
    pub kind: WordMatch,
}

/// The best aligned stretch of two quotes.
#[derive(Debug, Clone, PartialEq)]
pub struct Alignment {
    pub similarity: f32,
    /// Same and near words in the best stretch.
    pub anchors: usize,
    /// Pairs of every fragment pair that aligns well, best stretch first.
    pub pairs: Vec<Pair>,
}

/// Same or near words a match rests on (fewer only when a quote has fewer).
pub const ANCHORS_NEEDED: usize = 3;

/// …but never fewer than two: one shared word ("time", "tell", "little")
/// says nothing about two statements. A quote of one content word is
/// matched only through its sentence (`super::context`).
pub const MIN_ANCHORS: usize = 2;

/// Similarity from which two quotes report the same statement.
pub const SAME_STATEMENT: f32 = 0.4;

impl Alignment {
    /// True when the alignment says "same statement": similar enough, and
    /// resting on enough anchors that a shared stock phrase cannot do it.
    pub fn is_same_statement(&self, a_words: usize, b_words: usize) -> bool {
        let needed = a_words.min(b_words).min(ANCHORS_NEEDED);
        self.similarity >= SAME_STATEMENT && self.anchors >= needed.max(MIN_ANCHORS)
    }
}

/// Aligns two texts word by word (see the module notes); `None` when they
/// share nothing.
pub fn align_texts(a: &str, b: &str) -> Option<Alignment> {
    let mut vocabulary = Vocabulary::default();
    let a = content_words(a, &mut vocabulary);
    let b = content_words(b, &mut vocabulary);
    align(&a, &b, &vocabulary, &mut Scratch::default())
}

/// Aligns two quotes' content words.
pub fn align(
    a: &[Word],
    b: &[Word],
    vocabulary: &Vocabulary,
    scratch: &mut Scratch,
) -> Option<Alignment> {
    let mut best: Option<Stretch> = None;
    let mut good: Vec<Stretch> = Vec::new();
    // The same wording twice (wire copy in several outlets): a fragment
    // against itself is known without a table (see `itself`).
    let same_wording = a.len() == b.len()
        && a.iter()
            .zip(b)
            .all(|(x, y)| x.id == y.id && x.fragment == y.fragment);
    for fa in fragments(a) {
        for fb in fragments(b) {
            let stretch = if same_wording && fa == fb {
                Some(itself(fa.clone()))
            } else {
                local_alignment(
                    (&a[fa.clone()], &b[fb.clone()]),
                    (fa.start, fb.start),
                    vocabulary,
                    scratch,
                )
            };
            let Some(stretch) = stretch else {
                continue;
            };
            if stretch.similarity >= SAME_STATEMENT {
                good.push(stretch.clone());
            }
            if best.as_ref().is_none_or(|b| stretch.better_than(b)) {
                best = Some(stretch);
            }
        }
    }
    let best = best?;
    let mut pairs = best.pairs.clone();
    for stretch in good {
        if stretch.pairs != best.pairs {
            pairs.extend(stretch.pairs);
        }
    }
    Some(Alignment {
        similarity: best.similarity,
        anchors: best.anchors,
        pairs,
    })
}

/// What [`local_alignment`] finds for a fragment of `n` words against the
/// same words: every cell of the table is at most the smaller of its row and
/// column, so the one top is the last cell of the diagonal, and the way back
/// takes the diagonal all along (equal words score more than a gap). The
/// stretch is the whole fragment, every word the same: similarity 1, credit
/// and anchors `n`.
fn itself(fragment: std::ops::Range<usize>) -> Stretch {
    let n = fragment.len();
    Stretch {
        similarity: 1.0,
        anchors: n,
        credit: n as f32,
        pairs: fragment
            .map(|k| Pair {
                a: k,
                b: k,
                kind: WordMatch::Same,
            })
            .collect(),
    }
}

/// A word's head as one bit of a 128-bit set (hashed): two words whose
/// bits differ are neither equal nor near.
fn head_bit(word: &Word) -> u128 {
    1 << (word.head.wrapping_mul(0x9e37_79b1) >> 25)
}

/// The head bits of some words.
fn heads(words: &[Word]) -> u128 {
    words.iter().fold(0, |set, w| set | head_bit(w))
}

/// The words from the first to the last that may be equal or near to one
/// of `others` (by head bits). A local alignment begins and ends on such
/// words, and the table is all zeros before them and only falls after
/// them, so aligning this window finds the same stretch as aligning all.
fn window(words: &[Word], others: u128) -> Option<std::ops::Range<usize>> {
    let may = |w: &Word| head_bit(w) & others != 0;
    let first = words.iter().position(may)?;
    let last = words.iter().rposition(may)?;
    Some(first..last + 1)
}

/// Index ranges of the fragments of a word list.
fn fragments(words: &[Word]) -> impl Iterator<Item = std::ops::Range<usize>> + '_ {
    let mut start = 0;
    words
        .chunk_by(|x, y| x.fragment == y.fragment)
        .map(move |chunk| {
            start += chunk.len();
            start - chunk.len()..start
        })
}

#[derive(Debug, Clone)]
struct Stretch {
    similarity: f32,
    anchors: usize,
    credit: f32,
    pairs: Vec<Pair>,
}

impl Stretch {
    fn better_than(&self, other: &Self) -> bool {
        (self.similarity * self.credit.sqrt()) > (other.similarity * other.credit.sqrt())
    }
}

#[derive(Clone, Copy, PartialEq)]
enum Step {
    Stop,
    Diagonal,
    Up,
    Left,
}

fn kind(a: &Word, b: &Word, vocabulary: &Vocabulary) -> WordMatch {
    if a.id == b.id {
        WordMatch::Same
    } else if vocabulary.near(a, b) {
        WordMatch::Near
    } else {
        WordMatch::Substitute
    }
}

fn score(kind: WordMatch) -> f32 {
    match kind {
        WordMatch::Same => EXACT,
        WordMatch::Near => NEAR,
        WordMatch::Substitute => SUBSTITUTE,
    }
}

/// The best way into a cell: the same arithmetic fills the table and, on
/// the way back, tells which step each cell of the stretch took (so no
/// table of steps is kept).
fn cell(diagonal: f32, up: f32, left: f32) -> (f32, Step) {
    let mut best = (0f32, Step::Stop);
    for x in [
        (diagonal, Step::Diagonal),
        (up + GAP, Step::Up),
        (left + GAP, Step::Left),
    ] {
        if x.0 > best.0 {
            best = x;
        }
    }
    best
}

/// The dynamic-programming table, reused across all the alignments of a
/// library.
#[derive(Default)]
pub struct Scratch {
    h: Vec<f32>,
}

/// Smith-Waterman on two fragments; `a0`/`b0` shift indices back to the
/// whole quotes.
fn local_alignment(
    (a_all, b_all): (&[Word], &[Word]),
    (a0, b0): (usize, usize),
    vocabulary: &Vocabulary,
    scratch: &mut Scratch,
) -> Option<Stretch> {
    // Only the windows where the fragments can meet (no shared head, no
    // stretch); `m`/`n` stay the fragments' lengths, for the overhang.
    let (m, n) = (a_all.len(), b_all.len());
    let wa = window(a_all, heads(b_all))?;
    let wb = window(b_all, heads(a_all))?;
    let (a, b) = (&a_all[wa.clone()], &b_all[wb.clone()]);
    let width = b.len() + 1;
    let h = &mut scratch.h;
    h.clear();
    h.resize((a.len() + 1) * width, 0.0);
    let mut top = (0f32, 0, 0);
    for (i, wa) in a.iter().enumerate() {
        let (above, row) = h[i * width..(i + 2) * width].split_at_mut(width);
        for (j, wb) in b.iter().enumerate() {
            let s = if wa.id == wb.id {
                EXACT
            } else if wa.head == wb.head && vocabulary.near(wa, wb) {
                NEAR
            } else {
                SUBSTITUTE
            };
            // The value `cell` picks, without the step (found again on the
            // way back).
            let value = (above[j] + s)
                .max(above[j + 1] + GAP)
                .max(row[j] + GAP)
                .max(0.0);
            row[j + 1] = value;
            if value > top.0 {
                top = (value, i + 1, j + 1);
            }
        }
    }
    if top.0 <= 0.0 {
        return None;
    }
    let (mut i, mut j) = (top.1, top.2);
    let mut pairs = Vec::new();
    while i > 0 && j > 0 && h[i * width + j] > 0.0 {
        let k = kind(&a[i - 1], &b[j - 1], vocabulary);
        let diagonal = h[(i - 1) * width + j - 1] + score(k);
        match cell(diagonal, h[(i - 1) * width + j], h[i * width + j - 1]).1 {
            Step::Diagonal => {
                pairs.push(Pair {
                    a: i - 1,
                    b: j - 1,
                    kind: k,
                });
                i -= 1;
                j -= 1;
            }
            Step::Up => i -= 1,
            Step::Left => j -= 1,
            Step::Stop => break,
        }
    }
    pairs.reverse();
    for p in &mut pairs {
        p.a += wa.start;
        p.b += wb.start;
    }
    // A local alignment starts and ends on anchors.
    let first = pairs.first()?;
    let last = pairs.last()?;
    let (i1, i2, j1, j2) = (first.a, last.a, first.b, last.b);
    let span = ((i2 - i1 + 1) + (j2 - j1 + 1)) as f32 / 2.0;
    let overhang = i1.min(j1) + (m - 1 - i2).min(n - 1 - j2);
    let mut credit = 0.0;
    let mut anchors = 0;
    for p in &pairs {
        credit += match p.kind {
            WordMatch::Same => EXACT,
            WordMatch::Near => NEAR,
            WordMatch::Substitute => SUBSTITUTE_CREDIT,
        };
        anchors += usize::from(p.kind != WordMatch::Substitute);
    }
    let similarity = (credit / (span + overhang as f32)).min(1.0);
    for p in &mut pairs {
        p.a += a0;
        p.b += b0;
    }
    Some(Stretch {
        similarity,
        anchors,
        credit,
        pairs,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sim(a: &str, b: &str) -> f32 {
        align_texts(a, b).map_or(0.0, |x| x.similarity)
    }

    #[test]
    fn an_excerpt_matches_its_fuller_quote() {
        let full =
            "We will cut taxes for every family in the country next year, and we will do it fast";
        assert!(sim("cut taxes for every family in the country", full) > 0.8);
    }

    #[test]
    fn a_shared_phrase_inside_different_statements_is_not_enough() {
        let a =
            "Our budget is ready and the meeting of the heads of state will discuss trade tariffs";
        let b = "Farmers protested loudly before the meeting of the heads of state opened in Paris today";
        assert!(sim(a, b) < SAME_STATEMENT, "{}", sim(a, b));
    }

    #[test]
    fn substitutions_pair_words_in_the_same_slot() {
        let mut vocabulary = Vocabulary::default();
        let a = content_words(
            "a decision was made to radically reduce activity near Kyiv",
            &mut vocabulary,
        );
        let b = content_words(
            "a decision has been made to drastically reduce activity near Kyiv",
            &mut vocabulary,
        );
        let al = align(&a, &b, &vocabulary, &mut Scratch::default()).unwrap();
        let sub = al
            .pairs
            .iter()
            .find(|p| p.kind == WordMatch::Substitute)
            .unwrap();
        assert_eq!(vocabulary.stem(a[sub.a].id), "radical");
        assert_eq!(vocabulary.stem(b[sub.b].id), "drastical");
    }
}

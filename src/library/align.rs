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

use super::words::{Word, near};

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

/// Similarity from which two quotes report the same statement.
pub const SAME_STATEMENT: f32 = 0.4;

impl Alignment {
    /// True when the alignment says "same statement": similar enough, and
    /// resting on enough anchors that a shared stock phrase cannot do it.
    pub fn is_same_statement(&self, a_words: usize, b_words: usize) -> bool {
        let needed = a_words.min(b_words).min(ANCHORS_NEEDED);
        self.similarity >= SAME_STATEMENT && self.anchors >= needed.max(1)
    }
}

/// Aligns two texts word by word (see the module notes); `None` when they
/// share nothing.
pub fn align_texts(a: &str, b: &str) -> Option<Alignment> {
    align(
        &super::words::content_words(a),
        &super::words::content_words(b),
    )
}

/// Aligns two quotes' content words.
pub fn align(a: &[Word], b: &[Word]) -> Option<Alignment> {
    let mut best: Option<Stretch> = None;
    let mut good: Vec<Stretch> = Vec::new();
    let mut scratch = Scratch::default();
    let fragments_b = fragments(b);
    for fa in fragments(a) {
        for fb in &fragments_b {
            let Some(stretch) = local_alignment(
                &a[fa.clone()],
                &b[fb.clone()],
                (fa.start, fb.start),
                &mut scratch,
            ) else {
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

/// Index ranges of the fragments of a word list.
fn fragments(words: &[Word]) -> Vec<std::ops::Range<usize>> {
    let mut out = Vec::new();
    let mut start = 0;
    for i in 1..=words.len() {
        if i == words.len() || words[i].fragment != words[start].fragment {
            out.push(start..i);
            start = i;
        }
    }
    out
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

fn score(a: &Word, b: &Word) -> (f32, WordMatch) {
    if a.same_stem(b) {
        (EXACT, WordMatch::Same)
    } else if near(&a.stem, &b.stem) {
        (NEAR, WordMatch::Near)
    } else {
        (SUBSTITUTE, WordMatch::Substitute)
    }
}

/// Dynamic-programming tables, reused across the fragment pairs of a quote pair.
#[derive(Default)]
struct Scratch {
    h: Vec<f32>,
    step: Vec<Step>,
    kinds: Vec<WordMatch>,
}

/// Smith-Waterman on two fragments; `a0`/`b0` shift indices back to the
/// whole quotes.
fn local_alignment(
    a: &[Word],
    b: &[Word],
    (a0, b0): (usize, usize),
    scratch: &mut Scratch,
) -> Option<Stretch> {
    let (m, n) = (a.len(), b.len());
    if m == 0 || n == 0 {
        return None;
    }
    let width = n + 1;
    let cells = (m + 1) * width;
    scratch.h.clear();
    scratch.h.resize(cells, 0.0);
    scratch.step.clear();
    scratch.step.resize(cells, Step::Stop);
    scratch.kinds.clear();
    scratch.kinds.resize(cells, WordMatch::Substitute);
    let Scratch { h, step, kinds } = scratch;
    let mut top = (0f32, 0, 0);
    for i in 1..=m {
        for j in 1..=n {
            let (s, kind) = score(&a[i - 1], &b[j - 1]);
            let diagonal = h[(i - 1) * width + j - 1] + s;
            let up = h[(i - 1) * width + j] + GAP;
            let left = h[i * width + j - 1] + GAP;
            let (value, from) = [
                (diagonal, Step::Diagonal),
                (up, Step::Up),
                (left, Step::Left),
            ]
            .into_iter()
            .fold(
                (0f32, Step::Stop),
                |acc, x| if x.0 > acc.0 { x } else { acc },
            );
            h[i * width + j] = value;
            step[i * width + j] = from;
            kinds[i * width + j] = kind;
            if value > top.0 {
                top = (value, i, j);
            }
        }
    }
    if top.0 <= 0.0 {
        return None;
    }
    let (mut i, mut j) = (top.1, top.2);
    let mut pairs = Vec::new();
    while i > 0 && j > 0 && h[i * width + j] > 0.0 {
        match step[i * width + j] {
            Step::Diagonal => {
                pairs.push(Pair {
                    a: i - 1,
                    b: j - 1,
                    kind: kinds[i * width + j],
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
    use crate::library::words::content_words;

    fn sim(a: &str, b: &str) -> f32 {
        align(&content_words(a), &content_words(b)).map_or(0.0, |x| x.similarity)
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
        let a = content_words("a decision was made to radically reduce activity near Kyiv");
        let b = content_words("a decision has been made to drastically reduce activity near Kyiv");
        let al = align(&a, &b).unwrap();
        let sub = al
            .pairs
            .iter()
            .find(|p| p.kind == WordMatch::Substitute)
            .unwrap();
        assert_eq!(a[sub.a].stem, "radical");
        assert_eq!(b[sub.b].stem, "drastical");
    }
}

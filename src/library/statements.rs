//! Matching statements: quotes of one speaker, in different articles, that
//! report the same statement (translations, paraphrases, fuller and shorter
//! excerpts).
//!
//! 1. Quotations (not reported speech: that is the writer's wording) of the
//!    same library speaker in different articles are compared when they share
//!    content words, and match when their word alignment says so
//!    ([`super::align`]).
//! 2. A partial quote that repeats words of a fuller quote of the same
//!    speaker in its own article ("radically" inside "…made to radically,
//!    by a large margin, reduce…") is an excerpt of it. When two fuller quotes
//!    match, excerpts of them whose words sit in the same slot of the
//!    alignment match too ("radically" and "drastically").
//! 3. An excerpt is not matched on its own to a quote its fuller quote
//!    already matches: that would say the same thing twice.

use std::ops::Range;

use super::QuoteId;
use super::align::{ANCHORS_NEEDED, Alignment, MIN_ANCHORS, Scratch, WordMatch, align};
use super::context::{Context, context, same_slot};
use super::postings::Postings;
use super::words::{FnvMap as HashMap, FnvSet as HashSet, Vocabulary, Word, common_sorted};
use crate::model::{Document, QuoteKind, Where};

/// Two words, one from each quote, that the alignment pairs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AlignedWords {
    /// Byte range in quote `a`'s `span.text`.
    pub a: Range<usize>,
    /// Byte range in quote `b`'s `span.text`.
    pub b: Range<usize>,
    pub kind: WordMatch,
}

/// Two quotes reporting the same statement.
#[derive(Debug, Clone, PartialEq)]
pub struct StatementMatch {
    /// Library speaker index.
    pub speaker: usize,
    /// The quote in the earlier document.
    pub a: QuoteId,
    pub b: QuoteId,
    /// 0..=1.
    pub similarity: f32,
    /// Aligned words, in the order of `a`.
    pub words: Vec<AlignedWords>,
}

struct Candidate {
    id: QuoteId,
    partial: bool,
    speaker: usize,
    words: Vec<Word>,
    /// The quote text with outer spaces and trailing , . ; : trimmed, ASCII
    /// lowercased (byte offsets unchanged), and where it starts in the span.
    trimmed: String,
    trim_start: usize,
    /// [`word_bits`] of all its words, and of all but the first and last.
    bits: u64,
    inner_bits: u64,
}

/// Word ids as bits of a 64-bit set: a quote whose inner words have a bit
/// another quote lacks is no excerpt of it.
fn word_bits(words: &[Word]) -> u64 {
    words.iter().fold(0, |bits, w| {
        bits | 1 << (w.id.wrapping_mul(0x9e37_79b1) >> 26)
    })
}

/// Finds every pair of quotes reporting the same statement.
pub fn match_statements(
    documents: &[Document],
    speaker_of: &[Vec<Option<usize>>],
) -> Vec<StatementMatch> {
    let quotes = documents.iter().map(|d| d.quotes.len()).sum();
    let mut vocabulary = Vocabulary::for_library(quotes);
    let mut scratch = Scratch::default();
    let candidates = candidates(documents, speaker_of, &mut vocabulary);
    let speakers = candidates.iter().map(|c| c.speaker + 1).max().unwrap_or(0);
    let mut by_speaker: Vec<Vec<usize>> = vec![Vec::new(); speakers];
    for (i, c) in candidates.iter().enumerate() {
        by_speaker[c.speaker].push(i);
    }
    let mut matches = Vec::new();
    for mine in by_speaker.iter().filter(|m| !m.is_empty()) {
        let found = match_speaker(
            documents,
            (&candidates, mine),
            &mut vocabulary,
            &mut scratch,
        );
        matches.extend(found);
    }
    matches.sort_by_key(|m| (m.a.doc, m.a.quote, m.b.doc, m.b.quote));
    matches
}

fn hash(text: &str) -> u64 {
    use std::hash::{Hash, Hasher};
    let mut h = super::words::TextHasher::default();
    text.hash(&mut h);
    h.finish()
}

/// Quotations with a library speaker and a content word; a quote repeated
/// word for word in one article (a headline echoing the body) counts once,
/// in the body.
fn candidates<'a>(
    documents: &'a [Document],
    speaker_of: &[Vec<Option<usize>>],
    vocabulary: &mut Vocabulary<'a>,
) -> Vec<Candidate> {
    // Only speakers with quotations (not reported speech) in two articles or
    // more have anything to match: the others' quotes are never read.
    let speakers = speaker_of
        .iter()
        .flatten()
        .flatten()
        .max()
        .map_or(0, |s| s + 1);
    let mut first_doc: Vec<Option<(usize, bool)>> = vec![None; speakers];
    for (d, speakers) in speaker_of.iter().enumerate() {
        let quotations = speakers
            .iter()
            .zip(&documents[d].quotes)
            .filter(|(_, q)| q.kind != QuoteKind::Indirect);
        for s in quotations.filter_map(|(s, _)| *s) {
            let entry = first_doc[s].get_or_insert((d, false));
            entry.1 |= entry.0 != d;
        }
    }
    let mut out: Vec<Candidate> = Vec::new();
    let mut seen: HashMap<(usize, usize, u64), usize> = HashMap::default();
    seen.reserve(documents.iter().map(|d| d.quotes.len()).sum());
    for (d, doc) in documents.iter().enumerate() {
        for (q, quote) in doc.quotes.iter().enumerate() {
            let Some(speaker) = speaker_of[d][q] else {
                continue;
            };
            if !first_doc[speaker].is_some_and(|(_, several)| several) {
                continue;
            }
            if quote.kind == QuoteKind::Indirect {
                continue;
            }
            let text = &quote.span.text;
            let words = vocabulary.words_of(text).to_vec();
            if words.is_empty() {
                continue;
            }
            let trim_start = text.len() - text.trim_start().len();
            let trimmed = text
                .trim()
                .trim_end_matches([',', '.', ';', ':'])
                .to_ascii_lowercase();
            let key = (d, speaker, hash(&trimmed));
            let inner_bits = word_bits(words.get(1..words.len() - 1).unwrap_or_default());
            let candidate = Candidate {
                bits: word_bits(&words),
                inner_bits,
                id: QuoteId { doc: d, quote: q },
                partial: quote.kind == QuoteKind::Partial,
                speaker,
                words,
                trimmed,
                trim_start,
            };
            match seen.get(&key) {
                Some(&k) => {
                    let kept = &doc.quotes[out[k].id.quote];
                    if kept.place != Where::Body && quote.place == Where::Body {
                        out[k] = candidate;
                    }
                }
                None => {
                    seen.insert(key, out.len());
                    out.push(candidate);
                }
            }
        }
    }
    out
}

fn match_speaker<'a>(
    documents: &'a [Document],
    (all, mine): (&[Candidate], &[usize]),
    vocabulary: &mut Vocabulary<'a>,
    scratch: &mut Scratch,
) -> Vec<StatementMatch> {
    let first_doc = all[mine[0]].id.doc;
    if mine.iter().all(|&i| all[i].id.doc == first_doc) {
        return Vec::new(); // one article: nothing to compare across
    }
    let own = own_matches(all, mine, vocabulary, scratch);
    let enclosers = enclosers(all, mine);
    let mut enclosed: HashMap<usize, Vec<(usize, usize)>> = HashMap::default();
    for (&x, bigs) in &enclosers {
        for &(big, at) in bigs {
            enclosed.entry(big).or_default().push((x, at));
        }
    }
    let excerpts = |big: usize| enclosed.get(&big).map_or(&[][..], Vec::as_slice);
    let mut matched: HashSet<(usize, usize)> = own.keys().copied().collect();
    let mut out = Vec::new();
    // Excerpts of matched quotes, in the same slot.
    let mut derived = Vec::new();
    for (&(x_big, y_big), alignment) in &own {
        for &(x, x_at) in excerpts(x_big) {
            for &(y, y_at) in excerpts(y_big) {
                if matched.contains(&(x, y)) {
                    continue;
                }
                let slot = Slot {
                    big: (&all[x_big], &all[y_big]),
                    small: (&all[x], &all[y]),
                    at: (x_at, y_at),
                };
                if let Some(words) = slot.aligned_words(alignment) {
                    matched.insert((x, y));
                    derived.push(((x, y), alignment.similarity, words));
                }
            }
        }
    }
    for (&(a, b), alignment) in &own {
        let redundant = enclosers
            .get(&a)
            .is_some_and(|es| es.iter().any(|&(e, _)| own.contains_key(&(e, b))))
            || enclosers
                .get(&b)
                .is_some_and(|es| es.iter().any(|&(e, _)| own.contains_key(&(a, e))));
        if redundant {
            continue;
        }
        let words = alignment
            .pairs
            .iter()
            .map(|p| AlignedWords {
                a: all[a].words[p.a].range.clone(),
                b: all[b].words[p.b].range.clone(),
                kind: p.kind,
            })
            .collect();
        out.push(statement(all, (a, b), alignment.similarity, words));
    }
    derived.extend(context_matches(
        documents,
        (all, mine),
        &matched,
        vocabulary,
    ));
    for ((a, b), similarity, words) in derived {
        out.push(statement(all, (a, b), similarity, words));
    }
    out
}

/// Partial quotes not matched otherwise, by the sentences they are quoted in.
fn context_matches<'a>(
    documents: &'a [Document],
    (all, mine): (&[Candidate], &[usize]),
    matched: &HashSet<(usize, usize)>,
    vocabulary: &mut Vocabulary<'a>,
) -> Vec<((usize, usize), f32, Vec<AlignedWords>)> {
    // Only partial quotes too short to align on their own words, and only
    // when two articles have some (reading sentences is not free).
    let short: Vec<usize> = mine
        .iter()
        .copied()
        .filter(|&i| all[i].partial && all[i].words.len() < MIN_OWN_WORDS)
        .collect();
    if short
        .windows(2)
        .all(|w| all[w[0]].id.doc == all[w[1]].id.doc)
    {
        return Vec::new();
    }
    let contexts: Vec<(usize, Context)> = short
        .iter()
        .filter_map(|&i| {
            let id = all[i].id;
            let doc = &documents[id.doc];
            Some((i, context(doc, &doc.quotes[id.quote], vocabulary)?))
        })
        .collect();
    // Only sentences sharing words are worth aligning.
    let outside: Vec<Vec<u32>> = contexts.iter().map(|(_, c)| c.outside_stems()).collect();
    let index = Postings::new(outside.iter().map(Vec::as_slice).enumerate());
    let mut out = Vec::new();
    for (k, (x, cx)) in contexts.iter().enumerate() {
        let mut shared: HashMap<usize, usize> = HashMap::default();
        // (In document order, as in `own_matches`.)
        let later = contexts.partition_point(|(c, _)| all[*c].id.doc <= all[*x].id.doc);
        for &stem in &outside[k] {
            let list = index.of(stem);
            for &l in &list[list.partition_point(|&l| l < later)..] {
                *shared.entry(l).or_default() += 1;
            }
        }
        for (l, count) in shared {
            let (y, cy) = &contexts[l];
            if count < MIN_SHARED_CONTEXT_WORDS
                || matched.contains(&(*x, *y))
                || !cx.may_share_slot(cy)
            {
                continue;
            }
            if let Some((similarity, words)) = same_slot(cx, cy, vocabulary) {
                out.push(((*x, *y), similarity, words));
            }
        }
    }
    out
}

/// Partial quotes with fewer content words than this are matched through
/// their sentences (the anchors an alignment of their own words needs).
const MIN_OWN_WORDS: usize = 3;

/// Equal words (not just near) two sentences must share before they are
/// aligned; `same_slot` asks for more.
const MIN_SHARED_CONTEXT_WORDS: usize = 2;

fn statement(
    all: &[Candidate],
    (a, b): (usize, usize),
    similarity: f32,
    mut words: Vec<AlignedWords>,
) -> StatementMatch {
    words.sort_by_key(|w| w.a.start);
    StatementMatch {
        speaker: all[a].speaker,
        a: all[a].id,
        b: all[b].id,
        similarity,
        words,
    }
}

/// Pairs (earlier document first) whose own words align as one statement.
fn own_matches(
    all: &[Candidate],
    mine: &[usize],
    vocabulary: &Vocabulary,
    scratch: &mut Scratch,
) -> HashMap<(usize, usize), Alignment> {
    // Indexed by the first four letters of each stem, so a pair is aligned
    // only when it can have the anchors a match needs: an equal stem or a
    // near one ("possibl"/"possibility") begins with the same four letters.
    let distinct = |i: usize| {
        let mut ids: Vec<u32> = all[i].words.iter().map(|w| w.head).collect();
        ids.sort_unstable();
        ids.dedup();
        ids
    };
    let stems: Vec<Vec<u32>> = mine.iter().map(|&i| distinct(i)).collect();
    // (fragment, head) of each word, sorted; made for the quotes that get
    // that far.
    let mut fragment_heads: Vec<Vec<(u32, u32)>> = vec![Vec::new(); mine.len()];
    let fill = |heads: &mut Vec<(u32, u32)>, words: &[Word]| {
        if heads.is_empty() {
            heads.extend(words.iter().map(|w| (w.fragment, w.head)));
            heads.sort_unstable();
        }
    };
    // A quote of fewer different words can never have the anchors.
    let alignable = |k: usize| stems[k].len() >= MIN_ANCHORS;
    let index = Postings::new(
        (0..stems.len())
            .filter(|&k| alignable(k))
            .map(|k| (k, stems[k].as_slice())),
    );
    // Quotes with the same words (one agency story in several outlets, a
    // line repeated at every rally) align the same way: align once per
    // pair of wordings.
    let wording = wordings(all, mine);
    let mut aligned: HashMap<(u32, u32), Option<Alignment>> = HashMap::default();
    let mut out = HashMap::default();
    let mut shared = vec![0u32; mine.len()];
    let mut touched = Vec::new();
    for (k, &i) in mine.iter().enumerate().filter(|&(k, _)| alignable(k)) {
        // Quotes come in document order, and each posting list in quote
        // order: the quotes of later documents are a tail of each list.
        let later = mine.partition_point(|&m| all[m].id.doc <= all[i].id.doc);
        for &id in &stems[k] {
            let list = index.of(id);
            for &l in &list[list.partition_point(|&l| l < later)..] {
                if shared[l] == 0 {
                    touched.push(l);
                }
                shared[l] += 1;
            }
        }
        for l in touched.drain(..) {
            let count = std::mem::take(&mut shared[l]) as usize;
            let j = mine[l];
            let (wa, wb) = (&all[i].words, &all[j].words);
            let needed = stems[k].len().min(stems[l].len()).min(ANCHORS_NEEDED);
            if count < needed.max(MIN_ANCHORS) {
                continue;
            }
            let found = aligned.entry((wording[k], wording[l])).or_insert_with(|| {
                let anchors = wa.len().min(wb.len()).clamp(MIN_ANCHORS, ANCHORS_NEEDED);
                fill(&mut fragment_heads[k], wa);
                fill(&mut fragment_heads[l], wb);
                if !fragments_may_anchor(&fragment_heads[k], &fragment_heads[l], anchors) {
                    return None;
                }
                align(wa, wb, vocabulary, scratch)
                    .filter(|alignment| alignment.is_same_statement(wa.len(), wb.len()))
            });
            if let Some(alignment) = found {
                out.insert((i, j), alignment.clone());
            }
        }
    }
    // A quote too short for two anchors matches only its own wording,
    // repeated in another article ("sarcastic" and "sarcastic.").
    let mut by_wording: HashMap<u32, Vec<usize>> = HashMap::default();
    for k in (0..mine.len()).filter(|&k| !alignable(k)) {
        by_wording.entry(wording[k]).or_default().push(k);
    }
    for same in by_wording.values().filter(|same| same.len() > 1) {
        for (n, &k) in same.iter().enumerate() {
            for &l in &same[n + 1..] {
                let (i, j) = (mine[k], mine[l]);
                if all[j].id.doc == all[i].id.doc {
                    continue;
                }
                if let Some(alignment) = align(&all[i].words, &all[j].words, vocabulary, scratch) {
                    out.insert((i, j), alignment);
                }
            }
        }
    }
    out
}

/// False when no fragment of one quote shares `anchors` heads (counted with
/// repeats) with a fragment of the other: the best stretch of an alignment
/// lies inside one pair of fragments, and each of its anchors pairs two
/// words of equal heads, so it could not have the anchors a match needs.
/// `a`, `b`: (fragment, head) of each word, sorted.
fn fragments_may_anchor(a: &[(u32, u32)], b: &[(u32, u32)], anchors: usize) -> bool {
    let fragments = |x| <[(u32, u32)]>::chunk_by(x, |p, q| p.0 == q.0);
    fragments(a).any(|x| fragments(b).any(|y| common_sorted(x, y, |&(_, head)| head) >= anchors))
}

/// A number for each quote's wording (its words and fragments): equal
/// numbers, equal wordings. (Equal wordings almost always get one number;
/// when two hash alike, the later gets a number of its own, which only
/// costs an alignment the cache could have saved.)
fn wordings(all: &[Candidate], mine: &[usize]) -> Vec<u32> {
    use std::hash::Hasher;
    // Hash → (number, a quote of that wording).
    let mut numbers: HashMap<u64, (u32, usize)> = HashMap::default();
    numbers.reserve(mine.len());
    let same = |a: &[Word], b: &[Word]| {
        a.len() == b.len()
            && a.iter()
                .zip(b)
                .all(|(x, y)| x.id == y.id && x.fragment == y.fragment)
    };
    let mut next = 0;
    mine.iter()
        .map(|&i| {
            let words = &all[i].words;
            let mut h = super::words::TextHasher::default();
            for w in words {
                h.write_u64(u64::from(w.id) << 32 | u64::from(w.fragment));
            }
            let number = match numbers.get(&h.finish()) {
                Some(&(n, k)) if same(&all[k].words, words) => n,
                Some(_) => next,
                None => {
                    numbers.insert(h.finish(), (next, i));
                    next
                }
            };
            if number == next {
                next += 1;
            }
            number
        })
        .collect()
}

/// For each quote, the longer quotes of the same speaker in the same article
/// that contain its words, with the byte offset where they do.
fn enclosers(all: &[Candidate], mine: &[usize]) -> HashMap<usize, Vec<(usize, usize)>> {
    let mut out: HashMap<usize, Vec<(usize, usize)>> = HashMap::default();
    // Candidates come in document order: compare within each document's run.
    for run in mine.chunk_by(|&a, &b| all[a].id.doc == all[b].id.doc) {
        for &x in run {
            for &big in run {
                let (small, large) = (&all[x], &all[big]);
                // (The words inside an excerpt, away from its ends, are
                // words of the quote it is cut from; the end words may be
                // cut mid-word, "n'roll" from "rock'n'roll".)
                if small.trimmed.len() >= large.trimmed.len() || small.inner_bits & !large.bits != 0
                {
                    continue;
                }
                if let Some(at) = find_words(&large.trimmed, &small.trimmed) {
                    out.entry(x).or_default().push((big, at + large.trim_start));
                }
            }
        }
    }
    out
}

/// `needle` in `haystack` at word boundaries (the first such place).
fn find_words(haystack: &str, needle: &str) -> Option<usize> {
    let boundary = |s: &str, i: usize, before: bool| {
        let c = if before {
            s[..i].chars().next_back()
        } else {
            s[i..].chars().next()
        };
        c.is_none_or(|c| !c.is_alphanumeric())
    };
    // Most pairs share no text at all: a scan for the first character
    // (memchr underneath) is cheaper than setting up a substring searcher
    // for each pair.
    let first = needle.chars().next()?;
    let last_start = haystack.len().checked_sub(needle.len())?;
    let mut from = 0;
    while from <= last_start {
        let i = from + haystack[from..].find(first)?;
        if i > last_start {
            return None;
        }
        if haystack[i..].starts_with(needle)
            && boundary(haystack, i, true)
            && boundary(haystack, i + needle.len(), false)
        {
            return Some(i);
        }
        from = i + first.len_utf8();
    }
    None
}

/// Two excerpts inside two matched quotes.
struct Slot<'a> {
    big: (&'a Candidate, &'a Candidate),
    small: (&'a Candidate, &'a Candidate),
    /// Where each excerpt's text starts in its big quote's span text.
    at: (usize, usize),
}

impl Slot<'_> {
    /// The excerpts' aligned words, when the alignment pairs words inside
    /// one excerpt only with words inside the other (and pairs some).
    fn aligned_words(&self, alignment: &Alignment) -> Option<Vec<AlignedWords>> {
        let len = |c: &Candidate| c.trimmed.len();
        let xr = self.at.0..self.at.0 + len(self.small.0);
        let yr = self.at.1..self.at.1 + len(self.small.1);
        let inside = |r: &Range<usize>, w: &Range<usize>| r.start <= w.start && w.end <= r.end;
        let mut words = Vec::new();
        for p in &alignment.pairs {
            let wa = &self.big.0.words[p.a].range;
            let wb = &self.big.1.words[p.b].range;
            match (inside(&xr, wa), inside(&yr, wb)) {
                (true, true) => words.push(AlignedWords {
                    a: shift(wa, self.at.0, self.small.0.trim_start),
                    b: shift(wb, self.at.1, self.small.1.trim_start),
                    kind: p.kind,
                }),
                (false, false) => {}
                _ => return None,
            }
        }
        (!words.is_empty()).then_some(words)
    }
}

/// A range in a big quote's text moved to the excerpt's own text.
fn shift(range: &Range<usize>, at: usize, trim_start: usize) -> Range<usize> {
    range.start - at + trim_start..range.end - at + trim_start
}

//! The scoring rule of the PolNeAR README, on character offsets.
//!
//! Kept free of I/O and of the extractor so it can be unit-tested on tiny
//! invented cases: scope, stripping, one-to-one greedy matching, speaker rule.

use std::ops::Range;

/// A gold attribution source: its character span and its text.
#[derive(Debug, Clone, PartialEq)]
pub struct GoldSource {
    pub span: Range<usize>,
    pub text: String,
}

/// A gold direct quotation (a `quoted_segment` of some attribution).
#[derive(Debug, Clone, PartialEq)]
pub struct GoldQuote {
    /// Character span, marks and edge punctuation stripped.
    pub span: Range<usize>,
    /// Sources of every attribution that contains this segment.
    pub sources: Vec<GoldSource>,
}

/// A gold reported-speech item: an `indirect` attribution with a source.
#[derive(Debug, Clone, PartialEq)]
pub struct GoldReported {
    /// Character spans of the content (discontinuous contents have several), stripped.
    pub content: Vec<Range<usize>>,
    pub sources: Vec<GoldSource>,
}

/// What the extractor said, in character offsets.
#[derive(Debug, Clone, PartialEq)]
pub struct Predicted {
    /// Stripped character span of the quoted text or content clause.
    pub span: Range<usize>,
    pub mark: Option<char>,
    pub indirect: bool,
    pub mention: Option<Range<usize>>,
    pub speaker_name: Option<String>,
    /// The cue's text, for error reports.
    pub cue: Option<String>,
    pub confidence: f32,
}

/// Counts for precision, recall and F1.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Prf {
    pub hits: usize,
    pub predicted: usize,
    pub gold: usize,
}

impl Prf {
    pub fn precision(&self) -> f64 {
        ratio(self.hits, self.predicted)
    }
    pub fn recall(&self) -> f64 {
        ratio(self.hits, self.gold)
    }
    pub fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }
    pub fn add(&mut self, other: Prf) {
        self.hits += other.hits;
        self.predicted += other.predicted;
        self.gold += other.gold;
    }
}

pub fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 { 0.0 } else { a as f64 / b as f64 }
}

/// The README's scope rule: the gold knows only spans opened by `"` or `“`.
pub fn in_scope(mark: Option<char>) -> bool {
    matches!(mark, Some('"' | '\u{201C}'))
}

/// Quotation marks, whitespace and punctuation trimmed from both edges.
fn is_edge_junk(c: char) -> bool {
    c.is_whitespace()
        || c.is_ascii_punctuation()
        || matches!(
            c,
            '\u{2018}'..='\u{201F}' // ‘ ’ ‚ ‛ “ ” „ ‟
                | '\u{2010}'..='\u{2015}' // hyphens and dashes
                | '\u{2026}' // …
                | '\u{00AB}' | '\u{00BB}' | '\u{2039}' | '\u{203A}' // « » ‹ ›
                | '\u{00A0}'
        )
}

/// Narrows a character range of `chars` past edge marks, spaces and punctuation.
pub fn strip(chars: &[char], range: Range<usize>) -> Range<usize> {
    let (mut s, mut e) = (range.start.min(chars.len()), range.end.min(chars.len()));
    while s < e && is_edge_junk(chars[s]) {
        s += 1;
    }
    while e > s && is_edge_junk(chars[e - 1]) {
        e -= 1;
    }
    s..e
}

pub fn overlap(a: &Range<usize>, b: &Range<usize>) -> usize {
    a.end.min(b.end).saturating_sub(a.start.max(b.start))
}

/// Character overlap / union of one span against a (possibly discontinuous) gold span.
pub fn jaccard(pred: &Range<usize>, gold: &[Range<usize>]) -> f64 {
    let inter: usize = gold.iter().map(|g| overlap(pred, g)).sum();
    let gold_len: usize = gold.iter().map(|g| g.len()).sum();
    let union = pred.len() + gold_len - inter;
    ratio(inter, union)
}

/// Words that say nothing about who is speaking.
const STOPWORDS: &[&str] = &[
    "a", "an", "the", "of", "and", "or", "in", "on", "at", "to", "for", "by", "with", "from", "as",
    "he", "she", "it", "they", "we", "i", "you", "his", "her", "its", "their", "our", "my", "your",
    "him", "them", "us", "me", "who", "that", "this", "these", "those", "s", "mr", "mrs", "ms",
    "dr", "said", "says",
];

/// Lower-cased content words of a speaker name or a source mention.
pub fn content_words(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .filter(|w| !STOPWORDS.contains(&w.as_str()))
        .collect()
}

/// The README's speaker rule: the mention overlaps a gold source span, or the
/// speaker name shares a content word with a gold source.
pub fn speaker_correct(pred: &Predicted, sources: &[GoldSource]) -> bool {
    if let Some(m) = &pred.mention
        && sources.iter().any(|s| overlap(m, &s.span) > 0)
    {
        return true;
    }
    let Some(name) = &pred.speaker_name else {
        return false;
    };
    let words = content_words(name);
    sources
        .iter()
        .any(|s| content_words(&s.text).iter().any(|w| words.contains(w)))
}

/// One-to-one greedy matching: the best-scoring admissible pairs first.
/// `score` returns `None` for pairs that may not match.
pub fn greedy_match(
    n_pred: usize,
    n_gold: usize,
    score: impl Fn(usize, usize) -> Option<f64>,
) -> Vec<(usize, usize)> {
    let mut pairs = Vec::new();
    for p in 0..n_pred {
        for g in 0..n_gold {
            if let Some(s) = score(p, g) {
                pairs.push((s, p, g));
            }
        }
    }
    pairs.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)).then(a.2.cmp(&b.2)));
    let (mut used_p, mut used_g) = (vec![false; n_pred], vec![false; n_gold]);
    let mut out = Vec::new();
    for (_, p, g) in pairs {
        if !used_p[p] && !used_g[g] {
            used_p[p] = true;
            used_g[g] = true;
            out.push((p, g));
        }
    }
    out
}

/// The outcome for one document, with indices for error reports.
#[derive(Debug, Default)]
pub struct DocResult {
    pub quotes: Prf,
    pub speaker_right: usize,
    pub e2e: Prf,
    /// Reported speech, content and speaker right.
    pub reported: Prf,
    /// Reported speech, content alone.
    pub reported_content: Prf,
    /// Predicted in-scope quotes (indices into the predictions) matched to gold quotes.
    pub quote_pairs: Vec<(usize, usize, bool)>,
    pub quote_spurious: Vec<usize>,
    pub quote_missed: Vec<usize>,
    pub reported_pairs: Vec<(usize, usize, bool)>,
    pub reported_spurious: Vec<usize>,
    pub reported_missed: Vec<usize>,
}

pub const MIN_OVERLAP: f64 = 0.5;

/// Scores one document's predictions against its gold.
pub fn score_doc(pred: &[Predicted], quotes: &[GoldQuote], reported: &[GoldReported]) -> DocResult {
    let mut r = DocResult::default();

    let scoped: Vec<usize> = (0..pred.len())
        .filter(|&i| !pred[i].indirect && in_scope(pred[i].mark) && !pred[i].span.is_empty())
        .collect();
    let pairs = greedy_match(scoped.len(), quotes.len(), |p, g| {
        let j = jaccard(&pred[scoped[p]].span, std::slice::from_ref(&quotes[g].span));
        (j >= MIN_OVERLAP).then_some(j)
    });
    r.quotes = Prf {
        hits: pairs.len(),
        predicted: scoped.len(),
        gold: quotes.len(),
    };
    for &(p, g) in &pairs {
        let right = speaker_correct(&pred[scoped[p]], &quotes[g].sources);
        r.speaker_right += right as usize;
        r.quote_pairs.push((scoped[p], g, right));
    }
    r.e2e = Prf {
        hits: r.speaker_right,
        ..r.quotes
    };
    r.quote_spurious = unmatched(scoped.len(), pairs.iter().map(|x| x.0))
        .map(|p| scoped[p])
        .collect();
    r.quote_missed = unmatched(quotes.len(), pairs.iter().map(|x| x.1)).collect();

    let indirect: Vec<usize> = (0..pred.len())
        .filter(|&i| pred[i].indirect && !pred[i].span.is_empty())
        .collect();
    let content_pairs = greedy_match(indirect.len(), reported.len(), |p, g| {
        let j = jaccard(&pred[indirect[p]].span, &reported[g].content);
        (j >= MIN_OVERLAP).then_some(j)
    });
    r.reported_content = Prf {
        hits: content_pairs.len(),
        predicted: indirect.len(),
        gold: reported.len(),
    };
    let full_pairs = greedy_match(indirect.len(), reported.len(), |p, g| {
        let j = jaccard(&pred[indirect[p]].span, &reported[g].content);
        (j >= MIN_OVERLAP && speaker_correct(&pred[indirect[p]], &reported[g].sources)).then_some(j)
    });
    r.reported = Prf {
        hits: full_pairs.len(),
        ..r.reported_content
    };
    for &(p, g) in &content_pairs {
        let right = speaker_correct(&pred[indirect[p]], &reported[g].sources);
        r.reported_pairs.push((indirect[p], g, right));
    }
    r.reported_spurious = unmatched(indirect.len(), content_pairs.iter().map(|x| x.0))
        .map(|p| indirect[p])
        .collect();
    r.reported_missed = unmatched(reported.len(), content_pairs.iter().map(|x| x.1)).collect();
    r
}

fn unmatched(n: usize, used: impl Iterator<Item = usize>) -> impl Iterator<Item = usize> {
    let mut taken = vec![false; n];
    for i in used {
        taken[i] = true;
    }
    (0..n).filter(move |&i| !taken[i])
}

#[cfg(test)]
mod tests {
    use super::*;

    fn src(span: Range<usize>, text: &str) -> GoldSource {
        GoldSource {
            span,
            text: text.into(),
        }
    }

    fn quote(
        span: Range<usize>,
        mark: char,
        mention: Option<Range<usize>>,
        name: Option<&str>,
    ) -> Predicted {
        Predicted {
            span,
            mark: Some(mark),
            indirect: false,
            mention,
            speaker_name: name.map(Into::into),
            cue: None,
            confidence: 1.0,
        }
    }

    #[test]
    fn strip_removes_marks_spaces_and_edge_punctuation() {
        let chars: Vec<char> = "x “We will win,” he".chars().collect();
        let r = strip(&chars, 2..17);
        assert_eq!(chars[r].iter().collect::<String>(), "We will win");
    }

    #[test]
    #[allow(clippy::single_range_in_vec_init)]
    fn jaccard_counts_discontinuous_gold() {
        assert_eq!(jaccard(&(0..10), &[0..5, 5..10]), 1.0);
        assert_eq!(jaccard(&(0..10), &[0..5]), 0.5);
        assert_eq!(jaccard(&(0..4), &[6..10]), 0.0);
    }

    #[test]
    fn matching_is_one_to_one_and_greedy() {
        let gold = [GoldQuote {
            span: 0..10,
            sources: vec![],
        }];
        let pred = [quote(0..10, '"', None, None), quote(0..9, '"', None, None)];
        let r = score_doc(&pred, &gold, &[]);
        assert_eq!(
            r.quotes,
            Prf {
                hits: 1,
                predicted: 2,
                gold: 1
            }
        );
        assert_eq!(r.quote_pairs[0].0, 0, "the exact span wins");
        assert_eq!(r.quote_spurious, vec![1]);
    }

    #[test]
    fn overlap_below_half_is_no_match() {
        let gold = [GoldQuote {
            span: 0..10,
            sources: vec![],
        }];
        let r = score_doc(&[quote(6..14, '"', None, None)], &gold, &[]);
        assert_eq!(r.quotes.hits, 0);
        assert_eq!(r.quote_missed, vec![0]);
    }

    #[test]
    fn single_quotes_are_out_of_scope() {
        let pred = [
            quote(0..10, '\'', None, None),
            quote(20..30, '\u{2018}', None, None),
        ];
        let r = score_doc(&pred, &[], &[]);
        assert_eq!(r.quotes.predicted, 0);
        assert!(in_scope(Some('“')) && in_scope(Some('"')) && !in_scope(None));
    }

    #[test]
    fn speaker_by_mention_overlap_or_shared_word() {
        let sources = [src(40..48, "Mr. Fomin")];
        assert!(speaker_correct(
            &quote(0..1, '"', Some(44..48), None),
            &sources
        ));
        assert!(!speaker_correct(
            &quote(0..1, '"', Some(50..52), None),
            &sources
        ));
        assert!(speaker_correct(
            &quote(0..1, '"', None, Some("Alexander Fomin")),
            &sources
        ));
        assert!(!speaker_correct(
            &quote(0..1, '"', None, Some("Mr. Smith")),
            &sources
        ));
        // Function words are not evidence.
        assert!(!speaker_correct(
            &quote(0..1, '"', None, Some("The He")),
            &[src(0..2, "he")]
        ));
    }

    #[test]
    fn end_to_end_needs_the_speaker() {
        let gold = [
            GoldQuote {
                span: 0..10,
                sources: vec![src(20..25, "Smith")],
            },
            GoldQuote {
                span: 30..40,
                sources: vec![src(50..55, "Jones")],
            },
        ];
        let pred = [
            quote(0..10, '“', None, Some("John Smith")),
            quote(30..40, '“', None, Some("John Smith")),
        ];
        let r = score_doc(&pred, &gold, &[]);
        assert_eq!(r.quotes.hits, 2);
        assert_eq!(r.speaker_right, 1);
        assert_eq!(
            r.e2e,
            Prf {
                hits: 1,
                predicted: 2,
                gold: 2
            }
        );
    }

    #[test]
    #[allow(clippy::single_range_in_vec_init)]
    fn reported_speech_needs_content_and_speaker() {
        let gold = [GoldReported {
            content: vec![10..30],
            sources: vec![src(0..8, "Medinsky")],
        }];
        let mut right = quote(12..30, '"', Some(0..8), None);
        right.indirect = true;
        right.mark = None;
        let mut wrong_speaker = right.clone();
        wrong_speaker.mention = Some(40..45);
        assert_eq!(score_doc(&[right], &[], &gold).reported.hits, 1);
        let r = score_doc(&[wrong_speaker], &[], &gold);
        assert_eq!(r.reported.hits, 0);
        assert_eq!(r.reported_content.hits, 1);
        assert_eq!(r.reported_pairs, vec![(0, 0, false)]);
    }
}

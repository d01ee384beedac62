//! Text-overlap measures used by the two HTML benchmarks.

use std::collections::HashMap;

/// `\w+` tokens as Python's `re` finds them (Unicode letters, digits, `_`).
pub fn tokens(text: &str) -> Vec<&str> {
    let is_word = |c: char| c.is_alphanumeric() || c == '_';
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in text.char_indices() {
        match (is_word(c), start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                out.push(&text[s..i]);
                start = None;
            }
            _ => {}
        }
    }
    if let Some(s) = start {
        out.push(&text[s..]);
    }
    out
}

fn counts<T: std::hash::Hash + Eq>(items: impl Iterator<Item = T>) -> HashMap<T, usize> {
    let mut m = HashMap::new();
    for item in items {
        *m.entry(item).or_insert(0) += 1;
    }
    m
}

/// True positives, false positives, false negatives between two multisets.
fn tp_fp_fn<T: std::hash::Hash + Eq>(
    truth: &HashMap<T, usize>,
    pred: &HashMap<T, usize>,
) -> (f64, f64, f64) {
    let (mut tp, mut fp, mut fneg) = (0usize, 0usize, 0usize);
    for (k, &p) in pred {
        let t = truth.get(k).copied().unwrap_or(0);
        tp += p.min(t);
        fp += p.saturating_sub(t);
    }
    for (k, &t) in truth {
        let p = pred.get(k).copied().unwrap_or(0);
        fneg += t.saturating_sub(p);
    }
    (tp as f64, fp as f64, fneg as f64)
}

/// Bag-of-tokens F1 between an extraction and the expected text.
pub fn token_f1(expected: &str, got: &str) -> f64 {
    let (tp, fp, fneg) = tp_fp_fn(
        &counts(tokens(expected).into_iter()),
        &counts(tokens(got).into_iter()),
    );
    if tp + fp + fneg == 0.0 {
        return 1.0;
    }
    if tp == 0.0 {
        return 0.0;
    }
    let p = tp / (tp + fp);
    let r = tp / (tp + fneg);
    2.0 * p * r / (p + r)
}

/// The ScrapingHub benchmark's per-page counts: 4-token shingles, normalised
/// so that every page weighs the same (a port of its `evaluate.py`).
pub fn shingle_counts(truth: &str, pred: &str) -> (f64, f64, f64) {
    let (tp, fp, fneg) = tp_fp_fn(&shingles(truth), &shingles(pred));
    let sum = tp + fp + fneg;
    if sum > 0.0 {
        (tp / sum, fp / sum, fneg / sum)
    } else {
        (0.0, 0.0, 0.0)
    }
}

/// Counted 4-token shingles (joined by a separator no token contains); a
/// text shorter than 4 tokens is one shingle.
fn shingles(text: &str) -> HashMap<String, usize> {
    const N: usize = 4;
    let toks = tokens(text);
    if toks.is_empty() {
        return HashMap::new();
    }
    let windows: Vec<String> = if toks.len() < N {
        vec![toks.join(" ")]
    } else {
        toks.windows(N).map(|w| w.join(" ")).collect()
    };
    counts(windows.into_iter())
}

/// Precision, recall and F1 as `evaluate.py` aggregates them: mean precision
/// and mean recall over pages, F1 of those two means.
pub fn aggregate(pages: &[(f64, f64, f64)]) -> (f64, f64, f64) {
    let precision = |&(tp, fp, fneg): &(f64, f64, f64)| {
        if fp == 0.0 && fneg == 0.0 {
            1.0
        } else if tp == 0.0 && fp == 0.0 {
            0.0
        } else {
            tp / (tp + fp)
        }
    };
    let recall = |&(tp, fp, fneg): &(f64, f64, f64)| {
        if fp == 0.0 && fneg == 0.0 {
            1.0
        } else if tp == 0.0 && fneg == 0.0 {
            0.0
        } else {
            tp / (tp + fneg)
        }
    };
    let ps: Vec<f64> = pages
        .iter()
        .filter(|(tp, fp, _)| tp + fp > 0.0)
        .map(precision)
        .collect();
    let rs: Vec<f64> = pages
        .iter()
        .filter(|(tp, _, fneg)| tp + fneg > 0.0)
        .map(recall)
        .collect();
    let mean = |v: &[f64]| {
        if v.is_empty() {
            0.0
        } else {
            v.iter().sum::<f64>() / v.len() as f64
        }
    };
    let (p, r) = (mean(&ps), mean(&rs));
    let f1 = if p + r > 0.0 {
        2.0 * p * r / (p + r)
    } else {
        0.0
    };
    (p, r, f1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_are_unicode_words() {
        assert_eq!(
            tokens("Él dijo: «¡sí!» — ok_1"),
            vec!["Él", "dijo", "sí", "ok_1"]
        );
    }

    #[test]
    fn identical_texts_score_one() {
        assert_eq!(token_f1("a b c", "a b c"), 1.0);
        let c = shingle_counts("one two three four five", "one two three four five");
        assert_eq!(aggregate(&[c]), (1.0, 1.0, 1.0));
    }

    #[test]
    fn extra_text_lowers_precision_only() {
        let c = shingle_counts("a b c d", "a b c d e");
        let (p, r, _) = aggregate(&[c]);
        assert!(p < 1.0);
        assert_eq!(r, 1.0);
    }
}

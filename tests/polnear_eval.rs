//! The extractor on PolNeAR dev, scored by the corpus README's rule.
//! Floors are what the extractor reaches today (rounded down); raise them as
//! it improves. Targets: direct F1 0.975, speaker 0.94, end-to-end 0.90,
//! reported speech 0.55.

use std::path::{Path, PathBuf};

use hark::cli::eval::score_corpus;

// 0.972 on dev (train 0.970) with the learned scare-quote model (extract::scare)
// and its title, list, modifier, poll, credit, reported-speech, citation and
// nickname features; the floor keeps a quote or two of margin for other
// branches' attribution changes.
const QUOTE_F1: f64 = 0.970;
// 0.942 on dev (train 0.916) with dash credits (pull quotes), introducing
// cues, subordinate clauses, possessed speech nouns, cleaner subjects and
// inverted subjects ("said a person close to X", "said one of those
// advisers"); the floor keeps a few quotes of margin for other branches'
// changes.
const SPEAKER_ACCURACY: f64 = 0.935;
// 0.914 on dev (train 0.889).
const END_TO_END_F1: f64 = 0.905;
// 0.520 on dev (train 0.500) after the third reported-speech pass (contents
// holding a quotation left to the quote finder, appositive subjects, lone
// objects of stance cues, passives with an agent, "made it clear").
const REPORTED_F1: f64 = 0.51;

fn polnear() -> Option<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/eval/polnear");
    if dir.join("derived/dev.jsonl").is_file() {
        Some(dir)
    } else {
        eprintln!("SKIPPED: PolNeAR not found at {}", dir.display());
        None
    }
}

#[test]
fn dev_figures_reach_their_floors() {
    let Some(dir) = polnear() else { return };
    let s = score_corpus(&dir, "dev").expect("PolNeAR dev loads");
    eprintln!(
        "dev: quote F1 {:.3}, speaker {:.3}, end-to-end F1 {:.3}, reported F1 {:.3}",
        s.quotes.f1(),
        s.speaker_accuracy(),
        s.e2e.f1(),
        s.reported.f1()
    );
    assert_eq!(s.docs, 84);
    assert_eq!(s.quotes.gold, 805, "gold direct quotes per the README");
    assert!(s.quotes.f1() >= QUOTE_F1, "quote F1 {:.3}", s.quotes.f1());
    assert!(
        s.speaker_accuracy() >= SPEAKER_ACCURACY,
        "speaker {:.3}",
        s.speaker_accuracy()
    );
    assert!(
        s.e2e.f1() >= END_TO_END_F1,
        "end-to-end F1 {:.3}",
        s.e2e.f1()
    );
    assert!(
        s.reported.f1() >= REPORTED_F1,
        "reported F1 {:.3}",
        s.reported.f1()
    );
}

#[test]
fn brat_standoff_gives_nearly_the_derived_gold() {
    let Some(dir) = polnear() else { return };
    let from_jsonl = hark::cli::eval::corpus::load(&dir, "dev").expect("jsonl");
    let from_brat = hark::cli::eval::corpus::load(&dir.join("dev"), "dev").expect("brat");
    assert_eq!(from_jsonl.len(), from_brat.len());
    let count = |docs: &[hark::cli::eval::corpus::CorpusDoc]| -> (usize, usize) {
        (
            docs.iter().map(|d| d.quotes.len()).sum(),
            docs.iter().map(|d| d.reported.len()).sum(),
        )
    };
    let ((q1, r1), (q2, r2)) = (count(&from_jsonl), count(&from_brat));
    assert!(q1.abs_diff(q2) * 20 <= q1, "quotes {q1} vs {q2}");
    assert!(r1.abs_diff(r2) * 20 <= r1, "reported {r1} vs {r2}");
}

/// Every double-quoted span, blindly: the issue measured quote F1 0.961 for
/// this on dev (its scanner differs a little from this one), so the scorer
/// must give about the same.
fn blind_double_quotes(doc: &mut hark::model::Document) {
    use hark::model::{Quote, QuoteKind, TextRef, Where};
    let mut quotes = Vec::new();
    for (b, block) in doc.blocks.iter().enumerate() {
        let mut open: Option<(usize, char)> = None;
        for (i, c) in block.text.char_indices() {
            match (open, c) {
                (None, '"' | '“') => open = Some((i + c.len_utf8(), c)),
                (Some((s, mark)), '"' | '”') => {
                    let r = block.source_range(s..i);
                    quotes.push(Quote {
                        span: TextRef {
                            block: b,
                            range: s..i,
                            start: r.start,
                            end: r.end,
                            text: block.text[s..i].to_string(),
                        },
                        kind: QuoteKind::Direct,
                        statement: quotes.len(),
                        speaker: None,
                        mention: None,
                        cue: None,
                        place: Where::Body,
                        confidence: 0.5,
                        mark: Some(mark),
                    });
                    open = None;
                }
                _ => {}
            }
        }
    }
    doc.quotes = quotes;
}

#[test]
fn scorer_reproduces_the_blind_baseline() {
    let Some(dir) = polnear() else { return };
    let docs = hark::cli::eval::corpus::load(&dir, "dev").expect("dev loads");
    let s = hark::cli::eval::score_docs(&docs, blind_double_quotes);
    eprintln!(
        "blind double quotes: {:?} F1 {:.3}",
        s.quotes,
        s.quotes.f1()
    );
    assert!(
        (s.quotes.f1() - 0.961).abs() < 0.01,
        "F1 {:.3}",
        s.quotes.f1()
    );
}

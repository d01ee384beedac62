//! `hark eval PATH`: scores the extractor on a brat-standoff attribution
//! corpus (PolNeAR), following the corpus README's rule.

pub mod corpus;
pub mod document;
pub mod score;

use std::fmt::Write as _;
use std::ops::Range;
use std::path::Path;
use std::process::ExitCode;
use std::time::{Duration, Instant};

use serde_json::json;

use crate::extract;
use crate::model::Document;
use corpus::CorpusDoc;
use score::{GoldSource, Predicted, Prf, ratio};

/// What `hark eval` was asked for.
#[derive(Debug, Clone)]
pub struct EvalOptions {
    /// `dev` or `train`.
    pub split: String,
    /// Example errors to print of each kind.
    pub errors: usize,
    pub json: bool,
    /// Score `extract::reported::find_reported` alone (for tuning it).
    pub only_reported: bool,
}

impl Default for EvalOptions {
    fn default() -> Self {
        Self {
            split: "dev".into(),
            errors: 0,
            json: false,
            only_reported: false,
        }
    }
}

/// One example of an error, for tuning.
#[derive(Debug, Clone)]
pub struct ErrorExample {
    pub kind: ErrorKind,
    pub doc: String,
    pub text: String,
    pub detail: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ErrorKind {
    MissedQuote,
    SpuriousQuote,
    WrongSpeaker,
    MissedReported,
    SpuriousReported,
    ReportedWrongSpeaker,
}

impl ErrorKind {
    pub const ALL: [ErrorKind; 6] = [
        ErrorKind::MissedQuote,
        ErrorKind::SpuriousQuote,
        ErrorKind::WrongSpeaker,
        ErrorKind::MissedReported,
        ErrorKind::SpuriousReported,
        ErrorKind::ReportedWrongSpeaker,
    ];
    pub fn as_str(self) -> &'static str {
        match self {
            ErrorKind::MissedQuote => "missed quote",
            ErrorKind::SpuriousQuote => "spurious quote",
            ErrorKind::WrongSpeaker => "wrong speaker",
            ErrorKind::MissedReported => "missed reported speech",
            ErrorKind::SpuriousReported => "spurious reported speech",
            ErrorKind::ReportedWrongSpeaker => "reported speech, wrong speaker",
        }
    }
}

/// The figures for a corpus split.
#[derive(Debug, Clone, Default)]
pub struct Scores {
    pub docs: usize,
    pub bytes: usize,
    pub extract_time: Duration,
    /// Direct quotes (in scope), span matched.
    pub quotes: Prf,
    /// Matched quotes whose speaker is right.
    pub speaker_right: usize,
    /// Quote matched and speaker right.
    pub e2e: Prf,
    /// Reported speech: content matched and speaker right.
    pub reported: Prf,
    /// Reported speech: content matched, whatever the speaker.
    pub reported_content: Prf,
    pub errors: Vec<ErrorExample>,
}

impl Scores {
    /// Share of matched quotes whose speaker is right.
    pub fn speaker_accuracy(&self) -> f64 {
        ratio(self.speaker_right, self.quotes.hits)
    }

    pub fn to_json(&self) -> serde_json::Value {
        let prf = |p: &Prf| {
            json!({"precision": p.precision(), "recall": p.recall(), "f1": p.f1(),
                   "hits": p.hits, "predicted": p.predicted, "gold": p.gold})
        };
        json!({
            "docs": self.docs,
            "bytes": self.bytes,
            "extract_seconds": self.extract_time.as_secs_f64(),
            "quotes": prf(&self.quotes),
            "speaker_accuracy": self.speaker_accuracy(),
            "end_to_end": prf(&self.e2e),
            "reported": prf(&self.reported),
            "reported_content_only": prf(&self.reported_content),
        })
    }
}

/// Loads a corpus split and scores `extract::extract` on it.
pub fn score_corpus(dir: &Path, split: &str) -> Result<Scores, String> {
    let docs = corpus::load(dir, split)?;
    Ok(score_docs(&docs, extract::extract))
}

/// Scores an extractor (anything that fills `Document::quotes`) on loaded documents.
pub fn score_docs(docs: &[CorpusDoc], extractor: impl Fn(&mut Document)) -> Scores {
    let mut s = Scores {
        docs: docs.len(),
        ..Default::default()
    };
    // For offline error analysis: every prediction, in character offsets.
    let mut dump = std::env::var_os("HARK_EVAL_DUMP").and_then(|p| std::fs::File::create(p).ok());
    for gold in docs {
        let mut doc = document::load_text(&gold.name, &gold.text);
        let started = Instant::now();
        extractor(&mut doc);
        s.extract_time += started.elapsed();
        s.bytes += gold.text.len();
        let pred = document::predictions(&doc, &gold.text);
        if let Some(file) = dump.as_mut() {
            use std::io::Write;
            for p in &pred {
                let line = json!({"doc": gold.name, "span": [p.span.start, p.span.end],
                    "indirect": p.indirect, "mark": p.mark,
                    "mention": p.mention.as_ref().map(|m| [m.start, m.end]), "speaker": p.speaker_name, "cue": p.cue, "confidence": p.confidence});
                let _ = writeln!(file, "{line}");
            }
        }
        let r = score::score_doc(&pred, &gold.quotes, &gold.reported);
        s.quotes.add(r.quotes);
        s.speaker_right += r.speaker_right;
        s.e2e.add(r.e2e);
        s.reported.add(r.reported);
        s.reported_content.add(r.reported_content);
        collect_errors(&mut s.errors, gold, &pred, &r);
    }
    s
}

fn collect_errors(
    out: &mut Vec<ErrorExample>,
    gold: &CorpusDoc,
    pred: &[Predicted],
    r: &score::DocResult,
) {
    let chars: Vec<char> = gold.text.chars().collect();
    let text = |r: &Range<usize>| -> String {
        chars[r.start.min(chars.len())..r.end.min(chars.len())]
            .iter()
            .collect()
    };
    let sources = |v: &[GoldSource]| -> String {
        let names: Vec<&str> = v.iter().map(|s| s.text.as_str()).collect();
        if names.is_empty() {
            "(no source)".into()
        } else {
            names.join(" | ")
        }
    };
    let said = |p: &Predicted| -> String {
        format!(
            "predicted mention {:?}, speaker {:?}",
            p.mention.as_ref().map(&text).unwrap_or_default(),
            p.speaker_name.clone().unwrap_or_default()
        )
    };
    let mut push = |kind, text: String, detail: String| {
        out.push(ErrorExample {
            kind,
            doc: gold.name.clone(),
            text,
            detail,
        })
    };
    for &g in &r.quote_missed {
        let q = &gold.quotes[g];
        push(
            ErrorKind::MissedQuote,
            text(&q.span),
            format!("gold source {}", sources(&q.sources)),
        );
    }
    for &p in &r.quote_spurious {
        push(
            ErrorKind::SpuriousQuote,
            text(&pred[p].span),
            said(&pred[p]),
        );
    }
    for &(p, g, right) in r.quote_pairs.iter().filter(|x| !x.2) {
        let _ = right;
        let q = &gold.quotes[g];
        push(
            ErrorKind::WrongSpeaker,
            text(&q.span),
            format!("gold source {}; {}", sources(&q.sources), said(&pred[p])),
        );
    }
    for &g in &r.reported_missed {
        let q = &gold.reported[g];
        let content: Vec<String> = q.content.iter().map(&text).collect();
        push(
            ErrorKind::MissedReported,
            content.join(" … "),
            format!("gold source {}", sources(&q.sources)),
        );
    }
    for &p in &r.reported_spurious {
        push(
            ErrorKind::SpuriousReported,
            text(&pred[p].span),
            said(&pred[p]),
        );
    }
    for &(p, g, _) in r.reported_pairs.iter().filter(|x| !x.2) {
        let q = &gold.reported[g];
        push(
            ErrorKind::ReportedWrongSpeaker,
            text(&pred[p].span),
            format!("gold source {}; {}", sources(&q.sources), said(&pred[p])),
        );
    }
}

/// `hark eval PATH` with default options.
pub fn run(path: &str) -> ExitCode {
    run_with(path, &EvalOptions::default())
}

pub fn run_with(path: &str, opts: &EvalOptions) -> ExitCode {
    let docs = match corpus::load(Path::new(path), &opts.split) {
        Ok(docs) => docs,
        Err(e) => {
            eprintln!("hark eval: {e}");
            return ExitCode::from(super::EXIT_SKIPPED);
        }
    };
    let scores = if opts.only_reported {
        // HARK_REPORTED_PERMISSIVE: every learned cue word, for
        // tools/learn_reported_precision.py to measure on train.
        let settings = match std::env::var_os("HARK_REPORTED_PERMISSIVE") {
            Some(_) => extract::reported::Settings {
                min_share: 0.05,
                min_precision: 0.0,
                ..Default::default()
            },
            None => tuning_settings(),
        };
        score_docs(&docs, |doc| {
            doc.quotes = extract::reported::find_reported_with(doc, &settings)
        })
    } else {
        score_docs(&docs, extract::extract)
    };
    // The report is written at once, so that a closed pipe (`| head`) ends
    // it quietly instead of a panic in `println!`.
    let mut out = String::new();
    if opts.json {
        let _ = writeln!(out, "{}", scores.to_json());
    } else {
        table(&mut out, &scores, &opts.split);
    }
    if opts.errors > 0 {
        error_examples(&mut out, &scores.errors, opts.errors);
    }
    super::output::write(&mut std::io::stdout().lock(), &out);
    ExitCode::from(super::EXIT_OK)
}

/// HARK_REPORTED_TUNE="min_share,trusted_share,min_precision": settings
/// to sweep while tuning on train.
fn tuning_settings() -> extract::reported::Settings {
    let mut s = extract::reported::Settings::default();
    if let Some(v) = std::env::var_os("HARK_REPORTED_TUNE") {
        let v: Vec<f32> = v
            .to_string_lossy()
            .split(',')
            .filter_map(|x| x.parse().ok())
            .collect();
        if let [a, b, c] = v[..] {
            s.min_share = a;
            s.trusted_share = b;
            s.min_precision = c;
        }
    }
    s
}

fn table(out: &mut String, s: &Scores, split: &str) {
    let line = |out: &mut String, name: &str, p: &Prf| {
        let _ = writeln!(
            out,
            "{name:<26} P {:.3}  R {:.3}  F1 {:.3}   ({} right, {} predicted, {} gold)",
            p.precision(),
            p.recall(),
            p.f1(),
            p.hits,
            p.predicted,
            p.gold
        );
    };
    let _ = writeln!(out, "{} articles ({split}), {} KB", s.docs, s.bytes / 1024);
    line(out, "direct quotes", &s.quotes);
    let _ = writeln!(
        out,
        "{:<26} {:.3}   ({} of {} matched quotes)",
        "speaker right",
        s.speaker_accuracy(),
        s.speaker_right,
        s.quotes.hits
    );
    line(out, "end-to-end", &s.e2e);
    line(out, "reported speech", &s.reported);
    line(out, "reported, content only", &s.reported_content);
    let secs = s.extract_time.as_secs_f64();
    if secs > 0.0 {
        let _ = writeln!(out, "extraction {:.1} MB/s", s.bytes as f64 / secs / 1e6);
    }
}

/// Up to `n` errors of each kind, spread over the whole corpus.
fn error_examples(out: &mut String, errors: &[ErrorExample], n: usize) {
    for kind in ErrorKind::ALL {
        let all: Vec<&ErrorExample> = errors.iter().filter(|e| e.kind == kind).collect();
        if all.is_empty() {
            continue;
        }
        let _ = writeln!(out, "\n== {} ({} in all)", kind.as_str(), all.len());
        let step = all.len().div_ceil(n).max(1);
        for e in all.iter().step_by(step).take(n) {
            let _ = writeln!(out, "- [{}] {:?}\n    {}", e.doc, e.text, e.detail);
        }
    }
}

//! `hark eval-html PATH`: scores the HTML reader on the Mozilla Readability
//! test pages and the ScrapingHub article-extraction benchmark found under
//! PATH (`../shared/article-data`).

pub mod metrics;
pub mod mozilla;
pub mod scrapinghub;

use std::fmt::Write as _;
use std::path::Path;
use std::process::ExitCode;

use crate::model::{BlockKind, Document};

/// The extracted content as Readability returns it: every block but the
/// headline and dek, captions and their credits included, one block per line.
pub fn content_text(doc: &Document) -> String {
    text_of(doc, |kind| {
        !matches!(kind, BlockKind::Title | BlockKind::Dek)
    })
}

/// The article body proper: what hark treats as running text and headings,
/// without the headline, dek and photo captions (which hark keeps apart, and
/// which the ScrapingHub annotators left out of the body).
pub fn body_text(doc: &Document) -> String {
    text_of(doc, |kind| {
        !matches!(
            kind,
            BlockKind::Title | BlockKind::Dek | BlockKind::Caption { .. } | BlockKind::CaptionTitle
        )
    })
}

fn text_of(doc: &Document, keep: impl Fn(&BlockKind) -> bool) -> String {
    let mut out = String::new();
    for block in &doc.blocks {
        if !keep(&block.kind) {
            continue;
        }
        out.push_str(&block.display_text());
        out.push('\n');
    }
    out
}

pub fn run(path: &str) -> ExitCode {
    let root = Path::new(path);
    let mozilla_dir = root.join("mozilla-readability-test-pages/test-pages");
    let scrapinghub_dir = root.join("scrapinghub-article-extraction-benchmark");
    let mut ok = false;
    if mozilla_dir.is_dir() {
        match mozilla::evaluate(&mozilla_dir, None) {
            Ok(s) => {
                ok = true;
                let mut out = String::new();
                mozilla_table(&mut out, &s);
                super::output::write(&mut std::io::stdout().lock(), &out);
            }
            Err(e) => eprintln!("hark: {e}"),
        }
    } else {
        eprintln!(
            "hark: {}: no Mozilla test pages here",
            mozilla_dir.display()
        );
    }
    if scrapinghub_dir.is_dir() {
        match scrapinghub::evaluate(&scrapinghub_dir, None) {
            Ok((rows, _)) => {
                ok = true;
                let mut out = String::new();
                scrapinghub_table(&mut out, &rows);
                super::output::write(&mut std::io::stdout().lock(), &out);
            }
            Err(e) => eprintln!("hark: {e}"),
        }
    } else {
        eprintln!(
            "hark: {}: no ScrapingHub benchmark here",
            scrapinghub_dir.display()
        );
    }
    ExitCode::from(if ok {
        super::EXIT_OK
    } else {
        super::EXIT_SKIPPED
    })
}

fn mozilla_table(out: &mut String, s: &mozilla::Summary) {
    let _ = writeln!(out, "Mozilla Readability test pages ({} pages)", s.pages);
    let _ = writeln!(out);
    let _ = writeln!(out, "| measure | hark |");
    let _ = writeln!(out, "|---|---|");
    let _ = writeln!(
        out,
        "| title equal to expected-metadata.json | {} / {} |",
        s.titles, s.pages
    );
    let _ = writeln!(
        out,
        "| byline equal to expected-metadata.json | {} / {} |",
        s.bylines, s.pages
    );
    let _ = writeln!(
        out,
        "| body token F1 vs expected.html (mean) | {:.3} |",
        s.mean_f1
    );
    let _ = writeln!(out);
    let verbose = std::env::var_os("HARK_EVAL_VERBOSE").is_some();
    for r in &s.results {
        if let Some(e) = &r.error {
            let _ = writeln!(out, "  {}: error: {e}", r.name);
        } else if verbose && (!r.title_ok || !r.byline_ok || r.f1 < 0.95) {
            let _ = writeln!(
                out,
                "  {}: title {} byline {} F1 {:.3}",
                r.name,
                if r.title_ok { "ok" } else { "DIFF" },
                if r.byline_ok { "ok" } else { "DIFF" },
                r.f1
            );
        }
    }
    let _ = writeln!(out);
}

fn scrapinghub_table(out: &mut String, rows: &[scrapinghub::Row]) {
    let _ = writeln!(
        out,
        "ScrapingHub article-extraction benchmark (181 pages, 4-token shingles)"
    );
    let _ = writeln!(out);
    let _ = writeln!(
        out,
        "| extractor | version | precision | recall | F1 | accuracy |"
    );
    let _ = writeln!(out, "|---|---|---|---|---|---|");
    for r in rows {
        let name = if r.name == "hark" {
            "**hark**"
        } else {
            r.name.as_str()
        };
        let _ = writeln!(
            out,
            "| {name} | {} | {:.3} | {:.3} | {:.3} | {:.3} |",
            r.version, r.precision, r.recall, r.f1, r.accuracy
        );
    }
}

//! Quotes found in HTML articles and feed items carry offsets into the text
//! `hark text` prints (the document's plain text), on fixtures and on the
//! Mozilla test pages that the README marks as news with quotations.

use std::path::Path;

use hark::extract::extract;
use hark::ingest::{feed, html};
use hark::model::Document;

fn check(doc: &Document) -> usize {
    assert_eq!(doc.source, doc.plain_text(), "{}", doc.path);
    for q in &doc.quotes {
        assert_eq!(
            &doc.source[q.span.start..q.span.end],
            q.span.text,
            "{}",
            doc.path
        );
        if let Some(m) = &q.mention {
            assert_eq!(&doc.source[m.start..m.end], m.text, "{}", doc.path);
        }
    }
    doc.quotes.len()
}

#[test]
fn fixture_quotes_point_into_the_plain_text() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/html");
    let mut doc = html::parse(
        "captions.html",
        &std::fs::read(dir.join("captions.html")).unwrap(),
    )
    .unwrap();
    extract(&mut doc);
    assert!(check(&doc) >= 1);
    assert!(
        doc.quotes
            .iter()
            .any(|q| q.span.text.starts_with("This tower has guided boats home"))
    );
    for mut doc in feed::parse("rss2.xml", &std::fs::read(dir.join("rss2.xml")).unwrap()).unwrap() {
        extract(&mut doc);
        check(&doc);
    }
}

#[test]
fn news_test_pages_quotes_point_into_the_plain_text() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../shared/article-data/mozilla-readability-test-pages/test-pages");
    if !dir.is_dir() {
        eprintln!("SKIP: {} not found", dir.display());
        return;
    }
    let mut total = 0;
    for case in [
        "nytimes-1",
        "wapo-1",
        "bbc-1",
        "guardian-1",
        "seattletimes-1",
        "buzzfeed-1",
        "theverge",
    ] {
        let bytes = std::fs::read(dir.join(case).join("source.html")).unwrap();
        let mut doc = html::parse(case, &bytes).unwrap();
        extract(&mut doc);
        total += check(&doc);
    }
    assert!(total > 20, "only {total} quotes found");
}

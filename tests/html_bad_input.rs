//! Bad pages: malformed markup, no article, a 50 MB page, nesting 100 000
//! levels deep. Each gives a clear error or a best-effort article, quickly.

use std::time::{Duration, Instant};

use hark::ingest::html;

fn fixture(name: &str) -> Vec<u8> {
    std::fs::read(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/fixtures/html")
            .join(name),
    )
    .unwrap()
}

#[test]
fn malformed_markup_gives_a_best_effort_article() {
    let doc = html::parse("malformed.html", &fixture("malformed.html")).unwrap();
    assert_eq!(doc.source, doc.plain_text());
    assert!(
        doc.source
            .contains("\"We have never seen water this high,\" said the fire chief")
    );
    assert!(doc.source.contains("& they were declared safe © 2024"));
}

#[test]
fn page_without_an_article_is_a_clear_error() {
    let err = html::parse("no-article.html", &fixture("no-article.html")).unwrap_err();
    assert_eq!(err, "no article text found in the page");
}

#[test]
fn empty_and_binary_input_do_not_panic() {
    assert!(html::parse("empty.html", b"").is_err());
    let junk: Vec<u8> = (0..20_000u32).map(|i| (i * 7919 % 251) as u8).collect();
    let _ = html::parse("junk.html", &junk);
}

fn deep_page(levels: usize, tag: &str) -> String {
    let mut s = String::from(
        "<html><head><title>Deep</title></head><body><article><p>An article with an absurdly deep \
         tree, long enough to be read as an article by the extractor: it needs a few words.</p>",
    );
    s.push_str(&format!("<{tag}>").repeat(levels));
    s.push_str("the deepest words");
    s.push_str(&format!("</{tag}>").repeat(levels));
    s.push_str("</article></body></html>");
    s
}

#[test]
fn nesting_100_000_levels_deep_neither_overflows_nor_hangs() {
    for tag in ["div", "span", "blockquote"] {
        let start = Instant::now();
        let doc = html::parse("deep.html", deep_page(100_000, tag).as_bytes()).unwrap();
        assert!(
            start.elapsed() < Duration::from_secs(20),
            "{tag}: {:?}",
            start.elapsed()
        );
        assert!(
            doc.source.contains("the deepest words"),
            "{tag}: {}",
            doc.source
        );
        assert!(doc.warnings.iter().any(|w| w.contains("flattened")));
    }
}

#[test]
fn deep_nesting_costs_linear_time() {
    // Ten times the depth must cost far less than a hundred times the time.
    let time = |levels| {
        let page = deep_page(levels, "div");
        let start = Instant::now();
        html::parse("deep.html", page.as_bytes()).unwrap();
        start.elapsed()
    };
    let small = time(10_000).max(Duration::from_millis(5));
    let large = time(100_000);
    assert!(large < small * 30, "10k: {small:?}, 100k: {large:?}");
}

#[test]
fn a_50_mb_page_is_read() {
    let para = "<p>The minister said the plan would \"change everything\" for the region, \
                according to <a href=\"/x\">officials</a> who spoke on Tuesday.</p>\n";
    let mut page = String::from("<html><head><title>Big</title></head><body><article>");
    while page.len() < 50 << 20 {
        page.push_str(para);
    }
    page.push_str("</article></body></html>");
    let start = Instant::now();
    let doc = html::parse("big.html", page.as_bytes()).unwrap();
    assert!(
        start.elapsed() < Duration::from_secs(120),
        "{:?}",
        start.elapsed()
    );
    assert!(doc.blocks.len() > 300_000);
    assert_eq!(doc.source.len(), doc.plain_text().len());
}

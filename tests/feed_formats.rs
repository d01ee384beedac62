//! Each feed format: every item becomes an article, the feed's title is the
//! outlet, and offsets point into the item's plain text.

use hark::ingest::feed;
use hark::model::{BlockKind, Document, Format};

fn read(name: &str) -> Vec<Document> {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/html")
        .join(name);
    let docs =
        feed::parse(name, &std::fs::read(path).unwrap()).unwrap_or_else(|e| panic!("{name}: {e}"));
    for doc in &docs {
        assert_eq!(doc.format, Format::Feed);
        assert_eq!(doc.source, doc.plain_text());
        for block in &doc.blocks {
            assert_eq!(
                &doc.source[block.source_range(0..block.text.len())],
                block.text
            );
        }
    }
    docs
}

#[test]
fn rss_2_items_with_content_encoded() {
    let docs = read("rss2.xml");
    assert_eq!(docs.len(), 2);
    let m = &docs[0].meta;
    assert_eq!(
        m.title.as_deref(),
        Some("Bridge reopens after six months of repairs")
    );
    assert_eq!(m.outlet.as_deref(), Some("The Valley Courier"));
    assert_eq!(
        m.url.as_deref(),
        Some("https://courier.example/2024/03/bridge-reopens")
    );
    assert_eq!(m.byline.as_deref(), Some("Ruth Almeida"));
    assert_eq!(m.date_iso.as_deref(), Some("2024-03-12"));
    assert!(
        docs[0]
            .source
            .contains("\"It feels like the town has been stitched back together,\" said Kim Soto")
    );
    let caption = docs[0]
        .blocks
        .iter()
        .find(|b| matches!(b.kind, BlockKind::Caption { .. }))
        .unwrap();
    assert_eq!(
        caption.kind,
        BlockKind::Caption {
            credit: Some("Photo: Lee Park".into())
        }
    );
    // "editor@site (Name)" keeps the name; escaped HTML in the summary is read as HTML.
    assert_eq!(docs[1].meta.byline.as_deref(), Some("Tom Hughes"));
    assert!(
        docs[1]
            .source
            .contains("The choir of St Anne’s school won first prize.")
    );
}

#[test]
fn rss_1_0() {
    let docs = read("rss1.rdf");
    assert_eq!(docs.len(), 1);
    assert_eq!(docs[0].meta.outlet.as_deref(), Some("Hill Gazette"));
    assert_eq!(docs[0].meta.byline.as_deref(), Some("Ines Carvalho"));
    assert_eq!(docs[0].meta.date_iso.as_deref(), Some("2023-11-05"));
}

#[test]
fn rss_0_91() {
    let docs = read("rss091.xml");
    assert_eq!(
        docs[0].meta.title.as_deref(),
        Some("Market moves to the square")
    );
    assert_eq!(docs[0].meta.outlet.as_deref(), Some("Old Town Weekly"));
    assert!(docs[0].source.contains("organisers said."));
}

#[test]
fn atom() {
    let docs = read("atom.xml");
    let m = &docs[0].meta;
    assert_eq!(m.title.as_deref(), Some("Ferry service doubles in summer"));
    assert_eq!(m.byline.as_deref(), Some("Noah Berger"));
    assert_eq!(m.url.as_deref(), Some("https://lakeside.example/ferry"));
    assert_eq!(m.date_iso.as_deref(), Some("2024-06-01"));
    assert!(
        docs[0]
            .blocks
            .iter()
            .any(|b| b.kind == BlockKind::BlockQuote)
    );
}

#[test]
fn json_feed() {
    let docs = read("feed.json");
    let m = &docs[0].meta;
    assert_eq!(m.title.as_deref(), Some("Volunteers clear the towpath"));
    assert_eq!(m.outlet.as_deref(), Some("Riverside Notes"));
    assert_eq!(m.byline.as_deref(), Some("Sam Oduya"));
    assert!(
        docs[0]
            .source
            .contains("\"We filled sixty bags,\" said organiser Dee Marsh.")
    );
}

#[test]
fn broken_dates_and_entities_give_best_effort_articles() {
    let docs = read("broken.xml");
    assert_eq!(docs.len(), 2);
    assert_eq!(docs[0].meta.date, None);
    assert_eq!(
        docs[0].meta.title.as_deref(),
        Some("Council approves budget — with cuts")
    );
    assert!(docs[0].source.contains("cuts were \"unavoidable\" …"));
    assert!(docs[1].source.contains("a stray & ampersand"));
}

#[test]
fn garbage_is_a_clear_error() {
    let err = feed::parse("x.xml", b"<rss><channel><item>").unwrap_err();
    assert!(err.starts_with("not a readable feed"), "{err}");
    let err = feed::parse("x.json", b"{\"not\": \"a feed\"}").unwrap_err();
    assert!(err.starts_with("not a readable feed"), "{err}");
}

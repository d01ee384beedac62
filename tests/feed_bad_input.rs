//! Feeds that nest absurdly deep, in the XML or in an item's HTML: a clear
//! error or a best-effort article, quickly, never a stack overflow.

use std::time::{Duration, Instant};

use hark::ingest::feed;

const LEVELS: usize = 100_000;

fn rss(item_inner: &str) -> String {
    format!(
        "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>T</title>\
         <item><title>A</title>{item_inner}</item></channel></rss>"
    )
}

#[test]
fn deeply_nested_xml_is_a_clear_error() {
    let inner = format!("{}deep{}", "<x>".repeat(LEVELS), "</x>".repeat(LEVELS));
    let start = Instant::now();
    let err = feed::parse("deep.xml", rss(&inner).as_bytes()).unwrap_err();
    assert!(start.elapsed() < Duration::from_secs(10));
    assert!(err.starts_with("not a readable feed"), "{err}");
}

#[test]
fn deeply_nested_item_html_is_read() {
    let inner = format!(
        "<description><![CDATA[{}deep{}]]></description>",
        "<div>".repeat(LEVELS),
        "</div>".repeat(LEVELS)
    );
    let start = Instant::now();
    let docs = feed::parse("deep.xml", rss(&inner).as_bytes()).unwrap();
    assert!(start.elapsed() < Duration::from_secs(10));
    assert_eq!(docs[0].source, "A\n\ndeep\n");
}

#[test]
fn deeply_nested_json_feed_does_not_overflow() {
    let json = format!(
        "{{\"version\":\"https://jsonfeed.org/version/1\",\"title\":\"T\",\"items\":[{{\"id\":\"1\",\
         \"content_text\":\"x\",\"extra\":{}1{}}}]}}",
        "[".repeat(LEVELS),
        "]".repeat(LEVELS)
    );
    let _ = feed::parse("deep.json", json.as_bytes());
}

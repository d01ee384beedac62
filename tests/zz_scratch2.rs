#[test]
fn deep() {
    let n: usize = std::env::var("N").unwrap().parse().unwrap();
    let tag = std::env::var("TAG").unwrap_or("div".into());
    let mut s = String::from(
        "<html><body><article><p>Intro text that is long enough to count as an article, with several words in it.</p>",
    );
    for _ in 0..n {
        s.push_str(&format!("<{tag}>"));
    }
    s.push_str("deep text");
    for _ in 0..n {
        s.push_str(&format!("</{tag}>"));
    }
    s.push_str("</article></body></html>");
    let t = std::time::Instant::now();
    let r = hark::ingest::html::parse("deep.html", s.as_bytes());
    eprintln!("n={n} {:?} -> {:?}", t.elapsed(), r.map(|d| d.source.len()));
}
#[test]
fn deep_parse_only() {
    let n: usize = std::env::var("N").unwrap().parse().unwrap();
    let mut s = String::from("<html><body><article><p>Intro</p>");
    for _ in 0..n {
        s.push_str("<div>");
    }
    s.push_str("deep text");
    for _ in 0..n {
        s.push_str("</div>");
    }
    let t = std::time::Instant::now();
    let d = dom_query::Document::from(s);
    eprintln!("parse n={n} {:?}", t.elapsed());
    let t = std::time::Instant::now();
    let _ = d.root().text();
    eprintln!("text n={n} {:?}", t.elapsed());
}
#[test]
fn big() {
    let mb: usize = std::env::var("MB").unwrap().parse().unwrap();
    let mut s = String::from("<html><head><title>Big</title></head><body><article>");
    let para = "<p>The minister said the plan, which is long and detailed, would \"change everything\" for the region, according to <a href=\"/x\">officials</a>.</p>\n";
    while s.len() < mb << 20 {
        s.push_str(para);
    }
    s.push_str("</article></body></html>");
    let t = std::time::Instant::now();
    let r = hark::ingest::html::parse("big.html", s.as_bytes());
    eprintln!(
        "mb={mb} {:?} -> {:?}",
        t.elapsed(),
        r.map(|d| d.blocks.len())
    );
}

use hark::cli::eval_html::{metrics, scrapinghub};
#[test]
fn worst() {
    let dir =
        std::path::Path::new("../shared/article-data/scrapinghub-article-extraction-benchmark");
    let (_rows, ours) = scrapinghub::evaluate(dir, None).unwrap();
    let truth: serde_json::Value =
        serde_json::from_slice(&std::fs::read(dir.join("ground-truth.json")).unwrap()).unwrap();
    let mut v = vec![];
    for (id, body) in &ours {
        let t = truth[id]["articleBody"].as_str().unwrap();
        let (tp, fp, fneg) = metrics::shingle_counts(t, body);
        v.push((
            tp,
            fp,
            fneg,
            id.clone(),
            truth[id]["url"].as_str().unwrap().to_string(),
            body.len(),
            t.len(),
        ));
    }
    v.sort_by(|a, b| a.0.total_cmp(&b.0));
    for x in v.iter().take(25) {
        eprintln!(
            "tp {:.2} fp {:.2} fn {:.2} {} {} ours {} truth {}",
            x.0,
            x.1,
            x.2,
            &x.3[..8],
            x.4,
            x.5,
            x.6
        );
    }
}
#[test]
fn diff() {
    use std::io::Read;
    let dir =
        std::path::Path::new("../shared/article-data/scrapinghub-article-extraction-benchmark");
    let truth: serde_json::Value =
        serde_json::from_slice(&std::fs::read(dir.join("ground-truth.json")).unwrap()).unwrap();
    for pre in std::env::var("IDS").unwrap().split(',') {
        let id = truth
            .as_object()
            .unwrap()
            .keys()
            .find(|k| k.starts_with(pre))
            .unwrap()
            .clone();
        let mut text = String::new();
        flate2::read::GzDecoder::new(
            std::fs::File::open(dir.join("html").join(format!("{id}.html.gz"))).unwrap(),
        )
        .read_to_string(&mut text)
        .unwrap();
        let doc = hark::ingest::html::parse_text(&id, text, vec![]).unwrap();
        let t = truth[&id]["articleBody"].as_str().unwrap();
        eprintln!("##### {pre}");
        for b in &doc.blocks {
            let toks = metrics::tokens(&b.text);
            let inside = toks
                .windows(4.min(toks.len()))
                .filter(|w| t.contains(&w.join(" ")))
                .count();
            let mark = if inside == 0 { "XX" } else { "  " };
            eprintln!(
                "{mark} {:?} {}",
                b.kind,
                &b.text.chars().take(140).collect::<String>()
            );
        }
    }
}
#[test]
fn with_captions() {
    use std::io::Read;
    let dir =
        std::path::Path::new("../shared/article-data/scrapinghub-article-extraction-benchmark");
    let truth: serde_json::Value =
        serde_json::from_slice(&std::fs::read(dir.join("ground-truth.json")).unwrap()).unwrap();
    let mut counts = vec![];
    for (id, v) in truth.as_object().unwrap() {
        let mut text = String::new();
        flate2::read::GzDecoder::new(
            std::fs::File::open(dir.join("html").join(format!("{id}.html.gz"))).unwrap(),
        )
        .read_to_string(&mut text)
        .unwrap();
        let body = hark::ingest::html::parse_text(id, text, vec![])
            .map(|d| hark::cli::eval_html::content_text(&d))
            .unwrap_or_default();
        counts.push(metrics::shingle_counts(
            v["articleBody"].as_str().unwrap(),
            &body,
        ));
    }
    eprintln!("WITH CAPTIONS {:?}", metrics::aggregate(&counts));
}

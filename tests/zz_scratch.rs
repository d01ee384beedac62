#[test]
fn scratch() {
    let dir =
        std::path::Path::new("../shared/article-data/mozilla-readability-test-pages/test-pages");
    for name in std::env::var("CASES").unwrap().split(',') {
        let bytes = std::fs::read(dir.join(name).join("source.html")).unwrap();
        let meta = std::fs::read_to_string(dir.join(name).join("expected-metadata.json")).unwrap();
        match hark::ingest::html::parse(name, &bytes) {
            Ok(doc) => {
                eprintln!(
                    "== {name}\nexpected {meta}\n got title={:?} byline={:?} date={:?} outlet={:?} url={:?}",
                    doc.meta.title, doc.meta.byline, doc.meta.date, doc.meta.outlet, doc.meta.url
                );
                if std::env::var("TEXT").is_ok() {
                    eprintln!("{}", &doc.source[..doc.source.len().min(3000)]);
                }
            }
            Err(e) => eprintln!("== {name}: {e}"),
        }
    }
}

//! End to end on the two bundled articles: ingest, extract, library. Checks
//! the seeds gold's `across_documents` (merged speakers, the three
//! same-statement pairs and no other match).

mod library_fixture;

use hark::library::Library;

#[test]
fn bundled_articles_across_documents() {
    let Some(gold) = library_fixture::seeds_gold() else {
        eprintln!("skipping: ../shared/gold/seeds.json not found");
        return;
    };
    let mut docs = hark::ingest::bundled();
    assert_eq!(docs.len(), 2, "two bundled articles");
    for doc in &mut docs {
        hark::extract::extract(doc);
    }
    let paths: Vec<String> = docs.iter().map(|d| d.path.clone()).collect();
    let lib = Library::new(docs);
    // Gold files 000_… and 001_… are the bundled articles in order.
    library_fixture::assert_across_documents(&lib, &gold, |file| {
        let index = if file.starts_with("000_") { 0 } else { 1 };
        paths[index].clone()
    });
}

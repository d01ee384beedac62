//! The library on the two seed articles, with the quotes and speakers of the
//! seeds gold built by hand (no extractor needed): merged speakers and the
//! three `same_statement` pairs, and no other match.

mod library_fixture;

use hark::library::{Library, QuoteId, StatementMatch, WordMatch};

fn gold() -> Option<serde_json::Value> {
    let text =
        std::fs::read_to_string(library_fixture::shared_dir().join("gold/seeds.json")).ok()?;
    serde_json::from_str(&text).ok()
}

/// True when quote `id` is in file `file` and starts (case aside) with `starts`.
fn is_quote(lib: &Library, id: QuoteId, file: &str, starts: &str) -> bool {
    let text = &lib.quote(id).unwrap().span.text;
    lib.documents[id.doc].path == file && text.to_lowercase().starts_with(&starts.to_lowercase())
}

fn describe(lib: &Library, m: &StatementMatch) -> String {
    let text = |id: QuoteId| lib.quote(id).unwrap().span.text.clone();
    format!("{} | {} | {:.3}", text(m.a), text(m.b), m.similarity)
}

#[test]
fn same_speakers_are_merged_across_the_seed_articles() {
    let (Some(docs), Some(gold)) = (library_fixture::seed_docs(), gold()) else {
        return;
    };
    let lib = Library::new(docs);
    for name in gold["across_documents"]["same_speakers"]
        .as_array()
        .unwrap()
    {
        let name = name.as_str().unwrap();
        let found: Vec<_> = lib.speakers.iter().filter(|s| s.name == name).collect();
        assert_eq!(found.len(), 1, "{name} once");
        assert_eq!(found[0].articles, [0, 1], "{name} in both articles");
    }
    let fomin = lib
        .speakers
        .iter()
        .find(|s| s.name == "Alexander Fomin")
        .unwrap();
    let roles: Vec<&str> = fomin.roles.iter().map(|(_, r)| r.as_str()).collect();
    assert_eq!(
        roles,
        [
            "Russia's Deputy Defense Minister",
            "Moscow's deputy defense minister"
        ]
    );
    // Sorted by quote count.
    assert!(lib.speakers.windows(2).all(|w| w[0].quotes >= w[1].quotes));
    // Groups stay groups.
    assert!(lib.speakers.iter().any(|s| s.name == "Russian officials"));
}

#[test]
fn the_three_same_statement_pairs_and_no_other() {
    let (Some(docs), Some(gold)) = (library_fixture::seed_docs(), gold()) else {
        return;
    };
    let lib = Library::new(docs);
    let pairs = gold["across_documents"]["same_statement"]
        .as_array()
        .unwrap();
    for pair in pairs {
        let found = lib.matches.iter().any(|m| {
            is_quote(
                &lib,
                m.a,
                pair["a"]["file"].as_str().unwrap(),
                pair["a"]["quote_starts"].as_str().unwrap(),
            ) && is_quote(
                &lib,
                m.b,
                pair["b"]["file"].as_str().unwrap(),
                pair["b"]["quote_starts"].as_str().unwrap(),
            ) && lib.speakers[m.speaker].name == pair["speaker"]
        });
        let all: Vec<String> = lib.matches.iter().map(|m| describe(&lib, m)).collect();
        assert!(found, "missing {pair}; found {all:#?}");
    }
    let all: Vec<String> = lib.matches.iter().map(|m| describe(&lib, m)).collect();
    assert_eq!(lib.matches.len(), pairs.len(), "{all:#?}");
}

#[test]
fn matches_carry_aligned_words() {
    let Some(docs) = library_fixture::seed_docs() else {
        return;
    };
    let lib = Library::new(docs);
    let word = |id: QuoteId, r: &std::ops::Range<usize>| {
        lib.quote(id).unwrap().span.text[r.clone()].to_string()
    };
    let single = lib
        .matches
        .iter()
        .find(|m| lib.quote(m.a).unwrap().span.text == "radically")
        .expect("radically matched");
    assert_eq!(single.words.len(), 1);
    assert_eq!(word(single.a, &single.words[0].a), "radically");
    assert_eq!(word(single.b, &single.words[0].b), "drastically");
    assert_eq!(single.words[0].kind, WordMatch::Substitute);
    let long = lib
        .matches
        .iter()
        .find(|m| lib.quote(m.b).unwrap().span.text.starts_with("Given"))
        .unwrap();
    let same: Vec<String> = long
        .words
        .iter()
        .filter(|w| w.kind == WordMatch::Same)
        .map(|w| word(long.a, &w.a))
        .collect();
    assert!(same.contains(&"Chernihiv".to_string()), "{same:?}");
    // Lookups the reader uses.
    assert!(lib.has_counterparts(single.a));
    assert_eq!(lib.matches_of(single.b).count(), 1);
    let fomin = lib.speaker_of(single.a).unwrap();
    assert_eq!(lib.speakers[fomin].name, "Alexander Fomin");
    assert_eq!(lib.quotes_of(fomin).len(), lib.speakers[fomin].quotes);
    assert!(lib.quotes_of(fomin).windows(2).all(|w| w[0] < w[1]));
}

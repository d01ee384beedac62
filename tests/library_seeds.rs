//! The library on the two seed articles, with the quotes and speakers of the
//! seeds gold built by hand (no extractor needed): merged speakers and the
//! three `same_statement` pairs, and no other match.

mod library_fixture;

use hark::library::{Library, QuoteId, WordMatch};

#[test]
fn across_documents_as_the_gold_says() {
    let (Some(docs), Some(gold)) = (library_fixture::seed_docs(), library_fixture::seeds_gold())
    else {
        return;
    };
    let lib = Library::new(docs);
    library_fixture::assert_across_documents(&lib, &gold, str::to_string);
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
    assert!(
        lib.speakers.windows(2).all(|w| w[0].quotes >= w[1].quotes),
        "sorted by quote count"
    );
    assert!(
        lib.speakers.iter().any(|s| s.name == "Russian officials"),
        "the group stays a group"
    );
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

#[test]
fn partial_quotes_match_by_their_sentences_without_the_fuller_quotes() {
    let Some(mut docs) = library_fixture::seed_docs() else {
        return;
    };
    for doc in &mut docs {
        doc.quotes
            .retain(|q| q.kind == hark::model::QuoteKind::Partial);
    }
    let lib = Library::new(docs);
    let texts = library_fixture::matched_texts(&lib);
    assert_eq!(
        texts,
        [("radically".to_string(), "drastically".to_string())]
    );
    assert_eq!(lib.matches[0].words[0].kind, WordMatch::Substitute);
}

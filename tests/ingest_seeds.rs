//! The bundled articles' body paragraphs hold body text only: no caption,
//! credit, related-link, update-note or source-URL text leaks into them.

use hark::ingest;
use hark::model::{BlockKind, Document};

fn body(doc: &Document) -> Vec<&str> {
    doc.blocks
        .iter()
        .filter(|b| b.is_body())
        .map(|b| b.text.as_str())
        .collect()
}

#[test]
fn nothing_but_body_text_in_body_paragraphs() {
    for doc in ingest::bundled() {
        let non_body: Vec<&str> = doc
            .blocks
            .iter()
            .filter(|b| !b.is_body() && b.kind != BlockKind::Title)
            .map(|b| b.text.as_str())
            .collect();
        assert!(
            !non_body.is_empty(),
            "{}: no caption or note found",
            doc.path
        );
        for para in body(&doc) {
            for leak in [
                "Getty Images",
                "UNIAN",
                "Related article",
                "contributed reporting",
                "Original url",
                "https://",
                "Update 03/29/22",
                "Anti-tank hedgehogs",
                "A Ukrainian soldier stands",
            ] {
                assert!(
                    !para.contains(leak),
                    "{}: {leak:?} in body: {para}",
                    doc.path
                );
            }
            assert!(
                para.len() > 40,
                "{}: short body paragraph {para:?}",
                doc.path
            );
        }
    }
}

#[test]
fn seed_block_kinds() {
    let docs = ingest::bundled();
    let kinds = |d: &Document| -> Vec<String> {
        d.blocks
            .iter()
            .filter(|b| !b.is_body())
            .map(|b| format!("{:?}", b.kind))
            .collect()
    };
    assert_eq!(
        kinds(&docs[0]),
        [
            "Title",
            "UpdateNote",
            "CaptionTitle",
            "Caption { credit: Some(\"Anatolii Stepanov / AFP/Getty Images\") }"
        ]
    );
    assert_eq!(
        kinds(&docs[1]),
        [
            "Title",
            "Caption { credit: Some(\"Aleksandr Sinita / UNIAN\") }",
            "Related { url: None }",
            "Credit"
        ]
    );
    assert_eq!(body(&docs[0]).len(), 12);
    assert_eq!(body(&docs[1]).len(), 11);
}

#[test]
fn every_verbatim_word_maps_to_its_source_bytes() {
    for doc in ingest::bundled() {
        for b in &doc.blocks {
            let mut pos = 0;
            for word in b.text.split(' ') {
                let range = b.source_range(pos..pos + word.len());
                assert_eq!(&doc.source[range], word, "{}: {:?}", doc.path, b.text);
                pos += word.len() + 1;
            }
            assert!(b.source.end <= doc.source.len());
        }
        for span in doc.blocks.iter().flat_map(|b| &b.spans) {
            assert!(span.range.start < span.range.end);
        }
    }
}

#[test]
fn link_span_on_told() {
    let doc = &ingest::bundled()[1];
    let block = doc
        .blocks
        .iter()
        .find(|b| b.text.contains("Alexander Fomin told"))
        .unwrap();
    let span = &block.spans[0];
    assert_eq!(&block.text[span.range.clone()], "told");
    assert_eq!(&doc.source[block.source_range(span.range.clone())], "told");
}

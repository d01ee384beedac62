//! One saved page per kind of structure: captions with credits, bylines in
//! several forms, JSON-LD dates, a legacy charset. Offsets must point into the
//! text `hark text` prints.

use hark::ingest::html;
use hark::model::{BlockKind, Document, InlineKind};

fn fixture(name: &str) -> Vec<u8> {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/html")
        .join(name);
    std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn page(name: &str) -> Document {
    html::parse(name, &fixture(name)).unwrap_or_else(|e| panic!("{name}: {e}"))
}

/// Every block's text sits in the source where its offsets say.
fn assert_offsets_hold(doc: &Document) {
    assert_eq!(doc.source, doc.plain_text());
    for block in &doc.blocks {
        let at = block.source_range(0..block.text.len());
        assert_eq!(&doc.source[at], block.text);
        for span in &block.spans {
            let at = block.source_range(span.range.clone());
            assert_eq!(&doc.source[at], &block.text[span.range.clone()]);
        }
    }
}

fn captions(doc: &Document) -> Vec<(String, Option<String>)> {
    doc.blocks
        .iter()
        .filter_map(|b| match &b.kind {
            BlockKind::Caption { credit } => Some((b.text.clone(), credit.clone())),
            _ => None,
        })
        .collect()
}

#[test]
fn captions_keep_their_credits_apart() {
    let doc = page("captions.html");
    assert_offsets_hold(&doc);
    assert_eq!(
        captions(&doc),
        vec![
            (
                "The lighthouse after the January storm.".into(),
                Some("Tomas Berg / Ledger Photo".into())
            ),
            (
                "Residents waited outside the town hall during the debate.".into(),
                Some("Photo: Ana Lind for The Coastal Ledger".into())
            ),
            (
                "The last keeper's logbook, kept at the museum.".into(),
                Some("AP Photo/Sam Reyes".into())
            ),
        ]
    );
    for block in doc.blocks.iter().filter(|b| b.is_body()) {
        assert!(
            !block.text.contains("Photo"),
            "credit left in {:?}",
            block.text
        );
    }
}

#[test]
fn page_structure_and_metadata() {
    let doc = page("captions.html");
    let m = &doc.meta;
    assert_eq!(
        m.title.as_deref(),
        Some("Harbour town votes to rebuild its old lighthouse")
    );
    assert_eq!(m.byline.as_deref(), Some("Mira Okafor"));
    assert_eq!(m.outlet.as_deref(), Some("The Coastal Ledger"));
    assert_eq!(m.date_iso.as_deref(), Some("2024-05-14"));
    assert_eq!(
        m.url.as_deref(),
        Some("https://ledger.example/news/lighthouse-rebuild")
    );
    assert_eq!(
        m.dek.as_deref(),
        Some(
            "Councillors backed a plan to restore the 1890 tower after a storm damaged it last winter."
        )
    );
    let kinds: Vec<&BlockKind> = doc.blocks.iter().map(|b| &b.kind).collect();
    assert_eq!(kinds[0], &BlockKind::Title);
    assert_eq!(kinds[1], &BlockKind::Dek);
    assert!(kinds.contains(&&BlockKind::Heading { level: 2 }));
    assert!(kinds.contains(&&BlockKind::BlockQuote));
    assert_eq!(
        kinds.iter().filter(|k| ***k == BlockKind::ListItem).count(),
        2
    );
    // Navigation, share buttons, the related box, footer and scripts are gone,
    // and so is the "By …" line (it is metadata).
    for gone in [
        "Home",
        "Tweet",
        "Most read",
        "All rights reserved",
        "advert",
        "By Mira",
    ] {
        assert!(!doc.source.contains(gone), "{gone:?} left in the text");
    }
    // Links stay links inside their sentence; emphasis is kept.
    let quote = doc
        .blocks
        .iter()
        .find(|b| b.text.starts_with("\"This tower"))
        .expect("the mayor's paragraph");
    let link = &quote.spans[0];
    assert_eq!(&quote.text[link.range.clone()], "the budget");
    assert_eq!(
        link.kind,
        InlineKind::Link {
            url: "https://ledger.example/budget".into()
        }
    );
    // "… contributed reporting." is an editorial credit, not body text.
    assert_eq!(
        m.credits,
        vec!["Reuters contributed reporting.".to_string()]
    );
    assert_eq!(doc.blocks.last().unwrap().kind, BlockKind::Credit);
    let last = &doc.blocks[doc.blocks.len() - 2];
    assert!(
        last.spans.iter().any(|s| s.kind == InlineKind::Emphasis
            && &last.text[s.range.clone()] == "Friends of the Light")
    );
    assert!(last.spans.iter().any(|s| s.kind == InlineKind::Strong));
}

#[test]
fn json_ld_gives_authors_and_dates() {
    let doc = page("byline-jsonld.html");
    assert_offsets_hold(&doc);
    assert_eq!(doc.meta.byline.as_deref(), Some("Daniel Reyes, Priya Nair"));
    assert_eq!(doc.meta.date.as_deref(), Some("2023-11-02T09:15:00+01:00"));
    assert_eq!(doc.meta.date_iso.as_deref(), Some("2023-11-02"));
    assert_eq!(doc.meta.outlet.as_deref(), Some("Northfield Post"));
}

#[test]
fn rel_author_byline_and_time_element_date() {
    let doc = page("byline-rel-author.html");
    assert_offsets_hold(&doc);
    assert!(doc.meta.byline.as_deref().unwrap().ends_with("Lena Voss"));
    assert_eq!(doc.meta.date_iso.as_deref(), Some("2022-08-19"));
    // Without a description the excerpt is the first paragraph: not a dek.
    assert_eq!(doc.meta.dek, None);
}

#[test]
fn meta_author_byline() {
    assert_eq!(
        page("captions.html").meta.byline.as_deref(),
        Some("Mira Okafor")
    );
}

#[test]
fn legacy_charset_is_decoded() {
    let bytes = fixture("legacy-latin1.html");
    assert!(
        std::str::from_utf8(&bytes).is_err(),
        "fixture must stay ISO-8859-1"
    );
    let doc = html::parse("legacy-latin1.html", &bytes).unwrap();
    assert_offsets_hold(&doc);
    assert_eq!(
        doc.meta.title.as_deref(),
        Some("Café owners protest new terrace rules")
    );
    assert!(
        doc.source
            .contains("«We were never consulted,» said Renée Fauchère")
    );
    assert!(doc.warnings.is_empty());
}

#[test]
fn page_saved_with_a_bom() {
    let mut bytes = vec![0xEF, 0xBB, 0xBF];
    bytes.extend(fixture("byline-jsonld.html"));
    let doc = html::parse("bom.html", &bytes).unwrap();
    assert_eq!(
        doc.meta.title.as_deref(),
        Some("Library extends opening hours for exam season")
    );
}

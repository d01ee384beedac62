//! The extractor on small invented articles, one phenomenon per test.

mod common;

use common::invented::doc;
use hark::model::{Document, QuoteKind};

fn found(d: &Document) -> Vec<(String, Option<String>, QuoteKind)> {
    d.quotes
        .iter()
        .filter(|q| q.kind != QuoteKind::Indirect)
        .map(|q| {
            (
                q.span.text.clone(),
                q.speaker.map(|s| d.speakers[s].name.clone()),
                q.kind,
            )
        })
        .collect()
}

#[test]
fn offsets_point_into_the_source() {
    let d = doc("Head\n\n“We will win,” Jane Smith said.");
    let q = &d.quotes[0];
    assert_eq!(&d.source[q.span.start..q.span.end], q.span.text);
}

#[test]
fn interrupted_quote_is_one_statement() {
    let d = doc("Head\n\n“We will win,” Jane Smith said, “and soon.”");
    let f = found(&d);
    assert_eq!(f.len(), 2);
    assert!(f.iter().all(|q| q.1.as_deref() == Some("Jane Smith")));
    assert_eq!(d.quotes[0].statement, d.quotes[1].statement);
}

#[test]
fn multi_paragraph_quote_keeps_its_speaker() {
    let d = doc(
        "Head\n\n“We will fight in the hills and in the towns.\n\n“And we will win,” Jane Smith said.",
    );
    let f = found(&d);
    assert_eq!(f.len(), 2);
    assert!(
        f.iter().all(|q| q.1.as_deref() == Some("Jane Smith")),
        "{f:?}"
    );
    assert_eq!(d.quotes[0].statement, d.quotes[1].statement);
}

#[test]
fn referring_to_does_not_steal_the_speaker() {
    let d = doc(
        "Head\n\n“The talks went well today,” John Brown said, referring to Peter White.\n\nHe also told reporters: “We will meet again soon.”",
    );
    let f = found(&d);
    assert_eq!(f[1].1.as_deref(), Some("John Brown"), "{f:?}");
}

#[test]
fn partial_quote_takes_the_main_clause_speaker() {
    let d = doc(
        "Head\n\nThe plan will “radically” change the region, Deputy Minister Ivan Petrov announced on Tuesday.",
    );
    let f = found(&d);
    assert_eq!(
        f,
        vec![(
            "radically".into(),
            Some("Ivan Petrov".into()),
            QuoteKind::Partial
        )]
    );
    assert_eq!(d.speakers[0].role.as_deref(), Some("Deputy Minister"));
}

#[test]
fn scare_quotes_and_titles_are_left_out() {
    let d =
        doc("Head\n\nThe so-called “reset” failed, and the film “Jaws” was shown on the plane.");
    assert!(found(&d).is_empty(), "{:?}", found(&d));
}

#[test]
fn apostrophes_are_not_quotes() {
    let d = doc("Head\n\nToday's leaders' view of the '90s and rock 'n' roll pleased O'Brien.");
    assert!(found(&d).is_empty());
}

#[test]
fn headline_quote_takes_the_body_speaker() {
    let d = doc(
        "Russia to 'Drastically' Cut Forces\n\nRussia will “drastically” cut its forces, Alexander Fomin said.",
    );
    let f = found(&d);
    assert_eq!(f[0].0, "Drastically");
    assert_eq!(f[0].1.as_deref(), Some("Alexander Fomin"));
}

#[test]
fn pathological_inputs_finish() {
    let marks = "\"".repeat(100_000);
    let _ = doc(&format!("Head\n\n{marks}"));
    let opens = "“a ".repeat(50_000);
    let _ = doc(&format!("Head\n\n{opens}"));
}

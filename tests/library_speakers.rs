//! Speakers across a hand-built library: two people of one surname, a
//! surname alone, and groups stay apart; full names and initials merge.

mod library_fixture;

use hark::library::Library;
use hark::model::SpeakerKind;
use library_fixture::{hand_doc, person, speaker};

fn names(lib: &Library) -> Vec<(String, Vec<usize>)> {
    let mut out: Vec<_> = lib
        .speakers
        .iter()
        .map(|s| (s.name.clone(), s.articles.clone()))
        .collect();
    out.sort();
    out
}

#[test]
fn people_of_one_surname_and_groups_stay_apart() {
    let a = hand_doc(
        "a.txt",
        "Clinton campaigns",
        vec![
            person("Bill Clinton", &["Clinton"], Some("former president")),
            speaker("Clinton supporters", &[], None, SpeakerKind::Group),
        ],
        &[("We will win Ohio", 0), ("She is our candidate", 1)],
    );
    let b = hand_doc(
        "b.txt",
        "Clinton speaks",
        vec![
            person(
                "Hillary Clinton",
                &["Clinton", "Mrs. Clinton"],
                Some("Democratic candidate"),
            ),
            speaker("Clinton", &[], None, SpeakerKind::Organization),
        ],
        &[("We will win Ohio", 0), ("Donations are up", 1)],
    );
    let c = hand_doc(
        "c.txt",
        "Clinton again",
        vec![
            person("Clinton", &[], None),
            person("B. Clinton", &["Clinton"], Some("ex-president")),
        ],
        &[
            ("Nobody knows which Clinton said this", 0),
            ("I am back", 1),
        ],
    );
    let lib = Library::new(vec![a, b, c]);
    assert_eq!(
        names(&lib),
        [
            ("Bill Clinton".into(), vec![0, 2]),
            ("Clinton".into(), vec![1]),
            ("Clinton".into(), vec![2]),
            ("Clinton supporters".into(), vec![0]),
            ("Hillary Clinton".into(), vec![1]),
        ]
    );
    let bill = lib
        .speakers
        .iter()
        .find(|s| s.name == "Bill Clinton")
        .unwrap();
    assert_eq!(bill.kind, SpeakerKind::Person);
    assert_eq!(
        bill.roles,
        [
            (0, "former president".to_string()),
            (2, "ex-president".to_string())
        ]
    );
    assert!(bill.aliases.contains(&"B. Clinton".to_string()));
    // The same words from two different people are not one statement.
    assert!(lib.matches.is_empty(), "{:?}", lib.matches);
}

#[test]
fn surname_alone_joins_the_only_person_of_that_name() {
    let a = hand_doc(
        "a.txt",
        "Talks",
        vec![person(
            "Alexander Fomin",
            &["Fomin"],
            Some("Russia's Deputy Defense Minister"),
        )],
        &[("We will reduce activity near Kyiv and Chernihiv", 0)],
    );
    let b = hand_doc(
        "b.txt",
        "Talks",
        vec![
            person(
                "Fomin",
                &["Moscow's deputy defense minister"],
                Some("Moscow's deputy defense minister"),
            ),
            speaker("Russian officials", &[], None, SpeakerKind::Group),
            person("President Putin", &["Putin"], None),
        ],
        &[
            ("We will reduce activity near Kyiv and Chernihiv", 0),
            ("no comment", 1),
            ("Fine", 2),
        ],
    );
    let c = hand_doc(
        "c.txt",
        "Talks",
        vec![
            speaker("Russian officials", &[], None, SpeakerKind::Group),
            person("Vladimir Putin", &["Putin"], Some("Russian President")),
        ],
        &[
            ("We will reduce activity near Kyiv and Chernihiv", 0),
            ("Good", 1),
        ],
    );
    let lib = Library::new(vec![a, b, c]);
    assert_eq!(
        names(&lib),
        [
            ("Alexander Fomin".into(), vec![0, 1]),
            ("Russian officials".into(), vec![1, 2]),
            ("Vladimir Putin".into(), vec![1, 2]),
        ]
    );
    assert_eq!(lib.speakers[0].name, "Alexander Fomin");
    assert_eq!(lib.speakers[0].quotes, 2);
    // Fomin's repeated words match; the group's same words in c do not
    // match Fomin's.
    assert_eq!(lib.matches.len(), 1);
    let m = &lib.matches[0];
    assert_eq!((m.a.doc, m.b.doc), (0, 1));
    assert!(m.similarity > 0.99);
}

#[test]
fn two_unrelated_quotes_of_one_speaker_do_not_match() {
    let a = hand_doc(
        "a.txt",
        "Budget",
        vec![person("Jane Doe", &["Doe"], Some("mayor"))],
        &[(
            "The budget for the city will be ready in May and taxes stay as they are",
            0,
        )],
    );
    let b = hand_doc(
        "b.txt",
        "Parks",
        vec![person("Jane Doe", &["Doe"], Some("the mayor"))],
        &[(
            "Our parks need more trees, and the city will plant them in May",
            0,
        )],
    );
    let lib = Library::new(vec![a, b]);
    assert_eq!(lib.speakers.len(), 1);
    assert!(lib.matches.is_empty(), "{:?}", lib.matches);
}

#[test]
fn partial_quotes_in_sentences_about_different_things_do_not_match() {
    let mayor = || vec![person("Jane Doe", &["Doe"], Some("mayor"))];
    let a = library_fixture::partial_doc(
        "a.txt",
        "The city will “drastically” cut the budget for parks next year, Doe said. She called the plan “fair”.",
        mayor(),
    );
    let b = library_fixture::partial_doc(
        "b.txt",
        "Doe said the city would “sharply” raise the parking fees downtown in May. The council was “surprised”.",
        mayor(),
    );
    let c = library_fixture::partial_doc(
        "c.txt",
        "Next year the city will “radically” cut the budget for parks, the mayor said.",
        mayor(),
    );
    let lib = Library::new(vec![a, b, c]);
    let pairs = library_fixture::matched_texts(&lib);
    // Same slot of sentences about the same cut: a match; the fee rise and
    // the one-word reactions are other statements.
    assert_eq!(
        pairs,
        [("drastically".to_string(), "radically".to_string())]
    );
}

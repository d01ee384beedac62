//! Who said it: one attribution pattern of news per test, on invented
//! sentences (none taken from the evaluation corpus).

mod common;

use common::invented::doc;
use hark::model::{Document, QuoteKind};

/// The speaker named for the quote whose text starts with `start`, and the
/// mention the attribution was read from.
fn said_by(d: &Document, start: &str) -> (Option<String>, Option<String>) {
    let q = d
        .quotes
        .iter()
        .find(|q| q.kind != QuoteKind::Indirect && q.span.text.starts_with(start))
        .unwrap_or_else(|| panic!("no quote starting {start:?} in {:?}", d.quotes));
    (
        q.speaker.map(|s| d.speakers[s].name.clone()),
        q.mention.as_ref().map(|m| m.text.clone()),
    )
}

fn speaker(d: &Document, start: &str) -> Option<String> {
    said_by(d, start).0
}

#[test]
fn a_dash_credit_closing_the_line_names_the_speaker() {
    let d = doc(
        "Voices\n\n“The bridge should have been fixed years ago.” ― Maria Lopez\n\
         “Nobody listens to the people who drive on it every day.” ― Tom Baker",
    );
    assert_eq!(speaker(&d, "The bridge").as_deref(), Some("Maria Lopez"));
    assert_eq!(speaker(&d, "Nobody").as_deref(), Some("Tom Baker"));
}

#[test]
fn the_cue_introducing_a_quote_outranks_a_cue_after_it() {
    let d = doc(
        "Head\n\nSpokeswoman Ann Lee said by email that, “The mayor will respond in time” to what the council sees as a delay.",
    );
    assert_eq!(speaker(&d, "The mayor").as_deref(), Some("Ann Lee"));
}

#[test]
fn a_subordinate_clause_keeps_its_own_speaker() {
    let d = doc(
        "Head\n\nThe host asked Governor Ray Hill about his record, when Hill claimed the budget was “balanced for the first time.”",
    );
    assert_eq!(speaker(&d, "balanced").as_deref(), Some("Ray Hill"));
}

#[test]
fn the_owner_of_a_remark_said_it() {
    let d = doc(
        "Head\n\nSenator Joan Park stirred the hall with her remark that “no town should be left behind.”",
    );
    assert_eq!(
        said_by(&d, "no town").1.as_deref(),
        Some("her"),
        "{:?}",
        said_by(&d, "no town")
    );
}

#[test]
fn a_dateline_is_no_speaker() {
    let d = doc(
        "Head\n\nDENVER, March 3 (AP) — A spokesman for the governor reacted on Tuesday, saying the plan was “a waste of everyone's time and money.”",
    );
    let (_, mention) = said_by(&d, "a waste");
    assert!(
        mention.as_deref().is_some_and(|m| m.contains("spokesman")),
        "{mention:?}"
    );
}

#[test]
fn a_participle_after_a_cue_shares_its_subject() {
    let d = doc(
        "Head\n\nThe two leaders will meet next week, Sam Ortiz said, adding, “They need to talk in person.”",
    );
    assert_eq!(speaker(&d, "They need").as_deref(), Some("Sam Ortiz"));
}

#[test]
fn a_name_after_a_preposition_is_not_the_subject() {
    let d = doc(
        "Head\n\nA letter from the union obtained by The Daily Courier warns that “strikes will follow.”",
    );
    let (_, mention) = said_by(&d, "strikes");
    assert!(
        mention.as_deref().is_some_and(|m| m.contains("letter")),
        "{mention:?}"
    );
}

#[test]
fn the_noun_before_of_heads_the_subject() {
    let d = doc(
        "Head\n\nAsked about the plan, the head of the delegation replied, “We are not leaving before Friday.”",
    );
    let (_, mention) = said_by(&d, "We are not");
    assert_eq!(mention.as_deref(), Some("the head of the delegation"));
}

#[test]
fn a_share_of_voters_can_speak() {
    let d = doc("Head\n\nHowever, 58 percent said the mayor was “honest” about the costs.");
    let (_, mention) = said_by(&d, "honest");
    assert_eq!(mention.as_deref(), Some("58 percent"));
}

#[test]
fn the_person_it_is_true_for_speaks() {
    let d = doc(
        "Head\n\nThe coach thanked the fans, because to him, “nothing matters more than the people in the stands.”",
    );
    assert_eq!(said_by(&d, "nothing matters").1.as_deref(), Some("him"));
}

#[test]
fn a_colon_gives_the_quote_to_its_own_clause() {
    let d = doc(
        "Head\n\nMy brother got so angry that I had to take it back: “Fine, you were right all along.”",
    );
    assert_eq!(said_by(&d, "Fine").1.as_deref(), Some("I"));
}

#[test]
fn a_quantifier_alone_can_be_the_speaker() {
    let d = doc(
        "Head\n\nThe mayor left early. Another tweeted, “The bridge will never open on time.”\n\n\
         Residents worried about the tolls; most said they were “very unhappy” with the plan.",
    );
    assert_eq!(said_by(&d, "The bridge").1.as_deref(), Some("Another"));
    assert_eq!(said_by(&d, "very unhappy").1.as_deref(), Some("most"));
}

#[test]
fn a_child_in_the_crowd_can_speak() {
    let d = doc("Head\n\nThe mayor smiled. The boy responded, “Can I drive the bus?”");
    assert_eq!(said_by(&d, "Can I").1.as_deref(), Some("The boy"));
}

#[test]
fn a_weak_cue_inside_a_report_leaves_the_quote_to_the_reporter() {
    let d = doc(
        "Head\n\nThe mayor spoke first. The senator said he would never ask colleagues for help, “except for people I trust.”",
    );
    assert_eq!(said_by(&d, "except for").1.as_deref(), Some("The senator"));
}

#[test]
fn the_agent_of_a_passive_cue_asks() {
    let d = doc(
        "Head\n\nThe governor was asked by moderator Ann Lee whether the plan would risk “another costly program.”",
    );
    assert_eq!(speaker(&d, "another costly").as_deref(), Some("Ann Lee"));
}

#[test]
fn people_after_with_chant_for_themselves() {
    let d = doc(
        "Head\n\nThe parade went on, with many marchers and spectators chanting “Open the bridge” along the route.",
    );
    let (_, mention) = said_by(&d, "Open the bridge");
    assert!(
        mention.as_deref().is_some_and(|m| m.contains("spectators")),
        "{mention:?}"
    );
}

#[test]
fn an_as_aside_before_a_colon_names_the_passage_source() {
    let d = doc(
        "Head\n\nAs the Daily Courier reported, the council was refusing to call the closure final:\n\n\
         “The council is still reluctant to say when the bridge will reopen, citing the inspection.”",
    );
    assert_eq!(
        said_by(&d, "The council is still").1.as_deref(),
        Some("Daily Courier")
    );
}

#[test]
fn an_inverted_subject_may_carry_a_describing_phrase() {
    let d = doc(
        "Head\n\nThe board met on Monday. “The vote was never in doubt,” said a person close to the mayor.",
    );
    let (_, mention) = said_by(&d, "The vote");
    assert!(
        mention
            .as_deref()
            .is_some_and(|m| m.starts_with("a person")),
        "{mention:?}"
    );
}

#[test]
fn capitals_after_a_determiner_can_modify_the_speaking_noun() {
    let d = doc(
        "Head\n\nThe rally ended late. “Nobody expected this crowd,” said a 2012 Obama volunteer.",
    );
    let (name, mention) = said_by(&d, "Nobody expected");
    assert_eq!(mention.as_deref(), Some("a 2012 Obama volunteer"));
    assert_ne!(name.as_deref(), Some("Obama"));
}

#[test]
fn one_of_a_group_speaks() {
    let d = doc(
        "Head\n\nAdvisers argue the race is over. “There is no path left,” said one of those advisers, who asked not to be named.",
    );
    assert_eq!(
        said_by(&d, "There is no path").1.as_deref(),
        Some("one of those advisers")
    );
}

#[test]
fn a_role_of_something_then_the_name() {
    let d = doc(
        "Head\n\nThe hall was full. “Welcome to all our new neighbours,” said master of ceremonies Lena Ortiz, a local teacher.",
    );
    assert_eq!(speaker(&d, "Welcome").as_deref(), Some("Lena Ortiz"));
}

#[test]
fn a_party_and_state_tag_does_not_end_the_sentence() {
    let d = doc(
        "Head\n\nBut backers of the bill have rejected those concerns. “They have nothing to fear,” Sen. Ann Lee (D-N.Y.) said Tuesday.",
    );
    assert_eq!(speaker(&d, "They have nothing").as_deref(), Some("Ann Lee"));
}

#[test]
fn the_noun_before_close_to_or_familiar_with_speaks() {
    let d = doc(
        "Head\n\nThe talks went on. A source familiar with Mayor Tom Reed’s thinking said, “The deal is almost done.”",
    );
    let (name, mention) = said_by(&d, "The deal");
    assert!(
        mention
            .as_deref()
            .is_some_and(|m| m.starts_with("A source")),
        "{mention:?}"
    );
    assert_ne!(name.as_deref(), Some("Tom Reed"));
}

#[test]
fn an_as_clause_introduces_the_quote() {
    let d = doc(
        "Head\n\nSome workers felt betrayed. As one employee told the Gazette, “Nobody warned us at all.”",
    );
    assert_eq!(
        said_by(&d, "Nobody warned").1.as_deref(),
        Some("one employee")
    );
}

#[test]
fn a_name_and_its_cue_after_a_bare_and_take_the_next_quote() {
    let d = doc(
        "Head\n\nMayor Ann Lee accuses the council of “wasting time” and Tom Reed says it is “asleep at the wheel,” part of a long feud.",
    );
    assert_eq!(speaker(&d, "wasting").as_deref(), Some("Ann Lee"));
    assert_eq!(speaker(&d, "asleep").as_deref(), Some("Tom Reed"));
}

#[test]
fn a_clause_after_a_colon_holds_the_cue() {
    let d = doc(
        "Head\n\nEven its backers sounded cautious: Former Rep. Ann Lee called it “the least bad option.”",
    );
    assert_eq!(speaker(&d, "the least bad").as_deref(), Some("Ann Lee"));
}

#[test]
fn a_closing_parenthesis_after_a_full_stop_ends_the_sentence() {
    let d = doc(
        "Head\n\n(She says the photo moved her.) The guests included Mayor Tom Reed, who called the plan “a real gift.”",
    );
    assert_eq!(speaker(&d, "a real gift").as_deref(), Some("Tom Reed"));
}

#[test]
fn in_someones_words_names_the_source() {
    let d = doc(
        "Head\n\nThe town grew fast because, in the Gazette’s words, “there is nowhere else to build in the valley.”\n\n\
         It stayed cheap because, in the words of Mayor Tom Reed, “nobody else wanted the land back then.”",
    );
    let (_, mention) = said_by(&d, "there is nowhere");
    assert!(
        mention.as_deref().is_some_and(|m| m.contains("Gazette")),
        "{mention:?}"
    );
    assert_eq!(speaker(&d, "nobody else").as_deref(), Some("Tom Reed"));
}

#[test]
fn an_attribution_right_after_a_partial_quote_and_its_comma_wins() {
    let d = doc(
        "Head\n\nIn particular, the mayor — never shy of criticism of the council — has been “very worked up about it,” said a source close to the campaign.",
    );
    let (_, mention) = said_by(&d, "very worked up");
    assert!(
        mention
            .as_deref()
            .is_some_and(|m| m.starts_with("a source")),
        "{mention:?}"
    );
}

#[test]
fn the_two_write() {
    let d = doc(
        "Head\n\nThe senators sent a letter on Monday. “You picked a new standard out of thin air,” the two write.",
    );
    assert_eq!(said_by(&d, "You picked").1.as_deref(), Some("the two"));
}

#[test]
fn one_of_a_group_before_the_cue_speaks() {
    let d = doc("Head\n\nThe hall was loud. One of the protesters shouted, “Open the bridge now!”");
    let (_, mention) = said_by(&d, "Open the bridge");
    assert!(
        mention
            .as_deref()
            .is_some_and(|m| m.eq_ignore_ascii_case("one of the protesters")),
        "{mention:?}"
    );
}

#[test]
fn a_weak_cue_in_the_sentence_between_does_not_take_the_next_quote() {
    let d = doc(
        "Head\n\n“You can't blame the mayor for the flood,” said Ann Lee, a nurse. A newcomer from Ohio, she plans to cast her first vote in May. “All she went through, it's not fair.”",
    );
    assert_eq!(speaker(&d, "All she went").as_deref(), Some("Ann Lee"));
}

#[test]
fn sentence_opening_adverbs_and_participles_are_no_names() {
    let d = doc(
        "Head\n\nHastily blaming the council, Mayor Ann Lee emphasized the danger of “doing nothing.”\n\n\
         Reached by the Gazette, Tom Reed denied the report, explaining that he was “taking a day off.”",
    );
    assert_eq!(speaker(&d, "doing nothing").as_deref(), Some("Ann Lee"));
    assert_eq!(speaker(&d, "taking a day").as_deref(), Some("Tom Reed"));
    assert!(
        !d.speakers
            .iter()
            .any(|s| s.name == "Hastily" || s.name == "Reached"),
        "{:?}",
        d.speakers
    );
}

#[test]
fn an_outlet_after_a_partial_quote_and_its_comma_reports_it() {
    let d = doc(
        "Head\n\nThe three “loopholes” he cited are “the ability to use losses to offset other income,” The Gazette reported.",
    );
    assert_eq!(speaker(&d, "the ability").as_deref(), Some("Gazette"));
}

#[test]
fn an_irregular_past_verb_ends_the_subject() {
    let d = doc(
        "Head\n\nThe mayor began by talking about the flood, saying that the town is now “worse off than ever.”",
    );
    assert_eq!(said_by(&d, "worse off").1.as_deref(), Some("The mayor"));
}

#[test]
fn a_participle_after_and_shares_the_earlier_participles_subject() {
    let d = doc(
        "Head\n\nCritics were quick to pile on, with Mayor Tom Reed tweeting that it was a “disaster” for the council and asking, “Who approved this plan?”",
    );
    assert_eq!(speaker(&d, "Who approved").as_deref(), Some("Tom Reed"));
}

#[test]
fn the_tail_of_a_quotes_own_sentence_does_not_take_the_next_quote() {
    let d = doc(
        "Head\n\n“And I am not being paid!” Ann Lee declared, a point she likes to make after a radio show during which callers asked how much she earned. “I make my own money.”",
    );
    assert_eq!(speaker(&d, "I make my own").as_deref(), Some("Ann Lee"));
}

#[test]
fn an_unknown_verb_must_close_the_attribution() {
    let d = doc(
        "Head\n\n“Happy new year,” he tweeted. “The best pies are made in Tom Reed’s Diner!”Former Republican mayoral candidate Ann Lee broke down what was wrong with it.",
    );
    assert_eq!(said_by(&d, "The best pies").1.as_deref(), Some("he"));
}

#[test]
fn a_participle_after_a_comma_belongs_to_the_clauses_described_subject() {
    let d = doc(
        "Head\n\nThe retired surgeon has given no details about how he planned to run, saying only that he was “refining some practices.”",
    );
    assert_eq!(
        said_by(&d, "refining").1.as_deref(),
        Some("The retired surgeon")
    );
}

#[test]
fn an_object_relative_clause_with_its_own_subject_holds_the_quote() {
    let d = doc(
        "Head\n\nMayor Ann Lee again said the town must back the plan to defeat Tom Reed, who she blasted as “a bully and a demagogue.”",
    );
    assert_eq!(said_by(&d, "a bully").1.as_deref(), Some("she"));
}

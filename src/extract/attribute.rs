//! Where a quotation's attribution is: the cue and the subject mention
//! around a quote, inside the quote's own sentence.
//!
//! News puts the attribution after the quote ("…," Fomin said), before it
//! (Fomin said: "…"), or between two halves ("…," Smith said, "…"). For a
//! partial quote inside the writer's sentence the main clause's cue wins
//! (in "Trump said that Clinton described the TPP as 'the gold standard'"
//! the quote is Trump's report).

use std::ops::Range;

use super::clause::{clause_subject, main_clause_start, passive_agent};
use super::cues::{CueEntry, CueKind, CueMatch, match_at};
use super::mentions::{
    Mention, MentionKind, is_role_word, is_skippable, pronoun, subject_after, subject_before,
};
use super::tokens::{TokKind, Token};

/// A sentence-ending mark that really ends the sentence: not "R-Ky.," and
/// not "p.m. on Tuesday".
fn is_sentence_end(text: &str, tokens: &[Token], i: usize) -> bool {
    // "(She says so.) The leaders …": a parenthesis closing a sentence.
    if tokens[i].is_punct(text, ")") {
        return i > 0
            && super::tokens::is_sentence_end(text, &tokens[i - 1])
            && tokens.get(i + 1).is_some_and(|n| n.cap);
    }
    if !super::tokens::is_sentence_end(text, &tokens[i]) {
        return false;
    }
    // "Sen. Bernie Sanders (I-Vt.) said": an abbreviation closing a parenthesis.
    // "(D-N.Y.) said": a period glued to the next word is inside an
    // abbreviation, whatever the tokenizer made of it.
    match tokens.get(i + 1) {
        None => true,
        Some(n) => {
            !(n.is_punct(text, ",")
                || n.is_punct(text, ")")
                || (n.kind == TokKind::Word && (!n.cap || n.start == tokens[i].end)))
        }
    }
}

/// How far (in tokens) to look for a sentence boundary or a cue; bounds
/// the work per quote so that time stays linear on huge paragraphs.
const WINDOW: usize = 60;

#[derive(Debug, Clone)]
pub struct Attribution {
    pub cue: CueMatch,
    pub mention: Mention,
}

/// Token index of the first token starting at or after byte `at`.
pub fn tok_at(tokens: &[Token], at: usize) -> usize {
    tokens.partition_point(|t| (t.start as usize) < at)
}

/// The sentence around token range `span`: token indices `[start, end)`.
/// `in_quote[i]` masks tokens inside quotations (their periods end nothing).
pub fn sentence_around(
    text: &str,
    tokens: &[Token],
    in_quote: &[bool],
    span: Range<usize>,
) -> Range<usize> {
    // Token `i` ends a sentence: a full stop outside quotations, or the
    // closing mark of a quotation that ends with one, before a capital
    // ("…insensitive.” He writes that …").
    let ends = |i: usize| {
        if !in_quote[i] {
            return is_sentence_end(text, tokens, i);
        }
        let closes = i + 1 >= tokens.len() || !in_quote[i + 1];
        closes
            && i > 0
            && super::tokens::is_sentence_end(text, &tokens[i - 1])
            && tokens.get(i + 1).is_some_and(|n| n.cap)
    };
    let mut a = span.start;
    let lo = span.start.saturating_sub(WINDOW);
    while a > lo {
        if ends(a - 1) {
            break;
        }
        a -= 1;
    }
    let mut b = span.end;
    let hi = (span.end + WINDOW).min(tokens.len());
    // The span's own closing mark may end the sentence ("… a 'one-term
    // president.' Russia insisted …").
    let ends_at_span = b > span.start && b <= tokens.len() && ends(b - 1);
    while b < hi && !ends_at_span {
        b += 1;
        if ends(b - 1) {
            break;
        }
    }
    a..b
}

/// A cue at token `i` that is good enough here.
fn cue_here(text: &str, tokens: &[Token], i: usize, min_rel: f32) -> Option<CueMatch> {
    let m = match_at(text, tokens, i)?;
    (m.entry.reliability() >= min_rel).then_some(m)
}

fn subject_for(
    text: &str,
    tokens: &[Token],
    floor: usize,
    ceiling: usize,
    cue: &CueMatch,
) -> Option<Mention> {
    // "according to X": the source follows.
    if cue.entry.phrase == "according to" {
        return subject_after(text, tokens, cue.tokens.end, ceiling);
    }
    // "was asked by host Bill Maher": the agent, not the grammatical subject.
    if let Some(agent) = passive_agent(text, tokens, cue, ceiling) {
        return Some(agent);
    }
    // "Franklin Graham, who has vowed …": the relative pronoun's antecedent,
    // with the pronoun in the mention.
    if let Some(m) = relative_antecedent(text, tokens, floor, cue.tokens.start) {
        return Some(m);
    }
    // "Clinton, during a town hall meeting in Columbus, Ohio, said": a
    // subject set off by commas is the clause's first mention, not the
    // name nearest the cue.
    let previous = previous_word(text, tokens, floor, cue.tokens.start);
    let comma_before = previous.is_some_and(|k| tokens[k].is_punct(text, ","));
    // A participle cue ("adding", "saying", "asking").
    let participle = tokens[cue.tokens.start].text(text).ends_with("ing");
    // "…, Spicer said, adding, “…”", "…, Nefzi said Tuesday, adding": a
    // participle after a finite cue and its comma shares that cue's subject.
    if comma_before
        && participle
        && let Some(m) = previous_cue_subject(text, tokens, floor, cue.tokens.start - 1, ceiling)
    {
        return Some(m);
    }
    if comma_before {
        // "…, said Steve Elmendorf, deputy campaign manager": inverted.
        if let Some(m) = inverted_subject(text, tokens, cue, ceiling) {
            return Some(m);
        }
        // "Trump's attorney, Alan Garten, said Nunberg was …": the clause
        // opens with the subject and its comma.
        if let Some(m) = clause_subject(text, tokens, floor, cue.tokens.start)
            && (m.tokens.end..cue.tokens.start.min(m.tokens.end + 5))
                .any(|k| tokens[k].is_punct(text, ","))
        {
            return Some(m);
        }
    }
    // "with Trump tweeting that it was a “disaster” and asking, “…”": a
    // participle after "and" shares the subject of the participle before.
    if participle
        && let Some(and) = previous.filter(|&k| matches!(tokens[k].text(text), "and" | "but"))
        && let Some(m) = (floor.max(and.saturating_sub(20))..and)
            .rev()
            .filter(|&j| tokens[j].text(text).ends_with("ing"))
            .find_map(|j| cue_here(text, tokens, j, 0.15))
            .and_then(|earlier| subject_for(text, tokens, floor, ceiling, &earlier))
            .filter(|m| m.tokens.end <= and)
    {
        return Some(m);
    }
    // "the actor held a fake audition and asked …": a verb after "and"
    // shares the clause's subject.
    if previous.is_some_and(|k| matches!(tokens[k].text(text), "and" | "but"))
        && let Some(s) = clause_subject(text, tokens, floor, cue.tokens.start)
        && matches!(
            s.kind,
            MentionKind::Name | MentionKind::Role | MentionKind::Group | MentionKind::Organization
        )
    {
        return Some(s);
    }
    let near = subject_before(text, tokens, floor, cue.tokens.start);
    // "footage of Hillary Clinton asking, “…”", "a video of Trump saying":
    // the person shown speaking is the participle's subject.
    if participle
        && let Some(n) = &near
        && n.kind == MentionKind::Name
        && n.tokens.end == cue.tokens.start
        && n.tokens
            .start
            .checked_sub(1)
            .is_some_and(|k| tokens[k].text(text) == "of")
    {
        return near;
    }
    // "blasted out an email to supporters stating …": a participle's
    // subject is the clause's, not the noun before it.
    // ("with Sen. John McCain calling it …", "with many marchers and
    // spectators chanting …" keep their own subject.)
    if participle
        && let Some(n) = &near
        && !(n.tokens.start.saturating_sub(6).max(floor)..n.tokens.start)
            .rev()
            .take_while(|&k| tokens[k].kind == TokKind::Word)
            .any(|k| matches!(tokens[k].text(text), "with" | "With"))
        && let Some(s) = clause_subject(text, tokens, floor, cue.tokens.start)
        && s.tokens.end <= n.tokens.start
    {
        return Some(s);
    }
    // "A letter obtained by The Associated Press warns", "a woman in
    // Worcester told": a name after a preposition is an object; the noun
    // it modifies, else the clause's subject, speaks.
    if let Some(n) = &near
        // (Past a determiner the name leaves out: "by The Daily Courier".)
        && let Some(prep) = n
            .tokens
            .start
            .checked_sub(1)
            .map(|k| {
                if k > floor && matches!(tokens[k].text(text), "The" | "the") {
                    k - 1
                } else {
                    k
                }
            })
            .filter(|&k| {
            let w = tokens[k].text(text);
            // ("after she said", "before he told": conjunctions here.)
            k > floor
                && tokens[k].kind == TokKind::Word
                && preposition(w)
                && !matches!(w, "with" | "after" | "before" | "since" | "like")
                // ("Department of Transportation", "Ryan of Wisconsin": one name.)
                && !(w == "of" && tokens[k - 1].cap)
        })
    {
        let modified = subject_before(text, tokens, floor, prep)
            .filter(|m| m.tokens.end == prep && usable(text, m));
        if let Some(s) = modified.or_else(|| {
            clause_subject(text, tokens, floor, n.tokens.start).filter(|s| s.tokens.end < prep)
        }) {
            return Some(s);
        }
    }
    // "issued a statement saying …": the document is the object; its
    // issuer, the clause's subject, is the source.
    if let Some(m) = &near
        && is_document_object(text, tokens, m)
        && let Some(s) = clause_subject(text, tokens, floor, m.tokens.start)
    {
        return Some(s);
    }
    near.or_else(|| {
        // "said Smith" only where news inverts: right after a quote or a
        // comma, or opening the clause; elsewhere the words after a cue
        // are its object ("praised Sanders", "said Trump had …").
        inverted(text, tokens, floor, cue.tokens.start)
            .then(|| subject_after(text, tokens, cue.tokens.end, ceiling))
            .flatten()
    })
    .or_else(|| clause_subject(text, tokens, floor, cue.tokens.start))
}

/// The subject of a strong finite cue that ends a few tokens before the
/// comma at `comma` ("Spicer said,", "Nefzi said Tuesday,").
fn previous_cue_subject(
    text: &str,
    tokens: &[Token],
    floor: usize,
    comma: usize,
    ceiling: usize,
) -> Option<Mention> {
    let lo = floor.max(comma.saturating_sub(4));
    let mut i = comma;
    while i > lo {
        i -= 1;
        if tokens[i].kind != TokKind::Word {
            return None;
        }
        if let Some(c) = cue_here(text, tokens, i, STRONG_CUE)
            && c.tokens.end <= comma
            && !tokens[i].text(text).ends_with("ing")
        {
            return subject_for(text, tokens, floor, ceiling.min(comma), &c).filter(|m| {
                matches!(m.kind, MentionKind::Name | MentionKind::Pronoun) || usable(text, m)
            });
        }
    }
    None
}

/// Speech verbs that news puts before their subject ("…, said Smith").
const INVERTING_VERBS: &[&str] = &[
    "said",
    "says",
    "say",
    "added",
    "adds",
    "wrote",
    "writes",
    "asked",
    "asks",
    "explained",
    "explains",
    "recalled",
    "recalls",
    "noted",
    "notes",
    "continued",
    "argued",
    "argues",
    "insisted",
    "observed",
    "remarked",
    "replied",
    "responded",
    "warned",
    "warns",
    "stated",
    "declared",
    "acknowledged",
    "concluded",
    "countered",
    "conceded",
    "cautioned",
    "quipped",
    "tweeted",
    "predicted",
    "suggested",
    "reported",
    "reports",
    "agreed",
    "admitted",
];
crate::word_set!(inverting_verb, INVERTING_VERBS);

/// "said Steve Elmendorf, deputy …", "says Carl Anthony.": a mention right
/// after the cue that ends the clause, so that it cannot be the subject of
/// a reported clause ("said Nunberg was …").
fn inverted_subject(
    text: &str,
    tokens: &[Token],
    cue: &CueMatch,
    ceiling: usize,
) -> Option<Mention> {
    if cue.tokens.len() != 1
        || !inverting_verb(&tokens[cue.tokens.start].text(text).to_ascii_lowercase())
    {
        return None;
    }
    let m = subject_after(text, tokens, cue.tokens.end, ceiling)?;
    // ("…,” said a person close to the Clintons", "…,” said a spokesman
    // for the group": right after a quote, a phrase describing the subject
    // may follow it; after a comma, "asked the secretary of state" is the
    // object.)
    let after_quote = cue.tokens.start > 0
        && matches!(
            tokens[cue.tokens.start - 1].text(text),
            "\u{201D}" | "\"" | "\u{2019}"
        );
    let ends = match tokens.get(m.tokens.end) {
        None => true,
        Some(t) if t.kind == TokKind::Punct => {
            matches!(t.text(text), "," | "." | ";" | ":" | "(" | "—" | "–")
        }
        Some(t) => {
            t.text(text) == "who"
                || (after_quote
                    && matches!(
                        t.text(text),
                        "close" | "familiar" | "of" | "for" | "at" | "with" | "from" | "in" | "on"
                    ))
        }
    };
    ends.then_some(m)
}

/// "Sen. Marco Rubio of Florida, who mused …", "the group, which says …":
/// the mention before "who"/"which" right before the cue, its range
/// stretched over the relative pronoun.
fn relative_antecedent(text: &str, tokens: &[Token], floor: usize, cue: usize) -> Option<Mention> {
    let near = previous_word(text, tokens, floor, cue)?;
    // "water bottles that said", "a headline that said": "that" after a
    // noun (not after a verb: "said that …") is a relative pronoun too.
    let noun_that = |k: usize| {
        tokens[k].text(text) == "that"
            && k > floor
            && tokens[k - 1].kind == TokKind::Word
            && match_at(text, tokens, k - 1).is_none()
            && !is_skippable(tokens[k - 1].text(text))
            && !copula(tokens[k - 1].text(text))
            && !preposition(tokens[k - 1].text(text))
    };
    let is_rel = |k: usize| matches!(tokens[k].text(text), "who" | "which") || noun_that(k);
    // "who in 2010 said", "who, on Tuesday, said", "who has in the past
    // described": a short adverbial between the pronoun and the cue.
    let rel = if is_rel(near) {
        near
    } else {
        let lo = floor.max(cue.saturating_sub(7));
        let k = (lo..near).rev().find(|&k| is_rel(k))?;
        let mut j = k + 1;
        while j < cue && is_skippable_word(text, &tokens[j]) {
            j += 1;
        }
        // "…, who was among those polled, said": the relative clause is
        // closed and the cue is the main clause's; "who, in 2010, said" is not.
        let opened_by_comma = j < cue && tokens[j].is_punct(text, ",");
        if opened_by_comma {
            j += 1;
        }
        if !opened_by_comma && tokens[cue - 1].is_punct(text, ",") {
            return None;
        }
        let adverbial = j < cue
            && tokens[j].kind == TokKind::Word
            && preposition(tokens[j].text(text))
            && (j + 1..cue).all(|i| {
                let t = &tokens[i];
                t.kind == TokKind::Number
                    || t.is_punct(text, ",")
                    || (t.kind == TokKind::Word
                        && (!t.cap || month_or_day(t.text(text)))
                        && match_at(text, tokens, i).is_none()
                        && !is_rel(i))
                    || is_skippable_word(text, t)
            });
        if !adverbial {
            return None;
        }
        k
    };
    let mut end = rel;
    if end > floor && tokens[end - 1].is_punct(text, ",") {
        end -= 1;
    }
    let mut m = subject_before(text, tokens, floor, end)?;
    m.range.end = tokens[rel].end as usize;
    m.tokens.end = rel + 1;
    Some(m)
}

fn is_skippable_word(text: &str, t: &Token) -> bool {
    t.kind == TokKind::Word && !t.cap && is_skippable(t.text(text))
}

const MONTHS_AND_DAYS: &[&str] = &[
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
    "Jan.",
    "Feb.",
    "Aug.",
    "Sept.",
    "Oct.",
    "Nov.",
    "Dec.",
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];
crate::word_set!(month_or_day, MONTHS_AND_DAYS);

/// The token before `cue` once adverbs and auxiliaries are skipped.
fn previous_word(text: &str, tokens: &[Token], floor: usize, cue: usize) -> Option<usize> {
    let mut j = cue;
    while j > floor {
        j -= 1;
        let t = &tokens[j];
        if !(t.kind == TokKind::Word && !t.cap && is_skippable(t.text(text))) {
            return Some(j);
        }
    }
    None
}

/// Documents that a subject issues ("a statement", "an email").
const DOCUMENTS: &[&str] = &[
    "statement",
    "letter",
    "email",
    "e-mail",
    "memo",
    "release",
    "tweet",
    "video",
    "post",
    "ad",
    "report",
    "note",
    "message",
];
crate::word_set!(document_word, DOCUMENTS);

/// "a statement", "an email": an indefinite document, the object of
/// "issued", "released", "sent".
fn is_document_object(text: &str, tokens: &[Token], m: &Mention) -> bool {
    let first = tokens[m.tokens.start].text(text);
    let last = tokens[m.tokens.end - 1].text(text).to_ascii_lowercase();
    matches!(first, "a" | "an") && document_word(&last)
}

/// The cue at token `cue` can take its subject after it: it opens the
/// clause or follows a quotation mark, comma or colon. Participles
/// ("saying", "telling") and "told" are followed by their object.
fn inverted(text: &str, tokens: &[Token], floor: usize, cue: usize) -> bool {
    let w = tokens[cue].text(text);
    if w.ends_with("ing") || w.eq_ignore_ascii_case("told") || w.eq_ignore_ascii_case("tells") {
        return false;
    }
    if cue <= floor {
        return true;
    }
    let prev = &tokens[cue - 1];
    prev.kind == TokKind::Punct
        && matches!(
            prev.text(text),
            "," | ":" | "\"" | "\u{201D}" | "\u{2019}" | "'" | "—" | "–"
        )
}

/// Nouns that name people or sources without a person-like ending.
const SOURCE_NOUNS: &[&str] = &[
    "official",
    "officials",
    "source",
    "sources",
    "people",
    "aide",
    "aides",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "campaign",
    "administration",
    "government",
    "statement",
    "report",
    "reports",
    "poll",
    "polls",
    "survey",
    "surveys",
    "study",
    "studies",
    "data",
    "analysis",
    "documents",
    "records",
    "police",
    "authorities",
    "agency",
    "ministry",
    "staff",
    "team",
    "committee",
    "panel",
    "group",
    "groups",
    "critics",
    "experts",
    "analysts",
    "candidate",
    "nominee",
    "president",
    "senator",
    "governor",
    "mayor",
    "chief",
    "head",
    "friend",
    "friends",
    "person",
    "child",
    "children",
    "boy",
    "girl",
    "crowd",
    "audience",
    "attendee",
    "attendees",
    "fan",
    "fans",
    "witness",
    "witnesses",
    "wife",
    "husband",
    "mother",
    "father",
    "son",
    "daughter",
    "woman",
    "women",
    "man",
    "men",
    "voters",
    "residents",
    "students",
    "parents",
    "democrats",
    "republicans",
    "americans",
    "lawmakers",
    "members",
    "leaders",
    "executive",
    "chairman",
    "chairwoman",
    "secretary",
    "minister",
    "general",
    "attorney",
    "lawyer",
    "lawyers",
    "attorneys",
    "clinton",
    "trump",
    "newspaper",
    "paper",
    "network",
    "website",
    "article",
    "piece",
    "letter",
    "memo",
    "email",
    "emails",
    "filing",
    "filings",
    "lawsuit",
    "complaint",
    "ruling",
    "court",
    "judge",
    "research",
    "figures",
    "numbers",
    "estimates",
    "guy",
    "readout",
    "employee",
    "resident",
    "student",
    "voter",
    "member",
    "donor",
    "operative",
    "volunteer",
    "transcript",
    "veteran",
    "someone",
    "percent",
    "somebody",
    "anyone",
    "everyone",
    "publication",
    "magazine",
    "outlet",
    "editorial",
    "board",
    "organization",
    "foundation",
    "commission",
    "council",
    "department",
    "office",
    "station",
    "channel",
    "company",
    "firm",
    "union",
    "association",
    "coalition",
    "party",
    "movement",
    "institute",
    "kid",
    "kids",
    "couple",
    "family",
    "families",
    "workers",
    "employees",
    "colleagues",
    "supporters",
    "opponents",
    "allies",
    "rivals",
    "delegates",
    "protesters",
    "activists",
    "organizers",
    "observers",
    "insiders",
    "strategists",
    "pollsters",
    "economists",
    "scientists",
    "researchers",
    "doctors",
    "officers",
    "investigators",
    "prosecutors",
    "diplomats",
    "negotiators",
    "spokespeople",
    "representatives",
    "advocates",
];
crate::word_set!(source_noun, SOURCE_NOUNS);

/// A mention that can really be a source: descriptions must name people or
/// sources ("the official", "polls"), not things ("the recent spate").
fn usable(text: &str, m: &Mention) -> bool {
    match m.kind {
        MentionKind::Role | MentionKind::Group => {
            let head = text[m.head.clone()]
                .rsplit(' ')
                .next()
                .unwrap_or("")
                .to_ascii_lowercase();
            source_noun(&head)
                || is_role_word(&head)
                // ("Hundreds of demonstrators", "the two")
                || super::mentions::is_number_word(&head)
                // ("Another said", "Some chanted": people, counted.)
                || super::mentions::is_quantifier_subject(&head)
                || [
                    "er", "ers", "or", "ors", "ist", "ists", "ian", "ians", "ent", "ents", "ant",
                    "ants", "man", "men", "woman", "women",
                ]
                .iter()
                .any(|s| head.ends_with(s))
        }
        _ => true,
    }
}

/// A description that is the subject right before a strong speech cue
/// ("the 34-year-old mother of three replied", "The commission says"):
/// its place makes it a source whatever its head noun.
fn subject_of_strong_cue(text: &str, tokens: &[Token], m: &Mention, cue: &CueMatch) -> bool {
    cue.entry.reliability() >= STRONG_CUE
        && m.tokens.end <= cue.tokens.start
        && (m.tokens.end..cue.tokens.start).all(|k| is_skippable_word(text, &tokens[k]))
        && matches!(
            tokens[m.tokens.start].text(text).to_ascii_lowercase().as_str(),
            "the" | "a" | "an" | "this" | "that" | "his" | "her" | "their" | "its"
        )
        // Not the object of a preposition ("at the time said") nor a
        // relative clause's antecedent ("the resolution which said").
        && !m.tokens.start.checked_sub(1).is_some_and(|k| {
            tokens[k].kind == TokKind::Word && preposition(tokens[k].text(text))
        })
        && !matches!(tokens[m.tokens.end - 1].text(text), "who" | "which" | "that")
}

const PREPOSITIONS: &[&str] = &[
    "at", "in", "on", "by", "for", "with", "from", "of", "to", "during", "since", "over", "after",
    "before", "into", "about", "under", "through", "among", "against", "via", "like",
];
crate::word_set!(preposition, PREPOSITIONS);

/// A mention that can be the source of a cue it is the subject of.
fn usable_for(text: &str, tokens: &[Token], m: &Mention, cue: &CueMatch) -> bool {
    usable(text, m)
        || subject_of_strong_cue(text, tokens, m, cue)
        || participle_of_described_subject(text, tokens, m, cue)
}

/// "The retired neurosurgeon has provided no details …, saying …": a strong
/// participle cue after the clause whose subject is a definite description
/// (whatever its head noun) that opens the clause.
fn participle_of_described_subject(
    text: &str,
    tokens: &[Token],
    m: &Mention,
    cue: &CueMatch,
) -> bool {
    cue.entry.reliability() >= STRONG_CUE
        && tokens[cue.tokens.start].text(text).ends_with("ing")
        && cue.tokens.start > 0
        && tokens[cue.tokens.start - 1].is_punct(text, ",")
        && matches!(m.kind, MentionKind::Role | MentionKind::Group)
        && matches!(tokens[m.tokens.start].text(text), "The" | "the")
}

/// The attribution right after a quote: `[from, to)` is the gap between
/// the closing mark and the next quotation or the sentence end.
pub fn after(text: &str, tokens: &[Token], from: usize, to: usize) -> Option<Attribution> {
    let to = to.min(tokens.len()).min(from + LONG_SUBJECT);
    for i in from..to {
        // A new quotation or sentence ends the search.
        if is_sentence_end(text, tokens, i) {
            break;
        }
        let Some(cue) = cue_here(text, tokens, i, 0.08) else {
            continue;
        };
        let Some(mention) = subject_for(text, tokens, from, to.max(i + 10), &cue) else {
            continue;
        };
        // Right after the closing mark, the words before the cue are its
        // subject whatever they are ("…," the person added); further on
        // (past a long appositive) only when they start there.
        let adjacent = mention.tokens.start == from;
        // ("…," in sharp contrast to previous elections, says Dante Scala:
        // an inverted cue after a comma closes the sentence at any distance.)
        let inverted_far = tokens[i - 1].is_punct(text, ",")
            && mention.tokens.start == cue.tokens.end
            && inverted_subject(text, tokens, &cue, to.max(i + 10)).is_some();
        // ("…,” said a 2008 Clinton veteran.": an inverted subject right
        // after the quote, whatever its head noun.)
        let inverted_here = i == from
            && mention.tokens.start == cue.tokens.end
            && inverted_subject(text, tokens, &cue, to.max(i + 10)).is_some();
        if (i < from + 12 && (adjacent || usable(text, &mention)))
            || (adjacent && mention.tokens.end <= i)
            || inverted_far
            || inverted_here
        {
            return Some(Attribution { cue, mention });
        }
    }
    None
}

/// "“….” Trump said." : a name or pronoun and a speech verb alone in the
/// sentence after a quote that ended with a full stop.
pub fn bare_tag(text: &str, tokens: &[Token], from: usize, to: usize) -> Option<Attribution> {
    let a = after(text, tokens, from, to)?;
    let closes = |k: usize| {
        tokens
            .get(k)
            .is_none_or(|t| t.is_punct(text, ".") || t.is_punct(text, ","))
    };
    (a.mention.tokens.start == from
        && matches!(a.mention.kind, MentionKind::Name | MentionKind::Pronoun)
        && a.cue.tokens.start == a.mention.tokens.end
        && inverting_verb(&tokens[a.cue.tokens.start].text(text).to_ascii_lowercase())
        && closes(a.cue.tokens.end))
    .then_some(a)
}

/// How far after a quote a cue may stand when a long appositive subject
/// fills the gap ("…," Anne Richards, assistant secretary of state for
/// population, refugees, and migration, said).
const LONG_SUBJECT: usize = 40;

/// The attribution before a quote: the last cue with a subject in
/// `[from, to)` (sentence start up to the opening mark).
pub fn before(text: &str, tokens: &[Token], from: usize, to: usize) -> Option<Attribution> {
    let mut from = from.max(to.saturating_sub(WINDOW));
    // "With Democratic leaders worried about …, President Obama is rolling
    // out a new message: “…”": not a cue of the subordinate opening.
    if opens_subordinate(text, tokens, from)
        && let Some(main) = main_clause_start(text, tokens, from, to)
    {
        from = main;
    }
    let mut i = to;
    while i > from {
        i -= 1;
        if let Some(cue) = cue_here(text, tokens, i, 0.08)
            && let Some(mention) = subject_for(text, tokens, from, to, &cue)
            && usable_for(text, tokens, &mention, &cue)
        {
            return Some(Attribution { cue, mention });
        }
    }
    None
}

/// The attribution that introduces a quote: a cue with its subject right
/// before the opening mark, up to a comma, colon or "that" and a short
/// adverbial ("said via email that, “…”", "saying during the debate, “…”").
pub fn introducing(text: &str, tokens: &[Token], floor: usize, open: usize) -> Option<Attribution> {
    let mut k = open;
    while k > floor && k + 2 > open {
        let t = &tokens[k - 1];
        if t.is_punct(text, ",") || t.is_punct(text, ":") || t.text(text) == "that" {
            k -= 1;
        } else {
            break;
        }
    }
    // ("chanting “Bernie or Jill, No Hill,”": the cue right at the mark.)
    if k == open && !(k > floor && match_at(text, tokens, k - 1).is_some()) {
        return None;
    }
    let a = before(text, tokens, floor, k)?;
    let gap = a.cue.tokens.end..k;
    (gap.len() <= 5 && gap.clone().all(|j| tokens[j].kind != TokKind::Punct)).then_some(a)
}

/// Conjunctions that join two clauses after a comma or semicolon.
const CLAUSE_JOINERS: &[&str] = &["and", "but", "while", "whereas", "yet", "so", "although"];
crate::word_set!(clause_joiner, CLAUSE_JOINERS);

/// The start of the last clause in `(from, to)` that opens after ", and",
/// ", but", "; " … with a pronoun or a name as its subject.
fn last_coordinated_clause(text: &str, tokens: &[Token], from: usize, to: usize) -> Option<usize> {
    let mut k = to;
    while k > from + 1 {
        k -= 1;
        let t = &tokens[k];
        // ("…: Former Rep. Jane Harman called it “…”": a colon opens a clause.)
        let start = if t.is_punct(text, ";") || t.is_punct(text, ":") {
            k + 1
        } else if matches!(t.text(text), "and" | "but")
            && !tokens[k - 1].is_punct(text, ",")
            && tokens.get(k + 1).is_some_and(|n| n.cap)
            && strong_cue_after_subject(text, tokens, k + 1, to)
        {
            // "X accuses Obama of “…” and Donald Trump says he's “…”": a
            // name and its speech verb after a bare "and".
            k + 1
        } else if (t.is_punct(text, ",")
            // ("…pointing a gun,” but he said …": the comma inside the quote.)
            || (matches!(t.text(text), "\u{201D}" | "\"") && tokens[k - 1].is_punct(text, ",")))
            && tokens
                .get(k + 1)
                .is_some_and(|n| clause_joiner(n.text(text)))
        {
            k + 2
        } else {
            continue;
        };
        if start >= to {
            continue;
        }
        let opens = (tokens[start].cap || pronoun(tokens[start].text(text)).is_some())
            && subject_after(text, tokens, start, to).is_some_and(|m| {
                m.tokens.start == start
                    && matches!(m.kind, MentionKind::Pronoun | MentionKind::Name)
            });
        return opens.then_some(start);
    }
    None
}

/// A name at token `at` followed (past adverbs) by a strong cue before `to`.
fn strong_cue_after_subject(text: &str, tokens: &[Token], at: usize, to: usize) -> bool {
    let Some(m) = subject_after(text, tokens, at, to) else {
        return false;
    };
    if m.kind != MentionKind::Name {
        return false;
    }
    let mut k = m.tokens.end;
    while k < to && is_skippable_word(text, &tokens[k]) {
        k += 1;
    }
    k < to && cue_here(text, tokens, k, STRONG_CUE).is_some()
}

/// The first strong cue with a subject in `[from, to)`, else the first cue
/// with one. `floor` bounds the subject search (the sentence start).
fn main_clause_cue(
    text: &str,
    tokens: &[Token],
    in_quote: &[bool],
    from: usize,
    floor: usize,
    to: usize,
) -> Option<Attribution> {
    let mut weak: Option<Attribution> = None;
    let mut i = from;
    while i < to {
        let Some(cue) = (!in_quote[i])
            .then(|| cue_here(text, tokens, i, 0.15))
            .flatten()
        else {
            i += 1;
            continue;
        };
        i = cue.tokens.end;
        if let Some(mention) = subject_for(text, tokens, floor, to, &cue)
            && usable_for(text, tokens, &mention, &cue)
        {
            if cue.entry.reliability() >= STRONG_CUE {
                return Some(Attribution { cue, mention });
            }
            weak.get_or_insert(Attribution { cue, mention });
        }
    }
    weak
}

/// Nouns for things said: "her remark that …", "his calls to end …".
const SPEECH_NOUNS: &[&str] = &[
    "remark",
    "remarks",
    "comment",
    "comments",
    "claim",
    "claims",
    "assertion",
    "assertions",
    "statement",
    "statements",
    "words",
    "call",
    "calls",
    "description",
    "characterization",
    "admission",
    "accusation",
    "accusations",
    "allegation",
    "allegations",
    "warning",
    "warnings",
    "promise",
    "promises",
    "pledge",
    "vow",
    "insistence",
    "suggestion",
    "argument",
    "message",
    "tweet",
    "tweets",
    "speech",
    "testimony",
    "answer",
    "response",
    "reply",
    "quip",
    "boast",
    "prediction",
    "contention",
    "rhetoric",
    "criticism",
    "declaration",
    "announcement",
    "threat",
    "demand",
    "plea",
    "reference",
    "references",
    "slogan",
    "catchphrase",
    "mantra",
    "refrain",
];
crate::word_set!(speech_noun, SPEECH_NOUNS);

/// "her remark that “…”", "Trump's claim that there have been “…”": a
/// possessive before a noun for something said, a few words before the
/// quote, with no cue between.
fn possessed_words(
    text: &str,
    tokens: &[Token],
    in_quote: &[bool],
    floor: usize,
    to: usize,
) -> Option<Attribution> {
    let lo = floor.max(to.saturating_sub(10));
    let mut n = to;
    while n > lo {
        n -= 1;
        let t = &tokens[n];
        if in_quote[n] || t.kind != TokKind::Word {
            return None;
        }
        if !speech_noun(t.text(text)) {
            if match_at(text, tokens, n).is_some() || copula(t.text(text)) {
                return None;
            }
            continue;
        }
        // The words' content follows: "her claim that", "his calls to end",
        // "Trump's call for", not "Trump's comments “are based on …”".
        if n + 1 >= to
            || !matches!(
                tokens[n + 1].text(text),
                "that" | "to" | "for" | "of" | "about" | "as" | "on"
            )
        {
            return None;
        }
        // The owner: right before the noun, or before one or two modifiers
        // ("her own admission", "his past comments").
        for k in (n.saturating_sub(3).max(lo)..n).rev() {
            let o = &tokens[k];
            let w = o.text(text);
            let owner = if let Some(gender) = match w {
                "his" | "His" => Some(Some(crate::model::Gender::Male)),
                "her" | "Her" => Some(Some(crate::model::Gender::Female)),
                "their" | "Their" => Some(None),
                _ => None,
            } {
                Some(Mention::pronoun_at(
                    tokens,
                    k,
                    gender,
                    w.eq_ignore_ascii_case("their"),
                ))
            } else if o.cap && (w.ends_with("'s") || w.ends_with("’s")) {
                subject_before(text, tokens, lo.min(k), k + 1)
                    .filter(|m| matches!(m.kind, MentionKind::Name | MentionKind::Organization))
            } else {
                None
            };
            if let Some(m) = owner {
                return Some(Attribution {
                    cue: implied_cue("said", tokens, n),
                    mention: m,
                });
            }
            if o.kind != TokKind::Word || o.cap {
                break;
            }
        }
        return None;
    }
    None
}

const COPULAS: &[&str] = &[
    "is", "was", "are", "were", "be", "been", "being", "has", "have", "had", "will", "would",
];
crate::word_set!(copula, COPULAS);

/// Words that open a subordinate or relative clause with its own subject
/// ("when he claimed", "whom he describes as", "what it calls").
const SUBORDINATORS: &[&str] = &[
    "when", "as", "while", "after", "before", "because", "since", "if", "whom", "which", "what",
    "where", "though", "although", "whereas", "until", "once",
];
crate::word_set!(subordinator, SUBORDINATORS);

/// The nearest cue before the quote (after `from`) when its subject opens
/// a subordinate clause: the quote is that clause's, not the main one's.
fn subordinate_clause_cue(
    text: &str,
    tokens: &[Token],
    in_quote: &[bool],
    from: usize,
    to: usize,
) -> Option<Attribution> {
    let lo = from.max(to.saturating_sub(WINDOW));
    let mut i = to;
    while i > lo {
        i -= 1;
        if in_quote[i] {
            continue;
        }
        let Some(cue) = cue_here(text, tokens, i, 0.15) else {
            continue;
        };
        // ("as Rubio has said - and he can 'guarantee'": another clause.)
        if (cue.tokens.end..to).any(|k| {
            matches!(tokens[k].text(text), "-" | "—" | "–" | "(" | ";" | ":") && !in_quote[k]
        }) {
            return None;
        }
        let mention = subject_before(text, tokens, lo, cue.tokens.start)?;
        if !matches!(mention.kind, MentionKind::Name | MentionKind::Pronoun)
            && !usable(text, &mention)
        {
            return None;
        }
        let opener = mention.tokens.start.checked_sub(1).filter(|&k| k >= lo)?;
        let w = tokens[opener].text(text).to_ascii_lowercase();
        // ("Marco Rubio, who he dubbed “the little senator”": an object
        // relative clause with its own subject and cue holds the quote.)
        let relative = matches!(w.as_str(), "who" | "whom" | "which");
        return (subordinator(&w) || relative).then_some(Attribution { cue, mention });
    }
    None
}

/// Conjunctions that open a subordinate clause before the main one ("When
/// terrorists are revealed …, Obama calls them …"). Not "as" ("As Trump
/// put it, …" names the source) nor "according to".
const SUBORDINATE_OPENERS: &[&str] = &[
    "when", "while", "if", "because", "although", "though", "after", "before", "since", "once",
    "until", "unless", "whereas", "with", "despite",
];
crate::word_set!(subordinate_opener, SUBORDINATE_OPENERS);

/// The sentence from token `start` opens with a subordinate clause.
pub fn opens_subordinate(text: &str, tokens: &[Token], start: usize) -> bool {
    tokens
        .get(start)
        .is_some_and(|t| subordinate_opener(&t.text(text).to_ascii_lowercase()))
}

/// "because to her, “there's nothing more important …”", "To Smith, “…”":
/// the person the words are true for, right before the quote's comma.
pub fn viewpoint(text: &str, tokens: &[Token], floor: usize, open: usize) -> Option<Attribution> {
    let comma = open.checked_sub(1).filter(|&c| c > floor)?;
    if !tokens[comma].is_punct(text, ",") {
        return None;
    }
    if let Some(a) = in_words_of(text, tokens, floor, comma) {
        return Some(a);
    }
    let m = subject_before(text, tokens, floor, comma).or_else(|| {
        let t = &tokens[comma - 1];
        let gender = match t.text(text) {
            "him" => Some(crate::model::Gender::Male),
            "her" => Some(crate::model::Gender::Female),
            "them" => None,
            _ => return None,
        };
        Some(Mention::pronoun_at(
            tokens,
            comma - 1,
            gender,
            t.text(text) == "them",
        ))
    })?;
    let to = m.tokens.start.checked_sub(1).filter(|&k| k >= floor)?;
    // ("in regard to Clinton, “…”" is no viewpoint: "to" opens the phrase.)
    let opens = to == floor
        || tokens[to].text(text) == "To"
        || matches!(
            tokens[to - 1].text(text),
            "," | "because" | "and" | "but" | "so" | "while" | "as" | "yet"
        );
    (matches!(tokens[to].text(text), "to" | "To")
        && opens
        && m.tokens.end == comma
        && matches!(m.kind, MentionKind::Name | MentionKind::Pronoun))
    .then(|| Attribution {
        cue: implied_cue("said", tokens, to),
        mention: m,
    })
}

/// "in Forbes' words, “…”", "in the words of one aide, “…”": whose words
/// the quote is, before its comma at token `comma`.
fn in_words_of(text: &str, tokens: &[Token], floor: usize, comma: usize) -> Option<Attribution> {
    let lo = floor.max(comma.saturating_sub(12));
    let words = (lo..comma)
        .rev()
        .find(|&k| tokens[k].text(text) == "words")?;
    // "in X's words,": the owner before "words".
    if words + 1 == comma {
        let mut end = words;
        if end > lo && matches!(tokens[end - 1].text(text), "’" | "'") {
            end -= 1;
        }
        let m = subject_before(text, tokens, lo, end)?;
        let mut at = m.tokens.start.checked_sub(1)?;
        // ("in the Gazette's words": the name leaves "the" out.)
        if at > lo && tokens[at].text(text) == "the" {
            at -= 1;
        }
        let owner_ok =
            matches!(m.kind, MentionKind::Name | MentionKind::Organization) || usable(text, &m);
        return (at >= lo && tokens[at].text(text).eq_ignore_ascii_case("in") && owner_ok).then(
            || Attribution {
                cue: implied_cue("said", tokens, words),
                mention: m,
            },
        );
    }
    // "in the words of X,".
    let opens = words >= lo + 2
        && tokens[words - 1].text(text) == "the"
        && tokens[words - 2].text(text).eq_ignore_ascii_case("in")
        && tokens.get(words + 1).is_some_and(|t| t.text(text) == "of");
    if !opens {
        return None;
    }
    let m = subject_after(text, tokens, words + 2, comma).filter(|m| m.tokens.end == comma)?;
    (matches!(m.kind, MentionKind::Name | MentionKind::Organization) || usable(text, &m)).then(
        || Attribution {
            cue: implied_cue("said", tokens, words),
            mention: m,
        },
    )
}

/// A partial quote's attribution: the first cue of the sentence before the
/// quote that has a subject (the main clause), else the nearest cue after it.
pub fn partial(
    text: &str,
    tokens: &[Token],
    in_quote: &[bool],
    sentence: Range<usize>,
    quote: Range<usize>,
) -> Option<Attribution> {
    // Cues of the main clause first: in "While not everything Trump says is
    // true, Jamieson said Trump is '…'" the introductory clause's cue is not
    // the report's.
    let main =
        main_clause_start(text, tokens, sentence.start, quote.start).unwrap_or(sentence.start);
    // "Bill Clinton has been “very worked up about it,” said a source": a
    // quote closing on a comma with its attribution right after it is that
    // attribution's, whatever cue came before.
    // (Not a comma closing an opening subordinate clause: "After Scalia
    // said they might do better at “less advanced schools,” Trump said".)
    if quote_closes_on_comma(text, tokens, quote.clone())
        && !(sentence.start..quote.start.min(sentence.start + 3)).any(|k| {
            opens_subordinate(text, tokens, k) || tokens[k].text(text).eq_ignore_ascii_case("as")
        })
        && let Some(b) = cue_after_quote(text, tokens, in_quote, quote.end, sentence.end)
        && (b.cue.tokens.start == quote.end
            || b.mention.tokens.start == quote.end
            // ("…,” The Hill reported": the name leaves "The" out.)
            || (b.mention.tokens.start == quote.end + 1
                && tokens[quote.end].text(text).eq_ignore_ascii_case("the")))
        && b.cue.entry.reliability() >= STRONG_CUE
    {
        return Some(b);
    }
    // "Reid said both are 'non-entities', but he gave the Texan …": a
    // coordinated clause with its own subject holds the quote's cue.
    if let Some(clause) = last_coordinated_clause(text, tokens, main, quote.start)
        && let Some(a) = main_clause_cue(text, tokens, in_quote, clause, clause, quote.start)
    {
        return Some(a);
    }
    // "Hewitt asked Trump about statements he had made, when he claimed
    // Obama was 'the founder'": a subordinate clause with its own subject
    // and cue holds the quote.
    if let Some(a) = subordinate_clause_cue(text, tokens, in_quote, main, quote.start) {
        return Some(a);
    }
    let first =
        main_clause_cue(text, tokens, in_quote, main, sentence.start, quote.start).or_else(|| {
            // ("When terrorists are revealed …, Obama and Clinton call them
            // 'lone wolves'": a subordinate opening is not the attribution.)
            (main > sentence.start && !opens_subordinate(text, tokens, sentence.start)).then(
                || main_clause_cue(text, tokens, in_quote, sentence.start, sentence.start, main),
            )?
        });
    // "McAuliffe, who was greeted with chants of “Bobby!” …, according to
    // Crouse-Mays": a weak cue before the quote yields to a strong one
    // closing the sentence.
    if let Some(a) = &first
        && a.cue.entry.reliability() < STRONG_CUE
        && let Some(b) = cue_after_quote(text, tokens, in_quote, quote.end, sentence.end)
        && b.cue.entry.reliability() >= STRONG_CUE
        // (Closing the sentence: ", according to X", ", said X".)
        && b.cue.tokens.start > 0
        && tokens[b.cue.tokens.start - 1].is_punct(text, ",")
        && (b.cue.entry.phrase == "according to" || b.mention.tokens.start >= b.cue.tokens.end)
    {
        return Some(b);
    }
    if first.is_some() {
        return first;
    }
    // "Albright fanned controversy over her remark that “…”": with no cue
    // of its own before, the owner of the words (after one, "Ryan said
    // Obama's words “amount to …”", the quote is the cue's).
    if let Some(a) = possessed_words(text, tokens, in_quote, sentence.start, quote.start) {
        return Some(a);
    }
    cue_after_quote(text, tokens, in_quote, quote.end, sentence.end)
}

/// The quote at token range `quote` (its marks included) ends with a comma,
/// inside or right after the closing mark.
fn quote_closes_on_comma(text: &str, tokens: &[Token], quote: Range<usize>) -> bool {
    let inside = quote.end >= 2 && tokens[quote.end - 2].is_punct(text, ",");
    inside || tokens.get(quote.end).is_some_and(|t| t.is_punct(text, ","))
}

/// The first cue with a usable subject between a partial quote's end and
/// its sentence's end.
fn cue_after_quote(
    text: &str,
    tokens: &[Token],
    in_quote: &[bool],
    from: usize,
    to: usize,
) -> Option<Attribution> {
    let mut i = from;
    while i < to {
        if !in_quote[i]
            && let Some(cue) = cue_here(text, tokens, i, 0.15)
        {
            if let Some(mention) = subject_for(text, tokens, from, to, &cue)
                && usable(text, &mention)
            {
                return Some(Attribution { cue, mention });
            }
            i = cue.tokens.end;
            continue;
        }
        i += 1;
    }
    None
}

/// A cue the lexicon does not list, read from where it stands (an unknown
/// verb in the attribution slot, a label's colon): token `at`, taken as a
/// speech cue of middling reliability (one cue in two sightings).
fn implied_cue(phrase: &'static str, tokens: &[Token], at: usize) -> CueMatch {
    CueMatch {
        range: tokens[at].range(),
        tokens: at..at + 1,
        entry: CueEntry {
            phrase,
            as_cue: 1,
            seen: 2,
            kind: CueKind::Speech,
        },
    }
}

/// Reliability from which a cue outranks an earlier, weaker one.
const STRONG_CUE: f32 = 0.4;

/// A verb we do not know in the attribution slot right after a quote that
/// ends with a comma ("…," he surmised; "…," Trump went on; "…!" beamed
/// Donald Hartley): news style makes it a speech verb.
pub fn unknown_verb_after(
    text: &str,
    tokens: &[Token],
    from: usize,
    to: usize,
) -> Option<Attribution> {
    let to = to.min(tokens.len()).min(from + 8);
    for i in from..to {
        let t = &tokens[i];
        if t.kind != TokKind::Word {
            if is_sentence_end(text, tokens, i) {
                break;
            }
            continue;
        }
        let w = t.text(text);
        if t.cap || w.len() < 3 || not_a_verb(w) || is_skippable(w) {
            continue;
        }
        // The verb closes the attribution ("he surmised.", "Trump went on,"):
        // in "…!”Former Republican presidential candidate …" the word is
        // an adjective.
        let closes = i == from
            || tokens.get(i + 1).is_none_or(|n| {
                let nw = n.text(text);
                n.kind != TokKind::Word
                    || n.cap
                    || nw.ends_with("ly")
                    || is_skippable(nw)
                    || not_a_verb(nw)
                    || matches!(
                        nw,
                        "out" | "on" | "up" | "in" | "again" | "then" | "later" | "back" | "off"
                    )
            });
        if !closes {
            continue;
        }
        let mention = if i == from {
            // Inverted: "beamed Donald Hartley".
            subject_after(text, tokens, i + 1, to.max(i + 10))
                .filter(|m| matches!(m.kind, MentionKind::Name | MentionKind::Pronoun))
        } else {
            subject_before(text, tokens, from, i)
                .filter(|m| m.tokens.start == from)
                .or_else(|| clause_subject(text, tokens, from, i))
                .filter(|m| m.tokens.start == from)
        };
        let Some(mention) = mention else {
            continue;
        };
        if !(matches!(mention.kind, MentionKind::Name | MentionKind::Pronoun)
            || usable(text, &mention))
        {
            return None;
        }
        let cue = implied_cue("said", tokens, i);
        return Some(Attribution { cue, mention });
    }
    None
}

/// `He jokes, "It's a never ending line!"`: a verb we do not know between
/// the clause's subject and a comma or colon that opens the quote.
pub fn unknown_verb_before(
    text: &str,
    tokens: &[Token],
    floor: usize,
    open: usize,
) -> Option<Attribution> {
    let mark = open.checked_sub(1).filter(|&k| k > floor)?;
    if !(tokens[mark].is_punct(text, ",") || tokens[mark].is_punct(text, ":")) {
        return None;
    }
    let verb = mark - 1;
    let t = &tokens[verb];
    let w = t.text(text);
    if t.kind != TokKind::Word || t.cap || w.len() < 3 || not_a_verb(w) || is_skippable(w) {
        return None;
    }
    let mention = subject_before(text, tokens, floor, verb)
        .filter(|m| matches!(m.kind, MentionKind::Name | MentionKind::Pronoun))?;
    // The subject opens the clause: "He jokes", not "… told the crowd he jokes".
    if main_clause_start(text, tokens, floor, verb) != Some(mention.tokens.start) {
        return None;
    }
    let cue = implied_cue("said", tokens, verb);
    Some(Attribution { cue, mention })
}

/// Lower-case words that cannot be the verb of an attribution.
const NOT_VERBS: &[&str] = &[
    "and", "or", "but", "nor", "of", "in", "on", "at", "to", "for", "with", "by", "from", "who",
    "which", "that", "the", "a", "an", "as", "than", "into", "about", "after", "before", "while",
    "when", "where", "whose", "whom", "said", "says", "told", "says", "who's", "his", "her",
    "their", "its", "our", "my", "your", "this", "these", "those", "some", "all", "each", "per",
];
crate::word_set!(not_a_verb, NOT_VERBS);

/// The subject of the clause from token `floor` when it can be a source:
/// a name, a pronoun, or a description of people or sources.
pub fn clause_source(text: &str, tokens: &[Token], floor: usize, to: usize) -> Option<Mention> {
    clause_subject(text, tokens, floor, to)
        .filter(|m| matches!(m.kind, MentionKind::Name | MentionKind::Pronoun) || usable(text, m))
}

/// `Clinton: "Our goal is …"`, `The campaign worded it carefully: "…"`:
/// a quote right after a colon belongs to the subject of the clause the
/// colon ends.
pub fn colon_label(text: &str, tokens: &[Token], floor: usize, open: usize) -> Option<Attribution> {
    let colon = open.checked_sub(1).filter(|&c| c >= floor)?;
    if !tokens[colon].is_punct(text, ":") {
        return None;
    }
    // "She became so upset … that I had to change my answer: “…”": the
    // last clause's pronoun subject, else the sentence's subject.
    let mention = credited_label(text, tokens, floor, colon)
        .or_else(|| last_clause_pronoun(text, tokens, floor, colon))
        .or_else(|| clause_source(text, tokens, floor, colon))?;
    let cue = implied_cue(":", tokens, colon);
    Some(Attribution { cue, mention })
}

/// "TURNOUT DOESN’T RAISE EXPECTATIONS - Michael P. McDonald: “…”",
/// "From Bush's Facebook post: “…”": a name right before the colon, after
/// a dash (a rubric and its author) or "From".
fn credited_label(text: &str, tokens: &[Token], floor: usize, colon: usize) -> Option<Mention> {
    let lo = floor.max(colon.saturating_sub(12));
    // "From Bush's Facebook post:", "From the report:".
    if let Some(from) = (lo..colon).rev().find(|&k| tokens[k].text(text) == "From")
        && let Some(m) = subject_after(text, tokens, from + 1, colon)
        && matches!(m.kind, MentionKind::Name | MentionKind::Organization)
    {
        return Some(m);
    }
    let m = subject_before(text, tokens, lo, colon)?;
    let dash_before = m
        .tokens
        .start
        .checked_sub(1)
        .is_some_and(|k| matches!(tokens[k].text(text), "-" | "—" | "–"));
    (dash_before && matches!(m.kind, MentionKind::Name | MentionKind::Organization)).then_some(m)
}

/// A personal pronoun opening the last clause before token `to` (after
/// "that", "so", "and", "but" or a comma), followed by its verb.
fn last_clause_pronoun(text: &str, tokens: &[Token], floor: usize, to: usize) -> Option<Mention> {
    let lo = floor.max(to.saturating_sub(15));
    (lo + 1..to.saturating_sub(1)).rev().find_map(|k| {
        let opener = tokens[k - 1].text(text);
        let t = &tokens[k];
        let next = &tokens[k + 1];
        let (gender, plural) = pronoun(t.text(text))?;
        (matches!(opener, "that" | "so" | "and" | "but" | ",")
            && !t.text(text).eq_ignore_ascii_case("it")
            && next.kind == TokKind::Word
            && !next.cap)
            .then(|| Mention::pronoun_at(tokens, k, gender, plural))
    })
}

/// The sentence before token `start` in the same block, as a token range.
pub fn previous_sentence(
    text: &str,
    tokens: &[Token],
    in_quote: &[bool],
    start: usize,
) -> Option<Range<usize>> {
    if start == 0 || !super::tokens::is_sentence_end(text, &tokens[start - 1]) {
        return None;
    }
    let end = start - 1;
    if end == 0 {
        return None;
    }
    Some(sentence_around(text, tokens, in_quote, end - 1..end - 1).start..end)
}

/// "The senator said he rarely asks surrogates for help, “except …”": a
/// weak cue whose subject opens the clause reported by a strong one just
/// before it ("said (that) he asks") is part of what the outer speaker
/// said, so the quote is the outer speaker's.
pub fn reporting_speaker(
    text: &str,
    tokens: &[Token],
    floor: usize,
    a: Attribution,
) -> Attribution {
    // (A strong inner cue keeps the quote: "Smith said he told reporters
    // “…”" is the reporters' informant's own report.)
    if a.cue.entry.reliability() >= STRONG_CUE {
        return a;
    }
    let mut k = a.mention.tokens.start;
    if k > floor && tokens[k - 1].text(text).eq_ignore_ascii_case("that") {
        k -= 1;
    }
    for i in k.saturating_sub(3).max(floor)..k {
        if let Some(cue) = cue_here(text, tokens, i, STRONG_CUE)
            && cue.tokens.end == k
            && let Some(mention) = subject_for(text, tokens, floor, k, &cue)
            && mention.tokens.end <= cue.tokens.start
            && usable_for(text, tokens, &mention, &cue)
        {
            return Attribution { cue, mention };
        }
    }
    a
}

/// "As Breitbart News reported, …:", "…, as the foundation's website
/// notes:": an "as X said" aside in the sentence that introduces a quoted
/// passage names who the passage is from.
pub fn as_aside(text: &str, tokens: &[Token], from: usize, to: usize) -> Option<Attribution> {
    let opens = |k: usize| {
        tokens[k].text(text).eq_ignore_ascii_case("as")
            && (k == from || tokens[k - 1].is_punct(text, ","))
    };
    (from..to).filter(|&k| opens(k)).find_map(|k| {
        (k + 2..to.min(k + 10)).find_map(|i| {
            let cue = cue_here(text, tokens, i, STRONG_CUE)?;
            let mention = subject_before(text, tokens, k + 1, i)?;
            // ("As the Daily Courier reported": the name leaves "the" out.)
            let starts = mention.tokens.start == k + 1
                || (mention.tokens.start == k + 2
                    && tokens[k + 1].text(text).eq_ignore_ascii_case("the"));
            (starts && usable_for(text, tokens, &mention, &cue))
                .then_some(Attribution { cue, mention })
        })
    })
}

//! Finds reported-speech clauses in one sentence: the cue, its source and
//! the content clause, in token indices.
//!
//! Three shapes cover most news writing:
//! - content first: "C, S said." / "C, said S." / "C, according to S."
//! - source first:  "S said (that) C." / "S told reporters that C." / "According to S, C."
//! - a participle continuing the subject's speech: "S did X, saying (that) C."

use std::ops::Range;

use super::lexicon::{
    CLAUSE_OPENERS, PRONOUNS, cue_share, cue_verb_facts, is_auxiliary, is_cue_phrase, is_cue_verb,
    is_in, is_not_subject_end, is_time_word,
};
use super::tokens::{TokKind, Token};

/// One reported-speech item, in token indices of the block.
#[derive(Debug, Clone, PartialEq)]
pub struct Found {
    pub content: Range<usize>,
    pub cue: Range<usize>,
    pub source: Range<usize>,
    pub confidence: f32,
}

/// Tuning knobs, kept together so the rules read plainly.
#[derive(Debug, Clone, Copy)]
pub struct Settings {
    /// Lowest PolNeAR cue share for a word to count as a cue verb.
    pub min_share: f32,
    /// A word whose share is below this stays a cue only when the train
    /// precision table vouches for it: rare cue words ("think", "want")
    /// share their forms with many non-cue uses.
    pub trusted_share: f32,
    /// Lowest precision these rules reached on PolNeAR train with a cue word
    /// for it to stay a cue (0 keeps every word).
    pub min_precision: f32,
    /// Fewest words a content clause may have.
    pub min_content_words: usize,
    /// Most words a subject may have before it is judged not to be one.
    pub max_subject_words: usize,
}

impl Default for Settings {
    fn default() -> Self {
        Self {
            min_share: 0.05,
            trusted_share: 0.15,
            min_precision: 0.3,
            min_content_words: 2,
            max_subject_words: 25,
        }
    }
}

/// Reported-speech items of the sentence `sent` (token indices into `toks`).
pub fn analyse(toks: &[Token], sent: Range<usize>, settings: &Settings) -> Vec<Found> {
    // No news sentence runs this long; a run without stops (a list, a table,
    // junk) is skipped, which keeps the work per cue bounded and the whole
    // pass linear in the input.
    if sent.len() > MAX_SENTENCE_TOKENS {
        return Vec::new();
    }
    let mut body = trim_sentence(toks, sent.clone());
    // "…impartial.'' He added …": a closing mark after the previous
    // sentence's stop belongs to that sentence, not to this one's subject.
    while body.start < body.end
        && body.start > 0
        && toks[body.start].kind == TokKind::Quote
        && matches!(toks[body.start - 1].kind, TokKind::Stop | TokKind::Quote)
    {
        body.start += 1;
    }
    let mut found: Vec<Found> = Vec::new();
    let mut i = body.start;
    while i < body.end {
        let t = &toks[i];
        if !t.is_word() || t.quoted {
            i += 1;
            continue;
        }
        let item = if t.is("according") && toks.get(i + 1).is_some_and(|n| n.is("to")) {
            according_to(toks, body.clone(), i)
        } else if t.is("in") {
            in_poll(toks, body.clone(), i)
        } else if let Some(found) = (toks.get(i + 1).is_some_and(|n| n.is("that"))
            && is_in(NOMINAL_CUES, t.lower))
        .then(|| nominal_cue(toks, body.clone(), i))
        .flatten()
        {
            Some(found)
        } else if toks.get(i + 1).is_some_and(|n| {
            // "called upon" is "called on".
            let preposition = if n.is("upon") { "on" } else { n.lower };
            is_cue_phrase(t.lower, preposition)
        }) {
            cue_phrase(toks, body.clone(), i, settings, &found)
        } else if let Some(after) = made_clear_end(toks, i) {
            made_clear(toks, body.clone(), i, after, settings)
        } else if accepts_cue(t.lower, settings) {
            cue_verb(toks, body.clone(), i, settings, &found)
        } else {
            None
        };
        if let Some(mut item) = item
            && let Some(mut content) = unquoted_part(toks, item.content.clone())
            && (words_in(toks, content.clone()) >= settings.min_content_words
                || lone_object(toks, &content, &item.cue))
            // A content before its cue ("C, S said") is a clause; two
            // words there are a fragment ("34 percent, according to …").
            // (A passive's subject, "Her death was confirmed by …", is a
            // noun phrase, not a fragment.)
            && (content.end > item.cue.start
                || words_in(toks, content.clone()) >= 3
                || toks[item.cue.end - 1].is("by"))
        {
            if let Some(end) = subordinate_clause_end(toks, body.clone(), i)
                && content.start < end
                && end < content.end
            {
                content.end = end;
            }
            item.content = content;
            found.push(item);
        }
        i += 1;
    }
    cut_at_coordinated_sources(toks, &mut found);
    drop_nested_and_repeated(&mut found);
    found
}

/// "Clinton blasted Sanders", "the union endorsed him": a one-word content
/// after its cue is a stance's object when it is a name or an object
/// pronoun (PolNeAR train: 0.44 of these right; other lone words, "said
/// so", "know why", far fewer).
fn lone_object(toks: &[Token], content: &Range<usize>, cue: &Range<usize>) -> bool {
    let Some(word) = toks[content.clone()].iter().find(|t| t.is_word()) else {
        return false;
    };
    content.start >= cue.end
        && !word.quoted
        && (word.capital && !is_in(PRONOUNS, word.lower) && !is_time_word(word.lower)
            || matches!(word.low(), "him" | "her" | "them" | "us" | "me"))
}

/// "Negotiators said they were calling for an agreement": a cue inside
/// another item's content is part of what that source reported; on its own
/// it is a second, overlapping item that PolNeAR train mostly does not have
/// (precision 0.14 there).
fn drop_nested_and_repeated(found: &mut Vec<Found>) {
    let contents: Vec<Range<usize>> = found.iter().map(|f| f.content.clone()).collect();
    // (An item's own content may span its cue: "C1, according to S, C2".)
    let mut index = 0;
    found.retain(|f| {
        let own = index;
        index += 1;
        !contents
            .iter()
            .enumerate()
            .any(|(i, c)| i != own && c.start <= f.cue.start && f.cue.end <= c.end)
    });
    // Two cues over one content ("C, S said, adding …"): one item, the
    // more confident.
    let mut kept: Vec<Found> = Vec::new();
    for f in found.drain(..) {
        match kept
            .iter()
            .position(|k| mostly_same(&k.content, &f.content))
        {
            Some(i) if kept[i].confidence < f.confidence => kept[i] = f,
            Some(_) => {}
            None => kept.push(f),
        }
    }
    *found = kept;
}

/// Whether two token ranges overlap by more than half their union.
fn mostly_same(a: &Range<usize>, b: &Range<usize>) -> bool {
    let inter = a.end.min(b.end).saturating_sub(a.start.max(b.start));
    let union = a.end.max(b.end) - a.start.min(b.start);
    inter * 2 > union
}

/// "Most said C1, and more than half said C2": C1 ends before the second
/// attribution's subject when a conjunction joins the two.
fn cut_at_coordinated_sources(toks: &[Token], found: &mut [Found]) {
    let starts: Vec<usize> = found.iter().map(|f| f.source.start).collect();
    for f in found.iter_mut() {
        for &s in &starts {
            // (An item's own source may stand inside its content: "C1, he
            // said, C2".)
            if s > f.content.start && s < f.content.end && s != f.source.start {
                let mut cut = s;
                while cut > f.content.start
                    && (matches!(toks[cut - 1].low(), "and" | "but" | "while" | "whereas")
                        || toks[cut - 1].kind == TokKind::Comma)
                {
                    cut -= 1;
                }
                if cut < s && cut > f.content.start {
                    f.content.end = cut;
                }
            }
        }
    }
}

/// The content up to the clause break before a direct quotation in it
/// ("C, which he called “a cartel”"): the quotation is the quote finder's.
/// A content that opens with a quotation is a direct quote, not reported
/// speech (`None`); a phrase quoted inside the first clause ("there had
/// been a “meaningful discussion” at the talks") stays in it.
fn unquoted_part(toks: &[Token], content: Range<usize>) -> Option<Range<usize>> {
    let Some(first_quoted) = content.clone().find(|&k| toks[k].quoted) else {
        return Some(content);
    };
    // "described … as “a special military operation”": the quotation is
    // the content, and it is the quote finder's.
    if toks[content.start..first_quoted]
        .iter()
        .all(|t| matches!(t.low(), "as" | "a" | "an" | "the") || t.kind == TokKind::Quote)
    {
        return None;
    }
    // Only short quoted phrases (a word or a few, "partial" quotes) stay.
    let mut run = 0;
    let mut longest = 0;
    for t in &toks[content.clone()] {
        run = if t.quoted && t.is_word() {
            run + 1
        } else if t.quoted {
            run
        } else {
            0
        };
        longest = longest.max(run);
    }
    // PolNeAR counts a content with a quotation in it as a quote ("mixed"),
    // not reported speech: a single quoted word ("will “drastically”
    // reduce") or a quotation that ends the sentence ("Trump is a “total
    // opportunist.”") makes the words the speaker's, and the quote finder
    // has them. A short phrase inside ("there had been a “meaningful
    // discussion” at the talks") stays reported speech.
    let ends_quoted = toks[content.clone()]
        .iter()
        .rev()
        .find(|t| t.is_word())
        .is_some_and(|t| t.quoted);
    // (NYT ''…'' quotations are outside that convention: PolNeAR leaves
    // them to reported speech.)
    let apostrophes = (content.start..=first_quoted)
        .rev()
        .find(|&k| toks[k].kind == TokKind::Quote)
        .or_else(|| {
            (content.start.saturating_sub(3)..content.start)
                .rev()
                .find(|&k| toks[k].kind == TokKind::Quote)
        })
        .is_some_and(|k| toks[k].lower == "'");
    if !apostrophes {
        // PolNeAR counts any content with a quotation in it as a quote
        // ("mixed"), never as reported speech (on train, 4 of 256 such
        // items were right): only a first clause that ends before the
        // quotation's own clause stays ("observers went with the marchers,
        // whom he described as “peaceful”").
        // (A short noun phrase quoted inside the first clause, "there had
        // been a “meaningful discussion” at the talks", stays reported
        // speech, as the seeds gold has it.)
        let noun_phrase =
            first_quoted > content.start + 1 && matches!(toks[first_quoted - 1].low(), "a" | "an");
        if (2..=3).contains(&longest) && !ends_quoted && noun_phrase {
            return Some(content);
        }
        let comma = comma_before(toks, content.start, first_quoted)?;
        return (comma > content.start && opens_aside(toks, comma + 1, first_quoted))
            .then_some(content.start..comma);
    }
    if longest <= 3 {
        return Some(content);
    }
    let comma = comma_before(toks, content.start, first_quoted)?;
    (comma > content.start).then_some(content.start..comma)
}

/// Whether the words from `from` open a clause of their own that holds the
/// quotation at `quoted`: a relative clause or a new cue ("whom he
/// described as", "calling it", "which he called").
fn opens_aside(toks: &[Token], from: usize, quoted: usize) -> bool {
    toks.get(from).is_some_and(|t| {
        matches!(
            t.low(),
            "which" | "who" | "whom" | "whose" | "where" | "while" | "but" | "although"
        ) || t.lower.ends_with("ing") && is_cue_verb(t.lower, 0.3)
    }) && quoted > from
}

/// Whether `word` heads a reported-speech clause under `settings`.
pub fn accepts_cue(word: &str, settings: &Settings) -> bool {
    // (One lookup for what `is_cue_verb`, `cue_share`, `train_precision`
    // and `TIME_WORDS` say of the word.)
    let Some(verb) = cue_verb_facts(word) else {
        return false;
    };
    let cue = verb.share >= settings.min_share;
    if !cue || settings.min_precision <= 0.0 {
        return cue;
    }
    let trusted = verb.share >= settings.trusted_share;
    match verb.precision {
        // A rare cue word needs enough evidence, and never a day name
        // ("said Sunday that …" made "Sunday" look like a cue).
        Some((n, p)) if !trusted => {
            n >= MIN_EVIDENCE && p >= settings.min_precision && !verb.time_word
        }
        Some((_, p)) => p >= settings.min_precision,
        None => trusted,
    }
}

/// The PolNeAR cue share from which a verb is a speech verb ("said",
/// "announced") rather than an act that attributes a stance ("endorsed").
const SPEECH_SHARE: f32 = 0.5;

/// Predictions a rare cue word must have made on train to be trusted.
const MIN_EVIDENCE: u32 = 10;

/// A headline "Roger Stone: Don't Trust the Voting Machines": a short name,
/// a colon, then what the named one says.
pub fn headline_colon(toks: &[Token]) -> Option<Found> {
    let colon = toks.iter().position(|t| t.lower == ":")?;
    // "EXCLUSIVE – Roger Stone: …": a rubric before a dash is not the name.
    let name_start = (0..colon)
        .rev()
        .find(|&k| toks[k].kind == TokKind::Comma)
        .map_or(0, |k| k + 1);
    let name = &toks[name_start..colon];
    let words = words_in(toks, name_start..colon);
    let capitals = name.iter().filter(|t| t.is_word() && t.capital).count();
    let end = trim_sentence(toks, colon + 1..toks.len()).end;
    let content = colon + 1..end;
    // A headline that is one quotation ("Trump: ‘I’m the Worst …’") is the
    // quote finder's.
    let wholly_quoted = toks
        .get(content.start)
        .is_some_and(|t| t.kind == TokKind::Quote)
        && toks[content.clone()]
            .iter()
            .rev()
            .find(|t| t.is_word())
            .is_some_and(|t| t.quoted);
    // "Clinton camp:", "Clinton to Planned Parenthood:": a short lead that
    // opens with a name.
    ((1..=6).contains(&words)
        && name
            .first()
            .is_some_and(|t| t.is_word() && t.capital && !t.is("the"))
        && capitals * 2 >= words
        && name.iter().all(|t| t.is_word() || t.kind == TokKind::Stop)
        && !name.iter().any(|t| is_in(HEADLINE_LABELS, t.lower))
        && words_in(toks, content.clone()) >= 3
        && !wholly_quoted)
        .then_some(Found {
            content,
            cue: colon..colon + 1,
            source: name_start..colon,
            confidence: 0.6,
        })
}

/// A transcript paragraph "CLINTON: Honestly, I …" or "Q: And the wall?":
/// a speaker's label in capitals, a colon, then all the speaker said.
pub fn transcript_line(toks: &[Token]) -> Option<Found> {
    let colon = toks.iter().take(5).position(|t| t.lower == ":")?;
    let label = &toks[..colon];
    let interviewer = matches!(label, [t] if t.is("q") || t.is("a"));
    let capitals = !label.is_empty()
        && label.len() <= 3
        && label.iter().all(|t| {
            t.is_word() && t.upper_case && t.lower.chars().filter(|c| c.is_alphabetic()).count() > 1
        });
    if !(interviewer && label[0].capital || capitals)
        || label.iter().any(|t| is_in(HEADLINE_LABELS, t.lower))
    {
        return None;
    }
    let end = trim_sentence(toks, colon + 1..toks.len()).end;
    let content = colon + 1..end;
    (words_in(toks, content.clone()) >= 2 && !toks[content.start].quoted).then_some(Found {
        content,
        cue: colon..colon + 1,
        source: 0..colon,
        confidence: 0.6,
    })
}

/// Rubrics that head a headline without speaking it ("Analysis: …").
const HEADLINE_LABELS: &[&str] = &[
    "analysis",
    "exclusive",
    "update",
    "updated",
    "watch",
    "video",
    "opinion",
    "editorial",
    "live",
    "breaking",
    "photos",
    "review",
    "latest",
    "interview",
    "commentary",
    "explainer",
    "factbox",
    "timeline",
    "q&a",
    "transcript",
    "full",
    "text",
    "read",
    "listen",
    "correction",
];

const MAX_SENTENCE_TOKENS: usize = 400;

/// The sentence without its final stops and closing marks.
fn trim_sentence(toks: &[Token], sent: Range<usize>) -> Range<usize> {
    let mut end = sent.end;
    while end > sent.start
        && matches!(
            toks[end - 1].kind,
            TokKind::Stop | TokKind::Quote | TokKind::Other
        )
        && !toks[end - 1].quoted
    {
        end -= 1;
    }
    sent.start..end
}

fn words_in(toks: &[Token], r: Range<usize>) -> usize {
    toks[r].iter().filter(|t| t.is_word()).count()
}

/// "According to S, C." and "C, according to S."
fn according_to(toks: &[Token], body: Range<usize>, at: usize) -> Option<Found> {
    let cue = at..at + 2;
    let source_start = at + 2;
    let source_end = next_comma(toks, source_start, body.end).unwrap_or(body.end);
    if source_end <= source_start {
        return None;
    }
    let source = source_start..source_end;
    // A bracketed aside "(…, according to S)" is its own sentence; a
    // bracket closed before the cue ("women (61 percent), according to S")
    // is not.
    let start = (body.start..at)
        .rev()
        .take_while(|&k| toks[k].lower != ")")
        .find(|&k| toks[k].lower == "(")
        .map_or(body.start, |k| k + 1);
    let after = skip_commas(toks, source_end, body.end)..body.end;
    let found = |content| {
        Some(Found {
            content,
            cue: cue.clone(),
            source: source.clone(),
            confidence: 0.81,
        })
    };
    let before = comma_before(toks, start, at);
    if at == start || before.is_none() && starts_clause(toks, start, at) {
        // "According to S, C."
        return found(after);
    }
    let comma = before?;
    let lead = start..comma;
    // "C, according to S, an advocacy group.": the tail describes S.
    if is_appositive(toks, after.clone()) {
        return Some(Found {
            content: lead,
            cue,
            source: source.start..after.end,
            confidence: 0.81,
        });
    }
    if words_in(toks, after.clone()) >= 2 {
        // "In addition, according to S, C." / "At the heart of it,
        // according to S, was C2." / "C, according to S - an aside.": a
        // lead that is a clause of its own is the whole content.
        let lead_is_clause = toks[lead.clone()]
            .iter()
            .any(|t| is_in(FINITE, t.lower) || is_in(SUBJECT_PRONOUNS, t.lower));
        return if words_in(toks, lead.clone()) < 4 {
            found(after)
        } else if lead_is_clause {
            found(lead)
        } else {
            found(lead.start..after.end)
        };
    }
    // "C, according to S."
    found(lead)
}

/// A short noun phrase describing what precedes it ("an advocacy group",
/// "the state's largest newspaper"): no verb, no clause of its own.
fn is_appositive(toks: &[Token], r: Range<usize>) -> bool {
    let words = words_in(toks, r.clone());
    (1..=10).contains(&words)
        && toks.get(r.start).is_some_and(|t| {
            matches!(
                t.low(),
                "a" | "an" | "the" | "which" | "who" | "one" | "another"
            )
        })
        && !toks[r.clone()].iter().any(|t| {
            t.is("that") || t.quoted || is_in(FINITE, t.lower) && !is_relative_start(toks, &r)
        })
}

/// "which has …", "who is …": a relative clause describes the source too.
fn is_relative_start(toks: &[Token], r: &Range<usize>) -> bool {
    toks.get(r.start)
        .is_some_and(|t| matches!(t.low(), "which" | "who"))
}

/// "In a new CNN poll, C." / "C in the latest poll." / "C, in the survey
/// taken July 11-14.": a poll is the source of the finding it reports.
fn in_poll(toks: &[Token], body: Range<usize>, at: usize) -> Option<Found> {
    let phrase_end = next_comma(toks, at + 1, body.end).unwrap_or(body.end);
    let head = (at + 1..phrase_end.min(at + 7))
        .find(|&k| matches!(toks[k].low(), "poll" | "polls" | "survey" | "surveys"))?;
    // The phrase is a noun phrase: no verb, no clause.
    if toks[at + 1..head]
        .iter()
        .any(|t| !t.is_word() || t.quoted || is_in(FINITE, t.lower) || t.is("that"))
    {
        return None;
    }
    let found = |content: Range<usize>| {
        (words_in(toks, content.clone()) >= 3).then(|| Found {
            content,
            cue: at..at + 1,
            source: at + 1..phrase_end,
            confidence: 0.6,
        })
    };
    if starts_clause(toks, body.start, at) {
        // "In exit polls, C." / "In the new poll, conducted March 11-13, C."
        let mut after = skip_commas(toks, phrase_end, body.end);
        if toks.get(after).is_some_and(|t| {
            matches!(
                t.low(),
                "conducted" | "released" | "taken" | "published" | "completed"
            )
        }) && let Some(next) = next_comma(toks, after, body.end)
        {
            after = skip_commas(toks, next, body.end);
        }
        return (phrase_end < body.end)
            .then(|| found(after..body.end))
            .flatten();
    }
    // "C in the latest poll." / "C, in the survey, taken …": the poll
    // phrase ends the sentence, with nothing of a clause after its noun.
    let tail_words = words_in(toks, at + 1..body.end);
    let clause_after = toks[head + 1..body.end].iter().any(|t| {
        is_in(FINITE, t.lower)
            || matches!(
                t.low(),
                "and" | "but" | "by" | "to" | "that" | "who" | "which"
            )
    });
    // "his rise in the polls", "leads in the polls": standings, not a
    // poll's finding; and a speech verb before the phrase is the clause's
    // own cue ("Carson says he is under attack because of his rise in the
    // polls").
    let standings = toks[at + 1..=head]
        .iter()
        .all(|t| t.is("the") || t.is("polls"));
    let speech_before = toks[body.start..at]
        .iter()
        .any(|t| t.is_word() && !t.quoted && cue_share(t.lower).is_some_and(|s| s >= SPEECH_SHARE));
    if tail_words <= 8 && !clause_after && !standings && !speech_before {
        let end = if toks[at - 1].kind == TokKind::Comma {
            at - 1
        } else {
            at
        };
        return found(body.start..end);
    }
    None
}

/// Nouns that report what someone said or holds: "Trump's claim that …".
const NOMINAL_CUES: &[&str] = &[
    "claim",
    "claims",
    "assertion",
    "statement",
    "argument",
    "belief",
    "view",
    "suggestion",
    "accusation",
    "allegation",
    "warning",
    "promise",
    "pledge",
    "insistence",
    "contention",
    "concern",
    "fear",
    "hope",
    "prediction",
    "admission",
];

/// "Trump's claim that C", "his insistence that C": the possessor is the
/// source and the "that" clause the content.
fn nominal_cue(toks: &[Token], body: Range<usize>, at: usize) -> Option<Found> {
    if !toks.get(at + 1).is_some_and(|t| t.is("that")) || at == body.start {
        return None;
    }
    // The possessor, right before the noun or before one adjective.
    let possessor = (at.saturating_sub(2).max(body.start)..at)
        .rev()
        .find(|&k| {
            let w = toks[k].lower;
            matches!(w, "his" | "her" | "their" | "its") || w.ends_with("'s") && toks[k].capital
        })?;
    // The name before "'s" ("Donald Trump's") belongs to the source.
    let mut start = possessor;
    while start > body.start
        && toks[start - 1].is_word()
        && toks[start - 1].capital
        && possessor - start < 3
    {
        start -= 1;
    }
    let content = content_after(toks, at + 1, body.end)?;
    Some(Found {
        content,
        cue: at..at + 1,
        source: start..possessor + 1,
        confidence: 0.6,
    })
}

/// After "made clear" or "made it clear" at `at`: the token past "clear".
fn made_clear_end(toks: &[Token], at: usize) -> Option<usize> {
    if !matches!(toks[at].low(), "made" | "makes" | "make") {
        return None;
    }
    let clear = if toks.get(at + 1).is_some_and(|t| t.is("it")) {
        at + 2
    } else {
        at + 1
    };
    toks.get(clear)
        .is_some_and(|t| t.is("clear"))
        .then_some(clear + 1)
}

/// "Obama made clear that C", "Epstein made it clear the comment hit a
/// nerve": a stance as plain as a speech verb, whose "made" alone is too
/// common a word to be a cue.
fn made_clear(
    toks: &[Token],
    body: Range<usize>,
    at: usize,
    after: usize,
    settings: &Settings,
) -> Option<Found> {
    let mut cue_start = at;
    while cue_start > body.start && in_cue_group(&toks[cue_start - 1]) {
        cue_start -= 1;
    }
    let source = subject_before(toks, body.start, cue_start, settings)
        .or_else(|| appositive_chain_subject(toks, body.clone(), cue_start))?;
    let content = content_after(toks, after, body.end)?;
    Some(Found {
        content,
        cue: cue_start..after,
        source,
        confidence: 0.7,
    })
}

/// True when only openers ("But", "And") stand between `from` and `at`.
fn starts_clause(toks: &[Token], from: usize, at: usize) -> bool {
    toks[from..at]
        .iter()
        .all(|t| is_in(CLAUSE_OPENERS, t.lower) || t.kind == TokKind::Comma)
}

fn next_comma(toks: &[Token], from: usize, to: usize) -> Option<usize> {
    (from..to).find(|&k| toks[k].kind == TokKind::Comma && !toks[k].quoted)
}

/// The last unquoted comma in `from..at`.
fn comma_before(toks: &[Token], from: usize, at: usize) -> Option<usize> {
    (from..at)
        .rev()
        .find(|&k| toks[k].kind == TokKind::Comma && !toks[k].quoted)
}

fn skip_commas(toks: &[Token], mut k: usize, end: usize) -> usize {
    while k < end && toks[k].kind == TokKind::Comma {
        k += 1;
    }
    k
}

/// "S called for C", "S talked about C": the content is the phrase after
/// the preposition.
fn cue_phrase(
    toks: &[Token],
    body: Range<usize>,
    at: usize,
    settings: &Settings,
    earlier: &[Found],
) -> Option<Found> {
    let mut cue_start = at;
    while cue_start > body.start && is_auxiliary(toks[cue_start - 1].lower) {
        cue_start -= 1;
    }
    // "…, pointing to C": a participle continues the main subject.
    let after_comma = cue_start == at
        && at > body.start
        && toks[at - 1].kind == TokKind::Comma
        && toks[at].lower.ends_with("ing");
    let source = if after_comma {
        earlier
            .last()
            .map(|f| f.source.clone())
            .or_else(|| speaker_before_comma(toks, body.clone(), at - 1, settings))
            .or_else(|| leading_subject(toks, body.start..at - 1))?
    } else {
        subject_before(toks, body.start, cue_start, settings)?
    };
    let content = content_after(toks, at + 2, body.end)?;
    Some(Found {
        content,
        cue: cue_start..at + 2,
        source,
        confidence: 0.6,
    })
}

/// A cue verb at `v`: decides which shape the sentence has around it.
fn cue_verb(
    toks: &[Token],
    body: Range<usize>,
    v: usize,
    settings: &Settings,
    earlier: &[Found],
) -> Option<Found> {
    // The cue group: auxiliaries and adverbs before the verb ("has also said",
    // "has since stressed", "has ridiculously claimed").
    let mut cue_start = v;
    while cue_start > body.start && in_cue_group(&toks[cue_start - 1]) {
        cue_start -= 1;
    }
    let cue = cue_start..v + 1;
    // "would consider", "could announce": a possible act, not an attribution
    // (negated or past modals of speech, "would not say", stay).
    if toks[cue.clone()].iter().any(|t| is_in(MODALS, t.lower))
        && !toks[cue.clone()]
            .iter()
            .any(|t| t.is("not") || t.lower.ends_with("n't"))
        && cue_share(toks[v].lower).is_some_and(|s| s < 0.5)
    {
        return None;
    }
    // The verb's own phrase ends where a participle or "according to" takes over.
    // ("said, when she was …, a boss invited her": a subordinate clause
    // right after the verb opens the content.)
    let tail_end = (v + 1..body.end)
        .find(|&k| {
            toks[k].kind == TokKind::Comma
                && toks.get(k + 1).is_some_and(|n| {
                    n.is("according")
                        || is_in(CLAUSE_OPENERS, n.lower)
                            && !(k == v + 1
                                && is_in(SUBORDINATORS, n.lower)
                                && cue_share(toks[v].lower).is_some_and(|s| s >= SPEECH_SHARE))
                        || n.lower.ends_with("ing") && is_cue_verb(n.lower, 0.3)
                })
        })
        .unwrap_or(body.end);
    let tail = v + 1..tail_end;

    // "C, said S." — the verb right after a comma, a short name after it.
    // ("…, Bernie Sanders, also praised the president's actions": an
    // adverb before the verb makes it the subject's, not an inversion.)
    if cue_start > body.start
        && cue_start == v
        && toks[cue_start - 1].kind == TokKind::Comma
        && is_trailing_source(toks, tail.clone())
        && cue_share(toks[v].lower).is_some_and(|s| s >= 0.5)
        && !is_hearer_verb(toks[v].lower)
        && !toks[v].lower.ends_with("ing")
    {
        let comma = cue_start - 1;
        let content = body.start..comma;
        return Some(Found {
            content,
            cue,
            source: tail,
            confidence: 0.82,
        });
    }

    // A participle after a comma ("…, saying …"), or a verb coordinated with
    // an earlier one ("… and said …"), continues the main subject's speech.
    // "… and said", "… and on Monday announced".
    let mut before_time = cue_start;
    while before_time > body.start
        && cue_start - before_time < 4
        && toks[before_time - 1].is_word()
        && is_time_word(toks[before_time - 1].lower)
    {
        before_time -= 1;
    }
    let coordinated =
        before_time > body.start && matches!(toks[before_time - 1].low(), "and" | "but");
    // "Clinton is declaring that …": a progressive is a finite verb with
    // its own subject, not a participle.
    // ("he's hoping": the contraction holds the auxiliary.)
    let progressive = toks[cue_start..v].iter().any(|t| is_in(BE_FORMS, t.lower))
        || cue_start > body.start && is_be_contraction(toks[cue_start - 1].lower);
    let participle = toks[v].lower.ends_with("ing") && !progressive;
    // "evidence suggesting that C", "ledgers showing he was paid": a
    // participle right after a noun reports what that noun shows.
    if participle
        && !coordinated
        && let Some(found) = noun_participle(toks, body.clone(), cue_start, v, settings)
    {
        return Some(found);
    }
    // "… has soared in the polls by saying that C", "After saying C, the
    // man …": a participle after a preposition reports the main subject.
    if participle
        && cue_start == v
        && v > body.start
        && matches!(
            toks[v - 1].low(),
            "by" | "after" | "before" | "while" | "when" | "without" | "since"
        )
    {
        let prep = v - 1;
        let source = if starts_clause(toks, body.start, prep) {
            leading_subject(toks, body.clone())
        } else {
            leading_subject(toks, body.start..prep)
        }?;
        // With the subject after the opening phrase, that phrase holds the
        // content.
        let end = if source.start >= v && prep == body.start {
            source.start
        } else {
            body.end
        };
        let content = content_after(toks, v + 1, end)?;
        return Some(Found {
            content,
            cue,
            source,
            confidence: 0.6,
        });
    }
    if participle || coordinated {
        // The comma before the participle, also inside a closing mark
        // ("what was called the “Golden Week,” saying …").
        let comma = (cue_start > body.start)
            .then(|| cue_start - 1)
            .and_then(|k| match toks[k].kind {
                TokKind::Comma => Some(k),
                TokKind::Quote if k > body.start && toks[k - 1].kind == TokKind::Comma => {
                    Some(k - 1)
                }
                _ => None,
            });
        if !coordinated && comma.is_none() {
            return None;
        }
        let source = earlier
            .last()
            .map(|f| f.source.clone())
            .or_else(|| {
                (!coordinated)
                    .then_some(comma)
                    .flatten()
                    .and_then(|c| speaker_before_comma(toks, body.clone(), c, settings))
            })
            .or_else(|| leading_subject(toks, body.start..comma.unwrap_or(cue_start)))?;
        let content = content_after(toks, v + 1, body.end)?;
        return Some(Found {
            content,
            cue,
            source,
            confidence: 0.6,
        });
    }

    // "was revealed", "is dismissed": a passive verb has no speaking subject.
    if toks[cue_start..v].iter().any(|t| {
        matches!(
            t.low(),
            "is" | "was" | "are" | "were" | "been" | "be" | "being"
        )
    }) && toks[v].lower.ends_with("ed")
    {
        // "O'Malley's move was first reported by MSNBC", "Her death was
        // confirmed by the group": the agent is the source, the subject
        // the content.
        return passive_with_agent(toks, body, cue, v, settings);
    }
    let subject = subject_before(toks, body.start, cue_start, settings)
        .or_else(|| appositive_chain_subject(toks, body.clone(), cue_start))?;
    // "“…,” Kasich told a crowd in Ohio": the verb attributes the quotation
    // before it, which is the quote finder's.
    if subject.start > body.start
        && toks[subject.start - 1].quoted
        && toks[subject.start - 1].kind == TokKind::Quote
    {
        return None;
    }

    // "C, S said (on Tuesday)." — nothing of substance after the verb: the
    // content is what comes before the subject, or there is none.
    if is_trailing_adverbial(toks, tail.clone(), &toks[v]) {
        let boundary = subject.start.checked_sub(1)?;
        if boundary <= body.start || !matches!(toks[boundary].kind, TokKind::Comma | TokKind::Quote)
        {
            return None;
        }
        return Some(Found {
            content: body.start..boundary,
            cue,
            source: subject,
            confidence: 0.83,
        });
    }

    // "C, S said, wiping his face.": a participle phrase about the speaker
    // follows the attribution, and the content is C alone.
    if toks.get(v + 1).is_some_and(|t| t.kind == TokKind::Comma)
        && let Some(boundary) = subject.start.checked_sub(1)
        && boundary > body.start
        && toks[boundary].kind == TokKind::Comma
        && !toks[boundary].quoted
        && words_in(toks, body.start..boundary) >= 3
        && !toks[body.start..boundary].iter().any(|t| t.quoted)
        && opens_main_clause(&toks[body.start])
    {
        let after = skip_commas(toks, v + 1, body.end);
        let participle = toks
            .get(after)
            .is_none_or(|t| t.lower.ends_with("ing") || t.is("according"));
        // A clause after the attribution is the content alone (PolNeAR
        // leaves the opening noun phrase out), which the rule below finds.
        let end = participle.then_some(boundary);
        if let Some(end) = end {
            return Some(Found {
                content: body.start..end,
                cue,
                source: subject,
                confidence: 0.75,
            });
        }
    }

    // "S said (that) C."
    // "told host Chris Cuomo she believed …": the hearer is not the content.
    let from = if is_hearer_verb(toks[v].lower) {
        past_hearer(toks, v + 1, body.end)
    } else {
        v + 1
    };
    let mut content = content_after(toks, from, body.end)?;
    // "Many of the closures, he said, have involved …": an attribution set
    // inside the reported clause; the content is both sides of it.
    if let Some(boundary) = subject.start.checked_sub(1)
        && boundary > body.start
        && toks[boundary].kind == TokKind::Comma
        && !toks[boundary].quoted
        && toks.get(v + 1).is_some_and(|t| t.kind == TokKind::Comma)
        && cue_share(toks[v].lower).is_some_and(|s| s >= SPEECH_SHARE)
        && opens_main_clause(&toks[body.start])
        && !toks[body.start..boundary].iter().any(|t| t.quoted)
    {
        content.start = body.start;
    }
    // "Smith endorsed Cruz last week, saying …": an act's object is a noun
    // phrase, which ends at the first comma; a speech verb's content is a
    // clause that runs on.
    if cue_share(toks[v].lower).is_some_and(|s| s < SPEECH_SHARE)
        && !toks[content.start - 1].is("that")
        && !toks
            .get(content.start)
            .is_some_and(|t| is_in(SUBJECT_PRONOUNS, t.lower))
        && let Some(k) = (content.start + 1..content.end)
            .find(|&k| !toks[k].quoted && toks[k].kind == TokKind::Comma)
        && !is_subject_aside(toks, content.clone(), k)
    {
        content.end = k;
    }
    // "Trump, who questioned whether C, said Friday …": the relative
    // clause, and with it the content, ends at the comma before the main
    // clause's verb.
    if subject.len() == 1
        && matches!(toks[subject.start].low(), "who" | "which")
        && subject.start > body.start
        && toks[subject.start - 1].kind == TokKind::Comma
        && let Some(k) = (content.start + 1..content.end).find(|&k| {
            toks[k].kind == TokKind::Comma
                && !toks[k].quoted
                && toks.get(k + 1).is_some_and(|n| {
                    n.is_word()
                        && !n.capital
                        && (is_in(FINITE, n.lower)
                            || n.lower.ends_with("ed")
                            || is_cue_verb(n.lower, 0.3))
                })
        })
    {
        content.end = k;
    }
    Some(Found {
        content,
        cue,
        source: subject,
        confidence: 0.7,
    })
}

/// A passive cue with its agent: "C was first reported last week by S".
fn passive_with_agent(
    toks: &[Token],
    body: Range<usize>,
    cue: Range<usize>,
    v: usize,
    settings: &Settings,
) -> Option<Found> {
    // "by" right after the verb, or past an adverb or a time phrase.
    let by = (v + 1..body.end.min(v + 5))
        .take_while(|&k| toks[k].is_word() && !toks[k].quoted)
        .find(|&k| toks[k].is("by"))?;
    let agent_end = next_comma(toks, by + 1, body.end).unwrap_or(body.end);
    let agent = by + 1..agent_end;
    if !is_trailing_source(toks, agent.clone()) {
        return None;
    }
    let content = subject_before(toks, body.start, cue.start, settings)?;
    if words_in(toks, content.clone()) < 2 || toks[content.clone()].iter().any(|t| t.quoted) {
        return None;
    }
    Some(Found {
        content,
        cue: cue.start..by + 1,
        source: agent,
        confidence: 0.6,
    })
}

/// A word that may stand inside a cue group before its verb: an auxiliary,
/// or an adverb in -ly that follows one ("has ridiculously claimed").
fn in_cue_group(t: &Token) -> bool {
    is_auxiliary(t.lower)
        || t.is("since")
        || t.is_word() && !t.capital && !t.quoted && t.lower.len() > 5 && t.lower.ends_with("ly")
}

/// "he's", "they're", "I'm": a subject pronoun with "is", "are" or "am".
fn is_be_contraction(word: &str) -> bool {
    ["'s", "'re", "'m"].iter().any(|ending| {
        word.strip_suffix(ending)
            .is_some_and(|stem| is_in(SUBJECT_PRONOUNS, stem) && stem != "there")
    })
}

/// "say the economy, including jobs, should be the priority": the comma
/// opens an aside inside the content's subject, closed by a second comma
/// right before a finite verb.
fn is_subject_aside(toks: &[Token], content: Range<usize>, comma: usize) -> bool {
    !toks[content.start..comma]
        .iter()
        .any(|t| is_in(FINITE, t.lower))
        && (comma + 1..content.end)
            .find(|&k| toks[k].kind == TokKind::Comma && !toks[k].quoted)
            .is_some_and(|k| {
                toks.get(k + 1)
                    .is_some_and(|n| is_in(FINITE, n.lower) || is_in(MODALS, n.lower))
            })
}

const BE_FORMS: &[&str] = &["is", "are", "was", "were", "am", "been", "be"];

/// "anecdotal evidence suggesting that C": a participle with no comma
/// before it, right after a noun, and a "that" clause after it; the noun
/// phrase is the source.
fn noun_participle(
    toks: &[Token],
    body: Range<usize>,
    cue_start: usize,
    v: usize,
    settings: &Settings,
) -> Option<Found> {
    if cue_start != v || v <= body.start || !toks.get(v + 1).is_some_and(|t| t.is("that")) {
        return None;
    }
    let before = &toks[v - 1];
    if !before.is_word()
        || before.quoted
        || is_not_subject_end(before.lower)
        || is_in(PRONOUNS, before.lower)
        || is_in(PREPOSITIONS, before.lower)
        || is_in(FINITE, before.lower)
        || is_auxiliary(before.lower)
        || before.lower.ends_with("ly")
        || matches!(
            before.low(),
            "by" | "after"
                | "before"
                | "without"
                | "while"
                | "when"
                | "about"
                | "of"
                | "for"
                | "and"
                | "or"
                | "not"
        )
    {
        return None;
    }
    let _ = settings;
    // The noun phrase back to a verb, a preposition (but "of": "a poll of
    // voters") or a clause break.
    let mut start = v;
    while start > body.start && v - start < 8 {
        let t = &toks[start - 1];
        let inside = t.is_word()
            && !t.quoted
            && !is_in(FINITE, t.lower)
            && !is_auxiliary(t.lower)
            && !is_in(CLAUSE_OPENERS, t.lower)
            && !matches!(t.low(), "that" | "which" | "who" | "and" | "or")
            && (t.is("of") || !is_in(PREPOSITIONS, t.lower));
        if !inside {
            break;
        }
        start -= 1;
    }
    while start < v && toks[start].is("of") {
        start += 1;
    }
    if start >= v || is_junk_subject(&toks[start..v]) {
        return None;
    }
    let content = content_after(toks, v + 1, body.end)?;
    Some(Found {
        content,
        cue: v..v + 1,
        source: start..v,
        confidence: 0.6,
    })
}

/// Whether a sentence opening with `first` starts with its main clause, not
/// with an adverbial ("In a meeting, …", "When he …", "Asked why, …").
fn opens_main_clause(first: &Token) -> bool {
    let adverbial = is_in(SUBORDINATORS, first.lower)
        || is_in(PREPOSITIONS, first.lower)
        || is_in(CONNECTIVES, first.lower)
        || first.lower.ends_with("ing")
        || first.lower.ends_with("ed")
        || matches!(
            first.low(),
            "asked" | "to" | "for" | "like" | "unlike" | "as" | "in"
        );
    !adverbial
}

/// The speaker of the attribution that ends at `comma`, for a participle
/// after it: "“…,” Clinton said, referencing …" (Clinton), "“…,” said Dr.
/// Griffith, citing …" (Dr. Griffith).
fn speaker_before_comma(
    toks: &[Token],
    body: Range<usize>,
    comma: usize,
    settings: &Settings,
) -> Option<Range<usize>> {
    let is_speech =
        |t: &Token| t.is_word() && !t.quoted && cue_share(t.lower).is_some_and(|s| s >= 0.5);
    // "Clinton said, …"
    if comma > body.start && is_speech(&toks[comma - 1]) {
        let mut start = comma - 1;
        while start > body.start && is_auxiliary(toks[start - 1].lower) {
            start -= 1;
        }
        return subject_before(toks, body.start, start, settings);
    }
    // "Clinton said in a statement Tuesday, …"
    if let Some(verb) = (comma.saturating_sub(8).max(body.start)..comma)
        .rev()
        .take_while(|&k| !matches!(toks[k].kind, TokKind::Comma | TokKind::Quote))
        .find(|&k| is_speech(&toks[k]))
        && verb + 1 < comma
        && is_trailing_adverbial(toks, verb + 1..comma, &toks[verb])
    {
        let mut start = verb;
        while start > body.start && is_auxiliary(toks[start - 1].lower) {
            start -= 1;
        }
        if let Some(subject) = subject_before(toks, body.start, start, settings) {
            return Some(subject);
        }
    }
    // "said Dr. Griffith, …" right after a quotation or a comma.
    let verb = (comma.saturating_sub(6).max(body.start)..comma).find(|&k| is_speech(&toks[k]))?;
    (verb > body.start
        && matches!(toks[verb - 1].kind, TokKind::Quote | TokKind::Comma)
        && is_trailing_source(toks, verb + 1..comma))
    .then_some(verb + 1..comma)
}

/// A short noun phrase ending the sentence after a cue: "said Smith", "said
/// Jane Doe, a spokeswoman for the campaign".
fn is_trailing_source(toks: &[Token], tail: Range<usize>) -> bool {
    let words = words_in(toks, tail.clone());
    let Some(first) = toks.get(tail.start) else {
        return false;
    };
    if words == 1 && is_in(PRONOUNS, first.lower) {
        return true;
    }
    // The head before any appositive: a name ("Mark Jones", "Sen. Ted
    // Cruz") or a short description ("the official", "a spokeswoman").
    let head_end = next_comma(toks, tail.start, tail.end).unwrap_or(tail.end);
    let head = &toks[tail.start..head_end];
    let name = head.iter().all(|t| {
        t.capital
            || t.kind == TokKind::Stop
            || matches!(t.low(), "of" | "the" | "and" | "de" | "van" | "von")
    });
    let description = matches!(first.low(), "the" | "a" | "an") && head.len() <= 4;
    // "said Democratic strategist Hank Sheinkopf", "said several
    // observers", "said his aides": a role before a name, a counted or
    // possessed group.
    let role_and_name = first.capital
        && head.last().is_some_and(|t| t.capital && t.is_word())
        && head.iter().all(|t| t.is_word() || t.kind == TokKind::Stop);
    let group = matches!(
        first.low(),
        "several"
            | "many"
            | "some"
            | "two"
            | "three"
            | "four"
            | "both"
            | "his"
            | "her"
            | "their"
            | "its"
            | "other"
            | "most"
    ) && head.len() <= 4
        && head
            .iter()
            .all(|t| t.is_word() && !t.quoted && !is_in(PREPOSITIONS, t.lower));
    (name || description || role_and_name || group)
        && (1..=6).contains(&head.len())
        && words <= 25
        && !toks[tail.clone()]
            .iter()
            .any(|t| t.is("that") || t.kind == TokKind::Quote)
        && !toks[tail.clone()]
            .iter()
            .take_while(|t| !matches!(t.low(), "who" | "which" | "whose"))
            .any(|t| is_in(FINITE, t.lower))
}
const MODALS: &[&str] = &[
    "would", "could", "should", "might", "may", "will", "can", "must",
];

/// Finite verbs that show a clause, not a noun phrase.
const FINITE: &[&str] = &[
    "is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could", "should",
    "must", "may", "might", "does", "did", "do",
];

/// Nothing but time words and short prepositional phrases after the verb:
/// "said Tuesday", "said in a statement", "told reporters".
fn is_trailing_adverbial(toks: &[Token], tail: Range<usize>, verb: &Token) -> bool {
    let words = words_in(toks, tail.clone());
    if words == 0 {
        return true;
    }
    let first = &toks[tail.start];
    // "told reporters", "told The Washington Post": the hearer, not the content.
    let hearer = verb.lower.starts_with("tel") || verb.lower == "told";
    // "declined to comment", "vowed to fight": an infinitive is the
    // content; "said to reporters", "told to the press": a hearer.
    let infinitive = first.is("to")
        && toks.get(tail.start + 1).is_some_and(|n| {
            n.is_word()
                && !n.capital
                && !n.quoted
                && !is_in(PRONOUNS, n.lower)
                && !matches!(
                    n.low(),
                    "the"
                        | "a"
                        | "an"
                        | "his"
                        | "her"
                        | "their"
                        | "its"
                        | "our"
                        | "my"
                        | "your"
                        | "him"
                        | "them"
                        | "us"
                        | "me"
                        | "reporters"
                        | "journalists"
                        | "supporters"
                        | "voters"
                        | "members"
                        | "this"
                        | "that"
                        | "these"
                        | "those"
                        | "some"
                        | "several"
                        | "local"
                        | "news"
                        | "cnn"
                )
        });
    let adverbial = !infinitive
        && (is_time_word(first.lower)
            || matches!(
                first.low(),
                "in" | "on"
                    | "at"
                    | "to"
                    | "during"
                    | "via"
                    | "after"
                    | "before"
                    | "while"
                    | "from"
                    | "through"
            ))
        || (hearer && words <= 4)
        || (hearer
            && (first.capital
                || matches!(
                    first.low(),
                    "reporters" | "him" | "her" | "them" | "us" | "me" | "the" | "a" | "an"
                )));
    // "told POLITICO he planned …": a clause after the hearer is the content.
    let clause_after = hearer
        && toks[tail.clone()]
            .iter()
            .skip(1)
            .any(|t| is_in(SUBJECT_PRONOUNS, t.lower) || is_in(FINITE, t.lower));
    // "said in politics it takes time": the phrase opens the content.
    let clause_inside =
        is_in(PREPOSITIONS, first.lower) && clause_follows_phrase(toks, tail.start, tail.end);
    words <= 8
        && adverbial
        && !clause_after
        && !clause_inside
        && !toks[tail]
            .iter()
            .any(|t| t.is("that") || t.kind == TokKind::Quote || t.kind == TokKind::Comma)
}

/// The subject noun phrase ending right before `cue_start`, or `None` when
/// the word there cannot end one ("to say", "the said").
fn subject_before(
    toks: &[Token],
    from: usize,
    cue_start: usize,
    settings: &Settings,
) -> Option<Range<usize>> {
    if cue_start <= from {
        return None;
    }
    // "Roger Wicker (R-Miss.) said", "Kasich (who has 25 delegates) said":
    // the subject is the name before the brackets.
    if toks[cue_start - 1].lower == ")"
        && let Some(open) = (cue_start.saturating_sub(20).max(from)..cue_start - 1)
            .rev()
            .find(|&k| toks[k].lower == "(")
    {
        return subject_before(toks, from, open, settings);
    }
    // "Mr. Bush - in a line aimed at Mr. Trump - declared": the same for an
    // aside between dashes.
    let is_dash = |t: &Token| matches!(t.low(), "-" | "–" | "—" | "--");
    if is_dash(&toks[cue_start - 1])
        && let Some(open) = (cue_start.saturating_sub(30).max(from)..cue_start - 1)
            .rev()
            .find(|&k| is_dash(&toks[k]))
    {
        return subject_before(toks, from, open, settings);
    }
    let last = &toks[cue_start - 1];
    let mut end = cue_start;
    // "Biden Jr. said": the abbreviation's dot is part of the name.
    let abbreviation_dot = last.lower == "."
        && cue_start - 1 > from
        && toks[cue_start - 2].is_word()
        && toks[cue_start - 2].range.end == last.range.start;
    if abbreviation_dot {
        end = cue_start - 1;
    } else if last.kind == TokKind::Comma {
        // "Smith, the campaign's spokesman, said": the appositive closes here.
        end = cue_start - 1;
        if end <= from {
            return None;
        }
        // "Murphy, though, said": a connective set off by commas.
        if end >= from + 3
            && toks[end - 2].kind == TokKind::Comma
            && matches!(
                toks[end - 1].low(),
                "though"
                    | "however"
                    | "meanwhile"
                    | "too"
                    | "also"
                    | "instead"
                    | "then"
                    | "moreover"
            )
        {
            end -= 2;
            if toks[end - 1].kind != TokKind::Word {
                return None;
            }
        }
    } else if !last.is_word() || is_not_subject_end(last.lower) {
        return None;
    }
    if is_in(PRONOUNS, toks[end - 1].lower) {
        return Some(end - 1..end);
    }
    // Time words between subject and verb ("Smith last week said") are not the subject.
    while end > from + 1 && is_time_word(toks[end - 1].lower) && toks[end - 1].is_word() {
        end -= 1;
    }
    // "Former Obama operatives, who see Clinton as …, have been": the
    // subject is the noun phrase before the relative clause.
    if end + 1 == cue_start
        && let Some(c) = (from..end)
            .rev()
            .find(|&k| toks[k].kind == TokKind::Comma && !toks[k].quoted)
        && c > from
        && toks
            .get(c + 1)
            .is_some_and(|t| matches!(t.low(), "who" | "which" | "whose"))
    {
        end = c;
    }
    let mut start = segment_start(toks, from, end);
    // An appositive or a modifier ("Smith, the spokesman, said"; "Rubio,
    // R-Fla., appearing on Fox News, said") takes in the name before it:
    // while the segment does not open like a noun phrase, extend it.
    if end + 1 == cue_start {
        for _ in 0..3 {
            if start <= from + 1
                || toks[start - 1].kind != TokKind::Comma
                || opens_noun_phrase(&toks[start]) && words_in(toks, start..end) > 3
            {
                break;
            }
            start = segment_start(toks, from, start - 1);
        }
    }
    // "Vladimir Medinsky, the head of the delegation, said": the name before
    // a long appositive belongs to the subject too.
    if end + 1 == cue_start && start > from + 1 && toks[start - 1].kind == TokKind::Comma {
        let name_start = segment_start(toks, from, start - 1);
        let name = &toks[name_start..start - 1];
        if !name.is_empty()
            && name.len() <= 5
            && name.iter().all(|t| t.capital || t.kind == TokKind::Stop)
        {
            start = name_start;
        }
    }
    // "Where the Republicans …", "Despite Smith's …": the opener is not the subject.
    while start < end
        && (is_in(SUBORDINATORS, toks[start].lower)
            || is_in(PREPOSITIONS, toks[start].lower)
            || is_in(CONNECTIVES, toks[start].lower))
    {
        start += 1;
    }
    // "Americans overwhelmingly oppose": the adverb is not the subject.
    while end > start
        && !toks[end - 1].capital
        && toks[end - 1].lower.len() > 4
        && toks[end - 1].lower.ends_with("ly")
    {
        end -= 1;
    }
    if start >= end || words_in(toks, start..end) > settings.max_subject_words {
        return None;
    }
    // "Speaking Sunday, …", "mocking …": a participle phrase, no subject;
    // "MYRTLE BEACH, S.C. —": a dateline.
    let first = &toks[start];
    let dateline = words_in(toks, start..end) >= 2
        && toks[start..end]
            .iter()
            .all(|t| !t.is_word() || t.lower.len() > 1 && toks_text_is_upper(t));
    // ("Boreing said", "Beijing said": a capitalised name alone before
    // the verb is no participle.)
    let name_alone = first.capital && end - start == 1;
    if first.lower.ends_with("ing") && first.lower.len() > 5 && !name_alone || dateline {
        return None;
    }
    // A subject has no finite verb of its own ("the two presidents could
    // join the peace talks"), unless in a relative clause ("who has …").
    let subject = &toks[start..end];
    if subject.iter().any(|t| is_in(FINITE, t.lower))
        && !subject
            .iter()
            .any(|t| matches!(t.low(), "who" | "which" | "that" | "whose"))
    {
        return None;
    }
    if is_junk_subject(&toks[start..end]) {
        return None;
    }
    Some(start..end)
}

/// "Mike Morrell, a veteran of the CIA who retired as acting director in
/// 2013, said …", "Sandra Inman, a Cruz supporter from Jackson, Miss.,
/// attending the convention, said …": a name opens the sentence and asides
/// set off by commas run up to the cue. The whole chain is the subject.
fn appositive_chain_subject(
    toks: &[Token],
    body: Range<usize>,
    cue_start: usize,
) -> Option<Range<usize>> {
    let comma = cue_start.checked_sub(1)?;
    if comma <= body.start || toks[comma].kind != TokKind::Comma || toks[comma].quoted {
        return None;
    }
    let head = leading_subject(toks, body.start..comma)?;
    // The name is capitalised (or "the X") and a comma follows it.
    let first = &toks[head.start];
    if !(first.capital || first.is("the"))
        || is_in(PRONOUNS, first.lower)
        || toks.get(head.end).is_none_or(|t| t.lower != ",")
        || comma - head.start > 45
    {
        return None;
    }
    // The asides are phrases: no quotation, no stop, no dash, and a finite
    // verb only inside a relative clause ("who has …").
    let mut relative = false;
    for t in &toks[head.end..comma] {
        if t.quoted || matches!(t.kind, TokKind::Quote | TokKind::Stop) && t.lower != "." {
            return None;
        }
        if matches!(t.low(), "who" | "which" | "whose" | "that" | "whom") {
            relative = true;
        }
        if !relative && !t.capital && (is_in(FINITE, t.lower) || is_in(CLAUSE_OPENERS, t.lower)) {
            return None;
        }
        if matches!(t.low(), "—" | "–" | "-" | "--" | ";" | ":") {
            return None;
        }
    }
    Some(head.start..comma)
}

/// Spans that cannot be a speaker: a lone determiner ("The said") or a
/// lone capitalised weekday or time word ("Wednesday said").
fn is_junk_subject(subject: &[Token]) -> bool {
    let words: Vec<&Token> = subject.iter().filter(|t| t.is_word()).collect();
    match words.as_slice() {
        [] => true,
        [only] => {
            matches!(only.low(), "the" | "a" | "an") || only.capital && is_time_word(only.lower)
        }
        _ => false,
    }
}

/// Sentence adverbs and connectives that precede a subject ("Instead, …").
const CONNECTIVES: &[&str] = &[
    "but",
    "and",
    "instead",
    "earlier",
    "still",
    "however",
    "meanwhile",
    "also",
    "later",
    "now",
    "then",
    "so",
    "yet",
    "thus",
    "indeed",
    "moreover",
    "separately",
    "finally",
    "today",
    "here",
];

/// A word written in capitals ("MYRTLE").
fn toks_text_is_upper(t: &Token) -> bool {
    t.capital
        && t.lower.chars().filter(|c| c.is_alphabetic()).count() > 1
        && t.is_word()
        && t.upper_case
}

/// Words opening a subordinate clause or phrase at the start of a sentence.
const SUBORDINATORS: &[&str] = &[
    "despite", "though", "although", "while", "as", "when", "if", "because", "after", "before",
    "since", "unless", "where", "whereas", "even", "once", "until", "whether",
];

/// When the sentence opens with a subordinate clause ("Though Sanders
/// claimed C, turnout fell"), a cue inside it has its content end at the
/// clause's comma.
fn subordinate_clause_end(toks: &[Token], body: Range<usize>, v: usize) -> Option<usize> {
    if !toks
        .get(body.start)
        .is_some_and(|t| is_in(SUBORDINATORS, t.lower) || t.is("despite"))
    {
        return None;
    }
    next_comma(toks, v + 1, body.end)
}

/// Start of the comma-delimited segment that ends at `end`.
fn segment_start(toks: &[Token], from: usize, end: usize) -> usize {
    let mut start = end;
    while start > from {
        let t = &toks[start - 1];
        if t.kind == TokKind::Comma
            || t.kind == TokKind::Quote
            || is_in(CLAUSE_OPENERS, t.lower)
            || t.is("that")
        {
            break;
        }
        start -= 1;
    }
    start
}

/// A capitalised word, a determiner or a pronoun: how subjects begin.
fn opens_noun_phrase(t: &Token) -> bool {
    t.is_word()
        && !matches!(t.low(), "who" | "which" | "whose" | "whom")
        && (t.capital
            || is_in(PRONOUNS, t.lower)
            || matches!(
                t.low(),
                "the" | "a" | "an" | "his" | "her" | "their" | "its" | "our"
            ))
}

/// The first words of the sentence when they look like its subject: a
/// pronoun, or a run of capitalised words.
fn leading_subject(toks: &[Token], body: Range<usize>) -> Option<Range<usize>> {
    // An opening phrase ("By the end of the day, …") is not the subject.
    // So is a subordinate clause ("When Mr. Trump spoke, …") or a
    // participle phrase ("Speaking Sunday, …").
    let mut body = body;
    // "(Reuters) - President Obama …": the agency's credit after a dateline.
    if toks.get(body.start).is_some_and(|t| t.lower == "(")
        && let Some(close) =
            (body.start + 1..body.end.min(body.start + 6)).find(|&k| toks[k].lower == ")")
    {
        body.start = skip_commas(toks, close + 1, body.end);
    }
    let opener = toks.get(body.start).is_some_and(|t| {
        is_in(PREPOSITIONS, t.lower)
            || is_in(SUBORDINATORS, t.lower)
            || t.lower.ends_with("ing") && t.lower.len() > 5
    });
    if opener && let Some(comma) = next_comma(toks, body.start, body.end) {
        body.start = comma + 1;
    } else if opener && is_in(PREPOSITIONS, toks[body.start].lower) {
        // "On Sunday morning Mr. Trump …": a short time phrase with no comma.
        let mut k = body.start + 1;
        while k < body.end
            && k < body.start + 5
            && toks[k].is_word()
            && (!toks[k].capital || is_time_word(toks[k].lower))
            && !is_in(PRONOUNS, toks[k].lower)
        {
            k += 1;
        }
        body.start = k;
    }
    // "And Smith …", "Meanwhile, Smith …": the connective is not the subject.
    while toks.get(body.start).is_some_and(|t| {
        is_in(CONNECTIVES, t.lower)
            || is_in(CLAUSE_OPENERS, t.lower)
            || t.kind == TokKind::Comma
            || matches!(t.low(), "therefore" | "still" | "instead")
    }) {
        body.start += 1;
    }
    let first = toks.get(body.start)?;
    if is_in(PRONOUNS, first.lower) {
        return Some(body.start..body.start + 1);
    }
    let mut end = body.start;
    // ("Mr. Trump": a title's dot stays inside the name.)
    let title_dot = |k: usize| {
        toks[k].lower == "."
            && k > body.start
            && toks[k - 1].capital
            && toks[k - 1].lower.len() <= 4
            && toks[k - 1].range.end == toks[k].range.start
            && toks.get(k + 1).is_some_and(|n| n.capital)
    };
    while end < body.end
        && (toks[end].is_word() && (toks[end].capital || matches!(toks[end].low(), "of" | "the"))
            || title_dot(end))
    {
        end += 1;
    }
    // "the man …", "The officials …": a determiner takes in its noun.
    if end == body.start + 1 && matches!(toks[body.start].low(), "the" | "a" | "an") {
        while end < body.end
            && end < body.start + 4
            && toks[end].is_word()
            && !toks[end].capital
            && !is_in(FINITE, toks[end].lower)
            && !toks[end].lower.ends_with("ed")
        {
            end += 1;
        }
    }
    (end > body.start).then_some(body.start..end)
}

/// The content clause after a cue verb at `from`: past time words, an
/// object and a complementiser ("told reporters Tuesday that …"), up to the
/// sentence end or a trailing ", adding …".
fn content_after(toks: &[Token], from: usize, end: usize) -> Option<Range<usize>> {
    let mut start = from;
    // "that" within a short reach, with no clause break before it and no
    // clause of its own in between ("told reporters Tuesday that", not
    // "said he's hopeful that").
    let reach = (from..end.min(from + 9)).find(|&k| {
        toks[k].is("that")
            || toks[k].kind == TokKind::Quote
            || is_in(FINITE, toks[k].lower)
            || is_in(SUBJECT_PRONOUNS, toks[k].lower)
            || toks[k].lower.contains('\'') && !is_possessive(toks[k].lower)
            || (toks[k].kind == TokKind::Comma && !is_time_comma(toks, from, k))
    });
    let complementiser = reach.is_some_and(|k| toks[k].is("that"));
    if let Some(k) = reach
        && complementiser
    {
        start = k + 1;
    } else {
        // "said Tuesday", "said on Tuesday": a time phrase before the content.
        while start < end
            && (is_in(DAYS_AND_TIMES, toks[start].lower)
                || toks[start].kind == TokKind::Comma
                || is_in(PREPOSITIONS, toks[start].lower)
                    && toks
                        .get(start + 1)
                        .is_some_and(|n| is_in(DAYS_AND_TIMES, n.lower)))
            && words_in(toks, from..start + 1) <= 3
        {
            start += 1;
        }
    }
    // "said of Trump", "said with an eye roll": a manner phrase, no content
    // ("said that in 2012 …" is a content).
    // "said in politics it takes time …": a short phrase before a clause
    // is part of the content.
    if !complementiser
        && toks
            .get(start)
            .is_some_and(|t| is_in(PREPOSITIONS, t.lower))
        && !clause_follows_phrase(toks, start, end)
    {
        return None;
    }
    let mut stop = end;
    for k in start..end {
        let t = &toks[k];
        // A new attribution by the same subject: ", adding …", "and said …".
        let participle = t.kind == TokKind::Comma
            && toks.get(k + 1).is_some_and(|n| {
                (n.lower.ends_with("ing") && is_cue_verb(n.lower, 0.3)) || n.is("according")
            });
        // (The verb after the conjunction is looked for only after one.)
        let coordinated = matches!(t.low(), "and" | "but")
            && (k + 1..end)
                .find(|&j| !is_auxiliary(toks[j].lower))
                .is_some_and(|j| is_cue_verb(toks[j].lower, 0.3));
        // Semicolons, colons and brackets close the reported clause; a dash
        // does not: PolNeAR's contents run on past an aside ("— if for no
        // other reason than …").
        // ("9:42 p.m.": a colon between digits is part of a time.)
        let in_time = t.lower == ":"
            && k > start
            && toks[k - 1].lower.ends_with(|c: char| c.is_ascii_digit())
            && toks
                .get(k + 1)
                .is_some_and(|n| n.lower.starts_with(|c: char| c.is_ascii_digit()));
        let closer = t.lower == ";" || t.lower == ":" && !in_time || t.lower == "(";
        // "said he responded: “…”": the clause introduces a quotation,
        // which PolNeAR counts with it as one quote.
        if t.lower == ":"
            && toks
                .get(k + 1)
                .is_some_and(|n| n.kind == TokKind::Quote && n.lower != "'")
        {
            return None;
        }
        if participle || coordinated || closer || clause_break(toks, k, start) {
            stop = k;
            break;
        }
    }
    (stop > start).then_some(start..stop)
}

/// Whether a subject pronoun opens a clause within a few words of the
/// phrase at `start`, with no comma between ("in politics it takes …").
fn clause_follows_phrase(toks: &[Token], start: usize, end: usize) -> bool {
    (start + 2..end.min(start + 6))
        .take_while(|&k| toks[k].is_word() && !toks[k].quoted)
        .any(|k| {
            is_in(SUBJECT_PRONOUNS, toks[k].lower) && toks[k].lower != "it" || {
                toks[k].is("it")
                    && toks
                        .get(k + 1)
                        .is_some_and(|n| n.is_word() && !is_in(PREPOSITIONS, n.lower))
            }
        })
}

/// A comma before a clause of the writer's own that hangs off the reported
/// one ("…, which votes on March 1", "…, but turnout was higher"): the
/// reported content stops there.
fn clause_break(toks: &[Token], k: usize, start: usize) -> bool {
    let opener = |w: &str| {
        matches!(
            w,
            "which"
                | "who"
                | "whose"
                | "where"
                | "while"
                | "but"
                | "although"
                | "though"
                | "whereas"
        )
    };
    // (", to which O'Malley replied", ", for whom …": a preposition may
    // lead the relative word.)
    let relative_after_preposition = || {
        toks.get(k + 1)
            .is_some_and(|n| is_in(PREPOSITIONS, n.lower) || n.is("to"))
            && toks
                .get(k + 2)
                .is_some_and(|n| matches!(n.low(), "which" | "whom"))
    };
    k > start
        && toks[k].kind == TokKind::Comma
        && !toks[k].quoted
        && (toks.get(k + 1).is_some_and(|n| opener(n.low())) || relative_after_preposition())
}

/// "Saturday's", "the paper's", not "he's" or "that's".
fn is_possessive(word: &str) -> bool {
    word.strip_suffix("'s").is_some_and(|stem| {
        !stem.is_empty()
            && !is_in(SUBJECT_PRONOUNS, stem)
            && !matches!(stem, "that" | "what" | "who" | "here" | "where" | "let")
    })
}

/// Time words that may stand between a cue verb and its content.
const DAYS_AND_TIMES: &[&str] = &[
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "today",
    "yesterday",
    "tonight",
    "earlier",
    "later",
    "recently",
    "last",
    "this",
    "week",
    "month",
    "year",
    "night",
    "morning",
    "afternoon",
    "evening",
    "weekend",
];

/// Prepositions that open a phrase, not a content clause.
const PREPOSITIONS: &[&str] = &[
    "of", "with", "in", "during", "at", "on", "after", "before", "while", "from", "for", "by",
    "via", "through", "under", "upon", "without", "outside", "inside", "amid", "despite",
];

const SUBJECT_PRONOUNS: &[&str] = &["he", "she", "they", "we", "i", "it", "you", "there"];

/// "tell" and its forms take the hearer as their object.
fn is_hearer_verb(word: &str) -> bool {
    matches!(word, "told" | "tell" | "tells" | "telling")
}

/// Past the hearer after a "tell" verb: up to a subject pronoun that opens
/// the content ("told me he's had …"), else where the hearer leaves off.
fn past_hearer(toks: &[Token], from: usize, end: usize) -> usize {
    for (k, t) in toks.iter().enumerate().take(end.min(from + 7)).skip(from) {
        if t.is("that") || t.kind != TokKind::Word {
            return from;
        }
        if k > from && is_in(SUBJECT_PRONOUNS, t.lower) {
            return k;
        }
    }
    from
}

/// A comma closing a time phrase right after the verb ("said on Tuesday, that").
fn is_time_comma(toks: &[Token], from: usize, comma: usize) -> bool {
    comma > from && toks[from..comma].iter().all(|t| is_time_word(t.lower))
}

#[cfg(test)]
mod tests {
    use super::super::tokens::{sentences, tokenize};
    use super::*;

    fn run(text: &str) -> Vec<(String, String)> {
        let toks = tokenize(text);
        let mut out = Vec::new();
        for s in sentences(&toks) {
            for f in analyse(&toks, s, &Settings::default()) {
                let span = |r: Range<usize>| {
                    text[toks[r.start].range.start..toks[r.end - 1].range.end].to_string()
                };
                out.push((span(f.source), span(f.content)));
            }
        }
        out
    }

    fn pair(s: &str, c: &str) -> (String, String) {
        (s.to_string(), c.to_string())
    }

    #[test]
    fn source_first() {
        assert_eq!(
            run("Medinsky also indicated that his government would consider Ukraine's proposals."),
            [pair(
                "Medinsky",
                "his government would consider Ukraine's proposals"
            )]
        );
        assert_eq!(
            run("The senator told reporters on Tuesday that the bill was dead."),
            [pair("The senator", "the bill was dead")]
        );
    }

    #[test]
    fn content_first() {
        assert_eq!(
            run("The bill is dead, the senator said Tuesday."),
            [pair("the senator", "The bill is dead")]
        );
        assert_eq!(
            run("Clinton was headed to an emergency room, The Post has learned."),
            [pair("The Post", "Clinton was headed to an emergency room")]
        );
        assert_eq!(
            run("The bill is dead, said Jane Doe."),
            [pair("Jane Doe", "The bill is dead")]
        );
    }

    #[test]
    fn according_to() {
        assert_eq!(
            run("According to the report, sales fell."),
            [pair("the report", "sales fell")]
        );
        assert_eq!(
            run("Sales fell sharply, according to the report."),
            [pair("the report", "Sales fell sharply")]
        );
    }

    #[test]
    fn direct_quotes_are_left_alone() {
        assert!(run("“We will win,” Smith said.").is_empty());
        assert!(run("He said “we will win” today.").is_empty());
    }

    #[test]
    fn headline_with_a_colon() {
        let text = "Roger Stone: Don't Trust the Voting Machines";
        let toks = tokenize(text);
        let f = headline_colon(&toks).expect("found");
        assert_eq!(
            &text[toks[f.source.start].range.start..toks[f.source.end - 1].range.end],
            "Roger Stone"
        );
        assert!(headline_colon(&tokenize("Analysis: the race tightens")).is_none());
    }

    #[test]
    fn nyt_double_apostrophes_are_quotations() {
        assert!(run("''We will win,'' Smith said.").is_empty());
    }

    #[test]
    fn passives_and_partial_quotes() {
        assert!(run("Mr. Thiel was revealed as a Trump delegate.").is_empty());
        assert_eq!(
            run("Her death was confirmed by the Eagle Forum, the group she founded."),
            [pair("the Eagle Forum", "Her death")]
        );
        // PolNeAR counts a content holding a quotation as a quote, but for
        // a quoted noun phrase inside it (as the seeds gold has it).
        assert!(run("Fomin said Russia is “ripe for abuse” now.").is_empty());
        assert_eq!(
            run("Medinsky said there had been a “meaningful discussion” at the talks."),
            [pair(
                "Medinsky",
                "there had been a “meaningful discussion” at the talks"
            )]
        );
        assert_eq!(
            run("Ferrero said observers went with the marchers, whom he described as “peaceful.”"),
            [pair("Ferrero", "observers went with the marchers")]
        );
    }

    #[test]
    fn bracketed_asides_after_the_subject() {
        assert_eq!(
            run("Senator Roger Wicker (R-Miss.) said he expects a major role."),
            [pair("Senator Roger Wicker", "he expects a major role")]
        );
    }

    #[test]
    fn participle_after_the_attribution() {
        assert_eq!(
            run("Sales were great, he said, wiping sweat off his face."),
            [pair("he", "Sales were great")]
        );
        assert_eq!(
            run("“We will win,” Clinton said, referencing a super PAC."),
            [pair("Clinton", "a super PAC")]
        );
    }

    #[test]
    fn contents_carrying_a_quotation_are_quotes() {
        assert!(run("Fomin said Russia will “drastically” reduce its activity.").is_empty());
        assert!(run("She said Trump is a “total opportunist.”").is_empty());
        assert_eq!(run("He said Trump is a ''total opportunist.''").len(), 1);
    }

    #[test]
    fn a_clause_after_the_hearer_is_the_content() {
        assert_eq!(
            run("Stenehjem told POLITICO he planned to stay neutral."),
            [pair("Stenehjem", "he planned to stay neutral")]
        );
    }

    #[test]
    fn an_infinitive_is_the_content() {
        assert_eq!(
            run("His spokesman declined to comment."),
            [pair("His spokesman", "to comment")]
        );
        assert_eq!(
            run("He said to reporters that it was over."),
            [pair("He", "it was over")]
        );
    }

    #[test]
    fn a_quoted_description_is_the_quote_finders() {
        assert!(
            run("Russia launched what Putin described as a “special operation” in May.").is_empty()
        );
    }

    #[test]
    fn subjects_past_asides_titles_and_connectives() {
        assert_eq!(
            run("Murphy, though, said he is with Clinton."),
            [pair("Murphy", "he is with Clinton")]
        );
        assert_eq!(
            run("Mr. Trump has disparaged immigrants, and vowed to reverse job losses."),
            [pair("Mr. Trump", "to reverse job losses")]
        );
        assert_eq!(
            run("Yin Myint May, 60, a doctor, said she was elated."),
            [pair("Yin Myint May, 60, a doctor", "she was elated")]
        );
        assert_eq!(
            run("Her rival, Sen. Bernie Sanders, also praised the president's actions."),
            [pair(
                "Her rival, Sen. Bernie Sanders",
                "the president's actions"
            )]
        );
        assert_eq!(
            run("Boreing said the members will still meet."),
            [pair("Boreing", "the members will still meet")]
        );
    }

    #[test]
    fn made_clear_and_a_leading_subordinate_clause() {
        assert_eq!(
            run("Mr. Obama made clear over the weekend that the meeting had an impact."),
            [pair("Mr. Obama", "the meeting had an impact")]
        );
        assert_eq!(
            run("Epstein made it clear the comment hit a nerve."),
            [pair("Epstein", "the comment hit a nerve")]
        );
        assert_eq!(
            run("Ripert said, when she was young, a boss invited her to lunch."),
            [pair(
                "Ripert",
                "when she was young, a boss invited her to lunch"
            )]
        );
    }

    #[test]
    fn a_phrase_before_a_clause_is_content() {
        assert_eq!(
            run("Pence said in politics it takes time to build trust."),
            [pair("Pence", "in politics it takes time to build trust")]
        );
        assert!(run("She said in a statement.").is_empty());
    }

    #[test]
    fn participle_continues_the_subject() {
        assert_eq!(
            run("Smith defended the plan, saying it would work."),
            [pair("Smith", "the plan"), pair("Smith", "it would work")]
        );
    }
}

#[cfg(test)]
mod scratch {
    #[test]
    #[ignore]
    fn show() {
        let text = std::env::var("SENT").unwrap_or_default();
        let toks = super::super::tokens::tokenize(&text);
        for s in super::super::tokens::sentences(&toks) {
            let st = &text[toks[s.start].range.start..toks[s.end - 1].range.end];
            eprintln!("SENT: {st}");
            for f in super::analyse(&toks, s, &super::Settings::default()) {
                let span = |r: std::ops::Range<usize>| {
                    text[toks[r.start].range.start..toks[r.end - 1].range.end].to_string()
                };
                eprintln!(
                    "  S={:?} V={:?} C={:?}",
                    span(f.source),
                    span(f.cue),
                    span(f.content)
                );
            }
        }
    }
}

//! The extraction pipeline: scan every block for quotation marks, classify
//! each span (direct, partial, scare quote, title of a work), find its
//! attribution, link continued and interrupted quotes into statements, add
//! reported speech, then resolve every mention to a speaker entity.

use std::ops::Range;

use super::attribute::{self, Attribution, sentence_around, tok_at};
use super::cues::CueMatch;
use super::mentions::{Mention, MentionKind, find_names, mention_from_range};
use super::quote_credit;
use super::reported;
use super::scan::{Family, RawQuote, Scanner, starts_with_open};
use super::scare;
use super::speakers::{Resolver, pos};
use super::tokens::{Token, tokenize_append};
use crate::model::{BlockKind, Document, Quote, QuoteKind, TextRef, Where};

/// One block prepared for attribution. (Its tokens and flags are slices of
/// lists shared by the whole document: one allocation per article rather
/// than two per block.)
struct Prepared<'t> {
    block: usize,
    place: Where,
    tokens: &'t [Token],
    quotes: Vec<RawQuote>,
    /// Token is inside a quotation (marks included).
    in_quote: &'t [bool],
}

/// A quotation or reported-speech item before speakers are resolved.
struct Item {
    block: usize,
    range: Range<usize>,
    kind: QuoteKind,
    mark: Option<char>,
    place: Where,
    /// The item this one continues (same statement).
    joins: Option<usize>,
    cue: Option<(usize, Range<usize>)>,
    mention: Option<(usize, Mention)>,
    entity: Option<usize>,
    confidence: f32,
    /// The paragraph ran on with no closing mark.
    open_end: bool,
    family: Family,
    /// An unattributed partial quote with a cue in its paragraph.
    report_nearby: bool,
    /// The quote found its own cue and speaker (not inherited).
    own: bool,
    /// What the scare-quote model sees (quotations only).
    features: Option<scare::Features>,
    /// An unattributed partial quote's sentence subject, the best guess at
    /// its speaker if the scare-quote model keeps it.
    sentence_subject: Option<Mention>,
}

fn place_of(kind: &BlockKind) -> Option<Where> {
    match kind {
        BlockKind::Title => Some(Where::Title),
        BlockKind::Dek
        | BlockKind::Paragraph
        | BlockKind::Heading { .. }
        | BlockKind::BlockQuote
        | BlockKind::ListItem => Some(Where::Body),
        BlockKind::Caption { .. } | BlockKind::CaptionTitle => Some(Where::Caption),
        BlockKind::Related { .. } | BlockKind::UpdateNote | BlockKind::Credit => None,
    }
}

fn words(s: &str) -> usize {
    s.split_whitespace().count()
}

/// Direct: a quoted sentence or clause that stands on its own (starts the
/// sentence or follows a colon/comma after a cue) rather than a phrase woven
/// into the writer's own sentence.
fn is_direct(text: &str, q: &RawQuote) -> bool {
    if q.close.is_none() {
        return true;
    }
    let content = &text[q.range.clone()];
    let before = text[..q.open.start].trim_end();
    let prev = before.chars().next_back();
    let stands_alone = match prev {
        None => true,
        Some(c) => {
            matches!(c, '.' | '!' | '?' | ':' | '”' | '"' | '—' | '–' | '(' | '…') || c == ','
        }
    };
    let last = content.chars().next_back().unwrap_or(' ');
    let sentence_like = words(content) >= 4 || matches!(last, '.' | ',' | '!' | '?' | '…');
    if stands_alone && sentence_like {
        // "…, and "simply wrong" for …": a comma before a lower-case phrase
        // that does not end like a sentence is still the writer's sentence.
        if prev == Some(',')
            && !content.chars().next().is_some_and(|c| c.is_uppercase())
            && !matches!(last, '.' | ',' | '!' | '?')
        {
            return false;
        }
        return true;
    }
    // A full sentence in quotes right after a cue ("He said "We will win."").
    // (Title Case is a name: on "The Steve Harvey Morning Show," she said.)
    content.chars().next().is_some_and(|c| c.is_uppercase())
        && words(content) >= 5
        && matches!(last, '.' | '!' | '?' | ',')
        && !scare::is_title_case(content)
}

fn prepare<'t>(
    doc: &Document,
    all_tokens: &'t mut Vec<Token>,
    all_in_quote: &'t mut Vec<bool>,
) -> Vec<Prepared<'t>> {
    let mut scanner = Scanner::default();
    // (block, place, token range, quotes) of every block that is read.
    let mut blocks = Vec::new();
    // Room for the whole article at once (about a token per four bytes,
    // as `tokenize` reckons per block): no copying as the lists grow.
    let room: usize = doc.blocks.iter().map(|b| b.text.len() / 4 + 1).sum();
    all_tokens.reserve(room);
    all_in_quote.reserve(room);
    for (b, block) in doc.blocks.iter().enumerate() {
        let Some(place) = place_of(&block.kind) else {
            continue;
        };
        let from = all_tokens.len();
        tokenize_append(&block.text, all_tokens);
        let tokens = &all_tokens[from..];
        let mut quotes = Vec::new();
        scanner.scan(&block.text, &mut quotes);
        all_in_quote.resize(all_tokens.len(), false);
        let in_quote = &mut all_in_quote[from..];
        for q in &quotes {
            let end = q.close.as_ref().map_or(block.text.len(), |c| c.end);
            let a = tok_at(tokens, q.open.start);
            let z = tok_at(tokens, end);
            for f in &mut in_quote[a..z] {
                *f = true;
            }
        }
        blocks.push((b, place, from..all_tokens.len(), quotes));
    }
    let (all_tokens, all_in_quote) = (&*all_tokens, &*all_in_quote);
    blocks
        .into_iter()
        .map(|(block, place, range, quotes)| Prepared {
            block,
            place,
            tokens: &all_tokens[range.clone()],
            quotes,
            in_quote: &all_in_quote[range],
        })
        .collect()
}

fn attribution_of(item: &mut Item, block: usize, a: Attribution, confidence: f32) {
    item.cue = Some((block, a.cue.range.clone()));
    item.mention = Some((block, a.mention));
    item.confidence = confidence;
}

/// Finds quotes and their attributions in one block, appending items.
fn quote_items(doc: &Document, p: &Prepared, prev_block: Option<&Prepared>, items: &mut Vec<Item>) {
    let text = &doc.blocks[p.block].text;
    let tokens = p.tokens;
    // Index in `items` of the previous direct quote of this block and the
    // token index where its closing mark ended.
    let mut prev_direct: Option<(usize, usize)> = None;
    let mut block_has_cue: Option<bool> = None;
    for (qi, q) in p.quotes.iter().enumerate() {
        let direct = is_direct(text, q);
        let open_tok = tok_at(tokens, q.open.start);
        let close_tok = q
            .close
            .as_ref()
            .map_or(tokens.len(), |c| tok_at(tokens, c.end));
        let next_open = p
            .quotes
            .get(qi + 1)
            .map_or(tokens.len(), |n| tok_at(tokens, n.open.start));
        let mut item = Item {
            block: p.block,
            range: q.range.clone(),
            kind: if direct {
                QuoteKind::Direct
            } else {
                QuoteKind::Partial
            },
            mark: Some(q.mark),
            place: p.place,
            joins: None,
            cue: None,
            mention: None,
            entity: None,
            confidence: 0.3,
            open_end: q.close.is_none(),
            family: q.family,
            report_nearby: false,
            own: false,
            features: None,
            sentence_subject: None,
        };
        let sentence = sentence_around(text, tokens, p.in_quote, open_tok..close_tok);
        let cue_in_sentence = scare::cue_in(text, tokens, p.in_quote, sentence.clone());
        // (Computed once per block: stays linear on huge paragraphs.)
        let cue_in_paragraph = cue_in_sentence
            || *block_has_cue
                .get_or_insert_with(|| scare::cue_in(text, tokens, p.in_quote, 0..tokens.len()));
        item.features = Some(
            scare::Local {
                text,
                tokens,
                quote: q,
                direct,
                open_tok,
                cue_in_sentence,
                cue_in_paragraph,
            }
            .features(),
        );
        if direct {
            // Attribution after the quote, up to the next quote or sentence end.
            // A quote that ends its sentence with a full stop ("…." She
            // followed that by saying) has no attribution after it.
            let full_stop = q.close.is_some()
                && text[q.range.clone()].trim_end().ends_with('.')
                && tokens.get(close_tok).is_some_and(|t| t.cap);
            // Or before it, from the sentence start (or the previous quote).
            let floor = prev_direct.map_or(sentence.start, |(_, c)| c.max(sentence.start));
            // A cue that introduces the quote ("… said via email that, “…”")
            // outranks one after it, which then belongs to the writer's
            // sentence going on ("“…” against what the campaign sees as …").
            // ("…:" “…,” she wrote." keeps the attribution right after it.)
            let credit = quote_credit::dash_credit(text, tokens, close_tok, next_open)
                .or_else(|| quote_credit::line_credit(text, tokens, open_tok, close_tok));
            let after = credit.or_else(|| {
                // ("“….” Trump said.": a bare tag after a full stop still
                // attributes it.)
                let after = if full_stop {
                    attribute::bare_tag(text, tokens, close_tok, next_open)
                } else {
                    attribute::after(text, tokens, close_tok, next_open)
                };
                let adjacent = after.as_ref().is_some_and(|a| {
                    a.mention.tokens.start == close_tok || a.cue.tokens.start == close_tok
                });
                // ("…you called ‘miracles,’” she said": marks of a nested
                // quote may close after the comma.)
                let tail = text[q.range.clone()].trim_end_matches(['’', '\'', '”', '"']);
                if adjacent && tail.ends_with([',', '—']) {
                    return after;
                }
                attribute::introducing(text, tokens, floor, open_tok).or(after)
            });
            let ends_like_attributed = text[q.range.clone()].ends_with([',', '?', '!', '—', '-']);
            let found = after
                .map(|a| (a, 0.95))
                .or_else(|| attribute::viewpoint(text, tokens, floor, open_tok).map(|a| (a, 0.85)))
                .or_else(|| attribute::before(text, tokens, floor, open_tok).map(|a| (a, 0.9)))
                .or_else(|| {
                    ends_like_attributed
                        .then(|| attribute::unknown_verb_after(text, tokens, close_tok, next_open))
                        .flatten()
                        .map(|a| (a, 0.7))
                })
                .or_else(|| {
                    attribute::colon_label(text, tokens, floor, open_tok).map(|a| (a, 0.75))
                })
                .or_else(|| {
                    attribute::unknown_verb_before(text, tokens, floor, open_tok).map(|a| (a, 0.7))
                })
                .or_else(|| {
                    // "Smith said in a statement. “…”": the sentence before.
                    let ps =
                        attribute::previous_sentence(text, tokens, p.in_quote, sentence.start)?;
                    // (Nor the tail of the previous quote's own sentence:
                    // "“…!” Lee declared, a point she likes to make …. “…”")
                    if prev_direct.is_some_and(|(_, c)| c >= ps.start) {
                        return None;
                    }
                    // (After a quote of this paragraph, only a real speech
                    // cue takes the next one away from its speaker: "…,"
                    // said Ann Lee. A nurse, she plans to cast her vote … "…")
                    attribute::before(text, tokens, ps.start, ps.end)
                        .filter(|a| prev_direct.is_none() || a.cue.entry.reliability() >= 0.4)
                        .map(|a| (a, 0.7))
                });
            // ("The senator said he rarely asks …, “…”": the outer speaker.)
            let mut found = found.map(|(a, c)| {
                let lo = if a.mention.tokens.start < open_tok {
                    floor
                } else {
                    close_tok
                };
                (attribute::reporting_speaker(text, tokens, lo, a), c)
            });
            // A quote opening its paragraph right after one that ends with a
            // colon ("Smith told CNN:").
            if found.is_none()
                && q.open.start == 0
                && let Some(prev) = prev_block
                && prev
                    .tokens
                    .last()
                    .is_some_and(|t| t.is_punct(&doc.blocks[prev.block].text, ":"))
            {
                let ptext = &doc.blocks[prev.block].text;
                let end = prev.tokens.len() - 1;
                let start = sentence_around(ptext, prev.tokens, prev.in_quote, end..end).start;
                if let Some(a) = attribute::as_aside(ptext, prev.tokens, start, end)
                    .or_else(|| attribute::before(ptext, prev.tokens, start, end))
                {
                    attribution_of(&mut item, prev.block, a, 0.85);
                }
            }
            // A transcript label inside the quote ("PENCE: Well, …") names
            // its speaker whatever cue stands around it.
            if let Some(colon) = text[q.range.clone()].find(':')
                && colon > 1
                && colon < 30
                && text[q.range.start..q.range.start + colon]
                    .chars()
                    .all(|c| c.is_uppercase() || c == ' ' || c == '.')
                && let Some(m) =
                    mention_from_range(text, tokens, q.range.start..q.range.start + colon)
            {
                item.mention = Some((p.block, m));
                item.confidence = 0.8;
            }
            if item.mention.is_some() {
                found = None;
                item.own = true;
            }
            // An interrupted or follow-on quote in the same paragraph with
            // only its attribution between ("…," Smith said, "…").
            let gap_small = prev_direct.is_some_and(|(_, c)| open_tok.saturating_sub(c) <= 14);
            if let Some((a, conf)) = found {
                // The cue stands between the previous quote and this one.
                let interrupting = prev_direct.is_some_and(|(_, c)| {
                    open_tok.saturating_sub(c) <= 14
                        && a.cue.tokens.start >= c
                        && a.cue.tokens.start < open_tok
                });
                attribution_of(&mut item, p.block, a, conf);
                item.own = true;
                if interrupting && let Some((pi, _)) = prev_direct {
                    // The earlier half takes this attribution too when it had none.
                    if items[pi].cue.is_none() {
                        items[pi].cue = item.cue.clone();
                        items[pi].mention = item.mention.clone();
                        items[pi].confidence = item.confidence;
                    }
                    item.joins = Some(pi);
                }
            } else if item.mention.is_some() {
            } else if let Some((pi, _)) = prev_direct {
                // "…," Smith said. "And soon." — same speaker, same statement
                // when only the attribution stands between.
                let _ = gap_small;
                item.joins = Some(pi);
                item.confidence = 0.8;
            }
            prev_direct = Some((items.len(), close_tok));
        } else if let Some(a) = attribute::partial(
            text,
            tokens,
            p.in_quote,
            sentence.clone(),
            open_tok..close_tok,
        ) {
            let a = attribute::reporting_speaker(text, tokens, sentence.start, a);
            attribution_of(&mut item, p.block, a, 0.85);
            item.own = true;
        } else {
            // A phrase in quotes that no one in its sentence is said to have
            // said: a scare quote, unless a cue in the sentence shows it is
            // someone's words (then the latest speaker is the best guess).
            item.confidence = 0.2;
            let has_cue = cue_in_sentence;
            // A cue elsewhere in the paragraph: the phrase is likely part of
            // a report spanning sentences; keep it, with a low confidence.
            item.report_nearby = cue_in_paragraph;
            // The sentence's own subject ("The impostor gushed about a
            // '…'") before the latest speaker.
            let subject = attribute::clause_source(text, tokens, sentence.start, open_tok);
            if item.report_nearby
                && let Some(m) = subject
            {
                item.mention = Some((p.block, m));
                item.confidence = 0.45;
            } else if let Some(m) = subject {
                // Kept for later: the scare-quote model judges the quote
                // first, as unattributed.
                item.sentence_subject = Some(m);
            } else if has_cue
                && let Some(last) = items
                    .iter()
                    .rev()
                    .take_while(|it| it.block + 1 >= p.block)
                    .find(|it| it.mention.is_some() && it.place == p.place)
            {
                item.mention = last.mention.clone();
                item.cue = last.cue.clone();
                item.confidence = 0.4;
            }
        }
        items.push(item);
    }
}

/// Token `i` starts a sentence of its block: first, or after a full stop
/// (a closing quotation mark may stand between).
fn opens_sentence(text: &str, tokens: &[Token], i: usize) -> bool {
    let mut k = i;
    while k > 0 && matches!(tokens[k - 1].text(text), "\u{201D}" | "\"" | "\u{2019}") {
        k -= 1;
    }
    k == 0 || super::tokens::is_sentence_end(text, &tokens[k - 1])
}

/// Builds the `TextRef` for a range of a block's text.
fn text_ref(doc: &Document, block: usize, range: Range<usize>) -> TextRef {
    let b = &doc.blocks[block];
    let src = b.source_range(range.clone());
    TextRef {
        block,
        range: range.clone(),
        start: src.start,
        end: src.end,
        text: b.text[range].to_string(),
    }
}

fn cue_range(c: &CueMatch) -> Range<usize> {
    c.range.clone()
}

/// A quotation before the scare-quote model's decision, for learning its
/// weights (`tools/learn_scare.py`).
#[derive(Debug, Clone)]
pub struct Candidate {
    pub block: usize,
    /// Content range in the block text.
    pub range: Range<usize>,
    pub mark: Option<char>,
    pub features: scare::Features,
    /// Kept by the structural rules (a runaway open mark is not).
    pub structural_keep: bool,
}

/// Finds every quotation in `doc` and attributes it.
pub fn run(doc: &mut Document) {
    run_recording(doc, None);
}

/// [`run`], also listing every body quotation the scare-quote model judged.
pub fn candidates(doc: &mut Document) -> Vec<Candidate> {
    let mut out = Vec::new();
    run_recording(doc, Some(&mut out));
    out
}

fn run_recording(doc: &mut Document, mut record: Option<&mut Vec<Candidate>>) {
    let (mut all_tokens, mut all_in_quote) = (Vec::new(), Vec::new());
    let prepared = prepare(doc, &mut all_tokens, &mut all_in_quote);
    // (Items are large: growing the list step by step copied them often.)
    let mut items: Vec<Item> = Vec::with_capacity(prepared.iter().map(|p| p.quotes.len()).sum());
    let mut resolver = Resolver::new();

    // Learn the article's names (with titles) first, in reading order.
    for p in &prepared {
        let text = &doc.blocks[p.block].text;
        // Headlines are in Title Case: every word looks like a name there.
        let title_case = p.place == Where::Title
            || matches!(
                doc.blocks[p.block].kind,
                BlockKind::Heading { .. } | BlockKind::CaptionTitle
            );
        if !title_case {
            // Where the current sentence starts (tokens are walked once).
            let mut sentence_start = 0;
            let mut scanned = 0;
            for m in find_names(text, p.tokens) {
                let at = pos(p.block, m.range.start);
                let e = resolver.name(text, &m, at);
                while scanned < m.tokens.start {
                    if super::tokens::is_sentence_end(text, &p.tokens[scanned]) {
                        sentence_start = scanned + 1;
                    }
                    scanned += 1;
                }
                // A name that opens its sentence's main clause is its subject:
                // "Sen. Claire McCaskill scolded him: “…,” she said", "In a
                // statement, Hillary Clinton was more circumspect …. “…,” she".
                if m.kind == MentionKind::Name
                    && m.tokens.start >= sentence_start
                    && (opens_sentence(text, p.tokens, m.tokens.start)
                        || m.tokens.start - sentence_start <= 30
                            && super::clause::main_clause_start(
                                text,
                                p.tokens,
                                sentence_start,
                                m.tokens.end,
                            ) == Some(m.tokens.start))
                {
                    resolver.note_subject(e, at);
                }
            }
        }
        // Appositive roles: "Vladimir Medinsky, the head of the delegation, said".
        for k in 1..p.tokens.len() {
            if p.tokens[k - 1].is_punct(text, ",")
                && super::cues::match_at(text, p.tokens, k).is_some()
                && let Some(m) = super::mentions::subject_before(text, p.tokens, 0, k)
                && m.role.is_some()
                && m.kind == super::mentions::MentionKind::Name
            {
                resolver.name(text, &m, pos(p.block, m.range.start));
            }
        }
    }

    for (pi, p) in prepared.iter().enumerate() {
        let start = items.len();
        let prev_block = pi
            .checked_sub(1)
            .map(|k| &prepared[k])
            .filter(|b| b.place == p.place);
        quote_items(doc, p, prev_block, &mut items);
        // A quote paragraph left open continues when the next one reopens.
        if let Some(prev) = pi.checked_sub(1).map(|k| &prepared[k])
            && prev.place == p.place
            // (Items are in block order: stop at the blocks before `prev`.)
            && let Some(last) = items[..start]
                .iter()
                .rev()
                .take_while(|it| it.block >= prev.block)
                .position(|it| it.block == prev.block)
                .map(|k| start - 1 - k)
            && items[last].open_end
            && starts_with_open(&doc.blocks[p.block].text, items[last].family)
            && start < items.len()
            && items[start].range.start <= 3
        {
            items[start].joins = Some(last);
        }
    }
    // Unclosed quotes that nothing continues are runaway marks: drop them,
    // unless attributed.
    let continued: Vec<bool> = {
        let mut v = vec![false; items.len()];
        for it in &items {
            if let Some(j) = it.joins {
                v[j] = true;
            }
        }
        v
    };

    // Reported speech from the sibling module.
    let reported = reported::find_reported_ranges(doc);

    // Order everything by position; resolve mentions in reading order so
    // that pronouns see the speakers before them.
    let mut keep: Vec<bool> = items
        .iter()
        .enumerate()
        .map(|(i, it)| {
            !(it.open_end && !continued[i] && it.mention.is_none() && it.joins.is_none())
        })
        .collect();
    let n_quotes = items.len();
    items.reserve(reported.len());
    for q in reported {
        let block = q.span.block;
        let mention = q.mention.as_ref().and_then(|m| {
            // (`prepared` is in block order: a search, not a scan per item.)
            let k = prepared.binary_search_by_key(&m.block, |p| p.block).ok()?;
            let p = &prepared[k];
            mention_from_range(&doc.blocks[m.block].text, p.tokens, m.range.clone())
                .map(|x| (m.block, x))
        });
        items.push(Item {
            block,
            range: q.span.range.clone(),
            kind: QuoteKind::Indirect,
            mark: None,
            place: q.place,
            joins: None,
            cue: q.cue.as_ref().map(|c| (c.block, c.range.clone())),
            mention,
            entity: None,
            confidence: q.confidence,
            open_end: false,
            family: Family::Double,
            report_nearby: false,
            own: q.mention.is_some(),
            features: None,
            sentence_subject: None,
        });
        keep.push(true);
    }
    let mut order: Vec<usize> = (0..items.len()).collect();
    order.sort_by_key(|&i| (items[i].block, items[i].range.start));
    let mut rank = vec![0; items.len()];
    for (r, &i) in order.iter().enumerate() {
        rank[i] = r;
    }

    // An unattributed partial quote in a paragraph with a report: the
    // nearest attributed item of the paragraph (quote or reported speech)
    // is the best guess; reported content that contains it is better still.
    for i in 0..n_quotes {
        if !(items[i].report_nearby && items[i].mention.is_none()) {
            continue;
        }
        let (b, r) = (items[i].block, items[i].range.clone());
        // Neighbours in reading order, a bounded number each way.
        let at = rank[i];
        let lo = at.saturating_sub(24);
        let hi = (at + 25).min(order.len());
        let best = order[lo..hi]
            .iter()
            .copied()
            .filter(|&j| j != i && items[j].block == b && items[j].mention.is_some())
            .min_by_key(|&j| {
                let o = &items[j].range;
                if o.start <= r.start && r.end <= o.end {
                    0
                } else {
                    1 + o.start.abs_diff(r.start).min(o.end.abs_diff(r.end))
                }
            });
        if let Some(j) = best {
            items[i].mention = items[j].mention.clone();
            items[i].cue = items[j].cue.clone();
            items[i].confidence = 0.35;
        }
    }

    for &i in &order {
        if !keep[i] {
            continue;
        }
        if let Some((b, m)) = items[i].mention.clone() {
            let text = &doc.blocks[b].text;
            items[i].entity = resolver.resolve(text, &m, pos(b, m.range.start), true);
        }
    }
    // Statements: follow `joins` chains; a joined item without its own
    // attribution takes the one it joins, and an earlier part of a
    // multi-paragraph quote takes the attribution of a later part.
    for &i in &order {
        if let Some(j) = items[i].joins
            && items[i].mention.is_none()
        {
            items[i].mention = items[j].mention.clone();
            items[i].cue = items[j].cue.clone();
            items[i].entity = items[j].entity;
            items[i].confidence = items[i].confidence.min(0.85);
        }
    }
    for &i in order.iter().rev() {
        if let Some(j) = items[i].joins
            && items[j].mention.is_none()
            && items[i].mention.is_some()
        {
            items[j].mention = items[i].mention.clone();
            items[j].cue = items[i].cue.clone();
            items[j].entity = items[i].entity;
        }
    }
    // A quote paragraph with no attribution right after a quote of one
    // speaker continues that speaker.
    let mut last_direct: Option<usize> = None;
    // Failing that, the latest attributed item of any kind (a reported
    // statement, a partial quote) in the same or the previous paragraph.
    let mut last_any: Option<usize> = None;
    for &i in &order {
        if !keep[i] {
            continue;
        }
        let (kind, has_mention, place, block) = (
            items[i].kind,
            items[i].mention.is_some(),
            items[i].place,
            items[i].block,
        );
        if kind == QuoteKind::Direct && !has_mention && place == Where::Body {
            let direct =
                last_direct.filter(|&l| items[l].mention.is_some() && block <= items[l].block + 1);
            let any = last_any.filter(|&l| block <= items[l].block + 1);
            if let Some(l) = direct.or(any) {
                items[i].mention = items[l].mention.clone();
                items[i].entity = items[l].entity;
                items[i].confidence = 0.6;
                if direct.is_some() && items[i].joins.is_none() && block == items[l].block + 1 {
                    items[i].joins = Some(l);
                }
            }
        }
        if items[i].place == Where::Body && items[i].mention.is_some() && items[i].entity.is_some()
        {
            last_any = Some(i);
        }
        if items[i].kind == QuoteKind::Direct && items[i].place == Where::Body {
            last_direct = Some(i);
        }
    }
    // Headline quotes take the speaker of the body quote that repeats them.
    for i in 0..n_quotes {
        if items[i].place != Where::Title || !keep[i] {
            continue;
        }
        let want = doc.blocks[items[i].block].text[items[i].range.clone()].to_lowercase();
        let found = (0..n_quotes).find(|&j| {
            items[j].place == Where::Body
                && items[j].entity.is_some()
                && doc.blocks[items[j].block].text[items[j].range.clone()]
                    .to_lowercase()
                    .contains(&want)
        });
        match found {
            Some(j) => {
                items[i].mention = items[j].mention.clone();
                items[i].entity = items[j].entity;
                items[i].confidence = 0.7;
            }
            None if items[i].mention.is_none() => keep[i] = false,
            None => {}
        }
    }
    // Scare quotes, titles of works, nicknames no one is said to use, markup
    // noise: the learned model decides (headlines were decided above).
    // Reported-speech spans as (block, start, furthest end so far in the
    // block), for `InReported` by binary search.
    let mut reported_spans: Vec<(usize, usize, usize)> = items[n_quotes..]
        .iter()
        .map(|it| (it.block, it.range.start, it.range.end))
        .collect();
    reported_spans.sort_unstable();
    for k in 1..reported_spans.len() {
        if reported_spans[k].0 == reported_spans[k - 1].0 {
            reported_spans[k].2 = reported_spans[k].2.max(reported_spans[k - 1].2);
        }
    }
    let mut joined = vec![false; n_quotes];
    let mut attributed_in_block: Vec<usize> = Vec::new();
    for it in &items[..n_quotes] {
        if let Some(j) = it.joins {
            joined[j] = true;
        }
        if it.own {
            attributed_in_block.push(it.block);
        }
    }
    for i in 0..n_quotes {
        let it = &items[i];
        let Some(mut f) = it.features else { continue };
        if it.place == Where::Title {
            continue;
        }
        let mut set = |k: scare::F, on: bool| f[k as usize] = if on { 1.0 } else { 0.0 };
        set(scare::F::OwnAttribution, it.own);
        set(scare::F::InheritedSpeaker, !it.own && it.mention.is_some());
        set(scare::F::Continued, it.joins.is_some() || joined[i]);
        // Items are in block order: count this block's attributed quotes.
        let lo = attributed_in_block.partition_point(|&b| b < it.block);
        let hi = attributed_in_block.partition_point(|&b| b <= it.block);
        set(
            scare::F::OtherAttributedInParagraph,
            hi - lo > usize::from(it.own),
        );
        let cue_after = it
            .cue
            .as_ref()
            .is_some_and(|(b, c)| *b == it.block && c.start >= it.range.end);
        set(
            scare::F::PartialCueAfter,
            it.own && it.kind == QuoteKind::Partial && cue_after,
        );
        // The reported spans of this block that start before the quote
        // ends: one of them reaches into it when their furthest end does.
        let k =
            reported_spans.partition_point(|&(b, start, _)| (b, start) < (it.block, it.range.end));
        let in_reported = k > 0 && {
            let (b, _, reach) = reported_spans[k - 1];
            b == it.block && reach > it.range.start
        };
        set(scare::F::InReported, in_reported);
        let text = &doc.blocks[it.block].text;
        // Markup attribute values, stage directions and "follow me" lines
        // go whatever the model says.
        keep[i] = keep[i]
            && !scare::is_markup_value(text, it.range.start)
            && !scare::is_stage_direction(&text[it.range.clone()])
            && !scare::is_follow_line(&text[it.range.clone()]);
        if let Some(rec) = record.as_deref_mut() {
            rec.push(Candidate {
                block: it.block,
                range: it.range.clone(),
                mark: it.mark,
                features: f,
                structural_keep: keep[i],
            });
        }
        keep[i] = keep[i] && scare::is_quote(&f);
    }
    // A kept quote that still has no speaker is someone's words the model
    // trusts (a nickname, a coinage): the nearest attributed item of its
    // paragraph, else the latest one of the two paragraphs before, said it.
    for i in 0..n_quotes {
        if !keep[i] || items[i].mention.is_some() || items[i].place != Where::Body {
            continue;
        }
        if let Some(m) = items[i].sentence_subject.take() {
            let b = items[i].block;
            let text = &doc.blocks[b].text;
            items[i].entity = resolver.resolve(text, &m, pos(b, m.range.start), true);
            items[i].mention = Some((b, m));
            items[i].confidence = 0.4;
            continue;
        }
        let (b, r) = (items[i].block, items[i].range.clone());
        let at = rank[i];
        let lo = at.saturating_sub(24);
        let hi = (at + 25).min(order.len());
        let attributed =
            |j: usize| j != i && keep[j] && items[j].mention.is_some() && items[j].entity.is_some();
        let same = order[lo..hi]
            .iter()
            .copied()
            .filter(|&j| attributed(j) && items[j].block == b)
            .min_by_key(|&j| items[j].range.start.abs_diff(r.start));
        let before = || {
            order[lo..at]
                .iter()
                .rev()
                .copied()
                .find(|&j| attributed(j) && items[j].block + 2 >= b)
        };
        if let Some(j) = same.or_else(before) {
            items[i].mention = items[j].mention.clone();
            items[i].cue = items[j].cue.clone();
            items[i].entity = items[j].entity;
            items[i].confidence = 0.3;
        }
    }

    // Role descriptions named in the next paragraphs ("Moscow's deputy
    // defense minister said" … "Alexander Fomin told").
    let quoted_by: Vec<(u64, usize)> = order
        .iter()
        .filter(|&&i| keep[i])
        .filter_map(|&i| {
            let (b, m) = items[i].mention.as_ref()?;
            Some((pos(*b, m.range.start), items[i].entity?))
        })
        .collect();
    for (from, to) in resolver.merge_descriptions(&quoted_by, 2) {
        for it in items.iter_mut() {
            if it.entity == Some(from) {
                it.entity = Some(to);
            }
        }
    }

    // Quote counts, statements, output.
    for &i in &order {
        if keep[i]
            && let Some(e) = items[i].entity
        {
            resolver.entities[e].quotes += 1;
        }
    }
    let (speakers, map) = resolver.speakers();
    let mut statement_of = vec![usize::MAX; items.len()];
    let mut next_statement = 0;
    let mut quotes = Vec::with_capacity(items.len());
    for &i in &order {
        if !keep[i] {
            continue;
        }
        let it = &items[i];
        let statement = match it.joins.filter(|&j| statement_of[j] != usize::MAX) {
            Some(j) => statement_of[j],
            None => {
                next_statement += 1;
                next_statement - 1
            }
        };
        statement_of[i] = statement;
        quotes.push(Quote {
            span: text_ref(doc, it.block, it.range.clone()),
            kind: it.kind,
            statement,
            speaker: it.entity.and_then(|e| map[e]),
            mention: it
                .mention
                .as_ref()
                .map(|(b, m)| text_ref(doc, *b, m.range.clone())),
            cue: it.cue.as_ref().map(|(b, r)| text_ref(doc, *b, r.clone())),
            place: it.place,
            confidence: if it.entity.is_none() {
                it.confidence.min(0.3)
            } else {
                it.confidence
            },
            mark: it.mark,
        });
    }
    let _ = cue_range;
    doc.quotes = quotes;
    doc.speakers = speakers;
}

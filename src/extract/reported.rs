//! Reported speech: "X said that …", "according to X, …", "…, The Post has
//! learned." Finds the content clause, its cue and its source mention; the
//! speaker itself is left to the resolver.
//!
//! Cue words are learned from the PolNeAR train split
//! (`tools/learn_reported_cues.py` writes `reported/lexicon_table.rs`); the
//! clause rules live in `reported/clauses.rs`.

mod clauses;
mod lexicon;
mod tokens;

use std::ops::Range;

use crate::model::{Block, BlockKind, Document, Quote, QuoteKind, TextRef, Where};

pub use clauses::{Settings, accepts_cue};

/// Finds reported-speech items (kind `Indirect`) with their cue and source
/// mention; `speaker` is left for the resolver.
pub fn find_reported(doc: &Document) -> Vec<Quote> {
    find_reported_with(doc, &Settings::default())
}

pub fn find_reported_with(doc: &Document, settings: &Settings) -> Vec<Quote> {
    find(doc, settings, true)
}

/// [`find_reported`] without the texts of the spans (`TextRef::text` left
/// empty): the pipeline reads the ranges only, and copying three strings
/// per item cost more than finding it.
pub fn find_reported_ranges(doc: &Document) -> Vec<Quote> {
    find(doc, &Settings::default(), false)
}

fn find(doc: &Document, settings: &Settings, with_text: bool) -> Vec<Quote> {
    let mut out = Vec::new();
    let mut lowered = String::new();
    for (b, block) in doc.blocks.iter().enumerate() {
        let place = match block.kind {
            BlockKind::Title => Where::Title,
            _ if block.is_body() => Where::Body,
            _ => continue,
        };
        let toks = tokens::tokenize_with(&block.text, &mut lowered);
        let mut headline = (place == Where::Title)
            .then(|| clauses::headline_colon(&toks))
            .flatten()
            .filter(|found| {
                // A one-word lead ("Report:", "Historians:") is a source
                // noun; a longer one needs a name the body repeats: the
                // surname of a capitalised name ("Roger Stone:", but not the
                // rubric "Ukraine War:"), or the name that opens a phrase
                // ("Clinton camp:", "Clinton to Planned Parenthood:").
                let name = &toks[found.source.clone()];
                let all_capital = name.iter().all(|t| t.capital);
                let key = if all_capital {
                    name.last()
                } else {
                    name.first()
                };
                name.len() == 1
                    || key.is_some_and(|t| named_in_body(doc, &block.text[t.range.clone()]))
            });
        // A transcript line is one item (what the speaker reports inside it,
        // "I think …", stays an item of its own).
        let mut transcript = (place == Where::Body)
            .then(|| clauses::transcript_line(&toks))
            .flatten();
        for sentence in tokens::sentences(&toks) {
            let found = clauses::analyse(&toks, sentence, settings);
            for found in found
                .into_iter()
                .chain(headline.take())
                .chain(transcript.take())
            {
                let span = |r: Range<usize>| {
                    text_ref(
                        block,
                        b,
                        toks[r.start].range.start..toks[r.end - 1].range.end,
                        with_text,
                    )
                };
                out.push(Quote {
                    span: span(found.content),
                    kind: QuoteKind::Indirect,
                    statement: 0,
                    speaker: None,
                    mention: Some(span(found.source)),
                    cue: Some(span(found.cue)),
                    place,
                    confidence: found.confidence,
                    mark: None,
                });
            }
        }
    }
    out
}

/// True when `word` (a headline's "Name:" tail) stands as a capitalised word
/// in the body: whoever a headline quotes is named again in the article,
/// while a rubric ("Ukraine War: …", "Election 2016: …") is not.
fn named_in_body(doc: &Document, word: &str) -> bool {
    if !word.starts_with(|c: char| c.is_uppercase()) {
        return false;
    }
    let is_word_char = |c: char| c.is_alphanumeric() || c == '\'' || c == '’';
    doc.blocks.iter().filter(|b| b.is_body()).any(|b| {
        b.text.match_indices(word).any(|(i, _)| {
            let before = b.text[..i].chars().next_back();
            let after = b.text[i + word.len()..].chars().next();
            !before.is_some_and(is_word_char) && !after.is_some_and(|c| c.is_alphanumeric())
        })
    })
}

fn text_ref(block: &Block, index: usize, range: Range<usize>, with_text: bool) -> TextRef {
    let source = block.source_range(range.clone());
    TextRef {
        block: index,
        text: if with_text {
            block.text[range.clone()].to_string()
        } else {
            String::new()
        },
        range,
        start: source.start,
        end: source.end,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Block, BlockKind};
    use std::time::Instant;

    fn doc(text: &str) -> Document {
        Document {
            source: text.to_string(),
            blocks: vec![Block::verbatim(BlockKind::Paragraph, text, 0)],
            ..Default::default()
        }
    }

    #[test]
    fn finds_reported_speech_with_source_offsets() {
        let d = doc("Medinsky also indicated that his government would consider the proposals.");
        let found = find_reported(&d);
        assert_eq!(found.len(), 1);
        let q = &found[0];
        assert_eq!(q.kind, QuoteKind::Indirect);
        assert_eq!(
            &d.source[q.span.start..q.span.end],
            "his government would consider the proposals"
        );
        assert_eq!(
            q.mention.as_ref().map(|m| m.text.as_str()),
            Some("Medinsky")
        );
        assert_eq!(
            q.cue.as_ref().map(|m| m.text.as_str()),
            Some("also indicated")
        );
        assert!(q.speaker.is_none() && q.mark.is_none());
    }

    /// (content, mention) of every item found in a one-paragraph document.
    fn items(text: &str) -> Vec<(String, String)> {
        let d = doc(text);
        find_reported(&d)
            .into_iter()
            .map(|q| (q.span.text, q.mention.map(|m| m.text).unwrap_or_default()))
            .collect()
    }

    fn has(text: &str, content: &str, mention: &str) {
        let found = items(text);
        assert!(
            found.iter().any(|(c, m)| c == content && m == mention),
            "{text:?}: {found:?}"
        );
    }

    #[test]
    fn knowledge_poll_and_nominal_cues() {
        has(
            "Clinton is declaring that she is moving closer to the nomination.",
            "she is moving closer to the nomination",
            "Clinton",
        );
        has(
            "There is evidence suggesting that turnout will fall.",
            "turnout will fall",
            "evidence",
        );
        has(
            "Bills have spiked over the past year, according to the Human Rights Campaign, an advocacy group.",
            "Bills have spiked over the past year",
            "the Human Rights Campaign, an advocacy group",
        );
        has(
            "In exit polls, voters were unhappy with the government.",
            "voters were unhappy with the government",
            "exit polls",
        );
        has(
            "Donald Trump's claim that Mexico will pay drew jeers.",
            "Mexico will pay drew jeers",
            "Donald Trump's",
        );
    }

    #[test]
    fn clause_shapes() {
        has(
            "Many of the closures, he said, have involved public courses.",
            "Many of the closures, he said, have involved public courses",
            "he",
        );
        has(
            "Smith said at the time, adding that investors were wrong.",
            "investors were wrong",
            "Smith",
        );
        has(
            "Trump, who questioned whether the judge was biased, said Friday that he is fine.",
            "whether the judge was biased",
            "who",
        );
        has(
            "Sanders has soared in the polls by saying that the system is rigged.",
            "the system is rigged",
            "Sanders",
        );
        has(
            "After saying he was nervous, the man asked a question.",
            "he was nervous",
            "the man",
        );
        // "U.S." ends the sentence before "He".
        has(
            "Cox says Obama is trying to distract the U.S. He says voters want more.",
            "voters want more",
            "He",
        );
    }

    #[test]
    fn transcript_lines() {
        has(
            "CLINTON: Honestly, this is the most important job. You should campaign.",
            "Honestly, this is the most important job. You should campaign",
            "CLINTON",
        );
        assert!(items("The plan: cut taxes and spend more.").is_empty());
    }

    #[test]
    fn pathological_inputs_stay_linear() {
        for unit in ["said ", "\". ", "he said that ", "\"", "according to "] {
            let text = unit.repeat(200_000 / unit.len());
            let started = Instant::now();
            let _ = find_reported(&doc(&text));
            assert!(
                started.elapsed().as_secs_f64() < 5.0,
                "{unit:?} took {:?}",
                started.elapsed()
            );
        }
    }
}

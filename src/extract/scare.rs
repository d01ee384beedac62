//! Is a quoted span someone's words, or a scare quote, a title of a work, a
//! nickname nobody is said to have used, markup noise?
//!
//! A tiny logistic model decides: each quotation gets a handful of 0/1
//! features (its length, its capitalisation, the word before it, whether a
//! cue or an attribution stands in its sentence or paragraph …) and the
//! weights, learned from the PolNeAR train split by `tools/learn_scare.py`,
//! live in `scare_table.rs`. A positive score keeps the quote.
//!
//! The features are plain facts about news text, not words of any one
//! article: "the film", "so-called" and Title Case speak for a title or a
//! scare quote; a cue verb right before or a full clause speak for a quote.

use std::ops::Range;

use super::cues::match_at;
use super::scan::RawQuote;
use super::tokens::Token;

#[path = "scare_table.rs"]
mod scare_table;

/// The model's features, in table order. Index them with [`F`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[repr(usize)]
pub enum F {
    Bias,
    /// A quoted sentence or clause standing on its own (`pipeline::is_direct`).
    Direct,
    /// The paragraph ends with no closing mark.
    Unclosed,
    Words1,
    Words2,
    Words3,
    Words4To7,
    Words8Plus,
    /// The content ends with . , ! or ? inside the marks.
    EndsWithStop,
    StartsUpper,
    /// Two to ten words, every long word capitalised, no inner punctuation.
    TitleCase,
    /// Letters, none lower case ("CROSSTALK").
    AllCaps,
    /// One "word" holding a digit, or a markup attribute value (id="…").
    TokenLike,
    /// After "the film", "the show", "book", "song", "newspaper" …
    AfterWorkNoun,
    /// After "so-called", "dubbed", "nicknamed", "titled", "branded" …
    AfterNaming,
    /// After "called", "named", "known as", "as".
    AfterCalledAs,
    /// After "the word", "term", "phrase", "slogan", "hashtag" …
    AfterTermWord,
    /// A cue ends right before the opening mark (said "…", told them: "…").
    AfterCue,
    /// Opens right after "(".
    InParens,
    /// The quote found its own cue and speaker in its sentence.
    OwnAttribution,
    /// A cue (reliability ≥ 0.3) outside quotes in the quote's sentence.
    CueInSentence,
    /// Such a cue anywhere in the paragraph.
    CueInParagraph,
    /// A speaker came from elsewhere: a continued quote, the paragraph's report.
    InheritedSpeaker,
    /// Part of a statement in several spans (interrupted or continued).
    Continued,
    /// The quote fills its paragraph.
    WholeParagraph,
    /// Another quotation of the paragraph has its own attribution.
    OtherAttributedInParagraph,
    /// A capitalised word follows the closing mark with no punctuation
    /// ("…" Sunday, "Face the Nation" host): a name used as a modifier.
    NameModifier,
    /// A work or role noun right after the closing mark ("…" host, "…" star,
    /// "…" TV show).
    WorkNounAfter,
    /// After "on" (said on "Meet the Press").
    AfterOn,
    /// After a possessive (ABC's "This Week", Trump's "…").
    AfterPossessive,
    /// Title Case with no cue in the sentence.
    TitleCaseNoCue,
    /// Title Case where a programme or publication is named: after "on",
    /// "with", "told", a possessive (NBC's "…"), or a media word
    /// ("appearance", "interview", "episode") just before.
    TitleInMedia,
    /// One of a list of quotations ("R," or "D,"; "ambassador," "attack"):
    /// terms listed, seldom someone's words.
    ListOfQuotes,
    /// Followed by a noun it modifies (the "opt out" movement, "…" shirts).
    ModifiesNoun,
    /// After a share ("30 percent of whites "strongly agree""): an answer
    /// option of a poll.
    AfterShare,
    /// A partial quote whose only cue comes after it (On ABC's "This
    /// Week," Smith said): set by the pipeline.
    PartialCueAfter,
    /// Inside the content of a reported-speech clause of its paragraph:
    /// set by the pipeline.
    InReported,
    /// A headline credited to its author ("…," by The Post's Jane Doe): a
    /// work's title, not its author's speech.
    CreditedWork,
    /// A link ("…" http://…, "…" bit.ly/…) or a year in brackets ("…"
    /// (2005)) follows: a headline, a slogan or a work cited, not speech.
    CitationAfter,
    /// A nickname between a first and a last name (Marcia "Cia" Price).
    NicknameInName,
}

pub const N: usize = F::NicknameInName as usize + 1;

/// Feature names as `tools/learn_scare.py` writes them in the table.
pub const NAMES: [&str; N] = [
    "bias",
    "direct",
    "unclosed",
    "words_1",
    "words_2",
    "words_3",
    "words_4_7",
    "words_8_plus",
    "ends_with_stop",
    "starts_upper",
    "title_case",
    "all_caps",
    "token_like",
    "after_work_noun",
    "after_naming",
    "after_called_as",
    "after_term_word",
    "after_cue",
    "in_parens",
    "own_attribution",
    "cue_in_sentence",
    "cue_in_paragraph",
    "inherited_speaker",
    "continued",
    "whole_paragraph",
    "other_attributed_in_paragraph",
    "name_modifier",
    "work_noun_after",
    "after_on",
    "after_possessive",
    "title_case_no_cue",
    "title_in_media",
    "list_of_quotes",
    "modifies_noun",
    "after_share",
    "partial_cue_after",
    "in_reported",
    "credited_work",
    "citation_after",
    "nickname_in_name",
];

pub type Features = [f32; N];

/// Nouns for works and outlets that name what follows in quotes.
const WORK_NOUNS: &[&str] = &[
    "film",
    "movie",
    "book",
    "books",
    "novel",
    "show",
    "shows",
    "song",
    "album",
    "series",
    "sitcom",
    "program",
    "programme",
    "play",
    "musical",
    "poem",
    "memoir",
    "documentary",
    "episode",
    "podcast",
    "column",
    "op-ed",
    "commentary",
    "article",
    "essay",
    "editorial",
    "report",
    "study",
    "newspaper",
    "magazine",
    "blog",
    "website",
    "ad",
    "advert",
    "video",
    "painting",
    "hit",
    "track",
    "sketch",
    "segment",
    "headline",
    "headlined",
    "tv",
    "radio",
    "host",
    "hosts",
    "co-host",
    "anchor",
    "star",
    "stars",
    "theme",
];

/// Words that name a coinage rather than report it.
const NAMING_WORDS: &[&str] = &[
    "so-called",
    "dubbed",
    "nicknamed",
    "titled",
    "entitled",
    "branded",
    "labeled",
    "labelled",
    "coined",
    "billed",
    "styled",
    "self-styled",
    "self-described",
];

/// Words that place a title in broadcasting or publishing ("an appearance
/// on", "an interview with", "the episode of").
const MEDIA_WORDS: &[&str] = &[
    "broadcast",
    "episode",
    "edition",
    "appearance",
    "interview",
    "program",
    "show",
    "podcast",
    "network",
    "author",
    "co-author",
    "screening",
    "host",
    "star",
    "anchor",
    "segment",
    "airing",
    "aired",
    "appeared",
    "appear",
    "speaking",
    "told",
];

/// Nouns a quoted label commonly modifies (the "Stop Trump" movement, a
/// "stand down" order, "Hillary for Prison" shirts).
const MODIFIED_NOUNS: &[&str] = &[
    "movement",
    "campaign",
    "rally",
    "ad",
    "ads",
    "shirt",
    "shirts",
    "t-shirts",
    "t-shirt",
    "hat",
    "hats",
    "sign",
    "signs",
    "slogan",
    "plan",
    "theme",
    "feature",
    "order",
    "initiative",
    "program",
    "strategy",
    "tour",
    "crowd",
    "label",
    "event",
    "party",
    "letters",
    "letter",
    "reception",
    "summit",
    "award",
    "tax",
    "bill",
    "act",
    "pin",
    "trust",
    "area",
    "uprisings",
    "reboot",
    "star",
    "host",
    "actress",
    "actor",
    "buzz",
    "coalition",
    "rule",
    "provision",
    "option",
    "category",
    "level",
    "status",
    "system",
    "model",
    "approach",
    "policy",
    "agenda",
    "caucus",
    "bus",
    "tote",
    "button",
    "buttons",
    "bumper",
    "sticker",
    "stickers",
    "chant",
    "chants",
    "banner",
    "mug",
    "mugs",
    "era",
    "doctrine",
    "scenario",
    "narrative",
    "framework",
    "clock",
    "group",
    "groups",
    "candidate",
    "candidates",
    "standard",
    "spat",
    "gear",
];

const CALLED_AS: &[&str] = &["called", "named", "known", "as", "calling", "call", "calls"];

const TERM_WORDS: &[&str] = &[
    "word", "words", "term", "terms", "phrase", "phrases", "label", "slogan", "slogans", "hashtag",
    "motto", "tagline", "chant", "chants", "chanting", "nickname", "moniker", "name", "sign",
    "signs", "banner", "read", "reads", "reading", "tweeted", "wrote",
];

/// The features a quote has by itself and by its sentence; the pipeline
/// adds what attribution finds (`OwnAttribution`, `InheritedSpeaker`,
/// `Continued`, `OtherAttributedInParagraph`).
pub struct Local<'a> {
    pub text: &'a str,
    pub tokens: &'a [Token],
    pub quote: &'a RawQuote,
    pub direct: bool,
    /// Token index of the opening mark.
    pub open_tok: usize,
    pub cue_in_sentence: bool,
    pub cue_in_paragraph: bool,
}

impl Local<'_> {
    pub fn features(&self) -> Features {
        let mut f = [0.0; N];
        let mut set = |k: F| f[k as usize] = 1.0;
        set(F::Bias);
        let text = self.text;
        let q = self.quote;
        let content = &text[q.range.clone()];
        if self.direct {
            set(F::Direct);
        }
        if q.close.is_none() {
            set(F::Unclosed);
        }
        // (Counting stops at eight: a runaway quote's content is the rest
        // of its paragraph.)
        set(match content.split_whitespace().take(8).count() {
            0 | 1 => F::Words1,
            2 => F::Words2,
            3 => F::Words3,
            4..=7 => F::Words4To7,
            _ => F::Words8Plus,
        });
        let last = content.chars().next_back().unwrap_or(' ');
        if matches!(last, '.' | ',' | '!' | '?') {
            set(F::EndsWithStop);
        }
        if content.chars().next().is_some_and(char::is_uppercase) {
            set(F::StartsUpper);
        }
        let title_case = is_title_case(content);
        if title_case {
            set(F::TitleCase);
        }
        let letters = content
            .chars()
            .filter(|c| c.is_alphabetic())
            .take(2)
            .count();
        if letters >= 2 && !content.chars().any(char::is_lowercase) {
            set(F::AllCaps);
        }
        // Only the last words before the quote matter: a window keeps a
        // text with no spaces (one huge "word") linear.
        let before = text[floor_boundary(text, q.open.start.saturating_sub(CONTEXT))..q.open.start]
            .trim_end();
        let token_like =
            !content.contains(char::is_whitespace) && content.chars().any(|c| c.is_ascii_digit());
        if token_like || before.ends_with('=') {
            set(F::TokenLike);
        }
        let prev_word = before
            .rsplit(|c: char| c.is_whitespace() || c == '(')
            .next()
            .unwrap_or("")
            .trim_end_matches([',', ':'])
            .to_lowercase();
        let prev_word = prev_word.as_str();
        if WORK_NOUNS.contains(&prev_word) {
            set(F::AfterWorkNoun);
        }
        if NAMING_WORDS.contains(&prev_word) {
            set(F::AfterNaming);
        }
        if CALLED_AS.contains(&prev_word) {
            set(F::AfterCalledAs);
        }
        if TERM_WORDS.contains(&prev_word) {
            set(F::AfterTermWord);
        }
        if self.cue_right_before() {
            set(F::AfterCue);
        }
        if before.ends_with('(') {
            set(F::InParens);
        }
        if self.cue_in_sentence {
            set(F::CueInSentence);
        }
        if self.cue_in_paragraph {
            set(F::CueInParagraph);
        }
        let end = q.close.as_ref().map_or(text.len(), |c| c.end);
        let rest = &text[end..];
        let after = &rest[..floor_boundary(rest, CONTEXT)];
        if q.open.start == 0 && rest.trim_start_matches(['.', ',', ')', ' ']).is_empty() {
            set(F::WholeParagraph);
        }
        if !matches!(last, '.' | ',' | '!' | '?')
            && after.starts_with(' ')
            && after[1..].chars().next().is_some_and(char::is_uppercase)
        {
            set(F::NameModifier);
        }
        let next_word = after
            .trim_start_matches([',', '.', ' '])
            .split(|c: char| c.is_whitespace() || c == ',' || c == '.')
            .next()
            .unwrap_or("")
            .to_lowercase();
        if WORK_NOUNS.contains(&next_word.as_str()) {
            set(F::WorkNounAfter);
        }
        if prev_word == "on" {
            set(F::AfterOn);
        }
        if prev_word.ends_with("'s") || prev_word.ends_with("’s") {
            set(F::AfterPossessive);
        }
        if title_case && !self.cue_in_sentence {
            set(F::TitleCaseNoCue);
        }
        let last_words: Vec<String> = before
            .rsplit(char::is_whitespace)
            .take(3)
            .map(|w| {
                w.trim_matches(|c: char| !c.is_alphanumeric())
                    .to_lowercase()
            })
            .collect();
        let possessive = last_words
            .iter()
            .take(2)
            .any(|w| w.ends_with("'s") || w.ends_with("’s"));
        if title_case
            && (matches!(prev_word, "on" | "with" | "told")
                || possessive
                || last_words.iter().any(|w| MEDIA_WORDS.contains(&w.as_str())))
        {
            set(F::TitleInMedia);
        }
        if in_list_of_quotes(before, after) {
            set(F::ListOfQuotes);
        }
        let first_after = after
            .trim_start()
            .split(|c: char| !(c.is_alphanumeric() || c == '-'))
            .next()
            .unwrap_or("")
            .to_lowercase();
        if !matches!(last, '.' | ',' | '!' | '?')
            && after.starts_with(char::is_whitespace)
            && MODIFIED_NOUNS.contains(&first_after.as_str())
        {
            set(F::ModifiesNoun);
        }
        if after_share(before) {
            set(F::AfterShare);
        }
        if last == ',' && credited_to_author(after) {
            set(F::CreditedWork);
        }
        if citation_follows(after) {
            set(F::CitationAfter);
        }
        if nickname_in_name(content, before, after) {
            set(F::NicknameInName);
        }
        f
    }

    /// A cue phrase ends at the opening mark, perhaps before a colon or
    /// comma ("said “…”", "told reporters: “…”" has its cue further back
    /// and counts through `CueInSentence`).
    fn cue_right_before(&self) -> bool {
        let mut end = self.open_tok;
        while end > 0
            && (self.tokens[end - 1].is_punct(self.text, ":")
                || self.tokens[end - 1].is_punct(self.text, ","))
        {
            end -= 1;
        }
        (end.saturating_sub(3)..end).any(|i| {
            match_at(self.text, self.tokens, i)
                .is_some_and(|c| c.tokens.end == end && c.entry.reliability() >= 0.15)
        })
    }
}

/// Bytes of context read on either side of a quotation.
const CONTEXT: usize = 160;

/// The largest char boundary of `s` at or before `at` (`s.len()` at most).
fn floor_boundary(s: &str, at: usize) -> usize {
    let mut at = at.min(s.len());
    while !s.is_char_boundary(at) {
        at -= 1;
    }
    at
}

/// A quotation listed with others: a closing mark (and perhaps a comma,
/// "and" or "or") right before it, or an opening one right after it.
fn in_list_of_quotes(before: &str, after: &str) -> bool {
    // After: a comma, "and" or "or", then an opening mark.
    let t = after.trim_start();
    let comma = t.starts_with(',');
    let t = t.trim_start_matches([',', ' ']);
    let word = t.strip_prefix("and ").or_else(|| t.strip_prefix("or "));
    let next = word.unwrap_or(t).trim_start();
    if (comma || word.is_some()) && next.starts_with(['"', '“']) {
        return true;
    }
    // Before: a closing mark, then perhaps a comma, "and" or "or".
    let b = before.trim_end();
    let b = b
        .strip_suffix(" and")
        .or_else(|| b.strip_suffix(" or"))
        .unwrap_or(b)
        .trim_end_matches([',', ' ']);
    b.ends_with(['"', '”'])
}

/// The closing mark is followed by "by" and a name: a credit line.
fn credited_to_author(after: &str) -> bool {
    after
        .trim_start_matches([',', ' '])
        .strip_prefix("by ")
        .is_some_and(|rest| rest.starts_with(char::is_uppercase))
}

/// A link or a bracketed year right after the closing mark (perhaps past
/// a comma or full stop): "…" http://nyti.ms/…, "…" (2005).
fn citation_follows(after: &str) -> bool {
    let t = after.trim_start_matches([',', '.', ' ']);
    let t = t.strip_prefix('(').unwrap_or(t);
    let word = t.split(char::is_whitespace).next().unwrap_or("");
    let link = word.starts_with("http://")
        || word.starts_with("https://")
        || word.starts_with("www.")
        // (bit.ly/…, nyti.ms/…: a domain and a path.)
        || word.split_once('/').is_some_and(|(host, _)| {
            host.contains('.') && host.chars().all(|c| c.is_ascii_alphanumeric() || c == '.')
        });
    let year = t.len() >= 5
        && t.as_bytes()[..4].iter().all(u8::is_ascii_digit)
        && t.as_bytes()[4] == b')'
        && after.trim_start_matches([',', '.', ' ']).starts_with('(');
    link || year
}

/// A capitalised one- or two-word quotation between a capitalised word and
/// another, in running text (state Del. Marcia "Cia" Price): a nickname
/// inside a name. (In a headline every word is capitalised, so some lower
/// case word must stand just before.)
fn nickname_in_name(content: &str, before: &str, after: &str) -> bool {
    let short = (1..=2).contains(&content.split_whitespace().count());
    let plain = !content.ends_with(['.', ',', '!', '?']);
    let starts_upper = |w: &str| w.starts_with(char::is_uppercase);
    let mut words = before.split_whitespace().rev();
    let name = words
        .next()
        .is_some_and(|w| starts_upper(w) && w.ends_with(char::is_alphabetic));
    let running_text = words.take(3).any(|w| w.starts_with(char::is_lowercase));
    let surname = after
        .strip_prefix(' ')
        .is_some_and(|a| a.starts_with(char::is_uppercase));
    short && plain && starts_upper(content) && name && running_text && surname
}

/// The text before a quotation ends with a share ("30 percent of whites",
/// "(34%"): the quotation is the answer a poll offered.
fn after_share(before: &str) -> bool {
    let b = before.trim_end_matches([' ', '(']);
    let mut words = b.rsplit(' ');
    let last = words.next().unwrap_or("");
    // (A bare number is more often a year or a count: "the 2010 “…”".)
    let share = |w: &str| w.ends_with('%') || w == "percent";
    share(last) || (words.next() == Some("of") && words.next().is_some_and(share))
}

/// Longer words that titles leave in lower case ("Contract with America",
/// "Midday with Charlie Sykes"): prepositions and conjunctions.
const TITLE_SMALL_WORDS: &[&str] = &[
    "with", "from", "into", "onto", "upon", "over", "than", "that", "when", "like", "about",
    "after", "under", "without", "against",
];

/// Two to ten words, every word longer than three letters capitalised
/// (but for a few prepositions), no sentence punctuation inside (an end
/// comma or full stop is the writer's).
pub fn is_title_case(content: &str) -> bool {
    let bare = content.trim_end_matches(['.', ',']);
    // Eleven words are as good as more for the test below.
    let n = bare.split_whitespace().take(11).count();
    (2..=10).contains(&n)
        && bare
            .split_whitespace()
            .enumerate()
            // (A title's first word is capitalised whatever it is.)
            .filter(|&(i, w)| w.len() > 3 && (i == 0 || !TITLE_SMALL_WORDS.contains(&w)))
            .all(|(_, w)| {
                w.chars()
                    .next()
                    .is_some_and(|c| c.is_uppercase() || !c.is_alphabetic())
            })
        && !bare.contains(['.', ',', '!', '?', ':', ';'])
        // ("rip up" has no long word, but no capital either.)
        && bare
            .split_whitespace()
            .any(|w| w.starts_with(char::is_uppercase))
}

/// A transcript's stage direction in quotes ("(CROSSTALK.)", "(LAUGHTER)"):
/// nobody's words. Too rare in PolNeAR train for the model to learn.
pub fn is_stage_direction(content: &str) -> bool {
    let bare = content.trim_end_matches(['.', ',']);
    bare.len() > 2
        && bare.starts_with(['(', '['])
        && bare.ends_with([')', ']'])
        && !bare.contains(char::is_lowercase)
        && !bare[1..bare.len() - 1].contains(['(', ')', '[', ']'])
}

/// A site's "follow me" line ("Follow Jane Doe on Twitter @janedoe") swept
/// into a quotation, as when a transcript's paragraphs all open with a
/// mark: nobody's words.
pub fn is_follow_line(content: &str) -> bool {
    content.starts_with("Follow ")
        && (content.contains(" on Twitter") || content.contains(" @"))
        && content.split_whitespace().count() <= 12
}

/// A markup attribute's value (`id="…"`, `tweet-date="…"`): the opening
/// mark follows `=`. Nobody's words, whatever the text inside.
pub fn is_markup_value(text: &str, content_start: usize) -> bool {
    let before = text[..content_start].trim_end();
    // (One mark only: a run of marks must not be rescanned for every quote.)
    let before = before.strip_suffix(['"', '“', '\'', '‘']).unwrap_or(before);
    before.trim_end().ends_with('=')
}

/// The model's score: positive keeps the quote.
pub fn score(f: &Features) -> f32 {
    f.iter()
        .zip(scare_table::WEIGHTS.iter())
        .map(|(x, w)| x * w)
        .sum()
}

/// True when the model takes the quote for someone's words.
pub fn is_quote(f: &Features) -> bool {
    score(f) > 0.0
}

/// A range's token-level check for cues outside quotations (reliability ≥ 0.3).
pub fn cue_in(text: &str, tokens: &[Token], in_quote: &[bool], r: Range<usize>) -> bool {
    r.into_iter().any(|i| {
        !in_quote[i] && match_at(text, tokens, i).is_some_and(|c| c.entry.reliability() >= 0.3)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_matches_the_features() {
        assert_eq!(scare_table::NAMES, NAMES);
    }

    /// The features of the first quotation of `text`, with no cue context.
    fn features_of(text: &str) -> Features {
        let mut quotes = Vec::new();
        super::super::scan::Scanner::default().scan(text, &mut quotes);
        let mut tokens = Vec::new();
        super::super::tokens::tokenize(text, &mut tokens);
        let q = &quotes[0];
        Local {
            text,
            tokens: &tokens,
            quote: q,
            direct: false,
            open_tok: tokens.partition_point(|t| (t.start as usize) < q.open.start),
            cue_in_sentence: false,
            cue_in_paragraph: false,
        }
        .features()
    }

    #[test]
    fn titles_and_markup_score_low() {
        let film = features_of("They watched the film “Jaws Returns” on the plane.");
        assert_eq!(film[F::AfterWorkNoun as usize], 1.0);
        assert_eq!(film[F::TitleCase as usize], 1.0);
        assert!(!is_quote(&film));
        let id = features_of("<tweet id=\"747986907162877952\">");
        assert_eq!(id[F::TokenLike as usize], 1.0);
        assert!(!is_quote(&id));
    }

    #[test]
    fn a_cue_right_before_counts() {
        let f = features_of("Smith said “we will win this fight” to cheers.");
        assert_eq!(f[F::AfterCue as usize], 1.0);
        assert!(is_quote(&f));
    }

    #[test]
    fn markup_values() {
        let t = "<tweet tweet-date=\"that in an apples-to-apples\">";
        assert!(is_markup_value(t, t.find("that").unwrap()));
        let t = "He said \"no\" twice.";
        assert!(!is_markup_value(t, t.find("no").unwrap()));
    }

    #[test]
    fn lists_shares_and_modified_nouns() {
        let f = features_of("Voters pull the lever for “R,” or “D,” as told.");
        assert_eq!(f[F::ListOfQuotes as usize], 1.0);
        let f = features_of("Thirty percent of whites \"strongly agree\" with that.");
        assert_eq!(f[F::AfterShare as usize], 1.0);
        let f = features_of("The “opt out” movement grew.");
        assert_eq!(f[F::ModifiesNoun as usize], 1.0);
        let f = features_of("He said on NBC’s “Meet the Press” that he would run.");
        assert_eq!(f[F::TitleInMedia as usize], 1.0);
        let f = features_of("NOW OPEN—\"Art show opens in the Bronx,\" by DNAinfo's Eddie Small.");
        assert_eq!(f[F::CreditedWork as usize], 1.0);
        let f = features_of("“Yes to the ban” (2009) and “No to Schengen” (2005).");
        assert_eq!(f[F::CitationAfter as usize], 1.0);
        let f = features_of("BEAT—\"A nightclub closes,\" http://nyti.ms/1U0X");
        assert_eq!(f[F::CitationAfter as usize], 1.0);
        let f = features_of("The state Del. Marcia “Cia” Price shouted.");
        assert_eq!(f[F::NicknameInName as usize], 1.0);
        let f = features_of("Why She Felt “Invisible” As A Child");
        assert_eq!(f[F::NicknameInName as usize], 0.0);
        let f = features_of("He said “we will win this fight” to cheers.");
        assert_eq!(f[F::ListOfQuotes as usize], 0.0);
        assert_eq!(f[F::CitationAfter as usize], 0.0);
        assert_eq!(f[F::NicknameInName as usize], 0.0);
        assert_eq!(f[F::CreditedWork as usize], 0.0);
        assert_eq!(f[F::ModifiesNoun as usize], 0.0);
        assert_eq!(f[F::TitleInMedia as usize], 0.0);
    }

    #[test]
    fn stage_directions() {
        assert!(is_stage_direction("(CROSSTALK.)"));
        assert!(is_stage_direction("[APPLAUSE]"));
        assert!(!is_stage_direction("[W]e encourage affiliated unions"));
        assert!(!is_stage_direction("(T)hose who seek"));
    }

    #[test]
    fn follow_lines() {
        assert!(is_follow_line("Follow Jane Doe on Twitter @janedoe."));
        assert!(!is_follow_line("Follow the money,"));
    }

    #[test]
    fn title_case() {
        assert!(is_title_case("Face the Nation"));
        assert!(!is_title_case("unhinged"));
        assert!(!is_title_case("We will win, he said."));
        assert!(!is_title_case("rip up"));
        assert!(is_title_case("Contract with America"));
        assert!(!is_title_case("with Donald Trump"));
    }
}

//! Mentions of possible speakers: proper names with their titles and roles
//! ("Russia's Deputy Defense Minister Alexander Fomin"), appositives
//! ("Vladimir Medinsky, the head of the delegation,"), pronouns,
//! organisations ("the Kremlin"), groups ("Russian officials") and role
//! descriptions ("Moscow's deputy defense minister").
//!
//! Everything works on the token list of one block; ranges are byte ranges in
//! the block text.

use std::ops::Range;

use super::tokens::{TokKind, Token};
use crate::model::Gender;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum MentionKind {
    /// A proper name of a person ("Alexander Fomin", "Fomin").
    Name,
    Pronoun,
    /// A named organisation ("the Kremlin", "The New York Post", "NATO").
    Organization,
    /// A plural description ("Russian officials", "sources", "polls").
    Group,
    /// A singular description ("the official", "Moscow's deputy defense minister").
    Role,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Mention {
    /// The whole mention, role included.
    pub range: Range<usize>,
    /// The name proper ("Alexander Fomin"), the pronoun, or the description.
    pub head: Range<usize>,
    /// A title or role given with the name ("Russia's Deputy Defense Minister",
    /// or the appositive "the head of the Russian delegation").
    pub role: Option<Range<usize>>,
    pub kind: MentionKind,
    pub gender: Option<Gender>,
    pub plural: bool,
    /// Token index range of the whole mention.
    pub tokens: Range<usize>,
}

impl Mention {
    /// A pronoun standing alone as token `k` ("he", "her", "them").
    pub fn pronoun_at(tokens: &[Token], k: usize, gender: Option<Gender>, plural: bool) -> Mention {
        Mention {
            range: tokens[k].range(),
            head: tokens[k].range(),
            role: None,
            kind: MentionKind::Pronoun,
            gender,
            plural,
            tokens: k..k + 1,
        }
    }

    pub fn head_text<'a>(&self, text: &'a str) -> &'a str {
        &text[self.head.clone()]
    }
}

/// Titles that may precede a name and belong to the role.
const TITLES: &[&str] = &[
    "President",
    "Minister",
    "Senator",
    "Sen.",
    "Sens.",
    "Secretary",
    "Governor",
    "Gov.",
    "Rep.",
    "Reps.",
    "Representative",
    "Congressman",
    "Congresswoman",
    "Chairman",
    "Chairwoman",
    "Chair",
    "Director",
    "Deputy",
    "Spokesman",
    "Spokeswoman",
    "Spokesperson",
    "Chief",
    "General",
    "Gen.",
    "Mayor",
    "Judge",
    "Justice",
    "Ambassador",
    "Premier",
    "Chancellor",
    "Leader",
    "Speaker",
    "Attorney",
    "Pope",
    "King",
    "Queen",
    "Prince",
    "Princess",
    "Sheikh",
    "Dr.",
    "Professor",
    "Prof.",
    "CEO",
    "Commissioner",
    "Commander",
    "Candidate",
    "Nominee",
    "Negotiator",
    "Adviser",
    "Advisor",
    "Lt.",
    "Col.",
    "Sgt.",
    "Capt.",
    "Adm.",
    "Maj.",
    "Rev.",
    "Officer",
    "Manager",
    "Founder",
    "Anchor",
    "Host",
    "Host",
    "Strategist",
    "Pollster",
    "Economist",
    "Envoy",
    "Mogul",
    "Nominee",
];

/// Honorifics: part of no role, but they tell the gender.
const HONORIFICS: &[(&str, Option<Gender>)] = &[
    ("Mr.", Some(Gender::Male)),
    ("Mr", Some(Gender::Male)),
    ("Mrs.", Some(Gender::Female)),
    ("Mrs", Some(Gender::Female)),
    ("Ms.", Some(Gender::Female)),
    ("Ms", Some(Gender::Female)),
    ("Miss", Some(Gender::Female)),
];

/// Lower-case words that describe a person's role or a group in a title run
/// ("Chief Russian negotiator Vladimir Medinsky", "Democratic presidential
/// nominee Hillary Clinton").
const ROLE_WORDS: &[&str] = &[
    "negotiator",
    "negotiators",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "official",
    "officials",
    "nominee",
    "candidate",
    "presidential",
    "adviser",
    "advisor",
    "aide",
    "senior",
    "former",
    "top",
    "chief",
    "deputy",
    "vice",
    "defense",
    "foreign",
    "minister",
    "secretary",
    "president",
    "senator",
    "governor",
    "leader",
    "strategist",
    "analyst",
    "pollster",
    "economist",
    "chairman",
    "chairwoman",
    "director",
    "executive",
    "manager",
    "campaign",
    "rival",
    "running",
    "mate",
    "hopeful",
    "lawmaker",
    "congressman",
    "congresswoman",
    "representative",
    "ambassador",
    "envoy",
    "commander",
    "general",
    "mayor",
    "attorney",
    "lawyer",
    "host",
    "anchor",
    "founder",
    "businessman",
    "billionaire",
    "mogul",
    "star",
    "activist",
    "commentator",
    "columnist",
    "reporter",
    "correspondent",
    "editor",
    "author",
    "professor",
    "researcher",
    "scientist",
    "expert",
    "prosecutor",
    "judge",
    "justice",
    "general",
    "state",
    "press",
    "national",
    "security",
    "communications",
    "policy",
    "political",
    "party",
    "majority",
    "minority",
    "house",
    "senate",
    "then",
    "then-",
    "incoming",
    "outgoing",
    "acting",
    "interim",
    "retired",
    "longtime",
    "fellow",
    "republican",
    "democratic",
    "conservative",
    "liberal",
    "independent",
    "ukrainian",
    "russian",
    "delegate",
];

/// Words naming an organisation when they appear in a capitalised run.
const ORG_WORDS: &[&str] = &[
    "Kremlin",
    "Ministry",
    "Department",
    "Committee",
    "Party",
    "Campaign",
    "Times",
    "Post",
    "News",
    "Journal",
    "Network",
    "Council",
    "House",
    "Association",
    "Institute",
    "University",
    "Foundation",
    "Bureau",
    "Agency",
    "Administration",
    "Office",
    "Commission",
    "Corp.",
    "Inc.",
    "Group",
    "Center",
    "Centre",
    "Fund",
    "Bank",
    "Court",
    "Senate",
    "Congress",
    "Pentagon",
    "Police",
    "Service",
    "Reuters",
    "Press",
    "Tribune",
    "Herald",
    "Magazine",
    "Company",
    "Club",
    "Union",
    "Organization",
    "Coalition",
    "PAC",
    "Caucus",
    "Council",
    "Board",
    "Government",
    "Army",
    "Navy",
    "Guard",
    "Forces",
    "Command",
    "Politico",
    "Breitbart",
    "Examiner",
    "Guardian",
    "Telegraph",
    "Gazette",
    "Daily",
    "Monitor",
    "Poll",
    "Survey",
    "Quinnipiac",
    "Gallup",
    "Rasmussen",
];

/// Capitalised words that start sentences but start no name.
const NOT_NAMES: &[&str] = &[
    "The",
    "A",
    "An",
    "But",
    "And",
    "Or",
    "In",
    "On",
    "At",
    "For",
    "When",
    "After",
    "Before",
    "If",
    "While",
    "As",
    "Then",
    "This",
    "That",
    "These",
    "Those",
    "It",
    "He",
    "She",
    "They",
    "We",
    "I",
    "You",
    "His",
    "Her",
    "Their",
    "Its",
    "Our",
    "My",
    "Your",
    "There",
    "Here",
    "So",
    "Yet",
    "Still",
    "However",
    "Meanwhile",
    "Also",
    "Now",
    "Today",
    "Yesterday",
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
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
    "Asked",
    "According",
    "Speaking",
    "Separately",
    "Both",
    "Some",
    "Many",
    "Most",
    "Other",
    "Another",
    "Last",
    "Next",
    "Earlier",
    "Later",
    "Since",
    "Although",
    "Though",
    "Because",
    "What",
    "Who",
    "Why",
    "How",
    "Where",
    "Which",
    "No",
    "Not",
    "Even",
    "Only",
    "Just",
    "With",
    "Without",
    "From",
    "By",
    "To",
    "Of",
    "Instead",
    "Indeed",
    "Still",
    "Like",
    "Unlike",
    "During",
    "Despite",
    "Under",
    "Over",
    "Among",
    "Update",
    "Between",
    "Through",
    "Across",
    "Against",
    "Around",
    "Beyond",
    "Within",
    "Upon",
    "Toward",
    "Towards",
    "Including",
    "Given",
    "Whether",
    "Whatever",
    "Whichever",
    "Whoever",
    "More",
    "Less",
    "Much",
    "Few",
    "Such",
    "Every",
    "Each",
    "All",
    "Any",
    "Several",
    // Sentence openers that are no names ("Well, …", "Reached by POLITICO,
    // …", "Absolutely not.").
    "Well",
    "Too",
    "Thanks",
    "Rather",
    "Absolutely",
    "Outside",
    "Inside",
    "Yes",
    "Okay",
    "Oh",
    "Please",
    "Sorry",
    "Maybe",
    "Perhaps",
    "Really",
    "Again",
    "Once",
    "Never",
    "Always",
    "Sometimes",
    "Nothing",
    "Something",
    "Anything",
    "Everything",
    "Reached",
    "Pressed",
    "Ask",
    "See",
    "Watch",
    "Do",
    "Did",
    "Does",
    "Is",
    "Was",
    "Are",
    "Were",
];

/// Lower-case words that may join a name ("Charles de Gaulle").
const NAME_CONNECTORS: &[&str] = &[
    "de", "van", "von", "der", "del", "da", "al", "bin", "la", "le",
];

const DETERMINERS: &[&str] = &[
    "the", "a", "an", "this", "that", "these", "those", "his", "her", "their", "its", "our",
    "another", "one", "two", "three", "some", "many", "several", "most", "other", "both", "all",
    "few", "no", "any", "each", "every", "such",
];

/// Words between a subject and its cue that belong to neither ("Fomin also
/// said", "officials have repeatedly said").
const SKIPPABLE: &[&str] = &[
    "also",
    "has",
    "have",
    "had",
    "later",
    "then",
    "previously",
    "once",
    "recently",
    "repeatedly",
    "again",
    "further",
    "often",
    "still",
    "reportedly",
    "is",
    "was",
    "were",
    "are",
    "would",
    "will",
    "did",
    "does",
    "do",
    "not",
    "never",
    "just",
    "even",
    "publicly",
    "privately",
    "initially",
    "first",
    "earlier",
    "quickly",
    "frequently",
    "already",
    "long",
    "always",
    "famously",
    "flatly",
    "simply",
    "explicitly",
    "specifically",
    "subsequently",
    "finally",
    "ultimately",
    "originally",
    "separately",
    "only",
    "herself",
    "himself",
    "themselves",
    "itself",
    "may",
    "might",
    "could",
    "should",
    "can",
    "must",
    "been",
    "be",
];

/// Lower-case words that end a noun phrase going left (verbs, prepositions,
/// conjunctions): "Russia launched what Putin described" stops at "what".
const NP_STOPS: &[&str] = &[
    "and", "or", "but", "that", "which", "who", "whom", "what", "when", "where", "while", "as",
    "if", "because", "than", "to", "in", "on", "at", "by", "with", "from", "into", "about",
    "after", "before", "since", "during", "over", "under", "is", "was", "were", "are", "be",
    "been", "has", "have", "had", "said", "says", "told", "not", "so", "how", "why", "there", "it",
    "he", "she", "they", "we", "i", "you", "him", "them", "us", "me", "do", "does", "did", "for",
    "of", "will", "would", "can", "could", "should", "may", "might", "must", "also", "then", "now",
    "just", "even", "only", "very", "too", "up", "out", "off", "down", "again", "here",
];

crate::word_set!(not_name, NOT_NAMES);
crate::word_set!(in_titles, TITLES);
crate::word_set!(in_role_words, ROLE_WORDS);
crate::word_set!(in_org_words, ORG_WORDS);
crate::word_set!(is_det, DETERMINERS);
crate::word_set!(skippable, SKIPPABLE);
crate::word_set!(np_stop, NP_STOPS);
crate::word_set!(connector, NAME_CONNECTORS);

/// Adverbs and auxiliaries between a subject and its cue ("also", "has").
pub fn is_skippable(word: &str) -> bool {
    skippable(word)
}

/// A capitalised word that is never a name ("However", "Meanwhile",
/// "The", "After").
pub fn is_function_word(word: &str) -> bool {
    not_name(word)
}

pub fn is_title(word: &str) -> bool {
    in_titles(word)
}

pub fn is_role_word(word: &str) -> bool {
    // Most words are lower case already: no allocation for them.
    if word.bytes().any(|b| b.is_ascii_uppercase()) {
        in_role_words(word.to_ascii_lowercase().as_str())
    } else {
        in_role_words(word)
    }
}

pub fn is_org_word(word: &str) -> bool {
    in_org_words(word)
}

fn honorific(word: &str) -> Option<Option<Gender>> {
    if !word.starts_with('M') {
        return None;
    }
    HONORIFICS.iter().find(|(w, _)| *w == word).map(|(_, g)| *g)
}

/// A pronoun that can be the subject of a cue, with gender and number.
pub fn pronoun(word: &str) -> Option<(Option<Gender>, bool)> {
    // "He's predicting", "They've said", "She'll say".
    // ("It's" is no subject: "It's a shame".)
    let word = [
        "'s", "’s", "'ve", "’ve", "'re", "’re", "'ll", "’ll", "'d", "’d",
    ]
    .iter()
    .find_map(|c| word.strip_suffix(c))
    .filter(|w| !w.eq_ignore_ascii_case("it"))
    .unwrap_or(word);
    match word {
        "he" | "He" => Some((Some(Gender::Male), false)),
        "she" | "She" => Some((Some(Gender::Female), false)),
        "they" | "They" => Some((None, true)),
        "I" => Some((None, false)),
        "we" | "We" => Some((None, true)),
        "it" | "It" => Some((None, false)),
        _ => None,
    }
}

/// Gender a title implies.
pub fn title_gender(word: &str) -> Option<Gender> {
    match word {
        "Congresswoman" | "Chairwoman" | "Spokeswoman" | "Queen" | "Princess" | "spokeswoman"
        | "chairwoman" | "congresswoman" | "businesswoman" => Some(Gender::Female),
        "Congressman" | "Chairman" | "Spokesman" | "King" | "Prince" | "Pope" | "spokesman"
        | "chairman" | "congressman" | "businessman" => Some(Gender::Male),
        _ => None,
    }
}

fn is_possessive(word: &str) -> bool {
    word.ends_with("'s") || word.ends_with("’s")
}

fn strip_possessive(word: &str) -> &str {
    word.strip_suffix("'s")
        .or_else(|| word.strip_suffix("’s"))
        .unwrap_or(word)
}

/// A word that can be part of a proper name.
fn is_name_word(text: &str, t: &Token) -> bool {
    // "It's", "That's", "There's" are no names either.
    // ("I’ll", "He’d", "We’re": pronouns with their verb; "Hundreds",
    // "Twenty-two": numbers.)
    if t.kind != TokKind::Word || !t.cap {
        return false;
    }
    let w = t.text(text);
    !not_name(strip_possessive(w))
        && !capitalised_adverb(w)
        && !(w.len() <= 8 && (w.contains('\'') || w.contains('’')) && pronoun(w).is_some())
        && !is_number_word(w)
}

/// "Hastily", "Specifically", "Absolutely": a sentence-opening adverb
/// (long enough that "Kelly" or "Emily" are not taken for one).
fn capitalised_adverb(w: &str) -> bool {
    w.len() >= 7
        && [
            "ally", "ily", "tely", "ously", "ively", "fully", "ably", "ibly", "ently", "antly",
            "edly", "ingly",
        ]
        .iter()
        .any(|s| w.ends_with(s))
}

/// A spelled-out number, lower-case ASCII bytes.
fn number_word(w: &[u8]) -> bool {
    matches!(
        w,
        b"one"
            | b"two"
            | b"three"
            | b"four"
            | b"five"
            | b"six"
            | b"seven"
            | b"eight"
            | b"nine"
            | b"ten"
            | b"eleven"
            | b"twelve"
            | b"thirteen"
            | b"fourteen"
            | b"fifteen"
            | b"sixteen"
            | b"seventeen"
            | b"eighteen"
            | b"nineteen"
            | b"twenty"
            | b"thirty"
            | b"forty"
            | b"fifty"
            | b"sixty"
            | b"seventy"
            | b"eighty"
            | b"ninety"
            | b"hundred"
            | b"hundreds"
            | b"thousand"
            | b"thousands"
            | b"million"
            | b"millions"
            | b"dozen"
            | b"dozens"
            | b"scores"
    )
}

/// "Hundreds", "Twenty-two", "Forty-three": a number spelled out.
pub fn is_number_word(word: &str) -> bool {
    // (Called for every capitalised word: no allocation, no hashing, and
    // most words fail on their first letter.)
    if word.len() < 3
        || word.len() > 20
        || !matches!(
            word.as_bytes()[0].to_ascii_lowercase(),
            b'o' | b't' | b'f' | b's' | b'e' | b'n' | b'h' | b'm' | b'd'
        )
    {
        return false;
    }
    word.split('-').all(|part| {
        let mut buf = [0u8; 12];
        (3..=buf.len()).contains(&part.len()) && {
            for (b, c) in buf.iter_mut().zip(part.bytes()) {
                *b = c.to_ascii_lowercase();
            }
            number_word(&buf[..part.len()])
        }
    })
}

fn is_acronym(word: &str) -> bool {
    let w = word.trim_end_matches('.');
    w.len() >= 2
        && w.chars().all(|c| c.is_ascii_uppercase() || c == '.')
        && w.chars().filter(|c| c.is_ascii_uppercase()).count() >= 2
}

/// Parses the capitalised run `tokens[a..b]` (plus any lower-case role words
/// before it, down to `floor`) into a mention: role prefix, name, kind.
fn parse_name_run(text: &str, tokens: &[Token], floor: usize, a: usize, b: usize) -> Mention {
    // Extend left over role words ("Top Ukrainian negotiator David Arakhamia").
    let mut start = a;
    while start > floor {
        let t = &tokens[start - 1];
        if t.kind != TokKind::Word {
            break;
        }
        let w = t.text(text);
        if (t.cap && !not_name(w)) || is_role_word(w) || is_possessive(w) {
            start -= 1;
            if is_possessive(w) {
                break;
            }
        } else {
            break;
        }
    }
    // The name starts after the last title, possessive or role word.
    let mut name_start = start;
    let mut gender = None;
    for (k, tok) in tokens.iter().enumerate().take(b - 1).skip(start) {
        let w = tok.text(text);
        if let Some(g) = honorific(w) {
            name_start = k + 1;
            gender = g.or(gender);
        } else if is_title(w) || is_possessive(w) || (!tok.cap && is_role_word(w)) {
            name_start = k + 1;
            if let Some(g) = title_gender(w) {
                gender = Some(g);
            }
        }
    }
    // Titles that are really part of an organisation name ("White House") are
    // caught by the org test on the whole run below.
    let role_end = (start..name_start)
        .rev()
        .find(|&k| honorific(tokens[k].text(text)).is_none())
        .map(|k| k + 1);
    let role = role_end
        .filter(|&e| e > start)
        .map(|e| tokens[start].start as usize..tokens[e - 1].end as usize);
    let head = tokens[name_start].start as usize..tokens[b - 1].end as usize;
    let whole_run = &tokens[a..b];
    let org = whole_run.iter().any(|t| {
        let w = strip_possessive(t.text(text));
        is_org_word(w) || is_acronym(w)
    });
    let head_words = b - name_start;
    let last = strip_possessive(tokens[b - 1].text(text));
    let kind = if org && !(head_words >= 2 && !is_org_word(last) && !is_acronym(last)) {
        MentionKind::Organization
    } else {
        MentionKind::Name
    };
    Mention {
        range: tokens[start].start as usize..tokens[b - 1].end as usize,
        head,
        role,
        kind,
        gender,
        plural: false,
        tokens: start..b,
    }
}

/// The capitalised name run ending at token `end - 1` (exclusive end), if
/// any: returns its first token index.
fn name_run_start(text: &str, tokens: &[Token], floor: usize, end: usize) -> Option<usize> {
    let mut a = end;
    while a > floor {
        let t = &tokens[a - 1];
        let w = t.text(text);
        if is_name_word(text, t) || honorific(w).is_some() {
            a -= 1;
            continue;
        }
        // A connector inside a name ("Charles de Gaulle").
        if connector(w) && a < end && a >= 2 + floor && is_name_word(text, &tokens[a - 2]) {
            a -= 1;
            continue;
        }
        break;
    }
    (a < end).then_some(a)
}

/// A lower-case "-ly" adverb between a subject and its verb ("he
/// erroneously suggested"), not a noun that ends alike ("the family said").
fn is_adverb(t: &Token, w: &str) -> bool {
    !t.cap
        && w.len() >= 6
        && w.ends_with("ly")
        && !matches!(
            w,
            "family" | "assembly" | "supply" | "monopoly" | "rally" | "ally"
        )
}

/// Quantifiers that stand for people when they are a whole subject:
/// "Another said", "Some chanted", "most said they were …".
const QUANTIFIER_SUBJECTS: &[&str] = &[
    "another", "one", "some", "many", "most", "others", "several", "both", "few",
];
crate::word_set!(quantifier_subject, QUANTIFIER_SUBJECTS);

/// A lower-case word that can be a quantifier subject ("another", "some").
pub fn is_quantifier_subject(word: &str) -> bool {
    quantifier_subject(word)
}

/// Token `at` is a quantifier standing alone as the subject, right where a
/// clause opens (after `floor`, a sentence mark, a comma or semicolon, or
/// "and"/"but"): "Another tweeted, “…”", "Voters …; most said …". Not
/// "the one said" nor "as one employee told" (a determiner there).
fn standalone_quantifier(text: &str, tokens: &[Token], floor: usize, at: usize) -> Option<Mention> {
    let t = tokens[at];
    if t.kind != TokKind::Word || !quantifier_subject(&t.text(text).to_ascii_lowercase()) {
        return None;
    }
    let opens_clause = at == floor
        || at == 0
        || matches!(
            tokens[at - 1].text(text),
            "." | "," | ";" | ":" | "!" | "?" | "—" | "”" | "\"" | "and" | "but" | "And" | "But"
        );
    if !opens_clause {
        return None;
    }
    let plural = !matches!(
        t.text(text).to_ascii_lowercase().as_str(),
        "another" | "one"
    );
    Some(Mention {
        range: t.range(),
        head: t.range(),
        role: None,
        kind: if plural {
            MentionKind::Group
        } else {
            MentionKind::Role
        },
        gender: None,
        plural,
        tokens: at..at + 1,
    })
}

/// The subject mention that ends right before token `cue` ("Fomin said",
/// "Medinsky, the head of the delegation, said", "he added", "officials
/// say"), looking no further left than token `floor`.
pub fn subject_before(text: &str, tokens: &[Token], floor: usize, cue: usize) -> Option<Mention> {
    let m = subject_before_plain(text, tokens, floor, cue)?;
    Some(described_subject(text, tokens, floor, &m).unwrap_or(m))
}

/// "a person close to Trump said", "people familiar with the matter say":
/// the mention before the cue ends a phrase describing the real subject,
/// the noun before "close to" or "familiar with".
fn described_subject(text: &str, tokens: &[Token], floor: usize, m: &Mention) -> Option<Mention> {
    // ("familiar with Mayor Tom Reed's thinking": the inner phrase may
    // start with a determiner or names the mention left out.)
    let lo = floor.max(m.tokens.start.saturating_sub(6));
    let prep = (lo..m.tokens.start)
        .rev()
        .take_while(|&k| tokens[k].kind == TokKind::Word)
        .find(|&k| matches!(tokens[k].text(text), "to" | "with" | "on"))?;
    let adj = prep.checked_sub(1).filter(|&k| k > floor)?;
    let linked = matches!(
        (tokens[adj].text(text), tokens[prep].text(text)),
        ("close", "to") | ("familiar", "with") | ("briefed", "on")
    );
    if !linked {
        return None;
    }
    let outer = subject_before_plain(text, tokens, floor, adj)?;
    if matches!(outer.kind, MentionKind::Pronoun) {
        return None;
    }
    let range = outer.range.start..m.range.end;
    Some(Mention {
        range: range.clone(),
        head: outer.head.clone(),
        tokens: outer.tokens.start..m.tokens.end,
        ..outer
    })
}

fn subject_before_plain(text: &str, tokens: &[Token], floor: usize, cue: usize) -> Option<Mention> {
    let m = subject_before_bare(text, tokens, floor, cue)?;
    Some(one_of(text, tokens, floor, &m).unwrap_or(m))
}

/// "one of her ads asking", "some of the protesters shouted": a quantifier
/// and "of" before the group mention `m`; the part of the group speaks.
fn one_of(text: &str, tokens: &[Token], floor: usize, m: &Mention) -> Option<Mention> {
    let of = m.tokens.start.checked_sub(1).filter(|&k| k > floor)?;
    if tokens[of].text(text) != "of" || m.kind == MentionKind::Name {
        return None;
    }
    let q = of - 1;
    let w = tokens[q].text(text).to_ascii_lowercase();
    if !(quantifier_subject(&w) || is_number_word(&w)) {
        return None;
    }
    let plural = !matches!(w.as_str(), "one" | "another");
    let range = tokens[q].start as usize..m.range.end;
    Some(Mention {
        range: range.clone(),
        head: m.head.clone(),
        role: None,
        kind: if plural {
            MentionKind::Group
        } else {
            MentionKind::Role
        },
        gender: None,
        plural,
        tokens: q..m.tokens.end,
    })
}

fn subject_before_bare(text: &str, tokens: &[Token], floor: usize, cue: usize) -> Option<Mention> {
    let mut j = cue;
    let mut skipped = 0;
    while j > floor && skipped < 4 {
        let w = tokens[j - 1].text(text);
        if tokens[j - 1].kind == TokKind::Word && (skippable(w) || is_adverb(&tokens[j - 1], w)) {
            j -= 1;
            skipped += 1;
        } else {
            break;
        }
    }
    if j <= floor {
        return None;
    }
    let t = tokens[j - 1];
    let w = t.text(text);
    if t.kind == TokKind::Punct {
        return match w {
            "," => appositive_before(text, tokens, floor, j - 1),
            ")" => {
                // "Sen. Smith (D-Calif.) said": skip the parenthesis.
                let open = (floor..j - 1)
                    .rev()
                    .take(12)
                    .find(|&k| tokens[k].is_punct(text, "("))?;
                let mut m = subject_before(text, tokens, floor, open)?;
                m.range.end = t.end as usize;
                m.tokens.end = j;
                Some(m)
            }
            _ => None,
        };
    }
    if let Some((gender, plural)) = pronoun(w) {
        return Some(Mention::pronoun_at(tokens, j - 1, gender, plural));
    }
    if let Some(m) = standalone_quantifier(text, tokens, floor, j - 1) {
        return Some(m);
    }
    if let Some(a) = name_run_start(text, tokens, floor, j) {
        let m = parse_name_run(text, tokens, floor, a, j);
        // "The Kremlin said": keep the determiner out of the name.
        return Some(m);
    }
    // "the head of the delegation said", "the mother of three replied": the
    // noun before "of" heads the subject.
    // ("of three", "of staff": one word after "of" whatever it is.)
    let one_word =
        j >= 2 && tokens[j - 2].text(text) == "of" && tokens[j - 1].kind != TokKind::Punct;
    let inner_start = if one_word {
        Some(j - 1)
    } else {
        noun_phrase_before(text, tokens, floor, j).map(|m| m.tokens.start)
    };
    if let Some(s) = inner_start
        && s > floor + 1
        && tokens[s - 1].text(text) == "of"
        && let Some(outer) = noun_phrase_before(text, tokens, floor, s - 1)
    {
        let range = outer.range.start..tokens[j - 1].end as usize;
        return Some(Mention {
            range: range.clone(),
            tokens: outer.tokens.start..j,
            ..outer
        });
    }
    noun_phrase_before(text, tokens, floor, j)
}

/// A description ending at token `end` (exclusive): "the official",
/// "Moscow's deputy defense minister", "Russian officials", "polls".
fn noun_phrase_before(text: &str, tokens: &[Token], floor: usize, end: usize) -> Option<Mention> {
    let head_tok = &tokens[end - 1];
    let head = head_tok.text(text);
    // "the two write", "said the 46-year-old": a number after a determiner
    // stands for people.
    if head_tok.kind == TokKind::Number {
        let det = end
            .checked_sub(2)
            .filter(|&k| k >= floor)
            .filter(|&k| matches!(tokens[k].text(text), "the" | "The"))?;
        let range = tokens[det].start as usize..head_tok.end as usize;
        return Some(Mention {
            range: range.clone(),
            head: range,
            role: None,
            kind: MentionKind::Role,
            gender: None,
            plural: false,
            tokens: det..end,
        });
    }
    // ("“…,” the two write": a number word after "the" stands for people.)
    if head_tok.kind == TokKind::Word
        && is_number_word(head)
        && end >= floor + 2
        && tokens[end - 2].text(text).eq_ignore_ascii_case("the")
    {
        let range = tokens[end - 2].start as usize..head_tok.end as usize;
        return Some(Mention {
            range: range.clone(),
            head: range,
            role: None,
            kind: MentionKind::Group,
            gender: None,
            plural: true,
            tokens: end - 2..end,
        });
    }
    if head_tok.kind != TokKind::Word
        || (head_tok.cap && !is_number_word(head))
        || np_stop(head)
        || skippable(head)
        || is_det(head)
        || head.ends_with("ly")
    {
        return None;
    }
    let mut start = end - 1;
    let mut has_det = false;
    while start > floor && end - start < 6 {
        let t = &tokens[start - 1];
        // "the 34-year-old mother", "a 52-count complaint": a hyphenated
        // number is a modifier.
        // ("a 2008 Clinton veteran": a year right after the determiner.)
        if t.kind == TokKind::Number
            && (t.text(text).contains('-')
                || (start >= floor + 2
                    && is_det(tokens[start - 2].text(text).to_ascii_lowercase().as_str())))
        {
            start -= 1;
            continue;
        }
        if t.kind != TokKind::Word {
            break;
        }
        let w = t.text(text);
        let lower = w.to_ascii_lowercase();
        if is_det(lower.as_str()) {
            start -= 1;
            has_det = true;
            break;
        }
        if is_possessive(w) {
            start -= 1;
            // "the bureau's director": the owner's determiner too.
            if start > floor && is_det(tokens[start - 1].text(text).to_ascii_lowercase().as_str()) {
                start -= 1;
                has_det = true;
            }
            break;
        }
        // ("…,” raising fresh questions about": a participle is no modifier
        // unless a determiner comes first, "the ruling party".)
        let participle = !t.cap
            && lower.len() > 5
            && lower.ends_with("ing")
            && !(start >= 2 + floor && is_det(tokens[start - 2].text(text)));
        // ("a Wednesday editorial": a day names no one but may modify.)
        let day = t.cap
            && w.ends_with("day")
            && not_name(w)
            && start >= floor + 2
            && is_det(tokens[start - 2].text(text).to_ascii_lowercase().as_str());
        if np_stop(lower.as_str()) || (t.cap && not_name(w) && !day) || participle {
            break;
        }
        start -= 1;
    }
    let plural = head.ends_with('s') && !head.ends_with("ss") && head != "news";
    // A bare singular noun with no determiner is seldom a subject ("reform said").
    if !plural && !has_det && (start..end - 1).all(|k| tokens[k].kind == TokKind::Number) {
        return None;
    }
    let range = tokens[start].start as usize..head_tok.end as usize;
    Some(Mention {
        range: range.clone(),
        head: range,
        role: None,
        kind: if plural {
            MentionKind::Group
        } else {
            MentionKind::Role
        },
        gender: title_gender(head),
        plural,
        tokens: start..end,
    })
}

/// "Vladimir Medinsky, the head of the Russian delegation …, said": the comma
/// at token `comma` closes an appositive; find the name before it.
fn appositive_before(text: &str, tokens: &[Token], floor: usize, comma: usize) -> Option<Mention> {
    // "Smith, 45, said" and "Smith, the head …, said": find the opening comma.
    let lo = floor.max(comma.saturating_sub(30));
    let open = (lo..comma).rev().find(|&k| {
        let t = &tokens[k];
        t.kind == TokKind::Punct && matches!(t.text(text), "," | "." | ";" | ":" | "\"" | "”" | "“")
    })?;
    if !tokens[open].is_punct(text, ",") || open + 1 >= comma {
        return None;
    }
    let first = tokens[open + 1].text(text);
    // "Smith, the head of …,", "Smith, 45,", "Smith, R-Ky.,", and asides
    // such as "Smith, in an attempt to …, wrote".
    let appositive_ok = is_det(first.to_ascii_lowercase().as_str())
        || tokens[open + 1].kind == TokKind::Number
        || is_role_word(first)
        || tokens[open + 1].cap
        || matches!(
            first,
            "in" | "who"
                | "who's"
                | "who’s"
                | "whose"
                | "speaking"
                | "writing"
                | "asked"
                | "after"
                | "when"
                | "while"
        );
    if !appositive_ok {
        return None;
    }
    let a = name_run_start(text, tokens, floor, open)?;
    let mut m = parse_name_run(text, tokens, floor, a, open);
    if m.kind == MentionKind::Name || m.kind == MentionKind::Organization {
        if tokens[open + 1].kind != TokKind::Number {
            m.role = Some(tokens[open + 1].start as usize..tokens[comma - 1].end as usize);
        }
        m.range.end = tokens[comma - 1].end as usize;
        m.tokens.end = comma;
        return Some(m);
    }
    None
}

/// The subject mention right after a cue ("said Fomin", "said the official",
/// "said Russian President Vladimir Putin"), starting at token `at`.
pub fn subject_after(text: &str, tokens: &[Token], at: usize, ceiling: usize) -> Option<Mention> {
    let t = tokens.get(at).filter(|_| at < ceiling)?;
    let w = t.text(text);
    if let Some((gender, plural)) = pronoun(w) {
        // "said he" is rare but real; "said it" is not a subject.
        if w.eq_ignore_ascii_case("it") {
            return None;
        }
        return Some(Mention::pronoun_at(tokens, at, gender, plural));
    }
    // "Of Carson, Levine said": a capitalised preposition or conjunction
    // opens no mention (determiners are read below).
    if t.cap && not_name(w) && !is_det(w.to_ascii_lowercase().as_str()) && honorific(w).is_none() {
        return None;
    }
    // "raising fresh questions", "calling it": a participle is no subject.
    if !t.cap && w.len() > 5 && w.ends_with("ing") {
        return None;
    }
    // "said one of those advisers", "said some of the protesters": a
    // quantifier and the group it is taken from.
    let lower = w.to_ascii_lowercase();
    if (quantifier_subject(&lower) || is_number_word(w))
        && tokens.get(at + 1).is_some_and(|n| n.text(text) == "of")
        && let Some(group) = subject_after(text, tokens, at + 2, ceiling)
        && group.kind != MentionKind::Pronoun
    {
        let range = t.start as usize..group.range.end;
        let plural = !matches!(lower.as_str(), "one" | "another");
        return Some(Mention {
            range: range.clone(),
            head: range,
            role: None,
            kind: if plural {
                MentionKind::Group
            } else {
                MentionKind::Role
            },
            gender: None,
            plural,
            tokens: at..group.tokens.end,
        });
    }
    // Walk right over a determiner, role words and a capitalised run.
    let mut k = at;
    let determined = is_det(lower.as_str());
    if determined {
        k += 1;
    }
    // "said 9/11 widow Terry Strada", "said 45-year-old John Smith": a
    // number modifying the role.
    // "63 percent said": a share of people polled.
    if t.kind == TokKind::Number
        && let Some(n) = tokens.get(at + 1).filter(|_| at + 1 < ceiling)
        && matches!(n.text(text), "percent" | "%")
    {
        let range = t.start as usize..n.end as usize;
        return Some(Mention {
            range: range.clone(),
            head: range,
            role: None,
            kind: MentionKind::Group,
            gender: None,
            plural: true,
            tokens: at..at + 2,
        });
    }
    let numbered = t.kind == TokKind::Number;
    if numbered {
        k += 1;
        if tokens.get(k).is_some_and(|s| s.is_punct(text, "/"))
            && tokens.get(k + 1).is_some_and(|n| n.kind == TokKind::Number)
        {
            k += 2;
        }
    }
    let limit = ceiling.min(at + 9).min(tokens.len());
    let mut last_cap = None;
    let mut last_word = None;
    // The head is a common noun after capitals that modify it.
    let mut common_head = false;
    while k < limit {
        let t = &tokens[k];
        // "said a 2008 Clinton veteran": a year after the determiner.
        if t.kind == TokKind::Number
            && determined
            && k == at + 1
            && tokens.get(k + 1).is_some_and(|n| n.kind == TokKind::Word)
        {
            k += 1;
            continue;
        }
        if t.kind == TokKind::Number && k > at && t.text(text).contains('-') {
            // ("said the 46-year-old.": the number may be the head.)
            if last_cap.is_none() {
                last_word = Some(k);
            }
            k += 1;
            continue;
        }
        if t.kind != TokKind::Word {
            break;
        }
        let w = t.text(text);
        if is_name_word(text, t) || honorific(w).is_some() {
            last_cap = Some(k);
            last_word = Some(k);
        } else if connector(w) && last_cap.is_some() {
        } else if last_cap.is_some() && !np_stop(w) {
            // "Former secretary of state Hillary Clinton", "Texas delegate
            // Bill Eastland": capitals before a role and a name are part of
            // the role.
            if let Some(name) = name_ahead(text, tokens, k, limit) {
                k = name;
                continue;
            }
            // "said a Clinton veteran", "said the Trump campaign": after a
            // determiner the capitals modify a common noun, the head.
            // (Only capitals right after the determiner, or after its year:
            // "One operative inside Trump Tower tried" is no such phrase.)
            // (Nor an organisation's own name: "The State Department less
            // than …".)
            let caps_open = (at + 1..k).all(|j| {
                let cw = strip_possessive(tokens[j].text(text));
                (tokens[j].cap && !is_org_word(cw) && !is_acronym(cw))
                    || (j == at + 1 && tokens[j].kind == TokKind::Number)
            });
            // (And the phrase must end there: in "The Constitution mandates"
            // the lower-case word is the verb.)
            let ends_after = tokens.get(k + 1).is_none_or(|n| {
                n.kind != TokKind::Word || np_stop(n.text(text)) || postmodifier(n.text(text))
            });
            if determined
                && caps_open
                && ends_after
                && !common_head
                && !t.cap
                && !w.ends_with("ly")
                && !w.ends_with("ed")
                && !postmodifier(w)
            {
                last_cap = None;
                last_word = Some(k);
                common_head = true;
                k += 1;
                continue;
            }
            break;
        } else if last_word.is_some() && postmodifier(w) {
            // "said a person close to the Clintons": the phrase after the
            // noun describes it.
            break;
        } else if w == "of"
            && last_cap.is_none()
            && let Some(lw) = last_word
            && !tokens[lw].text(text).ends_with('s')
            && let Some(name) = name_after_of(text, tokens, k, limit)
        {
            // "said master of ceremonies Asab Al-Tabchi": a role "of"
            // something, then the name.
            k = name;
            continue;
        } else if last_word.is_some()
            && !is_role_word(w)
            && ((w.len() > 4 && w.ends_with("ed")) || irregular_past(w))
        {
            // "a complaint filed by …", "the report released Monday": a
            // participle after the noun ends the phrase.
            break;
        } else if is_role_word(w)
            || (!np_stop(w) && last_cap.is_none() && !common_head && !w.ends_with("ly"))
        {
            last_word = Some(k);
        } else {
            break;
        }
        k += 1;
        if is_possessive(w) && last_cap == Some(k - 1) {
            // "Russia's …": keep going for the title and name.
            continue;
        }
    }
    if let Some(end) = last_cap {
        let a = (at..=end)
            .find(|&i| is_name_word(text, &tokens[i]) || honorific(tokens[i].text(text)).is_some())
            .unwrap_or(at);
        let mut m = parse_name_run(text, tokens, at, a, end + 1);
        // Include the determiner and role words before the run.
        m.range.start = tokens[at].start as usize;
        m.tokens.start = at;
        if a > at && m.role.is_none() {
            let first_role = if is_det(tokens[at].text(text).to_ascii_lowercase().as_str()) {
                at + 1
            } else {
                at
            };
            if first_role < a {
                m.role = Some(tokens[first_role].start as usize..tokens[a - 1].end as usize);
            }
        }
        // A following appositive: "said Smith, the head of the group,".
        return Some(m);
    }
    if numbered {
        return None;
    }
    let end = last_word? + 1;
    noun_phrase_before(text, tokens, at, end).filter(|m| m.tokens.start == at)
}

/// Common verbs in the past tense that do not end in "-ed": after a noun
/// they are its verb ("The mayor began by …", "the actor held …").
const IRREGULAR_PAST: &[&str] = &[
    "began",
    "held",
    "told",
    "said",
    "made",
    "took",
    "gave",
    "went",
    "came",
    "got",
    "put",
    "ran",
    "saw",
    "knew",
    "thought",
    "wrote",
    "spoke",
    "left",
    "kept",
    "felt",
    "brought",
    "sent",
    "met",
    "won",
    "lost",
    "paid",
    "led",
    "stood",
    "sat",
    "became",
    "chose",
    "drove",
    "fell",
    "fought",
    "found",
    "grew",
    "heard",
    "hit",
    "meant",
    "rose",
    "set",
    "shook",
    "shot",
    "sold",
    "sought",
    "struck",
    "swore",
    "taught",
    "threw",
    "understood",
    "wore",
    "withdrew",
    "broke",
    "spent",
    "built",
    "bought",
    "caught",
    "drew",
    "forgot",
    "hid",
    "let",
    "lit",
    "quit",
    "rang",
    "sang",
    "slid",
    "spun",
    "stuck",
    "told",
    "tore",
    "won",
    "wound",
    "has",
    "had",
    "was",
    "is",
    "were",
    "are",
    "will",
    "would",
    "can",
    "could",
    "did",
    "does",
];
crate::word_set!(irregular_past, IRREGULAR_PAST);

/// Words that open a phrase after a noun rather than continue it ("a
/// person close to", "a source familiar with").
fn postmodifier(w: &str) -> bool {
    matches!(w, "close" | "familiar" | "who" | "whose" | "briefed")
}

/// "of ceremonies Asab": from the "of" at token `of`, one or two
/// lower-case words and then a name word; that name word's index.
fn name_after_of(text: &str, tokens: &[Token], of: usize, limit: usize) -> Option<usize> {
    let mut j = of + 1;
    while j < limit.min(of + 4) {
        let t = &tokens[j];
        if t.kind != TokKind::Word {
            return None;
        }
        let w = t.text(text);
        if is_name_word(text, t) {
            return (j > of + 1).then_some(j);
        }
        if t.cap || np_stop(w) || is_det(w) || w.ends_with("ly") {
            return None;
        }
        j += 1;
    }
    None
}

/// The first name word within a few lower-case role words from token `k`
/// ("secretary of state Hillary"), if any.
fn name_ahead(text: &str, tokens: &[Token], k: usize, limit: usize) -> Option<usize> {
    for (j, t) in tokens.iter().enumerate().take(limit.min(k + 4)).skip(k) {
        if t.kind != TokKind::Word {
            return None;
        }
        let w = t.text(text);
        if is_name_word(text, t) {
            return (j > k).then_some(j);
        }
        if !(is_role_word(w) || matches!(w, "of" | "for")) {
            return None;
        }
    }
    None
}

/// Reads a mention whose extent is already known (e.g. a reported-speech
/// source located by another module): pronoun, name with role, or description.
pub fn mention_from_range(text: &str, tokens: &[Token], range: Range<usize>) -> Option<Mention> {
    let a = tokens.partition_point(|t| (t.end as usize) <= range.start);
    let b = tokens.partition_point(|t| (t.start as usize) < range.end);
    if a >= b {
        return None;
    }
    if b - a == 1
        && let Some((gender, plural)) = pronoun(tokens[a].text(text))
    {
        return Some(Mention::pronoun_at(tokens, a, gender, plural));
    }
    // The head name: the last name run before any appositive comma
    // ("Ukrainian negotiator David Arakhamia", "Vladimir Medinsky, the head …").
    let comma = (a..b).find(|&k| tokens[k].is_punct(text, ",")).unwrap_or(b);
    let mut run: Option<(usize, usize)> = None;
    let mut k = a;
    while k < comma {
        if is_name_word(text, &tokens[k]) {
            let mut e = k + 1;
            while e < comma && (is_name_word(text, &tokens[e]) || connector(tokens[e].text(text))) {
                e += 1;
            }
            run = Some((k, e));
            k = e;
        } else {
            k += 1;
        }
    }
    // A name run followed by common nouns is a modifier, not the head
    // ("Ukrainian negotiators", "Moscow's deputy defense minister"): that
    // mention is a noun phrase, read below.
    let run = run.filter(|&(_, e)| !(e..comma).any(|j| tokens[j].kind == TokKind::Word));
    if let Some((k, e)) = run {
        let mut m = parse_name_run(text, tokens, a, k, e);
        if m.role.is_none() && comma + 1 < b {
            m.role = Some(tokens[comma + 1].start as usize..tokens[b - 1].end as usize);
        }
        m.range = tokens[a].start as usize..tokens[b - 1].end as usize;
        m.tokens = a..b;
        return Some(m);
    }
    let mut m = noun_phrase_before(text, tokens, a, b).or_else(|| {
        let r = tokens[a].start as usize..tokens[b - 1].end as usize;
        Some(Mention {
            range: r.clone(),
            head: r,
            role: None,
            kind: MentionKind::Role,
            gender: None,
            plural: false,
            tokens: a..b,
        })
    })?;
    m.range = tokens[a].start as usize..tokens[b - 1].end as usize;
    m.head = m.range.clone();
    m.tokens = a..b;
    Some(m)
}

/// Every proper-name mention in a block (people and organisations), with
/// the title run before it. Used to learn the article's entities.
pub fn find_names(text: &str, tokens: &[Token]) -> Vec<Mention> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        // Names and honorifics ("Mr.") are capitalised: most tokens stop here.
        if !tokens[i].cap {
            i += 1;
            continue;
        }
        if is_name_word(text, &tokens[i]) || honorific(tokens[i].text(text)).is_some() {
            let a = i;
            let mut b = i + 1;
            while b < tokens.len() {
                let t = &tokens[b];
                let w = t.text(text);
                let joins = is_name_word(text, t)
                    || honorific(w).is_some()
                    || (connector(w) && tokens.get(b + 1).is_some_and(|n| is_name_word(text, n)));
                if !joins {
                    break;
                }
                b += 1;
                // A possessive ends a name unless a title follows ("Russia's Deputy …").
                if is_possessive(tokens[b - 1].text(text))
                    && !tokens
                        .get(b)
                        .is_some_and(|n| is_title(n.text(text)) || is_role_word(n.text(text)))
                {
                    break;
                }
            }
            // "Top Ukrainian negotiator David Arakhamia": a run followed by a
            // role word is part of the next name's role.
            if tokens
                .get(b)
                .is_some_and(|n| !n.cap && is_role_word(n.text(text)))
            {
                i = b;
                continue;
            }
            let floor = out.last().map_or(0, |m: &Mention| m.tokens.end);
            let m = parse_name_run(text, tokens, floor.max(a.saturating_sub(4)), a, b);
            out.push(m);
            i = b;
        } else {
            i += 1;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::super::tokens::tokenize;
    use super::*;

    fn toks(s: &str) -> Vec<Token> {
        let mut t = Vec::new();
        tokenize(s, &mut t);
        t
    }

    fn before(s: &str, cue: &str) -> (String, Option<String>, MentionKind) {
        let t = toks(s);
        let i = t.iter().position(|x| x.text(s) == cue).unwrap();
        let m = subject_before(s, &t, 0, i).expect("mention");
        (
            m.head_text(s).to_string(),
            m.role.map(|r| s[r].to_string()),
            m.kind,
        )
    }

    #[test]
    fn title_and_name_split() {
        let (n, r, k) = before(
            "Kyiv, Russia's Deputy Defense Minister Alexander Fomin announced.",
            "announced",
        );
        assert_eq!(n, "Alexander Fomin");
        assert_eq!(r.as_deref(), Some("Russia's Deputy Defense Minister"));
        assert_eq!(k, MentionKind::Name);
        let (n, r, _) = before("Chief Russian negotiator Vladimir Medinsky said", "said");
        assert_eq!(n, "Vladimir Medinsky");
        assert_eq!(r.as_deref(), Some("Chief Russian negotiator"));
    }

    #[test]
    fn appositive_gives_role() {
        let (n, r, _) = before(
            "Vladimir Medinsky, the head of the delegation in Turkey, said that",
            "said",
        );
        assert_eq!(n, "Vladimir Medinsky");
        assert_eq!(r.as_deref(), Some("the head of the delegation in Turkey"));
    }

    #[test]
    fn pronouns_groups_roles_and_orgs() {
        assert_eq!(before("and he also said", "said").2, MentionKind::Pronoun);
        let (n, _, k) = before("which the Russian officials indicated", "indicated");
        assert_eq!(
            (n.as_str(), k),
            ("the Russian officials", MentionKind::Group)
        );
        let (n, _, k) = before("Moscow's deputy defense minister said", "said");
        assert_eq!(
            (n.as_str(), k),
            ("Moscow's deputy defense minister", MentionKind::Role)
        );
        let (_, _, k) = before("The Kremlin said", "said");
        assert_eq!(k, MentionKind::Organization);
        let (n, _, _) = before("Russia launched what Putin described", "described");
        assert_eq!(n, "Putin");
    }

    #[test]
    fn subject_after_cue() {
        let s = "\"No,\" said Russian President Vladimir Putin.";
        let t = toks(s);
        let i = t.iter().position(|x| x.text(s) == "said").unwrap();
        let m = subject_after(s, &t, i + 1, t.len()).unwrap();
        assert_eq!(m.head_text(s), "Vladimir Putin");
        assert_eq!(m.role.map(|r| &s[r]), Some("Russian President"));
        let s = "\"No,\" said the official.";
        let t = toks(s);
        let m = subject_after(s, &t, 5, t.len()).unwrap();
        assert_eq!(m.head_text(s), "the official");
    }

    #[test]
    fn names_in_running_text() {
        let s = "a meeting between Russian President Vladimir Putin and Ukrainian President Volodymyr Zelensky";
        let t = toks(s);
        let names: Vec<String> = find_names(s, &t)
            .iter()
            .map(|m| {
                format!(
                    "{}|{}",
                    m.head_text(s),
                    m.role.clone().map_or("", |r| &s[r])
                )
            })
            .collect();
        assert_eq!(
            names,
            vec![
                "Vladimir Putin|Russian President",
                "Volodymyr Zelensky|Ukrainian President"
            ]
        );
    }
}

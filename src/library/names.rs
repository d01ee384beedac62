//! Name evidence for merging speakers across articles: what part of a
//! speaker's name is a first name, a surname, a title.

use crate::extract::tokens::WordSet;

/// Titles and honorifics that say nothing about which person is meant
/// ("President Putin" is Putin). Compared lowercased, without a final dot.
const TITLES: &[&str] = &[
    "mr",
    "mrs",
    "ms",
    "miss",
    "dr",
    "prof",
    "sir",
    "dame",
    "lord",
    "lady",
    "president",
    "vice",
    "prime",
    "minister",
    "secretary",
    "senator",
    "sen",
    "rep",
    "representative",
    "gov",
    "governor",
    "mayor",
    "gen",
    "general",
    "col",
    "colonel",
    "adm",
    "admiral",
    "capt",
    "captain",
    "lt",
    "sgt",
    "judge",
    "justice",
    "chancellor",
    "king",
    "queen",
    "prince",
    "princess",
    "pope",
    "rev",
    "reverend",
    "father",
    "sister",
    "rabbi",
    "imam",
    "sheikh",
    "speaker",
    "chairman",
    "chairwoman",
    "chair",
    "ceo",
    "director",
    "commissioner",
    "ambassador",
    "deputy",
    "foreign",
    "defense",
    "defence",
    "chief",
    "former",
    "first",
    "lady's",
    "state",
    "attorney",
    "leader",
    "spokesman",
    "spokeswoman",
    "spokesperson",
];

fn is_title(word: &str) -> bool {
    static SET: std::sync::OnceLock<WordSet> = std::sync::OnceLock::new();
    SET.get_or_init(|| WordSet::new(TITLES)).has(word)
}

/// A word of a name lowercased, as `to_lowercase` would; ASCII words (nearly
/// all) without decoding.
fn lowercase(word: &str) -> String {
    if word.is_ascii() {
        word.to_ascii_lowercase()
    } else {
        word.to_lowercase()
    }
}

/// Reporting verbs that never belong to a name.
const VERBS: &[&str] = &[
    "says", "said", "tells", "told", "asks", "asked", "warns", "warned", "claims", "claimed",
    "slams", "hits", "calls", "urges", "vows", "denies", "admits", "insists", "blasts",
];

/// Suffixes that follow a surname ("Martin Luther King Jr.").
const SUFFIXES: &[&str] = &["jr", "sr", "ii", "iii", "iv"];

/// A person's name split into the parts merging looks at.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PersonName {
    /// Given names (or their initials), lowercased, without dots.
    pub given: Vec<String>,
    /// The family name, lowercased.
    pub surname: String,
}

impl PersonName {
    /// Reads a name such as "Alexander Fomin", "A. Fomin", "President Putin"
    /// or "Fomin". Returns `None` for role phrases ("Moscow's deputy defense
    /// minister", "the president"): a name's words are capitalised.
    pub fn parse(text: &str) -> Option<Self> {
        // (At most five words: kept on the stack.)
        let mut words = [""; 5];
        let mut count = 0;
        for w in text
            .split(|c: char| c.is_whitespace() || c == ',')
            .filter(|w| !w.is_empty())
        {
            if count == words.len() {
                return None;
            }
            words[count] = w;
            count += 1;
        }
        let words = &words[..count];
        if words.is_empty() {
            return None;
        }
        // A verb inside is a headline fragment, not a name
        // ("Francois Hollande Says Donald Trump").
        if words
            .iter()
            .any(|w| VERBS.iter().any(|v| w.eq_ignore_ascii_case(v)))
        {
            return None;
        }
        if !words.iter().all(|w| starts_upper(w)) {
            return None;
        }
        let mut parts: Vec<String> = words
            .iter()
            .map(|w| lowercase(w.trim_end_matches('.')))
            .collect();
        while parts.last().is_some_and(|w| SUFFIXES.contains(&w.as_str())) {
            parts.pop();
        }
        // Titles only count at the front: "Prime Minister Boris Johnson".
        let first_name_part = parts
            .iter()
            .position(|w| !is_title(w))
            .unwrap_or(parts.len());
        parts.drain(..first_name_part);
        let surname = parts.pop()?;
        if surname.ends_with("'s") || surname.ends_with("’s") {
            return None;
        }
        Some(Self {
            given: parts,
            surname,
        })
    }

    /// True when only a surname is known.
    pub fn is_surname_only(&self) -> bool {
        self.given.is_empty()
    }

    /// Same surname and given names that agree: equal, or one an initial
    /// of the other ("A. Fomin" and "Alexander Fomin").
    /// (The merge applies this rule by grouping, in `speakers`.)
    #[cfg(test)]
    pub fn same_person(&self, other: &Self) -> bool {
        if self.surname != other.surname || self.given.is_empty() || other.given.is_empty() {
            return false;
        }
        given_agrees(&self.given[0], &other.given[0])
    }
}

#[cfg(test)]
fn given_agrees(a: &str, b: &str) -> bool {
    if a == b {
        return true;
    }
    let initial = |s: &str| s.len() == 1;
    (initial(a) || initial(b)) && a.chars().next() == b.chars().next()
}

fn starts_upper(word: &str) -> bool {
    word.chars()
        .find(|c| c.is_alphabetic())
        .is_some_and(char::is_uppercase)
}

/// Lowercased, single-spaced, without a leading "the": the key under which
/// organisations and groups with the same wording merge.
pub fn name_key(text: &str) -> String {
    let lower = if text.is_ascii() {
        text.to_ascii_lowercase()
    } else {
        text.to_lowercase().replace('’', "'")
    };
    let mut words = lower.split_whitespace().peekable();
    words.next_if_eq(&"the");
    let mut key = String::with_capacity(lower.len());
    for (i, word) in words.enumerate() {
        if i > 0 {
            key.push(' ');
        }
        key.push_str(word);
    }
    key
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn full_names_and_surnames() {
        let n = PersonName::parse("Alexander Fomin").unwrap();
        assert_eq!(n.surname, "fomin");
        assert_eq!(n.given, ["alexander"]);
        assert!(PersonName::parse("Fomin").unwrap().is_surname_only());
        assert!(
            PersonName::parse("President Putin")
                .unwrap()
                .is_surname_only()
        );
        assert_eq!(
            PersonName::parse("Martin Luther King Jr.").unwrap().surname,
            "king"
        );
    }

    #[test]
    fn role_phrases_are_not_names() {
        assert!(PersonName::parse("Moscow's deputy defense minister").is_none());
        assert!(PersonName::parse("the president").is_none());
    }

    #[test]
    fn initials_agree_with_given_names() {
        let a = PersonName::parse("A. Fomin").unwrap();
        let b = PersonName::parse("Alexander Fomin").unwrap();
        assert!(a.same_person(&b));
        let bill = PersonName::parse("Bill Clinton").unwrap();
        let hillary = PersonName::parse("Hillary Clinton").unwrap();
        assert!(!bill.same_person(&hillary));
    }
}

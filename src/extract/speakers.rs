//! Turns mentions into speaker entities within one article: "Fomin" →
//! "Alexander Fomin", "he" → the nearest fitting person, "Moscow's deputy
//! defense minister" → the person the article gives that role.

use super::mentions::{Mention, MentionKind, is_org_word, is_title};
use crate::model::{Gender, Speaker, SpeakerKind};

/// A position in the article: block index and byte offset, comparable.
pub type Pos = u64;

pub fn pos(block: usize, offset: usize) -> Pos {
    ((block as u64) << 32) | offset as u64
}

#[derive(Debug, Clone)]
pub struct Entity {
    pub name: String,
    /// `word_count(&name)`, kept with it: every name mention compares it.
    name_words: usize,
    /// Lower-case last word of a person's name, or the whole lower-case name.
    pub key: String,
    pub aliases: Vec<String>,
    /// Distinct roles; the earliest is shown. (Every mention repeats its
    /// role: one entry per role, not per mention, keeps descriptions from
    /// walking a list as long as the article.)
    pub roles: Vec<Role>,
    /// Roles given so far, repeats included (orders roles given at one position).
    roles_given: usize,
    pub kind: SpeakerKind,
    pub gender: Option<Gender>,
    /// Positions where the entity was named, kept sorted.
    pub named_at: Vec<Pos>,
    /// Positions where the entity was the subject of a cue, kept sorted.
    pub subject_at: Vec<Pos>,
    pub quotes: usize,
}

/// A role an entity was given ("Russia's Deputy Defense Minister").
#[derive(Debug, Clone)]
pub struct Role {
    pub text: String,
    /// The earliest position it was given at, and the order of that giving
    /// among the entity's roles (the tie-break of `Entity::role`).
    at: (Pos, usize),
    /// Its content words ([`role_words`]), for matching descriptions.
    words: Vec<String>,
}

impl Entity {
    /// The role given at the earliest position (of several there, the
    /// first given).
    pub fn role(&self) -> Option<&str> {
        self.roles
            .iter()
            .min_by_key(|r| r.at)
            .map(|r| r.text.as_str())
    }
    /// The latest position before `p` (lists are kept sorted).
    fn last_before(list: &[Pos], p: Pos) -> Option<Pos> {
        let i = list.partition_point(|&x| x < p);
        i.checked_sub(1).map(|i| list[i])
    }
}

/// Words of a name as `split(' ').count()` counts them, without the
/// pattern searcher (asked several times for every name mention).
fn word_count(name: &str) -> usize {
    name.bytes().filter(|&b| b == b' ').count() + 1
}

/// Inserts a position keeping the list sorted (mostly an append). A
/// position already listed is not added again: every reader asks only for
/// the latest or nearest position, and the second pass over an article
/// re-registers the first pass's names, which inserted in the middle of a
/// long list made one-paragraph inputs quadratic.
fn insert_sorted(list: &mut Vec<Pos>, at: Pos) {
    let i = list.partition_point(|&x| x <= at);
    if i > 0 && list[i - 1] == at {
        return;
    }
    list.insert(i, at);
}

/// The distance from `at` to the nearest position of a sorted list.
fn nearest_distance(list: &[Pos], at: Pos) -> Option<u64> {
    let i = list.partition_point(|&x| x < at);
    let after = list.get(i).map(|&p| p.abs_diff(at));
    let before = i.checked_sub(1).map(|k| list[k].abs_diff(at));
    match (before, after) {
        (Some(a), Some(b)) => Some(a.min(b)),
        (a, b) => a.or(b),
    }
}

use std::collections::BTreeSet;

#[derive(Debug, Default)]
pub struct Resolver {
    pub entities: Vec<Entity>,
    /// Entity indices by key, so that name lookups stay cheap.
    by_key: std::collections::HashMap<
        String,
        Vec<usize>,
        std::hash::BuildHasherDefault<super::tokens::WordHash>,
    >,
    /// Entity indices by the words of their roles, so that a description
    /// ("the minister") looks only at the people whose role could fit
    /// instead of every entity of a long article.
    by_role_word: std::collections::HashMap<
        String,
        Vec<usize>,
        std::hash::BuildHasherDefault<super::tokens::WordHash>,
    >,
    /// Every (position, entity) of `Entity::named_at` and of
    /// `Entity::subject_at`, in order: a pronoun walks back from its own
    /// position to the nearest fitting person instead of asking every
    /// entity of the article.
    named_events: BTreeSet<(Pos, usize)>,
    subject_events: BTreeSet<(Pos, usize)>,
    /// Scratch space for a mention's lower-case key.
    key_buffer: String,
}

fn strip_possessive(s: &str) -> &str {
    s.strip_suffix("'s")
        .or_else(|| s.strip_suffix("’s"))
        .unwrap_or(s)
}

fn strip_determiner(s: &str) -> &str {
    for d in ["the ", "The ", "a ", "A ", "an ", "An "] {
        if let Some(rest) = s.strip_prefix(d) {
            return rest;
        }
    }
    s
}

/// `s.to_lowercase()` written into `out` (cleared first), without an
/// allocation once `out` has grown: ASCII byte by byte (the same result),
/// anything else by the full Unicode rules.
fn lower_into(s: &str, out: &mut String) {
    out.clear();
    if s.is_ascii() {
        out.push_str(s);
        out.make_ascii_lowercase();
    } else {
        out.push_str(&s.to_lowercase());
    }
}

/// Content words of a role, lower case, for matching descriptions.
fn role_words(role: &str) -> Vec<String> {
    role.split(|c: char| !c.is_alphanumeric())
        .filter(|w| w.len() > 2)
        .map(|w| w.to_lowercase())
        .filter(|w| !matches!(w.as_str(), "the" | "and" | "for" | "with" | "s"))
        .collect()
}

impl Resolver {
    pub fn new() -> Self {
        Self::default()
    }

    /// (`words` is `word_count(full)`.)
    fn find_named(&self, full: &str, words: usize, key: &str, at: Pos) -> Option<usize> {
        let candidates = self.by_key.get(key)?;
        if let Some(&i) = candidates.iter().find(|&&i| self.entities[i].name == full) {
            return Some(i);
        }
        // Same surname: a bare surname takes the latest entity that has it;
        // a full name joins an entity whose name is only that surname, or a
        // full name that extends it ("Fomin" → "Alexander Fomin").
        let mut best: Option<(usize, Pos)> = None;
        for &i in candidates {
            let e = &self.entities[i];
            if e.kind == SpeakerKind::Group {
                continue;
            }
            let e_words = e.name_words;
            let compatible =
                words == 1 || e_words == 1 || e.name.ends_with(full) || full.ends_with(&e.name);
            if !compatible {
                continue;
            }
            let last = Entity::last_before(&e.named_at, at).unwrap_or(0);
            if best.is_none_or(|b| last >= b.1) {
                best = Some((i, last));
            }
        }
        best.map(|b| b.0)
    }

    /// Registers a proper-name mention; returns its entity.
    pub fn name(&mut self, text: &str, m: &Mention, at: Pos) -> usize {
        // Borrowed from the text: most mentions name a known entity, and
        // only a new entity or a new alias needs an owned copy.
        let full = strip_possessive(strip_determiner(m.head_text(text)));
        let kind = if m.kind == MentionKind::Organization {
            SpeakerKind::Organization
        } else {
            SpeakerKind::Person
        };
        let key_source = if kind == SpeakerKind::Person {
            full.rfind(' ').map_or(full, |k| &full[k + 1..])
        } else {
            full
        };
        let mut key = std::mem::take(&mut self.key_buffer);
        lower_into(key_source, &mut key);
        let words = word_count(full);
        let i = match self.find_named(full, words, &key, at) {
            Some(i) => {
                let e = &mut self.entities[i];
                if words > e.name_words {
                    e.name_words = words;
                    let old = std::mem::replace(&mut e.name, full.to_string());
                    if !e.aliases.contains(&old) {
                        e.aliases.push(old);
                    }
                } else if full != e.name && !e.aliases.iter().any(|a| a == full) {
                    e.aliases.push(full.to_string());
                }
                self.key_buffer = key;
                i
            }
            None => {
                self.by_key
                    .entry(key.clone())
                    .or_default()
                    .push(self.entities.len());
                self.entities.push(Entity {
                    name: full.to_string(),
                    name_words: words,
                    key,
                    aliases: Vec::new(),
                    roles: Vec::new(),
                    roles_given: 0,
                    kind,
                    gender: None,
                    named_at: Vec::new(),
                    subject_at: Vec::new(),
                    quotes: 0,
                });
                self.entities.len() - 1
            }
        };
        self.note_named(i, at);
        let e = &mut self.entities[i];
        if let Some(g) = m.gender {
            e.gender.get_or_insert(g);
        }
        if let Some(r) = &m.role {
            let role = text[r.clone()].trim_end_matches([',', ' ']);
            // An honorific alone is no role.
            if !role.is_empty() && !matches!(role, "Mr." | "Mrs." | "Ms.") {
                self.add_role(i, at, role);
            }
        }
        i
    }

    fn add_role(&mut self, i: usize, at: Pos, role: &str) {
        let e = &mut self.entities[i];
        let given = (at, e.roles_given);
        e.roles_given += 1;
        // A role the entity already has (every later mention repeats it)
        // has its words listed already.
        if let Some(r) = e.roles.iter_mut().find(|r| r.text == role) {
            r.at = r.at.min(given);
            return;
        }
        let words = role_words(role);
        for w in &words {
            // Kept sorted and without repeats: `role` reads it in entity order.
            let list = self.by_role_word.entry(w.clone()).or_default();
            if let Err(at) = list.binary_search(&i) {
                list.insert(at, i);
            }
        }
        self.entities[i].roles.push(Role {
            text: role.to_string(),
            at: given,
            words,
        });
    }

    /// Resolves any mention to an entity (creating one when needed).
    /// `subject` says the mention is the subject of a cue at `at`.
    pub fn resolve(&mut self, text: &str, m: &Mention, at: Pos, subject: bool) -> Option<usize> {
        let i = match m.kind {
            MentionKind::Name | MentionKind::Organization => Some(self.name(text, m, at)),
            MentionKind::Pronoun => self.pronoun(text, m, at),
            MentionKind::Role => Some(self.role(text, m, at)),
            MentionKind::Group => Some(self.group(text, m, at)),
        };
        if let Some(i) = i
            && subject
        {
            insert_sorted(&mut self.entities[i].subject_at, at);
            self.subject_events.insert((at, i));
        }
        i
    }

    fn pronoun(&mut self, text: &str, m: &Mention, at: Pos) -> Option<usize> {
        let word = m.head_text(text);
        if m.plural || word == "I" || word.eq_ignore_ascii_case("it") {
            // "they", "we": the latest group or organisation subject.
            let want_org = word.eq_ignore_ascii_case("it");
            let wanted = |e: &Entity| {
                if want_org {
                    e.kind == SpeakerKind::Organization
                } else if word == "I" {
                    e.kind == SpeakerKind::Person
                } else {
                    matches!(e.kind, SpeakerKind::Group | SpeakerKind::Organization)
                }
            };
            // Each entity counts from its latest subject before `at`, or,
            // with none, from its latest mention: the later of the two walks
            // (of one position, the later entity).
            let by_subject = self
                .subject_events
                .range(..(at, 0))
                .rev()
                .find(|&&(_, i)| wanted(&self.entities[i]));
            let by_name = self.named_events.range(..(at, 0)).rev().find(|&&(_, i)| {
                let e = &self.entities[i];
                wanted(e) && Entity::last_before(&e.subject_at, at).is_none()
            });
            return by_subject.max(by_name).map(|&(_, i)| i);
        }
        let fits = |e: &Entity| {
            e.kind == SpeakerKind::Person
                && (m.gender.is_none() || e.gender.is_none_or(|g| Some(g) == m.gender))
        };
        // The latest fitting subject wins over a person merely mentioned after
        // it ("…," Medinsky said, referring to Putin. He also said …).
        // The latest event before `at` of a fitting entity (of two at one
        // position, the later entity).
        let latest = |events: &BTreeSet<(Pos, usize)>| {
            events
                .range(..(at, 0))
                .rev()
                .find(|&&(_, i)| fits(&self.entities[i]))
                .map(|&(p, i)| (i, p))
        };
        let by_subject = latest(&self.subject_events);
        let by_name = latest(&self.named_events);
        let pick = match (by_subject, by_name) {
            // A subject in an earlier block than the latest mention still wins
            // unless that mention's entity was named in a later block.
            (Some(s), Some(n)) => {
                if (n.1 >> 32) > (s.1 >> 32) && self.entities[n.0].gender == m.gender {
                    n.0
                } else {
                    s.0
                }
            }
            (Some(s), None) => s.0,
            (None, Some(n)) => n.0,
            (None, None) => return None,
        };
        if let Some(g) = m.gender {
            self.entities[pick].gender.get_or_insert(g);
        }
        Some(pick)
    }

    fn group(&mut self, text: &str, m: &Mention, at: Pos) -> usize {
        let name = strip_determiner(m.head_text(text)).to_string();
        let key = name.to_lowercase();
        if let Some(&i) = self.by_key.get(&key).and_then(|v| v.first()) {
            self.note_named(i, at);
            return i;
        }
        self.push_description(name, key, SpeakerKind::Group, at)
    }

    fn push_description(&mut self, name: String, key: String, kind: SpeakerKind, at: Pos) -> usize {
        self.by_key
            .entry(key.clone())
            .or_default()
            .push(self.entities.len());
        self.entities.push(Entity {
            name_words: word_count(&name),
            name,
            key,
            aliases: Vec::new(),
            roles: Vec::new(),
            roles_given: 0,
            kind,
            gender: None,
            named_at: vec![at],
            subject_at: Vec::new(),
            quotes: 0,
        });
        self.named_events.insert((at, self.entities.len() - 1));
        self.entities.len() - 1
    }

    /// Records entity `i` as a clause subject at `at` (a pronoun after it
    /// prefers it to people merely mentioned since).
    pub fn note_subject(&mut self, i: usize, at: Pos) {
        insert_sorted(&mut self.entities[i].subject_at, at);
        self.subject_events.insert((at, i));
    }

    fn note_named(&mut self, i: usize, at: Pos) {
        insert_sorted(&mut self.entities[i].named_at, at);
        self.named_events.insert((at, i));
    }

    /// "Moscow's deputy defense minister", "the official": the named person
    /// with a matching role, else an entity of its own (which
    /// [`Resolver::merge_descriptions`] may later fold into a named person).
    fn role(&mut self, text: &str, m: &Mention, at: Pos) -> usize {
        let desc = m.head_text(text);
        let words = role_words(strip_determiner(desc));
        let head = words.last().cloned().unwrap_or_default();
        // Long descriptions are clauses, not roles: no role matching.
        let short = desc.split(' ').count() <= 5;
        let mut best: Option<(usize, usize, u64)> = None;
        // Only people with the head word in a role can match; in entity
        // order, as the tie-break below expects.
        let candidates = match self.by_role_word.get(&head) {
            Some(list) if short => list.as_slice(),
            _ => &[],
        };
        for &i in candidates {
            let e = &self.entities[i];
            if e.kind != SpeakerKind::Person {
                continue;
            }
            let mut score = 0;
            for r in &e.roles {
                let rw = &r.words;
                if !rw.contains(&head) {
                    continue;
                }
                score = score.max(words.iter().filter(|w| rw.contains(w)).count());
            }
            if score == 0 {
                continue;
            }
            let distance = nearest_distance(&e.named_at, at).unwrap_or(u64::MAX);
            if best.is_none_or(|b| score > b.1 || (score == b.1 && distance < b.2)) {
                best = Some((i, score, distance));
            }
        }
        if let Some((i, _, _)) = best {
            let e = &mut self.entities[i];
            if !e.aliases.iter().any(|a| a == desc) {
                e.aliases.push(desc.to_string());
            }
            self.note_named(i, at);
            return i;
        }
        let key = format!("#role:{}", desc.to_lowercase());
        if let Some(&i) = self.by_key.get(&key).and_then(|v| v.first()) {
            self.note_named(i, at);
            return i;
        }
        let i = self.push_description(desc.to_string(), key, SpeakerKind::Unknown, at);
        self.entities[i].gender = m.gender;
        i
    }

    /// Folds role-description speakers into the person the article names
    /// next ("Moscow's deputy defense minister said …" then "Alexander Fomin
    /// told …"): the first person quoted after the description, within
    /// `window` blocks, who has no role of their own. Returns the mapping
    /// old entity → new entity for the caller to apply.
    pub fn merge_descriptions(
        &mut self,
        quoted_by: &[(Pos, usize)],
        window: u64,
    ) -> Vec<(usize, usize)> {
        let mut moves = Vec::new();
        for d in 0..self.entities.len() {
            if !self.entities[d].key.starts_with("#role:") {
                continue;
            }
            // (Sorted: the first is the least.)
            let Some(&first) = self.entities[d].named_at.first() else {
                continue;
            };
            let desc_words = role_words(&self.entities[d].name);
            if !desc_words
                .iter()
                .any(|w| is_title(&capitalise(w)) || w.ends_with("minister"))
            {
                continue;
            }
            let target = quoted_by
                .iter()
                .filter(|(p, e)| {
                    *p > first
                        && (*p >> 32) <= (first >> 32) + window
                        && self.entities[*e].kind == SpeakerKind::Person
                        && !self.entities[*e].key.starts_with('#')
                        && self.entities[*e].roles.is_empty()
                })
                .min_by_key(|(p, _)| *p)
                .map(|x| x.1);
            if let Some(t) = target {
                let desc = self.entities[d].name.clone();
                self.entities[t].aliases.push(desc.clone());
                self.add_role(t, first, &desc);
                moves.push((d, t));
            }
        }
        moves
    }

    /// The `Speaker` list for entities that were given quotes, and the map
    /// from entity index to speaker index.
    pub fn speakers(&self) -> (Vec<Speaker>, Vec<Option<usize>>) {
        let mut map = vec![None; self.entities.len()];
        let mut out = Vec::new();
        for (i, e) in self.entities.iter().enumerate() {
            if e.quotes == 0 {
                continue;
            }
            map[i] = Some(out.len());
            let kind = if e.key.starts_with("#role:") {
                SpeakerKind::Person
            } else if e.kind == SpeakerKind::Person
                && e.name.split(' ').count() == 1
                && is_org_word(&e.name)
            {
                SpeakerKind::Organization
            } else {
                e.kind
            };
            out.push(Speaker {
                name: e.name.clone(),
                aliases: e.aliases.clone(),
                role: e.role().map(str::to_string),
                kind,
                gender: e.gender,
                quotes: e.quotes,
            });
        }
        (out, map)
    }
}

fn capitalise(w: &str) -> String {
    let mut c = w.chars();
    match c.next() {
        Some(f) => f.to_uppercase().chain(c).collect(),
        None => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::super::mentions::{find_names, subject_before};
    use super::super::tokens::tokenize;
    use super::*;

    fn mention(s: &str, cue: &str) -> Mention {
        let mut t = Vec::new();
        tokenize(s, &mut t);
        let i = t.iter().position(|x| x.text(s) == cue).unwrap();
        subject_before(s, &t, 0, i).unwrap()
    }

    #[test]
    fn surname_joins_full_name() {
        let mut r = Resolver::new();
        let s = "Russia's Deputy Defense Minister Alexander Fomin announced";
        let a = r
            .resolve(s, &mention(s, "announced"), pos(0, 0), true)
            .unwrap();
        let s2 = "Fomin told";
        let b = r
            .resolve(s2, &mention(s2, "told"), pos(1, 0), true)
            .unwrap();
        assert_eq!(a, b);
        assert_eq!(r.entities[a].name, "Alexander Fomin");
        assert_eq!(
            r.entities[a].role(),
            Some("Russia's Deputy Defense Minister")
        );
    }

    #[test]
    fn pronoun_prefers_the_last_speaker_over_a_mere_mention() {
        let mut r = Resolver::new();
        let s = "Vladimir Medinsky said, referring to Vladimir Putin.";
        let m = r.resolve(s, &mention(s, "said"), pos(0, 0), true).unwrap();
        let mut t = Vec::new();
        tokenize(s, &mut t);
        for n in find_names(s, &t) {
            r.name(s, &n, pos(0, n.range.start));
        }
        let s2 = "He also told reporters";
        let h = r
            .resolve(s2, &mention(s2, "told"), pos(1, 0), true)
            .unwrap();
        assert_eq!(h, m);
        assert_eq!(r.entities[m].gender, Some(Gender::Male));
    }

    #[test]
    fn role_description_finds_the_named_person() {
        let mut r = Resolver::new();
        let s = "Russia's Deputy Defense Minister Alexander Fomin announced";
        let a = r
            .resolve(s, &mention(s, "announced"), pos(0, 0), true)
            .unwrap();
        let s2 = "Moscow's deputy defense minister said";
        let b = r
            .resolve(s2, &mention(s2, "said"), pos(2, 0), true)
            .unwrap();
        assert_eq!(a, b);
    }
}

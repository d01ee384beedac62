//! One speaker entity across articles, merged by name evidence.
//!
//! Each document already knows its own speakers ("Fomin" and "Alexander
//! Fomin" are one `Speaker` there). Across documents we merge:
//! - persons whose full names agree (same surname, same given name or its
//!   initial), unless their genders are known to differ;
//! - a person known only by surname into the one full-named person of that
//!   surname, never when two different people share it (Bill and Hillary
//!   Clinton keep apart, and a bare "Clinton" stays on its own);
//! - organisations and groups only with the same wording, and never into a
//!   person.

use super::words::{FnvMap as HashMap, TextMap};

use std::ops::Range;
use std::rc::Rc;

use super::names::{PersonName, name_key};
use crate::model::{Document, Gender, SpeakerKind};

/// A speaker as the library knows them: every article they appear in.
#[derive(Debug, Clone, PartialEq)]
pub struct LibrarySpeaker {
    /// The fullest name any article gives.
    pub name: String,
    /// Every other form the articles use, first seen first.
    pub aliases: Vec<String>,
    /// Each source's own role wording: (document index, role).
    pub roles: Vec<(usize, String)>,
    pub kind: SpeakerKind,
    /// The per-document speakers merged here: (document index, index into
    /// that document's `speakers`).
    pub mentions: Vec<(usize, usize)>,
    /// Quotes attributed to this speaker in all articles.
    pub quotes: usize,
    /// Document indices, ascending.
    pub articles: Vec<usize>,
}

/// Which speakers may ever merge with which.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
enum Category {
    Person,
    Organization,
    Group,
}

struct Node {
    doc: usize,
    speaker: usize,
    category: Category,
    gender: Option<Gender>,
    /// Its forms in [`Forms`].
    full_names: Range<usize>,
    surnames: Range<usize>,
    keys: Range<usize>,
}

/// The name forms of all nodes, one vector of each kind (not three vectors
/// per node); parsed names are shared with every node using the same form.
#[derive(Default)]
struct Forms {
    full_names: Vec<Rc<PersonName>>,
    surnames: Vec<Rc<PersonName>>,
    keys: Vec<String>,
}

impl Forms {
    fn full_names(&self, node: &Node) -> &[Rc<PersonName>] {
        &self.full_names[node.full_names.clone()]
    }

    fn surnames(&self, node: &Node) -> &[Rc<PersonName>] {
        &self.surnames[node.surnames.clone()]
    }

    fn keys(&self, node: &Node) -> &[String] {
        &self.keys[node.keys.clone()]
    }
}

/// Merges the documents' speakers. Returns the library speakers, sorted by
/// quote count (most first), and for each document the library index of
/// each of its speakers.
pub fn merge_speakers(documents: &[Document]) -> (Vec<LibrarySpeaker>, Vec<Vec<usize>>) {
    let (nodes, forms, parsed) = collect_nodes(documents);
    let mut sets = DisjointSets::new(nodes.len());
    merge_full_names(&nodes, &forms, &mut sets);
    merge_surnames(&nodes, &forms, &mut sets);
    merge_same_wording(&nodes, &forms, &mut sets);
    build(documents, &nodes, &parsed, &mut sets)
}

/// Each person form the articles use, parsed once.
/// (Keyed by whole names: hashed eight bytes at a time; never iterated.)
type ParsedNames<'a> = TextMap<&'a str, Option<Rc<PersonName>>>;

/// A person form parsed once per library.
fn parse<'a>(parsed: &mut ParsedNames<'a>, form: &'a str) -> Option<Rc<PersonName>> {
    parsed
        .entry(form)
        .or_insert_with(|| PersonName::parse(form).map(Rc::new))
        .clone()
}

fn category<'a>(kind: SpeakerKind, name: &'a str, parsed: &mut ParsedNames<'a>) -> Category {
    match kind {
        SpeakerKind::Person => Category::Person,
        SpeakerKind::Organization => Category::Organization,
        SpeakerKind::Group => Category::Group,
        SpeakerKind::Unknown if parse(parsed, name).is_some() => Category::Person,
        SpeakerKind::Unknown => Category::Group,
    }
}

fn collect_nodes(documents: &[Document]) -> (Vec<Node>, Forms, ParsedNames<'_>) {
    let speakers = documents.iter().map(|d| d.speakers.len()).sum();
    let mut nodes = Vec::with_capacity(speakers);
    let mut all = Forms {
        full_names: Vec::with_capacity(speakers),
        surnames: Vec::with_capacity(speakers),
        keys: Vec::with_capacity(speakers),
    };
    // The same forms ("Trump", "Donald Trump") recur across articles.
    let mut parsed: ParsedNames =
        ParsedNames::with_capacity_and_hasher(speakers, Default::default());
    for (doc, document) in documents.iter().enumerate() {
        for (index, speaker) in document.speakers.iter().enumerate() {
            let category = category(speaker.kind, &speaker.name, &mut parsed);
            let forms = std::iter::once(&speaker.name).chain(&speaker.aliases);
            let starts = (all.full_names.len(), all.surnames.len(), all.keys.len());
            for form in forms {
                if category != Category::Person {
                    all.keys.push(name_key(form));
                    continue;
                }
                let name = parse(&mut parsed, form);
                if let Some(name) = name {
                    if name.is_surname_only() {
                        all.surnames.push(name);
                    } else {
                        all.full_names.push(name);
                    }
                }
            }
            nodes.push(Node {
                doc,
                speaker: index,
                category,
                gender: speaker.gender,
                full_names: starts.0..all.full_names.len(),
                surnames: starts.1..all.surnames.len(),
                keys: starts.2..all.keys.len(),
            });
        }
    }
    (nodes, all, parsed)
}

fn genders_agree(a: &Node, b: &Node) -> bool {
    match (a.gender, b.gender) {
        (Some(x), Some(y)) => x == y,
        _ => true,
    }
}

/// Persons whose full names agree.
fn merge_full_names(nodes: &[Node], forms: &Forms, sets: &mut DisjointSets) {
    let mut by_surname: HashMap<&str, Vec<usize>> =
        HashMap::with_capacity_and_hasher(nodes.len(), Default::default());
    for (i, node) in nodes.iter().enumerate() {
        let mut seen: Vec<&str> = Vec::new();
        for name in forms.full_names(node) {
            if !seen.contains(&name.surname.as_str()) {
                seen.push(&name.surname);
                by_surname.entry(&name.surname).or_default().push(i);
            }
        }
    }
    // (One map and list for all surnames, emptied for each: no allocation
    // per surname.)
    let mut by_given: HashMap<&str, usize> = HashMap::default();
    let mut initials: Vec<(usize, char)> = Vec::new();
    for (surname, bucket) in &by_surname {
        // Same given name: one person (linear, not pairwise: a library may
        // hold a thousand "Donald Trump"s).
        by_given.clear();
        initials.clear();
        for &i in bucket {
            for name in forms
                .full_names(&nodes[i])
                .iter()
                .filter(|n| n.surname == *surname)
            {
                let given = name.given[0].as_str();
                if given.chars().count() == 1 {
                    initials.extend(given.chars().next().map(|c| (i, c)));
                    continue;
                }
                match by_given.get(given) {
                    Some(&first) if genders_agree(&nodes[first], &nodes[i]) => sets.union(first, i),
                    Some(_) => {}
                    None => {
                        by_given.insert(given, i);
                    }
                }
            }
        }
        // An initial: with every given name it stands for.
        for &(i, initial) in &initials {
            for (given, &first) in &by_given {
                if given.starts_with(initial) && genders_agree(&nodes[first], &nodes[i]) {
                    sets.union(first, i);
                }
            }
        }
    }
}

/// Persons known only by surname: into the single full-named person of that
/// surname; with none, together; with several, nowhere.
fn merge_surnames(nodes: &[Node], forms: &Forms, sets: &mut DisjointSets) {
    let mut full_by_surname: HashMap<&str, Vec<usize>> =
        HashMap::with_capacity_and_hasher(nodes.len(), Default::default());
    for (i, node) in nodes.iter().enumerate() {
        for name in forms.full_names(node) {
            full_by_surname.entry(&name.surname).or_default().push(i);
        }
    }
    let mut bare_by_surname: HashMap<&str, Vec<usize>> = HashMap::default();
    for (i, node) in nodes.iter().enumerate() {
        if node.category != Category::Person || !forms.full_names(node).is_empty() {
            continue;
        }
        for surname in forms.surnames(node).iter().map(|n| &n.surname) {
            bare_by_surname.entry(surname).or_default().push(i);
        }
    }
    let mut people: HashMap<usize, Genders> = HashMap::default();
    for (surname, bare) in &bare_by_surname {
        let full = full_by_surname.get(surname).map_or(&[][..], Vec::as_slice);
        // The distinct people of this surname, with the genders known for them.
        people.clear();
        for &f in full {
            people.entry(sets.find(f)).or_default().add(nodes[f].gender);
        }
        for &b in bare {
            let gender = nodes[b].gender;
            let mut fitting = people.iter().filter(|(_, g)| g.admits(gender));
            match (fitting.next(), fitting.next()) {
                (Some((&one, _)), None) => sets.union(one, b),
                (None, _) if full.is_empty() => sets.union(bare[0], b),
                _ => {}
            }
        }
    }
}

/// Which genders the members of one person carry.
#[derive(Default)]
struct Genders {
    unknown: bool,
    male: bool,
    female: bool,
}

impl Genders {
    fn add(&mut self, gender: Option<Gender>) {
        match gender {
            None => self.unknown = true,
            Some(Gender::Male) => self.male = true,
            Some(Gender::Female) => self.female = true,
        }
    }

    /// Some member agrees with `gender` (as `genders_agree` would).
    fn admits(&self, gender: Option<Gender>) -> bool {
        match gender {
            None => true,
            Some(Gender::Male) => self.unknown || self.male,
            Some(Gender::Female) => self.unknown || self.female,
        }
    }
}

/// Organisations and groups with the same wording.
fn merge_same_wording(nodes: &[Node], forms: &Forms, sets: &mut DisjointSets) {
    let mut by_key: HashMap<(Category, &str), usize> =
        HashMap::with_capacity_and_hasher(nodes.len(), Default::default());
    for (i, node) in nodes.iter().enumerate() {
        if node.category == Category::Person {
            continue;
        }
        for key in forms.keys(node) {
            match by_key.get(&(node.category, key.as_str())) {
                Some(&first) => sets.union(first, i),
                None => {
                    by_key.insert((node.category, key), i);
                }
            }
        }
    }
}

fn build(
    documents: &[Document],
    nodes: &[Node],
    parsed: &ParsedNames,
    sets: &mut DisjointSets,
) -> (Vec<LibrarySpeaker>, Vec<Vec<usize>>) {
    // The groups' members laid out in one vector, group after group (no
    // vector per group): group `g` holds `members[starts[g]..starts[g + 1]]`,
    // in node order. (Roots are node indices; groups numbered by first node.)
    let mut group_of_root: Vec<u32> = vec![u32::MAX; nodes.len()];
    let mut group_of_node: Vec<u32> = Vec::with_capacity(nodes.len());
    let mut starts: Vec<usize> = vec![0];
    for i in 0..nodes.len() {
        let root = sets.find(i);
        if group_of_root[root] == u32::MAX {
            group_of_root[root] = (starts.len() - 1) as u32;
            starts.push(0);
        }
        let g = group_of_root[root] as usize;
        group_of_node.push(g as u32);
        starts[g + 1] += 1;
    }
    for g in 1..starts.len() {
        starts[g] += starts[g - 1];
    }
    let mut next = starts.clone();
    let mut members = vec![0usize; nodes.len()];
    for (i, &g) in group_of_node.iter().enumerate() {
        members[next[g as usize]] = i;
        next[g as usize] += 1;
    }
    let group = |g: usize| &members[starts[g]..starts[g + 1]];
    // Each document speaker's quote count, documents one after the other.
    let mut first_speaker = Vec::with_capacity(documents.len() + 1);
    first_speaker.push(0);
    for d in documents {
        first_speaker.push(first_speaker.last().copied().unwrap_or(0) + d.speakers.len());
    }
    let mut quote_counts = vec![0usize; nodes.len().max(first_speaker[documents.len()])];
    for (d, doc) in documents.iter().enumerate() {
        for q in &doc.quotes {
            if let Some(s) = q.speaker.filter(|&s| s < doc.speakers.len()) {
                quote_counts[first_speaker[d] + s] += 1;
            }
        }
    }
    let count = |doc: usize, speaker: usize| quote_counts[first_speaker[doc] + speaker];
    let speakers: Vec<LibrarySpeaker> = (0..starts.len() - 1)
        .map(|g| library_speaker(documents, nodes, parsed, group(g), &count))
        .collect();
    // Sorted through small keys: the speakers themselves are large to move,
    // and reaching into each for every comparison cost more than the sort.
    // (Unstable, with the index last: the same order as a stable sort.)
    // Most speakers tie on counts (one quote, one article), and names are
    // told apart by their first eight bytes as a number first.
    let mut order: Vec<SortKey> = speakers
        .iter()
        .enumerate()
        .map(|(i, s)| {
            (
                std::cmp::Reverse((s.quotes, s.articles.len())),
                sort_prefix(&s.name),
                s.name.as_str(),
                i,
            )
        })
        .collect();
    order.sort_unstable();
    let order: Vec<usize> = order.into_iter().map(|(.., i)| i).collect();
    let mut index: Vec<Vec<usize>> = documents
        .iter()
        .map(|d| vec![0; d.speakers.len()])
        .collect();
    for (s, &g) in order.iter().enumerate() {
        for &m in group(g) {
            index[nodes[m].doc][nodes[m].speaker] = s;
        }
    }
    let mut slots: Vec<Option<LibrarySpeaker>> = speakers.into_iter().map(Some).collect();
    let speakers = order.into_iter().filter_map(|g| slots[g].take()).collect();
    (speakers, index)
}

/// (Quote and article counts, most first; name prefix, name; index.)
type SortKey<'a> = (std::cmp::Reverse<(usize, usize)>, u64, &'a str, usize);

/// A text's first eight bytes as a number that orders as the text does
/// (big-endian, zero-padded: a shorter text with the same start comes
/// first, as in `str` order; equal numbers leave the rest to the text).
fn sort_prefix(text: &str) -> u64 {
    let mut bytes = [0u8; 8];
    let n = text.len().min(8);
    bytes[..n].copy_from_slice(&text.as_bytes()[..n]);
    u64::from_be_bytes(bytes)
}

fn library_speaker(
    documents: &[Document],
    nodes: &[Node],
    parsed: &ParsedNames,
    members: &[usize],
    quote_count: &impl Fn(usize, usize) -> usize,
) -> LibrarySpeaker {
    let doc_speaker = |m: usize| &documents[nodes[m].doc].speakers[nodes[m].speaker];
    if let &[m] = members {
        // One article's speaker (most of them): its own forms, nothing to
        // choose between (what the general way below gives for one member).
        let (doc, index) = (nodes[m].doc, nodes[m].speaker);
        let speaker = doc_speaker(m);
        let mut aliases: Vec<String> = Vec::new();
        for form in &speaker.aliases {
            let seen = std::iter::once(&speaker.name).chain(&aliases);
            if !seen.into_iter().any(|s| same_without_case(s, form)) {
                aliases.push(form.clone());
            }
        }
        return LibrarySpeaker {
            name: speaker.name.clone(),
            aliases,
            roles: speaker.role.iter().map(|r| (doc, r.clone())).collect(),
            kind: speaker.kind,
            mentions: vec![(doc, index)],
            quotes: quote_count(doc, index),
            articles: vec![doc],
        };
    }
    // A full name before a bare surname or a role phrase; then the name most
    // articles use (one odd form cannot take over); then the fullest.
    // (A list: most speakers have one form, the busiest a handful.)
    let mut uses: Vec<(&str, usize)> = Vec::new();
    for &m in members {
        let name = doc_speaker(m).name.as_str();
        match uses.iter_mut().find(|(n, _)| *n == name) {
            Some((_, count)) => *count += 1,
            None => uses.push((name, 1)),
        }
    }
    // (One form, as for most speakers: nothing to choose, nothing to parse.)
    let only = (uses.len() == 1).then(|| uses.first()).flatten();
    let name = only
        .or_else(|| {
            uses.iter().max_by_key(|(n, count)| {
                let full = match parsed.get(n) {
                    Some(name) => name.as_ref().is_some_and(|p| !p.is_surname_only()),
                    None => PersonName::parse(n).is_some_and(|p| !p.is_surname_only()),
                };
                (
                    full,
                    *count,
                    n.split_whitespace().count(),
                    n.len(),
                    std::cmp::Reverse(*n),
                )
            })
        })
        .map(|(n, _)| n.to_string())
        .unwrap_or_default();
    // (Sized up front: most speakers have one member, and growing each
    // vector by pushes cost more than filling it.)
    let mut aliases: Vec<String> = Vec::new();
    let mut roles: Vec<(usize, String)> = Vec::with_capacity(members.len());
    let mut kind = SpeakerKind::Unknown;
    let mut quotes = 0;
    let mut articles = Vec::with_capacity(members.len());
    for &m in members {
        let (doc, index) = (nodes[m].doc, nodes[m].speaker);
        let speaker = doc_speaker(m);
        for form in std::iter::once(&speaker.name).chain(&speaker.aliases) {
            // Forms told apart without case; few per speaker.
            let seen = std::iter::once(&name).chain(&aliases);
            if !seen.into_iter().any(|s| same_without_case(s, form)) {
                aliases.push(form.clone());
            }
        }
        if let Some(role) = &speaker.role
            && !roles.iter().any(|(d, r)| *d == doc && r == role)
        {
            roles.push((doc, role.clone()));
        }
        if kind == SpeakerKind::Unknown || speaker.kind == SpeakerKind::Person {
            kind = speaker.kind;
        }
        quotes += quote_count(doc, index);
        articles.push(doc);
    }
    articles.sort_unstable();
    articles.dedup();
    let mut mentions: Vec<(usize, usize)> = members
        .iter()
        .map(|&m| (nodes[m].doc, nodes[m].speaker))
        .collect();
    mentions.sort_unstable();
    LibrarySpeaker {
        name,
        aliases,
        roles,
        kind,
        mentions,
        quotes,
        articles,
    }
}

fn same_without_case(a: &str, b: &str) -> bool {
    // Equal but for ASCII case: equal lowercased too, whatever the rest.
    if a.eq_ignore_ascii_case(b) {
        return true;
    }
    if a.is_ascii() && b.is_ascii() {
        false
    } else {
        a.to_lowercase() == b.to_lowercase()
    }
}

/// Union-find over speaker nodes.
struct DisjointSets {
    parent: Vec<usize>,
}

impl DisjointSets {
    fn new(n: usize) -> Self {
        Self {
            parent: (0..n).collect(),
        }
    }

    fn find(&mut self, mut x: usize) -> usize {
        while self.parent[x] != x {
            self.parent[x] = self.parent[self.parent[x]];
            x = self.parent[x];
        }
        x
    }

    fn union(&mut self, a: usize, b: usize) {
        let (ra, rb) = (self.find(a), self.find(b));
        if ra != rb {
            // The smaller root wins, so results do not depend on hash order.
            let (keep, drop) = if ra < rb { (ra, rb) } else { (rb, ra) };
            self.parent[drop] = keep;
        }
    }
}

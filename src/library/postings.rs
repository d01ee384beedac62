//! An inverted index from word numbers to the items holding them, built as
//! one sorted vector (no vector per word: most words are held by one or two
//! quotes, and allocating for each was most of the cost).

use std::ops::Range;

use super::words::FnvMap;

pub struct Postings {
    /// Item numbers, grouped by key.
    items: Vec<usize>,
    /// Each key's run in `items`.
    runs: FnvMap<u32, Range<usize>>,
}

impl Postings {
    /// `keys[k]`: the distinct keys of item `k`.
    pub fn new<'a>(keys: impl Iterator<Item = (usize, &'a [u32])>) -> Self {
        let mut pairs: Vec<(u32, usize)> = keys
            .flat_map(|(item, keys)| keys.iter().map(move |&key| (key, item)))
            .collect();
        pairs.sort_unstable();
        let mut runs = FnvMap::default();
        let mut start = 0;
        for run in pairs.chunk_by(|a, b| a.0 == b.0) {
            runs.insert(run[0].0, start..start + run.len());
            start += run.len();
        }
        Self {
            items: pairs.into_iter().map(|(_, item)| item).collect(),
            runs,
        }
    }

    /// The items holding `key`, in increasing order.
    pub fn of(&self, key: u32) -> &[usize] {
        self.runs
            .get(&key)
            .map_or(&[][..], |run| &self.items[run.clone()])
    }
}

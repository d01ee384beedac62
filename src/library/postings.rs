//! An inverted index from word numbers to the items holding them, laid out
//! in one vector (no vector per word: most words are held by one or two
//! quotes, and allocating for each was most of the cost).

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use std::ops::Range;

/// Keys are word numbers and stem heads: one multiplication hashes one,
/// where FNV takes four steps. (Only lookups use the map; the order of its
/// runs is never read.)
#[derive(Default)]
struct KeyHasher(u64);

impl Hasher for KeyHasher {
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.write_u32(u32::from(b));
        }
    }

    fn write_u32(&mut self, key: u32) {
        let h = (self.0 ^ u64::from(key)).wrapping_mul(0x9e37_79b9_7f4a_7c15);
        self.0 = h ^ (h >> 29);
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

type KeyMap<K, V> = HashMap<K, V, BuildHasherDefault<KeyHasher>>;

pub struct Postings {
    /// Item numbers, grouped by key.
    items: Vec<usize>,
    /// Each key's run in `items`.
    runs: KeyMap<u32, Range<usize>>,
}

impl Postings {
    /// `keys[k]`: the distinct keys of item `k`, items in increasing order.
    pub fn new<'a>(keys: impl Iterator<Item = (usize, &'a [u32])> + Clone) -> Self {
        // Count, lay the runs out, then fill them (two passes, no sort).
        let mut runs: KeyMap<u32, Range<usize>> = KeyMap::default();
        // (Fewer distinct keys than pairs: about half is a fair guess.)
        runs.reserve(keys.clone().map(|(_, keys)| keys.len()).sum::<usize>() / 2);
        for (_, keys) in keys.clone() {
            for &key in keys {
                runs.entry(key).or_insert(0..0).end += 1;
            }
        }
        let mut total = 0;
        for run in runs.values_mut() {
            let len = run.end;
            *run = total..total;
            total += len;
        }
        let mut items = vec![0; total];
        for (item, keys) in keys {
            for key in keys {
                let run = runs.get_mut(key).expect("counted above");
                items[run.end] = item;
                run.end += 1;
            }
        }
        Self { items, runs }
    }

    /// The items holding `key`, in increasing order.
    pub fn of(&self, key: u32) -> &[usize] {
        self.runs
            .get(&key)
            .map_or(&[][..], |run| &self.items[run.clone()])
    }
}

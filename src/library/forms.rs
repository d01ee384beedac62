//! A table from word forms, compared without case, to what the vocabulary
//! knows of them. Every word of every quote goes through it, so it hashes
//! and compares the form as written, lowercasing on the fly, instead of
//! copying it into a lowercased string first.

/// One known form: its lowercased text in the arena, and its value.
struct Entry {
    hash: u64,
    start: u32,
    len: u32,
    value: (u32, u32),
}

/// Open addressing with linear probing over indices into `entries`.
pub struct FormTable {
    /// `entries` index + 1; 0 for an empty slot. A power of two long.
    slots: Vec<u32>,
    entries: Vec<Entry>,
    /// The lowercased forms, one after the other.
    arena: String,
}

impl Default for FormTable {
    fn default() -> Self {
        Self {
            slots: vec![0; 1024],
            entries: Vec::new(),
            arena: String::new(),
        }
    }
}

/// Every byte with bit 5 set: that lowercases ASCII letters without a
/// branch and leaves digits and the apostrophe as they are (other bytes may
/// collide, which the table's comparison settles).
const LOWER: u64 = 0x2020_2020_2020_2020;

/// The hash of a form as its lowercased self, eight bytes at a time.
pub fn form_hash(bytes: &[u8]) -> u64 {
    const K: u64 = 0x9e37_79b9_7f4a_7c15;
    let mix = |h: u64, x: u64| (h ^ x).wrapping_mul(K).rotate_left(27);
    let mut h = bytes.len() as u64;
    let mut chunks = bytes.chunks_exact(8);
    for chunk in &mut chunks {
        h = mix(
            h,
            u64::from_le_bytes(chunk.try_into().expect("eight bytes")) | LOWER,
        );
    }
    let rest = chunks.remainder();
    if !rest.is_empty() {
        let mut last = 0u64;
        for (k, &b) in rest.iter().enumerate() {
            last |= u64::from(b | 0x20) << (8 * k);
        }
        h = mix(h, last);
    }
    let h = h.wrapping_mul(K);
    h ^ (h >> 32)
}

/// A lowercased known form and an ASCII word (letters, digits and
/// apostrophes) compared without case. On those bytes setting bit 5 only
/// lowercases letters, so words are compared eight bytes at a time.
fn same_ascii_word(known: &str, word: &str) -> bool {
    let (known, word) = (known.as_bytes(), word.as_bytes());
    if known.len() != word.len() {
        return false;
    }
    let mut chunks = known.chunks_exact(8).zip(word.chunks_exact(8));
    let whole = chunks.all(|(k, w)| {
        let k = u64::from_le_bytes(k.try_into().expect("eight bytes"));
        let w = u64::from_le_bytes(w.try_into().expect("eight bytes"));
        k == w | LOWER
    });
    let tail = known.len() / 8 * 8;
    whole
        && known[tail..]
            .iter()
            .zip(&word[tail..])
            .all(|(&k, &w)| k == w | 0x20)
}

impl FormTable {
    /// The value of an ASCII form, whatever its case; `hash` is its
    /// [`form_hash`].
    pub fn get_ascii(&self, form: &str, hash: u64) -> Option<(u32, u32)> {
        self.find(hash, |known| same_ascii_word(known, form))
    }

    /// The value of a lowercased form.
    pub fn get_lower(&self, lower: &str) -> Option<(u32, u32)> {
        self.find(form_hash(lower.as_bytes()), |known| known == lower)
    }

    fn find(&self, hash: u64, same: impl Fn(&str) -> bool) -> Option<(u32, u32)> {
        let mask = self.slots.len() - 1;
        let mut at = hash as usize & mask;
        loop {
            let slot = self.slots[at];
            if slot == 0 {
                return None;
            }
            let entry = &self.entries[slot as usize - 1];
            if entry.hash == hash && same(self.text(entry)) {
                return Some(entry.value);
            }
            at = (at + 1) & mask;
        }
    }

    fn text(&self, entry: &Entry) -> &str {
        &self.arena[entry.start as usize..(entry.start + entry.len) as usize]
    }

    /// Adds a lowercased form not in the table yet.
    pub fn insert(&mut self, lower: &str, value: (u32, u32)) {
        if (self.entries.len() + 1) * 2 > self.slots.len() {
            self.grow();
        }
        let entry = Entry {
            hash: form_hash(lower.as_bytes()),
            start: self.arena.len() as u32,
            len: lower.len() as u32,
            value,
        };
        self.arena.push_str(lower);
        self.place(entry.hash, self.entries.len() as u32 + 1);
        self.entries.push(entry);
    }

    fn place(&mut self, hash: u64, slot: u32) {
        let mask = self.slots.len() - 1;
        let mut at = hash as usize & mask;
        while self.slots[at] != 0 {
            at = (at + 1) & mask;
        }
        self.slots[at] = slot;
    }

    fn grow(&mut self) {
        self.slots = vec![0; self.slots.len() * 2];
        for i in 0..self.entries.len() {
            self.place(self.entries[i].hash, i as u32 + 1);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn forms_are_found_whatever_their_case() {
        let mut table = FormTable::default();
        for i in 0..3000u32 {
            table.insert(&format!("word{i}"), (i, 0));
        }
        let hash = |form: &str| form_hash(form.as_bytes());
        assert_eq!(table.get_ascii("WORD7", hash("WORD7")), Some((7, 0)));
        assert_eq!(table.get_lower("word2999"), Some((2999, 0)));
        assert_eq!(table.get_ascii("word3000", hash("word3000")), None);
        table.insert("don't", (1, 1));
        table.insert("presidential", (2, 2));
        assert_eq!(table.get_ascii("Don't", hash("Don't")), Some((1, 1)));
        assert_eq!(
            table.get_ascii("PRESIDENTIAL", hash("PRESIDENTIAL")),
            Some((2, 2))
        );
        assert!(!same_ascii_word("presidentiam", "presidential"));
    }
}

//! A table from word forms, compared without case, to what the vocabulary
//! knows of them. Every word of every quote goes through it, so it hashes
//! and compares the form as written, lowercasing on the fly, instead of
//! copying it into a lowercased string first.

/// One known form: its lowercased text in the arena, and its value.
struct Entry {
    hash: u64,
    /// The form's first eight bytes as [`Key::head`] makes them: most
    /// forms are that short and are told without reading the arena.
    head: u64,
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
        Self::with_capacity(512)
    }
}

impl FormTable {
    /// Room for `forms` forms before the table grows.
    pub fn with_capacity(forms: usize) -> Self {
        Self {
            slots: vec![0; (forms * 2).next_power_of_two().max(16)],
            entries: Vec::with_capacity(forms),
            arena: String::with_capacity(forms * 8),
        }
    }
}

/// Every byte with bit 5 set: that lowercases ASCII letters without a
/// branch and leaves digits and the apostrophe as they are (other bytes may
/// collide, which the table's comparison settles).
const LOWER: u64 = 0x2020_2020_2020_2020;

/// Up to eight bytes as a number, each with bit 5 set (zero-padded).
#[inline]
fn chunk(bytes: &[u8]) -> u64 {
    if let Ok(eight) = <[u8; 8]>::try_from(bytes) {
        return u64::from_le_bytes(eight) | LOWER;
    }
    let mut x = 0u64;
    for (k, &b) in bytes.iter().enumerate() {
        x |= u64::from(b | 0x20) << (8 * k);
    }
    x
}

/// A form as the table compares it: its first eight bytes and a hash of
/// all, both as its lowercased self would give them.
struct Key {
    head: u64,
    hash: u64,
}

impl Key {
    #[inline]
    fn of(bytes: &[u8]) -> Self {
        Self::with_head(bytes, chunk(&bytes[..bytes.len().min(8)]))
    }

    /// [`Self::of`] the word at `range` in `text`, read eight bytes at a
    /// time straight from the text (see [`load`]).
    #[inline]
    fn of_in(text: &[u8], range: std::ops::Range<usize>) -> Self {
        let len = range.len();
        let head = if len == 0 {
            0
        } else {
            load(text, range.start, len.min(8))
        };
        let mut h = mix(len as u64, head);
        let mut at = range.start + 8;
        while at < range.end {
            h = mix(h, load(text, at, (range.end - at).min(8)));
            at += 8;
        }
        Self::finish(head, h)
    }

    #[inline]
    fn with_head(bytes: &[u8], head: u64) -> Self {
        let mut h = mix(bytes.len() as u64, head);
        if bytes.len() > 8 {
            for rest in bytes[8..].chunks(8) {
                h = mix(h, chunk(rest));
            }
        }
        Self::finish(head, h)
    }

    #[inline]
    fn finish(head: u64, h: u64) -> Self {
        let h = h.wrapping_mul(MIX);
        Self {
            head,
            hash: h ^ (h >> 32),
        }
    }
}

const MIX: u64 = 0x9e37_79b9_7f4a_7c15;

#[inline]
fn mix(h: u64, x: u64) -> u64 {
    (h ^ x).wrapping_mul(MIX).rotate_left(27)
}

/// [`chunk`] of the `n` (1..=8) bytes at `at`: one load, masked to `n`
/// bytes, where eight bytes follow `at`; byte by byte only at the very end.
#[inline]
fn load(bytes: &[u8], at: usize, n: usize) -> u64 {
    match bytes.get(at..at + 8) {
        Some(eight) => {
            let x = u64::from_le_bytes(eight.try_into().expect("eight bytes")) | LOWER;
            if n >= 8 {
                x
            } else {
                x & ((1u64 << (8 * n)) - 1)
            }
        }
        None => chunk(&bytes[at..at + n]),
    }
}

impl FormTable {
    /// The value of an ASCII form (letters, digits, apostrophes), whatever
    /// its case.
    #[inline]
    #[cfg(test)]
    pub fn get_ascii(&self, form: &str) -> Option<(u32, u32)> {
        self.get_ascii_in(form, 0..form.len())
    }

    /// [`Self::get_ascii`] of the word at `range` in `text`.
    #[inline]
    pub fn get_ascii_in(&self, text: &str, range: std::ops::Range<usize>) -> Option<(u32, u32)> {
        let text = text.as_bytes();
        let len = range.len();
        let key = Key::of_in(text, range.clone());
        // Past the first eight bytes (which the key's head compares), a
        // lowercased known form and an ASCII word (letters, digits and
        // apostrophes): on those bytes setting bit 5 only lowercases
        // letters, so they are compared eight bytes at a time.
        self.find_entry(&key, len, |entry| {
            let arena = self.arena.as_bytes();
            let mut k = 8;
            while k < len {
                let n = (len - k).min(8);
                if load(arena, entry.start as usize + k, n) != load(text, range.start + k, n) {
                    return false;
                }
                k += 8;
            }
            true
        })
    }

    /// The value of a lowercased form.
    pub fn get_lower(&self, lower: &str) -> Option<(u32, u32)> {
        self.find(&Key::of(lower.as_bytes()), lower.len(), |known| {
            known == lower
        })
    }

    /// `same` settles what the key and length leave open.
    #[inline]
    fn find(&self, key: &Key, len: usize, same: impl Fn(&str) -> bool) -> Option<(u32, u32)> {
        self.find_entry(key, len, |entry| same(self.text(entry)))
    }

    #[inline]
    fn find_entry(
        &self,
        key: &Key,
        len: usize,
        same: impl Fn(&Entry) -> bool,
    ) -> Option<(u32, u32)> {
        let mask = self.slots.len() - 1;
        let mut at = key.hash as usize & mask;
        loop {
            let slot = self.slots[at];
            if slot == 0 {
                return None;
            }
            let entry = &self.entries[slot as usize - 1];
            if entry.hash == key.hash
                && entry.head == key.head
                && entry.len as usize == len
                && same(entry)
            {
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
        let key = Key::of(lower.as_bytes());
        let entry = Entry {
            hash: key.hash,
            head: key.head,
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
        assert_eq!(table.get_ascii("WORD7"), Some((7, 0)));
        assert_eq!(table.get_lower("word2999"), Some((2999, 0)));
        assert_eq!(table.get_ascii("word3000"), None);
        table.insert("don't", (1, 1));
        table.insert("presidential", (2, 2));
        assert_eq!(table.get_ascii("Don't"), Some((1, 1)));
        assert_eq!(table.get_ascii("PRESIDENTIAL"), Some((2, 2)));
        assert_eq!(table.get_ascii("Presidentiam"), None);
        // Inside a longer text: the bytes after the word are masked off.
        let text = "a Word7 and Don't, PRESIDENTIAL words";
        assert_eq!(table.get_ascii_in(text, 2..7), Some((7, 0)));
        assert_eq!(table.get_ascii_in(text, 12..17), Some((1, 1)));
        assert_eq!(table.get_ascii_in(text, 19..31), Some((2, 2)));
        assert_eq!(table.get_ascii_in(text, 2..6), None);
    }
}

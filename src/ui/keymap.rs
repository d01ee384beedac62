//! Key sequences → actions, built from the config's `[keys]` table. The
//! same table drives the handler and the help overlay.

use super::action::Action;
use super::keys::{Chord, sequence_to_string};

/// What the keymap makes of the latest key press.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Resolved {
    Action(Action),
    /// The keys so far begin a longer binding ("g" of "g g").
    Pending,
    Unbound,
}

#[derive(Debug, Clone, Default)]
pub struct Keymap {
    /// Bindings in the order they were defined (the help lists them so).
    bindings: Vec<(Vec<Chord>, Action)>,
}

impl Keymap {
    /// Binds `keys` to `action`, replacing an earlier binding of the same keys.
    pub fn bind(&mut self, keys: Vec<Chord>, action: Action) {
        if let Some(existing) = self.bindings.iter_mut().find(|(k, _)| *k == keys) {
            existing.1 = action;
        } else {
            self.bindings.push((keys, action));
        }
    }

    /// Resolves the keys typed so far.
    pub fn resolve(&self, typed: &[Chord]) -> Resolved {
        let mut prefix = false;
        for (keys, action) in &self.bindings {
            if keys.as_slice() == typed {
                return match action {
                    Action::None => Resolved::Unbound,
                    a => Resolved::Action(*a),
                };
            }
            if keys.len() > typed.len() && keys.starts_with(typed) && *action != Action::None {
                prefix = true;
            }
        }
        if prefix {
            Resolved::Pending
        } else {
            Resolved::Unbound
        }
    }

    /// The key sequences bound to `action`, formatted for the help overlay.
    pub fn keys_for(&self, action: Action) -> Vec<String> {
        self.bindings
            .iter()
            .filter(|(_, a)| *a == action)
            .map(|(keys, _)| sequence_to_string(keys))
            .collect()
    }

    /// The first key bound to `action`, for hints such as "? help".
    pub fn hint(&self, action: Action) -> Option<String> {
        self.keys_for(action).into_iter().next()
    }
}

/// Feeds key presses to a keymap, remembering an unfinished sequence.
#[derive(Debug, Clone, Default)]
pub struct KeyBuffer {
    typed: Vec<Chord>,
}

impl KeyBuffer {
    pub fn push(&mut self, keymap: &Keymap, chord: Chord) -> Option<Action> {
        self.typed.push(chord);
        match keymap.resolve(&self.typed) {
            Resolved::Action(action) => {
                self.typed.clear();
                Some(action)
            }
            Resolved::Pending => None,
            Resolved::Unbound if self.typed.len() > 1 => {
                // "g x": forget the "g" and read "x" on its own.
                self.typed.clear();
                self.push(keymap, chord)
            }
            Resolved::Unbound => {
                self.typed.clear();
                None
            }
        }
    }

    pub fn clear(&mut self) {
        self.typed.clear();
    }

    pub fn is_pending(&self) -> bool {
        !self.typed.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn map() -> Keymap {
        let mut map = Keymap::default();
        map.bind(vec![Chord::plain('g'), Chord::plain('g')], Action::Top);
        map.bind(vec![Chord::plain('j')], Action::Down);
        map
    }

    #[test]
    fn sequences_wait_for_their_second_key() {
        let map = map();
        let mut buf = KeyBuffer::default();
        assert_eq!(buf.push(&map, Chord::plain('g')), None);
        assert!(buf.is_pending());
        assert_eq!(buf.push(&map, Chord::plain('g')), Some(Action::Top));
        assert_eq!(buf.push(&map, Chord::plain('g')), None);
        assert_eq!(buf.push(&map, Chord::plain('j')), Some(Action::Down));
    }

    #[test]
    fn rebinding_replaces_and_none_unbinds() {
        let mut map = map();
        map.bind(vec![Chord::plain('j')], Action::None);
        assert_eq!(map.resolve(&[Chord::plain('j')]), Resolved::Unbound);
        assert!(map.keys_for(Action::Down).is_empty());
    }
}

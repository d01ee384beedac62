//! Key chords: parsing the config notation ("ctrl-d", "g g", "pagedown")
//! and normalising terminal key events so that both compare equal.

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use std::fmt;

/// One key press with the modifiers that matter (Ctrl and Alt; Shift is
/// already folded into the character, as in `G`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Chord {
    pub code: KeyCode,
    pub mods: KeyModifiers,
}

impl Chord {
    pub fn new(code: KeyCode, mods: KeyModifiers) -> Self {
        Self { code, mods }.normalised()
    }

    pub fn plain(c: char) -> Self {
        Self::new(KeyCode::Char(c), KeyModifiers::NONE)
    }

    pub fn ctrl(c: char) -> Self {
        Self::new(KeyCode::Char(c), KeyModifiers::CONTROL)
    }

    pub fn from_event(event: &KeyEvent) -> Self {
        Self::new(event.code, event.modifiers)
    }

    fn normalised(mut self) -> Self {
        // Shift is implied by the character ('G') or the code (BackTab);
        // terminals disagree on whether they also report it.
        self.mods &= KeyModifiers::CONTROL | KeyModifiers::ALT;
        if let KeyCode::Char(c) = self.code
            && self.mods.contains(KeyModifiers::CONTROL)
        {
            self.code = KeyCode::Char(c.to_ascii_lowercase());
        }
        self
    }

    /// Parses one chord: "j", "G", "ctrl-d", "shift-tab", "pagedown", "space".
    pub fn parse(text: &str) -> Result<Chord, String> {
        let mut mods = KeyModifiers::NONE;
        let mut rest = text;
        loop {
            let lower = rest.to_ascii_lowercase();
            let prefix = ["ctrl-", "c-", "alt-", "a-", "shift-", "s-"]
                .into_iter()
                .find(|p| lower.starts_with(p) && rest.len() > p.len());
            let Some(prefix) = prefix else { break };
            match prefix {
                "ctrl-" | "c-" => mods |= KeyModifiers::CONTROL,
                "alt-" | "a-" => mods |= KeyModifiers::ALT,
                _ => mods |= KeyModifiers::SHIFT,
            }
            rest = &rest[prefix.len()..];
        }
        let code = if rest.chars().count() == 1 {
            KeyCode::Char(rest.chars().next().unwrap_or(' '))
        } else {
            match rest.to_ascii_lowercase().as_str() {
                "space" => KeyCode::Char(' '),
                "enter" | "return" => KeyCode::Enter,
                "esc" | "escape" => KeyCode::Esc,
                "tab" if mods.contains(KeyModifiers::SHIFT) => KeyCode::BackTab,
                "tab" => KeyCode::Tab,
                "backtab" => KeyCode::BackTab,
                "backspace" => KeyCode::Backspace,
                "up" => KeyCode::Up,
                "down" => KeyCode::Down,
                "left" => KeyCode::Left,
                "right" => KeyCode::Right,
                "home" => KeyCode::Home,
                "end" => KeyCode::End,
                "pageup" | "pgup" => KeyCode::PageUp,
                "pagedown" | "pgdn" => KeyCode::PageDown,
                "delete" | "del" => KeyCode::Delete,
                "insert" => KeyCode::Insert,
                other => match other.strip_prefix('f').and_then(|n| n.parse::<u8>().ok()) {
                    Some(n) if (1..=24).contains(&n) => KeyCode::F(n),
                    _ => return Err(format!("unknown key {text:?}")),
                },
            }
        };
        Ok(Chord::new(code, mods))
    }

    /// Parses a whitespace-separated sequence: "g g".
    pub fn parse_sequence(text: &str) -> Result<Vec<Chord>, String> {
        let chords = text
            .split_whitespace()
            .map(Chord::parse)
            .collect::<Result<Vec<_>, _>>()?;
        if chords.is_empty() {
            // A lone " " is the space bar.
            return if text.is_empty() {
                Err("empty key".to_string())
            } else {
                Ok(vec![Chord::plain(' ')])
            };
        }
        Ok(chords)
    }
}

impl fmt::Display for Chord {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.mods.contains(KeyModifiers::CONTROL) {
            f.write_str("Ctrl-")?;
        }
        if self.mods.contains(KeyModifiers::ALT) {
            f.write_str("Alt-")?;
        }
        match self.code {
            KeyCode::Char(' ') => f.write_str("Space"),
            KeyCode::Char(c) => write!(f, "{c}"),
            KeyCode::Enter => f.write_str("Enter"),
            KeyCode::Esc => f.write_str("Esc"),
            KeyCode::Tab => f.write_str("Tab"),
            KeyCode::BackTab => f.write_str("Shift-Tab"),
            KeyCode::Backspace => f.write_str("Backspace"),
            KeyCode::Up => f.write_str("Up"),
            KeyCode::Down => f.write_str("Down"),
            KeyCode::Left => f.write_str("Left"),
            KeyCode::Right => f.write_str("Right"),
            KeyCode::Home => f.write_str("Home"),
            KeyCode::End => f.write_str("End"),
            KeyCode::PageUp => f.write_str("PgUp"),
            KeyCode::PageDown => f.write_str("PgDn"),
            KeyCode::Delete => f.write_str("Del"),
            KeyCode::Insert => f.write_str("Ins"),
            KeyCode::F(n) => write!(f, "F{n}"),
            other => write!(f, "{other:?}"),
        }
    }
}

/// Formats a sequence the way the help overlay shows it: "g g".
pub fn sequence_to_string(chords: &[Chord]) -> String {
    chords
        .iter()
        .map(Chord::to_string)
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_config_notation() {
        assert_eq!(Chord::parse("j").unwrap(), Chord::plain('j'));
        assert_eq!(Chord::parse("ctrl-d").unwrap(), Chord::ctrl('d'));
        assert_eq!(
            Chord::parse("shift-tab").unwrap(),
            Chord::new(KeyCode::BackTab, KeyModifiers::NONE)
        );
        assert_eq!(Chord::parse("space").unwrap(), Chord::plain(' '));
        assert_eq!(
            Chord::parse_sequence("g g").unwrap(),
            vec![Chord::plain('g'), Chord::plain('g')]
        );
        assert!(Chord::parse("nonsense").is_err());
    }

    #[test]
    fn shift_reported_with_capitals_still_matches() {
        let event = KeyEvent::new(KeyCode::Char('G'), KeyModifiers::SHIFT);
        assert_eq!(Chord::from_event(&event), Chord::plain('G'));
        let backtab = KeyEvent::new(KeyCode::BackTab, KeyModifiers::SHIFT);
        assert_eq!(
            Chord::from_event(&backtab),
            Chord::parse("backtab").unwrap()
        );
    }
}

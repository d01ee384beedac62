//! Colours (from the config) turned into the styles the drawing code uses.
//! With `NO_COLOR` every colour is dropped and only modifiers remain.

use ratatui::style::{Color, Modifier, Style};
use std::str::FromStr;

/// The configurable colours.
#[derive(Debug, Clone, PartialEq)]
pub struct Palette {
    pub speakers: Vec<Color>,
    pub unattributed: Color,
    pub accent: Color,
    pub dim: Color,
    pub search: Color,
}

impl Default for Palette {
    fn default() -> Self {
        Self {
            speakers: vec![Color::Yellow],
            unattributed: Color::Gray,
            accent: Color::Cyan,
            dim: Color::DarkGray,
            search: Color::Yellow,
        }
    }
}

impl Palette {
    /// Applies a `[theme]` table; unknown colours are reported, not fatal.
    pub fn apply(&mut self, table: &toml::Table, warnings: &mut Vec<String>) {
        let mut colour = |key: &str, slot: &mut Color| {
            if let Some(value) = table.get(key) {
                match value.as_str().map(Color::from_str) {
                    Some(Ok(c)) => *slot = c,
                    _ => warnings.push(format!("theme.{key}: not a colour: {value}")),
                }
            }
        };
        colour("unattributed", &mut self.unattributed);
        colour("accent", &mut self.accent);
        colour("dim", &mut self.dim);
        colour("search", &mut self.search);
        if let Some(list) = table.get("speakers") {
            let parsed: Option<Vec<Color>> = list.as_array().and_then(|items| {
                items
                    .iter()
                    .map(|v| v.as_str().and_then(|s| Color::from_str(s).ok()))
                    .collect()
            });
            match parsed {
                Some(colours) if !colours.is_empty() => self.speakers = colours,
                _ => warnings.push("theme.speakers: expected a list of colours".to_string()),
            }
        }
    }
}

/// How a piece of the reader's text looks, before quotes are laid over it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Look {
    Headline,
    Dek,
    Meta,
    Url,
    Rule,
    Body,
    Heading,
    CaptionTitle,
    Caption,
    Credit,
    Related,
    Update,
    BlockQuote,
    ListItem,
}

/// Every style the reader draws with.
#[derive(Debug, Clone)]
pub struct Theme {
    pub palette: Palette,
    pub no_color: bool,
}

impl Theme {
    pub fn new(palette: Palette, no_color: bool) -> Self {
        Self { palette, no_color }
    }

    fn fg(&self, colour: Color) -> Style {
        if self.no_color {
            Style::new()
        } else {
            Style::new().fg(colour)
        }
    }

    pub fn look(&self, look: Look) -> Style {
        let dim = self.fg(self.palette.dim);
        match look {
            Look::Headline => Style::new().add_modifier(Modifier::BOLD),
            Look::Dek => Style::new().add_modifier(Modifier::ITALIC),
            Look::Meta | Look::Rule => dim,
            Look::Url => dim.add_modifier(Modifier::UNDERLINED),
            Look::Body | Look::ListItem => Style::new(),
            Look::Heading => Style::new().add_modifier(Modifier::BOLD),
            Look::CaptionTitle => dim.add_modifier(Modifier::BOLD),
            Look::Caption => dim.add_modifier(Modifier::ITALIC),
            Look::Credit => dim,
            Look::Related => self
                .fg(self.palette.accent)
                .add_modifier(Modifier::DIM | Modifier::ITALIC),
            Look::Update => dim.add_modifier(Modifier::ITALIC),
            Look::BlockQuote => Style::new().add_modifier(Modifier::ITALIC),
        }
    }

    /// The colour of speaker number `slot` (slots are handed out per library).
    pub fn speaker_colour(&self, slot: Option<usize>) -> Color {
        match slot {
            Some(i) if !self.palette.speakers.is_empty() => {
                self.palette.speakers[i % self.palette.speakers.len()]
            }
            _ => self.palette.unattributed,
        }
    }

    /// A quotation: in its speaker's colour; the selected one reversed.
    pub fn quote(&self, slot: Option<usize>, selected: bool) -> Style {
        let mut style = self.fg(self.speaker_colour(slot));
        if slot.is_none() {
            style = style.add_modifier(Modifier::ITALIC);
        }
        if selected {
            style = style.add_modifier(Modifier::REVERSED | Modifier::BOLD);
        }
        style
    }

    /// A speaker's marker (a dot in the lists).
    pub fn speaker(&self, slot: Option<usize>) -> Style {
        self.fg(self.speaker_colour(slot))
    }

    /// The attribution: the speaker mention and the cue.
    pub fn attribution(&self) -> Style {
        Style::new().add_modifier(Modifier::UNDERLINED)
    }

    pub fn emphasis(&self) -> Style {
        Style::new().add_modifier(Modifier::ITALIC)
    }

    pub fn strong(&self) -> Style {
        Style::new().add_modifier(Modifier::BOLD)
    }

    pub fn link(&self) -> Style {
        Style::new().add_modifier(Modifier::UNDERLINED)
    }

    /// A search match; the current one also bold.
    pub fn search(&self, current: bool) -> Style {
        let base = if self.no_color {
            Style::new().add_modifier(Modifier::REVERSED)
        } else {
            Style::new().bg(self.palette.search).fg(Color::Black)
        };
        if current {
            base.add_modifier(Modifier::BOLD | Modifier::UNDERLINED)
        } else {
            base
        }
    }

    pub fn border(&self, focused: bool) -> Style {
        if focused {
            self.fg(self.palette.accent).add_modifier(Modifier::BOLD)
        } else {
            self.fg(self.palette.dim)
        }
    }

    pub fn title(&self, focused: bool) -> Style {
        if focused {
            self.fg(self.palette.accent).add_modifier(Modifier::BOLD)
        } else {
            Style::new()
        }
    }

    /// The selected row of a list.
    pub fn selection(&self, focused: bool) -> Style {
        if focused {
            Style::new().add_modifier(Modifier::REVERSED)
        } else {
            Style::new().add_modifier(Modifier::BOLD | Modifier::UNDERLINED)
        }
    }

    pub fn dim(&self) -> Style {
        self.fg(self.palette.dim)
    }

    pub fn status(&self) -> Style {
        Style::new().add_modifier(Modifier::REVERSED)
    }

    pub fn accent(&self) -> Style {
        self.fg(self.palette.accent)
    }
}

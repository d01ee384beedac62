//! The reader's settings: the embedded defaults, overridden by
//! `hark/config.toml` in the XDG config directory.

use super::action::Action;
use super::keymap::Keymap;
use super::keys::Chord;
use super::theme::{Palette, Theme};
use crate::library::export::ExportFormat;
use std::path::PathBuf;

/// The defaults, compiled in; also the documented example config.
pub const DEFAULT_CONFIG: &str = include_str!("../../assets/config-default.toml");

#[derive(Debug, Clone)]
pub struct Config {
    pub keymap: Keymap,
    pub theme: Theme,
    pub mouse: bool,
    /// What `e` writes.
    pub export: ExportFormat,
    /// Problems met while reading the user's file (shown in the status line).
    pub warnings: Vec<String>,
    /// The user's config file, when [`Config::load`] looked for one.
    pub path: Option<PathBuf>,
}

impl Default for Config {
    /// The embedded defaults, with colours unless `NO_COLOR` is set.
    fn default() -> Self {
        Self::from_sources(None, no_color())
    }
}

/// Where the user's config file lives (it need not exist).
pub fn config_path() -> Option<PathBuf> {
    directories::ProjectDirs::from("", "", "hark").map(|d| d.config_dir().join("config.toml"))
}

/// True when the `NO_COLOR` convention asks for no colours.
pub fn no_color() -> bool {
    std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty())
}

impl Config {
    /// Reads the defaults and then the user's file, if any.
    pub fn load() -> Self {
        let user = config_path().and_then(|path| match std::fs::read_to_string(&path) {
            Ok(text) => Some((path, text)),
            Err(_) => None,
        });
        let mut config = Self::from_sources(user.as_ref().map(|(_, t)| t.as_str()), no_color());
        config.path = config_path();
        if let Some((path, _)) = &user {
            for w in &mut config.warnings {
                *w = format!("{}: {w}", path.display());
            }
        }
        config
    }

    /// Builds a config from the defaults plus an optional user TOML text.
    pub fn from_sources(user: Option<&str>, no_color: bool) -> Self {
        let mut config = Config {
            keymap: Keymap::default(),
            theme: Theme::new(Palette::default(), no_color),
            mouse: false,
            export: ExportFormat::Markdown,
            warnings: Vec::new(),
            path: None,
        };
        let mut palette = Palette::default();
        let mut sink = Vec::new();
        config.apply(DEFAULT_CONFIG, &mut palette, &mut sink);
        debug_assert!(sink.is_empty(), "the default config is valid: {sink:?}");
        if let Some(user) = user {
            config.apply(user, &mut palette, &mut sink);
        }
        config.theme = Theme::new(palette, no_color);
        config.warnings = sink;
        config
    }

    fn apply(&mut self, text: &str, palette: &mut Palette, warnings: &mut Vec<String>) {
        let table: toml::Table = match text.parse() {
            Ok(table) => table,
            Err(e) => {
                warnings.push(format!("not read: {}", e.message()));
                return;
            }
        };
        if let Some(mouse) = table.get("mouse") {
            match mouse.as_bool() {
                Some(m) => self.mouse = m,
                None => warnings.push("mouse must be true or false".to_string()),
            }
        }
        if let Some(export) = table.get("export") {
            match export.as_str().map(str::parse) {
                Some(Ok(format)) => self.export = format,
                Some(Err(e)) => warnings.push(format!("export: {e}")),
                None => warnings.push("export must be a string".to_string()),
            }
        }
        if let Some(keys) = table.get("keys").and_then(|k| k.as_table()) {
            // The table comes back sorted; bind in the file's order instead,
            // which is the order the help lists a command's keys in.
            let mut keys: Vec<_> = keys.iter().collect();
            keys.sort_by_key(|(key, _)| text.find(&format!("\"{key}\"")).unwrap_or(usize::MAX));
            for (key, action) in keys {
                let Some(name) = action.as_str() else {
                    warnings.push(format!("key {key:?}: the action must be a string"));
                    continue;
                };
                match (Chord::parse_sequence(key), Action::from_name(name)) {
                    (Ok(chords), Some(action)) => self.keymap.bind(chords, action),
                    (Err(e), _) => warnings.push(e),
                    (_, None) => warnings.push(format!("key {key:?}: unknown action {name:?}")),
                }
            }
        }
        if let Some(theme) = table.get("theme").and_then(|t| t.as_table()) {
            palette.apply(theme, warnings);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ui::keymap::Resolved;

    #[test]
    fn defaults_bind_the_documented_keys() {
        let c = Config::from_sources(None, false);
        assert!(c.warnings.is_empty(), "{:?}", c.warnings);
        assert_eq!(
            c.keymap.resolve(&[Chord::plain(']')]),
            Resolved::Action(Action::NextQuote)
        );
        assert_eq!(c.keymap.hint(Action::Help).as_deref(), Some("?"));
        assert!(!c.mouse);
    }

    #[test]
    fn user_file_overrides_and_reports_mistakes() {
        let user = "mouse = true\nexport = \"csv\"\n[keys]\n\"x\" = \"next_quote\"\n\"]\" = \"none\"\n\"y\" = \"fly\"\n[theme]\naccent = \"nocolour\"\n";
        let c = Config::from_sources(Some(user), false);
        assert!(c.mouse);
        assert_eq!(c.export, ExportFormat::Csv);
        assert_eq!(
            c.keymap.resolve(&[Chord::plain('x')]),
            Resolved::Action(Action::NextQuote)
        );
        assert_eq!(c.keymap.resolve(&[Chord::plain(']')]), Resolved::Unbound);
        assert_eq!(c.warnings.len(), 2, "{:?}", c.warnings);
    }
}

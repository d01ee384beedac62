//! The status line: focused pane, current quote, filter, search, key hint.

use super::super::action::Action;
use super::super::app::{App, Mode};
use super::truncate;
use crate::model::sanitize_for_terminal;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;

/// The status line's text (left part, right part).
pub fn text(app: &App) -> (String, String) {
    let hint = app
        .config
        .keymap
        .hint(Action::Help)
        .map_or_else(String::new, |k| format!("{k} help "));
    if let Mode::Search { input, .. } = &app.mode {
        let found = match &app.search {
            Some(s) => format!(" · {} found", s.matches.len()),
            None if input.is_empty() => String::new(),
            None => " · not found".to_string(),
        };
        let left = sanitize_for_terminal(&format!(" /{input}█{found}"), false).into_owned();
        return (left, "Enter search · Esc cancel ".to_string());
    }
    let mut parts = vec![format!(" {}", app.focus.name())];
    if let Some(message) = &app.message {
        parts.push(message.clone());
    } else {
        match (app.quote_number(), app.place().selected) {
            (Some((n, total)), Some(q)) => {
                let who = app.speaker_name(q).unwrap_or("unattributed");
                parts.push(format!("quote {n}/{total}, {who}"));
                if app.has_counterparts(q)
                    && let Some(key) = app.config.keymap.hint(Action::Compare)
                {
                    parts.push(format!("{key} compare"));
                }
            }
            _ => {
                let total = app.article().map_or(0, |a| a.order.len());
                parts.push(format!("{total} quotes"));
            }
        }
        if let Some(s) = app.filter {
            let name = app
                .doc()
                .and_then(|d| d.speakers.get(s))
                .map_or("?", |s| s.name.as_str());
            parts.push(format!("only {name}"));
        }
        if let Some(search) = &app.search {
            let at = search.current.map_or(0, |c| c + 1);
            parts.push(format!("/{} {at}/{}", search.query, search.matches.len()));
        }
    }
    let left = sanitize_for_terminal(&parts.join(" · "), false).into_owned();
    (left, hint)
}

pub fn render(app: &App, area: Rect, buf: &mut Buffer) {
    if area.is_empty() {
        return;
    }
    let style = app.config.theme.status();
    buf.set_style(area, style);
    let (left, right) = text(app);
    let width = area.width as usize;
    let right_w = right.chars().count();
    let left_room = if left.chars().count() + right_w < width {
        width - right_w
    } else {
        width
    };
    buf.set_stringn(area.x, area.y, truncate(&left, left_room), left_room, style);
    if left_room < width {
        buf.set_stringn(area.x + left_room as u16, area.y, &right, right_w, style);
    }
}

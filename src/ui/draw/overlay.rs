//! Overlays drawn over the panes: the help (generated from the keymap the
//! handler uses) and the speaker picker.

use super::super::action::Action;
use super::super::app::App;
use super::super::layout::inner;
use super::truncate;
use crate::model::sanitize_for_terminal;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, BorderType, Clear, Widget};

/// The help's lines: (keys, description), from the keymap.
pub fn help_lines(app: &App) -> Vec<(String, String)> {
    let mut lines: Vec<(String, String)> = Action::ALL
        .iter()
        .filter_map(|&action| {
            let keys = app.config.keymap.keys_for(action);
            // Keys come from the user's file: sanitise them like article text.
            let keys = sanitize_for_terminal(&keys.join(", "), false).into_owned();
            (!keys.is_empty()).then(|| (keys, action.description().to_string()))
        })
        .collect();
    lines.push(("Ctrl-c".to_string(), "quit at once (always)".to_string()));
    lines
}

/// A centred rectangle of at most `width`×`height` inside `area`.
fn centred(area: Rect, width: u16, height: u16) -> Rect {
    let w = width.min(area.width);
    let h = height.min(area.height);
    Rect::new(
        area.x + (area.width - w) / 2,
        area.y + (area.height - h) / 2,
        w,
        h,
    )
}

fn frame(app: &App, rect: Rect, title: &str, footer: Option<String>, buf: &mut Buffer) -> Rect {
    let theme = &app.config.theme;
    Clear.render(rect, buf);
    let mut block = Block::bordered()
        .border_type(BorderType::Rounded)
        .border_style(theme.border(true))
        .title(Line::styled(format!(" {title} "), theme.title(true)));
    if let Some(footer) = footer {
        block = block.title_bottom(Line::styled(footer, theme.dim()));
    }
    block.render(rect, buf);
    inner(rect)
}

pub fn render_help(app: &App, scroll: usize, area: Rect, buf: &mut Buffer) {
    let lines = help_lines(app);
    let key_w = lines
        .iter()
        .map(|(k, _)| k.chars().count())
        .max()
        .unwrap_or(0)
        .min(24);
    let desc_w = lines
        .iter()
        .map(|(_, d)| d.chars().count())
        .max()
        .unwrap_or(0);
    let rect = centred(area, (key_w + desc_w + 6) as u16, lines.len() as u16 + 2);
    let footer = app.config.path.as_ref().map(|p| {
        let p = sanitize_for_terminal(&p.display().to_string(), false).into_owned();
        format!(" keys: {p} ")
    });
    let body = frame(app, rect, "Help: keys", footer, buf);
    let scroll = scroll.min(lines.len().saturating_sub(body.height as usize));
    let key_style = app.config.theme.accent().add_modifier(Modifier::BOLD);
    for (row, (keys, desc)) in lines
        .iter()
        .skip(scroll)
        .take(body.height as usize)
        .enumerate()
    {
        let line = Line::from(vec![
            Span::styled(format!(" {:key_w$}  ", truncate(keys, key_w)), key_style),
            Span::raw(desc.clone()),
        ]);
        buf.set_line(body.x, body.y + row as u16, &line, body.width);
    }
}

pub fn render_picker(app: &App, cursor: usize, area: Rect, buf: &mut Buffer) {
    let Some(doc) = app.doc() else { return };
    let counts = app.speaker_counts();
    let names: Vec<String> = doc
        .speakers
        .iter()
        .zip(&counts)
        .map(|(s, n)| sanitize_for_terminal(&format!("{} ({n})", s.name), false).into_owned())
        .collect();
    let width = names.iter().map(|n| n.chars().count()).max().unwrap_or(0) + 6;
    let rect = centred(area, width.max(30) as u16, names.len() as u16 + 2);
    let body = frame(
        app,
        rect,
        "Show quotes of",
        Some(" Enter choose · Esc cancel ".into()),
        buf,
    );
    let visible = body.height as usize;
    let offset = super::lists::list_offset(cursor, names.len(), visible);
    for (row, (i, name)) in names
        .iter()
        .enumerate()
        .skip(offset)
        .take(visible)
        .enumerate()
    {
        let slot = app.slots.get(app.current).and_then(|v| v.get(i)).copied();
        let style = if i == cursor {
            app.config.theme.selection(true)
        } else {
            Style::new()
        };
        let y = body.y + row as u16;
        buf.set_style(Rect::new(body.x, y, body.width, 1), style);
        let line = Line::from(vec![
            Span::styled(" ● ", app.config.theme.speaker(slot).patch(style)),
            Span::styled(name.clone(), style),
        ]);
        buf.set_line(body.x, y, &line, body.width);
    }
}

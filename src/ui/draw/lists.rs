//! The articles pane and the quotes & speakers pane.

use super::super::app::App;
use super::super::layout::{Pane, inner};
use super::truncate;
use crate::model::{QuoteKind, sanitize_for_terminal};
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, BorderType, Widget};

/// The first list row to show so that `selected` stays in view (centred
/// when the list is longer than the window). Stateless, so drawing can
/// compute it from `&App`.
pub fn list_offset(selected: usize, len: usize, visible: usize) -> usize {
    if visible == 0 || len <= visible {
        return 0;
    }
    selected.saturating_sub(visible / 2).min(len - visible)
}

/// How many articles fit (two rows each).
pub fn articles_visible(rect: Rect) -> usize {
    inner(rect).height as usize / 2
}

/// How many quote rows fit above the speakers section.
pub fn quotes_visible(rect: Rect, speakers: usize) -> usize {
    let h = inner(rect).height as usize;
    h - speakers_height(h, speakers)
}

/// Rows given to the speakers section (header included), 0 if cramped.
fn speakers_height(h: usize, speakers: usize) -> usize {
    if h < 8 || speakers == 0 {
        0
    } else {
        (speakers + 2).min(h * 2 / 5)
    }
}

fn pane_block<'a>(app: &App, pane: Pane, title: String) -> Block<'a> {
    let theme = &app.config.theme;
    let focused = app.focus == pane;
    Block::bordered()
        .border_type(BorderType::Rounded)
        .border_style(theme.border(focused))
        .title(Line::styled(title, theme.title(focused)))
}

pub fn render_articles(app: &App, area: Rect, buf: &mut Buffer) {
    let theme = &app.config.theme;
    let docs = &app.library.documents;
    pane_block(app, Pane::Articles, format!(" Articles {} ", docs.len())).render(area, buf);
    let body = inner(area);
    let width = body.width as usize;
    let visible = articles_visible(area);
    let offset = list_offset(app.article_cursor, docs.len(), visible);
    for (i, doc) in docs.iter().enumerate().skip(offset).take(visible) {
        let y = body.y + ((i - offset) * 2) as u16;
        let title = doc
            .meta
            .title
            .as_deref()
            .unwrap_or_else(|| doc.display_source());
        let title = truncate(&sanitize_for_terminal(title, false), width);
        let mut style = if i == app.current {
            Style::new().add_modifier(Modifier::BOLD)
        } else {
            Style::new()
        };
        if i == app.article_cursor {
            style = style.patch(theme.selection(app.focus == Pane::Articles));
        }
        buf.set_stringn(body.x, y, format!("{title:width$}"), width, style);
        let mut about: Vec<String> = vec![doc.display_source().to_string()];
        if let Some(date) = doc.meta.date_iso.as_ref().or(doc.meta.date.as_ref()) {
            about.push(date.clone());
        }
        about.push(match doc.quotes.len() {
            1 => "1 quote".to_string(),
            n => format!("{n} quotes"),
        });
        let about = sanitize_for_terminal(&about.join(" · "), false).into_owned();
        buf.set_stringn(body.x, y + 1, truncate(&about, width), width, theme.dim());
    }
}

pub fn render_quotes(app: &App, area: Rect, buf: &mut Buffer) {
    let theme = &app.config.theme;
    let selected = app.place().selected;
    let at = selected.and_then(|q| app.list.iter().position(|&l| l == q));
    let title = match (app.filter, at) {
        (Some(s), _) => {
            let name = app
                .doc()
                .and_then(|d| d.speakers.get(s))
                .map_or("?", |s| s.name.as_str());
            format!(
                " Quotes · {} ({}) ",
                sanitize_for_terminal(name, false),
                app.list.len()
            )
        }
        (None, Some(i)) => format!(" Quotes {}/{} ", i + 1, app.list.len()),
        (None, None) => format!(" Quotes {} ", app.list.len()),
    };
    pane_block(app, Pane::Quotes, title).render(area, buf);
    let Some(doc) = app.doc() else { return };
    let body = inner(area);
    let width = body.width as usize;
    let counts = app.speaker_counts();
    let visible = quotes_visible(area, counts.len());
    let offset = list_offset(at.unwrap_or(0), app.list.len(), visible);
    for (row, &q) in app.list.iter().skip(offset).take(visible).enumerate() {
        let quote = &doc.quotes[q];
        let slot = app.quote_slot(q);
        let who = app.speaker_name(q).unwrap_or("unattributed");
        let words = sanitize_for_terminal(&quote.span.text, false);
        let words = match quote.kind {
            QuoteKind::Indirect => format!("~{words}"),
            _ => format!("“{words}”"),
        };
        let dot = if Some(q) == selected { "▶ " } else { "● " };
        let mut line = Line::from(vec![
            Span::styled(dot, theme.speaker(slot)),
            Span::styled(
                format!("{}: ", sanitize_for_terminal(who, false)),
                Style::new().add_modifier(Modifier::BOLD),
            ),
            Span::raw(words),
        ]);
        let y = body.y + row as u16;
        if Some(q) == selected {
            buf.set_style(
                Rect::new(body.x, y, body.width, 1),
                theme.selection(app.focus == Pane::Quotes),
            );
            line = line.patch_style(theme.selection(app.focus == Pane::Quotes));
        }
        let line = fit_line(line, width);
        buf.set_line(body.x, y, &line, body.width);
    }
    if app.list.is_empty() && body.height > 0 {
        buf.set_stringn(body.x, body.y, "No quotes.", width, theme.dim());
    }

    let speakers_h = speakers_height(body.height as usize, counts.len());
    if speakers_h == 0 {
        return;
    }
    let top = body.y + body.height - speakers_h as u16;
    buf.set_stringn(body.x, top, "─".repeat(width), width, theme.dim());
    buf.set_stringn(
        body.x,
        top + 1,
        "Speakers",
        width,
        Style::new().add_modifier(Modifier::BOLD),
    );
    let mut order: Vec<usize> = (0..doc.speakers.len()).collect();
    order.sort_by_key(|&s| std::cmp::Reverse(counts[s]));
    for (row, s) in order.into_iter().take(speakers_h - 2).enumerate() {
        let speaker = &doc.speakers[s];
        let slot = app.slots.get(app.current).and_then(|v| v.get(s)).copied();
        let mut text = format!("{} ({})", speaker.name, counts[s]);
        if let Some(role) = &speaker.role {
            text.push_str(" — ");
            text.push_str(role);
        }
        let text = truncate(
            &sanitize_for_terminal(&text, false),
            width.saturating_sub(2),
        );
        let style = if app.filter == Some(s) {
            Style::new().add_modifier(Modifier::BOLD | Modifier::UNDERLINED)
        } else {
            Style::new()
        };
        let line = Line::from(vec![
            Span::styled("● ", theme.speaker(slot)),
            Span::styled(text, style),
        ]);
        buf.set_line(body.x, top + 2 + row as u16, &line, body.width);
    }
}

/// Cuts a styled line to `width` columns, ending with "…" when cut.
fn fit_line(line: Line<'_>, width: usize) -> Line<'static> {
    use unicode_width::UnicodeWidthChar;
    let style = line.style;
    if line.width() <= width {
        let spans: Vec<Span<'static>> = line
            .spans
            .into_iter()
            .map(|s| Span::styled(s.content.into_owned(), s.style))
            .collect();
        return Line::from(spans).style(style);
    }
    let mut left = width.saturating_sub(1);
    let mut spans = Vec::new();
    for span in line.spans {
        let mut text = String::new();
        for c in span.content.chars() {
            let w = c.width().unwrap_or(0);
            if w > left {
                left = 0;
                break;
            }
            left -= w;
            text.push(c);
        }
        spans.push(Span::styled(text, span.style));
        if left == 0 {
            break;
        }
    }
    if width > 0 {
        let last = spans.last().map_or(Style::new(), |s| s.style);
        spans.push(Span::styled("…", last));
    }
    Line::from(spans).style(style)
}

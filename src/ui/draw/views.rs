//! Full-screen views over the panes: the library's speakers and the
//! side-by-side comparison of one statement's versions.

use super::super::app::App;
use super::super::compare::{CompareView, Diff};
use super::super::layout::inner;
use super::lists::list_offset;
use super::truncate;
use crate::model::{QuoteKind, sanitize_for_terminal};
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, BorderType, Clear, Widget};

/// The views cover everything but the status line.
fn view_rect(area: Rect) -> Rect {
    Rect::new(area.x, area.y, area.width, area.height.saturating_sub(1))
}

/// The width of one version's column in the compare view.
pub fn compare_width(area: Rect) -> usize {
    (inner(view_rect(area)).width as usize).saturating_sub(3) / 2
}

fn frame(app: &App, rect: Rect, title: String, footer: &str, buf: &mut Buffer) -> Rect {
    let theme = &app.config.theme;
    Clear.render(rect, buf);
    Block::bordered()
        .border_type(BorderType::Rounded)
        .border_style(theme.border(true))
        .title(Line::styled(title, theme.title(true)))
        .title_bottom(Line::styled(footer.to_string(), theme.dim()))
        .render(rect, buf);
    inner(rect)
}

pub fn render_speakers(app: &App, at: (usize, usize, bool), area: Rect, buf: &mut Buffer) {
    let (speaker, quote, on_quotes) = at;
    let theme = &app.config.theme;
    let library = &app.library;
    let rect = view_rect(area);
    if rect.height < 3 {
        return;
    }
    let title = format!(" Speakers in {} articles ", library.documents.len());
    let body = frame(app, rect, title, " Enter open · Tab switch · q close ", buf);
    let left_w = (body.width * 2 / 5).max(1);
    let left = Rect::new(body.x, body.y, left_w, body.height);
    let right = Rect::new(
        body.x + left_w + 1,
        body.y,
        body.width.saturating_sub(left_w + 1),
        body.height,
    );
    for y in body.top()..body.bottom() {
        buf.set_string(body.x + left_w, y, "│", theme.dim());
    }

    let visible = left.height as usize;
    let offset = list_offset(speaker, library.speakers.len(), visible);
    for (row, (i, s)) in library
        .speakers
        .iter()
        .enumerate()
        .skip(offset)
        .take(visible)
        .enumerate()
    {
        let text = format!(
            "{} · {} · {}",
            s.name,
            counted(s.quotes, "quote"),
            counted(s.articles.len(), "article")
        );
        let text = truncate(
            &sanitize_for_terminal(&text, false),
            (left.width as usize).saturating_sub(2),
        );
        let style = if i == speaker {
            theme.selection(!on_quotes)
        } else {
            Style::new()
        };
        let y = left.y + row as u16;
        if i == speaker {
            buf.set_style(Rect::new(left.x, y, left.width, 1), style);
        }
        let line = Line::from(vec![
            Span::styled("● ", theme.speaker(Some(i))),
            Span::styled(text, style),
        ]);
        buf.set_line(left.x, y, &line, left.width);
    }

    let Some(s) = library.speakers.get(speaker) else {
        return;
    };
    let width = right.width as usize;
    let mut y = right.y;
    let bold = Style::new().add_modifier(Modifier::BOLD);
    buf.set_stringn(
        right.x,
        y,
        truncate(&sanitize_for_terminal(&s.name, false), width),
        width,
        bold,
    );
    y += 1;
    for (doc, role) in &s.roles {
        if y >= right.bottom() {
            return;
        }
        let outlet = library
            .documents
            .get(*doc)
            .map_or("", |d| d.display_source());
        let text = sanitize_for_terminal(&format!("{role} ({outlet})"), false).into_owned();
        buf.set_stringn(right.x, y, truncate(&text, width), width, theme.dim());
        y += 1;
    }
    y += 1;
    let quotes = library.quotes_of(speaker);
    let room = right.bottom().saturating_sub(y) as usize;
    let offset = list_offset(quote, quotes.len(), room);
    for (row, (i, id)) in quotes
        .iter()
        .enumerate()
        .skip(offset)
        .take(room)
        .enumerate()
    {
        let Some(q) = library.quote(*id) else {
            continue;
        };
        let outlet = library.documents[id.doc].display_source();
        let words = match q.kind {
            QuoteKind::Indirect => format!("~{}", q.span.text),
            _ => format!("“{}”", q.span.text),
        };
        let text = sanitize_for_terminal(&format!("{outlet}: {words}"), false).into_owned();
        let style = if on_quotes && i == quote {
            theme.selection(true)
        } else {
            Style::new()
        };
        let line_y = y + row as u16;
        buf.set_style(Rect::new(right.x, line_y, right.width, 1), style);
        buf.set_stringn(right.x, line_y, truncate(&text, width), width, style);
    }
}

pub fn render_compare(app: &App, view: &CompareView, area: Rect, buf: &mut Buffer) {
    let theme = &app.config.theme;
    let rect = view_rect(area);
    if rect.height < 3 {
        return;
    }
    let title = format!(
        " Same statement · similarity {:.2} · {}/{} ",
        view.similarity,
        view.cursor + 1,
        view.matches.len()
    );
    let body = frame(
        app,
        rect,
        title,
        " j/k other matches · Enter open the other · q close ",
        buf,
    );
    let col_w = view.width as u16;
    for (c, column) in view.columns.iter().enumerate() {
        let x = body.x + c as u16 * (col_w + 3);
        if x >= body.right() {
            break;
        }
        let w = col_w.min(body.right() - x);
        if c > 0 {
            for y in body.top()..body.bottom() {
                buf.set_string(x - 2, y, "│", theme.dim());
            }
        }
        let slot = app.library.speaker_of(column.id);
        let header = Line::from(vec![
            Span::styled("● ", theme.speaker(slot)),
            Span::styled(
                column.speaker.clone(),
                Style::new().add_modifier(Modifier::BOLD),
            ),
        ]);
        buf.set_line(x, body.y, &header, w);
        if body.height > 1 {
            buf.set_stringn(
                x,
                body.y + 1,
                truncate(&column.source, w as usize),
                w as usize,
                theme.dim(),
            );
        }
        for (row, words) in column.lines.iter().enumerate() {
            let y = body.y + 3 + row as u16;
            if y >= body.bottom() {
                break;
            }
            let mut spans = Vec::new();
            for (i, (word, diff)) in words.iter().enumerate() {
                if i > 0 {
                    spans.push(Span::raw(" "));
                }
                let style = match diff {
                    Diff::Same => Style::new(),
                    Diff::Near => Style::new().add_modifier(Modifier::UNDERLINED),
                    Diff::Different => theme.quote(slot, true),
                };
                spans.push(Span::styled(word.as_str(), style));
            }
            buf.set_line(x, y, &Line::from(spans), w);
        }
    }
}

/// "1 quote", "2 quotes".
fn counted(n: usize, noun: &str) -> String {
    match n {
        1 => format!("1 {noun}"),
        n => format!("{n} {noun}s"),
    }
}

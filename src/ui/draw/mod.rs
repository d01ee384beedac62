//! Drawing: reads `&App`, never changes it, never wraps or parses text.

pub mod lists;
pub mod overlay;
pub mod reader;
pub mod status;
pub mod views;

use super::app::{App, Mode};
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::widgets::Widget;

impl Widget for &App {
    fn render(self, area: Rect, buf: &mut Buffer) {
        if area.is_empty() {
            return;
        }
        if let Some(rect) = self.panes.articles {
            lists::render_articles(self, rect.intersection(area), buf);
        }
        if let Some(rect) = self.panes.reader {
            reader::render(self, rect.intersection(area), buf);
        }
        if let Some(rect) = self.panes.quotes {
            lists::render_quotes(self, rect.intersection(area), buf);
        }
        status::render(self, self.panes.status.intersection(area), buf);
        match &self.mode {
            Mode::Help { scroll } => overlay::render_help(self, *scroll, area, buf),
            Mode::Picker { cursor } => overlay::render_picker(self, *cursor, area, buf),
            Mode::Speakers {
                speaker,
                quote,
                on_quotes,
            } => views::render_speakers(self, (*speaker, *quote, *on_quotes), area, buf),
            Mode::Compare(view) => views::render_compare(self, view, area, buf),
            Mode::Normal | Mode::Search { .. } => {}
        }
    }
}

/// Cuts `text` to at most `width` columns, ending with "…" when cut.
pub fn truncate(text: &str, width: usize) -> String {
    use unicode_width::UnicodeWidthChar;
    let total: usize = text.chars().map(|c| c.width().unwrap_or(0)).sum();
    if total <= width {
        return text.to_string();
    }
    let mut out = String::new();
    let mut used = 0;
    for c in text.chars() {
        let w = c.width().unwrap_or(0);
        if used + w + 1 > width {
            break;
        }
        out.push(c);
        used += w;
    }
    if width > 0 {
        out.push('…');
    }
    out
}

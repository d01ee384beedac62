//! The reader pane: the visible rows of the wrapped article, with quotes in
//! their speakers' colours, attributions underlined and search matches lit.

use super::super::app::App;
use super::super::article::{Article, TextBlock, flags};
use super::super::layout::{Pane, Panes};
use super::super::theme::{Look, Theme};
use super::super::wrap::{GAP, Row, Wrapped};
use super::truncate;
use crate::model::sanitize_for_terminal;
use ratatui::buffer::Buffer;
use ratatui::layout::{Margin, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{
    Block, BorderType, Scrollbar, ScrollbarOrientation, ScrollbarState, StatefulWidget, Widget,
};

pub fn render(app: &App, area: Rect, buf: &mut Buffer) {
    let theme = &app.config.theme;
    let focused = app.focus == Pane::Reader;
    let title = app.doc().map_or_else(
        || "Reader".to_string(),
        |d| format!("Reader · {}", d.display_source()),
    );
    let title = truncate(
        &sanitize_for_terminal(&title, false),
        (area.width as usize).saturating_sub(12),
    );
    let mut block = Block::bordered()
        .border_type(BorderType::Rounded)
        .border_style(theme.border(focused))
        .title(Line::styled(format!(" {title} "), theme.title(focused)));
    let text_area = Panes::reader_text(area);
    let height = text_area.height as usize;
    let scroll = app.place().scroll;
    if let Some(w) = app.wrapped() {
        let max = w.rows.len().saturating_sub(height);
        let percent = (scroll.min(max) * 100)
            .checked_div(max)
            .map_or_else(|| "all".to_string(), |p| format!("{p}%"));
        block =
            block.title_bottom(Line::styled(format!(" {percent} "), theme.dim()).right_aligned());
    }
    block.render(area, buf);
    let (Some(w), Some(article)) = (app.wrapped(), app.article()) else {
        if app.library.documents.is_empty() && !text_area.is_empty() {
            buf.set_stringn(
                text_area.x,
                text_area.y,
                "No articles.",
                text_area.width as usize,
                theme.dim(),
            );
        }
        return;
    };
    let painter = RowPainter {
        app,
        article,
        theme,
    };
    for (y, row) in w.rows.iter().skip(scroll).take(height).enumerate() {
        painter.paint(
            row,
            text_area.x,
            text_area.y + y as u16,
            text_area.width,
            buf,
        );
    }
    // "≈" in the left margin: this quote has versions in other articles.
    if text_area.x > area.x && height > 0 {
        let order = &article.order;
        let first_row = |q: usize| w.quote_rows[q].map_or(0, |r| r.0);
        let from = order.partition_point(|&q| first_row(q) < scroll);
        for &q in order[from..]
            .iter()
            .take_while(|&&q| first_row(q) < scroll + height)
        {
            if app.has_counterparts(q) {
                let y = text_area.y + (first_row(q) - scroll) as u16;
                buf.set_string(text_area.x - 1, y, "≈", theme.accent());
            }
        }
    }
    // A bar in the left margin beside the selected quote's rows.
    let selected = app.place().selected;
    if let Some(q) = selected
        && let Some((first, last)) = w.quote_rows.get(q).copied().flatten()
        && text_area.x > area.x
        && height > 0
    {
        let style = theme.speaker(app.quote_slot(q));
        for row in first.max(scroll)..=last.min(scroll + height - 1) {
            let y = text_area.y + (row - scroll) as u16;
            buf.set_string(text_area.x - 1, y, "▌", style);
        }
    }
    if w.rows.len() > height && area.height > 2 {
        let mut state = ScrollbarState::new(w.rows.len().saturating_sub(height))
            .position(scroll)
            .viewport_content_length(height);
        Scrollbar::new(ScrollbarOrientation::VerticalRight)
            .symbols(ratatui::symbols::scrollbar::VERTICAL)
            .begin_symbol(None)
            .end_symbol(None)
            .render(area.inner(Margin::new(0, 1)), buf, &mut state);
    }
}

/// The first and last rows of the reader's window; for tests and the status line.
pub fn visible_rows(app: &App) -> Option<(usize, usize)> {
    let w: &Wrapped = app.wrapped()?;
    let h = app.reader_text()?.height as usize;
    let scroll = app.place().scroll;
    Some((scroll, (scroll + h).min(w.rows.len()).saturating_sub(1)))
}

struct RowPainter<'a> {
    app: &'a App,
    article: &'a Article,
    theme: &'a Theme,
}

impl RowPainter<'_> {
    fn paint(&self, row: &Row, x: u16, y: u16, width: u16, buf: &mut Buffer) {
        if row.block == GAP {
            return;
        }
        let block = &self.article.blocks[row.block];
        let base = self.theme.look(block.look);
        if block.look == Look::Rule {
            buf.set_string(x, y, "─".repeat(width as usize), base);
            return;
        }
        let (first, rest) = block.prefix();
        let prefix = if row.first { first } else { rest };
        let mut spans = Vec::new();
        if !prefix.is_empty() {
            spans.push(Span::styled(prefix, self.theme.dim()));
        }
        self.text_spans(row, block, base, &mut spans);
        buf.set_line(x, y, &Line::from(spans), width);
    }

    /// Splits the row's text where marks or search matches begin or end.
    fn text_spans<'t>(
        &self,
        row: &Row,
        block: &'t TextBlock,
        base: Style,
        out: &mut Vec<Span<'t>>,
    ) {
        let (start, end) = (row.start, row.end);
        let marks = &block.marks[block.marks.partition_point(|m| m.range.end <= start)..];
        let marks = &marks[..marks.partition_point(|m| m.range.start < end)];
        let matches = self
            .app
            .search
            .as_ref()
            .map(|s| (s, s.in_block_range(row.block, start, end)));
        let mut cuts = vec![start, end];
        for m in marks {
            cuts.extend([m.range.start, m.range.end]);
        }
        if let Some((search, found)) = &matches {
            for m in &search.matches[found.clone()] {
                cuts.extend([m.range.start, m.range.end]);
            }
        }
        // The selected quote is lit over its whole span, quotes nested in
        // it included.
        let selected = self.app.place().selected;
        let selected_range = selected
            .and_then(|q| self.article.quote_at.get(q)?.as_ref())
            .filter(|spot| spot.block == row.block)
            .map(|spot| spot.range.clone());
        if let Some(r) = &selected_range {
            cuts.extend([r.start, r.end]);
        }
        cuts.retain(|&c| c >= start && c <= end && block.text.is_char_boundary(c));
        cuts.sort_unstable();
        cuts.dedup();
        for pair in cuts.windows(2) {
            let (a, b) = (pair[0], pair[1]);
            let mut style = base;
            if let Some(mark) = marks.iter().find(|m| m.range.start <= a && a < m.range.end) {
                style = style.patch(self.mark_style(mark.quote, mark.flags, selected));
            }
            if let (Some(r), Some(q)) = (&selected_range, selected)
                && r.start <= a
                && a < r.end
            {
                style = style.patch(self.theme.quote(self.app.quote_slot(q), true));
            }
            if let Some((search, found)) = &matches
                && let Some(index) = found.clone().find(|&i| {
                    search.matches[i].range.start <= a && a < search.matches[i].range.end
                })
            {
                style = style.patch(self.theme.search(search.current == Some(index)));
            }
            out.push(Span::styled(&block.text[a..b], style));
        }
    }

    fn mark_style(&self, quote: Option<usize>, mark_flags: u8, selected: Option<usize>) -> Style {
        let theme = self.theme;
        let mut style = Style::new();
        if let Some(q) = quote {
            style = style.patch(theme.quote(self.app.quote_slot(q), selected == Some(q)));
        }
        if mark_flags & flags::ATTRIBUTION != 0 {
            style = style.patch(theme.attribution());
        }
        if mark_flags & flags::EMPHASIS != 0 {
            style = style.patch(theme.emphasis());
        }
        if mark_flags & flags::STRONG != 0 {
            style = style.patch(theme.strong());
        }
        if mark_flags & flags::LINK != 0 {
            style = style.patch(theme.link());
        }
        if mark_flags & flags::DIM != 0 {
            style = style.patch(theme.dim());
        }
        style
    }
}

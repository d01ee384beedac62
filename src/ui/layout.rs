//! Where each pane goes for a given terminal size.

use ratatui::layout::Rect;

/// From this width on, all three panes fit side by side.
pub const WIDE: u16 = 110;
/// Below this width, one pane at a time.
pub const NARROW: u16 = 70;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Pane {
    Articles,
    Reader,
    Quotes,
}

impl Pane {
    pub fn name(self) -> &'static str {
        match self {
            Pane::Articles => "articles",
            Pane::Reader => "reader",
            Pane::Quotes => "quotes",
        }
    }
}

/// The rectangles of one frame. A pane that is not shown is `None`.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Panes {
    pub articles: Option<Rect>,
    pub reader: Option<Rect>,
    pub quotes: Option<Rect>,
    pub status: Rect,
}

impl Panes {
    /// Lays out `area`. `show_quotes` is the user's toggle; `focus` picks the
    /// single pane on narrow screens.
    pub fn compute(area: Rect, show_quotes: bool, focus: Pane) -> Panes {
        let mut panes = Panes::default();
        if area.is_empty() {
            return panes;
        }
        let status_y = area.y + area.height - 1;
        panes.status = Rect::new(area.x, status_y, area.width, 1);
        if area.height < 2 {
            return panes;
        }
        let body = Rect::new(area.x, area.y, area.width, area.height - 1);
        let w = body.width;
        let column = |x: u16, width: u16| Rect::new(body.x + x, body.y, width, body.height);
        if w >= WIDE {
            let left = (w * 18 / 100).clamp(22, 34);
            let right = if show_quotes {
                (w * 27 / 100).clamp(32, 48)
            } else {
                0
            };
            panes.articles = Some(column(0, left));
            panes.reader = Some(column(left, w - left - right));
            if show_quotes {
                panes.quotes = Some(column(w - right, right));
            }
        } else if w >= NARROW {
            // Reader plus one side pane: the articles, or the quotes when toggled on.
            let side = (w * 28 / 100).clamp(20, 30);
            if show_quotes {
                panes.reader = Some(column(0, w - side));
                panes.quotes = Some(column(w - side, side));
            } else {
                panes.articles = Some(column(0, side));
                panes.reader = Some(column(side, w - side));
            }
        } else {
            let whole = Some(body);
            match focus {
                Pane::Articles => panes.articles = whole,
                Pane::Reader => panes.reader = whole,
                Pane::Quotes => panes.quotes = whole,
            }
        }
        panes
    }

    pub fn get(&self, pane: Pane) -> Option<Rect> {
        match pane {
            Pane::Articles => self.articles,
            Pane::Reader => self.reader,
            Pane::Quotes => self.quotes,
        }
    }

    /// True when only one pane fits and `Tab` flips between all three.
    pub fn is_single(area: Rect) -> bool {
        area.width < NARROW
    }

    /// The reader's text area inside its border: one column of padding on
    /// the left, the scrollbar on the right border.
    pub fn reader_text(reader: Rect) -> Rect {
        let inner = inner(reader);
        Rect::new(
            inner.x.saturating_add(1).min(inner.right()),
            inner.y,
            inner.width.saturating_sub(2),
            inner.height,
        )
    }
}

/// The area inside a one-cell border.
pub fn inner(area: Rect) -> Rect {
    if area.width < 2 || area.height < 2 {
        return Rect::new(area.x, area.y, 0, 0);
    }
    Rect::new(area.x + 1, area.y + 1, area.width - 2, area.height - 2)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn three_panes_when_wide_one_when_narrow() {
        let p = Panes::compute(Rect::new(0, 0, 160, 45), true, Pane::Reader);
        assert!(p.articles.is_some() && p.reader.is_some() && p.quotes.is_some());
        let total: u16 = [p.articles, p.reader, p.quotes]
            .iter()
            .flatten()
            .map(|r| r.width)
            .sum();
        assert_eq!(total, 160);
        let p = Panes::compute(Rect::new(0, 0, 60, 20), true, Pane::Quotes);
        assert!(p.articles.is_none() && p.reader.is_none());
        assert_eq!(p.quotes, Some(Rect::new(0, 0, 60, 19)));
    }

    #[test]
    fn tiny_sizes_only_have_a_status_line() {
        let p = Panes::compute(Rect::new(0, 0, 1, 1), true, Pane::Reader);
        assert_eq!(p.status, Rect::new(0, 0, 1, 1));
        assert!(p.reader.is_none());
        assert_eq!(
            Panes::compute(Rect::new(0, 0, 0, 0), true, Pane::Reader),
            Panes::default()
        );
    }
}

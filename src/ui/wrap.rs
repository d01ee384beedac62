//! Wrapping a prepared article to one width, once: rows that point into the
//! block texts, and the rows of every quote, so that scrolling, jumping and
//! drawing are lookups.

use super::article::Article;
use textwrap::WordSeparator;
use textwrap::core::break_words;
use textwrap::wrap_algorithms::wrap_first_fit;
use unicode_width::UnicodeWidthStr;

/// A row that belongs to no block (the gap between blocks).
pub const GAP: usize = usize::MAX;

/// One screen row of the reader.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Row {
    /// Index into `Article::blocks`, or [`GAP`].
    pub block: usize,
    /// Byte range of the block's text shown on this row.
    pub start: usize,
    pub end: usize,
    /// The block's first row (it gets the first-line prefix).
    pub first: bool,
}

/// A row and column on the wrapped page.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cell {
    pub row: usize,
    pub col: usize,
}

#[derive(Debug, Clone)]
pub struct Wrapped {
    pub width: usize,
    pub rows: Vec<Row>,
    /// Per block: its rows `first..end`.
    pub block_rows: Vec<(usize, usize)>,
    /// Per document quote: its first and last row.
    pub quote_rows: Vec<Option<(usize, usize)>>,
}

impl Wrapped {
    pub fn new(article: &Article, width: usize) -> Self {
        let width = width.max(1);
        let mut rows = Vec::new();
        let mut block_rows = Vec::with_capacity(article.blocks.len());
        let mut lines = Vec::new();
        for (b, block) in article.blocks.iter().enumerate() {
            if b > 0 && !(block.is_header_line() && article.blocks[b - 1].is_header_line()) {
                rows.push(Row {
                    block: GAP,
                    start: 0,
                    end: 0,
                    first: false,
                });
            }
            let (first, rest) = block.prefix();
            let indent = first.width().max(rest.width());
            lines.clear();
            wrap_text(&block.text, width.saturating_sub(indent).max(1), &mut lines);
            let start = rows.len();
            rows.extend(lines.iter().enumerate().map(|(i, &(s, e))| Row {
                block: b,
                start: s,
                end: e,
                first: i == 0,
            }));
            block_rows.push((start, rows.len()));
        }
        let mut wrapped = Wrapped {
            width,
            rows,
            block_rows,
            quote_rows: Vec::new(),
        };
        wrapped.quote_rows = article
            .quote_at
            .iter()
            .map(|spot| {
                let spot = spot.as_ref()?;
                let first = wrapped.locate(article, spot.block, spot.range.start).row;
                let last_byte = spot.range.end.saturating_sub(1).max(spot.range.start);
                let last = wrapped.locate(article, spot.block, last_byte).row;
                Some((first, last))
            })
            .collect();
        wrapped
    }

    /// The row and column where byte `offset` of block `block` is drawn.
    pub fn locate(&self, article: &Article, block: usize, offset: usize) -> Cell {
        let Some(&(first, end)) = self.block_rows.get(block) else {
            return Cell { row: 0, col: 0 };
        };
        let rows = &self.rows[first..end];
        let i = rows
            .partition_point(|r| r.start <= offset)
            .saturating_sub(1);
        let row = rows[i];
        let text = &article.blocks[block].text;
        let upto = offset.clamp(row.start, row.end);
        let prefix = article.blocks[block].prefix();
        let prefix = if row.first { prefix.0 } else { prefix.1 };
        let col = prefix.width() + text.get(row.start..upto).map_or(0, |s| s.width());
        Cell {
            row: first + i,
            col,
        }
    }

    /// The (block, byte) a row starts at, to find the same place after a re-wrap.
    pub fn anchor(&self, row: usize) -> Option<(usize, usize)> {
        let r = self.rows[..self.rows.len().min(row + 1)]
            .iter()
            .rev()
            .find(|r| r.block != GAP)?;
        Some((r.block, r.start))
    }
}

/// Wraps `text` to `width` columns, pushing each line's byte range.
fn wrap_text(text: &str, width: usize, out: &mut Vec<(usize, usize)>) {
    let base = text.as_ptr() as usize;
    let offset = |s: &str| s.as_ptr() as usize - base;
    let words: Vec<_> = WordSeparator::AsciiSpace.find_words(text).collect();
    let words = break_words(words, width);
    for line in wrap_first_fit(&words, &[width as f64]) {
        let (Some(first), Some(last)) = (line.first(), line.last()) else {
            continue;
        };
        out.push((offset(first.word), offset(last.word) + last.word.len()));
    }
    if out.is_empty() {
        out.push((0, 0));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_are_byte_ranges_of_the_text() {
        let text = "one two three four five six";
        let mut lines = Vec::new();
        wrap_text(text, 9, &mut lines);
        let shown: Vec<&str> = lines.iter().map(|&(s, e)| &text[s..e]).collect();
        assert_eq!(shown, ["one two", "three", "four five", "six"]);
    }

    #[test]
    fn long_words_are_broken_and_empty_text_has_a_row() {
        let mut lines = Vec::new();
        wrap_text("abcdefgh", 3, &mut lines);
        assert_eq!(lines, [(0, 3), (3, 6), (6, 8)]);
        lines.clear();
        wrap_text("", 3, &mut lines);
        assert_eq!(lines, [(0, 0)]);
    }
}

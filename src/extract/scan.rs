//! Finds quotation-mark spans in one block of text, in linear time.
//!
//! Every mark style is read: "straight", “curly”, ‘single’, 'straight
//! single', «guillemets», „low-high“, ‹single guillemets›, and the ''doubled
//! apostrophes'' some wire copy uses. Apostrophes are told apart from single
//! quotes by their neighbours (today's, leaders', '90s, rock 'n' roll,
//! O'Brien). A quotation inside a quotation belongs to the outer one.

use std::ops::Range;

use super::tokens::{char_at, char_before};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Family {
    /// " “ ” „ and the doubled '' ``
    Double,
    /// ' ‘ ’
    Single,
    /// « » ‹ ›
    Guillemet,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Role {
    Open,
    Close,
    /// A straight mark that could do either; the state decides.
    Either,
    /// Closes only when a single quote is open, else an apostrophe (leaders').
    CloseOrApostrophe,
}

#[derive(Debug, Clone, Copy)]
struct Mark {
    /// Byte offset of the mark and its length (2 for '' and ``).
    at: usize,
    len: usize,
    ch: char,
    family: Family,
    role: Role,
}

/// One span between quotation marks in a block.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RawQuote {
    /// Content, marks excluded, whitespace trimmed (byte range in the block).
    pub range: Range<usize>,
    /// The opening mark's byte range.
    pub open: Range<usize>,
    /// The closing mark's byte range; `None` when the quote runs to the end
    /// of the block (news style for a quote continued in the next paragraph).
    pub close: Option<Range<usize>>,
    pub mark: char,
    pub family: Family,
}

/// Elisions that begin with an apostrophe ('em, 'til, 'cause, 'n').
const ELISIONS: &[&str] = &[
    "em", "til", "cause", "n", "tis", "twas", "bout", "round", "nuff",
];

/// Context classes of ASCII characters, one table load instead of a chain
/// of comparisons (marks are tested against both neighbours).
const SPACE: u8 = 1;
const OPENING: u8 = 2;
const CLOSING: u8 = 4;
static ASCII_CONTEXT: [u8; 128] = {
    let mut t = [0u8; 128];
    let mut b = 0;
    while b < 128 {
        let c = b as u8;
        if matches!(c, b'\t' | b'\n' | 0x0b | 0x0c | b'\r' | b' ') {
            t[b] |= SPACE;
        }
        if matches!(c, b'(' | b'[' | b'{' | b'-' | b'/' | b'"' | b'\'' | b':') {
            t[b] |= OPENING;
        }
        if matches!(
            c,
            b'.' | b','
                | b';'
                | b':'
                | b'!'
                | b'?'
                | b')'
                | b']'
                | b'}'
                | b'-'
                | b'/'
                | b'"'
                | b'\''
        ) {
            t[b] |= CLOSING;
        }
        b += 1;
    }
    t
};

fn is_opening_context(c: Option<char>) -> bool {
    match c {
        None => true,
        Some(c) if c.is_ascii() => ASCII_CONTEXT[c as usize] & (SPACE | OPENING) != 0,
        Some(c) => c.is_whitespace() || matches!(c, '—' | '–' | '“' | '‘' | '«' | '„'),
    }
}

fn is_closing_context(c: Option<char>) -> bool {
    match c {
        None => true,
        Some(c) if c.is_ascii() => ASCII_CONTEXT[c as usize] & (SPACE | CLOSING) != 0,
        Some(c) => c.is_whitespace() || matches!(c, '—' | '–' | '”' | '’' | '»' | '…'),
    }
}

/// The bytes a mark can start with, as a table for the scan's inner loop.
static MARK_START: [bool; 256] = {
    let mut t = [false; 256];
    t[b'"' as usize] = true;
    t[b'\'' as usize] = true;
    t[b'`' as usize] = true;
    t[0xC2] = true;
    t[0xE2] = true;
    t
};

/// The role of the straight `"` at byte `i` when both its neighbours are
/// ASCII (or absent): what the general path of [`marks`] decides, from
/// the context table alone. `None` when a neighbour needs decoding.
#[inline]
fn straight_double_role(bytes: &[u8], i: usize) -> Option<Role> {
    let prev = i.checked_sub(1).map(|k| bytes[k]);
    let next = bytes.get(i + 1).copied();
    if prev.is_some_and(|b| b >= 0x80) || next.is_some_and(|b| b >= 0x80) {
        return None;
    }
    let class = |b: u8| ASCII_CONTEXT[b as usize];
    let left = next.is_some_and(|n| class(n) & SPACE == 0)
        && prev.is_none_or(|p| class(p) & (SPACE | OPENING) != 0);
    let right = prev.is_some_and(|p| class(p) & SPACE == 0)
        && next.is_none_or(|n| class(n) & (SPACE | CLOSING) != 0);
    Some(if left && !right {
        Role::Open
    } else if right && !left {
        Role::Close
    } else {
        Role::Either
    })
}

/// Classifies the marks of `text` (left to right).
// One branch per apostrophe case reads better than merged conditions.
#[allow(clippy::if_same_then_else)]
fn marks(text: &str, out: &mut Vec<Mark>) {
    out.clear();
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        // Marks are ASCII or start with 0xC2 (« ») or 0xE2 (the curly ones,
        // ‹ ›): every other byte is skipped without decoding.
        if !MARK_START[bytes[i] as usize] {
            let Some(skip) = bytes[i..].iter().position(|&b| MARK_START[b as usize]) else {
                break;
            };
            i += skip;
        }
        // A straight double mark between ASCII neighbours (nearly every
        // one): its role from two table loads, without decoding anything.
        if bytes[i] == b'"'
            && let Some(role) = straight_double_role(bytes, i)
        {
            out.push(Mark {
                at: i,
                len: 1,
                ch: '"',
                family: Family::Double,
                role,
            });
            i += 1;
            continue;
        }
        let c = char_at(text, i).unwrap_or(' ');
        let is_mark = matches!(
            c,
            '"' | '\''
                | '`'
                | '\u{201C}'
                | '\u{201D}'
                | '\u{2018}'
                | '\u{2019}'
                | '\u{201E}'
                | '«'
                | '»'
                | '‹'
                | '›'
        );
        if !is_mark {
            i += c.len_utf8();
            continue;
        }
        // The two characters before the mark, as a left-to-right walk would
        // have them (the second one only single quotes ask for).
        let prev = char_before(text, i);
        let prev2 = || prev.and_then(|p| char_before(text, i - p.len_utf8()));
        let mut len = c.len_utf8();
        let mut ch = c;
        // Doubled apostrophes or backticks act as one double mark.
        if (c == '\'' || c == '`') && bytes.get(i + 1) == Some(&(c as u8)) {
            len = 2;
            ch = if c == '`' { '“' } else { '"' };
        }
        let next = char_at(text, i + len);
        let left = next.is_some_and(|n| !n.is_whitespace()) && is_opening_context(prev);
        let right = prev.is_some_and(|p| !p.is_whitespace()) && is_closing_context(next);
        let alnum = |x: Option<char>| x.is_some_and(|x| x.is_alphanumeric());
        let mark = |family, role| {
            Some(Mark {
                at: i,
                len,
                ch: c,
                family,
                role,
            })
        };
        let m = match ch {
            '"' if len == 2 => mark(
                Family::Double,
                if left && !right {
                    Role::Open
                } else if right && !left {
                    Role::Close
                } else {
                    Role::Either
                },
            ),
            '“' if len == 2 => mark(Family::Double, Role::Open),
            '"' => {
                if left && !right {
                    mark(Family::Double, Role::Open)
                } else if right && !left {
                    mark(Family::Double, Role::Close)
                } else {
                    // 5"10, a"b, or a lone mark: let the state decide.
                    mark(Family::Double, Role::Either)
                }
            }
            '\u{201C}' => {
                // “ opens, except as the closer of „…“.
                if right && !left {
                    mark(Family::Double, Role::Either)
                } else {
                    mark(Family::Double, Role::Open)
                }
            }
            '\u{201D}' => {
                if left && !right {
                    mark(Family::Double, Role::Either)
                } else {
                    mark(Family::Double, Role::Close)
                }
            }
            '\u{201E}' => mark(Family::Double, Role::Open),
            '«' => mark(Family::Guillemet, Role::Open),
            '»' => mark(Family::Guillemet, Role::Close),
            '‹' => mark(Family::Guillemet, Role::Open),
            '›' => mark(Family::Guillemet, Role::Close),
            '\'' | '\u{2018}' | '\u{2019}' | '`' => {
                let rest = &text[i + len..];
                let word_len = rest
                    .char_indices()
                    .take_while(|(_, c)| c.is_alphanumeric())
                    .take(8)
                    .last()
                    .map_or(0, |(k, c)| k + c.len_utf8());
                let word_after = &rest[..word_len];
                if alnum(prev) && alnum(next) {
                    None // today's, O'Brien
                } else if next.is_some_and(|n| n.is_ascii_digit()) && !alnum(prev) {
                    None // '90s
                } else if left && !right {
                    let after_word = text[i + len + word_after.len()..].chars().next();
                    if ELISIONS.contains(&word_after.to_lowercase().as_str())
                        && after_word.is_none_or(|a| !a.is_alphanumeric())
                        && (word_after != "n"
                            || matches!(after_word, Some('\'') | Some('\u{2019}')))
                    {
                        None // 'em, rock 'n' roll
                    } else {
                        mark(Family::Single, Role::Open)
                    }
                } else if right && !left {
                    if c == '\u{2018}' {
                        None
                    } else if prev == Some('n')
                        && prev2().is_some_and(|p| p == '\'' || p == '\u{2019}' || p == '\u{2018}')
                    {
                        None // the closing half of 'n'
                    } else if matches!(prev, Some('s') | Some('S')) || alnum(next) {
                        mark(Family::Single, Role::CloseOrApostrophe)
                    } else {
                        mark(Family::Single, Role::Close)
                    }
                } else {
                    None
                }
            }
            _ => None,
        };
        // The mark as written: a doubled '' stays an apostrophe mark (scorers
        // tell straight double quotes from it).
        if let Some(m) = m {
            out.push(m);
        }
        i += len;
    }
}

fn can_close(m: &Mark, family: Family) -> bool {
    m.family == family && matches!(m.role, Role::Close | Role::Either | Role::CloseOrApostrophe)
}

fn can_open(m: &Mark) -> bool {
    matches!(m.role, Role::Open | Role::Either)
}

fn trimmed(text: &str, a: usize, b: usize) -> Range<usize> {
    if a >= b {
        // Nothing between the marks (runs of marks): nothing to trim.
        return a..a;
    }
    let s = &text[a..b];
    let start = a + (s.len() - s.trim_start().len());
    let end = b - (s.len() - s.trim_end().len());
    start..end.max(start)
}

/// Scratch space reused across blocks.
#[derive(Default)]
pub struct Scanner {
    marks: Vec<Mark>,
}

impl Scanner {
    /// Every quotation span in `text`, in order. A double quote left open at
    /// the end of the block is returned with `close: None`.
    pub fn scan(&mut self, text: &str, out: &mut Vec<RawQuote>) {
        out.clear();
        marks(text, &mut self.marks);
        let marks = &self.marks;
        // Index of the last mark able to close each family: an opening after
        // it can never be closed, which keeps the scan linear.
        let mut last_close = [None::<usize>; 3];
        for (k, m) in marks.iter().enumerate() {
            if matches!(m.role, Role::Close | Role::Either | Role::CloseOrApostrophe) {
                last_close[m.family as usize] = Some(k);
            }
        }
        let mut k = 0;
        let mut unclosed: Option<usize> = None;
        while k < marks.len() {
            let m = marks[k];
            if !can_open(&m) {
                k += 1;
                continue;
            }
            // The next mark closes right away: nothing between the two
            // (runs of marks), as the search below would find.
            if let Some(n) = marks.get(k + 1)
                && n.at == m.at + m.len
                && can_close(n, m.family)
            {
                k += 1;
                continue;
            }
            let closable = last_close[m.family as usize].is_some_and(|l| l > k);
            if !closable {
                if m.family == Family::Double && unclosed.is_none() {
                    unclosed = Some(k);
                }
                k += 1;
                continue;
            }
            // Find the closer: the next mark of the family able to close. A
            // single quote's CloseOrApostrophe closes only when nothing
            // better follows before a sentence-ish end; keep it simple: it
            // closes.
            let mut j = k + 1;
            let reach = if m.family == Family::Single {
                m.at + 400
            } else {
                usize::MAX
            };
            while j < marks.len() && !can_close(&marks[j], m.family) && marks[j].at <= reach {
                j += 1;
            }
            // Single quotes close nearby or not at all (bounded: stays linear).
            if m.family == Family::Single && j < marks.len() && marks[j].at > m.at + 400 {
                k += 1;
                continue;
            }
            if j >= marks.len() {
                k += 1;
                continue;
            }
            let close = marks[j];
            let content = trimmed(text, m.at + m.len, close.at);
            // A single "quote" spanning a long stretch is more likely two
            // apostrophes; accept it only if it stays short.
            let too_long_single = m.family == Family::Single && content.len() > 400;
            if !content.is_empty() && !too_long_single {
                out.push(RawQuote {
                    range: content,
                    open: m.at..m.at + m.len,
                    close: Some(close.at..close.at + close.len),
                    mark: m.ch,
                    family: m.family,
                });
                if unclosed.is_some_and(|u| u < k) {
                    unclosed = None;
                }
                k = j + 1;
            } else {
                k += 1;
            }
        }
        if let Some(u) = unclosed {
            let m = marks[u];
            let after_last = out.last().is_none_or(|q| q.open.start < m.at);
            let content = trimmed(text, m.at + m.len, text.len());
            if after_last && !content.is_empty() {
                out.push(RawQuote {
                    range: content,
                    open: m.at..m.at + m.len,
                    close: None,
                    mark: m.ch,
                    family: m.family,
                });
            }
        }
    }
}

/// True when `text` starts (after spaces) with an opening mark of `family`.
pub fn starts_with_open(text: &str, family: Family) -> bool {
    let t = text.trim_start();
    let mut ms = Vec::new();
    marks(t, &mut ms);
    ms.first()
        .is_some_and(|m| m.at == 0 && m.family == family && can_open(m))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn quotes(s: &str) -> Vec<&str> {
        let mut sc = Scanner::default();
        let mut out = Vec::new();
        sc.scan(s, &mut out);
        out.iter().map(|q| &s[q.range.clone()]).collect()
    }

    #[test]
    fn every_mark_style() {
        assert_eq!(quotes("He said \"yes\" and “no”."), vec!["yes", "no"]);
        assert_eq!(
            quotes("Russia to 'Drastically' Wind Down"),
            vec!["Drastically"]
        );
        assert_eq!(
            quotes("Il a dit «non» et „ja“ und ‘maybe’."),
            vec!["non", "ja", "maybe"]
        );
        assert_eq!(
            quotes("The ''doubled'' style, said Smith."),
            vec!["doubled"]
        );
        assert_eq!(quotes("A ‹single› guillemet."), vec!["single"]);
    }

    #[test]
    fn apostrophes_are_not_quotes() {
        assert!(
            quotes("today's leaders' view of the '90s and rock 'n' roll, O'Brien said").is_empty()
        );
        assert!(quotes("today’s leaders’ view of the ’90s, O’Brien’s").is_empty());
    }

    #[test]
    fn nested_quotes_belong_to_the_outer_one() {
        assert_eq!(
            quotes("“He said ‘no’ to me,” she said."),
            vec!["He said ‘no’ to me,"]
        );
        assert_eq!(
            quotes("\"He said 'leaders' matter,\" she said."),
            vec!["He said 'leaders' matter,"]
        );
    }

    #[test]
    fn unclosed_quote_runs_to_the_end() {
        let mut sc = Scanner::default();
        let mut out = Vec::new();
        sc.scan("“We will fight. We will win.", &mut out);
        assert_eq!(out.len(), 1);
        assert!(out[0].close.is_none());
        assert!(starts_with_open("“And soon,” he said.", Family::Double));
    }

    #[test]
    fn pathological_marks_are_linear() {
        let s = "\"".repeat(200_000);
        let _ = quotes(&s);
        let s = "“a ".repeat(100_000);
        assert_eq!(quotes(&s).len(), 1);
    }
}

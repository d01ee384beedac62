//! A quotation credited with a dash after it, the way pull quotes, reader
//! comments and epigraphs are printed: `“…” ― Sonya Herridge`, `"…" — Ben
//! Jacobs (@Bencjacobs) June 28, 2016`. No cue verb stands there; the dash
//! and a name that closes the line are the attribution.

use super::attribute::Attribution;
use super::cues::{CueEntry, CueKind, CueMatch};
use super::mentions::{MentionKind, subject_after};
use super::tokens::{TokKind, Token};

/// Dashes that introduce a credit line.
fn is_credit_dash(s: &str) -> bool {
    matches!(s, "―" | "—" | "–" | "-")
}

/// The text between two tokens breaks the line.
fn line_break_between(text: &str, a: &Token, b: &Token) -> bool {
    text[a.end as usize..b.start as usize].contains('\n')
}

/// The credit right after a quotation: `close` is the token after the
/// closing mark, `next_open` the next quotation's first token.
pub fn dash_credit(
    text: &str,
    tokens: &[Token],
    close: usize,
    next_open: usize,
) -> Option<Attribution> {
    let limit = next_open.min(tokens.len());
    let mut k = close;
    // "….” ― Name" and "…”. ― Name": a stop may stand before the dash.
    if k < limit && matches!(tokens[k].text(text), "." | ",") {
        k += 1;
    }
    let dash = k;
    while k < limit && tokens[k].kind == TokKind::Punct && is_credit_dash(tokens[k].text(text)) {
        k += 1;
    }
    if k == dash || k >= limit {
        return None;
    }
    // The credit is on the same line as the quotation.
    if close > 0 && line_break_between(text, &tokens[close - 1], &tokens[k]) {
        return None;
    }
    credit_at(text, tokens, k - 1, limit)
}

/// A quotation that opens its line and a credit that closes the line,
/// with more of the writer's words or quotes between: `“…” than live in a
/// world where he is president.” ― Adriana Rodarte`.
pub fn line_credit(text: &str, tokens: &[Token], open: usize, close: usize) -> Option<Attribution> {
    let opens_line = open == 0 || line_break_between(text, &tokens[open - 1], &tokens[open]);
    if !opens_line || close >= tokens.len() {
        return None;
    }
    // The line's end, within a bounded window (linear time on huge lines).
    let stop = tokens.len().min(close + 120);
    let end = (close + 1..stop)
        .find(|&k| line_break_between(text, &tokens[k - 1], &tokens[k]))
        .unwrap_or(stop);
    if end == stop && stop < tokens.len() {
        return None;
    }
    (close..end)
        .rev()
        .filter(|&d| tokens[d].kind == TokKind::Punct && is_credit_dash(tokens[d].text(text)))
        .find_map(|d| credit_at(text, tokens, d, end))
}

/// The credit whose dash is token `dash`: a name after it that closes the
/// line (or is followed by a handle, or a stop that does): "— Ben Jacobs
/// (@Bencjacobs) June 28, 2016". `limit` bounds the name.
fn credit_at(text: &str, tokens: &[Token], dash: usize, limit: usize) -> Option<Attribution> {
    let m = subject_after(text, tokens, dash + 1, limit)?;
    if !matches!(m.kind, MentionKind::Name | MentionKind::Organization) {
        return None;
    }
    let end = m.tokens.end;
    let closes_line = match tokens.get(end) {
        None => true,
        Some(n) if line_break_between(text, &tokens[end - 1], n) => true,
        Some(n) if n.is_punct(text, "(") => true,
        Some(n) if n.is_punct(text, ".") => tokens
            .get(end + 1)
            .is_none_or(|nn| line_break_between(text, n, nn)),
        Some(_) => false,
    };
    if !closes_line {
        return None;
    }
    let cue = CueMatch {
        range: tokens[dash].range(),
        tokens: dash..dash + 1,
        entry: CueEntry {
            phrase: "—",
            as_cue: 1,
            seen: 1,
            kind: CueKind::Speech,
        },
    };
    Some(Attribution { cue, mention: m })
}

#[cfg(test)]
mod tests {
    use super::super::tokens::tokenize;
    use super::*;

    fn credit(s: &str) -> Option<String> {
        let mut t = Vec::new();
        tokenize(s, &mut t);
        let close = t.iter().position(|x| x.text(s) == "”")? + 1;
        dash_credit(s, &t, close, t.len()).map(|a| s[a.mention.range].to_string())
    }

    #[test]
    fn a_dash_and_a_name_closing_the_line_credit_the_quote() {
        assert_eq!(
            credit("“He is ignorant of our culture.” ― Pamela Padilla\n“Next.”").as_deref(),
            Some("Pamela Padilla")
        );
        assert_eq!(
            credit("“Sad!” — Ben Jacobs (@Bencjacobs) June 28, 2016").as_deref(),
            Some("Ben Jacobs")
        );
        assert_eq!(
            credit("“We will win.” ― Carla Sanchez.").as_deref(),
            Some("Carla Sanchez")
        );
    }

    #[test]
    fn a_dash_that_goes_on_with_the_sentence_is_no_credit() {
        assert_eq!(credit("called it “a disgrace” — Trump said so too."), None);
        assert_eq!(credit("“a disgrace” — Trump’s words — were"), None);
    }
}

//! Recognising the non-body lines that saved articles carry around their
//! text: update notes, bylines, reporting credits, related links and source
//! URLs. Shared by the text and Markdown readers; each works on clean text.

use super::credit::AGENCIES;
use super::dates::{DateLine, parse_date_line};
use crate::model::Meta;

/// What kind of note a line is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Note {
    /// "Update 03/29/22 11.13 a.m. E.T.: …" with the date and time as written.
    Update(String),
    /// "Correction: …", "Editor's note: …".
    Editorial,
}

/// "Update 03/29/22 11.13 a.m. E.T.: This article was updated …",
/// "UPDATED March 29, 2022:", "Correction: …".
pub fn note(text: &str) -> Option<Note> {
    let lower = text.to_ascii_lowercase();
    for label in [
        "correction:",
        "clarification:",
        "editor's note:",
        "editor’s note:",
    ] {
        if lower.starts_with(label) {
            return Some(Note::Editorial);
        }
    }
    let rest = ["updated", "update"]
        .iter()
        .find(|l| lower.starts_with(*l))
        .map(|l| &text[l.len()..])?;
    if !rest.starts_with([' ', ':', ',', '(']) {
        return None;
    }
    let rest = rest.trim_start_matches([' ', ':', ',', '(']);
    // The stamp runs to the first colon that is not inside a time ("11:13").
    let stamp_end = rest
        .char_indices()
        .find(|&(i, c)| c == ':' && !rest[i + 1..].starts_with(|d: char| d.is_ascii_digit()))
        .map_or(rest.len(), |(i, _)| i);
    let stamp = rest[..stamp_end].trim().trim_end_matches(')').trim();
    let has_digit = stamp.chars().any(|c| c.is_ascii_digit());
    if stamp.is_empty() || stamp.len() > 60 || !has_digit {
        return None;
    }
    Some(Note::Update(stamp.to_string()))
}

/// "AFP contributed reporting.", "Reporting by Jane Doe; Editing by John Roe".
pub fn is_reporting_credit(text: &str) -> bool {
    if text.len() > 250 || text.starts_with(['"', '“', '‘', '\'']) {
        return false;
    }
    let lower = text.to_ascii_lowercase();
    let lower = lower.trim_start_matches(['(', '—', '-', ' ']);
    const INSIDE: [&str; 6] = [
        "contributed reporting",
        "contributed to this report",
        "contributed to this story",
        "contributed to this article",
        "contributed additional reporting",
        "additional reporting by",
    ];
    const START: [&str; 5] = [
        "reporting by ",
        "editing by ",
        "writing by ",
        "compiled by ",
        "reporting and writing by ",
    ];
    // "Reporting by Jane Doe", not "Reporting by the Post found …".
    let named = |p: &str| {
        let at = text.len() - lower.len() + p.len();
        text[at..].starts_with(char::is_uppercase)
    };
    INSIDE.iter().any(|p| lower.contains(p))
        || START.iter().any(|p| lower.starts_with(p) && named(p))
        || is_source_tag(text)
}

/// "— Reuters", "-- The Associated Press", "(AFP)": a wire story's source
/// on a line of its own.
fn is_source_tag(text: &str) -> bool {
    let t = text.trim();
    // In brackets only a known agency: "(Laughter)" is no source.
    if let Some(inner) = t.strip_prefix('(').and_then(|t| t.strip_suffix(')')) {
        let inner = inner.trim_start_matches("The ");
        return AGENCIES.contains(&inner) || inner == "Associated Press";
    }
    let inner = t
        .strip_prefix(['—', '–'])
        .or_else(|| t.strip_prefix("--"))
        .map(str::trim);
    inner.is_some_and(|inner| {
        let words: Vec<&str> = inner.split_whitespace().collect();
        !words.is_empty()
            && words.len() <= 5
            && words
                .iter()
                .all(|w| w.starts_with(char::is_uppercase) || *w == "of" || *w == "and")
    })
}

/// A byline and the date that sometimes shares its line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Byline {
    pub name: String,
    pub date: Option<DateLine>,
}

/// "By Jane Doe", "By Jane Doe and John Roe, Reuters",
/// "By Tom O'Connor On 3/29/22 at 9:40 AM EDT", "By Jane Doe | March 29, 2022".
pub fn byline(text: &str) -> Option<Byline> {
    let rest = text
        .strip_prefix("By ")
        .or_else(|| text.strip_prefix("BY "))
        .or_else(|| text.strip_prefix("by "))?
        .trim();
    if text.len() > 160 || !rest.starts_with(char::is_uppercase) {
        return None;
    }
    let (name, date) = split_byline_date(rest);
    let name = name.trim().trim_end_matches([',', '|', '•', '·']).trim();
    // A sentence ("By Tuesday the troops had left.") is no byline.
    let words: Vec<&str> = name.split_whitespace().collect();
    let capitalised = words
        .iter()
        .filter(|w| w.starts_with(|c: char| c.is_uppercase()))
        .count();
    if words.is_empty() || capitalised * 2 < words.len() || name.ends_with('.') && words.len() > 3 {
        return None;
    }
    Some(Byline {
        name: name.to_string(),
        date,
    })
}

fn split_byline_date(rest: &str) -> (&str, Option<DateLine>) {
    for sep in [" | ", " • ", " · ", " On ", " on ", " - ", " — ", ", "] {
        let mut from = 0;
        while let Some(i) = rest[from..].find(sep) {
            let at = from + i;
            if let Some(date) = parse_date_line(&rest[at + sep.len()..]) {
                return (&rest[..at], Some(date));
            }
            from = at + sep.len();
        }
    }
    (rest, None)
}

/// Reads a byline or a date line near the top of an article into `meta`
/// (the first of each wins); false when `text` is neither.
pub fn read_header_line(meta: &mut Meta, text: &str) -> bool {
    let date = if let Some(b) = byline(text) {
        meta.byline.get_or_insert(b.name);
        b.date
    } else if let Some(d) = parse_date_line(text) {
        Some(d)
    } else {
        return false;
    };
    if let Some(d) = date
        && meta.date.is_none()
    {
        meta.date = Some(d.written);
        meta.date_iso = d.iso;
    }
    true
}

/// "Related article: …", "READ MORE: …", "See also: …".
pub fn is_related_label(text: &str) -> bool {
    let lower = text.to_ascii_lowercase();
    const LABELS: [&str; 9] = [
        "related article:",
        "related articles:",
        "related:",
        "read more:",
        "read also:",
        "also read:",
        "see also:",
        "more on this:",
        "recommended:",
    ];
    text.len() <= 300 && LABELS.iter().any(|l| lower.starts_with(l))
}

/// A source-URL line: `Some(Some(url))` when the URL is on it, `Some(None)`
/// when only the label is ("Original url:") and the URL follows.
pub fn source_url_line(text: &str) -> Option<Option<String>> {
    let rest = source_url_label(text)?;
    if rest.is_empty() {
        return Some(None);
    }
    bare_url(rest).map(Some)
}

/// The text after a source-URL label ("Original url:"), if `text` has one.
pub fn source_url_label(text: &str) -> Option<&str> {
    let lower = text.to_ascii_lowercase();
    const LABELS: [&str; 7] = [
        "original url:",
        "original article:",
        "source url:",
        "canonical url:",
        "url:",
        "source:",
        "link:",
    ];
    let label = LABELS.iter().find(|l| lower.starts_with(*l))?;
    Some(text[label.len()..].trim())
}

/// The URL when `text` is nothing but a URL (bare or in angle brackets).
pub fn bare_url(text: &str) -> Option<String> {
    let t = text.trim();
    let t = t
        .strip_prefix('<')
        .and_then(|t| t.strip_suffix('>'))
        .unwrap_or(t);
    let is_url =
        (t.starts_with("https://") || t.starts_with("http://")) && !t.contains(char::is_whitespace);
    is_url.then(|| t.to_string())
}

/// The first URL inside `text`, if any.
pub fn find_url(text: &str) -> Option<String> {
    let start = text.find("https://").or_else(|| text.find("http://"))?;
    let url: String = text[start..]
        .chars()
        .take_while(|c| !c.is_whitespace() && !matches!(c, '>' | ')' | '"' | '”'))
        .collect();
    Some(url.trim_end_matches(['.', ',']).to_string())
}

/// Page furniture that copy-and-paste brings along: "Advertisement",
/// "Continue reading the main story", "4 min read", "Share this article".
pub fn is_boilerplate(text: &str) -> bool {
    let t = text
        .trim()
        .trim_end_matches(['.', ':'])
        .to_ascii_lowercase();
    const EXACT: [&str; 14] = [
        "advertisement",
        "skip advertisement",
        "story continues below advertisement",
        "article continues below advertisement",
        "continue reading the main story",
        "continue reading below",
        "share",
        "share this article",
        "share on facebook",
        "share on twitter",
        "sign up for our newsletter",
        "listen to this article",
        "supported by",
        "read more",
    ];
    if EXACT.contains(&t.as_str()) {
        return true;
    }
    // "4 min read", "5 minute read"
    let mut words = t.split_whitespace();
    matches!(
        (words.next(), words.next(), words.next(), words.next()),
        (Some(n), Some("min" | "mins" | "minute" | "minutes"), Some("read"), None)
            if n.chars().all(|c| c.is_ascii_digit())
    )
}

/// A short line that reads like a title, not a sentence: no end punctuation.
pub fn is_title_like(text: &str, max_len: usize) -> bool {
    let t = text.trim();
    !t.is_empty()
        && t.len() <= max_len
        && !t.ends_with(['.', ',', ';', ':', '!', '?', '"', '”', '-', '—'])
        && t.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit() || "'‘\"“".contains(c))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn update_notes_keep_their_stamp_as_written() {
        assert_eq!(
            note(
                "Update 03/29/22 11.13 a.m. E.T.: This article was updated to include more information."
            ),
            Some(Note::Update("03/29/22 11.13 a.m. E.T.".into()))
        );
        assert_eq!(
            note("UPDATED March 29, 2022 10:15 ET: Adds details."),
            Some(Note::Update("March 29, 2022 10:15 ET".into()))
        );
        assert_eq!(
            note("Correction: An earlier version misspelled a name."),
            Some(Note::Editorial)
        );
        assert_eq!(note("Updates to the software were released."), None);
        assert_eq!(note("Update: the talks resumed."), None);
    }

    #[test]
    fn reporting_credits() {
        assert!(is_reporting_credit("AFP contributed reporting."));
        assert!(is_reporting_credit(
            "Reporting by Jane Doe; Editing by John Roe"
        ));
        assert!(is_reporting_credit(
            "The Associated Press contributed to this report."
        ));
        assert!(!is_reporting_credit(
            "\"We contributed reporting,\" he said."
        ));
        assert!(!is_reporting_credit("Talks resumed on Tuesday."));
        assert!(!is_reporting_credit(
            "Reporting by the Post found that talks stalled."
        ));
    }

    #[test]
    fn bylines() {
        assert_eq!(byline("By Jane Doe").unwrap().name, "Jane Doe");
        let b = byline("By Tom O'Connor On 3/29/22 at 9:40 AM EDT").unwrap();
        assert_eq!(b.name, "Tom O'Connor");
        assert_eq!(b.date.unwrap().iso.as_deref(), Some("2022-03-29"));
        let b = byline("By Jane Doe | March 29, 2022").unwrap();
        assert_eq!(
            (b.name.as_str(), b.date.unwrap().written.as_str()),
            ("Jane Doe", "March 29, 2022")
        );
        assert_eq!(
            byline("By Tuesday the troops had withdrawn from the city."),
            None
        );
        assert_eq!(byline("By the end of the day, talks had stalled."), None);
    }

    #[test]
    fn boilerplate_lines() {
        assert!(is_boilerplate("Advertisement"));
        assert!(is_boilerplate("Continue reading the main story"));
        assert!(is_boilerplate("4 min read"));
        assert!(!is_boilerplate("Share prices fell."));
    }

    #[test]
    fn related_and_urls() {
        assert!(is_related_label("Related article: Talks Begin in Istanbul"));
        assert!(is_related_label("READ MORE: Talks Begin"));
        assert_eq!(source_url_line("Original url:"), Some(None));
        assert_eq!(
            source_url_line("Source: https://example.com/a"),
            Some(Some("https://example.com/a".into()))
        );
        assert_eq!(source_url_line("Source: officials in Kyiv"), None);
        assert_eq!(
            bare_url("<https://example.com/x>").as_deref(),
            Some("https://example.com/x")
        );
    }
}

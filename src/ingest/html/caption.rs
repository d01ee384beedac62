//! Photo captions: the credit ("Jane Doe / Reuters", "Photo: AP") is split
//! off the caption text, either because the page marks it (an element whose
//! class says credit, or a `<cite>`/`<small>` inside the figcaption) or
//! because it has a credit's shape at the end of the caption.

use dom_query::NodeRef;

use super::walk::RawBlock;
use crate::model::BlockKind;

/// Class-name fragments that mark a caption's credit.
const CREDIT_CLASSES: &[&str] = &[
    "credit",
    "copyright",
    "photographer",
    "attribution",
    "source",
    "byline",
    "author",
];

/// Words that open a credit ("Photo: Jane Doe").
const CREDIT_LEADS: &[&str] = &[
    "photo:",
    "photos:",
    "photograph:",
    "photography:",
    "photo by",
    "photo courtesy",
    "photo credit:",
    "image:",
    "image credit:",
    "images:",
    "picture:",
    "credit:",
    "illustration:",
    "illustration by",
    "video:",
    "source:",
    "©",
    "(c)",
];

/// Agencies whose name alone at a caption's end is a credit.
const AGENCIES: &[&str] = &[
    "getty images",
    "afp",
    "ap",
    "reuters",
    "epa",
    "shutterstock",
    "alamy",
    "bloomberg",
    "pa",
    "pa wire",
    "xinhua",
    "tass",
    "sputnik",
    "anadolu agency",
    "associated press",
];

/// True when an element inside a figcaption holds the credit.
pub fn marks_credit(name: &str, node: &NodeRef) -> bool {
    if matches!(name, "cite" | "small") {
        return true;
    }
    let class = node
        .class()
        .map(|c| c.to_ascii_lowercase())
        .unwrap_or_default();
    CREDIT_CLASSES.iter().any(|c| class.contains(c))
}

/// Turns a caption block into text + credit: the marked credit when the page
/// gave one, else a credit-shaped tail of the text.
pub fn split_credit(mut block: RawBlock, marked: String) -> RawBlock {
    let marked = clean_credit(&marked);
    let credit = if !marked.is_empty() {
        Some(marked)
    } else {
        match credit_tail(&block.text) {
            Some(at) => {
                let credit = clean_credit(&block.text[at..]);
                block.text.truncate(at);
                let trimmed = block.text.trim_end().len();
                block.text.truncate(trimmed);
                Some(credit)
            }
            None => None,
        }
    };
    let len = block.text.len();
    block.spans.retain(|s| s.range.start < len);
    for s in &mut block.spans {
        s.range.end = s.range.end.min(len);
    }
    if block.text.is_empty()
        && let Some(credit) = credit
    {
        // A figcaption that is nothing but a credit stays readable as text.
        block.text = credit;
        block.kind = BlockKind::Caption { credit: None };
        return block;
    }
    block.kind = BlockKind::Caption { credit };
    block
}

/// A line that is nothing but a credit: "Photo: Jane Doe, AP", "© Reuters".
pub fn is_credit_line(text: &str) -> bool {
    let t = text.trim();
    if t.len() > 100 {
        return false;
    }
    let lower = t.to_lowercase();
    CREDIT_LEADS.iter().any(|l| lower.starts_with(l)) && !t.ends_with(['.', '?', '!', '"', '”'])
}

/// A paragraph that ends with "(Image: GETTY)", "(AP Photo/Jane Doe)" or
/// "(Photo: …)": a caption that the page did not mark as one.
pub fn ends_with_bracketed_credit(text: &str) -> bool {
    let t = text.trim_end();
    if !t.ends_with(')') || t.len() > 400 {
        return false;
    }
    let Some(open) = t.rfind('(') else {
        return false;
    };
    let inner = t[open + 1..t.len() - 1].trim().to_lowercase();
    open > 0
        && (CREDIT_LEADS.iter().any(|l| inner.starts_with(l))
            || inner.contains(" photo/")
            || inner.starts_with("ap photo")
            || inner.ends_with("getty images"))
}

/// Strips the brackets around a credit such as "(AP Photo/Jane Doe)".
fn clean_credit(tail: &str) -> String {
    let t = tail.trim();
    let t = t
        .strip_prefix('(')
        .and_then(|t| t.strip_suffix(')'))
        .or_else(|| t.strip_prefix('[').and_then(|t| t.strip_suffix(']')))
        .unwrap_or(t)
        .trim();
    // "Credit Jane Doe/AFP": the label says nothing the field doesn't.
    for label in [
        "Photo credit:",
        "Image credit:",
        "Credit:",
        "Credits:",
        "Credit ",
    ] {
        if let Some(rest) = t.strip_prefix(label)
            && !rest.trim().is_empty()
        {
            return rest.trim().to_string();
        }
    }
    t.to_string()
}

/// Byte offset where a credit-shaped tail of `text` begins.
pub fn credit_tail(text: &str) -> Option<usize> {
    let trimmed = text.trim_end();
    // "(AP Photo/Jane Doe)", "(Getty Images)", "(Photo: ...)" at the end.
    if trimmed.ends_with(')')
        && let Some(open) = trimmed.rfind('(')
    {
        let inner = &trimmed[open + 1..trimmed.len() - 1];
        if open > 0 && looks_like_credit(inner) {
            return Some(open);
        }
    }
    let lower = trimmed.to_lowercase();
    // "… the plant. Photo: Jane Doe/Reuters" (lowercasing may shift bytes; only
    // use positions when the lengths agree).
    if lower.len() == trimmed.len() {
        for lead in CREDIT_LEADS {
            if let Some(at) = lower.rfind(lead)
                && (at == 0 || starts_sentence(trimmed, at))
                && at > 0
                && trimmed.len() - at < 120
            {
                return Some(at);
            }
        }
    }
    // "… Kyiv on Tuesday. Jane Doe / AFP" or "… Jane Doe/Getty Images".
    let last_sentence = last_sentence_start(trimmed)?;
    let tail = &trimmed[last_sentence..];
    if tail.contains('/') && tail.len() < 80 && looks_like_credit(tail) {
        return Some(last_sentence);
    }
    // "… on Tuesday. Getty Images"
    if AGENCIES.contains(&tail.trim().to_lowercase().as_str()) {
        return Some(last_sentence);
    }
    None
}

/// A credit names an agency or a photographer: short, capitalised, with a
/// slash, a credit word or an agency name.
fn looks_like_credit(s: &str) -> bool {
    let s = s.trim();
    if s.is_empty() || s.len() > 100 {
        return false;
    }
    let lower = s.to_lowercase();
    if CREDIT_LEADS.iter().any(|l| lower.starts_with(l))
        || lower.contains("photo")
        || lower.contains("images")
        || lower.contains("courtesy")
    {
        return true;
    }
    let parts: Vec<&str> = s.split('/').map(str::trim).collect();
    let agency_part = parts
        .iter()
        .any(|p| AGENCIES.contains(&p.to_lowercase().as_str()));
    if parts.len() >= 2 {
        // Every part is a capitalised name ("Jane Doe / AFP").
        return parts.iter().all(|p| {
            !p.is_empty()
                && p.split_whitespace().count() <= 5
                && p.chars().next().is_some_and(char::is_uppercase)
        });
    }
    agency_part
}

fn starts_sentence(text: &str, at: usize) -> bool {
    let before = text[..at].trim_end();
    before.ends_with(['.', '!', '?', '”', '"', ')', '|', '—', '-', ':'])
}

/// Start of the last sentence (after ". ", "? ", "! " or a closing quote).
fn last_sentence_start(text: &str) -> Option<usize> {
    let bytes = text.as_bytes();
    let mut start = None;
    for (i, c) in text.char_indices() {
        if matches!(c, '.' | '?' | '!' | '”' | '"') && bytes.get(i + c.len_utf8()) == Some(&b' ')
        {
            start = Some(i + c.len_utf8() + 1);
        }
    }
    start
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(text: &str) -> (String, Option<String>) {
        let b = split_credit(
            RawBlock {
                kind: BlockKind::Caption { credit: None },
                text: text.to_string(),
                spans: vec![],
            },
            String::new(),
        );
        match b.kind {
            BlockKind::Caption { credit } => (b.text, credit),
            _ => unreachable!(),
        }
    }

    #[test]
    fn slash_credit_is_split() {
        assert_eq!(
            split("Firefighters at the scene on Monday. Jane Doe / AFP"),
            (
                "Firefighters at the scene on Monday.".into(),
                Some("Jane Doe / AFP".into())
            )
        );
    }

    #[test]
    fn parenthesised_credit_is_split() {
        assert_eq!(
            split("The mayor speaks. (AP Photo/John Roe)"),
            ("The mayor speaks.".into(), Some("AP Photo/John Roe".into()))
        );
    }

    #[test]
    fn photo_lead_is_split() {
        assert_eq!(
            split("A quiet street in Lviv. Photo: Ann Smith for The Paper"),
            (
                "A quiet street in Lviv.".into(),
                Some("Photo: Ann Smith for The Paper".into())
            )
        );
    }

    #[test]
    fn credit_label_is_dropped() {
        let b = split_credit(
            RawBlock {
                kind: BlockKind::Caption { credit: None },
                text: "Peacekeepers at a camp.".into(),
                spans: vec![],
            },
            "Credit Ann Lee/Agence France-Presse".into(),
        );
        assert_eq!(
            b.kind,
            BlockKind::Caption {
                credit: Some("Ann Lee/Agence France-Presse".into())
            }
        );
    }

    #[test]
    fn plain_caption_keeps_its_text() {
        assert_eq!(
            split("Protesters gather near the parliament in the capital."),
            (
                "Protesters gather near the parliament in the capital.".into(),
                None
            )
        );
    }
}

//! A last pass over a page's blocks for what Readability keeps but a reader
//! does not want in the running text: stand-alone photo credits and captions
//! that sit in plain paragraphs, "Read more: …" link lines, and widget
//! leftovers such as "Advertisement" or "Image 1 of 8".

use super::caption;
use super::walk::RawBlock;
use crate::model::{BlockKind, InlineKind};

/// Lines that are never article text (compared lowercased, without a final
/// colon or full stop).
const JUNK: &[&str] = &[
    "advertisement",
    "advertisements",
    "ad",
    "sponsored",
    "continue reading below",
    "continue reading",
    "story continues below",
    "story continues below advertisement",
    "article continues below",
    "caption",
    "close",
    "hide caption",
    "toggle caption",
    "enlarge this image",
    "skip ad",
    "share",
    "share this article",
    "share this",
    "don't miss",
    "you may also like",
    "you may also like...",
    "recommended",
    "more on this story",
    "related",
    "related articles",
    "related stories",
];

/// Openings of a link line to another article.
const RELATED_LEADS: &[&str] = &[
    "read more:",
    "read more",
    "related:",
    "related article:",
    "related articles:",
    "related story:",
    "see more:",
    "see also:",
    "also read:",
    "more:",
    "read:",
    "watch:",
    "recommended:",
];

pub fn tidy(blocks: Vec<RawBlock>) -> Vec<RawBlock> {
    blocks
        .into_iter()
        .enumerate()
        .filter(|(i, b)| !(*i < 6 && is_dateline_or_byline(b)))
        .filter_map(|(_, b)| tidy_block(b))
        .collect()
}

/// "Updated 5:27 am CST, Wednesday", "PUBLISHED: 10:48, Tue, Nov 19, 2019",
/// "By Jane Doe - 11/18/19 11:04 PM EST": metadata lines near the top, which
/// the reader shows from the page's metadata instead.
fn is_dateline_or_byline(block: &RawBlock) -> bool {
    if block.kind != BlockKind::Paragraph || block.text.len() > 90 {
        return false;
    }
    let lower = block.text.to_lowercase();
    let lower = lower.trim_start_matches(['|', ' ']);
    let has_digit = lower.chars().any(|c| c.is_ascii_digit());
    let dateline = [
        "updated",
        "published",
        "posted",
        "last updated",
        "first published",
    ]
    .iter()
    .any(|w| lower.starts_with(w))
        && has_digit;
    let byline = lower.starts_with("by ")
        && block.text.split_whitespace().count() <= 12
        && !block.text.ends_with(['.', '?', '!', '"', '”'])
        && block.text[3..].trim_start().starts_with(char::is_uppercase);
    dateline || byline
}

fn tidy_block(mut block: RawBlock) -> Option<RawBlock> {
    if block.kind != BlockKind::Paragraph {
        return Some(block);
    }
    let lower = block.text.to_lowercase();
    let bare = lower.trim_end_matches([':', '.', ' ']);
    if JUNK.contains(&bare) || is_gallery_counter(bare) {
        return None;
    }
    if is_reporting_credit(&lower) {
        block.kind = BlockKind::Credit;
        return Some(block);
    }
    if let Some(url) = related_link(&block, &lower) {
        block.kind = BlockKind::Related { url };
        return Some(block);
    }
    if caption::is_credit_line(&block.text) {
        // A credit on its own line: keep it readable, out of the body.
        block.kind = BlockKind::Caption { credit: None };
        return Some(block);
    }
    if caption::ends_with_bracketed_credit(&block.text) {
        return Some(caption::split_credit(
            RawBlock {
                kind: BlockKind::Caption { credit: None },
                ..block
            },
            String::new(),
        ));
    }
    Some(block)
}

/// "AFP contributed reporting.", "Additional reporting by Jane Doe."
fn is_reporting_credit(lower: &str) -> bool {
    lower.len() < 240
        && (lower.contains("contributed reporting")
            || lower.contains("contributed to this report")
            || lower.contains("contributed to this article")
            || lower.contains("contributed to this story")
            || lower.starts_with("additional reporting by")
            || lower.starts_with("reporting by "))
}

/// "Image 1 of 8", "1 / 12", "Photo 3 of 10", "Image 1 of / 8".
fn is_gallery_counter(s: &str) -> bool {
    let words: Vec<&str> = s.split_whitespace().collect();
    let rest = match words.first() {
        Some(&("image" | "photo" | "picture" | "slide")) => &words[1..],
        _ => &words[..],
    };
    let is_num = |w: &str| !w.is_empty() && w.chars().all(|c| c.is_ascii_digit());
    match rest {
        [a, "of" | "/", b] | [a, "of", "/", b] => is_num(a) && is_num(b),
        _ => false,
    }
}

/// The target of a "Read more: <link>" line whose text is mostly the link.
fn related_link(block: &RawBlock, lower: &str) -> Option<Option<String>> {
    let lead = RELATED_LEADS.iter().find(|l| lower.starts_with(*l))?;
    let links: Vec<(&str, usize)> = block
        .spans
        .iter()
        .filter_map(|s| match &s.kind {
            InlineKind::Link { url } => Some((url.as_str(), s.range.len())),
            _ => None,
        })
        .collect();
    let linked: usize = links.iter().map(|(_, len)| len).sum();
    let rest = block.text.len() - lead.len();
    if links.is_empty() && lead.ends_with(':') && rest < 160 {
        // "SEE MORE: headline" whose link was lost: still a pointer elsewhere.
        return lead.starts_with("see more").then_some(None);
    }
    (linked * 2 >= rest && !links.is_empty()).then(|| links.first().map(|(u, _)| u.to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::InlineSpan;

    fn para(text: &str) -> RawBlock {
        RawBlock {
            kind: BlockKind::Paragraph,
            text: text.into(),
            spans: vec![],
        }
    }

    #[test]
    fn widget_leftovers_are_dropped() {
        let out = tidy(vec![
            para("Advertisement"),
            para("Image 1 of 8"),
            para("Real text."),
        ]);
        assert_eq!(out, vec![para("Real text.")]);
    }

    #[test]
    fn read_more_links_become_related_blocks() {
        let mut b = para("READ MORE: Storm closes the coast road");
        b.spans.push(InlineSpan {
            kind: InlineKind::Link {
                url: "/storm".into(),
            },
            range: 11..b.text.len(),
        });
        assert_eq!(
            tidy(vec![b])[0].kind,
            BlockKind::Related {
                url: Some("/storm".into())
            }
        );
    }

    #[test]
    fn captions_in_paragraphs_are_captions() {
        let out = tidy(vec![
            para("Protesters marched on Sunday (Image: GETTY)"),
            para("Photo: Hau Dinh, AP"),
        ]);
        assert_eq!(
            out[0].kind,
            BlockKind::Caption {
                credit: Some("Image: GETTY".into())
            }
        );
        assert_eq!(out[0].text, "Protesters marched on Sunday");
        assert_eq!(out[1].kind, BlockKind::Caption { credit: None });
    }

    #[test]
    fn datelines_and_bylines_at_the_top_go() {
        let out = tidy(vec![
            para("By Justine Coleman - 11/18/19 11:04 PM EST"),
            para("Updated 5:27 am CST, Wednesday, November 20, 2019"),
            para("The text."),
            para("by the river, they said"),
        ]);
        assert_eq!(
            out,
            vec![para("The text."), para("by the river, they said")]
        );
    }

    #[test]
    fn reporting_credits_are_credits() {
        assert_eq!(
            tidy(vec![para("AFP contributed reporting.")])[0].kind,
            BlockKind::Credit
        );
    }

    #[test]
    fn ordinary_paragraphs_stay() {
        let p = para("\"We will rebuild,\" she said (speaking to reporters).");
        assert_eq!(tidy(vec![p.clone()]), vec![p]);
    }
}

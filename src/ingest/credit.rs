//! Photo credits at the end of a caption: "Jane Doe / AFP/Getty Images",
//! "Photo: Jane Doe/Reuters", "(AP Photo/Evan Vucci)", "Jane Doe for The New
//! York Times".

use crate::model::{Block, BlockKind};

/// Labels that introduce a credit; the label is not part of the credit.
const LABELS: [&str; 9] = [
    "photo credit:",
    "photograph:",
    "photos:",
    "photo:",
    "image:",
    "picture:",
    "credit:",
    "photo by",
    "photos by",
];

/// Picture agencies that stand alone as a credit after a caption.
pub(super) const AGENCIES: [&str; 12] = [
    "Getty Images",
    "Reuters",
    "AFP",
    "AP",
    "EPA",
    "EPA-EFE",
    "Shutterstock",
    "Bloomberg",
    "Alamy",
    "TASS",
    "Sputnik",
    "Anadolu Agency",
];

/// Lowercase words allowed inside names and agency names.
const PARTICLES: [&str; 15] = [
    "de", "van", "der", "von", "da", "di", "la", "le", "bin", "ibn", "dos", "du", "of", "the",
    "and",
];

/// Splits a photo credit off the end of `text`: returns the byte offset
/// where the caption proper ends and the credit (label and brackets removed).
pub fn split_credit(text: &str) -> Option<(usize, String)> {
    // Captions are short; a long paragraph is body text whatever its end.
    if text.len() > MAX_CAPTION {
        return None;
    }
    // Earliest sentence start whose remainder is entirely a credit.
    // Sentence starts, each with the mark before it.
    let mut starts = vec![(0, ' ')];
    for (i, c) in text.char_indices() {
        if matches!(
            c,
            '.' | '!' | '?' | '"' | '”' | ')' | '’' | ':' | ';' | '—' | '|'
        ) && text[i + c.len_utf8()..].starts_with(' ')
        {
            starts.push((i + c.len_utf8() + 1, c));
        }
    }
    for (start, mark) in starts {
        // "Michael R. Bloomberg.": no sentence starts after an initial.
        let before = text[..start].trim_end().trim_end_matches(mark);
        let initial = mark == '.'
            && before
                .rsplit(' ')
                .next()
                .is_some_and(|w| w.chars().count() == 1);
        if initial {
            continue;
        }
        let tail = text[start..].trim();
        // A bare agency or "Name for Outlet" ends a caption, not a quote.
        let weak = AGENCIES.contains(&without_final_stop(tail)) || tail.contains(" for ");
        if weak && text.contains(['"', '“', '”', '\'']) && start > 0 {
            continue;
        }
        // "(Reuters)" or "— Reuters" closing a wire story is a source tag,
        // not a photo credit.
        let bracketed = tail.strip_prefix('(').and_then(|t| t.strip_suffix(')'));
        let agency_tag = (mark == '—' && AGENCIES.contains(&tail))
            || bracketed.is_some_and(|t| AGENCIES.contains(&t));
        if agency_tag {
            continue;
        }
        if let Some(credit) = credit_of(tail) {
            return Some((start, credit));
        }
    }
    None
}

/// Longest caption (bytes) that a trailing credit is looked for in.
const MAX_CAPTION: usize = 800;

/// A credit with a label or in brackets ("Photograph: …", "(AP Photo/…)"),
/// which by custom follows its caption.
pub fn is_labelled(credit_line: &str) -> bool {
    let lower = credit_line.trim().to_ascii_lowercase();
    lower.starts_with(['(', '[']) || LABELS.iter().any(|l| lower.starts_with(l))
}

/// Text that can be a photo caption: short, and quoting no one.
pub fn is_caption_like(text: &str) -> bool {
    !text.is_empty() && text.len() <= 300 && !text.contains(['"', '“', '”'])
}

/// Gives a photo credit that stands on its own line to the block before it
/// when that block is its caption: a caption still without credit, or (when
/// `paragraph_too`) a caption-like paragraph. Returns the credit back when
/// there is none.
pub fn attach_to_previous(
    blocks: &mut [Block],
    credit: String,
    paragraph_too: bool,
) -> Result<(), String> {
    let Some(prev) = blocks.last_mut() else {
        return Err(credit);
    };
    let fits = match &prev.kind {
        BlockKind::Caption { credit: None } => true,
        BlockKind::Paragraph => paragraph_too && is_caption_like(&prev.text),
        _ => false,
    };
    if !fits {
        return Err(credit);
    }
    prev.kind = BlockKind::Caption {
        credit: Some(credit),
    };
    Ok(())
}

/// `tail` read as a whole credit, or `None`.
pub fn credit_of(tail: &str) -> Option<String> {
    if tail.is_empty() || tail.len() > 120 {
        return None;
    }
    let bracketed = tail
        .strip_prefix('(')
        .and_then(|t| t.strip_suffix(')'))
        .or_else(|| tail.strip_prefix('[').and_then(|t| t.strip_suffix(']')));
    let inner = without_final_stop(bracketed.unwrap_or(tail).trim());
    let lower = inner.to_ascii_lowercase();
    // "[NBC/WSJ/Marist]" cites sources; square brackets hold a credit only
    // when it says so ("[Photo: …]").
    let says_photo = ["photo", "image", "getty", "picture"]
        .iter()
        .any(|w| lower.contains(w));
    if tail.starts_with('[') && !says_photo {
        return None;
    }
    for label in LABELS {
        if lower.starts_with(label) {
            let rest = inner[label.len()..].trim();
            if looks_like_credit_body(rest) {
                return Some(rest.to_string());
            }
        }
    }
    // "AP Photo/Evan Vucci"
    if bracketed.is_some() && lower.contains("photo") && looks_like_credit_body(inner) {
        return Some(inner.to_string());
    }
    if is_slash_credit(inner) || is_for_credit(inner) || AGENCIES.contains(&inner) {
        return Some(inner.to_string());
    }
    None
}

/// "Samantha-Jo Roth/HuffPost." → without its full stop (an initial keeps it).
fn without_final_stop(s: &str) -> &str {
    match s.strip_suffix('.') {
        Some(rest) if rest.rsplit([' ', '/']).next().is_some_and(|w| w.len() > 1) => rest,
        _ => s,
    }
}

fn is_name_word(word: &str) -> bool {
    let word = word.trim_end_matches(',');
    if PARTICLES.contains(&word) || word == "&" {
        return true;
    }
    let mut chars = word.chars();
    let Some(first) = chars.next() else {
        return false;
    };
    (first.is_uppercase() || first.is_ascii_digit())
        && word
            .chars()
            .all(|c| c.is_alphanumeric() || "'’.-&".contains(c))
}

fn is_name(part: &str, max_words: usize) -> bool {
    let words: Vec<&str> = part.split_whitespace().collect();
    !words.is_empty()
        && words.len() <= max_words
        && words.iter().all(|w| is_name_word(w))
        && !PARTICLES.contains(&words[0])
}

/// "Name / AGENCY", "Name/AGENCY/Getty Images", "AGENCY / Name"
fn is_slash_credit(s: &str) -> bool {
    // A comma marks a list of sources ("[HuffPost, NBC/WSJ/Marist, ARG]").
    let parts: Vec<&str> = s.split('/').map(str::trim).collect();
    !s.contains(',') && parts.len() >= 2 && parts.len() <= 4 && parts.iter().all(|p| is_name(p, 5))
}

/// "Lynsey Addario for The New York Times"
fn is_for_credit(s: &str) -> bool {
    s.split_once(" for ").is_some_and(|(name, outlet)| {
        name.split_whitespace().count() >= 2 && is_name(name, 4) && is_name(outlet, 6)
    })
}

fn looks_like_credit_body(s: &str) -> bool {
    !s.is_empty()
        && s.len() <= 100
        && s.split(['/', ',', ';'])
            .map(str::trim)
            .filter(|p| !p.is_empty())
            .all(|p| is_name(p, 6) || p.split_whitespace().all(|w| w.len() <= 12))
        && s.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(text: &str) -> Option<(&str, String)> {
        split_credit(text).map(|(end, credit)| (text[..end].trim_end(), credit))
    }

    #[test]
    fn name_slash_agency() {
        let t =
            "Russia has announced it will reduce operations. Anatolii Stepanov / AFP/Getty Images";
        let (caption, credit) = split(t).unwrap();
        assert_eq!(caption, "Russia has announced it will reduce operations.");
        assert_eq!(credit, "Anatolii Stepanov / AFP/Getty Images");
        assert_eq!(
            split("Hedgehogs in Kyiv. Aleksandr Sinita / UNIAN")
                .unwrap()
                .1,
            "Aleksandr Sinita / UNIAN"
        );
    }

    #[test]
    fn labelled_and_bracketed_credits() {
        assert_eq!(
            split("Troops in Kyiv. Photo: Jane Doe/Reuters").unwrap().1,
            "Jane Doe/Reuters"
        );
        assert_eq!(
            split("The president speaks. (AP Photo/Evan Vucci)")
                .unwrap()
                .1,
            "AP Photo/Evan Vucci"
        );
        assert_eq!(
            split("A street in Kyiv. Lynsey Addario for The New York Times")
                .unwrap()
                .1,
            "Lynsey Addario for The New York Times"
        );
        assert_eq!(
            split("A street in Kyiv. Getty Images").unwrap().1,
            "Getty Images"
        );
    }

    #[test]
    fn a_final_full_stop_is_not_part_of_the_credit() {
        assert_eq!(
            credit_of("Samantha-Jo Roth/HuffPost.").unwrap(),
            "Samantha-Jo Roth/HuffPost"
        );
        assert_eq!(
            credit_of("Jane Doe/AFP/Getty Images.").unwrap(),
            "Jane Doe/AFP/Getty Images"
        );
    }

    #[test]
    fn initials_stay_in_the_name() {
        assert_eq!(
            split("A street in Kyiv. J. R. Smith / AFP").unwrap().1,
            "J. R. Smith / AFP"
        );
    }

    #[test]
    fn body_sentences_have_no_credit() {
        assert_eq!(split("He said the war would end soon."), None);
        assert_eq!(split("The shop is open 24/7."), None);
        assert_eq!(split("Fighting continued. Prices rose and/or fell."), None);
        assert_eq!(split("Talks resumed on Tuesday. (Reuters)"), None);
        assert_eq!(split("Knack for Deals."), None);
        assert_eq!(split("Trump extends his lead. [IBD/TIPP]"), None);
        assert_eq!(
            split("Troops in Kyiv. [Photo: Jane Doe/AFP]").unwrap().1,
            "Jane Doe/AFP"
        );
        assert_eq!(
            split("He called it ''a disgrace,'' blaming Michael R. Bloomberg."),
            None
        );
        assert_eq!(
            split("Trump leads in Indiana. [HuffPost, NBC/WSJ/Marist, ARG]"),
            None
        );
        assert_eq!(split("Talks resumed on Tuesday. — Reuters"), None);
        let long = format!("{} Jane Doe / AFP", "Body sentence here. ".repeat(50));
        assert_eq!(split(&long), None);
    }
}

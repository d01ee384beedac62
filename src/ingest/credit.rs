//! Photo credits at the end of a caption: "Jane Doe / AFP/Getty Images",
//! "Photo: Jane Doe/Reuters", "(AP Photo/Evan Vucci)", "Jane Doe for The New
//! York Times".

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
const AGENCIES: [&str; 12] = [
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
    // Earliest sentence start whose remainder is entirely a credit.
    let mut starts = vec![0];
    for (i, c) in text.char_indices() {
        if matches!(
            c,
            '.' | '!' | '?' | '"' | '”' | ')' | '’' | ':' | ';' | '—' | '|'
        ) && text[i + c.len_utf8()..].starts_with(' ')
        {
            starts.push(i + c.len_utf8() + 1);
        }
    }
    for start in starts {
        let tail = text[start..].trim();
        if let Some(credit) = credit_of(tail) {
            return Some((start, credit));
        }
    }
    None
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
    let inner = bracketed.unwrap_or(tail).trim();
    let lower = inner.to_ascii_lowercase();
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
    let parts: Vec<&str> = s.split('/').map(str::trim).collect();
    parts.len() >= 2 && parts.len() <= 4 && parts.iter().all(|p| is_name(p, 5))
}

/// "Lynsey Addario for The New York Times"
fn is_for_credit(s: &str) -> bool {
    s.split_once(" for ")
        .is_some_and(|(name, outlet)| is_name(name, 4) && is_name(outlet, 6))
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
    }
}

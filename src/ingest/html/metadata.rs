//! The article's metadata from dom_smoothie (which reads JSON-LD, OpenGraph,
//! Dublin Core and meta tags), plus the canonical link.

use dom_smoothie::Article;

use super::assemble::non_empty;
use crate::model::Meta;

pub fn meta_of(article: &Article, canonical: Option<String>) -> Meta {
    let date = non_empty(article.published_time.as_deref());
    Meta {
        title: non_empty(Some(&article.title)),
        dek: non_empty(article.excerpt.as_deref()),
        date_iso: date.as_deref().and_then(iso_date),
        date,
        updated: non_empty(article.modified_time.as_deref()),
        byline: non_empty(article.byline.as_deref()),
        credits: Vec::new(),
        url: canonical.or_else(|| non_empty(article.url.as_deref())),
        outlet: non_empty(article.site_name.as_deref()),
    }
}

/// "2022-03-29T11:13:00Z" → "2022-03-29"; also RFC 2822 ("Tue, 29 Mar 2022 …").
pub fn iso_date(date: &str) -> Option<String> {
    let d = date.trim();
    let b = d.as_bytes();
    if b.len() >= 10
        && b[..4].iter().all(u8::is_ascii_digit)
        && b[4] == b'-'
        && b[5..7].iter().all(u8::is_ascii_digit)
        && b[7] == b'-'
        && b[8..10].iter().all(u8::is_ascii_digit)
    {
        return Some(d[..10].to_string());
    }
    rfc2822_date(d)
}

fn rfc2822_date(d: &str) -> Option<String> {
    const MONTHS: [&str; 12] = [
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
    ];
    let words: Vec<&str> = d
        .split(|c: char| c.is_whitespace() || c == ',')
        .filter(|w| !w.is_empty())
        .collect();
    for w in words.windows(3) {
        let day: u32 = match w[0].parse() {
            Ok(day) if (1..=31).contains(&day) => day,
            _ => continue,
        };
        let lower = w[1].to_ascii_lowercase();
        let Some(month) = MONTHS.iter().position(|m| lower.starts_with(m)) else {
            continue;
        };
        let Ok(year) = w[2].parse::<u32>() else {
            continue;
        };
        if (1000..=9999).contains(&year) {
            return Some(format!("{year:04}-{:02}-{day:02}", month + 1));
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn iso_dates_are_read() {
        assert_eq!(
            iso_date("2022-03-29T11:13:00Z").as_deref(),
            Some("2022-03-29")
        );
        assert_eq!(
            iso_date("Tue, 29 Mar 2022 11:13:00 GMT").as_deref(),
            Some("2022-03-29")
        );
        assert_eq!(iso_date("yesterday"), None);
    }
}

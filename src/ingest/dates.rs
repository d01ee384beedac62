//! Recognising a publication date written on a line of its own
//! ("March 29, 2022", "Tuesday, 29 March 2022 10:04 GMT", "2022-03-29").

const MONTHS: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

const WEEKDAYS: [&str; 7] = [
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];

/// Labels that may precede a date line.
const LABELS: [&str; 6] = [
    "published on",
    "published",
    "posted on",
    "posted",
    "date",
    "first published",
];

/// A date line: the date as written (labels removed) and its ISO form.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DateLine {
    pub written: String,
    pub iso: Option<String>,
}

/// Reads `line` as a date line: an optional label ("Published:"), an
/// optional weekday, a date, and at most a short time/zone tail.
pub fn parse_date_line(line: &str) -> Option<DateLine> {
    let line = line.trim();
    if line.is_empty() || line.len() > 80 {
        return None;
    }
    let written = strip_label(line);
    let body = strip_weekday(written);
    // The date first, or after a time ("10:04 AM EDT, March 29, 2022").
    let starts = std::iter::once(0).chain(
        body.char_indices()
            .filter(|&(_, c)| c == ' ')
            .map(|(i, _)| i + 1),
    );
    for start in starts {
        let prefix = &body[..start];
        if start > 0 && !is_time_prefix(prefix) {
            break;
        }
        if let Some((iso, rest)) = parse_date_prefix(&body[start..])
            && is_time_tail(rest)
        {
            return Some(DateLine {
                written: written.to_string(),
                iso: Some(iso),
            });
        }
    }
    None
}

/// "10:04 AM EDT, ": a time (with a digit and a colon or dot) before a date.
fn is_time_prefix(prefix: &str) -> bool {
    prefix.len() <= 24
        && prefix.starts_with(|c: char| c.is_ascii_digit())
        && prefix
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || " .:,|-".contains(c))
}

/// Parses a date at the start of `s`; returns the ISO date and the rest.
pub fn parse_date_prefix(s: &str) -> Option<(String, &str)> {
    let s = s.trim_start();
    iso_date(s)
        .or_else(|| month_first(s))
        .or_else(|| day_first(s))
        .or_else(|| numeric_us(s))
}

fn strip_label(line: &str) -> &str {
    let lower = line.to_ascii_lowercase();
    for label in LABELS {
        if lower.starts_with(label) {
            let rest = line[label.len()..].trim_start();
            let rest = rest.strip_prefix(':').unwrap_or(rest).trim_start();
            if rest.len() < line.len() - label.len() + 1 && !rest.is_empty() {
                return rest;
            }
        }
    }
    line
}

fn strip_weekday(s: &str) -> &str {
    let lower = s.to_ascii_lowercase();
    for day in WEEKDAYS {
        for len in [day.len(), 3] {
            if lower.starts_with(&day[..len]) {
                let rest = &s[len..];
                let rest = rest.strip_prefix('.').unwrap_or(rest);
                if rest.starts_with([',', ' ']) {
                    return rest.trim_start_matches([',', ' ']);
                }
            }
        }
    }
    s
}

fn month_index(word: &str) -> Option<usize> {
    let w = word.trim_end_matches('.').to_ascii_lowercase();
    if w.len() < 3 {
        return None;
    }
    MONTHS
        .iter()
        .position(|m| *m == w || (m.starts_with(&w) && (w.len() == 3 || w == "sept")))
}

fn take_number(s: &str, max_digits: usize) -> Option<(u32, &str)> {
    let n = s.bytes().take_while(u8::is_ascii_digit).count();
    if n == 0 || n > max_digits {
        return None;
    }
    Some((s[..n].parse().ok()?, &s[n..]))
}

fn take_word(s: &str) -> (&str, &str) {
    let n = s
        .find(|c: char| !(c.is_alphabetic() || c == '.'))
        .unwrap_or(s.len());
    (&s[..n], &s[n..])
}

fn iso(year: u32, month: usize, day: u32) -> Option<String> {
    let days = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
    if !(1..=days[month]).contains(&day) || !(1800..=2200).contains(&year) {
        return None;
    }
    Some(format!("{year:04}-{:02}-{day:02}", month + 1))
}

/// "2022-03-29"
fn iso_date(s: &str) -> Option<(String, &str)> {
    let (y, rest) = take_number(s, 4)?;
    let rest = rest.strip_prefix('-')?;
    let (m, rest) = take_number(rest, 2)?;
    let rest = rest.strip_prefix('-')?;
    let (d, rest) = take_number(rest, 2)?;
    let month = (m as usize).checked_sub(1).filter(|m| *m < 12)?;
    // "2022-03-29T10:00:00Z": the time part is a tail like any other.
    let rest = rest.strip_prefix('T').map_or(rest, |r| r);
    Some((iso(y, month, d)?, rest))
}

/// "March 29, 2022", "Mar. 29 2022"
fn month_first(s: &str) -> Option<(String, &str)> {
    let (word, rest) = take_word(s);
    let month = month_index(word)?;
    let (day, rest) = take_number(rest.trim_start(), 2)?;
    let rest = rest
        .strip_prefix("st")
        .or_else(|| rest.strip_prefix("nd"))
        .or_else(|| rest.strip_prefix("rd"))
        .or_else(|| rest.strip_prefix("th"))
        .unwrap_or(rest);
    let rest = rest.trim_start_matches([',', ' ']);
    let (year, rest) = take_number(rest, 4)?;
    Some((iso(year, month, day)?, rest))
}

/// "29 March 2022"
fn day_first(s: &str) -> Option<(String, &str)> {
    let (day, rest) = take_number(s, 2)?;
    let (word, rest) = take_word(rest.trim_start());
    let month = month_index(word)?;
    let rest = rest.trim_start_matches([',', ' ']);
    let (year, rest) = take_number(rest, 4)?;
    Some((iso(year, month, day)?, rest))
}

/// "03/29/2022", "3/29/22" (US order, as US outlets write it)
fn numeric_us(s: &str) -> Option<(String, &str)> {
    let (m, rest) = take_number(s, 2)?;
    let rest = rest.strip_prefix('/')?;
    let (d, rest) = take_number(rest, 2)?;
    let rest = rest.strip_prefix('/')?;
    let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
    let (y, rest) = take_number(rest, 4)?;
    let year = if digits == 2 { 2000 + y } else { y };
    if digits != 2 && digits != 4 {
        return None;
    }
    let month = (m as usize).checked_sub(1).filter(|m| *m < 12)?;
    Some((iso(year, month, d)?, rest))
}

/// What may follow a date on a date line: a time, a zone, "| Updated …".
fn is_time_tail(rest: &str) -> bool {
    let rest = rest.trim();
    if rest.is_empty() {
        return true;
    }
    if rest.starts_with(['|', '•', '·']) {
        return true;
    }
    let rest = rest
        .trim_start_matches([',', ' '])
        .trim_start_matches("at ")
        .trim_start();
    rest.len() <= 30
        && rest.starts_with(|c: char| c.is_ascii_digit())
        && rest
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || " .:+-()".contains(c))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn iso_of(line: &str) -> Option<String> {
        parse_date_line(line).and_then(|d| d.iso)
    }

    #[test]
    fn common_date_lines() {
        assert_eq!(iso_of("March 29, 2022").as_deref(), Some("2022-03-29"));
        assert_eq!(iso_of("Mar. 29, 2022").as_deref(), Some("2022-03-29"));
        assert_eq!(
            iso_of("Tuesday, March 29, 2022 10:04 AM EDT").as_deref(),
            Some("2022-03-29")
        );
        assert_eq!(iso_of("29 March 2022").as_deref(), Some("2022-03-29"));
        assert_eq!(iso_of("2022-03-29").as_deref(), Some("2022-03-29"));
        assert_eq!(
            iso_of("Published: 03/29/2022").as_deref(),
            Some("2022-03-29")
        );
        assert_eq!(
            iso_of("3/29/22 at 9:40 AM EDT").as_deref(),
            Some("2022-03-29")
        );
    }

    #[test]
    fn written_form_keeps_the_date_without_its_label() {
        let d = parse_date_line("Published: March 29, 2022").unwrap();
        assert_eq!(d.written, "March 29, 2022");
    }

    #[test]
    fn sentences_are_not_date_lines() {
        assert_eq!(
            parse_date_line("March 29, 2022 was a quiet day in Kyiv."),
            None
        );
        assert_eq!(parse_date_line("May the talks go well"), None);
        assert_eq!(parse_date_line("February 30, 2022"), None);
    }
}

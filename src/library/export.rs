//! Taking quotes away: each quote with its speaker, role and the article it
//! comes from as a citation, in JSON Lines, CSV or Markdown, and the OSC 52
//! sequence that puts text on the clipboard (over ssh and tmux too).

use serde::Serialize;

use super::{Library, QuoteId};
use crate::model::{Document, sanitize_for_terminal};

/// The formats of `hark quotes --format`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExportFormat {
    /// One JSON object a line.
    Json,
    Csv,
    Markdown,
}

impl std::str::FromStr for ExportFormat {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s.to_ascii_lowercase().as_str() {
            "json" | "jsonl" => Ok(Self::Json),
            "csv" => Ok(Self::Csv),
            "markdown" | "md" => Ok(Self::Markdown),
            _ => Err(format!("unknown format {s:?} (json, csv or markdown)")),
        }
    }
}

impl ExportFormat {
    /// The file extension a file in this format takes.
    pub fn extension(self) -> &'static str {
        match self {
            Self::Json => "jsonl",
            Self::Csv => "csv",
            Self::Markdown => "md",
        }
    }
}

/// One quote ready to leave hark.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct QuoteRecord {
    pub file: String,
    /// Byte offsets in the article's source.
    pub start: usize,
    pub end: usize,
    /// "direct", "partial" or "indirect".
    pub kind: &'static str,
    pub quote: String,
    pub speaker: Option<String>,
    /// The role as this article words it.
    pub role: Option<String>,
    pub title: Option<String>,
    pub outlet: Option<String>,
    /// As written, else ISO 8601.
    pub date: Option<String>,
    pub url: Option<String>,
    pub citation: String,
}

/// Every quote of a document, in reading order, with the document's own
/// speaker names.
pub fn document_records(doc: &Document) -> Vec<QuoteRecord> {
    (0..doc.quotes.len())
        .map(|q| {
            let speaker = doc.quotes[q].speaker.and_then(|s| doc.speakers.get(s));
            record(
                doc,
                q,
                speaker.map(|s| s.name.clone()),
                speaker.and_then(|s| s.role.clone()),
            )
        })
        .collect()
}

/// The given quotes of a library (one quote, a speaker's, an article's),
/// named with the library speaker's fullest name and each article's role
/// wording.
pub fn library_records(library: &Library, ids: &[QuoteId]) -> Vec<QuoteRecord> {
    ids.iter()
        .filter_map(|&id| {
            let doc = library.documents.get(id.doc)?;
            doc.quotes.get(id.quote)?;
            let speaker = library.speaker_of(id);
            let name = speaker.map(|s| library.speakers[s].name.clone());
            let role = doc.quotes[id.quote]
                .speaker
                .and_then(|s| doc.speakers.get(s)?.role.clone());
            Some(record(doc, id.quote, name, role))
        })
        .collect()
}

fn record(doc: &Document, q: usize, speaker: Option<String>, role: Option<String>) -> QuoteRecord {
    let quote = &doc.quotes[q];
    let clean = |s: &str| sanitize_for_terminal(s, false).into_owned();
    let meta = &doc.meta;
    let mut r = QuoteRecord {
        file: doc.path.clone(),
        start: quote.span.start,
        end: quote.span.end,
        kind: quote.kind.as_str(),
        quote: clean(&quote.span.text),
        speaker: speaker.as_deref().map(clean),
        role: role.as_deref().map(clean),
        title: meta.title.as_deref().map(clean),
        outlet: meta.outlet.as_deref().map(clean),
        date: meta
            .date
            .clone()
            .or_else(|| meta.date_iso.clone())
            .as_deref()
            .map(clean),
        url: meta.url.as_deref().map(clean),
        citation: String::new(),
    };
    r.citation = citation(&r);
    r
}

/// "Alexander Fomin, Russia's Deputy Defense Minister. “Ukraine War: …”,
/// Newsweek, March 29, 2022. https://…" — the parts that are known.
pub fn citation(r: &QuoteRecord) -> String {
    let who: Vec<&str> = [
        Some(r.speaker.as_deref().unwrap_or("Unattributed")),
        r.role.as_deref(),
    ]
    .into_iter()
    .flatten()
    .collect();
    let title = r.title.as_ref().map(|t| format!("“{t}”"));
    let source: Vec<&str> = [title.as_deref(), r.outlet.as_deref(), r.date.as_deref()]
        .into_iter()
        .flatten()
        .collect();
    let mut out = who.join(", ");
    let source = if source.is_empty() {
        r.file.clone()
    } else {
        source.join(", ")
    };
    out.push_str(". ");
    out.push_str(&source);
    out.push('.');
    if let Some(url) = &r.url {
        out.push(' ');
        out.push_str(url);
    }
    out
}

/// The quote with its citation, as `y` copies it.
pub fn quote_with_citation(r: &QuoteRecord) -> String {
    format!("“{}” — {}", r.quote.trim(), r.citation)
}

/// Renders records in a format; the output ends with a newline when not empty.
pub fn render(records: &[QuoteRecord], format: ExportFormat) -> String {
    match format {
        ExportFormat::Json => records
            .iter()
            .map(|r| serde_json::to_string(r).expect("records serialize") + "\n")
            .collect(),
        ExportFormat::Csv => csv(records),
        ExportFormat::Markdown => markdown(records),
    }
}

/// All quotes of the documents in a format: what `hark quotes --format`
/// prints.
pub fn export_documents(docs: &[Document], format: ExportFormat) -> String {
    let records: Vec<QuoteRecord> = docs.iter().flat_map(document_records).collect();
    render(&records, format)
}

const CSV_HEADER: &str = "file,start,end,kind,quote,speaker,role,title,outlet,date,url,citation";

fn csv(records: &[QuoteRecord]) -> String {
    let mut out = String::from(CSV_HEADER);
    out.push('\n');
    for r in records {
        let fields = [
            r.file.clone(),
            r.start.to_string(),
            r.end.to_string(),
            r.kind.to_string(),
            r.quote.clone(),
            r.speaker.clone().unwrap_or_default(),
            r.role.clone().unwrap_or_default(),
            r.title.clone().unwrap_or_default(),
            r.outlet.clone().unwrap_or_default(),
            r.date.clone().unwrap_or_default(),
            r.url.clone().unwrap_or_default(),
            r.citation.clone(),
        ];
        let line: Vec<String> = fields.iter().map(|f| csv_field(f)).collect();
        out.push_str(&line.join(","));
        out.push('\n');
    }
    out
}

/// RFC 4180 quoting; a leading = + - @ is prefixed with ' so spreadsheets
/// do not run it as a formula.
fn csv_field(field: &str) -> String {
    let field = if field.starts_with(['=', '+', '-', '@']) {
        format!("'{field}")
    } else {
        field.to_string()
    };
    if field.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", field.replace('"', "\"\""))
    } else {
        field
    }
}

fn markdown(records: &[QuoteRecord]) -> String {
    let mut out = String::new();
    for r in records {
        out.push_str("> ");
        out.push_str(&markdown_escape(r.quote.trim()));
        out.push_str("\n>\n> — ");
        out.push_str(&markdown_escape(&r.citation));
        out.push_str("\n\n");
    }
    out
}

/// Keeps quote text from turning into Markdown structure.
fn markdown_escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if matches!(
            c,
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '#' | '|'
        ) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// The OSC 52 sequence that asks the terminal to put `text` on the
/// clipboard. Works over ssh; inside tmux (`$TMUX` set) write
/// [`osc52_tmux`] instead, or have `set -g set-clipboard on`.
pub fn osc52(text: &str) -> String {
    format!("\x1b]52;c;{}\x07", base64(text.as_bytes()))
}

/// [`osc52`] wrapped in tmux's passthrough, for tmux without `set-clipboard on`.
pub fn osc52_tmux(text: &str) -> String {
    format!(
        "\x1bPtmux;\x1b\x1b]52;c;{}\x07\x1b\\",
        base64(text.as_bytes())
    )
}

fn base64(bytes: &[u8]) -> String {
    const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let b = [
            chunk[0],
            *chunk.get(1).unwrap_or(&0),
            *chunk.get(2).unwrap_or(&0),
        ];
        let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
        for i in 0..4 {
            if i <= chunk.len() {
                out.push(ALPHABET[(n >> (18 - 6 * i) & 63) as usize] as char);
            } else {
                out.push('=');
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base64_matches_rfc_4648() {
        assert_eq!(base64(b""), "");
        assert_eq!(base64(b"f"), "Zg==");
        assert_eq!(base64(b"fo"), "Zm8=");
        assert_eq!(base64(b"foo"), "Zm9v");
        assert_eq!(base64(b"foobar"), "Zm9vYmFy");
        assert_eq!(osc52("hi"), "\x1b]52;c;aGk=\x07");
    }

    #[test]
    fn csv_fields_are_quoted_and_defused() {
        assert_eq!(csv_field("a, \"b\""), "\"a, \"\"b\"\"\"");
        assert_eq!(csv_field("=cmd()"), "'=cmd()");
        assert_eq!(csv_field("plain"), "plain");
    }

    #[test]
    fn citation_uses_what_is_known() {
        let mut r = QuoteRecord {
            file: "a.txt".into(),
            start: 0,
            end: 1,
            kind: "direct",
            quote: "x".into(),
            speaker: Some("Alexander Fomin".into()),
            role: Some("Russia's Deputy Defense Minister".into()),
            title: Some("Russia Is Falling Back".into()),
            outlet: Some("Newsweek".into()),
            date: Some("March 29, 2022".into()),
            url: Some("https://example.com/a".into()),
            citation: String::new(),
        };
        assert_eq!(
            citation(&r),
            "Alexander Fomin, Russia's Deputy Defense Minister. “Russia Is Falling Back”, Newsweek, March 29, 2022. https://example.com/a"
        );
        r.speaker = None;
        r.role = None;
        r.title = None;
        r.outlet = None;
        r.date = None;
        r.url = None;
        assert_eq!(citation(&r), "Unattributed. a.txt.");
    }
}

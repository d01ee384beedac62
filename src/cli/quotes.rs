//! `hark quotes [--json] PATH...`: each article's quotations and who said
//! them, as a table wrapped to the terminal or as JSON Lines.

use std::io::{self, Write};

use unicode_width::UnicodeWidthStr;

use super::json::article_line;
use super::load::load_articles;
use super::output::{width, write};
use crate::library::export::{ExportFormat, export_documents};
use crate::model::{Document, QuoteKind, sanitize_for_terminal};

/// Runs the command; true when every input was read.
pub fn run(paths: &[String], json: bool, format: Option<ExportFormat>) -> bool {
    let articles = load_articles(paths);
    let mut out = io::stdout().lock();
    if let Some(format) = format {
        let text = export_documents(&articles.documents, format);
        // Exported text is for terminals and files alike: JSON escapes its
        // controls itself; CSV and Markdown are made safe to print.
        let text = match format {
            ExportFormat::Json => text,
            _ => sanitize_for_terminal(&text, true).into_owned(),
        };
        write(&mut out, &text);
        let _ = out.flush();
        return !articles.skipped;
    }
    for doc in &articles.documents {
        let text = if json {
            format!("{}\n", article_line(doc))
        } else {
            table(doc, width())
        };
        if !write(&mut out, &text) {
            break;
        }
    }
    let _ = out.flush();
    !articles.skipped
}

const KIND_WIDTH: usize = 8;
const GAP: &str = "  ";

/// The article's heading line and one row per quote, wrapped to `width`.
pub fn table(doc: &Document, width: usize) -> String {
    let width = width.max(40);
    let title = doc.meta.title.as_deref().unwrap_or("(untitled)");
    let mut out = String::new();
    for line in textwrap::wrap(&sanitize_for_terminal(title, false), width) {
        out.push_str(&line);
        out.push('\n');
    }
    out.push_str(&format!("({})\n", sanitize_for_terminal(&doc.path, false)));
    if doc.quotes.is_empty() {
        out.push_str("  (no quotes found)\n\n");
        return out;
    }
    let names: Vec<String> = doc
        .quotes
        .iter()
        .map(|q| {
            let name = q
                .speaker
                .and_then(|i| doc.speakers.get(i))
                .map_or("(unknown)", |s| s.name.as_str());
            sanitize_for_terminal(name, false).into_owned()
        })
        .collect();
    let speaker_width = names
        .iter()
        .map(|n| n.width())
        .max()
        .unwrap_or(7)
        .clamp(7, 24);
    let quote_width = width
        .saturating_sub(speaker_width + KIND_WIDTH + 2 * GAP.len())
        .max(20);
    out.push_str(&row("SPEAKER", speaker_width, "KIND", "QUOTE"));
    for (q, name) in doc.quotes.iter().zip(&names) {
        let text = sanitize_for_terminal(&q.span.text, false);
        let shown = match q.kind {
            QuoteKind::Indirect => text.into_owned(),
            _ => format!("“{text}”"),
        };
        let speaker_lines = textwrap::wrap(name, speaker_width);
        let quote_lines = textwrap::wrap(&shown, quote_width);
        let lines = speaker_lines.len().max(quote_lines.len());
        for i in 0..lines {
            let speaker = speaker_lines.get(i).map_or("", |s| s.as_ref());
            let kind = if i == 0 { q.kind.as_str() } else { "" };
            let quote = quote_lines.get(i).map_or("", |s| s.as_ref());
            out.push_str(&row(speaker, speaker_width, kind, quote));
        }
    }
    out.push('\n');
    out
}

fn row(speaker: &str, speaker_width: usize, kind: &str, quote: &str) -> String {
    let pad = speaker_width.saturating_sub(speaker.width());
    let line = format!(
        "{speaker}{}{GAP}{kind:<KIND_WIDTH$}{GAP}{quote}",
        " ".repeat(pad)
    );
    format!("{}\n", line.trim_end())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Quote, TextRef, Where};

    #[test]
    fn rows_fit_the_width() {
        let mut doc = crate::ingest::bundled().remove(0);
        let text = "a very long quotation ".repeat(20);
        doc.quotes.push(Quote {
            span: TextRef {
                block: 1,
                range: 0..text.len(),
                start: 0,
                end: text.len(),
                text: text.clone(),
            },
            kind: QuoteKind::Direct,
            statement: 0,
            speaker: None,
            mention: None,
            cue: None,
            place: Where::Body,
            confidence: 0.5,
            mark: Some('"'),
        });
        let t = table(&doc, 60);
        assert!(t.lines().all(|l| l.width() <= 60), "{t}");
        assert!(t.contains("(unknown)  direct"));
    }

    #[test]
    fn escape_sequences_never_reach_the_terminal() {
        let mut doc = crate::ingest::bundled().remove(0);
        doc.meta.title = Some("evil \x1b[2J title".into());
        assert!(!table(&doc, 80).contains('\x1b'));
    }
}

//! The `--json` contract: one object per article, JSON Lines.

use serde::Serialize;

use crate::model::{BlockKind, Document, Quote};

#[derive(Debug, Serialize)]
pub struct ArticleJson<'a> {
    pub file: &'a str,
    pub format: &'static str,
    pub title: Option<&'a str>,
    pub date: Option<&'a str>,
    pub date_iso: Option<&'a str>,
    pub updated: Option<&'a str>,
    pub byline: Option<&'a str>,
    pub url: Option<&'a str>,
    pub dek: Option<&'a str>,
    pub credits: &'a [String],
    pub captions: Vec<CaptionJson<'a>>,
    pub quotes: Vec<QuoteJson<'a>>,
    pub speakers: Vec<SpeakerJson<'a>>,
    pub warnings: &'a [String],
}

#[derive(Debug, Serialize)]
pub struct CaptionJson<'a> {
    pub text: &'a str,
    pub credit: Option<&'a str>,
}

#[derive(Debug, Serialize)]
pub struct QuoteJson<'a> {
    pub text: &'a str,
    pub start: usize,
    pub end: usize,
    pub kind: &'static str,
    pub speaker: Option<&'a str>,
    pub speaker_start: Option<usize>,
    pub speaker_end: Option<usize>,
    pub cue: Option<&'a str>,
    #[serde(rename = "where")]
    pub place: &'static str,
    pub confidence: f32,
    pub statement: usize,
}

#[derive(Debug, Serialize)]
pub struct SpeakerJson<'a> {
    pub name: &'a str,
    pub aliases: &'a [String],
    pub role: Option<&'a str>,
    pub kind: crate::model::SpeakerKind,
    pub quotes: usize,
}

impl<'a> ArticleJson<'a> {
    pub fn of(doc: &'a Document) -> Self {
        let meta = &doc.meta;
        Self {
            file: &doc.path,
            format: doc.format.as_str(),
            title: meta.title.as_deref(),
            date: meta.date.as_deref(),
            date_iso: meta.date_iso.as_deref(),
            updated: meta.updated.as_deref(),
            byline: meta.byline.as_deref(),
            url: meta.url.as_deref(),
            dek: meta.dek.as_deref(),
            credits: &meta.credits,
            captions: doc
                .blocks
                .iter()
                .filter_map(|b| match &b.kind {
                    BlockKind::Caption { credit } => Some(CaptionJson {
                        text: &b.text,
                        credit: credit.as_deref(),
                    }),
                    _ => None,
                })
                .collect(),
            quotes: doc.quotes.iter().map(|q| QuoteJson::of(doc, q)).collect(),
            speakers: doc
                .speakers
                .iter()
                .map(|s| SpeakerJson {
                    name: &s.name,
                    aliases: &s.aliases,
                    role: s.role.as_deref(),
                    kind: s.kind,
                    quotes: s.quotes,
                })
                .collect(),
            warnings: &doc.warnings,
        }
    }
}

impl<'a> QuoteJson<'a> {
    fn of(doc: &'a Document, q: &'a Quote) -> Self {
        Self {
            text: &q.span.text,
            start: q.span.start,
            end: q.span.end,
            kind: q.kind.as_str(),
            speaker: q
                .speaker
                .and_then(|i| doc.speakers.get(i))
                .map(|s| s.name.as_str()),
            speaker_start: q.mention.as_ref().map(|m| m.start),
            speaker_end: q.mention.as_ref().map(|m| m.end),
            cue: q.cue.as_ref().map(|c| c.text.as_str()),
            place: q.place.as_str(),
            confidence: q.confidence,
            statement: q.statement,
        }
    }
}

/// One JSON line for `doc` (no trailing newline).
pub fn article_line(doc: &Document) -> String {
    let line = serde_json::to_string(&ArticleJson::of(doc)).expect("plain data always serialises");
    escape_terminal_controls(line)
}

/// serde_json escapes only C0 controls; C1 controls (U+0080..U+009F, e.g.
/// U+009B, a CSI for some terminals) and bidi overrides would still reach a
/// terminal raw. `\uXXXX` is the same JSON string, so nothing is lost.
pub fn escape_terminal_controls(line: String) -> String {
    let risky = |c: char| matches!(c, '\u{80}'..='\u{9F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}');
    if !line.contains(risky) {
        return line;
    }
    let mut out = String::with_capacity(line.len() + 16);
    for c in line.chars() {
        if risky(c) {
            out.push_str(&format!("\\u{:04x}", c as u32));
        } else {
            out.push(c);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{QuoteKind, Speaker, SpeakerKind, TextRef, Where};

    #[test]
    fn c1_controls_and_bidi_overrides_are_escaped() {
        let line = escape_terminal_controls("{\"t\":\"a\u{9B}31m \u{202E}b\"}".into());
        assert_eq!(line, r#"{"t":"a\u009b31m \u202eb"}"#);
        let v: serde_json::Value = serde_json::from_str(&line).unwrap();
        assert_eq!(v["t"], "a\u{9B}31m \u{202E}b");
    }

    #[test]
    fn contract_fields() {
        let mut doc = crate::ingest::bundled().remove(1);
        let span = |t: &str, s: usize| TextRef {
            block: 1,
            range: 0..t.len(),
            start: s,
            end: s + t.len(),
            text: t.into(),
        };
        doc.speakers.push(Speaker {
            name: "Alexander Fomin".into(),
            aliases: vec!["Fomin".into()],
            role: None,
            kind: SpeakerKind::Person,
            gender: None,
            quotes: 1,
        });
        doc.quotes.push(Quote {
            span: span("drastically", 10),
            kind: QuoteKind::Partial,
            statement: 0,
            speaker: Some(0),
            mention: Some(span("Fomin", 30)),
            cue: Some(span("said", 40)),
            place: Where::Body,
            confidence: 0.9,
            mark: Some('“'),
        });
        let v: serde_json::Value = serde_json::from_str(&article_line(&doc)).unwrap();
        for key in [
            "file", "format", "title", "date", "updated", "byline", "url", "captions", "quotes",
            "speakers",
        ] {
            assert!(v.get(key).is_some(), "missing {key}");
        }
        assert_eq!(v["format"], "markdown");
        assert_eq!(v["captions"][0]["credit"], "Aleksandr Sinita / UNIAN");
        let q = &v["quotes"][0];
        assert_eq!(q["speaker"], "Alexander Fomin");
        assert_eq!(q["kind"], "partial");
        assert_eq!(q["where"], "body");
        assert_eq!(q["cue"], "said");
        assert_eq!(
            (&q["speaker_start"], &q["speaker_end"]),
            (&30.into(), &35.into())
        );
        assert_eq!(q["statement"], 0);
        assert!((q["confidence"].as_f64().unwrap() - 0.9).abs() < 1e-6);
        assert_eq!(v["speakers"][0]["quotes"], 1);
        assert_eq!(v["speakers"][0]["aliases"][0], "Fomin");
    }
}

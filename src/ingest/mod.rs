//! Reading articles: plain text, Markdown, HTML pages and feeds → [`Document`].
//!
//! Every block keeps byte offsets into `Document::source`. Entry points:
//! [`load`] / [`load_path`] for paths (files, directories, `-` for standard
//! input), [`parse_bytes`] for bytes already in memory, [`bundled`] for the
//! sample articles.

use std::path::Path;

use crate::model::Document;

/// The two sample articles, compiled in so `hark` works from any directory.
pub const BUNDLED: &[(&str, &str)] = &[
    (
        "newsweek-2022-03-29-russia-falling-back-from-kyiv.txt",
        include_str!("../../assets/newsweek-2022-03-29-russia-falling-back-from-kyiv.txt"),
    ),
    (
        "moscow-times-2022-03-29-russia-to-drastically-wind-down.md",
        include_str!("../../assets/moscow-times-2022-03-29-russia-to-drastically-wind-down.md"),
    ),
];

/// Parses the bundled sample articles (not yet extracted). Their paths are
/// the asset file names.
pub fn bundled() -> Vec<Document> {
    BUNDLED
        .iter()
        .flat_map(|(name, text)| {
            parse_bytes(name, Some(Path::new(name)), text.as_bytes().to_vec())
                .expect("bundled articles are valid")
        })
        .collect()
}

mod clean;
mod credit;
mod dates;
mod detect;
mod error;
mod lines;
mod load;
mod markdown_leaves;
#[cfg(test)]
mod test_support;

pub mod feed;
pub mod fetch;
pub mod html;
pub mod markdown;
pub mod text;

pub use dates::{DateLine, parse_date_line};
pub use detect::{detect, looks_like_markdown};
pub use error::{IngestError, Reason, display_name};
pub use load::{Loaded, MAX_BYTES, check_size, load, load_path, parse_bytes};

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{BlockKind, Format};

    #[test]
    fn bundled_articles_parse_with_their_names() {
        let docs = bundled();
        assert_eq!(docs.len(), 2);
        assert_eq!(docs[0].path, BUNDLED[0].0);
        assert_eq!(docs[0].format, Format::Text);
        assert_eq!(docs[1].format, Format::Markdown);
        assert!(docs.iter().all(|d| d.blocks[0].kind == BlockKind::Title));
    }
}

#[cfg(test)]
mod robustness {
    use super::*;

    const PIECES: [&str; 32] = [
        "Title",
        "\n",
        "\n\n",
        " ",
        "  ",
        "\t",
        "\r\n",
        "“quoted”",
        "é",
        "—",
        "日本",
        "# ",
        "## ",
        "**",
        "*",
        "_",
        "[link](#)",
        "![img](x.png)",
        "<https://a.b/c>",
        "> ",
        "- ",
        "1. ",
        "&amp;",
        "\\*",
        "`code`",
        "By Jane Doe",
        "March 29, 2022",
        "Update 03/29/22 1 p.m.: x",
        "Photo: J. Doe/Reuters",
        " / AFP",
        "Original url:",
        "---\ntitle: x\n---\n",
    ];

    /// A cheap deterministic generator (no extra crate for a test).
    fn next(seed: &mut u64) -> usize {
        *seed ^= *seed << 13;
        *seed ^= *seed >> 7;
        *seed ^= *seed << 17;
        (*seed % 1_000_003) as usize
    }

    #[test]
    fn odd_input_never_panics_and_offsets_stay_in_bounds() {
        let mut seed = 0x9E37_79B9_7F4A_7C15u64;
        for _ in 0..3000 {
            let n = 1 + next(&mut seed) % 40;
            let src: String = (0..n)
                .map(|_| PIECES[next(&mut seed) % PIECES.len()])
                .collect();
            for doc in [
                text::parse("f.txt", src.clone()),
                markdown::parse("f.md", src.clone()),
            ] {
                for b in &doc.blocks {
                    assert!(b.source.start <= b.source.end && b.source.end <= src.len());
                    for (i, _) in b.text.char_indices() {
                        let at = b.map.to_source(i);
                        assert!(at <= src.len(), "{src:?} → {:?}", b.text);
                    }
                    for s in &b.spans {
                        assert!(s.range.end <= b.text.len());
                        assert!(b.text.is_char_boundary(s.range.start));
                        assert!(b.text.is_char_boundary(s.range.end));
                    }
                }
            }
        }
    }
}

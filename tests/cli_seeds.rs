//! End to end: `hark quotes --json` on both bundled articles against the
//! hand-made gold in `../shared/gold/seeds.json`.

use std::path::{Path, PathBuf};
use std::process::Command;

use serde_json::Value;

const TEXT_SEED: &str = "assets/newsweek-2022-03-29-russia-falling-back-from-kyiv.txt";
const MARKDOWN_SEED: &str = "assets/moscow-times-2022-03-29-russia-to-drastically-wind-down.md";

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

mod common;
use common::seeds::gold;

fn hark(args: &[&str]) -> (String, String, i32) {
    let out = Command::new(env!("CARGO_BIN_EXE_hark"))
        .args(args)
        .current_dir(root())
        .output()
        .expect("hark runs");
    (
        String::from_utf8(out.stdout).expect("UTF-8 output"),
        String::from_utf8(out.stderr).expect("UTF-8 errors"),
        out.status.code().unwrap_or(-1),
    )
}

fn articles() -> Vec<Value> {
    let (stdout, stderr, code) = hark(&["quotes", "--json", TEXT_SEED, MARKDOWN_SEED]);
    assert_eq!(code, 0, "stderr: {stderr}");
    assert_eq!(stderr, "");
    stdout
        .lines()
        .map(|l| serde_json::from_str(l).expect("each line is JSON"))
        .collect()
}

/// The gold documents in the order of the bundled files: the plain-text
/// seed first, the Markdown one second.
fn gold_documents(gold: &Value) -> Vec<Value> {
    let docs = gold["documents"].as_array().expect("documents");
    assert_eq!(docs.len(), 2);
    docs.clone()
}

#[test]
fn metadata_matches_gold() {
    let Some(gold) = gold() else { return };
    let articles = articles();
    assert_eq!(articles.len(), 2);
    for (article, expected) in articles.iter().zip(gold_documents(&gold)) {
        let file = article["file"].as_str().unwrap();
        for key in ["title", "date", "updated", "url"] {
            assert_eq!(article[key], expected[key], "{key} of {file}");
        }
        if let Some(iso) = expected.get("date_iso") {
            assert_eq!(&article["date_iso"], iso, "date_iso of {file}");
        }
        let captions = article["captions"].as_array().unwrap();
        let gold_captions = expected["captions"].as_array().unwrap();
        assert_eq!(captions.len(), gold_captions.len(), "captions of {file}");
        for (c, g) in captions.iter().zip(gold_captions) {
            let text = c["text"].as_str().unwrap();
            let starts = g["text_starts"].as_str().unwrap();
            assert!(text.starts_with(starts), "caption {text:?} of {file}");
            assert_eq!(c["credit"], g["credit"], "credit of {file}");
            let credit = g["credit"].as_str().unwrap();
            assert!(
                !text.contains(credit),
                "credit left in caption text of {file}"
            );
        }
    }
    assert_eq!(articles[0]["format"], "text");
    assert_eq!(articles[1]["format"], "markdown");
}

#[test]
fn quote_offsets_point_at_their_text() {
    for (article, path) in articles().iter().zip([TEXT_SEED, MARKDOWN_SEED]) {
        let source = std::fs::read_to_string(root().join(path)).unwrap();
        for q in article["quotes"].as_array().unwrap() {
            let (start, end) = (q["start"].as_u64().unwrap(), q["end"].as_u64().unwrap());
            let text = q["text"].as_str().unwrap();
            assert_eq!(&source[start as usize..end as usize], text, "in {path}");
            assert!(q["statement"].is_u64());
            assert!(["direct", "partial", "indirect"].contains(&q["kind"].as_str().unwrap()));
            assert!(["title", "body", "caption"].contains(&q["where"].as_str().unwrap()));
            if let (Some(s), Some(e)) = (q["speaker_start"].as_u64(), q["speaker_end"].as_u64()) {
                assert!(s < e && e as usize <= source.len());
            }
        }
    }
}

#[test]
fn plain_text_has_no_markup_and_no_source_url() {
    let (stdout, _, code) = hark(&["text", MARKDOWN_SEED]);
    assert_eq!(code, 0);
    for markup in ["**", "](", "<https", "Original url", "# "] {
        assert!(!stdout.contains(markup), "{markup:?} left in `hark text`");
    }
    assert!(stdout.contains("Alexander Fomin told state television."));
}

#[test]
fn bundled_articles_are_the_default() {
    let (with_paths, _, _) = hark(&["quotes", "--json", TEXT_SEED, MARKDOWN_SEED]);
    let (bundled, _, code) = hark(&["quotes", "--json"]);
    assert_eq!(code, 0);
    let strip_file = |s: &str| -> Vec<Value> {
        s.lines()
            .map(|l| {
                let mut v: Value = serde_json::from_str(l).unwrap();
                v["file"] = Value::Null;
                v
            })
            .collect()
    };
    assert_eq!(strip_file(&with_paths), strip_file(&bundled));
    assert!(bundled.contains(&format!(
        "\"file\":\"{}\"",
        Path::new(TEXT_SEED).file_name().unwrap().to_str().unwrap()
    )));
}

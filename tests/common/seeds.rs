//! The hand-made gold for the two bundled articles, `../shared/gold/seeds.json`.
#![allow(dead_code)] // not every test binary that includes `common` reads it

use std::path::Path;

use serde_json::Value;

/// The seeds gold, or `None` (with a message saying the test skips) where
/// `../shared` is absent.
pub fn gold() -> Option<Value> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/gold/seeds.json");
    match std::fs::read_to_string(&path) {
        Ok(text) => Some(serde_json::from_str(&text).expect("seeds.json parses")),
        Err(_) => {
            eprintln!("SKIPPED: seeds gold not found at {}", path.display());
            None
        }
    }
}

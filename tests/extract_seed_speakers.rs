//! The speakers list of each bundled article holds speakers only: no
//! headline rubric ("Ukraine War: …") and no modifier cut off a noun phrase
//! ("Moscow" of "Moscow's deputy defense minister", "Ukrainian" of
//! "Ukrainian negotiators").

use std::process::Command;

#[test]
fn bundled_speakers_are_speakers() {
    let out = Command::new(env!("CARGO_BIN_EXE_hark"))
        .args(["quotes", "--json"])
        .output()
        .expect("hark runs");
    let stdout = String::from_utf8(out.stdout).unwrap();
    let mut names = Vec::new();
    for line in stdout.lines() {
        let doc: serde_json::Value = serde_json::from_str(line).unwrap();
        for s in doc["speakers"].as_array().unwrap() {
            names.push(s["name"].as_str().unwrap().to_string());
        }
    }
    for bad in ["Ukraine War", "Moscow", "Ukrainian"] {
        assert!(!names.iter().any(|n| n == bad), "{bad} listed: {names:?}");
    }
    assert!(
        names.iter().any(|n| n == "Ukrainian negotiators"),
        "{names:?}"
    );
}

//! The manual's (README.md) key table is the keymap's: every default binding appears.

use hark::ui::Config;
use hark::ui::action::Action;

fn key_table() -> String {
    let config = Config::from_sources(None, false);
    Action::ALL
        .iter()
        .map(|&a| {
            let keys: Vec<String> = config
                .keymap
                .keys_for(a)
                .iter()
                .map(|k| format!("`{k}`"))
                .collect();
            format!("| {} | {} |", keys.join(", "), a.description())
        })
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn manual_lists_every_default_binding() {
    let manual = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md"))
        .expect("README.md");
    for row in key_table().lines() {
        assert!(manual.contains(row), "README.md lacks the row\n{row}");
    }
    for a in Action::ALL {
        assert!(
            manual.contains(&format!("`{}`", a.name())),
            "action {} undocumented",
            a.name()
        );
    }
}

/// Prints the table for the manual: `cargo test --test ui_docs -- --ignored --nocapture`.
#[test]
#[ignore]
fn print_key_table() {
    println!("{}", key_table());
    let names: Vec<String> = Action::ALL
        .iter()
        .map(|a| format!("`{}`", a.name()))
        .collect();
    println!("{}", names.join(", "));
}

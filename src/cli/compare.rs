//! `hark compare [--json] PATH...`: quotes of one speaker in different
//! articles that report the same statement.

use std::process::ExitCode;

use super::speakers::load_library;
use super::{EXIT_OK, EXIT_SKIPPED};
use crate::library::report;

pub fn run(json: bool, paths: &[String]) -> ExitCode {
    let (library, skipped) = load_library(paths);
    let out = if json {
        report::compare_json(&library)
    } else {
        report::compare_text(&library)
    };
    print!("{out}");
    ExitCode::from(if skipped { EXIT_SKIPPED } else { EXIT_OK })
}

//! `hark eval PATH`: scores the extractor on a brat-standoff attribution
//! corpus (PolNeAR), following the corpus README's rule.

/// Placeholder until the evaluator lands.
pub fn run(path: &str) -> std::process::ExitCode {
    eprintln!("hark: {path}: eval is not implemented yet");
    std::process::ExitCode::from(super::EXIT_SKIPPED)
}

//! The command line (clap).

use std::process::ExitCode;

pub fn run() -> ExitCode {
    ExitCode::SUCCESS
}

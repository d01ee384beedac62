//! The command line (clap). Each subcommand lives in its own file.

pub mod compare;
pub mod eval;
pub mod eval_html;
pub mod json;
pub mod load;
pub mod output;
pub mod quotes;
pub mod read;
pub mod speakers;
pub mod text;

use clap::{CommandFactory, FromArgMatches, Parser, Subcommand};
use std::process::ExitCode;

/// Exit status: everything was read.
pub const EXIT_OK: u8 = 0;
/// Exit status: some inputs were skipped (each reported on stderr).
pub const EXIT_SKIPPED: u8 = 1;
/// Exit status: the command line was wrong.
pub const EXIT_USAGE: u8 = 2;

#[derive(Debug, Parser)]
#[command(
    name = "hark",
    version,
    about = "Who said what: a terminal reader that finds every quotation and its speaker"
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Option<Command>,
    /// Articles, folders, feeds or URLs to open in the reader ("-" reads
    /// standard input). With none, the bundled sample articles.
    pub paths: Vec<String>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Print the quotations of each article and who said them.
    Quotes {
        /// JSON Lines: one object per article.
        #[arg(long, conflicts_with = "format")]
        json: bool,
        /// Export every quote with its speaker, role and citation
        /// (article title, outlet, date, URL).
        #[arg(long)]
        format: Option<crate::library::export::ExportFormat>,
        paths: Vec<String>,
    },
    /// Print each article as clean plain text, as the reader shows it.
    Text { paths: Vec<String> },
    /// Score the extractor on a brat-standoff attribution corpus (PolNeAR).
    Eval {
        /// The corpus folder, a split folder, or a derived `.jsonl` file.
        path: String,
        /// The split to score.
        #[arg(long, default_value = "dev")]
        split: String,
        /// Print this many example errors of each kind.
        #[arg(long, default_value_t = 0)]
        errors: usize,
        /// Print the figures as JSON.
        #[arg(long)]
        json: bool,
        /// Score reported speech from `extract::reported` alone.
        #[arg(long, hide = true)]
        only_reported: bool,
    },
    /// Score the HTML reader on the Mozilla Readability test pages and the
    /// ScrapingHub article-extraction benchmark under PATH.
    EvalHtml { path: String },
    /// List the speakers across all the articles: roles, articles, quote counts.
    Speakers {
        /// JSON Lines: one object per speaker.
        #[arg(long)]
        json: bool,
        paths: Vec<String>,
    },
    /// Show quotes of one speaker in different articles that report the same statement.
    Compare {
        /// JSON Lines: one object per matched pair.
        #[arg(long)]
        json: bool,
        paths: Vec<String>,
    },
}

pub fn run() -> ExitCode {
    let parsed = Cli::command()
        .after_help(help_footer())
        .try_get_matches()
        .and_then(|matches| Cli::from_arg_matches(&matches));
    let cli = match parsed {
        Ok(cli) => cli,
        Err(e) => {
            let _ = e.print();
            return ExitCode::from(if e.use_stderr() { EXIT_USAGE } else { EXIT_OK });
        }
    };
    let all_read = match &cli.command {
        Some(Command::Quotes {
            json,
            format,
            paths,
        }) => quotes::run(paths, *json, *format),
        Some(Command::Text { paths }) => text::run(paths),
        Some(Command::Eval {
            path,
            split,
            errors,
            json,
            only_reported,
        }) => {
            return eval::run_with(
                path,
                &eval::EvalOptions {
                    split: split.clone(),
                    errors: *errors,
                    json: *json,
                    only_reported: *only_reported,
                },
            );
        }
        Some(Command::EvalHtml { path }) => return eval_html::run(path),
        Some(Command::Speakers { json, paths }) => speakers::run(paths, *json),
        Some(Command::Compare { json, paths }) => compare::run(paths, *json),
        None => read::run(&cli.paths),
    };
    ExitCode::from(if all_read { EXIT_OK } else { EXIT_SKIPPED })
}

/// The footer of `hark --help`: where the reader's settings live.
fn help_footer() -> String {
    let path = crate::ui::config_path()
        .map(|p| p.display().to_string())
        .unwrap_or_else(|| "(no config directory on this system)".to_string());
    format!(
        "Reader keys: press ? inside the reader.\nConfig file (keys, colours, mouse): {path}\nNO_COLOR=1 turns colours off."
    )
}

//! hark: who said what, in your terminal.
//!
//! Layers, each importing only those above it in this list:
//! `model` (plain data) ← `ingest` (files → model) ← `extract` (quotes,
//! attribution, speakers) ← `library` (many documents) ← `ui` and `cli`.

pub mod cli;
pub mod extract;
pub mod ingest;
pub mod library;
pub mod model;
pub mod ui;

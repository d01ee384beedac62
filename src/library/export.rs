//! Export

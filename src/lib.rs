//! poa writes a Plan of Action (POA) for an Amazon seller after a policy warning.
//!
//! A case file (TOML) holds the seller's facts; Tera templates turn it into Markdown, which
//! becomes a [`document::Document`]; one renderer per format writes DOCX, PDF or Markdown.
//! Checks (originality, lint) read the same document model.

pub mod batch;
pub mod budget;
pub mod case;
pub mod check;
pub mod cli;
pub mod commands;
pub mod compose;
pub mod document;
pub mod draft;
pub mod error;
pub mod findings;
pub mod fsio;
pub mod grammar;
pub mod i18n;
pub mod lang;
pub mod lint;
pub mod output;
pub mod pipeline;
pub mod render;
pub mod reply;
pub mod revise;
pub mod rules;
pub mod say;
pub mod stable_hash;
pub mod wizard;

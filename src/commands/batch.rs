use std::io::IsTerminal;

use crate::batch::{self, Options, summary};
use crate::cli::BatchArgs;
use crate::error::Result;
use crate::fsio;

/// `poa batch`: every case rendered, a summary, and the drafts that read alike.
pub fn run(args: &BatchArgs) -> Result<u8> {
    let options = Options {
        formats: &args.format,
        out_dir: &args.out,
        force: args.force,
        jobs: args.jobs,
        max_similar: args.max_similar,
        compose: &args.compose,
        progress: std::io::stderr().is_terminal(),
    };
    let result = batch::run(&args.inputs, &options)?;
    if args.json {
        fsio::print_json(&result)?;
    } else {
        fsio::to_stdout(|out| summary::print(&result, out))?;
    }
    Ok(result.exit_code())
}

use clap::CommandFactory;

use crate::cli::{Cli, CompletionsArgs};
use crate::error::Result;

/// `poa completions SHELL`: the shell's completion script on standard output.
pub fn run(args: &CompletionsArgs) -> Result<u8> {
    let mut script = Vec::new();
    clap_complete::generate(args.shell, &mut Cli::command(), "poa", &mut script);
    crate::fsio::print_stdout(
        &String::from_utf8(script).expect("clap writes completion scripts in UTF-8"),
    )?;
    Ok(0)
}

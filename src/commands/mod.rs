//! One module per command: each turns parsed arguments into work and an exit code.

use crate::cli::{Cli, Command};
use crate::error::Result;
use crate::lang::Lang;

mod batch;
mod check;
mod completions;
mod init;
mod interrupt;
mod lint;
mod man;
mod message_check;
mod render;
mod revise;
mod schema;
mod templates;
pub mod usage;
mod validate;
mod wizard;

/// Runs the command and returns the process exit code (errors are returned, not printed);
/// a report that could not be written is an error too.
pub fn run(cli: &Cli) -> Result<u8> {
    crate::say::set(cli.quiet, cli.verbose);
    let lang = Lang::choose(cli.lang);
    crate::say::speak(lang);
    let code = match &cli.command {
        Command::Init(args) => init::run(args, lang),
        Command::Validate(args) => validate::run(args, lang),
        Command::Render(args) => render::run(args, lang),
        Command::Templates(command) => templates::run(command, lang),
        Command::New(args) => wizard::new(args, lang),
        Command::Edit(args) => wizard::edit(args, lang),
        Command::Revise(args) => revise::run(args, lang),
        Command::Check(args) => check::run(args, lang),
        Command::Batch(args) => batch::run(args, lang),
        Command::Lint(args) => lint::run(args, lang),
        Command::MessageCheck(args) => message_check::run(args, lang),
        Command::Completions(args) => completions::run(args),
        Command::Schema => schema::run(),
        Command::Man => man::run(),
    }?;
    // A report written line by line and lost (a full disk) is an output not written.
    match crate::say::lost_output() {
        Some(source) => Err(crate::error::Error::Stdout(source)),
        None => Ok(code),
    }
}

use std::process::ExitCode;

use clap::Parser;
use poa::cli::Cli;
use poa::error::exit;
use poa::lang::Lang;

fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(error) => {
            let _ = error.print();
            // Help and version are successes; any other parse failure is a usage error.
            return if error.use_stderr() {
                ExitCode::from(exit::USAGE)
            } else {
                ExitCode::SUCCESS
            };
        }
    };
    match poa::commands::run(&cli) {
        Ok(code) => ExitCode::from(code),
        Err(error) => {
            eprintln!("poa: {}", error.show(Lang::choose(cli.lang)));
            ExitCode::from(error.exit_code())
        }
    }
}

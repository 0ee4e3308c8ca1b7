use std::process::ExitCode;

use clap::Parser;
use poa::cli::Cli;
use poa::commands::usage;
use poa::error::exit;
use poa::lang::Lang;

fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        // Help and version are successes, printed as clap writes them.
        Err(error) if !error.use_stderr() => {
            let _ = error.print();
            return ExitCode::SUCCESS;
        }
        Err(error) => {
            let args: Vec<String> = std::env::args_os()
                .map(|arg| arg.to_string_lossy().into_owned())
                .collect();
            if let Some(line) = usage::preface(&error, &args, usage::lang_of(&args)) {
                eprintln!("{line}\n");
            }
            let _ = error.print();
            return ExitCode::from(exit::USAGE);
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

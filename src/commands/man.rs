use clap::CommandFactory;

use crate::cli::Cli;
use crate::error::{Error, Result};

/// `poa man`: the manual page, generated from the same definitions as `--help`.
pub fn run() -> Result<u8> {
    let mut page = Vec::new();
    clap_mangen::Man::new(Cli::command())
        .render(&mut page)
        .map_err(Error::Stdout)?;
    crate::fsio::print_stdout(&String::from_utf8_lossy(&page))?;
    Ok(0)
}

use crate::cli::TemplatesCommand;
use crate::error::{Error, Result};

pub fn run(_command: &TemplatesCommand) -> Result<u8> {
    Err(Error::Usage("not available yet".into()))
}

use crate::cli::CompletionsArgs;
use crate::error::{Error, Result};

pub fn run(_args: &CompletionsArgs) -> Result<u8> {
    Err(Error::Usage("not available yet".into()))
}

use crate::cli::InitArgs;
use crate::error::{Error, Result};

pub fn run(_args: &InitArgs) -> Result<u8> {
    Err(Error::Usage("not available yet".into()))
}

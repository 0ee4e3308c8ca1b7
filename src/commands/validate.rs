use crate::cli::ValidateArgs;
use crate::error::{Error, Result};

pub fn run(_args: &ValidateArgs) -> Result<u8> {
    Err(Error::Usage("not available yet".into()))
}

use crate::cli::CheckArgs;
use crate::error::{Error, Result};

pub fn run(_args: &CheckArgs) -> Result<u8> {
    Err(Error::Usage("not available yet".into()))
}

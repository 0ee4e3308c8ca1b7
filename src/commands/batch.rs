use crate::cli::BatchArgs;
use crate::error::{Error, Result};

pub fn run(_args: &BatchArgs) -> Result<u8> {
    Err(Error::Usage("not available yet".into()))
}

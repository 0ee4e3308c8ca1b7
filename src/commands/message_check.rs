use crate::cli::MessageCheckArgs;
use crate::error::{Error, Result};

pub fn run(_args: &MessageCheckArgs) -> Result<u8> {
    Err(Error::Usage("not available yet".into()))
}

use crate::cli::RenderArgs;
use crate::error::{Error, Result};

pub fn run(_args: &RenderArgs) -> Result<u8> {
    Err(Error::Usage("not available yet".into()))
}

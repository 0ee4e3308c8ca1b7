use crate::cli::LintArgs;
use crate::error::{Error, Result};

pub fn run(_args: &LintArgs) -> Result<u8> {
    Err(Error::Usage("not available yet".into()))
}
